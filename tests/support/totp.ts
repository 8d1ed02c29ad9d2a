// RFC 6238 time-based one-time codes, written here from the RFC with node:crypto (HMAC-SHA-1,
// 30-second steps, dynamic truncation of RFC 4226), so tests check the server's TOTP against an
// implementation that shares no code with it (the server uses otplib).
import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, as authenticator apps take keys (no padding, case and spaces ignored). */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The HOTP value (RFC 4226 section 5.3) of a key at a counter. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const h = createHmac('sha1', key).update(msg).digest();
  const offset = h[h.length - 1]! & 0x0f;
  const bin = ((h[offset]! & 0x7f) << 24) | (h[offset + 1]! << 16) | (h[offset + 2]! << 8) | h[offset + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/** The TOTP code of a base32 key at a time (ms), with 30-second steps from the Unix epoch. */
export function totpAt(base32Key: string, timeMs = Date.now(), digits = 6): string {
  return hotp(base32Decode(base32Key), Math.floor(timeMs / 1000 / 30), digits);
}
