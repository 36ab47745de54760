import { randomUUID } from 'node:crypto';
import type { OrganisationKind } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { AppError, notFound } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { findOrganisation, insertOrganisation, updateOrganisation, type OrganisationRow } from '../organisations.repository';

/** Fields of an organisation that administrators set. */
export interface OrganisationInput {
  nameEn: string;
  nameKm?: string | null | undefined;
  kind: OrganisationKind;
  countryCode: string;
}

/** Adds an organisation to the directory. */
export async function createOrganisation(services: Services, input: OrganisationInput, context: AuditContext): Promise<OrganisationRow> {
  const now = services.now().toISOString();
  const id = randomUUID();
  await inTransaction(services, async (trx) => {
    await insertOrganisation(trx, {
      id,
      code: null,
      name_en: input.nameEn,
      name_km: input.nameKm ?? null,
      acronym: null,
      kind: input.kind,
      country_code: input.countryCode,
      is_platform_operator: 0,
      status: 'active',
      source: 'local',
      is_demo: 0,
      created_at: now,
      updated_at: now,
    });
    await audit(services, trx, context, { action: 'organisation.created', resourceType: 'organisation', resourceId: id, changedFields: Object.keys(input) });
  });
  return (await findOrganisation(services.db, id))!;
}

/**
 * Changes an organisation. Deactivating one ends its users' access (their sessions stop
 * resolving); the platform operator cannot be deactivated, or nobody could administer.
 * @throws AppError not_found, conflict.
 */
export async function changeOrganisation(
  services: Services,
  id: string,
  changes: Partial<OrganisationInput & { status: 'active' | 'inactive' }>,
  context: AuditContext,
): Promise<OrganisationRow> {
  const existing = await findOrganisation(services.db, id);
  if (!existing) throw notFound();
  if (changes.status === 'inactive' && existing.is_platform_operator === 1) {
    throw new AppError('conflict', 'The organisation that runs the platform cannot be deactivated.');
  }
  const columns: Record<string, string | null> = {};
  if (changes.nameEn !== undefined) columns.name_en = changes.nameEn;
  if (changes.nameKm !== undefined) columns.name_km = changes.nameKm;
  if (changes.kind !== undefined) columns.kind = changes.kind;
  if (changes.countryCode !== undefined) columns.country_code = changes.countryCode;
  if (changes.status !== undefined) columns.status = changes.status;
  await inTransaction(services, async (trx) => {
    await updateOrganisation(trx, id, { ...columns, updated_at: services.now().toISOString() });
    await audit(services, trx, context, { action: 'organisation.updated', resourceType: 'organisation', resourceId: id, changedFields: Object.keys(changes) });
  });
  return (await findOrganisation(services.db, id))!;
}
