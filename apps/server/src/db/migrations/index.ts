import type { Migration } from 'kysely';
import * as foundation from './2026-11-21-0001-foundation';
import * as referenceData from './2026-11-21-0002-reference-data';
import * as survivorCases from './2026-11-21-0003-survivor-cases';
import * as recordLinkage from './2026-11-21-0006-record-linkage';
import * as estimation from './2026-11-21-0007-estimation';
import * as intakeSitesOperations from './2026-11-21-0004-intake-sites-operations';
import * as importJobs from './2026-11-21-0005-import-jobs';
import * as embassyListImports from './2026-11-21-0008-embassy-list-imports';

/** Every migration, by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  '2026-11-21-0001-foundation': foundation,
  '2026-11-21-0002-reference-data': referenceData,
  '2026-11-21-0003-survivor-cases': survivorCases,
  '2026-11-21-0006-record-linkage': recordLinkage,
  '2026-11-21-0007-estimation': estimation,
  '2026-11-21-0004-intake-sites-operations': intakeSitesOperations,
  '2026-11-21-0005-import-jobs': importJobs,
  '2026-11-21-0008-embassy-list-imports': embassyListImports,
};
