// Commitments from meetings: who (an agency contact or a team member) does what by when, linked
// to an intervention. They live with the intervention's board, so the same team reaches them, and
// a commitment is about the people its intervention targets: writes are audited with them.
import type { Resolvers, MutationAddCommitmentArgs, MutationUpdateCommitmentArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, notFound, unauthenticated, type FieldError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { required } from '../graphql/refs.js';
import { selectedFields } from '../graphql/selection.js';
import { contactById } from '../agencies/resolvers.js';
import { commitmentOverdue } from '../overdue/rules.js';
import { addCommitmentInput, updateCommitmentInput } from './validation.js';

interface Refs {
  contactOk: boolean;
  userOk: boolean;
  targetPersonIds: string[];
}

async function checkRefs(tx: Tx, interventionId: string, userId: string, contactId: string | null, assigneeUserId: string | null): Promise<Refs> {
  const r = await tx.one<Refs>('commitments/refs', { interventionId, userId, contactId, assigneeUserId });
  if (!r) throw notFound();
  const fields: FieldError[] = [];
  if (!r.contactOk) fields.push({ field: 'assigneeContactId', key: 'validation.unknownReference' });
  if (!r.userOk) fields.push({ field: 'assigneeUserId', key: 'validation.notOnTeam' });
  if (fields.length) throw badInput(fields);
  return r;
}

async function fetchCommitment(tx: Tx, id: string, userId: string): Promise<Model> {
  const row = await tx.one<{ commitment: Model }>('commitments/get', { id, userId });
  if (!row) throw notFound();
  return row.commitment;
}

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

export const commitmentResolvers: Resolvers = {
  Mutation: {
    addCommitment: guard('create', 'intervention', (args: MutationAddCommitmentArgs, ctx) => {
      const input = validate(addCommitmentInput, args.input);
      const id = newId('commitment');
      const contactId = input.assigneeContactId ?? null;
      const assigneeUserId = input.assigneeUserId ?? null;
      return audited(ctx, 'CREATE', 'Mutation.addCommitment', async (tx, seen) => {
        const refs = await checkRefs(tx, input.interventionId, ctx.user.id, contactId, assigneeUserId);
        await tx.one('commitments/add', {
          id, interventionId: input.interventionId, what: input.what, dueDate: input.dueDate, agreedOn: input.agreedOn ?? null, contactId, assigneeUserId,
        });
        seen.addAll(refs.targetPersonIds);
        return fetchCommitment(tx, id, ctx.user.id);
      });
    }),
    updateCommitment: guard('update', 'intervention', (args: MutationUpdateCommitmentArgs, ctx) => {
      const input = validate(updateCommitmentInput, args.input);
      const props: Record<string, unknown> = {};
      const dates: Record<string, string | null> = {};
      if (input.what) props.what = input.what;
      if (input.dueDate) dates.dueDate = input.dueDate;
      if (typeof input.done === 'boolean') {
        props.done = input.done;
        dates.doneOn = input.done ? today() : null;
      }
      const setAssignee = Boolean(input.assigneeContactId || input.assigneeUserId);
      const contactId = input.assigneeContactId ?? null;
      const assigneeUserId = input.assigneeUserId ?? null;
      const writeId = newId('revision');
      return audited(ctx, 'UPDATE', 'Mutation.updateCommitment', (tx, seen) =>
        versionedUpdate(
          tx, 'commitments/lock', { id: input.id, userId: ctx.user.id }, input.version, writeId,
          async (lock) => {
            const refs = await checkRefs(tx, String(lock.interventionId), ctx.user.id, contactId, assigneeUserId);
            seen.addAll(refs.targetPersonIds);
            // Marking done again keeps the day it was first done.
            if (props.done === true && (lock.current as Model).done === true) delete dates.doneOn;
            await tx.one('commitments/update', { id: input.id, props, dates, setAssignee, contactId, assigneeUserId, writeId });
            return fetchCommitment(tx, input.id, ctx.user.id);
          },
          (current) => current,
        ),
      );
    }),
  },
  Commitment: {
    intervention: (c, _a, ctx, info) => {
      // The commitment already carries the id: echoing it needs no (audited) read.
      if ([...selectedFields(info)].every((f) => f === 'id' || f === '__typename')) return { id: c.interventionId };
      const a = authed(ctx);
      return required(
        audited(a, 'READ', 'Commitment.intervention', async (tx, seen) => {
          const row = await tx.one<{ intervention: Model }>('interventions/get', { id: String(c.interventionId), userId: a.user.id });
          if (row) seen.addAll((row.intervention.targetPersonIds as string[] | undefined) ?? []);
          return row?.intervention ?? null;
        }),
      );
    },
    assigneeContact: (c, _a, ctx) => contactById(ctx, c.assigneeContactId as string | null),
    assigneeUser: (c) => (c.assigneeUser as Model | null) ?? null,
    agreedOn: (c) => (c.agreedOn as string | null) ?? null,
    doneOn: (c) => (c.doneOn as string | null) ?? null,
    done: (c) => c.done === true,
    overdue: (c) => commitmentOverdue(c, today()),
  },
};
