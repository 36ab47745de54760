import crypto from 'node:crypto';
import { LIMITS } from '@ctip/contracts';
import { keyedDigest } from '../../auth/tokens';
import type { KeyRing } from '../../crypto/key-ring';

// Crockford's base32 without the look-alikes, so codes survive being written on paper.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Fresh recovery codes, `xxxxx-xxxxx` (50 bits each). */
export function generateRecoveryCodes(count: number = LIMITS.recoveryCodeCount): string[] {
  return Array.from({ length: count }, () => {
    const characters = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
    return `${characters.slice(0, 5)}-${characters.slice(5)}`;
  });
}

/** Normalises what a user typed: case, spaces and the dash do not matter. */
export function normaliseRecoveryCode(code: string): string {
  const compact = code.toLowerCase().replace(/[\s-]/g, '');
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

/**
 * The stored form: a keyed digest, so that a copy of the database cannot be brute-forced
 * offline for the codes without the server's key.
 */
export function hashRecoveryCode(keyRing: KeyRing, code: string): string {
  return keyedDigest(keyRing.key('blind_index', 1), 'recovery-code', normaliseRecoveryCode(code));
}
