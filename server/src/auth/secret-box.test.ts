import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret, secretKey } from './secret-box.js';
import { loadConfig } from '../config.js';

describe('secret box', () => {
  const key = randomBytes(32);

  it('opens what it sealed, for the same user only, with the same key only', () => {
    const box = encryptSecret(key, 'JBSWY3DPEHPK3PXP', 'usr_a');
    expect(box).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(key, box, 'usr_a')).toBe('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(key, box, 'usr_b')).toBeNull();
    expect(decryptSecret(randomBytes(32), box, 'usr_a')).toBeNull();
  });

  it('seals the same secret differently every time and refuses a tampered box', () => {
    const a = encryptSecret(key, 'S', 'u');
    expect(encryptSecret(key, 'S', 'u')).not.toBe(a);
    const parts = a.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    expect(decryptSecret(key, [...parts.slice(0, 3), body.toString('base64url')].join('.'), 'u')).toBeNull();
    expect(decryptSecret(key, 'garbage', 'u')).toBeNull();
  });

  it('outside production, makes a private key file once and keeps using it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tavla-key-')), 'sub', 'totp.key');
    const config = loadConfig({ TOTP_KEY_FILE: file });
    const k1 = secretKey(config);
    expect(k1).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(secretKey(loadConfig({ TOTP_KEY_FILE: file }))).toEqual(k1);
    expect(readFileSync(file, 'utf8').trim()).toBe(k1.toString('hex'));
  });

  it('uses TOTP_ENCRYPTION_KEY when set', () => {
    const hex = randomBytes(32).toString('hex');
    expect(secretKey(loadConfig({ TOTP_ENCRYPTION_KEY: hex })).toString('hex')).toBe(hex);
  });
});
