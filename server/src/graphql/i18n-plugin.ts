// Translates client-facing errors into the request's language and masks everything else:
// clients never see a stack trace, an internal message or echoed input.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Ctx } from './context.js';
import { t } from '../i18n/index.js';
import type { FieldError } from '../shared/errors.js';

function translate(err: GraphQLFormattedError, ctx: Ctx): GraphQLFormattedError {
  const ext = (err.extensions ?? {}) as Record<string, unknown>;
  const key = ext.i18nKey as string | undefined;
  if (!key) return err;
  const fields = ((ext.fieldErrors as FieldError[] | undefined) ?? []).map((f) => ({ field: f.field, message: t(ctx.lang, f.key, f.params) }));
  const { i18nKey: _k, i18nParams, fieldErrors: _f, ...rest } = ext;
  return {
    ...err,
    message: t(ctx.lang, key, i18nParams as Record<string, unknown>),
    extensions: { ...rest, ...(fields.length ? { fields } : {}) },
  };
}

export const i18nPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => translate(e, contextValue));
        }
      },
    };
  },
};
