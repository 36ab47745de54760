import argon2 from 'argon2';

/** Cost of argon2id, at or above OWASP's minimum (19 MiB, 2 iterations, 1 lane). */
export interface PasswordHashingCost {
  memoryKib: number;
  iterations: number;
}

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export function hashPassword(password: string, cost: PasswordHashingCost): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: cost.memoryKib, timeCost: cost.iterations, parallelism: 1 });
}

/** Checks a password against a stored hash; false (never a throw) on a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * A hash of a random password with the configured cost. Sign-in verifies against it when the
 * account does not exist, so that both cases take the same time (SECURITY.md 10).
 */
export function dummyPasswordHash(cost: PasswordHashingCost): Promise<string> {
  dummyHash ??= hashPassword(`no account ${Math.random()}`, cost);
  return dummyHash;
}
