// A short-lived, per-process memory of which session belongs to which user, so a request does
// not pay a database round trip just to learn its user's role. It is an optimisation only:
// - every read or write of a person's data re-checks the session inside its own transaction
//   (audit/audit.ts), so logout, expiry and disabling hide personal data at once everywhere;
// - this process forgets a session the moment it logs out, rotates or is disabled here;
// - another instance may serve non-personal data (board titles, catalogues) to a session ended
//   elsewhere for at most SESSION_CACHE_SECONDS.
import type { AuthUser } from '../graphql/context.js';

interface Entry {
  user: AuthUser;
  until: number;
}

const MAX_ENTRIES = 10_000;

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: () => number) {}

  get(sessionId: string, now = Date.now()): AuthUser | undefined {
    const e = this.entries.get(sessionId);
    if (!e) return undefined;
    if (e.until <= now) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return e.user;
  }

  set(user: AuthUser, now = Date.now()): void {
    const ttl = this.ttlMs();
    if (ttl <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first: a Map iterates in insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(user.sessionId, { user, until: now + ttl });
  }

  forget(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    for (const [id, e] of this.entries) if (e.user.id === userId) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}

let ttlSeconds = 5;
export function setSessionCacheSeconds(seconds: number): void {
  ttlSeconds = seconds;
  if (seconds <= 0) sessionCache.clear();
}

export const sessionCache = new SessionCache(() => ttlSeconds * 1000);
