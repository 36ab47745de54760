import type { Executor } from '../services';

/** Reads one installation setting. */
export async function readSetting(db: Executor, key: string): Promise<string | null> {
  const row = await db.selectFrom('system_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

/** Writes one installation setting. */
export async function writeSetting(db: Executor, key: string, value: string, now: Date): Promise<void> {
  const values = { value, updated_at: now.toISOString() };
  await db
    .insertInto('system_settings')
    .values({ key, ...values })
    .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
    .execute();
}
