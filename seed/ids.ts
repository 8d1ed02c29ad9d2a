// Deterministic ids for seed entries. Reloading the seed must MERGE the same nodes, so an id is a
// name-based (version 5) UUID of the entry's kind and key rather than a random one; the prefix
// names the kind as docs/data-model.md requires.
import { createHash } from 'node:crypto';

export const ID_PREFIX = {
  person: 'per',
  group: 'grp',
  tie: 'tie',
  tieRevision: 'rev',
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
  user: 'usr',
  report: 'rep',
  levelChange: 'lvl',
  alert: 'ral',
  decision: 'dec',
  actionItem: 'act',
  consent: 'cns',
  information: 'inf',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

/** Tavla's own namespace, so seed ids never collide with UUIDs other systems derive from the same names. */
export const SEED_NAMESPACE = '3f6c1f8e-5b7a-4d2e-9c41-7a0d2b8e6f15';

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`Not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

/** RFC 4122 name-based UUID (SHA-1, version 5), lowercase. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `<prefix>_<uuid>`; the kind is part of the hashed name so equal keys of different kinds differ. */
export function seedId(kind: IdKind, key: string): string {
  return `${ID_PREFIX[kind]}_${uuidV5(SEED_NAMESPACE, `${kind}:${key}`)}`;
}
