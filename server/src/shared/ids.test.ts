import { describe, expect, it } from 'vitest';
import { idOf, isId, newId } from './ids.js';
import { validate } from './validate.js';
import { AppError } from './errors.js';

describe('ids', () => {
  it('carry their kind, so a person id is not a group id', () => {
    const p = newId('person');
    expect(p).toMatch(/^per_[0-9a-f-]{36}$/);
    expect(isId('person', p)).toBe(true);
    expect(isId('group', p)).toBe(false);
    expect(idOf('group').safeParse(p).success).toBe(false);
    expect(idOf('person').safeParse(p).success).toBe(true);
  });

  it('reject look-alikes', () => {
    expect(isId('person', 'per_not-a-uuid')).toBe(false);
    expect(isId('person', `per_${'0'.repeat(36)}`)).toBe(false);
    expect(isId('person', ` ${newId('person')}`)).toBe(false);
  });

  it('turn into a per-field BAD_USER_INPUT error', () => {
    try {
      validate(idOf('board'), newId('person'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).extensions.code).toBe('BAD_USER_INPUT');
      expect((e as AppError).extensions.fieldErrors).toEqual([{ field: 'input', key: 'validation.badId' }]);
    }
  });
});
