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
  return error?.fields.find((f) => isField(f, field))?.message;
}

/** Whether a server field name is this form field ('input.alias' and 'alias' both are 'alias'). */
export function isField(problem: FieldProblem, field: string): boolean {
  return problem.field === field || problem.field.endsWith(`.${field}`);
}

/** The field problems no field of the form shows, for the form's general alert. */
export function otherFieldProblems(error: ApiError | null, shown: readonly string[]): FieldProblem[] | undefined {
  return error?.fields.filter((f) => !shown.some((k) => isField(f, k)));
}

/**
 * A dialog's save: closes when it worked; invalid input keeps the dialog open with the server's
 * field messages; anything else (refused, stale, lost session) is reported and the dialog closes.
 */
export async function saveDialog(
  work: () => Promise<unknown>,
  h: { setError(e: ApiError): void; onError(e: ApiError): void; onClose(): void; setBusy?(busy: boolean): void },
): Promise<void> {
  h.setBusy?.(true);
  try {
    await work();
    h.onClose();
  } catch (err) {
    const api = toApiError(err);
    if (api.code === 'BAD_USER_INPUT') h.setError(api);
    else {
      h.onError(api);
      h.onClose();
    }
  } finally {
    h.setBusy?.(false);
  }
}
