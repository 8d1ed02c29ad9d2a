// The policy matrix's generator: every role × operation × data class × context of the datum that
// the policy file can tell apart, each realised by one or more requests (policy-matrix-table.ts),
// with the decision the policy file itself gives. The rule matching is written here again from
// the file's own `$comment`, not imported from server/src/policy/policy.ts, so a bug there cannot
// hide itself; the file is only data to this module.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const policyFilePath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'src', 'policy', 'policy.json');

export type Role = 'COORDINATOR' | 'MEMBER' | 'ANALYST' | 'MANAGER' | 'ADMIN' | 'REPORTER' | 'AUDITOR';
export type Op = 'read' | 'traverse' | 'search' | 'aggregate' | 'create' | 'update' | 'erase' | 'export' | 'readAudit';
export type Dim = 'agency' | 'board' | 'consent' | 'retention' | 'purpose';
export type Ctx = Partial<Record<Dim, string>>;
/** The two agencies the matrix's users and data belong to: police (P) and social services (S). */
export type Agency = 'P' | 'S';
export const otherAgency = (a: Agency): Agency => (a === 'P' ? 'S' : 'P');

interface RawRule {
  id: string;
  effect: 'allow' | 'deny';
  roles: '*' | string[];
  classes: '*' | string[];
  operations: '*' | string[];
  when?: Record<string, string[]>;
}

export interface MatrixPolicy {
  roles: Role[];
  operations: Op[];
  dimensions: Record<Dim, string[]>;
  classes: Record<string, string>; // class → group
  rules: { id: string; effect: 'allow' | 'deny'; roles: Set<string>; classes: Set<string>; operations: Set<string>; when: Record<string, Set<string>> }[];
  gateContext: Record<Dim, string>;
}

/** Reads policy.json as plain data: '*' is everything, '@group' every class of that group. */
export function readPolicy(path = policyFilePath): MatrixPolicy {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  const classes: Record<string, string> = {};
  for (const [name, c] of Object.entries(raw.dataClasses as Record<string, { group: string }>)) classes[name] = c.group;
  const expand = (v: '*' | string[], all: string[], groups: boolean): Set<string> => {
    if (v === '*') return new Set(all);
    const out = new Set<string>();
    for (const x of v) {
      if (groups && x.startsWith('@')) {
        const members = Object.keys(classes).filter((c) => classes[c] === x.slice(1));
        if (!members.length) throw new Error(`policy matrix: unknown class group ${x}`);
        members.forEach((m) => out.add(m));
      } else if (!all.includes(x)) throw new Error(`policy matrix: unknown name ${x}`);
      else out.add(x);
    }
    return out;
  };
  const dimensions = Object.fromEntries(
    Object.entries(raw.dimensions as Record<string, { values: string[] }>).filter(([k]) => k !== '$comment').map(([k, v]) => [k, v.values]),
  ) as Record<Dim, string[]>;
  return {
    roles: raw.roles,
    operations: raw.operations,
    dimensions,
    classes,
    rules: (raw.rules as RawRule[]).map((r) => ({
      id: r.id,
      effect: r.effect,
      roles: expand(r.roles, raw.roles, false),
      classes: expand(r.classes, Object.keys(classes), true),
      operations: expand(r.operations, raw.operations, false),
      when: Object.fromEntries(Object.entries(r.when ?? {}).map(([d, vs]) => [d, expand(vs, dimensions[d as Dim] ?? [], false)])),
    })),
    gateContext: Object.fromEntries(Object.entries(raw.gateContext as Record<string, string>).filter(([k]) => k !== '$comment')) as Record<Dim, string>,
  };
}

/**
 * The file's semantics: allowed only if some allow rule matches and no deny rule does. A rule
 * matches when role, operation and class are in it and every dimension under `when` has one of
 * its values; a dimension it does not list matches anything. The matrix always answers every
 * dimension, so the "unanswered dimension" case does not arise.
 */
export function evaluate(p: MatrixPolicy, role: string, op: string, cls: string, ctx: Record<Dim, string>): { allowed: boolean; rules: string[] } {
  const allow: string[] = [];
  const deny: string[] = [];
  for (const r of p.rules) {
    if (!r.roles.has(role) || !r.operations.has(op) || !r.classes.has(cls)) continue;
    if (!Object.entries(r.when).every(([d, vs]) => vs.has(ctx[d as Dim]))) continue;
    (r.effect === 'deny' ? deny : allow).push(r.id);
  }
  return deny.length ? { allowed: false, rules: deny } : { allowed: allow.length > 0, rules: allow };
}

/** The dimensions some rule about this class names: the only ones its decision can depend on. */
export function dimsOf(p: MatrixPolicy, cls: string): Dim[] {
  const dims = new Set<Dim>();
  for (const r of p.rules) if (r.classes.has(cls)) for (const d of Object.keys(r.when)) dims.add(d as Dim);
  return (Object.keys(p.dimensions) as Dim[]).filter((d) => dims.has(d));
}

/** Every combination of values of these dimensions. */
export function contexts(p: MatrixPolicy, dims: Dim[]): Ctx[] {
  let out: Ctx[] = [{}];
  for (const d of dims) out = out.flatMap((c) => p.dimensions[d].map((v) => ({ ...c, [d]: v })));
  return out;
}

/** Pairs (class, op) that the policy allows to at least one role in at least one context. */
export function allowedPairs(p: MatrixPolicy): Set<string> {
  const out = new Set<string>();
  for (const cls of Object.keys(p.classes)) {
    const ctxs = contexts(p, dimsOf(p, cls));
    for (const op of p.operations) {
      if (p.roles.some((role) => ctxs.some((c) => evaluate(p, role, op, cls, full(p, c)).allowed))) out.add(`${cls}.${op}`);
    }
  }
  return out;
}

/** A context completed with the gate context's values for the dimensions the class does not use. */
export function full(p: MatrixPolicy, ctx: Ctx): Record<Dim, string> {
  return { ...p.gateContext, ...ctx } as Record<Dim, string>;
}

// ---- the table's shape (policy-matrix-table.ts fills it) ----

/** One way of realising a case: which user (by agency) asks about which datum. */
export interface Variant {
  user: Agency;
  /** The world's key of the datum asked about, when the carrier has several (e.g. 'noteP'). */
  datum?: string;
}

export interface Carrier {
  /** Names the request; policy-matrix-requests.ts holds what it sends and how it observes. */
  id: string;
  kind: 'read' | 'write';
  /** Other (class, op) pairs the request needs: the expected answer is allowed only if all are. */
  touches?: [string, Op][];
  /** The access purposes the request can state (default: prevention only, the API's default). */
  purposes?: string[];
  /** Only realisable for data not yet past retention (e.g. creating a new person). */
  liveOnly?: boolean;
  /** Only realisable on a board the user is on (creating a board makes its creator a member). */
  memberOnly?: boolean;
  variants(ctx: Ctx, role: Role): Variant[];
}

export type TableEntry = { carriers: Carrier[] } | { notExposed: string };
export type Table = Record<string, TableEntry>; // key `${class}.${op}`

export interface Case {
  n: number;
  role: Role;
  op: Op;
  cls: string;
  ctx: Ctx;
  carrier: Carrier;
  variant: Variant;
  expected: boolean;
  /** The rules behind the expected answer (deny rules when denied). */
  rules: string[];
}

export interface Generated {
  cases: Case[];
  /** (class, op) pairs with no request at all in the API, with their role × context combinations. */
  notExposed: { key: string; reason: string; combos: number; allowedToSome: boolean }[];
  /** Combinations a carrier exists for but cannot state (e.g. a purpose the request has no argument for). */
  notRealisable: number;
}

/**
 * A case is realised through one of its variants, rotating, so that across the roles and contexts
 * both agencies and every datum are still asked about; reads of data that differ by agency (notes
 * of P and of S) through each, since one request answers them all.
 */
function pickVariants(c: Carrier, ctx: Ctx, role: Role, seq: number): Variant[] {
  const vs = c.variants(ctx, role);
  if (vs.length < 2 || (c.kind === 'read' && new Set(vs.map((v) => v.datum)).size > 1)) return vs;
  return [vs[seq % vs.length]!];
}

export function generate(p: MatrixPolicy, table: Table): Generated {
  const cases: Case[] = [];
  const notExposed: Generated['notExposed'] = [];
  let notRealisable = 0;
  let seq = 0;
  const allowed = allowedPairs(p);
  for (const cls of Object.keys(p.classes)) {
    const ctxs = contexts(p, dimsOf(p, cls));
    for (const op of p.operations) {
      const key = `${cls}.${op}`;
      const entry = table[key];
      if (!entry || 'notExposed' in entry) {
        notExposed.push({
          key, reason: entry && 'notExposed' in entry ? entry.notExposed : 'denied to every role, and no request in the table',
          combos: ctxs.length * p.roles.length, allowedToSome: allowed.has(key),
        });
        continue;
      }
      for (const role of p.roles) {
        for (const ctx of ctxs) {
          const whole = full(p, ctx);
          const own = evaluate(p, role, op, cls, whole);
          for (const carrier of entry.carriers) {
            const purposes = carrier.purposes ?? ['prevention'];
            if ((ctx.purpose && !purposes.includes(ctx.purpose)) || (carrier.liveOnly && ctx.retention === 'expired') || (carrier.memberOnly && ctx.board === 'nonMember')) {
              notRealisable++;
              continue;
            }
            const touched = (carrier.touches ?? []).map(([c, o]) => ({ c, o, d: evaluate(p, role, o, c, whole) }));
            const expected = own.allowed && touched.every((t) => t.d.allowed);
            const rules = !own.allowed
              ? own.rules.length ? own.rules : ['(no allow rule)']
              : expected ? own.rules : touched.filter((t) => !t.d.allowed).map((t) => `${t.c}.${t.o}: ${t.d.rules.join(',') || '(no allow rule)'}`);
            const variants = pickVariants(carrier, ctx, role, seq++);
            if (!variants.length) notRealisable++;
            for (const variant of variants) cases.push({ n: cases.length, role, op, cls, ctx, carrier, variant, expected, rules });
          }
        }
      }
    }
  }
  return { cases, notExposed, notRealisable };
}

/**
 * The table must name a request for every (class, op) the policy allows to some role, or say why
 * the API has none: a new allow rule without a request in the matrix fails here.
 */
export function uncovered(p: MatrixPolicy, table: Table): string[] {
  return [...allowedPairs(p)].filter((k) => !table[k]).sort();
}

/** A case as one line, for the report. */
export function describeCase(c: Case): string {
  const ctx = Object.entries(c.ctx).map(([d, v]) => `${d}=${v}`).join(' ');
  return `#${c.n} ${c.role} ${c.op} ${c.cls} [${ctx}] via ${c.carrier.id} (user ${c.variant.user}${c.variant.datum ? `, datum ${c.variant.datum}` : ''})`;
}
