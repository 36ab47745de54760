import type { Executor } from '../services';
import type { FieldProblems } from './field-problems';

/** Adds a problem for each province code that is not one of Cambodia's 25. */
export async function checkProvinces(db: Executor, problems: FieldProblems, references: Array<{ path: string; code: string | null | undefined }>): Promise<void> {
  const codes = [...new Set(references.map((reference) => reference.code).filter((code): code is string => Boolean(code)))];
  if (codes.length === 0) return;
  const known = new Set((await db.selectFrom('provinces').select('code').where('code', 'in', codes).execute()).map((row) => row.code));
  for (const reference of references) if (reference.code && !known.has(reference.code)) problems.add(reference.path, `Unknown province ${reference.code}.`, 'unknown_province');
}

/** Adds a problem for each country code that the reference data does not know. */
export async function checkCountries(db: Executor, problems: FieldProblems, references: Array<{ path: string; code: string | null | undefined }>): Promise<void> {
  const codes = [...new Set(references.map((reference) => reference.code).filter((code): code is string => Boolean(code)))];
  if (codes.length === 0) return;
  const known = new Set((await db.selectFrom('countries').select('code').where('code', 'in', codes).execute()).map((row) => row.code));
  for (const reference of references) if (reference.code && !known.has(reference.code)) problems.add(reference.path, `Unknown country ${reference.code}.`, 'unknown_country');
}

/** Adds a problem when an organisation does not exist or is inactive. */
export async function checkActiveOrganisation(db: Executor, problems: FieldProblems, path: string, organisationId: string): Promise<void> {
  const row = await db.selectFrom('organisations').select('status').where('id', '=', organisationId).executeTakeFirst();
  if (!row) problems.add(path, 'No such organisation.', 'unknown_organisation');
  else if (row.status !== 'active') problems.add(path, 'This organisation is inactive.', 'inactive_organisation');
}
