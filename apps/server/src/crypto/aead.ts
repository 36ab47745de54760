import crypto from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with associated data. The associated data is not stored: it binds a ciphertext
 * to where it belongs (a key to its purpose, a value to its table, column and row), so a value
 * copied elsewhere fails to decrypt instead of decrypting in the wrong place.
 */
export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** Thrown when a sealed value was altered, moved, or sealed with another key. */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

/**
 * Opens a value made by {@link seal} with the same key and associated data.
 * @throws DecryptionError when authentication fails.
 */
export function open(key: Buffer, sealed: Buffer, associatedData: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('sealed value is too short');
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new DecryptionError('value failed authentication');
  }
}
