/**
 * Password hashing with argon2id (RFC 9106), at OWASP's minimum for argon2id: 19 MiB of
 * memory, 2 passes, 1 lane. The PHC string it returns ($argon2id$v=19$m=19456,t=2,p=1$…)
 * carries its salt and parameters, so stronger settings later still verify old hashes.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm is an ambient const enum, which isolated modules cannot read: its Argon2id member is 2
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verifies against a throw-away hash, so an unknown account costs the same time as a wrong password. */
export async function spendVerifyTime(password: string): Promise<void> {
  dummy ??= hashPassword('metasift-timing-equaliser');
  await verifyPassword(await dummy, password);
}
