// Errors a client may see. Each carries an i18n key; the message is translated into the
// request's language just before the response is sent (graphql/i18n-plugin.ts). Anything else
// thrown is masked as INTERNAL.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'STALE_VERSION'
  | 'CONFLICT'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  /** The password was right; the account's TOTP code is needed too (loginWithTotp). */
  | 'SECOND_FACTOR_REQUIRED'
  /** The role must use a second factor and this session has none: enrol one first. */
  | 'SECOND_FACTOR_ENROLMENT_REQUIRED';

export interface FieldError {
  field: string;
  key: string;
  params?: Record<string, unknown>;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, key: string, params: Record<string, unknown> = {}, fields: FieldError[] = []) {
    super(key, { extensions: { code, i18nKey: key, i18nParams: params, fieldErrors: fields } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'errors.unauthenticated');
export const forbidden = () => new AppError('FORBIDDEN', 'errors.forbidden');
/** A denied record looks exactly like a missing one. */
export const notFound = () => new AppError('NOT_FOUND', 'errors.notFound');
export const stale = () => new AppError('STALE_VERSION', 'errors.stale');
export const badInput = (fields: FieldError[]) => new AppError('BAD_USER_INPUT', 'errors.badInput', {}, fields);
