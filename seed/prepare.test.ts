import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoCase } from './demo.js';
import { factorCatalogue } from './factors.js';
import { seedId } from './ids.js';
import { prepareSeed, seedFiles } from './prepare.js';
import type { PreparedSeed } from './prepare.js';
import type { SeedData, SeedFactor } from './types.js';

const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'cypher', 'seed');
const TODAY = new Date('2026-03-01T08:00:00Z');
/** Fields server/src/seed/load.ts adds to each user row before running 90_users.cypher. */
const SERVER_USER_FIELDS = ['passwordHash', 'demo'];

const factors: SeedFactor[] = [
  { key: 'risk.peers.x', kind: 'RISK', domain: 'PEERS', source: 'test',
    name: { sv: 'r', da: 'r', en: 'r' }, description: { sv: 'r.', da: 'r.', en: 'r.' } },
  { key: 'protective.peers.y', kind: 'PROTECTIVE', domain: 'PEERS', source: 'test',
    name: { sv: 'p', da: 'p', en: 'p' }, description: { sv: 'p.', da: 'p.', en: 'p.' } },
];

/** A small, valid seed touching every collection; tests break one thing at a time. */
function fixture(): SeedData {
  return {
    agencies: [{ key: 'pol', name: 'Politi', kind: 'POLICE', municipality: 'M' }],
    contacts: [{ key: 'c1', agency: 'pol', name: 'C', title: 'T', responsibleFor: ['a'] }],
    areas: [{ key: 'ar', name: 'Area', municipality: 'M', places: [{ key: 'pl', name: 'Torv', kind: 'SQUARE' }] }],
    reports: [{ area: 'ar', weeksAgo: 1, level: 'NORMAL', eventTypes: [], text: 't', reporterName: 'R', organisation: 'O' }],
    people: [
      { key: 'a', kind: 'YOUNG_PERSON', alias: 'A', name: 'A A', birthYear: 2010 },
      { key: 'b', kind: 'YOUNG_PERSON', alias: 'B', name: 'B B', birthYear: 2011 },
    ],
    groups: [{ key: 'g', name: 'G', description: 'd', area: 'ar' }],
    memberships: [{ person: 'a', group: 'g', role: 'LEADER', from: -30 }],
    ties: [{
      source: 'a', target: 'b', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', legalBasis: 'CONSENT',
      confidence: 'HIGH', from: -40, to: -1, revisions: [{ until: -10, type: 'CLASSMATE', strength: 2, valence: 'AMBIVALENT' }],
    }],
    groupLinks: [],
    communities: [{ key: 'club', name: 'Club', kind: 'SPORT' }],
    participations: [{ person: 'b', community: 'club', strength: 2, from: -5 }],
    assessments: [{ person: 'a', factor: 'risk.peers.x', level: 2, on: -7, sourceAgency: 'pol', legalBasis: 'SSP_115' }],
    interventions: [{
      key: 'i', board: 'bd', title: 'I', description: 'd', level: 'GENERAL', status: 'ACTIVE', start: -20,
      responsibleAgency: 'pol', responsibleContact: 'c1', targetPeople: ['a'], targetGroups: ['g'],
      strengthens: ['protective.peers.y'], reduces: ['risk.peers.x'], nextFollowUp: 3,
      followUps: [{ on: -7, progress: 'ON_TRACK' }],
    }],
    boards: [{ key: 'bd', title: 'B', description: 'd', people: [{ person: 'a', toneSetter: true }, { person: 'b' }], groups: ['g'], team: ['u'] }],
    users: [{ key: 'u', username: 'u', displayName: 'U', role: 'MEMBER', agency: 'pol' }],
  };
}

function broken(change: (d: SeedData) => void): () => PreparedSeed {
  const d = fixture();
  change(d);
  return () => prepareSeed(d, factors, TODAY);
}

describe('prepareSeed', () => {
  it('gives the same output for the same input and day', () => {
    expect(prepareSeed(demoCase, factorCatalogue, TODAY)).toEqual(prepareSeed(demoCase, factorCatalogue, TODAY));
  });

  it('keeps ids stable when the load day changes; only dates move', () => {
    const a = prepareSeed(fixture(), factors, TODAY);
    const b = prepareSeed(fixture(), factors, new Date('2027-07-15T00:00:00Z'));
    expect(b.ties[0]!.id).toBe(a.ties[0]!.id);
    expect(b.people.map((p) => p.id)).toEqual(a.people.map((p) => p.id));
    expect(b.ties[0]!.validFrom).not.toBe(a.ties[0]!.validFrom);
  });

  it('maps keys to prefixed ids and relative days to ISO dates', () => {
    const p = prepareSeed(fixture(), factors, TODAY);
    expect(p.people[0]!.id).toBe(seedId('person', 'a'));
    expect(p.factors[0]!.id).toBe(seedId('factor', 'risk.peers.x'));
    expect(p.ties[0]).toMatchObject({
      sourceId: seedId('person', 'a'), targetId: seedId('person', 'b'), directed: false,
      validFrom: '2026-01-20', validTo: '2026-02-28', sourceAgencyId: null, note: null, version: 2,
    });
    expect(p.tieRevisions[0]).toMatchObject({
      tieId: p.ties[0]!.id, type: 'CLASSMATE', strength: 2, supersededAt: '2026-02-19T00:00:00Z',
    });
    expect(p.tieRevisions[0]!.id).toMatch(/^rev_/);
    expect(p.reports[0]!.week).toBe('2026-W08'); // 2026-02-22 is the Sunday of week 8
    expect(p.places[0]).toMatchObject({ areaId: seedId('area', 'ar') });
    expect(p.interventions[0]).toMatchObject({ startDate: '2026-02-09', nextFollowUp: '2026-03-04', endDate: null, costAmount: null });
    expect(p.boardPeople.map((r) => r.toneSetter)).toEqual([true, false]);
    expect(p.responsibilities).toEqual([{ contactId: seedId('contact', 'c1'), personId: seedId('person', 'a'), since: '2025-12-01' }]);
    expect(p.teams).toEqual([{ userId: seedId('user', 'u'), boardId: seedId('board', 'bd'), since: '2025-12-01' }]);
  });

  it('gives every entry a distinct id with its kind’s prefix', () => {
    const p = prepareSeed(demoCase, factorCatalogue, TODAY);
    const prefixes: Partial<Record<keyof PreparedSeed, string>> = {
      factors: 'fac', agencies: 'agy', contacts: 'con', areas: 'are', places: 'pla', reports: 'rep', communities: 'com',
      people: 'per', groups: 'grp', memberships: 'mem', groupLinks: 'gl', ties: 'tie', tieRevisions: 'rev',
      participations: 'par', assessments: 'fas', boards: 'brd', interventions: 'int', followUps: 'fup', users: 'usr',
    };
    const all: string[] = [];
    for (const [collection, prefix] of Object.entries(prefixes)) {
      for (const row of p[collection as keyof PreparedSeed] as { id: string }[]) {
        expect(row.id, collection).toMatch(new RegExp(`^${prefix}_[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`));
        all.push(row.id);
      }
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('produces only Neo4j-parameter-friendly values, never undefined, same keys in every row', () => {
    const p = prepareSeed(demoCase, factorCatalogue, TODAY);
    const plain = (v: unknown): boolean =>
      v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) ||
      (Array.isArray(v) && v.every(plain));
    for (const [collection, rows] of Object.entries(p) as [string, Record<string, unknown>[]][]) {
      const keys = rows[0] ? Object.keys(rows[0]).sort() : [];
      for (const row of rows) {
        expect(Object.keys(row).sort(), collection).toEqual(keys);
        for (const [k, v] of Object.entries(row)) expect(plain(v), `${collection}.${k}`).toBe(true);
      }
    }
  });

  it('never produces password hashes', () => {
    const p = prepareSeed(demoCase, factorCatalogue, TODAY);
    for (const u of p.users) expect(Object.keys(u)).not.toContain('passwordHash');
  });

  it('rejects a day that is not a date', () => {
    expect(() => prepareSeed(fixture(), factors, new Date('nope'))).toThrow(/today/);
  });
});

describe('prepareSeed integrity errors name the bad entry', () => {
  const cases: [string, (d: SeedData) => void, RegExp][] = [
    ['unknown tie end', (d) => { d.ties[0]!.target = 'zed'; }, /ties\[0\] \(a -> zed FRIEND\): target: unknown person "zed"/],
    ['tie strength out of range', (d) => { d.ties[0]!.strength = 6; }, /ties\[0\] \(a -> b FRIEND\): strength 6 must be a whole number from 1 to 5/],
    ['fractional strength', (d) => { d.participations[0]!.strength = 2.5; }, /participations\[0\] \(b in club\): strength 2.5/],
    ['assessment level out of range', (d) => { (d.assessments[0] as { level: number }).level = 4; }, /assessments\[0\] \(a risk.peers.x on -7\): level 4 must be a whole number from 0 to 3/],
    ['unknown factor', (d) => { d.assessments[0]!.factor = 'risk.nope'; }, /assessments\[0\].*unknown factor "risk.nope"/],
    ['duplicate person key', (d) => { d.people[1]!.key = 'a'; }, /people\[1\] \(a\): duplicate person key "a"/],
    ['unknown membership group', (d) => { d.memberships[0]!.group = 'gx'; }, /memberships\[0\] \(a in gx\): group: unknown group "gx"/],
    ['overlapping memberships', (d) => { d.memberships.push({ person: 'a', group: 'g', role: 'CORE', from: -10 }); }, /memberships\[1\] \(a in g\): overlaps/],
    ['period ends before it starts', (d) => { d.memberships[0]!.to = -40; }, /memberships\[0\].*to \(-40\) must be after from \(-30\)/],
    ['revision after the tie ended', (d) => { d.ties[0]!.revisions![0]!.until = 0; }, /ties\[0\]\.revisions\[0\] \(a -> b until 0\)/],
    ['duplicate undirected tie', (d) => { d.ties.push({ ...d.ties[0]!, source: 'b', target: 'a', revisions: [] }); }, /ties\[1\] \(b -> a FRIEND\): overlaps/],
    ['self tie', (d) => { d.ties[0]!.target = 'a'; }, /ties\[0\].*two different people/],
    ['unknown contact responsibility', (d) => { d.contacts[0]!.responsibleFor = ['q']; }, /contacts\[0\] \(c1\): responsibleFor: unknown person "q"/],
    ['risk factor strengthened', (d) => { d.interventions[0]!.strengthens = ['risk.peers.x']; }, /interventions\[0\] \(i\): strengthens: factor "risk.peers.x" is RISK, expected PROTECTIVE/],
    ['unknown target group', (d) => { d.interventions[0]!.targetGroups = ['nope']; }, /interventions\[0\] \(i\): targetGroups: unknown group "nope"/],
    ['contact of another agency', (d) => {
      d.agencies.push({ key: 'soc', name: 'S', kind: 'SOCIAL_SERVICES', municipality: 'M' });
      d.interventions[0]!.responsibleAgency = 'soc';
    }, /interventions\[0\] \(i\): responsibleContact "c1" does not work at/],
    ['bad currency', (d) => { d.interventions[0]!.cost = { amount: 1, unit: 'ONE_OFF', currency: 'kr' }; }, /interventions\[0\].*ISO 4217/],
    ['follow-up progress', (d) => { (d.interventions[0]!.followUps[0] as { progress: string }).progress = 'GOOD'; }, /interventions\[0\]\.followUps\[0\] \(i on -7\): progress "GOOD"/],
    ['unknown board user', (d) => { d.boards[0]!.team = ['ghost']; }, /boards\[0\] \(bd\): team: unknown user "ghost"/],
    ['person twice on a board', (d) => { d.boards[0]!.people.push({ person: 'a' }); }, /boards\[0\] \(bd\): people lists "a" twice/],
    ['duplicate username', (d) => { d.users.push({ key: 'u2', username: 'u', displayName: 'x', role: 'ADMIN' }); }, /users\[1\] \(u2\): duplicate username "u"/],
    ['unknown report area', (d) => { d.reports[0]!.area = 'elsewhere'; }, /reports\[0\] \(elsewhere 1 weeks ago by O\): area: unknown area "elsewhere"/],
    ['bad enum', (d) => { (d.people[0] as { kind: string }).kind = 'ADULT'; }, /people\[0\] \(a\): kind "ADULT" is not one of/],
    ['fractional day', (d) => { d.ties[0]!.from = -1.5; }, /ties\[0\].*from -1.5 must be a whole number of days/],
  ];
  it.each(cases)('%s', (_name, change, message) => {
    expect(broken(change)).toThrow(message);
  });

  it('checks the factor catalogue too', () => {
    const bad = [{ ...factors[0]!, name: { sv: 'x', da: '', en: 'x' } }];
    expect(() => prepareSeed(fixture(), bad, TODAY)).toThrow(/factors\[0\] \(risk.peers.x\): name.da must be a non-empty string/);
  });
});

describe('cypher/seed', () => {
  const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher')).sort();
  const prepared = prepareSeed(demoCase, factorCatalogue, TODAY);

  it('has exactly the files seedFiles lists, and seedFiles is in load (file name) order', () => {
    expect(seedFiles.map((f) => f.file)).toEqual(files);
    expect(new Set(seedFiles.map((f) => f.rows)).size).toBe(seedFiles.length);
    expect(seedFiles.map((f) => f.rows).sort()).toEqual(Object.keys(prepared).sort());
    expect(seedFiles[0]).toEqual({ file: '00_factors.cypher', rows: 'factors' });
    expect(seedFiles.find((f) => f.rows === 'users')!.file).toBe('90_users.cypher');
  });

  it.each(seedFiles)('$file is one UNWIND-$rows statement reading exactly the row fields', ({ file, rows }) => {
    const code = readFileSync(join(CYPHER_DIR, file), 'utf8').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    expect(code.trim().startsWith('UNWIND $rows AS row')).toBe(true);
    expect(code).not.toContain(';');
    expect([...code.matchAll(/\$(\w+)/g)].map((m) => m[1])).toEqual(['rows']);
    const read = new Set([...code.matchAll(/\brow\.(\w+)/g)].map((m) => m[1]));
    // The server's loader adds these to user rows; everything else comes from prepareSeed.
    const provided = new Set([...Object.keys(prepared[rows][0] ?? {}), ...(rows === 'users' ? SERVER_USER_FIELDS : [])]);
    expect([...read].sort()).toEqual([...provided].sort());
  });

  it.each(seedFiles)('$file MERGEs by id and stamps version and timestamps when the row has an id', ({ file, rows }) => {
    const code = readFileSync(join(CYPHER_DIR, file), 'utf8');
    expect(code).toMatch(/\bMERGE\b/);
    if ('id' in (prepared[rows][0] ?? {})) {
      expect(code).toMatch(/MERGE [^\n]*\{id: row\.id\}/);
      expect(code).toMatch(/\.version = (1|toInteger\(row\.version\))/);
      expect(code).toMatch(/\.createdAt = datetime\(\)/);
      expect(code).toMatch(/\.updatedAt = datetime\(\)/);
    }
  });
});

describe('readiness seed integrity', () => {
  const alert = {
    key: 'al', area: 'ar', level: 'CRITICAL' as const, reason: 'r', raised: { day: -3, hour: 20 }, raisedBy: 'u',
    convened: { at: { day: -2, hour: 9 }, by: 'u', attendees: ['u'], others: [] }, decisions: [], actions: [],
  };
  const cases: [string, (d: SeedData) => void, RegExp][] = [
    ['unknown alert area', (d) => { d.alerts = [{ ...alert, area: 'nowhere' }]; }, /alerts\[0\] \(al\): unknown area "nowhere"/],
    ['unknown attendee', (d) => { d.alerts = [{ ...alert, convened: { ...alert.convened, attendees: ['ghost'] } }]; }, /unknown user "ghost"/],
    ['convened before raised', (d) => { d.alerts = [{ ...alert, convened: { ...alert.convened, at: { day: -3, hour: 19 } } }]; }, /convened before it was raised/],
    ['reporter on the team', (d) => {
      d.users.push({ key: 'rep', username: 'rep', displayName: 'R', role: 'REPORTER' });
      d.readinessTeam = [{ user: 'rep' }];
    }, /readinessTeam\[0\]: user "rep" \(REPORTER\)/],
  ];
  it.each(cases)('%s', (_name, change, message) => {
    expect(broken(change)).toThrow(message);
  });

  it('turns an alert into rows with instants and a derived level history', () => {
    const d = fixture();
    d.alerts = [{ ...alert, closed: { at: { day: -1, hour: 8 }, by: 'u', summary: 's', levelAfter: 'NORMAL' } }];
    const p = prepareSeed(d, factors, TODAY);
    // TODAY is 2026-03-01: day −3 is 26 February, 20:00 UTC.
    expect(p.alerts[0]).toMatchObject({ raisedAt: '2026-02-26T20:00:00.000Z', convenedAt: '2026-02-27T09:00:00.000Z', status: 'CLOSED' });
    expect(p.levelChanges.map((c) => [c.previous, c.level, c.changedAt])).toEqual([
      ['NORMAL', 'CRITICAL', '2026-02-26T20:00:00.000Z'], ['CRITICAL', 'NORMAL', '2026-02-28T08:00:00.000Z'],
    ]);
    expect(p.areas[0]!.level).toBe('NORMAL');
  });
});
