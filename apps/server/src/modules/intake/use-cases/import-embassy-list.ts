import { EMBASSY_LIST_NAME_FIELDS, REPEATABLE_EMBASSY_LIST_FIELDS, type EmbassyListRequest } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { Actor } from '../../../policy/actor';
import { inTransaction, type Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { ImportCancelled, type ImportKindSpec, type ImportProgress } from '../../case-exchange/import/import-kind';
import { markImportCommitted } from '../../case-exchange/use-cases/complete-import';
import { checkMappingColumns, loadReferenceLookups, mapEveryRow, validationOf } from '../../case-exchange/use-cases/validate-import-rows';
import { EMBASSY_LIST_VOCABULARY } from '../embassy-list/embassy-list-vocabulary';
import { mapEmbassyListRow, type EmbassyListPerson } from '../embassy-list/map-embassy-list-row';
import { checkReportFields, insertReport, type ReportFields } from './record-report';

/**
 * Embassies' lists of their nationals believed held, imported through the spreadsheet import
 * framework (case-exchange/IMPORT.md, BULK-INTAKE.md): each row is a person, and the whole list
 * becomes ONE intake report. Rows are checked on their own; a passport number given twice is
 * flagged (a warning: lists repeat people, and the report keeps both rows).
 */
export const embassyListImportKind: ImportKindSpec<EmbassyListPerson> = {
  kind: 'embassy_list',
  vocabulary: EMBASSY_LIST_VOCABULARY,
  checkMapping(mapping, rowCount, columnCount) {
    const { problems, mapped } = checkMappingColumns(mapping, rowCount, columnCount, REPEATABLE_EMBASSY_LIST_FIELDS);
    if (!EMBASSY_LIST_NAME_FIELDS.some((field) => mapped.has(field))) problems.add('columns', 'Map at least one column to a name.', 'name_required');
    problems.throwIfAny();
  },
  async validateRows(services, rows, mapping, progress) {
    const context = {
      fields: mapping.columns.filter((column): column is { index: number; field: string } => column.field !== null),
      dateOrder: mapping.dateOrder,
      today: todayOf(services.now()),
      lookups: await loadReferenceLookups(services),
    };
    const results = await mapEveryRow(rows, mapping.headerRow, (cells, row) => ({ row, ...mapEmbassyListRow(cells, row, context) }), progress);
    const problems = results.flatMap((result) => result.problems);
    const column = mapping.columns.find((entry) => entry.field === 'passport')?.index ?? null;
    const firstRow = new Map<string, number>();
    for (const { row, passport } of results) {
      if (passport === null) continue;
      const key = passport.replace(/[\s-]+/g, '').toUpperCase();
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row);
      else problems.push({ row, column, field: 'passport', severity: 'warning', code: 'duplicate_in_sheet', message: `Row ${first} has the same passport number.` });
    }
    return validationOf(results.length, results.flatMap((result) => (result.mapped ? [result.mapped] : [])), problems);
  },
};

/** The report an embassy's list becomes, without its people: checked before the commit starts. */
export interface EmbassyListReport {
  fields: Omit<ReportFields, 'people'>;
  provinceCode: string | null;
}

/**
 * Checks what a list says as a whole — the site exists, the reporter's contact is well formed —
 * before its commit starts, so that a problem is answered at once (400, by field) rather than
 * failing the job. The report is received now, on the `embassy_request` channel.
 * @throws AppError validation_failed.
 */
export async function checkEmbassyListRequest(services: Services, request: EmbassyListRequest): Promise<EmbassyListReport> {
  const now = services.now();
  const fields: Omit<ReportFields, 'people'> = {
    channel: 'embassy_request',
    receivedAt: now.toISOString(),
    reporter: { anonymous: false, name: request.reporterName, contact: request.reporterContact, relationship: 'embassy', doNotCallBack: false },
    peopleCount: null,
    siteId: request.siteId,
    provinceCode: null,
    placeDetail: null,
    allegation: { narrative: request.narrative, types: [] },
    urgency: request.urgency,
  };
  const { provinceCode } = await checkReportFields(services.db, { ...fields, people: [] }, now);
  return { fields, provinceCode };
}

/**
 * Writes a checked list as ONE report of the actor's organisation, in one transaction with the
 * end of its job: the report (reporter, narrative, names, contacts and details encrypted; names,
 * contacts and passports blind-indexed) with every person, written in parts of a few hundred
 * rows — never row by row through a use case — then the job marked committed, its file deleted
 * and the commit audited with counts. A cancellation between parts, or any failure, rolls it
 * all back: no report, no person.
 * @throws ImportCancelled; AppError conflict when the job is no longer committing.
 */
export async function commitEmbassyList(services: Services, actor: Actor, jobId: string, people: readonly EmbassyListPerson[], report: EmbassyListReport, context: AuditContext, progress: ImportProgress): Promise<{ reportId: string; reference: string; people: number }> {
  const fields: ReportFields = { ...report.fields, people: people.map((entry) => entry.person) };
  return inTransaction(services, async (trx) => {
    const written = await insertReport(services, trx, actor, fields, report.provinceCode, context, {
      reason: 'Imported from a list of people sent as a spreadsheet',
      onPeopleWritten: async (done) => {
        progress.onProgress(done);
        // Let other requests run between parts (on PostgreSQL they proceed on other connections).
        await new Promise((resolve) => setImmediate(resolve));
        if (progress.isCancelled()) throw new ImportCancelled();
      },
    });
    const result = { reportId: written.id, reference: written.reference, people: people.length };
    await markImportCommitted(services, trx, context, { jobId, actor, rows: people.length, result, event: { action: 'intake_import.committed', resourceType: 'intake_import', resourceId: jobId, details: { reportId: written.id, people: people.length } } });
    return result;
  });
}
