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
  /** Seconds spent on the reads and on the writes. */
  seconds: { reads: number; writes: number };
}

const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'MISSING_REFERENCE']);
/** Input errors that say no more than "not there for you": a refusal too (the messages in English). */
const MISSING = new Set(['Refers to something that does not exist or that you cannot see.', 'This person is not on the board.']);

/**
 * The unique text a write carries. The case number follows a letter: after the run's eight hex
 * characters and a dash it read as a Danish CPR number when those ended in six digits that make a
 * date (`…241126-5706`), and a situation report refuses identity numbers (CI failed once so).
 */
export function matrixMarker(run: string, n: number): string {
  return `mx-${run}-c${n}`;
}

export function envOf(w: MatrixWorld, c: Case): Env {
  const slot = c.ctx.retention === 'expired' ? w.expired : w.live;
  return { w, slot, v: c.variant, ctx: c.ctx, user: w.user(c.role, c.variant.user, c.ctx.board !== 'nonMember') };
}

function errorsOf(r: GqlResult): string[] {
  return (r.errors ?? []).map((e) => {
    const code = String(e.extensions?.code ?? 'NO_CODE');
    const fields = (e.extensions?.fields ?? []) as { message: string }[];
    if (code === 'BAD_USER_INPUT' && fields.length && fields.every((f) => MISSING.has(f.message))) return 'MISSING_REFERENCE';
    return REFUSALS.has(code) ? code : `${code}: ${e.message}${e.extensions?.fields ? ` ${JSON.stringify(e.extensions.fields)}` : ''}`;
  });
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

interface Batch {
  env: Env;
  query: string;
  vars: Record<string, unknown>;
  cases: Case[];
}

/** Root fields that answer null for something missing: safe to send several in one document. */
const NULLABLE_ROOTS = new Set(['person', 'tie', 'board', 'group', 'intervention', 'boardAnalysis', 'groupFactorProfile', 'planning', 'area', 'areaNetwork']);
const perDocument = 10;

function rootOf(query: string): string {
  return /\{\s*([A-Za-z_]\w*)/.exec(query)![1]!;
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Several one-root queries as one document: each root aliased b0, b1, …, its variables renamed alike. */
function merged(parts: Batch[]): { query: string; vars: Record<string, unknown> } {
  const defs: string[] = [];
  const bodies: string[] = [];
  const vars: Record<string, unknown> = {};
  parts.forEach((p, i) => {
    const m = /^query\s*(?:\(([^)]*)\))?\s*\{([\s\S]*)\}\s*$/.exec(p.query.trim());
    if (!m) throw new Error(`policy matrix: cannot batch ${p.query}`);
    const rename = (t: string) => t.replace(/\$([A-Za-z_]\w*)/g, (_x, n: string) => `$b${i}_${n}`);
    if (m[1]) defs.push(rename(m[1]));
    bodies.push(`b${i}: ${rename(m[2]!).trim()}`);
    for (const [k, v] of Object.entries(p.vars)) vars[`b${i}_${k}`] = v;
  });
  return { query: `query${defs.length ? `(${defs.join(', ')})` : ''} { ${bodies.join(' ')} }`, vars };
}

export async function runMatrix(w: MatrixWorld, cases: Case[], concurrency = 12): Promise<MatrixRun> {
  const outcomes: Outcome[] = [];
  const anomalies: string[] = [];
  let requests = 0;

  const started = Date.now();
  // ---- reads: one request per distinct (user, document, variables) ----
  const batches = new Map<string, Batch>();
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
  // A user's requests whose root field may be null go out several to a document (aliased): an
  // error in one nulls only its own field. The rest (non-null roots) one by one.
  const byUser = new Map<string, Batch[]>();
  const single: Batch[][] = [];
  for (const b of batches.values()) {
    if (!NULLABLE_ROOTS.has(rootOf(b.query))) single.push([b]);
    else byUser.set(b.env.user.id, [...(byUser.get(b.env.user.id) ?? []), b]);
  }
  const docs = [...single, ...[...byUser.values()].flatMap((list) => chunks(list, perDocument))];
  await pool(docs, concurrency, async (parts) => {
    const { query, vars } = parts.length === 1 ? parts[0]! : merged(parts);
    const r = await parts[0]!.env.user.client.gql(query, vars);
    requests++;
    parts.forEach((b, i) => {
      const mine = parts.length === 1 ? r : { ...r, data: { [rootOf(b.query)]: (r.data as any)?.[`b${i}`] ?? null }, errors: r.errors?.filter((e) => !e.path || e.path[0] === `b${i}`) };
      const errors = errorsOf(mine);
      for (const e of errors) if (!REFUSALS.has(e)) anomalies.push(`${b.env.user.role} ${b.query.slice(0, 80)}: ${e}`);
      for (const c of b.cases) outcomes.push({ c, observed: reads[c.carrier.id]!.seen(mine.data, envOf(w, c)), errors });
    });
  });

  const readsDone = Date.now();
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
      const marker = matrixMarker(w.run, c.n);
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
  return { outcomes, requests, anomalies, seconds: { reads: (readsDone - started) / 1000, writes: (Date.now() - readsDone) / 1000 } };
}

export interface RoleSummary {
  cases: number;
  allowed: number;
  denied: number;
  unexpectedAllows: number;
  /** Allows the policy denies where policy.json is known to be out of step (listed in the test). */
  fileGaps: number;
  unexpectedDenies: number;
}

export function summarise(outcomes: Outcome[], isFileGap: (o: Outcome) => boolean): Record<Role, RoleSummary> {
  const out = {} as Record<Role, RoleSummary>;
  for (const o of outcomes) {
    const s = (out[o.c.role] ??= { cases: 0, allowed: 0, denied: 0, unexpectedAllows: 0, fileGaps: 0, unexpectedDenies: 0 });
    s.cases++;
    if (o.observed) s.allowed++;
    else s.denied++;
    if (o.observed && !o.c.expected) {
      if (isFileGap(o)) s.fileGaps++;
      else s.unexpectedAllows++;
    }
    if (!o.observed && o.c.expected) s.unexpectedDenies++;
  }
  return out;
}
