import type { Executor } from '../../../services';
import { findReportRows, organisationNames, siteNames, userNames } from '../intake.repository';

/**
 * Names that pages show beside ids — organisations, users, sites, report references — looked up
 * once per page, for this module and the registry, operations and map modules.
 */
export async function lookUpNames(db: Executor, ids: { organisations?: ReadonlyArray<string | null>; users?: ReadonlyArray<string | null>; sites?: ReadonlyArray<string | null>; reports?: readonly string[] }) {
  const [organisations, users, sites, reports] = await Promise.all([
    organisationNames(db, ids.organisations ?? []),
    userNames(db, ids.users ?? []),
    siteNames(db, ids.sites ?? []),
    findReportRows(db, ids.reports ?? []),
  ]);
  return { organisations, users, sites, reportReferences: new Map(reports.map((row) => [row.id, row.reference])) };
}
