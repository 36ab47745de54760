import type { PersonInput } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { AppError } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { inTransaction, type Services } from '../../../services';
import { openCase } from '../../cases/use-cases/open-case';
import { displayNameOf, estimatedBirthYear } from '../../persons/person-record';
import type { PersonRecord } from '../../persons/persons.repository';
import { insertCheckedPerson } from '../../persons/use-cases/save-person';
import { insertImportedConsent, isExternalIdTaken, setCaseExternalIds } from '../case-exchange.repository';
import { ImportCancelled, ImportRowFailure, type ImportProgress } from '../import/import-kind';
import type { MappedRow } from '../import/map-import-row';
import { markImportCommitted } from './complete-import';

/** Rows committed between progress reports. */
const PROGRESS_EVERY = 100;

/** The person as openCase needs it, built from what was just inserted (no need to read it back and decrypt it). */
function personRecordOf(id: string, actor: Actor, input: PersonInput, now: string): PersonRecord {
  const birth = input.birth;
  return {
    id,
    ownerOrganisationId: actor.organisationId,
    displayName: displayNameOf(input),
    names: [],
    sex: input.sex,
    birth: birth
      ? { precision: birth.precision, date: birth.precision === 'age' ? null : birth.date, age: birth.precision === 'age' ? birth.age : null, ageAt: birth.precision === 'age' ? birth.ageAt : null, estimatedYear: estimatedBirthYear(birth) }
      : null,
    nationalities: input.nationalities,
    languages: input.languages,
    home: { provinceCode: input.home.provinceCode ?? null, district: input.home.district ?? null, commune: input.home.commune ?? null, village: input.home.village ?? null },
    documents: [],
    contacts: [],
    isDemo: false,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Writes every row of a validated import in ONE transaction: for each row a person
 * (insertCheckedPerson), a case with screening pending (openCase, screening null) with its
 * exploitation, the legacy systems' identifiers and any stated consent to record data; then the
 * job is marked committed, its file deleted and the commit audited with counts, all in the same
 * transaction. Either every row lands or none does: a row that fails (an identifier taken since
 * the dry run, a rule openCase enforces) or a cancellation rolls everything back.
 * @throws ImportRowFailure naming the row; ImportCancelled; AppError conflict when the job is no longer committing.
 */
export async function commitImportRows(
  services: Services,
  actor: Actor,
  jobId: string,
  rows: readonly MappedRow[],
  context: AuditContext,
  progress: ImportProgress,
): Promise<{ persons: number; cases: number }> {
  return inTransaction(services, async (trx) => {
    const now = services.now().toISOString();
    let done = 0;
    for (const row of rows) {
      // Checked again here, row by row: another import or a colleague may have used the number since the dry run.
      if (await isExternalIdTaken(trx, row.externalIds)) throw new ImportRowFailure(row.row, 'already_imported', 'A case in ctip now has this row’s MoSVY, Primero or OSCaR number; nothing was imported.');
      try {
        const personId = await insertCheckedPerson(services, trx, actor, row.person, context);
        const opened = await openCase(services, trx, actor, { person: personRecordOf(personId, actor, row.person, now), screening: null, openedOn: row.openedOn, exploitationTypes: row.exploitationTypes, sectors: row.sectors, assignedUserId: null }, context);
        if (row.externalIds.mosvyCaseNumber || row.externalIds.primeroId || row.externalIds.oscarId) await setCaseExternalIds(trx, opened.id, row.externalIds);
        if (row.consent) {
          const note = row.consent.statedAsYes ? 'Imported from a legacy spreadsheet, which recorded the consent as given without saying how.' : 'Imported from a legacy spreadsheet.';
          await insertImportedConsent(trx, services.keyRing, { caseId: opened.id, method: row.consent.method, givenOn: row.openedOn, note, recordedBy: actor.userId, now });
        }
      } catch (error) {
        if (error instanceof AppError) throw new ImportRowFailure(row.row, error.fieldErrors[0]?.code ?? error.code, `${error.message} Nothing was imported.`);
        // Whatever the database refused, the job names the row; the error itself may hold content and is not shown.
        throw new ImportRowFailure(row.row, 'write_failed', 'This row could not be written; nothing was imported.', { cause: error });
      }
      done += 1;
      if (done % PROGRESS_EVERY === 0) {
        progress.onProgress(done);
        // Let other requests run between batches (on PostgreSQL they proceed on other connections).
        await new Promise((resolve) => setImmediate(resolve));
        if (progress.isCancelled()) throw new ImportCancelled();
      }
    }
    progress.onProgress(done);
    const result = { persons: done, cases: done };
    await markImportCommitted(services, trx, context, { jobId, actor, rows: done, result, event: { action: 'case_import.committed', resourceType: 'case_import', resourceId: jobId, details: result } });
    return result;
  });
}
