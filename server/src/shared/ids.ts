// Branded, prefixed ids: a PersonId is never accepted where a GroupId is expected, at compile
// time (brand) and at run time (prefix checked at every trust boundary).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export const idPrefix = {
  person: 'per',
  tie: 'tie',
  group: 'grp',
  membership: 'mem',
  groupLink: 'gl',
  board: 'brd',
  community: 'com',
  participation: 'par',
  area: 'are',
  place: 'pla',
  agency: 'agy',
  contact: 'con',
  factor: 'fac',
  assessment: 'fas',
  intervention: 'int',
  followUp: 'fup',
  commitment: 'cmt',
  user: 'usr',
  report: 'rep',
  audit: 'aud',
  revision: 'rev',
  // Issue 7: area levels, readiness alerts, meetings and what they decide.
  levelChange: 'lvl',
  alert: 'ral',
  meeting: 'mtg',
  decision: 'dec',
  actionItem: 'act',
  notification: 'ntf',
  // Issue 6: consents and the information shared about a person.
  consent: 'cns',
  information: 'inf',
} as const;

export type IdKind = keyof typeof idPrefix;
export type Id<K extends IdKind> = string & { readonly __idKind: K };
export type PersonId = Id<'person'>;
export type TieId = Id<'tie'>;
export type GroupId = Id<'group'>;
export type BoardId = Id<'board'>;
export type UserId = Id<'user'>;

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export function newId<K extends IdKind>(kind: K): Id<K> {
  return `${idPrefix[kind]}_${randomUUID()}` as Id<K>;
}

export function isId<K extends IdKind>(kind: K, value: string): value is Id<K> {
  return new RegExp(`^${idPrefix[kind]}_${uuid}$`).test(value);
}

/** zod schema for an id of one kind; the error key is translated ('validation.badId'). */
export function idOf<K extends IdKind>(kind: K) {
  return z.string().refine((v) => isId(kind, v), { message: 'validation.badId' }) as unknown as z.ZodType<Id<K>>;
}
