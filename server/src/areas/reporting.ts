// Filing situation reports (staff and outside reporters alike), and what a reporter sees: the event
// types, a check of the text before sending, and their own reports. Reports are about places:
// a valid identity number in the text refuses the report; what looks like a name only warns.
import type {
  Resolvers, MutationCreateSituationReportArgs, QueryCheckReportTextArgs, QueryMyReportsArgs, TextWarning as ApiWarning,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { guard } from '../graphql/guard.js';
import { badInput, type FieldError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { pageSize } from '../shared/paging.js';
import { EVENT_TYPES, isEventType } from './eventTypes.js';
import { blocks, checkText, type TextWarning } from './textcheck.js';
import { createSituationReportInput, reportPlaceInput, reportTextInput } from './validation.js';

const translate = (lang: Lang, w: TextWarning): ApiWarning => ({ ...w, message: t(lang, `situation.warnings.${w.kind}`) });

export function fileSituationReport(args: MutationCreateSituationReportArgs, ctx: AuthedCtx): Promise<Model> {
  const input = validate(createSituationReportInput, args.input);
  const { placeId } = validate(reportPlaceInput, { placeId: args.input.placeId });
  if (input.text && blocks(checkText(input.text))) throw badInput([{ field: 'text', key: 'validation.identityNumber' }]);
  const id = newId('report');
  return ctx.db.write(async (tx) => {
    const refs = await tx.one<{ areaOk: boolean; placeOk: boolean }>('areas/report-refs', { areaId: input.areaId, placeId: placeId ?? null });
    const fields: FieldError[] = [];
    if (!refs?.areaOk) fields.push({ field: 'areaId', key: 'validation.unknownReference' });
    else if (!refs.placeOk) fields.push({ field: 'placeId', key: 'validation.placeNotInArea' });
    if (fields.length) throw badInput(fields);
    const row = await tx.one<{ report: Model }>('areas/report-create', {
      id,
      areaId: input.areaId,
      placeId: placeId ?? null,
      userId: ctx.user.id,
      week: input.week,
      level: input.level,
      eventTypes: input.eventTypes ?? [],
      text: input.text ?? null,
      // The reporter is who is logged in, never what the client claims.
      reporterName: ctx.user.displayName,
      organisation: input.organisation,
    });
    return row!.report;
  });
}

export const reportingResolvers: Resolvers = {
  Query: {
    eventTypes: guard('create', 'ownReport', (_args: unknown, ctx) =>
      EVENT_TYPES.map((key) => ({ key, label: t(ctx.lang, `situation.eventTypes.${key}`) })),
    ),
    checkReportText: guard('create', 'ownReport', (args: QueryCheckReportTextArgs, ctx) => {
      const { text } = validate(reportTextInput, args);
      return checkText(text).map((w) => translate(ctx.lang, w));
    }),
    myReports: guard('read', 'ownReport', async (args: QueryMyReportsArgs, ctx) => {
      const rows = await ctx.db.read((tx) => tx.rows<{ report: Model }>('areas/my-reports', { userId: ctx.user.id, limit: pageSize(args.first, 200) }));
      return rows.map((r) => r.report);
    }),
  },
  SituationReport: {
    place: async (r, _a, ctx: Ctx) => {
      if (!r.placeId) return null;
      const row = await ctx.db.read((tx) => tx.one<{ place: Model }>('areas/place-get', { id: String(r.placeId) }));
      return row?.place ?? null;
    },
    events: (r, _a, ctx) =>
      ((r.eventTypes as string[] | undefined) ?? []).map((e) =>
        isEventType(e) ? { key: e, label: t(ctx.lang, `situation.eventTypes.${e}`) } : { key: null, label: e },
      ),
    warnings: (r, _a, ctx) => (r.text ? checkText(String(r.text)).map((w) => translate(ctx.lang, w)) : []),
  },
};
