// Validates GraphQL inputs with zod and turns issues into translated, per-field errors.
import type { z } from 'zod';
import { badInput, type FieldError } from './errors.js';

type Issue = z.core.$ZodIssue;

function keyFor(issue: Issue): FieldError {
  const field = issue.path.map(String).join('.') || 'input';
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? { field, key: Number(issue.minimum) === 1 ? 'validation.required' : 'validation.tooShort', params: { min: Number(issue.minimum) } }
        : issue.origin === 'array'
          ? { field, key: 'validation.tooFew', params: { min: Number(issue.minimum) } }
          : { field, key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { field, key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
        : issue.origin === 'array'
          ? { field, key: 'validation.tooMany', params: { max: Number(issue.maximum) } }
          : { field, key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { field, key: 'validation.invalidFormat' };
    case 'invalid_value':
      return { field, key: 'validation.invalidChoice' };
    case 'invalid_type':
      return { field, key: issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.invalid' };
    case 'custom':
      return { field, key: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' };
    default:
      return { field, key: 'validation.invalid' };
  }
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw badInput(r.error.issues.map(keyFor));
}
