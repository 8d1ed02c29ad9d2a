import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';
import type { AuthUser } from '../graphql/context.js';
import type { UserId } from '../shared/ids.js';

const user = (sessionId: string, id = 'usr_a'): AuthUser =>
  ({ id: id as UserId, username: 'u', displayName: 'U', role: 'MEMBER', agencyId: null, sessionId, secondFactor: false, totpEnabled: false }) as AuthUser;

describe('session cache', () => {
  it('remembers a session until its time is up', () => {
    const c = new SessionCache(() => 5000);
    c.set(user('s1'), 1000);
    expect(c.get('s1', 5999)?.sessionId).toBe('s1');
    expect(c.get('s1', 6000)).toBeUndefined();
  });

  it('forgets a session, or all of a user\'s sessions, at once', () => {
    const c = new SessionCache(() => 5000);
    c.set(user('s1', 'usr_a'));
    c.set(user('s2', 'usr_a'));
    c.set(user('s3', 'usr_b'));
    c.forget('s1');
    expect(c.get('s1')).toBeUndefined();
    c.forgetUser('usr_a');
    expect(c.get('s2')).toBeUndefined();
    expect(c.get('s3')?.sessionId).toBe('s3');
  });

  it('stores nothing when switched off', () => {
    const c = new SessionCache(() => 0);
    c.set(user('s1'));
    expect(c.get('s1')).toBeUndefined();
  });
});
