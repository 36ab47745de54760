import type { LinkageCandidatesTable, LinkageModelsTable, LinkageRunsTable } from '../../db/schema';
import type { Executor } from '../../services';

/** The newest trained model, if any. */
export function findLatestModel(db: Executor) {
  return db.selectFrom('linkage_models').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** The next model version number. */
export async function nextModelVersion(db: Executor): Promise<number> {
  const latest = await db.selectFrom('linkage_models').select('version').orderBy('version', 'desc').limit(1).executeTakeFirst();
  return (latest?.version ?? 0) + 1;
}

/** Inserts a trained model. */
export async function insertModel(db: Executor, row: LinkageModelsTable): Promise<void> {
  await db.insertInto('linkage_models').values(row).execute();
}

/** Inserts a run. */
export async function insertRun(db: Executor, row: LinkageRunsTable): Promise<void> {
  await db.insertInto('linkage_runs').values(row).execute();
}

/** Updates a run's progress or outcome. */
export async function updateRun(db: Executor, id: string, changes: Partial<LinkageRunsTable>): Promise<void> {
  await db.updateTable('linkage_runs').set(changes).where('id', '=', id).execute();
}

/** One run. */
export function findRun(db: Executor, id: string) {
  return db.selectFrom('linkage_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Recent runs, newest first. */
export function listRuns(db: Executor, limit: number) {
  return db.selectFrom('linkage_runs').selectAll().orderBy('started_at', 'desc').limit(limit).execute();
}

/** Whether a run is in progress (one at a time). */
export async function hasRunningRun(db: Executor): Promise<boolean> {
  return (await db.selectFrom('linkage_runs').select('id').where('status', '=', 'running').executeTakeFirst()) !== undefined;
}

/** Pairs already decided (confirmed or rejected), as "a|b" keys with a < b, so runs do not ask again. */
export async function decidedPairs(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('linkage_candidates').select(['person_a', 'person_b']).where('status', 'in', ['confirmed', 'rejected']).execute();
  return new Set(rows.map((row) => [row.person_a, row.person_b].sort().join('|')));
}

/** Pending candidates of earlier runs give way to a new run's. */
export async function supersedePending(db: Executor): Promise<void> {
  await db.updateTable('linkage_candidates').set({ status: 'superseded' }).where('status', '=', 'pending').execute();
}

/** Inserts candidates in batches. */
export async function insertCandidates(db: Executor, rows: LinkageCandidatesTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) await db.insertInto('linkage_candidates').values(rows.slice(start, start + 200)).execute();
}

/** A page of candidates of a status, strongest first. */
export async function listCandidates(db: Executor, status: string, page: { page: number; pageSize: number }) {
  const query = db.selectFrom('linkage_candidates').where('status', '=', status);
  const { total } = await query.select((select) => select.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll().orderBy('probability', 'desc').orderBy('id').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute();
  return { rows, total: Number(total) };
}

/** One candidate. */
export function findCandidate(db: Executor, id: string) {
  return db.selectFrom('linkage_candidates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Confirmed matches that stand touching any of these persons. */
export function activeMatchesOf(db: Executor, personIds: readonly string[]) {
  return db
    .selectFrom('person_matches')
    .select(['person_a', 'person_b'])
    .where('undone_at', 'is', null)
    .where((where) => where.or([where('person_a', 'in', [...personIds]), where('person_b', 'in', [...personIds])]))
    .execute();
}
