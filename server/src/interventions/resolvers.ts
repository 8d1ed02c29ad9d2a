// Interventions live on a board (HAS_INTERVENTION) and are reachable only through its team. One
// that targets people is those people's data: reads and writes are audited with the targets' ids.
import type {
  Resolvers, QueryInterventionArgs, MutationCreateInterventionArgs, MutationUpdateInterventionArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, forbidden, notFound, unauthenticated, type FieldError } from '../shared/errors.js';
import { can } from '../policy/policy.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { agencyRef, groupRef } from '../graphql/refs.js';
import { contactById } from '../agencies/resolvers.js';
import { areaById } from '../areas/resolvers.js';
import { factorsByIds } from '../factors/resolvers.js';
import { followUpOverdue } from '../overdue/rules.js';
import { addFollowUp, followUpResolvers } from './followups.js';
import { createInterventionInput, updateInterventionInput } from './validation.js';

type InterventionRow = { intervention: Model };

/** The links an input sets; a null list leaves that list alone (update), set* false the agency/contact. */
interface Links {
  personIds: string[] | null;
  groupIds: string[] | null;
  areaIds: string[] | null;
  involvedIds: string[] | null;
  strengthensIds: string[] | null;
  reducesIds: string[] | null;
  setAgency: boolean;
  agencyId: string | null;
  setContact: boolean;
  contactId: string | null;
}

interface BadRefs {
  badPeople: string[];
  badGroups: string[];
  badAreas: string[];
  badInvolved: string[];
  badStrengthens: string[];
  badReduces: string[];
  agencyOk: boolean;
  contactOk: boolean;
}

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

/** Refuses (before anything is written) references the board may not use. */
async function checkRefs(tx: Tx, boardId: string, userId: string, links: Links): Promise<void> {
  const r = await tx.one<BadRefs>('interventions/refs', {
    boardId, userId,
    personIds: links.personIds, groupIds: links.groupIds, strengthensIds: links.strengthensIds, reducesIds: links.reducesIds,
    areaIds: links.areaIds, involvedIds: links.involvedIds,
    agencyId: links.setAgency ? links.agencyId : null, contactId: links.setContact ? links.contactId : null,
  });
  if (!r) throw notFound();
  const fields: FieldError[] = [];
  if (r.badPeople.length) fields.push({ field: 'targetPersonIds', key: 'validation.notOnBoard' });
  if (r.badGroups.length) fields.push({ field: 'targetGroupIds', key: 'validation.groupNotOnBoard' });
  if (r.badAreas.length) fields.push({ field: 'targetAreaIds', key: 'validation.unknownReference' });
  if (r.badInvolved.length) fields.push({ field: 'involvedAgencyIds', key: 'validation.unknownReference' });
  if (r.badStrengthens.length) fields.push({ field: 'strengthensFactorIds', key: 'validation.unknownReference' });
  if (r.badReduces.length) fields.push({ field: 'reducesFactorIds', key: 'validation.unknownReference' });
  if (!r.agencyOk) fields.push({ field: 'responsibleAgencyId', key: 'validation.unknownReference' });
  if (!r.contactOk) fields.push({ field: 'responsibleContactId', key: 'validation.unknownReference' });
  if (fields.length) throw badInput(fields);
}

function costProps(cost: { amount: number; unit: string; currency: string } | null | undefined): Record<string, unknown> {
  if (cost === undefined) return {};
  return { costAmount: cost?.amount ?? null, costUnit: cost?.unit ?? null, costCurrency: cost?.currency ?? null };
}

async function fetchIntervention(tx: Tx, id: string, userId: string): Promise<Model> {
  const row = await tx.one<InterventionRow>('interventions/get', { id, userId });
  if (!row) throw notFound();
  return row.intervention;
}

const targetIds = (i: Model): string[] => (i.targetPersonIds as string[] | undefined) ?? [];

async function targetPeople(ctx: Ctx, i: Model): Promise<Model[]> {
  const c = authed(ctx);
  if (!can(c.user.role, 'read', 'person')) throw forbidden();
  const ids = targetIds(i);
  // Already read (and audited) in this request, e.g. with the board's people.
  if (ids.every((id) => c.cache.people.has(id))) return ids.map((id) => c.cache.people.get(id)!);
  return audited(c, 'READ', 'Intervention.targetPeople', async (tx, seen) => {
    const rows = await tx.rows<{ person: Model }>('interventions/target-people', { id: String(i.id), userId: c.user.id });
    const people = rows.map((r) => r.person);
    for (const p of people) c.cache.people.set(String(p.id), p);
    seen.addAll(people.map((p) => String(p.id)));
    return people;
  });
}

export const interventionResolvers: Resolvers = {
  Query: {
    intervention: guard('read', 'intervention', (args: QueryInterventionArgs, ctx) =>
      audited(ctx, 'READ', 'Query.intervention', async (tx, seen) => {
        const row = await tx.one<InterventionRow>('interventions/get', { id: args.id, userId: ctx.user.id });
        if (row) seen.addAll(targetIds(row.intervention));
        return row?.intervention ?? null;
      }),
    ),
  },
  Mutation: {
    createIntervention: guard('create', 'intervention', (args: MutationCreateInterventionArgs, ctx) => {
      const input = validate(createInterventionInput, args.input);
      const id = newId('intervention');
      const links: Links = {
        personIds: input.targetPersonIds ?? [], groupIds: input.targetGroupIds ?? [],
        areaIds: input.targetAreaIds ?? [], involvedIds: input.involvedAgencyIds ?? [],
        strengthensIds: input.strengthensFactorIds ?? [], reducesIds: input.reducesFactorIds ?? [],
        setAgency: true, agencyId: input.responsibleAgencyId ?? null, setContact: true, contactId: input.responsibleContactId ?? null,
      };
      const props = {
        title: input.title, description: input.description ?? null, level: input.level, status: input.status ?? 'PLANNED',
        ...costProps(input.cost ?? null),
      };
      return audited(ctx, 'CREATE', 'Mutation.createIntervention', async (tx, seen) => {
        await checkRefs(tx, input.boardId, ctx.user.id, links);
        await tx.one('interventions/create', {
          id, boardId: input.boardId, props,
          startDate: input.startDate ?? null, endDate: input.endDate ?? null, nextFollowUp: input.nextFollowUp ?? null,
        });
        await tx.one('interventions/links-set', { id, ...links });
        const created = await fetchIntervention(tx, id, ctx.user.id);
        seen.addAll(targetIds(created));
        return created;
      });
    }),
    updateIntervention: guard('update', 'intervention', (args: MutationUpdateInterventionArgs, ctx) => {
      const input = validate(updateInterventionInput, args.input);
      const props: Record<string, unknown> = { ...costProps(input.cost) };
      for (const key of ['title', 'level', 'status'] as const) if (input[key]) props[key] = input[key];
      if (input.description !== undefined) props.description = input.description;
      const dates: Record<string, string | null> = {};
      for (const key of ['startDate', 'endDate', 'nextFollowUp'] as const) if (input[key] !== undefined) dates[key] = input[key] ?? null;
      const links: Links = {
        personIds: input.targetPersonIds ?? null, groupIds: input.targetGroupIds ?? null,
        areaIds: input.targetAreaIds ?? null, involvedIds: input.involvedAgencyIds ?? null,
        strengthensIds: input.strengthensFactorIds ?? null, reducesIds: input.reducesFactorIds ?? null,
        setAgency: input.responsibleAgencyId !== undefined, agencyId: input.responsibleAgencyId ?? null,
        setContact: input.responsibleContactId !== undefined, contactId: input.responsibleContactId ?? null,
      };
      const writeId = newId('revision');
      return audited(ctx, 'UPDATE', 'Mutation.updateIntervention', (tx, seen) =>
        versionedUpdate(
          tx, 'interventions/lock', { id: input.id, userId: ctx.user.id }, input.version, writeId,
          async (lock) => {
            const current = lock.current as Model;
            // People it targeted until now are touched too (they may be dropped by this edit).
            seen.addAll(targetIds(current));
            const start = 'startDate' in dates ? dates.startDate : (current.startDate as string | null);
            const end = 'endDate' in dates ? dates.endDate : (current.endDate as string | null);
            if (start && end && end < start) throw badInput([{ field: 'endDate', key: 'validation.validToBeforeFrom' }]);
            await checkRefs(tx, String(lock.boardId), ctx.user.id, links);
            await tx.one('interventions/update', { id: input.id, props, dates, writeId });
            await tx.one('interventions/links-set', { id: input.id, ...links });
            const updated = await fetchIntervention(tx, input.id, ctx.user.id);
            seen.addAll(targetIds(updated));
            return updated;
          },
          (current) => {
            seen.addAll(targetIds(current));
            return current;
          },
        ),
      );
    }),
    addFollowUp,
  },
  Intervention: {
    description: (i) => (i.description as string | null) ?? null,
    responsibleAgency: (i, _a, ctx) => agencyRef(ctx, i.responsibleAgencyId as string | null),
    responsibleContact: (i, _a, ctx) => contactById(ctx, i.responsibleContactId as string | null),
    targetPeople: (i, _a, ctx) => targetPeople(ctx, i),
    // Groups that have left every board of the viewer's since are left out, not an error.
    targetGroups: async (i, _a, ctx) => {
      const groups = await Promise.all(((i.targetGroupIds as string[] | undefined) ?? []).map((id) => groupRef(ctx, id)));
      return groups.filter((g): g is Model => g !== null);
    },
    targetAreas: async (i, _a, ctx) => {
      const areas = await Promise.all(((i.targetAreaIds as string[] | undefined) ?? []).map((id) => areaById(ctx, id)));
      return areas.filter((a): a is Model => a !== null);
    },
    involvedAgencies: async (i, _a, ctx) => {
      const agencies = await Promise.all(((i.involvedAgencyIds as string[] | undefined) ?? []).map((id) => agencyRef(ctx, id)));
      return agencies.filter((a): a is Model => a !== null);
    },
    commitments: (i) => (i.commitments as Model[] | undefined) ?? [],
    followUpOverdue: (i) => followUpOverdue(i, today()),
    strengthens: (i, _a, ctx) => factorsByIds(ctx, (i.strengthensIds as string[] | undefined) ?? []),
    reduces: (i, _a, ctx) => factorsByIds(ctx, (i.reducesIds as string[] | undefined) ?? []),
    cost: (i) =>
      i.costAmount === null || i.costAmount === undefined
        ? null
        : { amount: Number(i.costAmount), unit: i.costUnit, currency: i.costCurrency },
    followUps: (i) => (i.followUps as Model[] | undefined) ?? [],
  },
  FollowUp: followUpResolvers,
};
