import type { EstimationRunsTable } from '../../db/schema';
import type { Executor } from '../../services';

/**
 * Every (person cluster, organisation) pair of case records opened in a period: the raw
 * material of the lists. A cluster is one human being across records (record linkage).
 */
export async function caseAppearances(db: Executor, from: string, to: string): Promise<Array<{ cluster: string; organisationId: string }>> {
  const rows = await db
    .selectFrom('cases')
    .innerJoin('persons', 'persons.id', 'cases.person_id')
    .select(['persons.cluster_id', 'persons.id as person_id', 'cases.owner_organisation_id'])
    .where('cases.opened_on', '>=', from)
    .where('cases.opened_on', '<=', to)
    .distinct()
    .execute();
  return rows.map((row) => ({ cluster: row.cluster_id ?? row.person_id, organisationId: row.owner_organisation_id }));
}

/** Organisations with how many case records each opened in a period. */
export async function sourcesInPeriod(db: Executor, from: string, to: string) {
  return db
    .selectFrom('cases')
    .innerJoin('organisations', 'organisations.id', 'cases.owner_organisation_id')
    .select(['organisations.id', 'organisations.name_en', 'organisations.name_km', 'organisations.kind', (select) => select.fn.countAll<number>().as('cases')])
    .where('cases.opened_on', '>=', from)
    .where('cases.opened_on', '<=', to)
    .groupBy(['organisations.id', 'organisations.name_en', 'organisations.name_km', 'organisations.kind'])
    .orderBy('organisations.name_en')
    .execute();
}

/** Stores a run. */
export async function insertEstimationRun(db: Executor, row: EstimationRunsTable): Promise<void> {
  await db.insertInto('estimation_runs').values(row).execute();
}

/** One run. */
export function findEstimationRun(db: Executor, id: string) {
  return db.selectFrom('estimation_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Recent runs, newest first. */
export function listEstimationRuns(db: Executor, limit: number) {
  return db.selectFrom('estimation_runs').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
}
