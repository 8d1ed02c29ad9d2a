import { describe, expect, it } from 'vitest';
import { ApiError, fieldMessage, otherFieldProblems, saveDialog } from './errors.js';

const invalid = new ApiError('BAD_USER_INPUT', 'Check the fields.', [{ field: 'input.alias', message: 'Too long.' }, { field: 'agencyIds.0', message: 'Unknown agency.' }]);

describe('field problems', () => {
  it('match a form field by its last name, and the rest are left for the general alert', () => {
    expect(fieldMessage(invalid, 'alias')).toBe('Too long.');
    expect(fieldMessage(invalid, 'name')).toBeUndefined();
    expect(otherFieldProblems(invalid, ['alias'])).toEqual([{ field: 'agencyIds.0', message: 'Unknown agency.' }]);
    expect(otherFieldProblems(null, ['alias'])).toBeUndefined();
  });
});

describe('saveDialog', () => {
  const run = async (work: () => Promise<unknown>) => {
    const log: string[] = [];
    await saveDialog(work, {
      setError: (e) => log.push(`field:${e.code}`), onError: (e) => log.push(`report:${e.code}`), onClose: () => log.push('close'), setBusy: (b) => log.push(`busy:${b}`),
    });
    return log;
  };

  it('closes after a save that worked', async () => {
    expect(await run(async () => undefined)).toEqual(['busy:true', 'close', 'busy:false']);
  });

  it('keeps the dialog open with the field messages on invalid input', async () => {
    expect(await run(async () => { throw invalid; })).toEqual(['busy:true', 'field:BAD_USER_INPUT', 'busy:false']);
  });

  it('reports anything else and closes', async () => {
    expect(await run(async () => { throw new ApiError('STALE_VERSION', 'Changed meanwhile.'); })).toEqual(['busy:true', 'report:STALE_VERSION', 'close', 'busy:false']);
  });
});
