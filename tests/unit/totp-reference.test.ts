// The tests' own RFC 6238 implementation (tests/support/totp.ts) against the RFC's test vectors,
// so the browser test's codes are right for a reason that does not depend on the server.
import { describe, expect, it } from 'vitest';
import { base32Decode, totpAt } from '../support/totp.js';

// RFC 6238 appendix B, SHA-1 column: the key is the ASCII "12345678901234567890", 8 digits.
const key = Buffer.from('12345678901234567890', 'ascii');
const base32Key = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('the tests’ TOTP', () => {
  it('decodes base32 as RFC 4648 says', () => {
    expect(base32Decode(base32Key)).toEqual(key);
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(key);
    expect(base32Decode('MZXW6YTBOI')).toEqual(Buffer.from('foobar'));
  });

  it('gives the RFC 6238 appendix B codes', () => {
    const vectors: [number, string][] = [
      [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'],
      [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
    ];
    for (const [t, code] of vectors) expect(totpAt(base32Key, t * 1000, 8), String(t)).toBe(code);
    // Six digits are the last six of the same value.
    expect(totpAt(base32Key, 59_000)).toBe('287082');
  });
});
