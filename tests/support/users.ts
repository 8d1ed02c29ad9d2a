// Throwaway accounts for the security tests (the demo users are shared by every test file, so a
// test that disables, locks or enrols an account uses its own).
import { randomUUID } from 'node:crypto';
import { sessionIdOf } from '../../server/src/auth/sessions.js';
import type { TestClient } from './client.js';

export const testPassword = 'fiktivt-lösenord-42';

export interface TestUser {
  id: string;
  username: string;
}

export async function createTestUser(admin: TestClient, role: string, label = 'sec', agencyId?: string): Promise<TestUser> {
  const username = `${label}-${randomUUID().slice(0, 8)}`;
  const d = await admin.ok<{ createUser: { id: string } }>(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username, displayName: `Test ${label}`, password: testPassword, role, ...(agencyId ? { agencyId } : {}) } },
  );
  return { id: d.createUser.id, username };
}

/** The database id of the session behind a client's cookie. */
export function sessionOf(client: TestClient): string {
  const token = client.cookie?.split('=')[1];
  if (!token) throw new Error('client has no session cookie');
  return sessionIdOf(token);
}

export const loginMutation = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id username } }';
export const totpLoginMutation = 'mutation($u: String!, $p: String!, $c: String!) { loginWithTotp(username: $u, password: $p, code: $c) { id username } }';
