// RFC 6238 time-based one-time codes (otplib: 30-second steps, 6 digits, SHA-1, which is what
// authenticator apps implement). A code is accepted one step either side of now, for clock
// drift, and never twice: the caller stores the step a code was used at and passes it back.
import { generate, generateSecret, generateURI, verify } from 'otplib';

export const codeFormat = /^[0-9]{6}$/;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: 'Tavla', label: username, secret });
}

/** The time step the code belongs to, or null when it is wrong, malformed, or already used. */
export async function checkTotp(secret: string, code: string, lastUsedStep: number | null, now = Date.now()): Promise<number | null> {
  if (!codeFormat.test(code)) return null;
  try {
    const r = await verify({
      secret,
      token: code,
      epoch: Math.floor(now / 1000),
      epochTolerance: 30,
      ...(lastUsedStep !== null ? { afterTimeStep: lastUsedStep } : {}),
    });
    // otplib answers for HOTP and TOTP alike; only a TOTP result carries the time step.
    return r.valid && 'timeStep' in r && typeof r.timeStep === 'number' ? r.timeStep : null;
  } catch {
    return null;
  }
}

/** For tests and for showing a code in a demo: the current code of a secret. */
export function totpCode(secret: string, now = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now / 1000) });
}
