// Password hashing with argon2id (the `argon2` package, maintained bindings to the reference C
// implementation). Parameters follow OWASP's minimum for argon2id (19 MiB, t=2, p=1).
import argon2 from 'argon2';

const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the username is unknown keeps the answer's timing the same as
// for a wrong password.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('tavla-not-a-real-password');
  return dummy;
}
