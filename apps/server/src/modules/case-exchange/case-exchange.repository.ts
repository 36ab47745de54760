import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ConsentMethod, ImportKind } from '@ctip/contracts';
import { decryptBinary, encryptBinary, encryptField } from '../../crypto/field-cipher';
import type { KeyRing } from '../../crypto/key-ring';
import type { CaseImportJobsTable } from '../../db/schema';
import type { Actor } from '../../policy/actor';
import type { Executor } from '../../services';
import { visibleTo } from '../cases/cases.repository';

/** Statuses in which a job is still open (its file kept, its next step awaited or running). */
export const OPEN_JOB_STATUSES = ['mapping', 'validating', 'validated', 'committing'] as const;

/** Largest IN list sent in one query (PostgreSQL and SQLite both cap bound parameters). */
const IN_CHUNK = 500;

const fileLocation = (jobId: string) => ({ table: 'case_import_files', column: 'content', rowId: jobId });

/** A job row (of any kind: case registers, embassies' lists). */
export type ImportJobRow = CaseImportJobsTable;

/** Inserts a job and its sealed file. */
export async function insertImportJob(db: Executor, keyRing: KeyRing, job: ImportJobRow, file: Buffer): Promise<void> {
  await db.insertInto('case_import_jobs').values(job).execute();
  await db.insertInto('case_import_files').values({ job_id: job.id, content: encryptBinary(keyRing, fileLocation(job.id), file), created_at: job.created_at }).execute();
}

/** A job, or undefined. */
export function findImportJob(db: Executor, id: string): Promise<ImportJobRow | undefined> {
  return db.selectFrom('case_import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes some of a job's columns. */
export async function updateImportJob(db: Executor, id: string, changes: Partial<Omit<ImportJobRow, 'id'>>): Promise<void> {
  await db.updateTable('case_import_jobs').set(changes).where('id', '=', id).execute();
}

/**
 * Moves a job from one status to another only if it is still in the first: two requests racing
 * (two commits, a commit and a cancellation) cannot both win. Resolves to whether this one won.
 */
export async function moveImportJob(db: Executor, id: string, from: readonly string[], changes: Partial<Omit<ImportJobRow, 'id'>>): Promise<boolean> {
  const result = await db.updateTable('case_import_jobs').set(changes).where('id', '=', id).where('status', 'in', [...from]).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The uploaded file of a job, decrypted; undefined once deleted. */
export async function loadImportFile(db: Executor, keyRing: KeyRing, jobId: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('case_import_files').select('content').where('job_id', '=', jobId).executeTakeFirst();
  return row ? decryptBinary(keyRing, fileLocation(jobId), Buffer.from(row.content)) : undefined;
}

/** Deletes a job's uploaded file. */
export async function deleteImportFile(db: Executor, jobId: string): Promise<void> {
  await db.deleteFrom('case_import_files').where('job_id', '=', jobId).execute();
}

/** Whether the job's file is still stored. */
export async function hasImportFile(db: Executor, jobId: string): Promise<boolean> {
  return (await db.selectFrom('case_import_files').select('job_id').where('job_id', '=', jobId).executeTakeFirst()) !== undefined;
}

/** How many jobs of a kind an organisation has open. */
export async function countOpenImportJobs(db: Executor, organisationId: string, kind: ImportKind): Promise<number> {
  const row = await db.selectFrom('case_import_jobs').select(sql<number>`count(*)`.as('open')).where('organisation_id', '=', organisationId).where('kind', '=', kind).where('status', 'in', [...OPEN_JOB_STATUSES]).executeTakeFirstOrThrow();
  return Number(row.open);
}

/** Jobs past their expiry that still hold a file or are still open. */
export function findExpiredImportJobs(db: Executor, now: string) {
  return db
    .selectFrom('case_import_jobs')
    .leftJoin('case_import_files', 'case_import_files.job_id', 'case_import_jobs.id')
    .select(['case_import_jobs.id', 'case_import_jobs.kind', 'case_import_jobs.status', 'case_import_jobs.organisation_id', 'case_import_files.job_id as file_job_id'])
    .where('case_import_jobs.expires_at', '<=', now)
    .where((where) => where.or([where('case_import_jobs.status', 'in', [...OPEN_JOB_STATUSES]), where('case_import_files.job_id', 'is not', null)]))
    .execute();
}

/** Jobs left running (validating or committing), of every kind. */
export function findRunningImportJobs(db: Executor) {
  return db.selectFrom('case_import_jobs').select(['id', 'kind', 'status']).where('status', 'in', ['validating', 'committing']).execute();
}

/** The country codes the reference data knows (an import accepts only these). */
export async function knownCountryCodes(db: Executor): Promise<Set<string>> {
  return new Set((await db.selectFrom('countries').select('code').execute()).map((row) => row.code));
}

/** External identifiers a set of rows carries, by kind. */
export interface ExternalIdSets {
  mosvy: readonly string[];
  primero: readonly string[];
  oscar: readonly string[];
}

/** Which of the given MoSVY, Primero and OSCaR numbers are already on a case (indexed look-ups, in chunks). */
export async function findTakenExternalIds(db: Executor, ids: ExternalIdSets): Promise<{ mosvy: Set<string>; primero: Set<string>; oscar: Set<string> }> {
  const taken = { mosvy: new Set<string>(), primero: new Set<string>(), oscar: new Set<string>() };
  const columns = { mosvy: 'mosvy_case_number', primero: 'primero_id', oscar: 'oscar_id' } as const;
  for (const kind of ['mosvy', 'primero', 'oscar'] as const) {
    const values = [...new Set(ids[kind])];
    for (let start = 0; start < values.length; start += IN_CHUNK) {
      const chunk = values.slice(start, start + IN_CHUNK);
      const rows = await db.selectFrom('cases').select(`${columns[kind]} as value`).where(columns[kind], 'in', chunk).execute();
      for (const row of rows) if (row.value) taken[kind].add(row.value);
    }
  }
  return taken;
}

/** Whether any case already carries one of these identifiers (checked row by row inside a commit). */
export async function isExternalIdTaken(db: Executor, ids: { mosvyCaseNumber: string | null; primeroId: string | null; oscarId: string | null }): Promise<boolean> {
  const conditions: Array<['mosvy_case_number' | 'primero_id' | 'oscar_id', string]> = [];
  if (ids.mosvyCaseNumber) conditions.push(['mosvy_case_number', ids.mosvyCaseNumber]);
  if (ids.primeroId) conditions.push(['primero_id', ids.primeroId]);
  if (ids.oscarId) conditions.push(['oscar_id', ids.oscarId]);
  if (conditions.length === 0) return false;
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where((where) => where.or(conditions.map(([column, value]) => where(column, '=', value))))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Writes the legacy systems' identifiers of a case just opened by an import. */
export async function setCaseExternalIds(db: Executor, caseId: string, ids: { mosvyCaseNumber: string | null; primeroId: string | null; oscarId: string | null }): Promise<void> {
  await db.updateTable('cases').set({ mosvy_case_number: ids.mosvyCaseNumber, primero_id: ids.primeroId, oscar_id: ids.oscarId }).where('id', '=', caseId).execute();
}

/** Records the consent to record data that a legacy row states (its note says it came from the import). */
export async function insertImportedConsent(db: Executor, keyRing: KeyRing, input: { caseId: string; method: ConsentMethod; givenOn: string; note: string; recordedBy: string; now: string }): Promise<void> {
  const id = randomUUID();
  await db
    .insertInto('case_consents')
    .values({
      id,
      case_id: input.caseId,
      kind: 'data_recording',
      recipient_organisation_id: null,
      recipient_country: null,
      method: input.method,
      given_on: input.givenOn,
      note: encryptField(keyRing, { table: 'case_consents', column: 'note', rowId: id }, input.note),
      recorded_by: input.recordedBy,
      created_at: input.now,
      withdrawn_on: null,
      withdrawal_reason: null,
      withdrawn_by: null,
    })
    .execute();
}

/** Which cases a de-identified export covers. */
export type ExportScope = { kind: 'platform' } | { kind: 'organisation'; actor: Actor };

/**
 * The non-identifying facts of every case in scope, for the de-identified export: no name,
 * contact, document, date of birth or place below the province is even selected. For an
 * organisation, the cases it owns that the actor may see (restricted cases only if named).
 */
export async function loadExportFacts(db: Executor, scope: ExportScope) {
  const inScope = () => (scope.kind === 'organisation' ? visibleTo(db.selectFrom('cases'), scope.actor).where('cases.owner_organisation_id', '=', scope.actor.organisationId) : db.selectFrom('cases'));
  const cases = await inScope()
    .leftJoin('screenings', 'screenings.id', 'cases.screening_id')
    .select([
      'cases.id',
      'cases.stage',
      'cases.sex',
      'cases.age_at_identification',
      'cases.nationality',
      'cases.province_code',
      'cases.opened_on',
      'cases.identification_status',
      'cases.recruitment',
      'screenings.indicators',
    ])
    .orderBy('cases.id')
    .execute();
  const [exploitation, consents] = await Promise.all([
    db.selectFrom('case_exploitation').select(['case_id', 'kind', 'code']).where('case_id', 'in', inScope().select('cases.id')).execute(),
    db.selectFrom('case_consents').select(['case_id', 'withdrawn_on']).where('kind', '=', 'data_recording').where('case_id', 'in', inScope().select('cases.id')).execute(),
  ]);
  return { cases, exploitation, consents };
}
