import type { OperationDetail, OperationSummary } from '@ctip/contracts';
import type { OperationsTable } from '../../db/schema';

type OrganisationRef = { id: string; nameEn: string; nameKm: string | null };

/** Names an operation's presentation needs. */
export interface OperationReferences {
  organisations: Map<string, OrganisationRef>;
  sites: Map<string, { id: string; name: string; kind: string; provinceCode: string }>;
  users: Map<string, { id: string; displayName: string }>;
}

const organisation = (references: OperationReferences, id: string): OrganisationRef => references.organisations.get(id) ?? { id, nameEn: '', nameKm: null };

/** An operation in lists: where, when, who, how many. */
export function presentOperationSummary(row: OperationsTable, agencyIds: string[], references: OperationReferences): OperationSummary {
  const site = references.sites.get(row.site_id) ?? { id: row.site_id, name: '', kind: 'scam_compound', provinceCode: '' };
  return {
    id: row.id,
    kind: row.kind as OperationSummary['kind'],
    occurredOn: row.occurred_on,
    site: { id: site.id, name: site.name, kind: site.kind as OperationSummary['site']['kind'], provinceCode: site.provinceCode },
    leadOrganisation: organisation(references, row.lead_organisation_id),
    agencies: agencyIds.map((id) => organisation(references, id)),
    rescuedTotal: row.rescued_total,
    arrestsTotal: row.arrests_total,
    recordingOrganisation: organisation(references, row.owner_organisation_id),
    createdAt: row.created_at,
  };
}

/** An operation's page for the organisations that took part; survivors' cases only for the organisation that owns them. */
export function presentOperationDetail(
  row: OperationsTable,
  facts: {
    agencyIds: string[];
    rescued: Array<{ nationality: string | null; sex: string; age_group: string; count: number }>;
    arrests: Array<{ nationality: string; count: number }>;
    evidenceNotes: string;
    survivorCases: Array<{ caseId: string; caseNumber: string; personId: string }> | null;
    individualsRecorded: number;
    reports: Array<{ id: string; reference: string }>;
  },
  references: OperationReferences,
): OperationDetail {
  return {
    ...presentOperationSummary(row, facts.agencyIds, references),
    rescued: { total: row.rescued_total, breakdown: facts.rescued.map((cell) => ({ nationality: cell.nationality, sex: cell.sex as 'female', ageGroup: cell.age_group as '18-24', count: cell.count })) },
    arrests: { total: row.arrests_total, byNationality: facts.arrests.map((entry) => ({ nationality: entry.nationality, count: entry.count })) },
    receivingOrganisation: row.receiving_organisation_id ? organisation(references, row.receiving_organisation_id) : null,
    evidenceNotes: facts.evidenceNotes,
    exploitationTypes: JSON.parse(row.exploitation_types) as OperationDetail['exploitationTypes'],
    survivorCases: facts.survivorCases,
    individualsRecorded: facts.individualsRecorded,
    reports: facts.reports,
    recordedBy: references.users.get(row.recorded_by) ?? { id: row.recorded_by, displayName: '' },
  };
}
