// Audit completeness: every root field that touches a person's data leaves exactly one access-log
// row per call, naming exactly the people it touched; no other field leaves a row naming anyone;
// and when the row cannot be written, the request fails and keeps nothing.
//
// Which fields touch people is derived, not listed: a field's guard names a resource
// (graphql/guard.ts), policy.json maps the resource to data classes, and a class in the group
// "personal" makes the field personal. Two short lists below take the exceptions, each with its
// reason. Every root field of the schema must have a call in tests/support/audit-cases.ts, so a new
// personal-data field fails here until it is shown to log its access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { guarded } from '../../server/src/graphql/guard.js';
import { resolvers } from '../../server/src/graphql/resolvers.js';
import { policy } from '../../server/src/policy/policy.js';
import { Db, Tx } from '../../server/src/db/db.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { auditMark, auditSince, countMarked, marker } from '../support/fixtures.js';
import { buildAuditWorld, type AuditWorld } from '../support/audit-world.js';
import { auditCases } from '../support/audit-cases.js';

/**
 * Guarded on a resource whose classes are not personal, yet reading or changing people: each
 * must log like a personal field.
 */
const alsoPersonal: Record<string, string> = {
  'Query.board': "loads the board's people with it (boards/load.ts), in one audited read",
  'Query.intervention': 'an intervention names the people it targets',
  'Query.meetingMinutesPdf': "the minutes list commitments on interventions, and so whom they target",
  'Mutation.removePersonFromBoard': 'takes a person off a case',
  'Mutation.addMember': "a membership is a person's (policy class ties: group memberships)",
  'Mutation.updateMembership': "a membership is a person's",
  'Mutation.endMembership': "a membership is a person's",
  'Mutation.addParticipation': "taking part in a community is a person's (class ties)",
  'Mutation.updateParticipation': "taking part in a community is a person's",
  'Mutation.endParticipation': "taking part in a community is a person's",
  'Mutation.createIntervention': 'names the people it targets',
  'Mutation.updateIntervention': 'names the people it targets',
  'Mutation.addFollowUp': "records progress on targeted people (and may record their factor levels)",
  'Mutation.addCommitment': 'a commitment on an intervention is about whom it targets',
  'Mutation.updateCommitment': 'a commitment on an intervention is about whom it targets',
  'Mutation.removeGroupFromBoard': "ends its members' memberships on the board",
  'Mutation.purgeExpired': 'erases everyone past retention: one row per batch of up to 200 people, and one when none is due',
};

/** Personal by resource, yet leaving no row: each with the reason it is not an access to a person. */
const notAudited: Record<string, string> = {
  'Query.legalStatutes': "the configured list of statutes (server configuration): guarded like the information shared under them, but it holds nobody's data",
};

type Meta = { op: string; resource?: string };
const personalClasses = new Set(Object.entries(policy.dataClasses).filter(([, c]) => c.group === 'personal').map(([name]) => name));
const personalResource = (resource: string | undefined) => !!resource && (policy.resources[resource]?.classes ?? []).some((c) => personalClasses.has(c));
const meta = (key: string): Meta => {
  const [type, field] = key.split('.') as [string, string];
  return ((resolvers as Record<string, Record<string, Record<symbol, Meta>>>)[type]?.[field]?.[guarded] ?? { op: 'none' }) as Meta;
};
const actionOf = (key: string, m: Meta) =>
  key.startsWith('Query.') ? (m.op === 'export' ? 'EXPORT' : 'READ') : ({ read: 'READ', create: 'CREATE', update: 'UPDATE', delete: 'DELETE', export: 'EXPORT' } as Record<string, string>)[m.op];

function rootFields(): string[] {
  const schema = buildSchema();
  return (['Query', 'Mutation'] as const).flatMap((t) => Object.keys((schema.getType(t) as unknown as { getFields(): object }).getFields()).map((f) => `${t}.${f}`));
}

/** The root fields a document calls. */
function calls(query: string): string[] {
  const op = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const type = op.operation === 'mutation' ? 'Mutation' : 'Query';
  return op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`${type}.${s.name.value}`] : []));
}

let server: TestServer;
let world: AuditWorld;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildAuditWorld(server);
});
afterAll(async () => {
  for (const undo of world?.inj.afterwards ?? []) await undo();
  await server?.stop();
});

describe('audit completeness', () => {
  const fields = rootFields();

  it('has a call for every root field, and its exception lists name real fields for real reasons', () => {
    expect(fields.filter((f) => !auditCases[f])).toEqual([]);
    expect(Object.keys(auditCases).filter((k) => !fields.includes(k))).toEqual([]);
    // alsoPersonal only for fields the policy does not already make personal, notAudited only for those it does.
    expect(Object.keys(alsoPersonal).filter((k) => !fields.includes(k) || personalResource(meta(k).resource))).toEqual([]);
    expect(Object.keys(notAudited).filter((k) => !fields.includes(k) || !personalResource(meta(k).resource))).toEqual([]);
    // Derived, so the count can only change with the policy or the resolvers.
    expect(fields.filter((f) => personalResource(meta(f).resource)).length).toBeGreaterThanOrEqual(25);
  });

  for (const key of Object.keys(auditCases).sort()) {
    it(key, { timeout: 120_000 }, async () => {
      const c = auditCases[key]!;
      expect(calls(c.query)).toEqual([key]);
      const vars = c.vars ? await c.vars(world) : {};
      const client = typeof c.as === 'function' ? await c.as(world) : world.as[c.as ?? 'coordinator'];
      const since = await auditMark(server.db);
      const r = await client.gql(c.query, vars);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      await c.settle?.(world, r.data!);
      const rows = await auditSince(server.db, since);
      const m = meta(key);
      if (notAudited[key]) {
        expect(rows).toEqual([]);
      } else if (personalResource(m.resource) || alsoPersonal[key]) {
        expect(rows.map((x) => `${x.action} ${x.purpose}`), 'exactly one row').toHaveLength(1);
        const row = rows[0]!;
        const purpose = c.purpose ?? key;
        // Type.field, or Type.field with a qualifier (the access purpose, the export's format).
        expect(row.purpose === purpose || [':', ' '].some((sep) => row.purpose.startsWith(purpose + sep)), `purpose ${row.purpose}`).toBe(true);
        expect(row.action).toBe(c.action ?? actionOf(key, m));
        if (c.people) expect(row.personIds).toEqual([...new Set(c.people(world, vars, r.data!))].sort());
        else expect(row.personIds).toEqual(expect.any(Array));
      } else {
        // Not about people: it may log an account event, but never a row naming someone.
        expect(rows.filter((x) => x.personIds.length > 0)).toEqual([]);
      }
    });
  }
});

/** A Tx whose access-log statement is swapped for one that fails in the database. */
function failingAudit(tx: Tx): Tx {
  return new Proxy(tx, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (name: unknown, ...rest: unknown[]) => (value as (...a: unknown[]) => unknown).call(target, name === 'audit/record' ? 'test/audit-record-fails' : name, ...rest);
    },
  });
}

class FailingAuditDb extends Db {
  override write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return super.write((tx) => work(failingAudit(tx)));
  }
}

describe('when the access-log row cannot be written', () => {
  it('the request fails, answers no data and keeps none of its work', async () => {
    const broken = await startTestServer({}, undefined, (opts) => new FailingAuditDb(opts));
    try {
      const coord = await new TestClient(broken.url).login('coordinator');
      // Writes that log nothing still work there: only the access-log statement fails.
      const board = await coord.ok('mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { title: marker('Loggfel-tavla') } });
      expect(board.createBoard.id).toMatch(/^brd_/);
      const alias = marker('Loggfel');
      const since = await auditMark(server.db);
      const create = await coord.gql('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id alias } }', { i: { boardId: world.writeBoardId, kind: 'YOUNG_PERSON', alias } });
      expect(create.data?.createPerson ?? null).toBeNull();
      expect(create.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL']);
      expect(JSON.stringify(create.errors)).not.toContain('Loggfel');
      expect(await countMarked(server.db, alias)).toBe(0);
      // A read: nothing of the person leaves the server without its row.
      const read = await coord.gql('query($id: ID!) { person(id: $id) { id alias } }', { id: world.read.people[0] });
      expect(read.data?.person ?? null).toBeNull();
      expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL']);
      expect(await auditSince(server.db, since)).toEqual([]);
      // The same calls on a sound server work: it was the log that failed them.
      expect((await world.as.coordinator.ok('query($id: ID!) { person(id: $id) { id } }', { id: world.read.people[0] })).person).toEqual({ id: world.read.people[0] });
    } finally {
      await broken.stop();
    }
  });
});
