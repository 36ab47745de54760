import crypto from 'node:crypto';
import type { KeyRing } from './key-ring';

/**
 * A keyed blind index for exact search over an encrypted field (the CipherSweet design): the
 * HMAC of the normalised value under a key the database never sees, separated per field so
 * equal values in two fields do not reveal each other. 128 bits are kept: enough that
 * accidental collisions do not occur, while the index still reveals nothing without the key.
 */
export function blindIndex(keyRing: KeyRing, field: string, normalisedValue: string): string {
  return crypto
    .createHmac('sha256', keyRing.key('blind_index', 1))
    .update(`${field}\u0000${normalisedValue}`, 'utf8')
    .digest('hex')
    .slice(0, 32);
}

/**
 * The normalisation most exact-match fields want: Unicode NFKC, case folded, every run of
 * whitespace and punctuation removed (so "+855 12-345 678" and "85512345678" meet).
 */
export function normaliseForIndex(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
