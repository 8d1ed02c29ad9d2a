// The shape of, and helpers for, the calls in audit-cases.ts and audit-cases-other.ts.
import { injectionTemplates } from './injection-templates.js';
import type { AuditWorld, Who } from './audit-world.js';
import { createTestUser, testPassword } from './users.js';
import { TestClient } from './client.js';

export type Vars = Record<string, unknown>;

export interface AuditCase {
  as?: Who | ((w: AuditWorld) => Promise<TestClient>);
  query: string;
  /** Sets up what the call needs (before the log is marked) and returns its variables. */
  vars?: (w: AuditWorld) => Promise<Vars>;
  /** Whom the one row names; left out where the case does not know (the row is still counted). */
  people?: (w: AuditWorld, vars: Vars, data: Record<string, any>) => string[];
  /** The row's purpose, where it is not Type.field (Type.field:qualifier passes too, and Type.field qualifier). */
  purpose?: string;
  /** The row's action, where it is not the one the field's operation implies. */
  action?: string;
  /** Waits for work the call left running (a job) before the rows are counted. */
  settle?: (w: AuditWorld, data: Record<string, any>) => Promise<void>;
}

export const all = (w: AuditWorld) => [...w.read.people];
export const input = (v: Vars) => v.input as Record<string, any>;
export const q = (field: string, args: string, selection = '') => `query${args ? `(${args})` : ''} { ${field}${argList(args)} ${selection} }`;
export const m = (field: string, args: string, selection = '') => `mutation${args ? `(${args})` : ''} { ${field}${argList(args)} ${selection} }`;
function argList(args: string): string {
  const names = [...args.matchAll(/\$(\w+)/g)].map((x) => x[1]);
  return names.length ? `(${names.map((n) => `${n}: $${n}`).join(', ')})` : '';
}

/** A valid call borrowed from the injection templates (as the demo coordinator or admin). */
export function template(name: string, people?: AuditCase['people']): AuditCase {
  const t = injectionTemplates[name];
  if (!t) throw new Error(`no injection template ${name}`);
  return { as: t.as === 'admin' ? 'admin' : 'coordinator', query: t.query, vars: (w) => t.vars(w.inj), ...(people ? { people } : {}) };
}

export const one = async (w: AuditWorld, query: string, vars: Vars) => Object.values(await w.as.coordinator.ok(query, vars))[0] as Record<string, any>;
export const newTie = async (w: AuditWorld) => {
  const [s, t] = [await w.person(), await w.person()];
  const tie = await one(w, 'mutation($i: CreateTieInput!) { createTie(input: $i) { id } }', { i: { boardId: w.writeBoardId, sourceId: s, targetId: t, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE' } });
  return { id: tie.id as string, ends: [s, t] };
};
export const newMembership = async (w: AuditWorld) => {
  const p = await w.person();
  const g = await one(w, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { boardId: w.writeBoardId, name: 'G' } });
  const ms = await one(w, 'mutation($i: AddMemberInput!) { addMember(input: $i) { id } }', { i: { groupId: g.id, personId: p, role: 'CORE' } });
  return { id: ms.id as string, person: p };
};
export const newParticipation = async (w: AuditWorld) => {
  const p = await w.person();
  const x = await one(w, 'mutation($i: AddParticipationInput!) { addParticipation(input: $i) { id } }', { i: { personId: p, communityId: w.read.communityId, strength: 2 } });
  return { id: x.id as string, person: p };
};
export const newIntervention = async (w: AuditWorld) => {
  const p = await w.person();
  const i = await one(w, 'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id } }', { i: { boardId: w.writeBoardId, title: 'I', level: 'INDIVIDUAL', targetPersonIds: [p] } });
  return { id: i.id as string, person: p };
};
export const finishedJob = async (w: AuditWorld) => {
  const job = await one(w, 'mutation($b: ID!) { startBoardAnalysis(boardId: $b) { id } }', { b: w.read.boardId });
  await jobDone(w, job.id);
  return job.id as string;
};
export async function jobDone(w: AuditWorld, id: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const state = (await w.as.coordinator.ok('query($id: ID!) { analysisJob(id: $id) { state } }', { id })).analysisJob?.state;
    if (state === 'DONE') return;
    if (state !== 'QUEUED' && state !== 'RUNNING' && state !== 'LOADING') throw new Error(`analysis job ended ${state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('analysis job did not finish');
}
/** A throwaway account's own client, for the self-service second-factor fields. */
export async function fresh(w: AuditWorld): Promise<{ id: string; client: TestClient; username: string }> {
  const u = await createTestUser(w.as.admin, 'MEMBER', 'audit');
  return { id: u.id, username: u.username, client: await new TestClient(w.server.url).login(u.username, testPassword) };
}
export const clients = new Map<string, TestClient>();

