import { describe, expect, it } from 'vitest';
import { defaultSince, lastMeetingBefore } from './lastMeeting.js';

describe('last meeting', () => {
  it('is the latest meeting before today, not today’s', () => {
    expect(lastMeetingBefore('2026-11-22', ['2026-11-08', '2026-11-15', '2026-11-22'])).toBe('2026-11-15');
    expect(lastMeetingBefore('2026-11-22', ['2026-11-22', '2026-12-01'])).toBeNull();
  });

  it('falls back to a week ago', () => {
    expect(defaultSince('2026-11-22', null)).toBe('2026-11-15');
    expect(defaultSince('2026-11-22', '2026-11-01')).toBe('2026-11-01');
  });
});
