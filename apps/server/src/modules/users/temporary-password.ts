import crypto from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password (about 80 bits), readable aloud; it must be changed at first sign-in. */
export function generateTemporaryPassword(): string {
  const characters = Array.from({ length: 16 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
  return characters.match(/.{4}/g)!.join('-');
}
