// Turns seed data (short keys, relative days) into rows for the Cypher files in cypher/seed/:
// stable prefixed ids, ISO dates, null for anything absent. Pure: same input and day, same output.
import { isoDate, isoInstant, isoWeek } from './dates.js';
import { seedId } from './ids.js';
import type { IdKind } from './ids.js';
import type { PreparedSeed, FactorRow } from './rows.js';
import type { RelDay, SeedData, SeedFactor, SeedTie } from './types.js';
import { assessmentKey, reportKey, validateFactors, validateSeed } from './validate.js';
import { prepareReadiness } from './prepare-readiness.js';
import { prepareLegal } from './prepare-legal.js';

export { seedFiles } from './rows.js';
export type * from './rows.js';

/**
 * The seed types carry no date for putting someone on a board or team, or for a contact taking
 * responsibility; those are dated this far back, before any of the demo's dated events.
 */
export const UNDATED_SINCE: RelDay = -90;

function tieKey(t: SeedTie): string {
  return `${t.source}|${t.target}|${t.type}|${t.from}`;
}

export function prepareFactors(factors: SeedFactor[]): FactorRow[] {
  validateFactors(factors);
  return factors.map((f) => ({
    id: seedId('factor', f.key),
    key: f.key,
    kind: f.kind,
    domain: f.domain,
    nameSv: f.name.sv,
    nameDa: f.name.da,
    nameEn: f.name.en,
    descriptionSv: f.description.sv,
    descriptionDa: f.description.da,
    descriptionEn: f.description.en,
    source: f.source,
  }));
}

export function prepareSeed(data: SeedData, factors: SeedFactor[], today: Date): PreparedSeed {
  if (!(today instanceof Date) || Number.isNaN(today.getTime())) throw new Error('prepareSeed: today is not a valid Date');
  validateSeed(data, factors);

  const date = (rel: RelDay): string => isoDate(today, rel);
  const optDate = (rel: RelDay | undefined): string | null => (rel === undefined ? null : isoDate(today, rel));
  const id = (kind: IdKind, key: string): string => seedId(kind, key);
  const optId = (kind: IdKind, key: string | undefined): string | null => (key === undefined ? null : seedId(kind, key));
  const since = date(UNDATED_SINCE);
  const sinceInstant = isoInstant(today, UNDATED_SINCE);
  const { areaLevels, ...readiness } = prepareReadiness(data, today, sinceInstant);

  const prepared: PreparedSeed = {
    factors: prepareFactors(factors),
    agencies: data.agencies.map((a) => ({ id: id('agency', a.key), name: a.name, kind: a.kind, municipality: a.municipality })),
    contacts: data.contacts.map((c) => ({
      id: id('contact', c.key),
      agencyId: id('agency', c.agency),
      name: c.name,
      title: c.title,
      phone: c.phone ?? null,
      email: c.email ?? null,
    })),
    areas: data.areas.map((a) => ({ id: id('area', a.key), name: a.name, municipality: a.municipality, level: areaLevels.get(id('area', a.key)) ?? 'NORMAL' })),
    places: data.areas.flatMap((a) =>
      a.places.map((p) => ({ id: id('place', p.key), areaId: id('area', a.key), name: p.name, kind: p.kind })),
    ),
    reports: data.reports.map((r) => ({
      id: id('report', reportKey(r)),
      areaId: id('area', r.area),
      week: isoWeek(today, -7 * r.weeksAgo),
      level: r.level,
      eventTypes: [...r.eventTypes],
      text: r.text,
      reporterName: r.reporterName,
      organisation: r.organisation,
    })),
    communities: data.communities.map((c) => ({
      id: id('community', c.key), name: c.name, kind: c.kind, areaId: optId('area', c.area),
    })),
    people: data.people.map((p) => ({
      id: id('person', p.key), kind: p.kind, alias: p.alias, name: p.name, birthYear: p.birthYear,
    })),
    groups: data.groups.map((g) => ({
      id: id('group', g.key), name: g.name, description: g.description, areaId: optId('area', g.area),
    })),
    memberships: data.memberships.map((m) => ({
      id: id('membership', `${m.person}|${m.group}|${m.from}`),
      personId: id('person', m.person),
      groupId: id('group', m.group),
      role: m.role,
      validFrom: date(m.from),
      validTo: optDate(m.to),
    })),
    groupLinks: data.groupLinks.map((l) => ({
      id: id('groupLink', `${l.source}|${l.target}|${l.type}|${l.from}`),
      sourceId: id('group', l.source),
      targetId: id('group', l.target),
      type: l.type,
      note: l.note ?? null,
      validFrom: date(l.from),
      validTo: optDate(l.to),
    })),
    ties: data.ties.map((t) => ({
      id: id('tie', tieKey(t)),
      sourceId: id('person', t.source),
      targetId: id('person', t.target),
      type: t.type,
      strength: t.strength,
      valence: t.valence,
      directed: t.directed ?? false,
      sourceAgencyId: optId('agency', t.sourceAgency),
      legalBasis: t.legalBasis,
      confidence: t.confidence,
      validFrom: date(t.from),
      validTo: optDate(t.to),
      note: t.note ?? null,
      version: 1 + (t.revisions?.length ?? 0),
      consentId: optId('consent', t.consent),
    })),
    // A revision keeps what the tie looked like before an edit; the seed only records changes of
    // type, strength and valence, so direction, confidence and note are the tie's own.
    tieRevisions: data.ties.flatMap((t) =>
      (t.revisions ?? []).map((r) => ({
        id: id('tieRevision', `${tieKey(t)}|${r.until}`),
        tieId: id('tie', tieKey(t)),
        type: r.type,
        strength: r.strength,
        valence: r.valence,
        directed: t.directed ?? false,
        confidence: t.confidence,
        note: t.note ?? null,
        supersededAt: isoInstant(today, r.until),
      })),
    ),
    participations: data.participations.map((p) => ({
      id: id('participation', `${p.person}|${p.community}|${p.from}`),
      personId: id('person', p.person),
      communityId: id('community', p.community),
      strength: p.strength,
      validFrom: date(p.from),
      validTo: optDate(p.to),
    })),
    responsibilities: data.contacts.flatMap((c) =>
      c.responsibleFor.map((p) => ({ contactId: id('contact', c.key), personId: id('person', p), since })),
    ),
    assessments: data.assessments.map((a) => ({
      id: id('assessment', assessmentKey(a)),
      personId: id('person', a.person),
      factorId: id('factor', a.factor),
      level: a.level,
      assessedOn: date(a.on),
      sourceAgencyId: id('agency', a.sourceAgency),
      legalBasis: a.legalBasis,
      note: a.note ?? null,
      consentId: optId('consent', a.consent),
    })),
    boards: data.boards.map((b) => ({
      id: id('board', b.key), title: b.title, description: b.description, areaId: optId('area', b.area),
    })),
    // No saved positions: the board lays out unplaced nodes itself on first open.
    boardPeople: data.boards.flatMap((b) =>
      b.people.map((p) => ({
        boardId: id('board', b.key),
        personId: id('person', p.person),
        toneSetter: p.toneSetter ?? false,
        x: null,
        y: null,
        addedAt: sinceInstant,
      })),
    ),
    boardGroups: data.boards.flatMap((b) =>
      b.groups.map((g) => ({ boardId: id('board', b.key), groupId: id('group', g), x: null, y: null, addedAt: sinceInstant })),
    ),
    interventions: data.interventions.map((v) => ({
      id: id('intervention', v.key),
      boardId: id('board', v.board),
      title: v.title,
      description: v.description,
      level: v.level,
      status: v.status,
      startDate: date(v.start),
      endDate: optDate(v.end),
      responsibleAgencyId: id('agency', v.responsibleAgency),
      responsibleContactId: optId('contact', v.responsibleContact),
      costAmount: v.cost?.amount ?? null,
      costUnit: v.cost?.unit ?? null,
      costCurrency: v.cost?.currency ?? null,
      nextFollowUp: optDate(v.nextFollowUp),
    })),
    interventionPeople: data.interventions.flatMap((v) =>
      v.targetPeople.map((p) => ({ interventionId: id('intervention', v.key), personId: id('person', p) })),
    ),
    interventionGroups: data.interventions.flatMap((v) =>
      v.targetGroups.map((g) => ({ interventionId: id('intervention', v.key), groupId: id('group', g) })),
    ),
    interventionStrengthens: data.interventions.flatMap((v) =>
      v.strengthens.map((f) => ({ interventionId: id('intervention', v.key), factorId: id('factor', f) })),
    ),
    interventionReduces: data.interventions.flatMap((v) =>
      v.reduces.map((f) => ({ interventionId: id('intervention', v.key), factorId: id('factor', f) })),
    ),
    followUps: data.interventions.flatMap((v) =>
      v.followUps.map((f) => ({
        id: id('followUp', `${v.key}|${f.on}`),
        interventionId: id('intervention', v.key),
        date: date(f.on),
        progress: f.progress,
        note: f.note ?? null,
      })),
    ),
    users: data.users.map((u) => ({
      id: id('user', u.key), username: u.username, displayName: u.displayName, role: u.role, agencyId: optId('agency', u.agency),
    })),
    teams: data.boards.flatMap((b) => b.team.map((u) => ({ userId: id('user', u), boardId: id('board', b.key), since }))),
    ...readiness,
    ...prepareLegal(data, today),
  };
  assertUniqueIds(prepared);
  return prepared;
}

/** Defence in depth: two entries mapping to one id would MERGE into one node and lose data. */
function assertUniqueIds(prepared: PreparedSeed): void {
  for (const [collection, rows] of Object.entries(prepared) as [string, { id?: unknown }[]][]) {
    const seen = new Set<unknown>();
    for (const row of rows) {
      if (row.id === undefined) continue;
      if (seen.has(row.id)) throw new Error(`Seed ${collection}: two entries map to the same id ${String(row.id)}`);
      seen.add(row.id);
    }
  }
}
