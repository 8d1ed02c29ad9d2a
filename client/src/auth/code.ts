// How TOTP codes and keys are typed: apps show codes as "123 456", and a key is easier to copy
// from one screen to another in groups of four.

/** A code as typed, or null when it is not six digits. */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/\s+/g, '');
  return /^[0-9]{6}$/.test(code) ? code : null;
}

/** A base32 key in groups of four. */
export function groupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
