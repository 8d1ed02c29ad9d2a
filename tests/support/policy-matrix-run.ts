// Runs the policy matrix's cases against the real server: reads first (each distinct request of a
// user sent once, every case it answers then judged from that one answer), then writes (cases on
// one target one after another, the rest a few at a time; markers checked in one scan at the end).
import type { Case, Role } from './policy-matrix.js';
import type { Env } from './policy-matrix-reads.js';
import { reads } from './policy-matrix-reads.js';
import { writes } from './policy-matrix-writes.js';
import type { MatrixWorld } from './policy-matrix-world.js';
import type { GqlResult } from './client.js';

export interface Outcome {
  c: Case;
  observed: boolean;
  /** The error codes (and message, for anything but a refusal) the server answered with. */
  errors: string[];
}

export interface MatrixRun {
  outcomes: Outcome[];
  requests: number;
  /** Answers that are neither data nor a refusal: a server error, or a request the schema rejects. */
  anomalies: string[];
}

const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND']);

export function envOf(w: MatrixWorld, c: Case): Env {
  const slot = c.ctx.retention === 'expired' ? w.expired : w.live;
  return { w, slot, v: c.variant, ctx: c.ctx, user: w.user(c.role, c.variant.user, c.ctx.board !== 'nonMember') };
}

function errorsOf(r: GqlResult): string[] {
  return (r.errors ?? []).map((e) => {
    const code = String(e.extensions?.code ?? 'NO_CODE');
    return REFUSALS.has(code) ? code : `${code}: ${e.message}${e.extensions?.fields ? ` ${JSON.stringify(e.extensions.fields)}` : ''}`;
  });
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

export async function runMatrix(w: MatrixWorld, cases: Case[], concurrency = 6): Promise<MatrixRun> {
  const outcomes: Outcome[] = [];
  const anomalies: string[] = [];
  let requests = 0;

  // ---- reads: one request per distinct (user, document, variables) ----
  const batches = new Map<string, { env: Env; query: string; vars: Record<string, unknown>; cases: Case[] }>();
  for (const c of cases.filter((x) => x.carrier.kind === 'read')) {
    const impl = reads[c.carrier.id];
    if (!impl) throw new Error(`policy matrix: no read request for ${c.carrier.id}`);
    const env = envOf(w, c);
    const { query, vars } = impl.request(env);
    const key = `${env.user.id}\n${query}\n${JSON.stringify(vars)}`;
    const b = batches.get(key) ?? { env, query, vars, cases: [] };
    b.cases.push(c);
    batches.set(key, b);
  }
  await pool([...batches.values()], concurrency, async (b) => {
    const r = await b.env.user.client.gql(b.query, b.vars);
    requests++;
    const errors = errorsOf(r);
    for (const e of errors) if (!REFUSALS.has(e)) anomalies.push(`${b.env.user.role} ${b.query.slice(0, 80)}: ${e}`);
    for (const c of b.cases) outcomes.push({ c, observed: reads[c.carrier.id]!.seen(r.data, envOf(w, c)), errors });
  });

  // ---- writes ----
  const groups = new Map<string, Case[]>();
  for (const c of cases.filter((x) => x.carrier.kind === 'write')) {
    const impl = writes[c.carrier.id];
    if (!impl) throw new Error(`policy matrix: no write request for ${c.carrier.id}`);
    const key = impl.group?.(envOf(w, c)) ?? `case ${c.n}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const pending: { c: Case; marker: string; errors: string[] }[] = [];
  await pool([...groups.values()], concurrency, async (list) => {
    for (const c of list) {
      const impl = writes[c.carrier.id]!;
      const env = envOf(w, c);
      const marker = `mx-${w.run}-${c.n}`;
      const before = impl.before ? await impl.before(env) : undefined;
      const { query, vars } = await impl.request(env, marker, before);
      const r = await env.user.client.gql(query, vars);
      requests++;
      const errors = errorsOf(r);
      for (const e of errors) if (e.startsWith('INTERNAL') || e.startsWith('GRAPHQL_') || e.startsWith('NO_CODE')) anomalies.push(`${c.role} ${c.carrier.id}: ${e}`);
      if (impl.took) outcomes.push({ c, observed: await impl.took(env, marker, r.data, before), errors });
      else pending.push({ c, marker, errors });
    }
  });
  const found = new Set(
    (await w.server.db.read((tx) => tx.one<{ found: string[] }>('test/matrix-markers', { markers: pending.map((p) => p.marker) })))?.found ?? [],
  );
  for (const p of pending) outcomes.push({ c: p.c, observed: found.has(p.marker), errors: p.errors });
  outcomes.sort((a, b) => a.c.n - b.c.n);
  return { outcomes, requests, anomalies };
}

export interface RoleSummary {
  cases: number;
  allowed: number;
  denied: number;
  unexpectedAllows: number;
  unexpectedDenies: number;
}

export function summarise(outcomes: Outcome[]): Record<Role, RoleSummary> {
  const out = {} as Record<Role, RoleSummary>;
  for (const o of outcomes) {
    const s = (out[o.c.role] ??= { cases: 0, allowed: 0, denied: 0, unexpectedAllows: 0, unexpectedDenies: 0 });
    s.cases++;
    if (o.observed) s.allowed++;
    else s.denied++;
    if (o.observed && !o.c.expected) s.unexpectedAllows++;
    if (!o.observed && o.c.expected) s.unexpectedDenies++;
  }
  return out;
}
