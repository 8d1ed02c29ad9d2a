// Password hashing with argon2id through @node-rs/argon2 (maintained Rust bindings, shipped
// prebuilt per platform as ordinary npm packages: nothing compiles at install, and the C
// bindings' prebuilt binary crashed on a clean Debian install). Parameters follow OWASP's
// minimum for argon2id (19 MiB, t=2, p=1); argon2id is the library's default algorithm.
import { hash, verify } from '@node-rs/argon2';

const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
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
