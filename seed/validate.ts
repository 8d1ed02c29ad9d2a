// Referential integrity of seed data, checked before anything reaches Neo4j: the Cypher files MATCH
// by id, so a dangling key would silently drop a row instead of failing. Every error names the
// collection, index and a readable label of the bad entry.
import type {
  AgencyKind, AreaLevel, CommunityKind, Confidence, CostUnit, FactorDomain, FactorKind, GroupLinkType,
  InterventionStatus, LegalBasis, MembershipRole, PersonKind, PlaceKind, PreventionLevel, Progress, Role,
  SeedData, SeedFactor, TieType, Valence,
} from './types.js';

// Records (not arrays) so the compiler flags a value added to a union in types.ts but not here.
const AGENCY_KINDS: Record<AgencyKind, true> = {
  SCHOOL: true, SOCIAL_SERVICES: true, POLICE: true, LEISURE: true, YOUTH_SCHOOL: true, HEALTH: true,
  HOUSING: true, ASSOCIATION: true, OTHER: true,
};
const PERSON_KINDS: Record<PersonKind, true> = { YOUNG_PERSON: true, INFLUENTIAL_FIGURE: true };
const MEMBERSHIP_ROLES: Record<MembershipRole, true> = { LEADER: true, CORE: true, PERIPHERAL: true };
const TIE_TYPES: Record<TieType, true> = {
  FRIEND: true, FAMILY: true, PARTNER: true, CLASSMATE: true, CONFLICT: true, CO_OFFENDING: true,
  LOOKS_UP_TO: true, RECRUITS: true, PROTECTIVE_ADULT: true, OTHER: true,
};
const VALENCES: Record<Valence, true> = { SUPPORTIVE: true, HARMFUL: true, AMBIVALENT: true };
const LEGAL_BASES: Record<LegalBasis, true> = { CONSENT: true, SSP_115: true, OTHER_STATUTE: true };
const CONFIDENCES: Record<Confidence, true> = { LOW: true, MEDIUM: true, HIGH: true };
const GROUP_LINK_TYPES: Record<GroupLinkType, true> = { ALLIANCE: true, CONFLICT: true, OVERLAP: true };
const COMMUNITY_KINDS: Record<CommunityKind, true> = { CLUB: true, SPORT: true, ASSOCIATION: true, OTHER: true };
const PLACE_KINDS: Record<PlaceKind, true> = {
  HOUSING_AREA: true, SPORTS_FIELD: true, YOUTH_CLUB: true, SCHOOL: true, SQUARE: true, OTHER: true,
};
const AREA_LEVELS: Record<AreaLevel, true> = { NORMAL: true, ELEVATED: true, CRITICAL: true };
const FACTOR_KINDS: Record<FactorKind, true> = { PROTECTIVE: true, RISK: true };
const FACTOR_DOMAINS: Record<FactorDomain, true> = {
  INDIVIDUAL: true, PEERS: true, FAMILY: true, SCHOOL: true, COMMUNITY: true,
};
const PREVENTION_LEVELS: Record<PreventionLevel, true> = { GENERAL: true, SPECIFIC: true, INDIVIDUAL: true };
const INTERVENTION_STATUSES: Record<InterventionStatus, true> = {
  PLANNED: true, ACTIVE: true, PAUSED: true, COMPLETED: true, CANCELLED: true,
};
const COST_UNITS: Record<CostUnit, true> = { PER_DAY: true, PER_WEEK: true, ONE_OFF: true };
const PROGRESSES: Record<Progress, true> = { ON_TRACK: true, DELAYED: true, STOPPED: true, DONE: true };
const ROLES: Record<Role, true> = { COORDINATOR: true, MEMBER: true, ANALYST: true, MANAGER: true, ADMIN: true, REPORTER: true, AUDITOR: true };

type Bad = (problem: string) => never;

function entry(collection: string, index: number, label: string): Bad {
  return (problem) => {
    throw new Error(`Seed ${collection}[${index}] (${label}): ${problem}`);
  };
}

function oneOf(bad: Bad, field: string, value: unknown, allowed: Record<string, true>): void {
  if (typeof value !== 'string' || !Object.hasOwn(allowed, value)) {
    bad(`${field} ${JSON.stringify(value)} is not one of ${Object.keys(allowed).join(', ')}`);
  }
}

function text(bad: Bad, field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') bad(`${field} must be a non-empty string`);
}

function intIn(bad: Bad, field: string, value: unknown, min: number, max: number): void {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    bad(`${field} ${JSON.stringify(value)} must be a whole number from ${min} to ${max}`);
  }
}

function relDay(bad: Bad, field: string, value: unknown): void {
  if (!Number.isInteger(value)) bad(`${field} ${JSON.stringify(value)} must be a whole number of days`);
}

function period(bad: Bad, from: unknown, to: unknown): void {
  relDay(bad, 'from', from);
  if (to !== undefined) {
    relDay(bad, 'to', to);
    if ((to as number) <= (from as number)) bad(`to (${String(to)}) must be after from (${String(from)})`);
  }
}

/** Keys of one kind; `add` rejects duplicates, `need` rejects unknown references. */
class KeySet {
  private readonly keys = new Set<string>();
  constructor(private readonly kind: string) {}
  add(bad: Bad, key: unknown): void {
    text(bad, 'key', key);
    if (this.keys.has(key as string)) bad(`duplicate ${this.kind} key "${String(key)}"`);
    this.keys.add(key as string);
  }
  need(bad: Bad, field: string, key: unknown): void {
    if (typeof key !== 'string' || !this.keys.has(key)) bad(`${field}: unknown ${this.kind} "${String(key)}"`);
  }
}

/** Rejects a second entry whose period overlaps an earlier one with the same identity. */
class Periods {
  private readonly seen = new Map<string, { from: number; to: number }[]>();
  check(bad: Bad, identity: string, from: number, to: number | undefined, what: string): void {
    const end = to ?? Number.POSITIVE_INFINITY;
    const list = this.seen.get(identity) ?? [];
    if (list.some((p) => from < p.to && p.from < end)) bad(`overlaps another ${what} in time`);
    list.push({ from, to: end });
    this.seen.set(identity, list);
  }
}

export function validateFactors(factors: SeedFactor[]): void {
  const keys = new KeySet('factor');
  factors.forEach((f, i) => {
    const bad = entry('factors', i, String(f.key));
    keys.add(bad, f.key);
    oneOf(bad, 'kind', f.kind, FACTOR_KINDS);
    oneOf(bad, 'domain', f.domain, FACTOR_DOMAINS);
    for (const lang of ['sv', 'da', 'en'] as const) {
      text(bad, `name.${lang}`, f.name?.[lang]);
      text(bad, `description.${lang}`, f.description?.[lang]);
    }
    text(bad, 'source', f.source);
  });
}

export function validateSeed(data: SeedData, factors: SeedFactor[]): void {
  validateFactors(factors);
  const factorKind = new Map(factors.map((f) => [f.key, f.kind]));
  const agencies = new KeySet('agency');
  const contacts = new KeySet('contact');
  const areas = new KeySet('area');
  const places = new KeySet('place');
  const people = new KeySet('person');
  const groups = new KeySet('group');
  const communities = new KeySet('community');
  const interventions = new KeySet('intervention');
  const boards = new KeySet('board');
  const users = new KeySet('user');
  const contactAgency = new Map<string, string>();

  data.agencies.forEach((a, i) => {
    const bad = entry('agencies', i, String(a.key));
    agencies.add(bad, a.key);
    text(bad, 'name', a.name);
    oneOf(bad, 'kind', a.kind, AGENCY_KINDS);
  });
  data.areas.forEach((a, i) => {
    const bad = entry('areas', i, String(a.key));
    areas.add(bad, a.key);
    text(bad, 'name', a.name);
    a.places.forEach((p, j) => {
      const badPlace = entry(`areas[${i}].places`, j, String(p.key));
      places.add(badPlace, p.key);
      text(badPlace, 'name', p.name);
      oneOf(badPlace, 'kind', p.kind, PLACE_KINDS);
    });
  });
  data.people.forEach((p, i) => {
    const bad = entry('people', i, String(p.key));
    people.add(bad, p.key);
    oneOf(bad, 'kind', p.kind, PERSON_KINDS);
    text(bad, 'alias', p.alias);
    text(bad, 'name', p.name);
    intIn(bad, 'birthYear', p.birthYear, 1900, 2100);
  });
  data.contacts.forEach((c, i) => {
    const bad = entry('contacts', i, String(c.key));
    contacts.add(bad, c.key);
    agencies.need(bad, 'agency', c.agency);
    contactAgency.set(c.key, c.agency);
    text(bad, 'name', c.name);
    text(bad, 'title', c.title);
    if (new Set(c.responsibleFor).size !== c.responsibleFor.length) bad('responsibleFor lists a person twice');
    c.responsibleFor.forEach((p) => people.need(bad, 'responsibleFor', p));
  });

  const reportIds = new Set<string>();
  data.reports.forEach((r, i) => {
    const bad = entry('reports', i, `${r.area} ${r.weeksAgo} weeks ago by ${r.organisation}`);
    areas.need(bad, 'area', r.area);
    intIn(bad, 'weeksAgo', r.weeksAgo, 0, 520);
    oneOf(bad, 'level', r.level, AREA_LEVELS);
    r.eventTypes.forEach((e) => text(bad, 'eventTypes[]', e));
    text(bad, 'text', r.text);
    text(bad, 'reporterName', r.reporterName);
    text(bad, 'organisation', r.organisation);
    const identity = reportKey(r);
    if (reportIds.has(identity)) bad('a second report from the same organisation for the same area and week');
    reportIds.add(identity);
  });

  data.groups.forEach((g, i) => {
    const bad = entry('groups', i, String(g.key));
    groups.add(bad, g.key);
    text(bad, 'name', g.name);
    if (g.area !== undefined) areas.need(bad, 'area', g.area);
  });
  const membershipPeriods = new Periods();
  data.memberships.forEach((m, i) => {
    const bad = entry('memberships', i, `${m.person} in ${m.group}`);
    people.need(bad, 'person', m.person);
    groups.need(bad, 'group', m.group);
    oneOf(bad, 'role', m.role, MEMBERSHIP_ROLES);
    period(bad, m.from, m.to);
    membershipPeriods.check(bad, `${m.person}|${m.group}`, m.from, m.to, 'membership of the same person in the same group');
  });

  const tiePeriods = new Periods();
  data.ties.forEach((t, i) => {
    const bad = entry('ties', i, `${t.source} -> ${t.target} ${t.type}`);
    people.need(bad, 'source', t.source);
    people.need(bad, 'target', t.target);
    if (t.source === t.target) bad('a tie needs two different people');
    oneOf(bad, 'type', t.type, TIE_TYPES);
    intIn(bad, 'strength', t.strength, 1, 5);
    oneOf(bad, 'valence', t.valence, VALENCES);
    oneOf(bad, 'legalBasis', t.legalBasis, LEGAL_BASES);
    oneOf(bad, 'confidence', t.confidence, CONFIDENCES);
    if (t.sourceAgency !== undefined) agencies.need(bad, 'sourceAgency', t.sourceAgency);
    period(bad, t.from, t.to);
    // An undirected tie A–B is the same tie as B–A.
    const ends = t.directed ? [t.source, t.target] : [t.source, t.target].sort();
    tiePeriods.check(bad, `${ends.join('|')}|${t.type}`, t.from, t.to, `${t.type} tie between the same people`);
    let previous = t.from;
    (t.revisions ?? []).forEach((r, j) => {
      const badRev = entry(`ties[${i}].revisions`, j, `${t.source} -> ${t.target} until ${r.until}`);
      relDay(badRev, 'until', r.until);
      if (r.until <= previous) badRev(`until must be after the tie's start and the previous revision (${previous})`);
      if (r.until > Math.min(t.to ?? 0, 0)) badRev('until must not be after the tie ended, nor in the future');
      oneOf(badRev, 'type', r.type, TIE_TYPES);
      intIn(badRev, 'strength', r.strength, 1, 5);
      oneOf(badRev, 'valence', r.valence, VALENCES);
      previous = r.until;
    });
  });

  const linkPeriods = new Periods();
  data.groupLinks.forEach((l, i) => {
    const bad = entry('groupLinks', i, `${l.source} -> ${l.target} ${l.type}`);
    groups.need(bad, 'source', l.source);
    groups.need(bad, 'target', l.target);
    if (l.source === l.target) bad('a group link needs two different groups');
    oneOf(bad, 'type', l.type, GROUP_LINK_TYPES);
    period(bad, l.from, l.to);
    linkPeriods.check(bad, `${[l.source, l.target].sort().join('|')}|${l.type}`, l.from, l.to, `${l.type} link between the same groups`);
  });

  data.communities.forEach((c, i) => {
    const bad = entry('communities', i, String(c.key));
    communities.add(bad, c.key);
    text(bad, 'name', c.name);
    oneOf(bad, 'kind', c.kind, COMMUNITY_KINDS);
    if (c.area !== undefined) areas.need(bad, 'area', c.area);
  });
  const participationPeriods = new Periods();
  data.participations.forEach((p, i) => {
    const bad = entry('participations', i, `${p.person} in ${p.community}`);
    people.need(bad, 'person', p.person);
    communities.need(bad, 'community', p.community);
    intIn(bad, 'strength', p.strength, 1, 5);
    period(bad, p.from, p.to);
    participationPeriods.check(bad, `${p.person}|${p.community}`, p.from, p.to, 'participation of the same person in the same community');
  });

  const assessed = new Set<string>();
  data.assessments.forEach((a, i) => {
    const bad = entry('assessments', i, `${a.person} ${a.factor} on ${a.on}`);
    people.need(bad, 'person', a.person);
    if (!factorKind.has(a.factor)) bad(`factor: unknown factor "${String(a.factor)}"`);
    intIn(bad, 'level', a.level, 0, 3);
    relDay(bad, 'on', a.on);
    agencies.need(bad, 'sourceAgency', a.sourceAgency);
    oneOf(bad, 'legalBasis', a.legalBasis, LEGAL_BASES);
    const identity = assessmentKey(a);
    if (assessed.has(identity)) bad('the same factor is assessed twice for this person on this day');
    assessed.add(identity);
  });

  data.users.forEach((u, i) => {
    const bad = entry('users', i, String(u.key));
    users.add(bad, u.key);
    text(bad, 'username', u.username);
    text(bad, 'displayName', u.displayName);
    oneOf(bad, 'role', u.role, ROLES);
    if (u.agency !== undefined) agencies.need(bad, 'agency', u.agency);
  });
  const usernames = new Set<string>();
  data.users.forEach((u, i) => {
    if (usernames.has(u.username)) entry('users', i, u.key)(`duplicate username "${u.username}"`);
    usernames.add(u.username);
  });

  data.boards.forEach((b, i) => {
    const bad = entry('boards', i, String(b.key));
    boards.add(bad, b.key);
    text(bad, 'title', b.title);
    if (b.area !== undefined) areas.need(bad, 'area', b.area);
    unique(bad, 'people', b.people.map((p) => p.person));
    b.people.forEach((p) => people.need(bad, 'people', p.person));
    unique(bad, 'groups', b.groups);
    b.groups.forEach((g) => groups.need(bad, 'groups', g));
    unique(bad, 'team', b.team);
    b.team.forEach((u) => users.need(bad, 'team', u));
  });

  data.interventions.forEach((v, i) => {
    const bad = entry('interventions', i, String(v.key));
    interventions.add(bad, v.key);
    boards.need(bad, 'board', v.board);
    text(bad, 'title', v.title);
    oneOf(bad, 'level', v.level, PREVENTION_LEVELS);
    oneOf(bad, 'status', v.status, INTERVENTION_STATUSES);
    relDay(bad, 'start', v.start);
    if (v.end !== undefined) period(bad, v.start, v.end);
    agencies.need(bad, 'responsibleAgency', v.responsibleAgency);
    if (v.responsibleContact !== undefined) {
      contacts.need(bad, 'responsibleContact', v.responsibleContact);
      if (contactAgency.get(v.responsibleContact) !== v.responsibleAgency) {
        bad(`responsibleContact "${v.responsibleContact}" does not work at the responsible agency "${v.responsibleAgency}"`);
      }
    }
    unique(bad, 'targetPeople', v.targetPeople);
    v.targetPeople.forEach((p) => people.need(bad, 'targetPeople', p));
    unique(bad, 'targetGroups', v.targetGroups);
    v.targetGroups.forEach((g) => groups.need(bad, 'targetGroups', g));
    unique(bad, 'strengthens', v.strengthens);
    v.strengthens.forEach((f) => factorOfKind(bad, 'strengthens', f, 'PROTECTIVE', factorKind));
    unique(bad, 'reduces', v.reduces);
    v.reduces.forEach((f) => factorOfKind(bad, 'reduces', f, 'RISK', factorKind));
    if (v.cost !== undefined) {
      if (!Number.isFinite(v.cost.amount) || v.cost.amount < 0) bad('cost.amount must be a number >= 0');
      oneOf(bad, 'cost.unit', v.cost.unit, COST_UNITS);
      if (!/^[A-Z]{3}$/.test(v.cost.currency)) bad(`cost.currency "${v.cost.currency}" is not an ISO 4217 code`);
    }
    if (v.nextFollowUp !== undefined) relDay(bad, 'nextFollowUp', v.nextFollowUp);
    unique(bad, 'followUps (dates)', v.followUps.map((f) => String(f.on)));
    v.followUps.forEach((f, j) => {
      const badFollowUp = entry(`interventions[${i}].followUps`, j, `${v.key} on ${f.on}`);
      relDay(badFollowUp, 'on', f.on);
      oneOf(badFollowUp, 'progress', f.progress, PROGRESSES);
    });
  });
}

function unique(bad: Bad, field: string, values: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) bad(`${field} lists "${v}" twice`);
    seen.add(v);
  }
}

function factorOfKind(bad: Bad, field: string, key: string, kind: FactorKind, kinds: Map<string, FactorKind>): void {
  const actual = kinds.get(key);
  if (actual === undefined) bad(`${field}: unknown factor "${key}"`);
  // Interventions strengthen protective factors and reduce risk factors, never the other way round.
  if (actual !== kind) bad(`${field}: factor "${key}" is ${actual}, expected ${kind}`);
}

/** Natural identities of entries that have no key of their own; prepare derives their ids from these. */
export function reportKey(r: { area: string; weeksAgo: number; organisation: string }): string {
  return `${r.area}|${r.weeksAgo}|${r.organisation}`;
}
export function assessmentKey(a: { person: string; factor: string; on: number }): string {
  return `${a.person}|${a.factor}|${a.on}`;
}
