import { randomUUID } from 'node:crypto';
import type { Services } from '../services';

/** The country pack's code for the organisation that runs the platform by default. */
export const DEFAULT_OPERATOR_CODE = 'kh-ncct';

/**
 * Makes sure one organisation runs the platform (its administrators administer every
 * organisation). By default that is Cambodia's National Committee for Counter Trafficking,
 * whose secretariat coordinates the national response; resolves to its id.
 */
export async function ensurePlatformOperator(services: Services): Promise<string> {
  const existing = await services.db.selectFrom('organisations').select('id').where('is_platform_operator', '=', 1).executeTakeFirst();
  if (existing) return existing.id;
  const byCode = await services.db.selectFrom('organisations').select('id').where('code', '=', DEFAULT_OPERATOR_CODE).executeTakeFirst();
  const now = services.now().toISOString();
  if (byCode) {
    await services.db.updateTable('organisations').set({ is_platform_operator: 1, updated_at: now }).where('id', '=', byCode.id).execute();
    return byCode.id;
  }
  const id = randomUUID();
  await services.db
    .insertInto('organisations')
    .values({
      id,
      code: DEFAULT_OPERATOR_CODE,
      name_en: 'National Committee for Counter Trafficking',
      name_km: 'គណៈកម្មាធិការជាតិប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្ស',
      acronym: 'NCCT',
      kind: 'government_body',
      country_code: 'KH',
      is_platform_operator: 1,
      status: 'active',
      source: 'country_pack',
      is_demo: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
