import { open, seal } from './aead';
import type { KeyRing } from './key-ring';

/** Where an encrypted value belongs; it will not decrypt anywhere else. */
export interface FieldLocation {
  table: string;
  column: string;
  rowId: string;
}

const PREFIX = 'ctip1';

function associatedData(location: FieldLocation, version: number): string {
  return `${location.table}\u0000${location.column}\u0000${location.rowId}\u0000${version}`;
}

/**
 * Encrypts one field value for storage: `ctip1:<key version>:<base64 iv|ciphertext|tag>`.
 * The key version travels with the value so rotation can proceed row by row.
 */
export function encryptField(keyRing: KeyRing, location: FieldLocation, plaintext: string): string {
  const version = keyRing.currentVersion('field');
  const sealed = seal(keyRing.key('field', version), Buffer.from(plaintext, 'utf8'), associatedData(location, version));
  return `${PREFIX}:${version}:${sealed.toString('base64')}`;
}

/** Encrypts a value that may be absent. */
export function encryptOptional(keyRing: KeyRing, location: FieldLocation, plaintext: string | null | undefined): string | null {
  return plaintext === null || plaintext === undefined ? null : encryptField(keyRing, location, plaintext);
}

/** The key version an encrypted value was written with. @throws Error on a malformed value. */
export function fieldKeyVersion(stored: string): number {
  const [prefix, version] = stored.split(':', 2);
  const parsed = Number(version);
  if (prefix !== PREFIX || !Number.isInteger(parsed)) throw new Error('not an encrypted field value');
  return parsed;
}

/**
 * Decrypts a stored value at its location.
 * @throws DecryptionError when the value was altered or belongs to another row or column.
 */
export function decryptField(keyRing: KeyRing, location: FieldLocation, stored: string): string {
  const version = fieldKeyVersion(stored);
  const body = stored.slice(stored.indexOf(':', PREFIX.length + 1) + 1);
  return open(keyRing.key('field', version), Buffer.from(body, 'base64'), associatedData(location, version)).toString('utf8');
}

/** Decrypts a value that may be absent. */
export function decryptOptional(keyRing: KeyRing, location: FieldLocation, stored: string | null): string | null {
  return stored === null ? null : decryptField(keyRing, location, stored);
}

const BINARY_FORMAT = 1;

/**
 * Encrypts binary content (an attachment) bound to its location:
 * one format byte, the key version (4 bytes), then iv|ciphertext|tag.
 */
export function encryptBinary(keyRing: KeyRing, location: FieldLocation, plaintext: Buffer): Buffer {
  const version = keyRing.currentVersion('field');
  const header = Buffer.alloc(5);
  header.writeUInt8(BINARY_FORMAT, 0);
  header.writeUInt32BE(version, 1);
  return Buffer.concat([header, seal(keyRing.key('field', version), plaintext, associatedData(location, version))]);
}

/** The key version of binary content. @throws Error when it is not encrypted content. */
export function binaryKeyVersion(stored: Buffer): number {
  if (stored.length < 5 || stored.readUInt8(0) !== BINARY_FORMAT) throw new Error('not encrypted binary content');
  return stored.readUInt32BE(1);
}

/** Decrypts binary content at its location. @throws DecryptionError when altered or moved. */
export function decryptBinary(keyRing: KeyRing, location: FieldLocation, stored: Buffer): Buffer {
  const version = binaryKeyVersion(stored);
  return open(keyRing.key('field', version), stored.subarray(5), associatedData(location, version));
}
