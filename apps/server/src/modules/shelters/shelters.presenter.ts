import type { Shelter, ShelterStay } from '@ctip/contracts';
import type { ShelterListRow, StayListRow } from './shelters.repository';

/** A shelter with its occupancy, field by field. */
export function presentShelter(row: ShelterListRow): Shelter {
  return {
    id: row.id,
    organisation: { id: row.organisation_id, nameEn: row.organisation_name_en, nameKm: row.organisation_name_km },
    name: row.name,
    provinceCode: row.province_code,
    capacity: row.capacity,
    occupancy: row.occupancy,
    available: Math.max(0, row.capacity - row.occupancy),
    acceptsSex: row.accepts_sex as Shelter['acceptsSex'],
    acceptsChildren: row.accepts_children === 1,
    status: row.status as Shelter['status'],
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
  };
}

/** A stay, field by field. */
export function presentStay(row: StayListRow): ShelterStay {
  return {
    id: row.id,
    caseId: row.case_id,
    shelter: { id: row.shelter_id, name: row.shelter_name, provinceCode: row.shelter_province_code, organisationId: row.shelter_organisation_id },
    admittedOn: row.admitted_on,
    leftOn: row.left_on,
    leavingReason: row.leaving_reason as ShelterStay['leavingReason'],
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    createdAt: row.created_at,
  };
}
