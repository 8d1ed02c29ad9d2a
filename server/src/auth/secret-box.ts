// TOTP secrets are stored encrypted (AES-256-GCM), so a copy of the database alone does not
// let anyone mint second-factor codes. The key comes from TOTP_ENCRYPTION_KEY; outside
// production, when it is unset, from a key file generated on first use (data/ is gitignored).
// The user id is bound in as associated data: a ciphertext moved to another user does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keyBytes, type Config } from '../config.js';

const version = 'v1';

export function encryptSecret(key: Buffer, plaintext: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [version, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** The plaintext, or null when the box was not made with this key for this user (or is damaged). */
export function decryptSecret(key: Buffer, box: string, boundTo: string): string | null {
  const [v, iv, tag, body] = box.split('.');
  if (v !== version || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

const keys = new Map<string, Buffer>();

/** The key TOTP secrets are sealed with (read once per config). */
export function secretKey(config: Config): Buffer {
  if (config.TOTP_ENCRYPTION_KEY) return keyBytes(config.TOTP_ENCRYPTION_KEY)!;
  if (config.NODE_ENV === 'production') throw new Error('TOTP_ENCRYPTION_KEY is required in production');
  const file = config.TOTP_KEY_FILE;
  let key = keys.get(file);
  if (!key) {
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      try {
        writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (e) {
        // Another instance made it first: use theirs.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    chmodSync(file, 0o600);
    const read = keyBytes(readFileSync(file, 'utf8'));
    if (!read) throw new Error(`${file} does not hold a 256-bit key`);
    key = read;
    keys.set(file, key);
  }
  return key;
}
