// Server errors arrive translated (x-tavla-lang) with a code; this turns whatever Apollo throws
// into one shape the UI can act on: a stale edit, invalid fields, a lost session, or the rest.
import { CombinedGraphQLErrors } from '@apollo/client';

export type ErrorCode =
  | 'UNAUTHENTICATED' | 'SECOND_FACTOR_REQUIRED' | 'SECOND_FACTOR_ENROLMENT_REQUIRED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'STALE_VERSION' | 'CONFLICT' | 'INTERNAL' | 'UNAVAILABLE' | 'NETWORK';

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (CombinedGraphQLErrors.is(err)) {
    const first = err.errors[0];
    const ext = (first?.extensions ?? {}) as { code?: string; fields?: FieldProblem[] };
    return new ApiError((ext.code as ErrorCode) ?? 'INTERNAL', first?.message ?? err.message, Array.isArray(ext.fields) ? ext.fields : []);
  }
  return new ApiError('NETWORK', err instanceof Error ? err.message : String(err));
}

/** The message for a field, if the server named one ('input.alias' and 'alias' both match). */
export function fieldMessage(error: ApiError | null, field: string): string | undefined {
  return error?.fields.find((f) => f.field === field || f.field.endsWith(`.${field}`))?.message;
}
