import type { Executor } from '../../services';

/** Replaces every stored province boundary with a new set (one row per province). */
export async function replaceBoundaries(db: Executor, rows: Array<{ provinceCode: string; geometry: string }>, meta: { attribution: string; sourceFile: string; importedAt: string }): Promise<void> {
  await db.deleteFrom('geo_boundaries').execute();
  await db.insertInto('geo_boundaries').values(rows.map((row) => ({ province_code: row.provinceCode, geometry: row.geometry, attribution: meta.attribution, source_file: meta.sourceFile, imported_at: meta.importedAt }))).execute();
}

/** The stored boundaries with their provinces' names, by code. */
export async function loadBoundaries(db: Executor) {
  return db
    .selectFrom('geo_boundaries')
    .innerJoin('provinces', 'provinces.code', 'geo_boundaries.province_code')
    .select(['geo_boundaries.province_code', 'geo_boundaries.geometry', 'geo_boundaries.attribution', 'geo_boundaries.imported_at', 'provinces.name_en', 'provinces.name_km'])
    .orderBy('geo_boundaries.province_code')
    .execute();
}

/** Whether boundaries are loaded, and their attribution. */
export async function boundaryStatus(db: Executor): Promise<{ loaded: boolean; attribution: string | null }> {
  const row = await db.selectFrom('geo_boundaries').select('attribution').limit(1).executeTakeFirst();
  return { loaded: row !== undefined, attribution: row?.attribution ?? null };
}

/** The province codes the database knows. */
export async function knownProvinceCodes(db: Executor): Promise<Set<string>> {
  return new Set((await db.selectFrom('provinces').select('code').execute()).map((row) => row.code));
}

/** Provinces with their centroids (the map's points when no boundaries are loaded). */
export async function listProvincePoints(db: Executor) {
  return db.selectFrom('provinces').select(['code', 'name_en', 'name_km', 'latitude', 'longitude']).orderBy('code').execute();
}

/** The sites the map may show, with their history dates (filtered in memory by period and status). */
export async function listMapSites(db: Executor, kind: string | undefined) {
  let query = db.selectFrom('sites').select(['id', 'name', 'kind', 'province_code', 'latitude', 'longitude', 'current_status', 'current_status_on', 'first_recorded_on']);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('name').execute();
}

/** Reports received within a period, counted per province (of any organisation: numbers only); optionally only reports about sites of a kind. */
export async function reportCountsByProvince(db: Executor, filters: { from?: string | undefined; toExclusive?: string | undefined; siteKind?: string | undefined }): Promise<Map<string, number>> {
  let query = db.selectFrom('reports').select(['reports.province_code', (select) => select.fn.countAll<number>().as('count')]).where('reports.province_code', 'is not', null);
  if (filters.from) query = query.where('reports.received_at', '>=', filters.from);
  if (filters.toExclusive) query = query.where('reports.received_at', '<', filters.toExclusive);
  if (filters.siteKind) query = query.where('reports.site_id', 'in', (select) => select.selectFrom('sites').select('sites.id').where('sites.kind', '=', filters.siteKind!));
  const rows = await query.groupBy('reports.province_code').execute();
  return new Map(rows.map((row) => [row.province_code!, Number(row.count)]));
}
