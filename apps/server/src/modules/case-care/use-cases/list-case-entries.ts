import type { CaseEntry, CaseEntryKind, CaseSection } from '@ctip/contracts';
import { decryptField } from '../../../crypto/field-cipher';
import type { Services } from '../../../services';
import { listEntries } from '../case-care.repository';
import { presentEntry } from '../case-care.presenter';
import { entryLocation } from './record-case-entry';

/**
 * The entries of a case that the caller's sections show (an organisation with a medical referral
 * sees assessments and services, not repatriation), newest first, decrypted.
 */
export async function listCaseEntries(services: Services, caseId: string, sections: readonly CaseSection[], kind?: CaseEntryKind): Promise<CaseEntry[]> {
  const rows = await listEntries(services.db, caseId, sections, kind);
  return rows.map((row) => presentEntry(row, JSON.parse(decryptField(services.keyRing, entryLocation(row.id), row.data))));
}

/** One entry of a case, decrypted; undefined when it does not exist there or its section is not shown. */
export async function loadCaseEntry(services: Services, caseId: string, entryId: string, sections: readonly CaseSection[]): Promise<CaseEntry | undefined> {
  return (await listCaseEntries(services, caseId, sections)).find((entry) => entry.id === entryId);
}
