import { sql } from 'kysely';
import type { Executor } from '../../services';

/** Every document of a kind, in its sort order, parsed. */
export async function listReferenceItems<T>(db: Executor, kind: string): Promise<T[]> {
  const rows = await db.selectFrom('reference_items').select('data').where('kind', '=', kind).orderBy('sort_key').execute();
  return rows.map((row) => JSON.parse(row.data) as T);
}

/** A page of reference statistics, filtered by indicator and text. */
export async function listStatistics<T>(db: Executor, filters: { indicator?: string | undefined; search?: string | undefined }, page: { page: number; pageSize: number }): Promise<{ items: T[]; total: number }> {
  let query = db.selectFrom('reference_items').where('kind', '=', 'statistic');
  if (filters.indicator) query = query.where('indicator', '=', filters.indicator);
  if (filters.search) query = query.where('search_text', 'like', `%${filters.search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
  const { total } = await query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();
  const rows = await query.select('data').orderBy('sort_key').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute();
  return { items: rows.map((row) => JSON.parse(row.data) as T), total: Number(total) };
}

/** Provinces, by code. */
export async function listProvinces<T>(db: Executor): Promise<T[]> {
  const rows = await db.selectFrom('provinces').select('data').orderBy('code').execute();
  return rows.map((row) => JSON.parse(row.data) as T).sort((a, b) => Number(String((a as { code: string }).code).slice(3)) - Number(String((b as { code: string }).code).slice(3)));
}

/** Countries, by English name. */
export async function listCountries<T>(db: Executor): Promise<T[]> {
  const rows = await db.selectFrom('countries').select('data').orderBy('name_en').execute();
  return rows.map((row) => JSON.parse(row.data) as T);
}
