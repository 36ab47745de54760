import type { ScreeningsTable } from '../../db/schema';
import type { Executor } from '../../services';

/** Inserts a screening. */
export async function insertScreening(db: Executor, row: ScreeningsTable): Promise<void> {
  await db.insertInto('screenings').values(row).execute();
}

/** A screening with the case opened from it, if any. */
export function findScreening(db: Executor, id: string) {
  return db.selectFrom('screenings').leftJoin('cases', 'cases.screening_id', 'screenings.id').selectAll('screenings').select('cases.id as case_id').where('screenings.id', '=', id).executeTakeFirst();
}

/** Every screening of a person, newest first. */
export function listScreeningsOfPerson(db: Executor, personId: string) {
  return db.selectFrom('screenings').leftJoin('cases', 'cases.screening_id', 'screenings.id').selectAll('screenings').select('cases.id as case_id').where('screenings.person_id', '=', personId).orderBy('screenings.screened_on', 'desc').orderBy('screenings.created_at', 'desc').execute();
}

/** A screening row with the id of the case opened from it. */
export type ScreeningRow = NonNullable<Awaited<ReturnType<typeof findScreening>>>;
