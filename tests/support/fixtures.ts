// Helpers the feature integration tests share: each test file builds its own board and people
// (the demo case is shared by every file and stays untouched), and reads the database directly to
// check what a request did or did not write, and which access-log rows it left.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import type { GqlResult, TestClient } from './client.js';

/** A unique marker text, so a test can look for exactly what it wrote. */
export function marker(label: string): string {
  return `${label} ${randomUUID().slice(0, 8)}`;
}

export async function createBoard(client: TestClient, title = marker('Test board')): Promise<string> {
  const d = await client.ok<{ createBoard: { id: string } }>(
    'mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }',
    { input: { title } },
  );
  return d.createBoard.id;
}

export async function createPerson(client: TestClient, boardId: string, alias = marker('Testperson')): Promise<string> {
  const d = await client.ok<{ createPerson: { id: string } }>(
    'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { input: { boardId, kind: 'YOUNG_PERSON', alias } },
  );
  return d.createPerson.id;
}

export async function createGroup(client: TestClient, boardId: string, name = marker('Testgruppe')): Promise<{ id: string; version: number }> {
  const d = await client.ok<{ createGroup: { id: string; version: number } }>(
    'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id version } }',
    { input: { boardId, name } },
  );
  return d.createGroup;
}

/** An id of the right kind that exists nowhere. */
export function missingId(prefix: string): string {
  return `${prefix}_${randomUUID()}`;
}

export async function userId(db: Db, username: string): Promise<string> {
  const row = await db.read((tx) => tx.one<{ id: string }>('users/by-username', { username }));
  if (!row) throw new Error(`no demo user ${username}`);
  return row.id;
}

export async function addToTeam(client: TestClient, db: Db, boardId: string, username: string): Promise<void> {
  await client.ok('mutation($b: ID!, $u: ID!) { addTeamMember(boardId: $b, userId: $u) { id } }', { b: boardId, u: await userId(db, username) });
}

// ---- what was written ----

export async function node(db: Db, id: string): Promise<Record<string, unknown> | null> {
  const row = await db.read((tx) => tx.one<{ node: Record<string, unknown> }>('test/node', { id }));
  return row?.node ?? null;
}

export async function rel(db: Db, id: string): Promise<Record<string, unknown> | null> {
  const row = await db.read((tx) => tx.one<{ rel: Record<string, unknown> }>('test/rel', { id }));
  return row?.rel ?? null;
}

/** Nodes and relationships holding this marker text anywhere a write would put it. */
export async function countMarked(db: Db, text: string): Promise<number> {
  const row = await db.read((tx) => tx.one<{ nodes: number; rels: number }>('test/count-named', { marker: text }));
  return (row?.nodes ?? 0) + (row?.rels ?? 0);
}

export async function relCounts(db: Db, id: string): Promise<Record<string, number>> {
  const rows = await db.read((tx) => tx.rows<{ type: string; n: number }>('test/person-rels', { id }));
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

// ---- the access log ----

export interface AuditRow {
  id: string;
  at: string;
  userId: string;
  username: string;
  role: string;
  agencyId: string | null;
  action: string;
  purpose: string;
  personIds: string[];
}

const auditKeys = ['action', 'agencyId', 'at', 'id', 'personIds', 'purpose', 'role', 'userId', 'username'];

/** The database's clock now: pass it to auditSince after the call under test. */
export async function auditMark(db: Db): Promise<string> {
  const row = await db.read((tx) => tx.one<{ now: string }>('test/now'));
  return row!.now;
}

export async function auditSince(db: Db, since: string): Promise<AuditRow[]> {
  const rows = await db.read((tx) => tx.rows<{ event: AuditRow }>('test/audit-since', { since }));
  return rows.map((r) => r.event);
}

/**
 * Runs `call` and checks it left exactly one access-log row, with this action, purpose and people,
 * and nothing but the log's own fields: none of `secrets` (values the call read or wrote) in it.
 */
export async function expectOneAudit<T>(
  db: Db,
  call: () => Promise<T>,
  want: { action: string; purpose: string; personIds: string[]; username?: string },
  secrets: string[] = [],
): Promise<T> {
  const since = await auditMark(db);
  const result = await call();
  const rows = await auditSince(db, since);
  expect(rows.map((r) => `${r.action} ${r.purpose}`)).toEqual([`${want.action} ${want.purpose}`]);
  const row = rows[0]!;
  expect(row.personIds).toEqual([...want.personIds].sort());
  if (want.username) expect(row.username).toBe(want.username);
  // Only the log's own fields (agencyId is absent for users without an agency).
  expect(Object.keys(row).sort()).toEqual(auditKeys.filter((k) => k !== 'agencyId' || row.agencyId != null));
  const text = JSON.stringify(row);
  for (const s of secrets) expect(text).not.toContain(s);
  return result;
}

/** Runs `call` and checks it left no access-log row at all. */
export async function expectNoAudit<T>(db: Db, call: () => Promise<T>): Promise<T> {
  const since = await auditMark(db);
  const result = await call();
  expect(await auditSince(db, since)).toEqual([]);
  return result;
}

// ---- errors ----

export function errorCode(r: GqlResult): string | undefined {
  return r.errors?.[0]?.extensions?.code as string | undefined;
}

/** A refused input: BAD_USER_INPUT with a translated message per field. */
export function expectBadInput(r: GqlResult, fields: Record<string, string>): void {
  expect(r.errors, JSON.stringify(r.errors)).toHaveLength(1);
  expect(errorCode(r)).toBe('BAD_USER_INPUT');
  const got = Object.fromEntries(((r.errors![0]!.extensions?.fields as { field: string; message: string }[]) ?? []).map((f) => [f.field, f.message]));
  expect(got).toEqual(fields);
}

export function expectCode(r: GqlResult, code: string): void {
  expect(r.errors, JSON.stringify(r.data)).toBeDefined();
  expect(errorCode(r)).toBe(code);
}
