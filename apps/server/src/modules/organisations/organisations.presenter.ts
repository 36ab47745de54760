import type { Organisation, OrganisationKind } from '@ctip/contracts';
import type { OrganisationRow } from './organisations.repository';

/** An organisation as the API shows it. */
export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    nameEn: row.name_en,
    nameKm: row.name_km,
    kind: row.kind as OrganisationKind,
    countryCode: row.country_code,
    acronym: row.acronym,
    status: row.status as Organisation['status'],
    isPlatformOperator: row.is_platform_operator === 1,
    source: row.source as Organisation['source'],
    userCount: row.user_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
