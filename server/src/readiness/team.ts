// The municipality's readiness team: leaders with a mandate to start interventions, called together
// by any one of them. Membership is data (an ADMIN keeps it), so it is checked here and in the
// Cypher, after the policy's role gate.
import type { Resolvers, MutationSetReadinessTeamMemberArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { AppError, badInput } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { teamMemberInput } from './validation.js';

export const notOnTeam = () => new AppError('FORBIDDEN', 'situation.errors.notOnReadinessTeam');

export async function requireTeamMember(tx: Tx, userId: string): Promise<void> {
  const row = await tx.one<{ member: boolean }>('readiness/is-member', { userId });
  if (!row?.member) throw notOnTeam();
}

interface MemberRow { user: Model; since: string; email: string | null }

async function members(ctx: AuthedCtx): Promise<Model[]> {
  const rows = await ctx.db.read((tx) => tx.rows<MemberRow>('readiness/team'));
  return rows.map((r) => ({
    user: r.user,
    since: r.since,
    // Where someone's alerts go is for them and the admin who keeps the team.
    email: ctx.user.role === 'ADMIN' || r.user.id === ctx.user.id ? r.email : null,
  }));
}

export const teamResolvers: Resolvers = {
  Query: {
    readinessTeam: guard('read', 'readinessTeam', (_args: unknown, ctx) => members(ctx)),
  },
  Mutation: {
    setReadinessTeamMember: guard('update', 'readinessTeam', async (args: MutationSetReadinessTeamMemberArgs, ctx) => {
      const input = validate(teamMemberInput, args);
      const row = await ctx.db.write((tx) =>
        input.member
          ? tx.one('readiness/team-set', { userId: input.userId, email: input.email ?? null })
          : tx.one('readiness/team-remove', { userId: input.userId }),
      );
      if (!row) throw badInput([{ field: 'userId', key: 'validation.unknownReference' }]);
      return members(ctx);
    }),
  },
};
