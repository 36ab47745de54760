import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { open, seal } from './aead';

/**
 * What each data key is for. Only field keys rotate with `ctip keys rotate`: blind-index and
 * audit keys must stay stable for existing indexes and the hash chain to keep verifying;
 * master-key rotation re-wraps all of them.
 */
export type KeyPurpose = 'field' | 'blind_index' | 'audit';

const PURPOSES: KeyPurpose[] = ['field', 'blind_index', 'audit'];

function wrapAssociatedData(purpose: KeyPurpose, version: number): string {
  return `ctip key ${purpose} v${version}`;
}

/**
 * The unwrapped data keys, held in memory for the life of the process. Data keys live in the
 * database wrapped (encrypted) by the master key, which lives outside it (data dir or env).
 */
export class KeyRing {
  private constructor(private readonly keys: Map<string, Buffer>, private readonly current: Map<KeyPurpose, number>) {}

  /**
   * Loads every data key, creating version 1 of each purpose on first start.
   * @throws DecryptionError when the master key does not open the stored keys.
   */
  static async load(db: Kysely<Database>, masterKey: Buffer, now: () => Date = () => new Date()): Promise<KeyRing> {
    for (const purpose of PURPOSES) {
      const existing = await db.selectFrom('key_ring').select('version').where('purpose', '=', purpose).executeTakeFirst();
      if (!existing) {
        await db
          .insertInto('key_ring')
          .values({ purpose, version: 1, wrapped_key: wrapKey(masterKey, purpose, 1, crypto.randomBytes(32)), created_at: now().toISOString(), retired_at: null })
          .onConflict((conflict) => conflict.doNothing())
          .execute();
      }
    }
    const rows = await db.selectFrom('key_ring').selectAll().execute();
    const keys = new Map<string, Buffer>();
    const current = new Map<KeyPurpose, number>();
    for (const row of rows) {
      const purpose = row.purpose as KeyPurpose;
      keys.set(`${purpose}:${row.version}`, unwrapKey(masterKey, purpose, row.version, row.wrapped_key));
      if (row.retired_at === null && row.version > (current.get(purpose) ?? 0)) current.set(purpose, row.version);
    }
    return new KeyRing(keys, current);
  }

  /** The version new values of this purpose are written with. */
  currentVersion(purpose: KeyPurpose): number {
    const version = this.current.get(purpose);
    if (version === undefined) throw new Error(`no current ${purpose} key`);
    return version;
  }

  /** A data key by purpose and version. @throws Error when that version is unknown. */
  key(purpose: KeyPurpose, version = this.currentVersion(purpose)): Buffer {
    const key = this.keys.get(`${purpose}:${version}`);
    if (!key) throw new Error(`unknown ${purpose} key version ${version}`);
    return key;
  }
}

/** Encrypts a data key under the master key, bound to its purpose and version. */
export function wrapKey(masterKey: Buffer, purpose: KeyPurpose, version: number, key: Buffer): string {
  return seal(masterKey, key, wrapAssociatedData(purpose, version)).toString('base64');
}

/** Decrypts a wrapped data key. @throws DecryptionError with the wrong master key. */
export function unwrapKey(masterKey: Buffer, purpose: KeyPurpose, version: number, wrapped: string): Buffer {
  return open(masterKey, Buffer.from(wrapped, 'base64'), wrapAssociatedData(purpose, version));
}
