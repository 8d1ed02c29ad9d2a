// The weekly follow-up of an intervention: progress, a note, the factor levels observed since
// the last one (each recorded as an assessment in the person's history) and, optionally, the
// next follow-up date. One transaction, one audit row naming the targeted and observed people.
import type { FollowUpResolvers, MutationAddFollowUpArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { badInput, forbidden, notFound, unauthenticated, type FieldError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { today } from '../shared/fields.js';
import { noteAllowed } from '../assessments/notes.js';
import { addFollowUpInput } from './validation.js';

interface ObservationCheck {
  badPeople: string[];
  badFactors: string[];
  retiredFactors: string[];
}

/** Per-observation field errors (observations.2.personId …), so the form can point at the row. */
function observationErrors(obs: { personId: string; factorId: string; note: string | null }[], check: ObservationCheck, noteOk: boolean): FieldError[] {
  const fields: FieldError[] = [];
  obs.forEach((o, i) => {
    if (check.badPeople.includes(o.personId)) fields.push({ field: `observations.${i}.personId`, key: 'validation.notOnBoard' });
    if (check.badFactors.includes(o.factorId)) fields.push({ field: `observations.${i}.factorId`, key: 'validation.unknownReference' });
    else if (check.retiredFactors.includes(o.factorId)) fields.push({ field: `observations.${i}.factorId`, key: 'validation.factorRetired' });
    if (o.note && !noteOk) fields.push({ field: `observations.${i}.note`, key: 'validation.noteOtherAgency' });
  });
  return fields;
}

export const addFollowUp = guard('create', 'intervention', (args: MutationAddFollowUpArgs, ctx: AuthedCtx) => {
  const input = validate(addFollowUpInput, args.input);
  const date = input.date ?? today();
  const obs = (input.observations ?? []).map((o) => ({
    id: newId('assessment'), personId: o.personId, factorId: o.factorId, level: o.level,
    legalBasis: o.legalBasis ?? 'CONSENT', note: o.note ?? null,
  }));
  if (obs.length && !can(ctx.user.role, 'create', 'assessment')) throw forbidden();
  // Observations come from the writer's agency, so their notes are that agency's.
  const sourceAgencyId = ctx.user.agencyId ?? null;
  const noteOk = noteAllowed(ctx.user, 'create', sourceAgencyId);
  const id = newId('followUp');
  const writeId = newId('revision');
  return audited(ctx, 'CREATE', 'Mutation.addFollowUp', async (tx, seen) => {
    if (obs.length) {
      const check = await tx.one<ObservationCheck>('interventions/observations-check', {
        interventionId: input.interventionId, userId: ctx.user.id, personIds: obs.map((o) => o.personId), factorIds: obs.map((o) => o.factorId),
      });
      if (!check) throw notFound();
      const fields = observationErrors(obs, check, noteOk);
      if (fields.length) throw badInput(fields);
    }
    const row = await tx.one<{ followUp: Model; targetPersonIds: string[] }>('interventions/follow-up-add', {
      id, interventionId: input.interventionId, userId: ctx.user.id, date, progress: input.progress, note: input.note ?? null,
    });
    if (!row) throw notFound();
    const observed = obs.length
      ? await tx.rows<{ assessment: Model; person: Model }>('interventions/observations-add', { followUpId: id, date, sourceAgencyId, observations: obs })
      : [];
    if (input.nextFollowUp) await tx.one('interventions/next-follow-up-set', { id: input.interventionId, nextFollowUp: input.nextFollowUp, writeId });
    seen.addAll(row.targetPersonIds);
    seen.addAll(observed.map((o) => String(o.person.id)));
    // Read in this audited transaction: nested fields need not log them again.
    for (const o of observed) ctx.cache.people.set(String(o.person.id), o.person);
    return { ...row.followUp, observations: observed.map((o) => o.assessment) };
  });
});

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

export const followUpResolvers: FollowUpResolvers = {
  note: (f) => (f.note as string | null) ?? null,
  // Observed levels are the observed people's data: shown to roles that may read assessments,
  // and logged unless this request already read (and logged) those people.
  observations: async (f, _a, ctx) => {
    const list = (f.observations as Model[] | undefined) ?? [];
    if (list.length === 0) return [];
    const c = authed(ctx);
    if (!can(c.user.role, 'read', 'assessment')) throw forbidden();
    const ids = [...new Set(list.map((a) => String(a.personId)))];
    if (!ids.every((pid) => c.cache.people.has(pid))) {
      await audited(c, 'READ', 'FollowUp.observations', async (_tx, seen) => seen.addAll(ids));
    }
    return list;
  },
};
