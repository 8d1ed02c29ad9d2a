// Cypher injection: payloads in every string input of every mutation leave the graph exactly as
// the same call with a harmless value leaves it (counted per label and relationship type), and
// where a payload is accepted it is stored verbatim. The string inputs are read from the schema,
// so a new mutation fails this test until it has a template here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { createPerson, node, rel } from '../support/fixtures.js';
import { createTestUser, testPassword } from '../support/users.js';
import { injectionTemplates, type Template, type World } from '../support/injection-templates.js';

const payloads = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`}) DETACH DELETE n RETURN 1 //',
  '$userId {id: $id} ${boardId}',
  "\\'; CALL db.clearQueryCaches() // \\u0000",
];

let server: TestServer;
let world: World;

/** String (not ID, enum or date) inputs of a mutation, as paths into its variables. */
function stringPaths(type: GraphQLInputType, path: string, out: string[], depth = 0): void {
  const inner = getNullableType(type);
  if (isListType(inner)) return stringPaths(inner.ofType, `${path}[]`, out, depth);
  const named = getNamedType(type);
  if (named.name === 'String') out.push(path);
  else if (isInputObjectType(named) && depth < 3) for (const f of Object.values(named.getFields())) stringPaths(f.type, `${path}.${f.name}`, out, depth + 1);
}

function mutationStrings(): Map<string, string[]> {
  const fields = (buildSchema().getType('Mutation') as unknown as { getFields(): Record<string, { args: readonly { name: string; type: GraphQLInputType }[] }> }).getFields();
  const out = new Map<string, string[]>();
  for (const [name, f] of Object.entries(fields)) {
    const paths: string[] = [];
    for (const a of f.args) stringPaths(a.type, a.name, paths);
    if (paths.length) out.set(name, paths);
  }
  return out;
}

function setPath(vars: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(vars);
  const parts = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const p of parts.slice(0, -1)) at = (at[p.replace(/\[\]$/, '')] ??= {}) as Record<string, unknown>;
  const last = parts[parts.length - 1]!;
  if (last.endsWith('[]')) at[last.slice(0, -2)] = [value];
  else at[last] = value;
  return copy;
}

async function counts(): Promise<Record<string, number>> {
  const rows = await server.db.read((tx) => tx.rows<{ key: string; n: number }>('test/graph-counts'));
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

function delta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  // Sorted: a label first written during the run must not make equal changes compare unequal.
  for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const d = (after[k] ?? 0) - (before[k] ?? 0);
    if (d !== 0) out[k] = d;
  }
  return out;
}

async function run(t: Template, client: TestClient, vars: Record<string, unknown>) {
  const before = await counts();
  const r = await client.gql(t.query, vars);
  const after = await counts();
  return { r, change: delta(before, after), accepted: !r.errors?.length };
}

beforeAll(async () => {
  server = await startTestServer();
  const admin = await new TestClient(server.url).login('admin');
  // With an agency: an assessment's note is the writer's own agency's internal note.
  const agencyId = (await admin.ok<{ agencies: { id: string }[] }>('{ agencies { id } }')).agencies[0]!.id;
  const coordUser = await createTestUser(admin, 'COORDINATOR', 'inj', agencyId);
  const coord = await new TestClient(server.url).login(coordUser.username, testPassword);
  const boardId = (await coord.ok('mutation { createBoard(input: { title: "Injection board" }) { id } }')).createBoard.id;
  // Area levels and readiness alerts are for readiness-team members: on it for this file only.
  const team = 'mutation($u: ID!, $m: Boolean!) { setReadinessTeamMember(userId: $u, member: $m) { email } }';
  await admin.ok(team, { u: coordUser.id, m: true });
  const afterwards = [() => admin.ok(team, { u: coordUser.id, m: false })];
  world = { server: () => server, admin, coord, coordId: coordUser.id, boardId, agencyId, person: () => createPerson(coord, boardId), afterwards };
});
afterAll(async () => {
  for (const undo of world?.afterwards ?? []) await undo();
  await server.stop();
});

describe('Cypher injection', () => {
  const strings = mutationStrings();

  it('has a template for every mutation that takes a string', () => {
    const missing = [...strings.keys()].filter((m) => !injectionTemplates[m]);
    expect(missing).toEqual([]);
  });

  for (const [mutation, template] of Object.entries(injectionTemplates)) {
    it(`${mutation}: every string input`, async () => {
      const paths = strings.get(mutation) ?? [];
      expect(paths.length, `${mutation} takes no string input any more`).toBeGreaterThan(0);
      const client = template.as === 'admin' ? world.admin : world.coord;
      // A refused login's first run may create this address's failure counter: compare with a later one.
      if (template.refused) await run(template, client, await template.vars(world));
      const baseline = await run(template, client, await template.vars(world));
      expect(baseline.accepted, `${mutation} baseline: ${JSON.stringify(baseline.r.errors)}`).toBe(!template.refused);
      const problems: string[] = [];
      for (const path of paths) {
        for (const payload of payloads) {
          const vars = setPath(await template.vars(world), path, template.embed?.[path]?.(payload) ?? payload);
          const { r, change, accepted } = await run(template, client, vars);
          const label = `${path} = ${JSON.stringify(payload)}`;
          if (r.status >= 500 || r.errors?.some((e) => e.extensions?.code === 'INTERNAL')) problems.push(`${label}: server error`);
          if (accepted) {
            if (JSON.stringify(change) !== JSON.stringify(baseline.change)) problems.push(`${label}: wrote ${JSON.stringify(change)}, a harmless value writes ${JSON.stringify(baseline.change)}`);
            const stored = template.stored ? await template.stored(r.data!, path) : undefined;
            if (stored !== undefined) {
              const { id, kind, prop } = stored;
              const row = kind === 'rel' ? await rel(server.db, id) : await node(server.db, id);
              const value = row?.[prop];
              const want = path.endsWith('[]') ? [payload] : payload;
              if (JSON.stringify(value) !== JSON.stringify(want)) problems.push(`${label}: stored ${JSON.stringify(value)}`);
            }
          } else if (!template.refused && Object.keys(change).length) problems.push(`${label}: refused but wrote ${JSON.stringify(change)}`);
          // A refusal may leave less than the harmless one did (a failure counter that already
          // exists), never anything else.
          else if (template.refused && Object.entries(change).some(([k, n]) => n < 0 || n > (baseline.change[k] ?? 0))) problems.push(`${label}: wrote ${JSON.stringify(change)}, a harmless refusal writes ${JSON.stringify(baseline.change)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
