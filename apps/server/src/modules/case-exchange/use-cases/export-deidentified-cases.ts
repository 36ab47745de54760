import { loadCountries } from '@ctip/country-kh';
import type { CaseStage, ExploitationSector, ExploitationType, ForcedLabourIndicator, Recruitment, Sex } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { decryptField } from '../../../crypto/field-cipher';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { loadExportFacts, type ExportScope } from '../case-exchange.repository';
import { deidentifiedRows, type ExportRecord } from '../export/deidentified-rows';
import { EXPORT_COLUMNS } from '../export/htcds-mapping';
import { toSpreadsheetCsv } from '../export/spreadsheet-csv';

/** A de-identified export and what it left out. */
export interface DeidentifiedExport {
  csv: string;
  rows: number;
  /** Records withheld because their combination of quasi-identifiers was too rare. */
  suppressed: number;
  /** Cases left out because the person has no active consent to the recording of their data. */
  withoutConsent: number;
  scope: ExportScope['kind'];
  /** How far each quasi-identifier was generalised (0: as recorded). */
  levels: Record<string, number>;
}

/**
 * Which cases an actor's export covers. Analysts: every case on the platform, since nothing in
 * the output identifies anyone and platform-wide counts are what they analyse. Case workers:
 * their own organisation's cases that they may see.
 */
export function exportScopeOf(actor: Actor): ExportScope {
  return actor.roles.includes('analyst') ? { kind: 'platform' } : { kind: 'organisation', actor };
}

/**
 * Exports cases as de-identified CSV in the variables of IOM's Human Trafficking Case Data
 * Standard (export/htcds-mapping.ts): no name, contact, document, date of birth or place below
 * the province is read at all; dates are years; every combination of quasi-identifiers is
 * shared by at least 11 records, after generalising, or suppressed (export/k-anonymise.ts);
 * every cell is escaped against formula injection. Only cases whose person has an active consent
 * to the recording of their data are included (SECURITY.md 13). The export is audited, with
 * counts, before it is returned: if the audit cannot be written, nothing is returned.
 */
export async function exportDeidentifiedCases(services: Services, actor: Actor, context: AuditContext): Promise<DeidentifiedExport> {
  const scope = exportScopeOf(actor);
  const facts = await loadExportFacts(services.db, scope);
  const consented = new Set(facts.consents.filter((consent) => consent.withdrawn_on === null).map((consent) => consent.case_id));
  const typesOf = new Map<string, ExploitationType[]>();
  const sectorsOf = new Map<string, ExploitationSector[]>();
  for (const item of facts.exploitation) {
    if (item.kind === 'type') typesOf.set(item.case_id, [...(typesOf.get(item.case_id) ?? []), item.code as ExploitationType]);
    else sectorsOf.set(item.case_id, [...(sectorsOf.get(item.case_id) ?? []), item.code as ExploitationSector]);
  }
  const records: ExportRecord[] = [];
  let withoutConsent = 0;
  for (const row of facts.cases) {
    if (!consented.has(row.id)) {
      withoutConsent += 1;
      continue;
    }
    // Only the method of recruitment leaves the server; the promise, debts and dates stay sealed.
    const recruitment = row.recruitment ? (JSON.parse(decryptField(services.keyRing, { table: 'cases', column: 'recruitment', rowId: row.id }, row.recruitment)) as Recruitment) : null;
    records.push({
      sex: row.sex as Sex,
      ageAtIdentification: row.age_at_identification,
      nationality: row.nationality,
      provinceCode: row.province_code,
      exploitationTypes: typesOf.get(row.id) ?? [],
      sectors: sectorsOf.get(row.id) ?? [],
      openedOn: row.opened_on,
      stage: row.stage as CaseStage,
      identificationStatus: row.identification_status === 'formal' ? 'formal' : 'presumptive',
      recruitmentMethod: recruitment?.method ?? null,
      indicators: row.indicators ? (JSON.parse(row.indicators) as ForcedLabourIndicator[]) : [],
    });
  }
  const asean = new Set(loadCountries().filter((country) => country.isAseanMember).map((country) => country.alpha2));
  const { rows, suppressed, levels } = deidentifiedRows(records, asean);
  const csv = toSpreadsheetCsv(EXPORT_COLUMNS, rows);
  await inTransaction(services, (trx) => audit(services, trx, context, { action: 'record.exported', resourceType: 'case', details: { format: 'csv', rows: rows.length, suppressed, withoutConsent, scope: scope.kind } }));
  return { csv, rows: rows.length, suppressed, withoutConsent, scope: scope.kind, levels };
}
