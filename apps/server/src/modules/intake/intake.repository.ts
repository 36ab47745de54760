import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type SelectQueryBuilder } from 'kysely';
import type { ReportPersonDetails, ReportPersonInput } from '@ctip/contracts';
import { blindIndex } from '../../crypto/blind-index';
import { decryptField, decryptOptional, encryptField, encryptOptional } from '../../crypto/field-cipher';
import type { KeyRing } from '../../crypto/key-ring';
import type { Database, ReportsTable } from '../../db/schema';
import type { ReportAccessFacts } from '../../policy/intake-scope';
import type { Executor } from '../../services';
import { identifierForms, indexedForm } from '../persons/identifiers';
import { nameTokenDigests } from '../persons/name-tokens';

/** The blind-index field of every contact a report mentions (reporters' and people's share it, so they meet). */
const CONTACT_FIELD = 'report_contact';

const location = (table: string, column: string, rowId: string) => ({ table, column, rowId });

/** The next report reference of a year: RP-2026-000001. */
export async function nextReportReference(trx: Executor, year: number): Promise<string> {
  await trx.insertInto('report_number_counters').values({ year, next: 1 }).onConflict((conflict) => conflict.column('year').doNothing()).execute();
  const row = await trx.updateTable('report_number_counters').set({ next: sql`next + 1` }).where('year', '=', year).returning('next').executeTakeFirstOrThrow();
  return `RP-${year}-${String(row.next - 1).padStart(6, '0')}`;
}

/** The reporter's identity, decrypted. */
export interface ReporterRecord {
  anonymous: boolean;
  name: string | null;
  contact: { kind: string; value: string } | null;
  relationship: string | null;
  doNotCallBack: boolean;
}

/** The encrypted columns of a report row for its identifying fields. */
export function encryptReportFields(keyRing: KeyRing, id: string, fields: { reporter: ReporterRecord; placeDetail: string | null; narrative: string }): Pick<ReportsTable, 'reporter_name' | 'reporter_contact' | 'place_detail' | 'allegation'> {
  return {
    reporter_name: encryptOptional(keyRing, location('reports', 'reporter_name', id), fields.reporter.name),
    reporter_contact: fields.reporter.contact ? encryptField(keyRing, location('reports', 'reporter_contact', id), JSON.stringify(fields.reporter.contact)) : null,
    place_detail: encryptOptional(keyRing, location('reports', 'place_detail', id), fields.placeDetail),
    allegation: encryptField(keyRing, location('reports', 'allegation', id), fields.narrative),
  };
}

/** A report's identifying fields, decrypted. */
export function decryptReportFields(keyRing: KeyRing, row: ReportsTable): { reporter: ReporterRecord; placeDetail: string | null; narrative: string } {
  return {
    reporter: {
      anonymous: row.reporter_anonymous === 1,
      name: decryptOptional(keyRing, location('reports', 'reporter_name', row.id), row.reporter_name),
      contact: row.reporter_contact ? (JSON.parse(decryptField(keyRing, location('reports', 'reporter_contact', row.id), row.reporter_contact)) as { kind: string; value: string }) : null,
      relationship: row.reporter_relationship,
      doNotCallBack: row.do_not_call_back === 1,
    },
    placeDetail: decryptOptional(keyRing, location('reports', 'place_detail', row.id), row.place_detail),
    narrative: decryptField(keyRing, location('reports', 'allegation', row.id), row.allegation),
  };
}

/** Inserts a report row. */
export async function insertReportRow(db: Executor, row: ReportsTable): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

/** Changes columns of a report row (and the copy of is_open its shares keep). */
export async function updateReportRow(db: Executor, id: string, changes: Partial<ReportsTable>): Promise<void> {
  await db.updateTable('reports').set(changes).where('id', '=', id).execute();
  if (changes.is_open !== undefined) await db.updateTable('report_shares').set({ is_open: changes.is_open }).where('report_id', '=', id).execute();
}

/** A report row, or undefined. */
export async function findReportRow(db: Executor, id: string): Promise<ReportsTable | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Report rows by id. */
export async function findReportRows(db: Executor, ids: readonly string[]): Promise<ReportsTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('reports').selectAll().where('id', 'in', [...new Set(ids)]).execute();
}

/** Rows per insert: SQLite and PostgreSQL both cap the parameters one statement may bind (a list may hold 50,000 people). */
const PEOPLE_PER_INSERT = 500;
const KEYS_PER_INSERT = 1_000;

/** Inserts rows in statements of at most `size` rows. */
async function insertInChunks<T extends 'report_people' | 'report_person_tokens' | 'report_identifiers'>(db: Executor, table: T, rows: ReadonlyArray<Insertable<Database[T]>>, size: number): Promise<void> {
  for (let start = 0; start < rows.length; start += size) await db.insertInto(table).values(rows.slice(start, start + size) as Array<Insertable<Database[T]>>).execute();
}

/** The details of a person as stored: encrypted JSON, or null when the report gave none. */
function sealedDetails(keyRing: KeyRing, id: string, details: ReportPersonDetails | null | undefined): string | null {
  if (!details || Object.values(details).every((value) => value === null)) return null;
  return encryptField(keyRing, location('report_people', 'details', id), JSON.stringify(details));
}

/**
 * Writes people a report concerns, numbered from `firstPosition` (a long list is written in
 * parts): names, contacts and details encrypted, name tokens as blind indexes so that reports are
 * found by any name in any script.
 */
export async function insertReportPeople(db: Executor, keyRing: KeyRing, reportId: string, people: readonly ReportPersonInput[], firstPosition = 0): Promise<void> {
  const tokens: Array<{ token: string; report_person_id: string; report_id: string }> = [];
  const rows = people.map((person, offset) => {
    const id = randomUUID();
    for (const token of nameTokenDigests(keyRing, person.names.map((name) => ({ full: name.full })))) tokens.push({ token, report_person_id: id, report_id: reportId });
    return {
      id,
      report_id: reportId,
      position: firstPosition + offset,
      names: encryptField(keyRing, location('report_people', 'names', id), JSON.stringify(person.names)),
      contacts: encryptField(keyRing, location('report_people', 'contacts', id), JSON.stringify(person.contacts)),
      nationality: person.nationality,
      age: person.age,
      sex: person.sex,
      details: sealedDetails(keyRing, id, person.details),
    };
  });
  await insertInChunks(db, 'report_people', rows, PEOPLE_PER_INSERT);
  await insertInChunks(db, 'report_person_tokens', tokens, KEYS_PER_INSERT);
}

/**
 * Writes the identifiers a report mentions — the reporter's contact, the people's contacts and
 * passport numbers — as blind indexes, each once, for duplicate detection and search.
 */
export async function insertReportIdentifiers(db: Executor, keyRing: KeyRing, reportId: string, people: readonly ReportPersonInput[], reporter: ReporterRecord): Promise<void> {
  const identifiers = new Map<string, { value_index: string; report_id: string; source: string; is_withheld: number }>();
  const add = (value: string, kind: string, source: 'reporter' | 'person', withheld: boolean) => {
    const form = indexedForm(value, kind);
    if (form.replace(/^tel:/, '').length < 4) return;
    const index = blindIndex(keyRing, CONTACT_FIELD, form);
    identifiers.set(`${index}|${source}`, { value_index: index, report_id: reportId, source, is_withheld: withheld ? 1 : 0 });
  };
  if (reporter.contact) add(reporter.contact.value, reporter.contact.kind, 'reporter', reporter.doNotCallBack);
  for (const person of people) {
    for (const contact of person.contacts) add(contact.value, contact.kind, 'person', false);
    if (person.details?.passport) add(person.details.passport, 'passport', 'person', false);
  }
  await insertInChunks(db, 'report_identifiers', [...identifiers.values()], KEYS_PER_INSERT);
}

/** Removes the identifiers a report mentions, before they are written anew. */
export async function deleteReportIdentifiers(db: Executor, reportId: string): Promise<void> {
  await db.deleteFrom('report_identifiers').where('report_id', '=', reportId).execute();
}

/** Removes the people of a report (their name tokens with them), before they are written anew. */
export async function deleteReportPeople(db: Executor, reportId: string): Promise<void> {
  await db.deleteFrom('report_person_tokens').where('report_id', '=', reportId).execute();
  await db.deleteFrom('report_people').where('report_id', '=', reportId).execute();
}

/** A person a report concerns, decrypted. */
export interface ReportPersonRecord {
  id: string;
  names: Array<{ script: string; full: string }>;
  contacts: Array<{ kind: string; value: string }>;
  nationality: string | null;
  age: number | null;
  sex: string;
  details: ReportPersonDetails | null;
}

/** The people a report concerns, in the order given, decrypted. */
export async function loadReportPeople(db: Executor, keyRing: KeyRing, reportId: string): Promise<ReportPersonRecord[]> {
  const rows = await db.selectFrom('report_people').selectAll().where('report_id', '=', reportId).orderBy('position').execute();
  return rows.map((row) => ({
    id: row.id,
    names: JSON.parse(decryptField(keyRing, location('report_people', 'names', row.id), row.names)) as ReportPersonRecord['names'],
    contacts: JSON.parse(decryptField(keyRing, location('report_people', 'contacts', row.id), row.contacts)) as ReportPersonRecord['contacts'],
    nationality: row.nationality,
    age: row.age,
    sex: row.sex,
    details: row.details ? (JSON.parse(decryptField(keyRing, location('report_people', 'details', row.id), row.details)) as ReportPersonDetails) : null,
  }));
}

/** Appends one move to a report's status history (the reason is encrypted: it can tell a story). */
export async function appendReportMove(db: Executor, keyRing: KeyRing, reportId: string, move: { from: string | null; to: string; reason: string; closureReason: string | null; assignedUserId: string | null; assignedOrganisationId: string | null; by: string; at: string }): Promise<void> {
  const id = randomUUID();
  const last = await db.selectFrom('report_status_history').select('sequence').where('report_id', '=', reportId).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
  await db
    .insertInto('report_status_history')
    .values({
      id,
      report_id: reportId,
      sequence: (last?.sequence ?? 0) + 1,
      from_status: move.from,
      to_status: move.to,
      reason: encryptField(keyRing, location('report_status_history', 'reason', id), move.reason),
      closure_reason: move.closureReason,
      assigned_user_id: move.assignedUserId,
      assigned_organisation_id: move.assignedOrganisationId,
      moved_by: move.by,
      moved_at: move.at,
    })
    .execute();
}

/** A report's status history, oldest first, reasons decrypted. */
export async function loadReportHistory(db: Executor, keyRing: KeyRing, reportId: string) {
  const rows = await db.selectFrom('report_status_history').selectAll().where('report_id', '=', reportId).orderBy('sequence').execute();
  return rows.map((row) => ({ ...row, reason: decryptField(keyRing, location('report_status_history', 'reason', row.id), row.reason) }));
}

/** Who may see each report besides its owner (referrals and assignments). */
export async function loadReportAccessFacts(db: Executor, reportIds: readonly string[]): Promise<Map<string, ReportAccessFacts>> {
  const result = new Map<string, ReportAccessFacts>();
  if (reportIds.length === 0) return result;
  const ids = [...new Set(reportIds)];
  const [rows, shares] = await Promise.all([
    db.selectFrom('reports').select(['id', 'owner_organisation_id']).where('id', 'in', ids).execute(),
    db.selectFrom('report_shares').select(['report_id', 'organisation_id']).where('report_id', 'in', ids).execute(),
  ]);
  for (const row of rows) {
    result.set(row.id, { ownerOrganisationId: row.owner_organisation_id, sharedWithOrganisationIds: shares.filter((share) => share.report_id === row.id).map((share) => share.organisation_id) });
  }
  return result;
}

/** A report's shares (referrals, assignments), notes decrypted. */
export async function loadReportShares(db: Executor, keyRing: KeyRing, reportId: string) {
  const rows = await db.selectFrom('report_shares').selectAll().where('report_id', '=', reportId).orderBy('shared_at').orderBy('id').execute();
  return rows.map((row) => ({ ...row, note: decryptOptional(keyRing, location('report_shares', 'note', row.id), row.note) }));
}

/** Records that a report was shared with an organisation (nothing when it already was, in any way). */
export async function insertReportShare(db: Executor, keyRing: KeyRing, share: { reportId: string; organisationId: string; kind: 'referral' | 'assignment'; note: string | null; by: string; at: string }): Promise<void> {
  const existing = await db.selectFrom('report_shares').select('id').where('report_id', '=', share.reportId).where('organisation_id', '=', share.organisationId).executeTakeFirst();
  if (existing) return;
  const report = await db.selectFrom('reports').select('is_open').where('id', '=', share.reportId).executeTakeFirstOrThrow();
  const id = randomUUID();
  await db
    .insertInto('report_shares')
    .values({ id, report_id: share.reportId, organisation_id: share.organisationId, kind: share.kind, note: share.note ? encryptField(keyRing, location('report_shares', 'note', id), share.note) : null, shared_by: share.by, shared_at: share.at, is_open: report.is_open })
    .execute();
}

/** Whether a report was handed to another organisation (referred, or assigned to it). */
export async function isReportReferred(db: Executor, reportId: string): Promise<boolean> {
  return (await db.selectFrom('report_shares').select('id').where('report_id', '=', reportId).executeTakeFirst()) !== undefined;
}

/** The stored order of a symmetric pair. */
function linkPair(left: string, right: string): { report_id: string; linked_report_id: string } {
  return left < right ? { report_id: left, linked_report_id: right } : { report_id: right, linked_report_id: left };
}

/** The links of a report, seen from it (the other report of each pair). */
export async function loadReportLinks(db: Executor, reportId: string): Promise<Array<{ otherId: string; reason: string; linked_by: string; linked_at: string }>> {
  const rows = await db
    .selectFrom('report_links')
    .selectAll()
    .where((where) => where.or([where('report_id', '=', reportId), where('linked_report_id', '=', reportId)]))
    .orderBy('linked_at')
    .execute();
  return rows.map((row) => ({ otherId: row.report_id === reportId ? row.linked_report_id : row.report_id, reason: row.reason, linked_by: row.linked_by, linked_at: row.linked_at }));
}

/** Inserts a link between two reports. */
export async function insertReportLink(db: Executor, link: { left: string; right: string; reason: string; by: string; at: string }): Promise<void> {
  await db.insertInto('report_links').values({ ...linkPair(link.left, link.right), reason: link.reason, linked_by: link.by, linked_at: link.at }).execute();
}

/** Removes a link; resolves to whether there was one. */
export async function deleteReportLink(db: Executor, left: string, right: string): Promise<boolean> {
  const pair = linkPair(left, right);
  const result = await db.deleteFrom('report_links').where('report_id', '=', pair.report_id).where('linked_report_id', '=', pair.linked_report_id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Operations that acted on a report. */
export async function loadReportOperations(db: Executor, reportId: string) {
  return db.selectFrom('operation_reports').innerJoin('operations', 'operations.id', 'operation_reports.operation_id').select(['operations.id', 'operations.kind', 'operations.occurred_on']).where('operation_reports.report_id', '=', reportId).orderBy('operations.occurred_on').execute();
}

/** A query over reports, narrowed by filters. */
type ReportQuery = SelectQueryBuilder<Database, 'reports', object>;
/** How a page is ordered: columns of the summary, then the id to break ties. */
type ReportOrder = Array<['due_at' | 'received_at' | 'is_open', 'asc' | 'desc']>;

/** The columns lists and the queue show (nothing encrypted). */
const SUMMARY_COLUMNS = [
  'reports.id',
  'reports.reference',
  'reports.owner_organisation_id',
  'reports.channel',
  'reports.received_at',
  'reports.urgency',
  'reports.status',
  'reports.closure_reason',
  'reports.due_at',
  'reports.site_id',
  'reports.province_code',
  'reports.people_count',
  'reports.people_nationalities',
  'reports.allegation_types',
  'reports.assigned_user_id',
  'reports.assigned_organisation_id',
  'reports.is_open',
  'reports.is_demo',
] as const;

/** A report as lists show it. */
export type ReportSummaryRow = Pick<ReportsTable, 'id' | 'reference' | 'owner_organisation_id' | 'channel' | 'received_at' | 'urgency' | 'status' | 'closure_reason' | 'due_at' | 'site_id' | 'province_code' | 'people_count' | 'people_nationalities' | 'allegation_types' | 'assigned_user_id' | 'assigned_organisation_id' | 'is_open' | 'is_demo'>;

/**
 * A page of the reports an organisation may see — those it owns and those it was given —
 * narrowed by filters. The two are read as separate queries, each ordered and stopped at the
 * page's end, then merged: an OR of "owns" and "was given" would defeat the indexes
 * (reports_queue_idx, reports_owner_received_idx) and make every page read and sort all of an
 * organisation's reports. Reports given are found through report_shares_organisation_idx,
 * open ones only for the queue (bench/intake: 200,000 reports).
 */
async function pageOfVisibleReports(db: Executor, organisationId: string, narrow: (query: ReportQuery) => ReportQuery, order: ReportOrder, page: { page: number; pageSize: number }, openOnly: boolean): Promise<{ rows: ReportSummaryRow[]; total: number }> {
  const end = page.page * page.pageSize;
  const owned = () => narrow(db.selectFrom('reports').where('reports.owner_organisation_id', '=', organisationId) as ReportQuery);
  const given = () =>
    narrow(
      db
        .selectFrom('reports')
        .where('reports.id', 'in', (select) => {
          const shares = select.selectFrom('report_shares').select('report_shares.report_id').where('report_shares.organisation_id', '=', organisationId);
          return openOnly ? shares.where('report_shares.is_open', '=', 1) : shares;
        })
        .where('reports.owner_organisation_id', '<>', organisationId) as ReportQuery,
    );
  // First the keys of the rows up to the page's end (read from the index alone), then the page's rows.
  const keys = (query: ReportQuery) => {
    let result = query.select(['reports.id', ...order.map(([column]) => `reports.${column}` as const)]);
    for (const [column, direction] of order) result = result.orderBy(`reports.${column}`, direction);
    return result.orderBy('reports.id').limit(end).execute() as Promise<ReportKey[]>;
  };
  const counted = (query: ReportQuery) => query.select((select) => select.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const [ownedCount, givenCount, ownedKeys, givenKeys] = await Promise.all([counted(owned()), counted(given()), keys(owned()), keys(given())]);
  const pageKeys = [...ownedKeys, ...givenKeys].sort(comparing(order)).slice(end - page.pageSize, end);
  const rows = pageKeys.length === 0 ? [] : await db.selectFrom('reports').select(SUMMARY_COLUMNS).where('reports.id', 'in', pageKeys.map((key) => key.id)).execute();
  const position = new Map(pageKeys.map((key, index) => [key.id, index]));
  return { rows: rows.sort((left, right) => position.get(left.id)! - position.get(right.id)!), total: Number(ownedCount.total) + Number(givenCount.total) };
}

/** What a page is sorted by: the id and the order's columns. */
type ReportKey = Pick<ReportSummaryRow, 'id'> & Partial<Pick<ReportSummaryRow, 'due_at' | 'received_at' | 'is_open'>>;

/** Compares rows in a page's order, then by id. */
function comparing(order: ReportOrder) {
  return (left: ReportKey, right: ReportKey): number => {
    for (const [column, direction] of order) {
      const [a, b] = [left[column]!, right[column]!];
      if (a === b) continue;
      return (a < b ? -1 : 1) * (direction === 'asc' ? 1 : -1);
    }
    return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
  };
}

/** Filters of the report list, resolved (the search already turned into report ids). */
export interface ReportListFilters {
  reportIds: string[] | null;
  status?: string | undefined;
  urgency?: string | undefined;
  channel?: string | undefined;
  siteId?: string | undefined;
  province?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  assignedUserId?: string | undefined;
  sort: 'received_desc' | 'received_asc' | 'due';
}

/** A page of the reports an organisation may see, filtered and sorted. */
export async function listReportRows(db: Executor, organisationId: string, filters: ReportListFilters, page: { page: number; pageSize: number }): Promise<{ rows: ReportSummaryRow[]; total: number }> {
  if (filters.reportIds !== null && filters.reportIds.length === 0) return { rows: [], total: 0 };
  const narrow = (start: ReportQuery): ReportQuery => {
    let query = start;
    if (filters.status) query = query.where('reports.status', '=', filters.status);
    if (filters.urgency) query = query.where('reports.urgency', '=', filters.urgency);
    if (filters.channel) query = query.where('reports.channel', '=', filters.channel);
    if (filters.siteId) query = query.where('reports.site_id', '=', filters.siteId);
    if (filters.province) query = query.where('reports.province_code', '=', filters.province);
    if (filters.receivedFrom) query = query.where('reports.received_at', '>=', filters.receivedFrom);
    // The end date is inclusive: everything before the next day.
    if (filters.receivedTo) query = query.where('reports.received_at', '<', nextDay(filters.receivedTo));
    if (filters.assignedUserId) query = query.where('reports.assigned_user_id', '=', filters.assignedUserId);
    return query;
  };
  const order: ReportOrder = filters.sort === 'due' ? [['is_open', 'desc'], ['due_at', 'asc']] : [['received_at', filters.sort === 'received_asc' ? 'asc' : 'desc']];
  if (filters.reportIds === null) return pageOfVisibleReports(db, organisationId, narrow, order, page, false);
  // A search found at most a few thousand reports: read them by id (the primary key), keep the
  // visible ones, and sort in memory — an index on the organisation would scan all its reports.
  const found = await narrow(db.selectFrom('reports').where('reports.id', 'in', filters.reportIds) as ReportQuery).select(SUMMARY_COLUMNS).execute();
  const given = new Set((await db.selectFrom('report_shares').select('report_id').where('organisation_id', '=', organisationId).where('report_id', 'in', filters.reportIds).execute()).map((row) => row.report_id));
  const visible = found.filter((row) => row.owner_organisation_id === organisationId || given.has(row.id)).sort(comparing(order));
  return { rows: visible.slice((page.page - 1) * page.pageSize, page.page * page.pageSize), total: visible.length };
}

/** The day after a YYYY-MM-DD date. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Which part of the queue to read. */
export interface QueueFilters {
  organisationId: string;
  /** Only reports due before this instant (the overdue view). */
  dueBefore?: string | undefined;
  /** Only reports assigned to this user. */
  assignedUserId?: string | undefined;
  urgency?: string | undefined;
}

/** A page of the intake queue: the open reports an organisation may see, the least time left first. */
export async function listQueueRows(db: Executor, filters: QueueFilters, page: { page: number; pageSize: number }): Promise<{ rows: ReportSummaryRow[]; total: number }> {
  const narrow = (start: ReportQuery): ReportQuery => {
    let query = start.where('reports.is_open', '=', 1);
    if (filters.dueBefore) query = query.where('reports.due_at', '<', filters.dueBefore);
    if (filters.assignedUserId) query = query.where('reports.assigned_user_id', '=', filters.assignedUserId);
    if (filters.urgency) query = query.where('reports.urgency', '=', filters.urgency);
    return query;
  };
  return pageOfVisibleReports(db, filters.organisationId, narrow, [['due_at', 'asc']], page, true);
}

/** Report ids whose people's names match every group of digests (see persons/name-tokens.ts), per typed name. */
export async function findReportIdsByName(db: Executor, groups: string[][], limit: number): Promise<string[]> {
  if (groups.length === 0) return [];
  let query = db.selectFrom('report_person_tokens').select('report_id').where('token', 'in', groups[0]!);
  for (const group of groups.slice(1)) {
    query = query.where('report_person_id', 'in', (select) => select.selectFrom('report_person_tokens').select('report_person_id').where('token', 'in', group));
  }
  const rows = await query.distinct().limit(limit).execute();
  return rows.map((row) => row.report_id);
}

/** The report with a reference (RP-2026-000123), or one typed without its dashes. */
export async function findReportIdsByReference(db: Executor, reference: string): Promise<string[]> {
  const match = /^RP-?(\d{4})-?(\d{1,6})$/.exec(reference);
  if (!match) return [];
  const rows = await db.selectFrom('reports').select('id').where('reference', '=', `RP-${match[1]}-${match[2]!.padStart(6, '0')}`).execute();
  return rows.map((row) => row.id);
}

/** The blind indexes a typed contact would be stored under, in any of its forms. */
export function contactIndexesOf(keyRing: KeyRing, value: string, kind?: string): string[] {
  return identifierForms(value, kind)
    .filter((form) => form.replace(/^tel:/, '').length >= 4)
    .map((form) => blindIndex(keyRing, CONTACT_FIELD, form));
}

/** Reports mentioning any of the contacts (by blind index), with where each was mentioned. */
export async function findReportsByContactIndexes(db: Executor, indexes: readonly string[], limit: number) {
  if (indexes.length === 0) return [];
  return db.selectFrom('report_identifiers').select(['report_id', 'source', 'is_withheld', 'value_index']).where('value_index', 'in', [...new Set(indexes)]).limit(limit).execute();
}

/** The latest reports about a site. */
export async function findReportIdsBySite(db: Executor, siteId: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('reports').select('id').where('site_id', '=', siteId).orderBy('received_at', 'desc').limit(limit).execute();
  return rows.map((row) => row.id);
}

/** Reports from a province received within a window. */
export async function findReportIdsByPlaceAndTime(db: Executor, provinceCode: string, from: string, to: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('reports').select('id').where('province_code', '=', provinceCode).where('received_at', '>=', from).where('received_at', '<=', to).orderBy('received_at', 'desc').limit(limit).execute();
  return rows.map((row) => row.id);
}

/** Names of organisations by id. */
export async function organisationNames(db: Executor, ids: ReadonlyArray<string | null>): Promise<Map<string, { id: string; nameEn: string; nameKm: string | null }>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name_en', 'name_km']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, nameEn: row.name_en, nameKm: row.name_km }]));
}

/** Display names of users by id. */
export async function userNames(db: Executor, ids: ReadonlyArray<string | null>): Promise<Map<string, { id: string; displayName: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.display_name }]));
}

/** Names and kinds of sites by id. */
export async function siteNames(db: Executor, ids: ReadonlyArray<string | null>): Promise<Map<string, { id: string; name: string; kind: string; provinceCode: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('sites').select(['id', 'name', 'kind', 'province_code']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, kind: row.kind, provinceCode: row.province_code }]));
}

/** Whether a user is active, of the organisation, and holds one of the roles. */
export async function isActiveUserWithRole(db: Executor, userId: string, organisationId: string, roles: readonly string[]): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.id', '=', userId)
    .where('users.organisation_id', '=', organisationId)
    .where('users.status', '=', 'active')
    .where('user_roles.role', 'in', [...roles])
    .executeTakeFirst();
  return row !== undefined;
}
