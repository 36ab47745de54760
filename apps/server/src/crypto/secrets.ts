import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Thrown when a secret file exists but cannot be used. */
export class SecretFileError extends Error {
  override name = 'SecretFileError';
}

/**
 * Returns the 32-byte secret kept in `<dataDir>/secrets/<name>.key`, generating it on first use.
 * The file is created exclusively with mode 0600, so two processes starting together cannot
 * both write one, and only the service's own user can read it. The value is never logged.
 * @throws SecretFileError when the file is unreadable, malformed or readable by others.
 */
export function ensureSecretFile(dataDir: string, name: string): Buffer {
  const directory = path.join(dataDir, 'secrets');
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, `${name}.key`);
  try {
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new SecretFileError(`${file} is readable by other users (mode ${mode.toString(8)}); run chmod 600 on it`);
  }
  const value = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (value.length !== 32) throw new SecretFileError(`${file} does not hold a 32-byte base64 key`);
  return value;
}

/** Replaces a secret file atomically (used by master-key rotation). */
export function replaceSecretFile(dataDir: string, name: string, value: Buffer): void {
  const file = path.join(dataDir, 'secrets', `${name}.key`);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${value.toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  fs.renameSync(temporary, file);
}
