import type { ReportPersonInput, ReportStatus, ReportUpdate } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { ReportsTable } from '../../../db/schema';
import { audit, inTransaction, type Services } from '../../../services';
import { decryptReportFields, deleteReportIdentifiers, deleteReportPeople, insertReportIdentifiers, insertReportPeople, loadReportPeople, updateReportRow } from '../intake.repository';
import { checkReportFields, reportColumns, type ReportFields } from './record-report';

/** A stored report's fields, decrypted, ready to merge changes into. */
async function fieldsOfRow(services: Services, row: ReportsTable): Promise<ReportFields> {
  const decrypted = decryptReportFields(services.keyRing, row);
  const people = await loadReportPeople(services.db, services.keyRing, row.id);
  return {
    channel: row.channel as ReportFields['channel'],
    receivedAt: row.received_at,
    reporter: decrypted.reporter,
    people: people.map((person) => ({ names: person.names, contacts: person.contacts, nationality: person.nationality, age: person.age, sex: person.sex, details: person.details }) as ReportPersonInput),
    peopleCount: row.people_count,
    siteId: row.site_id,
    provinceCode: row.province_code,
    placeDetail: decrypted.placeDetail,
    allegation: { narrative: decrypted.narrative, types: JSON.parse(row.allegation_types) as string[] },
    urgency: row.urgency as ReportFields['urgency'],
  };
}

/**
 * Corrects a report: the fields given replace the stored ones (lists whole), everything is
 * checked again, and the response deadline follows a new urgency or reception time. The
 * status history is untouched (it changes by moves only).
 * @throws AppError validation_failed.
 */
export async function updateReport(services: Services, row: ReportsTable, changes: ReportUpdate, context: AuditContext): Promise<void> {
  const current = await fieldsOfRow(services, row);
  const merged: ReportFields = {
    ...current,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    receivedAt: changes.receivedAt ? new Date(changes.receivedAt).toISOString() : current.receivedAt,
  } as ReportFields;
  // A new site without a province takes the site's; a province kept from before must agree with it.
  if (changes.siteId !== undefined && changes.provinceCode === undefined && changes.siteId !== null) merged.provinceCode = null;
  // Counting as many as were listed: a new list of people resets a count that was only the old list's length.
  if (changes.people !== undefined && changes.peopleCount === undefined && current.peopleCount === current.people.length) merged.peopleCount = null;
  const { provinceCode } = await checkReportFields(services.db, merged, services.now());
  await inTransaction(services, async (trx) => {
    await updateReportRow(trx, row.id, { ...reportColumns(services, row.id, merged, provinceCode, row.status as ReportStatus), updated_at: services.now().toISOString() });
    // The identifiers follow the reporter and the people; the people (a list may hold thousands) are rewritten only when they changed.
    if (changes.people !== undefined || changes.reporter !== undefined) {
      await deleteReportIdentifiers(trx, row.id);
      if (changes.people !== undefined) {
        await deleteReportPeople(trx, row.id);
        await insertReportPeople(trx, services.keyRing, row.id, merged.people);
      }
      await insertReportIdentifiers(trx, services.keyRing, row.id, merged.people, merged.reporter);
    }
    await audit(services, trx, context, { action: 'report.updated', resourceType: 'report', resourceId: row.id, changedFields: Object.keys(changes) });
  });
}
