import { describe, expect, it } from 'vitest';
import { describeFilter, pictureFilter } from './validation.js';

describe('the filter in an export record', () => {
  it('keeps only what was set, lists sorted, keys in a fixed order', () => {
    const a = describeFilter({ minStrength: 3, hiddenTieTypes: ['FRIEND', 'CONFLICT'], hiddenValences: [], asOf: null, labels: 'INITIALS' });
    const b = describeFilter({ labels: 'INITIALS', hiddenTieTypes: ['CONFLICT', 'FRIEND'], minStrength: 3 });
    expect(a).toBe('{"hiddenTieTypes":["CONFLICT","FRIEND"],"labels":"INITIALS","minStrength":3}');
    expect(b).toBe(a);
    expect(describeFilter(null)).toBe('');
    expect(describeFilter({ hiddenAgencies: [] })).toBe('');
    expect(describeFilter({ withoutPolice115: false })).toBe('');
    expect(describeFilter({ withoutPolice115: true, minStrength: 2 })).toBe('{"minStrength":2,"withoutPolice115":true}');
    expect(describeFilter({ withoutUnexportable: true, withoutPolice115: false })).toBe('{"withoutUnexportable":true}');
  });

  it('accepts ids and values only: no free text can reach the log', () => {
    expect(pictureFilter.safeParse({ hiddenAgencies: ['none'] }).success).toBe(true);
    expect(pictureFilter.safeParse({ hiddenAgencies: ['Politiet Nord'] }).success).toBe(false);
    expect(pictureFilter.safeParse({ focusPersonId: 'Yusuf' }).success).toBe(false);
    expect(pictureFilter.safeParse({ focusSteps: 3 }).success).toBe(false);
    expect(pictureFilter.safeParse({ note: 'x' }).data).toEqual({});
  });
});
