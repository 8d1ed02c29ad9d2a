// Reads and checks policy.json. The file is data, so it is validated like any input: an unknown
// role, class, operation, dimension value or group name is a start-up error, not a silent
// "no match" (which, for a deny rule, would quietly open access).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const policyPath = join(dirname(fileURLToPath(import.meta.url)), 'policy.json');

const names = z.array(z.string().min(1)).min(1);
const listOrAll = z.union([z.literal('*'), names]);

const rule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  effect: z.enum(['allow', 'deny']),
  roles: listOrAll,
  classes: listOrAll,
  operations: listOrAll,
  when: z.record(z.string(), names).optional(),
  why: z.string().min(1),
});

const fileSchema = z.object({
  version: z.literal(1),
  roles: names,
  operations: names,
  dimensions: z.record(z.string(), z.object({ values: names, about: z.string() })),
  dataClasses: z.record(z.string(), z.object({ group: z.string(), about: z.string() })),
  rules: z.array(rule).min(1),
  resources: z.record(z.string(), z.unknown()),
  resolverOperations: z.record(z.string(), z.string()),
  gateContext: z.record(z.string(), z.string()),
});

const resourceSchema = z.object({ classes: names, operations: z.record(z.string(), z.string()).optional() });

export type Effect = 'allow' | 'deny';
export type Context = Record<string, string>;

export interface Rule {
  id: string;
  effect: Effect;
  roles: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  operations: ReadonlySet<string>;
  when: Readonly<Record<string, ReadonlySet<string>>>;
  why: string;
}

export interface PolicyResource {
  classes: readonly string[];
  operations: Readonly<Record<string, string>>;
}

export interface Policy {
  roles: readonly string[];
  operations: readonly string[];
  dimensions: Readonly<Record<string, { values: readonly string[]; about: string }>>;
  dataClasses: Readonly<Record<string, { group: string; about: string }>>;
  rules: readonly Rule[];
  resources: Readonly<Record<string, PolicyResource>>;
  resolverOperations: Readonly<Record<string, string>>;
  gateContext: Context;
}

function withoutComment<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== '$comment'));
}

/** Parses and cross-checks a policy document; throws listing every problem. */
export function parsePolicy(raw: unknown): Policy {
  const doc = fileSchema.parse(raw);
  const problems: string[] = [];
  const classNames = Object.keys(doc.dataClasses);
  const groups = new Map<string, string[]>();
  for (const [name, c] of Object.entries(doc.dataClasses)) groups.set(c.group, [...(groups.get(c.group) ?? []), name]);

  const expand = (where: string, value: '*' | string[], known: readonly string[], allowGroups: boolean): Set<string> => {
    if (value === '*') return new Set(known);
    const out = new Set<string>();
    for (const v of value) {
      if (allowGroups && v.startsWith('@')) {
        const members = groups.get(v.slice(1));
        if (!members) problems.push(`${where}: unknown class group ${v}`);
        else members.forEach((m) => out.add(m));
      } else if (!known.includes(v)) problems.push(`${where}: unknown ${JSON.stringify(v)}`);
      else out.add(v);
    }
    return out;
  };

  const dimensions = withoutComment(doc.dimensions);
  const checkContext = (where: string, ctx: Record<string, string>) => {
    for (const [dim, spec] of Object.entries(dimensions)) {
      if (!(dim in ctx)) problems.push(`${where}: no value for ${dim}`);
      else if (!spec.values.includes(ctx[dim]!)) problems.push(`${where}: ${dim} ${JSON.stringify(ctx[dim])} is not one of ${spec.values.join(', ')}`);
    }
    for (const dim of Object.keys(ctx)) if (!(dim in dimensions)) problems.push(`${where}: unknown dimension ${dim}`);
  };

  const ids = new Set<string>();
  const rules: Rule[] = doc.rules.map((r) => {
    if (ids.has(r.id)) problems.push(`rule ${r.id}: duplicate id`);
    ids.add(r.id);
    const when: Record<string, ReadonlySet<string>> = {};
    for (const [dim, values] of Object.entries(r.when ?? {})) {
      const spec = dimensions[dim];
      if (!spec) problems.push(`rule ${r.id}: unknown dimension ${dim}`);
      else when[dim] = expand(`rule ${r.id} when.${dim}`, values, spec.values, false);
    }
    return {
      id: r.id,
      effect: r.effect,
      roles: expand(`rule ${r.id} roles`, r.roles, doc.roles, false),
      classes: expand(`rule ${r.id} classes`, r.classes, classNames, true),
      operations: expand(`rule ${r.id} operations`, r.operations, doc.operations, false),
      when,
      why: r.why,
    };
  });

  const resources: Record<string, PolicyResource> = {};
  for (const [name, value] of Object.entries(withoutComment(doc.resources))) {
    const parsed = resourceSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`resource ${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      continue;
    }
    const ops = parsed.data.operations ?? {};
    for (const [from, to] of Object.entries(ops)) {
      if (!(from in doc.resolverOperations)) problems.push(`resource ${name}: unknown resolver operation ${from}`);
      if (!doc.operations.includes(to)) problems.push(`resource ${name}: unknown operation ${to}`);
    }
    resources[name] = { classes: [...expand(`resource ${name}`, parsed.data.classes, classNames, true)], operations: ops };
  }
  for (const [from, to] of Object.entries(doc.resolverOperations)) {
    if (!doc.operations.includes(to)) problems.push(`resolverOperations.${from}: unknown operation ${to}`);
  }
  const gateContext = withoutComment(doc.gateContext);
  checkContext('gateContext', gateContext);

  if (problems.length) throw new Error(`Invalid access policy:\n  ${problems.join('\n  ')}`);
  return {
    roles: doc.roles,
    operations: doc.operations,
    dimensions,
    dataClasses: doc.dataClasses,
    rules,
    resources,
    resolverOperations: doc.resolverOperations,
    gateContext,
  };
}

export function loadPolicyFile(path = policyPath): Policy {
  return parsePolicy(JSON.parse(readFileSync(path, 'utf8')));
}
