import { describe, expect, it } from 'vitest';
import { ID_PREFIX, seedId, uuidV5 } from './ids.js';
import type { IdKind } from './ids.js';

describe('uuidV5', () => {
  it('matches the RFC 4122 name-based UUID for a known name', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('sets version 5 and the RFC 4122 variant, in lowercase', () => {
    const u = uuidV5('3f6c1f8e-5b7a-4d2e-9c41-7a0d2b8e6f15', 'person:Æble');
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow(/Not a UUID/);
  });
});

describe('seedId', () => {
  it('is stable across calls', () => {
    expect(seedId('person', 'yusuf')).toBe(seedId('person', 'yusuf'));
    // Pinned, so a change to the namespace or the hashed name (which would duplicate every
    // seeded node on the next load) fails loudly.
    expect(seedId('person', 'yusuf')).toBe('per_c7cb74a3-90a8-57dc-83bb-6ef95ef3c72a');
  });

  it('differs per key and per kind, and carries the kind prefix', () => {
    expect(seedId('person', 'yusuf')).not.toBe(seedId('person', 'mikkel'));
    const kinds = Object.keys(ID_PREFIX) as IdKind[];
    const uuids = kinds.map((k) => seedId(k, 'same-key').split('_')[1]);
    expect(new Set(uuids).size).toBe(kinds.length);
    for (const k of kinds) expect(seedId(k, 'same-key').startsWith(`${ID_PREFIX[k]}_`)).toBe(true);
  });

  it('uses the prefixes of docs/data-model.md', () => {
    expect(Object.values(ID_PREFIX).sort()).toEqual(
      ['act', 'agy', 'are', 'brd', 'cns', 'com', 'con', 'dec', 'fac', 'fas', 'fup', 'gl', 'grp', 'inf', 'int', 'lvl', 'mem', 'par', 'per', 'pla', 'ral', 'rep', 'rev', 'tie', 'usr'],
    );
  });
});
