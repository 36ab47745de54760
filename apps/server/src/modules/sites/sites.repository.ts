import { randomUUID } from 'node:crypto';
import type { SiteStatus } from '@ctip/contracts';
import type { DialectHelpers } from '../../db/dialect';
import type { SitesTable, SiteStatusHistoryTable } from '../../db/schema';
import type { Executor } from '../../services';

/** Inserts a site row. */
export async function insertSiteRow(db: Executor, row: SitesTable): Promise<void> {
  await db.insertInto('sites').values(row).execute();
}

/** Changes columns of a site row. */
export async function updateSiteRow(db: Executor, id: string, changes: Partial<SitesTable>): Promise<void> {
  await db.updateTable('sites').set(changes).where('id', '=', id).execute();
}

/** A site row, or undefined. */
export async function findSiteRow(db: Executor, id: string): Promise<SitesTable | undefined> {
  return db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Site rows by id. */
export async function findSiteRows(db: Executor, ids: readonly string[]): Promise<SitesTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('sites').selectAll().where('id', 'in', [...new Set(ids)]).execute();
}

/** Writes a site's names (its name first, then its aliases) and operators, replacing any. */
export async function writeSiteNamesAndOperators(db: Executor, siteId: string, names: { name: string; aliases: readonly string[] } | null, operators: ReadonlyArray<{ name: string; registration: string | null }> | null): Promise<void> {
  if (names) {
    await db.deleteFrom('site_names').where('site_id', '=', siteId).execute();
    const unique = [...new Set(names.aliases.filter((alias) => alias !== names.name))];
    await db
      .insertInto('site_names')
      .values([{ id: randomUUID(), site_id: siteId, position: 0, kind: 'name', name: names.name }, ...unique.map((alias, index) => ({ id: randomUUID(), site_id: siteId, position: index + 1, kind: 'alias', name: alias }))])
      .execute();
  }
  if (operators) {
    await db.deleteFrom('site_operators').where('site_id', '=', siteId).execute();
    if (operators.length > 0) await db.insertInto('site_operators').values(operators.map((operator, position) => ({ id: randomUUID(), site_id: siteId, position, name: operator.name, registration: operator.registration }))).execute();
  }
}

/** The aliases of sites (not their names), by site. */
export async function loadSiteAliases(db: Executor, siteIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (siteIds.length === 0) return result;
  const rows = await db.selectFrom('site_names').select(['site_id', 'name']).where('site_id', 'in', [...new Set(siteIds)]).where('kind', '=', 'alias').orderBy('site_id').orderBy('position').execute();
  for (const row of rows) result.set(row.site_id, [...(result.get(row.site_id) ?? []), row.name]);
  return result;
}

/** A site's operator companies, in order. */
export async function loadSiteOperators(db: Executor, siteId: string) {
  return db.selectFrom('site_operators').select(['name', 'registration']).where('site_id', '=', siteId).orderBy('position').execute();
}

/** The status histories of sites (all sites when `siteIds` is null), by site, in the order recorded. */
export async function loadStatusHistories(db: Executor, siteIds: readonly string[] | null): Promise<Map<string, SiteStatusHistoryTable[]>> {
  const result = new Map<string, SiteStatusHistoryTable[]>();
  if (siteIds !== null && siteIds.length === 0) return result;
  let query = db.selectFrom('site_status_history').selectAll();
  if (siteIds !== null) query = query.where('site_id', 'in', [...new Set(siteIds)]);
  for (const row of await query.orderBy('site_id').orderBy('sequence').execute()) result.set(row.site_id, [...(result.get(row.site_id) ?? []), row]);
  return result;
}

/** Appends an entry to a site's history; resolves to its id. */
export async function insertStatusEntry(db: Executor, entry: Omit<SiteStatusHistoryTable, 'id' | 'sequence'>): Promise<string> {
  const id = randomUUID();
  const last = await db.selectFrom('site_status_history').select('sequence').where('site_id', '=', entry.site_id).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
  await db.insertInto('site_status_history').values({ ...entry, id, sequence: (last?.sequence ?? 0) + 1 }).execute();
  return id;
}

/** How many reports are about each site (all sites when `siteIds` is null; counts only). */
export async function reportCountsBySite(db: Executor, siteIds: readonly string[] | null): Promise<Map<string, number>> {
  if (siteIds !== null && siteIds.length === 0) return new Map();
  let query = db.selectFrom('reports').select(['site_id', (select) => select.fn.countAll<number>().as('count')]).where('site_id', 'is not', null);
  if (siteIds !== null) query = query.where('site_id', 'in', [...new Set(siteIds)]);
  const rows = await query.groupBy('site_id').execute();
  return new Map(rows.map((row) => [row.site_id!, Number(row.count)]));
}

/** The dates (YYYY-MM-DD) reports about the sites were received on or after a date, by site. */
export async function reportDatesBySite(db: Executor, siteIds: readonly string[], since: string): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (siteIds.length === 0) return result;
  const rows = await db.selectFrom('reports').select(['site_id', 'received_at']).where('site_id', 'in', [...new Set(siteIds)]).where('received_at', '>=', since).execute();
  for (const row of rows) result.set(row.site_id!, [...(result.get(row.site_id!) ?? []), row.received_at.slice(0, 10)]);
  return result;
}

/** How many operations took place at each site (all sites when `siteIds` is null). */
export async function operationCountsBySite(db: Executor, siteIds: readonly string[] | null): Promise<Map<string, number>> {
  if (siteIds !== null && siteIds.length === 0) return new Map();
  let query = db.selectFrom('operations').select(['site_id', (select) => select.fn.countAll<number>().as('count')]);
  if (siteIds !== null) query = query.where('site_id', 'in', [...new Set(siteIds)]);
  const rows = await query.groupBy('site_id').execute();
  return new Map(rows.map((row) => [row.site_id, Number(row.count)]));
}

/** Whether an organisation took part in an operation (and so may see it). */
export async function isOperationParty(db: Executor, operationId: string, organisationId: string): Promise<boolean> {
  return (await db.selectFrom('operation_parties').select('operation_id').where('operation_id', '=', operationId).where('organisation_id', '=', organisationId).executeTakeFirst()) !== undefined;
}

/** Operations at a site that an organisation took part in, and how many there are in all. */
export async function operationsAtSite(db: Executor, siteId: string, organisationId: string) {
  return db
    .selectFrom('operations')
    .select(['operations.id', 'operations.kind', 'operations.occurred_on'])
    .where('operations.site_id', '=', siteId)
    .where('operations.id', 'in', (select) => select.selectFrom('operation_parties').select('operation_id').where('organisation_id', '=', organisationId))
    .orderBy('operations.occurred_on')
    .execute();
}

/** Filters of the site list. */
export interface SiteListFilters {
  search?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  province?: string | undefined;
  published?: boolean | undefined;
  /** Only these sites (a pattern filter resolved beforehand). */
  siteIds?: string[] | undefined;
  sort: 'name' | 'updated_desc' | 'status_date_desc';
}

/** A page of the registry. */
export async function listSiteRows(db: Executor, dialect: DialectHelpers, filters: SiteListFilters, page: { page: number; pageSize: number }): Promise<{ rows: SitesTable[]; total: number }> {
  if (filters.siteIds && filters.siteIds.length === 0) return { rows: [], total: 0 };
  let query = db.selectFrom('sites');
  if (filters.search) query = query.where('sites.id', 'in', (select) => select.selectFrom('site_names').select('site_names.site_id').where(dialect.containsInsensitive('site_names.name', filters.search!)));
  if (filters.kind) query = query.where('sites.kind', '=', filters.kind);
  if (filters.status) query = query.where('sites.current_status', '=', filters.status);
  if (filters.province) query = query.where('sites.province_code', '=', filters.province);
  if (filters.published !== undefined) query = query.where('sites.is_published', '=', filters.published ? 1 : 0);
  if (filters.siteIds) query = query.where('sites.id', 'in', filters.siteIds);
  const { total } = await query.select((select) => select.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let ordered = query.selectAll('sites');
  ordered = filters.sort === 'name' ? ordered.orderBy('sites.name') : filters.sort === 'status_date_desc' ? ordered.orderBy('sites.current_status_on', 'desc') : ordered.orderBy('sites.updated_at', 'desc');
  const rows = await ordered.orderBy('sites.id').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute();
  return { rows, total: Number(total) };
}

/** Published sites, by name. */
export async function listPublishedSiteRows(db: Executor): Promise<SitesTable[]> {
  return db.selectFrom('sites').selectAll().where('is_published', '=', 1).orderBy('name').orderBy('id').execute();
}

/** Operations by id (kind and date), for sources. */
export async function findOperationsBrief(db: Executor, ids: readonly string[]): Promise<Map<string, { id: string; kind: string; occurredOn: string; siteId: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('operations').select(['id', 'kind', 'occurred_on', 'site_id']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, kind: row.kind, occurredOn: row.occurred_on, siteId: row.site_id }]));
}

/** The copies a site row keeps of its history: latest status and its date, and the first date. */
export async function refreshSiteStatus(db: Executor, siteId: string, current: { status: SiteStatus; occurredOn: string }, firstRecordedOn: string, at: string): Promise<void> {
  await db.updateTable('sites').set({ current_status: current.status, current_status_on: current.occurredOn, first_recorded_on: firstRecordedOn, updated_at: at }).where('id', '=', siteId).execute();
}

