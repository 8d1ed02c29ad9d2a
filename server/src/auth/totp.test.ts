import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, totpCode, totpUri } from './totp.js';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 2, 2, 9, 0, 10);

  it('accepts the current code and its neighbours, not older ones or malformed ones', async () => {
    const step = Math.floor(now / 30_000);
    expect(await checkTotp(secret, await totpCode(secret, now), null, now)).toBe(step);
    expect(await checkTotp(secret, await totpCode(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(await checkTotp(secret, await totpCode(secret, now + 30_000), null, now)).toBe(step + 1);
    expect(await checkTotp(secret, await totpCode(secret, now - 120_000), null, now)).toBeNull();
    for (const bad of ['', '12345', '1234567', 'abcdef', '12 456', "' OR 1=1"]) expect(await checkTotp(secret, bad, null, now)).toBeNull();
  });

  it('never accepts a code from a step already used', async () => {
    const code = await totpCode(secret, now);
    const step = (await checkTotp(secret, code, null, now))!;
    expect(await checkTotp(secret, code, step, now)).toBeNull();
    expect(await checkTotp(secret, await totpCode(secret, now + 30_000), step, now)).toBe(step + 1);
  });

  it('refuses another secret’s code', async () => {
    expect(await checkTotp(newTotpSecret(), await totpCode(secret, now), null, now)).toBeNull();
  });

  it('makes an otpauth URI for authenticator apps', () => {
    expect(totpUri(secret, 'analyst')).toMatch(new RegExp(`^otpauth://totp/Tavla:analyst\\?secret=${secret}&issuer=Tavla$`));
  });
});
