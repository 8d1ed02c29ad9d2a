// importNetwork: a GraphML file or CSV edge list into a board, all or nothing. The file is parsed
// first (off the request thread when large) and a bad file is refused naming its line or element,
// before the database is touched; then one audited transaction matches, creates and ties.
import type { ImportError } from '../analysis/index.js';
import { IMPORT_LIMITS, TIE_TYPES } from '../analysis/index.js';
import type { Resolvers, MutationImportNetworkArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { AppError, badInput, forbidden, notFound } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { today } from '../shared/fields.js';
import { validate } from '../shared/validate.js';
import { t, type Lang } from '../i18n/index.js';
import { requireAll } from './compute.js';
import { badAlias, lower, matchPeople, planTies, type PlanProblem } from './import-plan.js';
import { analysisRunner } from './runner.js';
import { importInput } from './validation.js';
import { basisErrors } from '../consents/legal.js';
import { basisAllows } from '../consents/basis.js';

type Problem = (Pick<ImportError, 'code' | 'line' | 'element'> | PlanProblem) & { line?: number; element?: string };

/** BAD_USER_INPUT with a sentence naming where the problem is, and the place as data for the UI. */
export function importError(lang: Lang, p: Problem): AppError {
  const where =
    p.element !== undefined
      ? p.line !== undefined
        ? t(lang, 'analysis.import.where.element', { line: p.line, element: p.element })
        : t(lang, 'analysis.import.where.elementOnly', { element: p.element })
      : p.line !== undefined
        ? t(lang, 'analysis.import.where.line', { line: p.line })
        : t(lang, 'analysis.import.where.file');
  const max = { TOO_LARGE: IMPORT_LIMITS.maxChars, TOO_MANY_PEOPLE: IMPORT_LIMITS.maxPeople, TOO_MANY_TIES: IMPORT_LIMITS.maxTies, VALUE_TOO_LONG: IMPORT_LIMITS.maxValueLength }[p.code as string];
  const problem = t(lang, `analysis.import.problem.${p.code}`, {
    where, max, types: TIE_TYPES.join(', '), alias: 'alias' in p ? p.alias : undefined, other: 'other' in p ? p.other : undefined,
  });
  const err = new AppError('BAD_USER_INPUT', 'analysis.import.badFile', { problem });
  Object.assign(err.extensions, { importError: p.code, line: p.line ?? null, element: p.element ?? null });
  return err;
}

export const importResolvers: Resolvers = {
  Mutation: {
    importNetwork: guard('create', 'person', async (args: MutationImportNetworkArgs, ctx) => {
      requireAll(ctx, 'create', 'tie');
      const input = validate(importInput, args);
      // Imported ties rest on the basis named here; a consent cannot be named for a whole file.
      const basis = basisErrors({ legalBasis: input.legalBasis ?? 'CONSENT', statuteCode: input.statuteCode }, ctx.config.LEGAL_STATUTES);
      if (basis.length) throw badInput(basis);
      // The user shares the file's ties as their own agency's (consents/basis.ts: §115 only by the police's analysts).
      if (!(await basisAllows(ctx, 'create', { legalBasis: input.legalBasis ?? 'CONSENT', sourceAgencyId: ctx.user.agencyId }))) throw forbidden();
      const parsed = await analysisRunner().run(null, { kind: 'parse', format: input.format, text: input.data }).promise;
      if (!parsed.ok) throw importError(ctx.lang, parsed.error);
      const aliasProblem = badAlias(parsed.people);
      if (aliasProblem) throw importError(ctx.lang, aliasProblem);

      // Generated before the transaction: a retried transaction writes the same ids.
      const personIds = parsed.people.map(() => newId('person'));
      const tieIds = parsed.ties.map(() => newId('tie'));
      const day = today();
      const base = { boardId: input.boardId, userId: ctx.user.id };
      const result = await audited(ctx, 'CREATE', 'Mutation.importNetwork', async (tx, seen) => {
        const board = await tx.one<{ boardId: string; people: Model[] }>('analysis/import-match-people', {
          ...base, aliases: [...new Set(parsed.people.map((p) => lower(p.alias)))],
        });
        if (!board) throw notFound();
        const people = matchPeople(parsed.people, board.people, personIds, input.format === 'CSV');
        if ('code' in people) throw importError(ctx.lang, people);
        const existing = people.matched.length > 1
          ? await tx.rows<{ source: string; target: string; type: string; directed: boolean | null }>('analysis/import-existing-ties', {
              personIds: people.matched.map((p) => String(p.id)), asOf: day, userId: ctx.user.id,
            })
          : [];
        const ties = planTies(parsed.ties, people.idOf, existing, tieIds);
        if ('code' in ties) throw importError(ctx.lang, ties);
        const created = people.create.length
          ? (await tx.rows<{ person: Model }>('analysis/import-create-people', { ...base, rows: people.create })).map((r) => r.person)
          : [];
        const tieCount = ties.rows.length
          ? ((await tx.one<{ created: number }>('analysis/import-create-ties', {
              ...base, rows: ties.rows, sourceAgencyId: ctx.user.agencyId, legalBasis: input.legalBasis ?? 'CONSENT', statuteCode: input.statuteCode ?? null, validFrom: day,
            }))?.created ?? 0)
          : 0;
        // Both ends of every tie are on the board by now; anything else is a bug, and rolls back.
        if (created.length !== people.create.length || tieCount !== ties.rows.length) throw new Error('import wrote less than planned');
        seen.addAll(people.idOf.values());
        return { created, matched: people.matched, order: [...new Set(parsed.people.map((p) => people.idOf.get(p.key)!))], tiesCreated: tieCount, tiesSkipped: ties.skipped };
      });
      const byId = new Map([...result.created, ...result.matched].map((p) => [String(p.id), p]));
      for (const [id, p] of byId) ctx.cache.people.set(id, p);
      return {
        peopleCreated: result.created.length,
        peopleMatched: result.matched.length,
        tiesCreated: result.tiesCreated,
        tiesSkipped: result.tiesSkipped,
        people: result.order.map((id) => byId.get(id)!),
      };
    }),
  },
};
