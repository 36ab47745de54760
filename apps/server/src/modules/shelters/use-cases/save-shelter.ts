import { randomUUID } from 'node:crypto';
import type { ShelterInput, ShelterUpdateInput } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { invalidField } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { FieldProblems } from '../../../validation/field-problems';
import { checkProvinces } from '../../../validation/known-references';
import { countOccupants, insertShelter, updateShelterRow, type ShelterListRow } from '../shelters.repository';

/**
 * Registers a shelter of the actor's organisation, open from now.
 * @throws AppError validation_failed (unknown province).
 */
export async function registerShelter(services: Services, actor: Actor, input: ShelterInput, context: AuditContext): Promise<string> {
  const problems = new FieldProblems();
  await checkProvinces(services.db, problems, [{ path: 'provinceCode', code: input.provinceCode }]);
  problems.throwIfAny();
  const id = randomUUID();
  const now = services.now().toISOString();
  await inTransaction(services, async (trx) => {
    await insertShelter(trx, {
      id,
      organisation_id: actor.organisationId,
      name: input.name,
      province_code: input.provinceCode,
      capacity: input.capacity,
      accepts_sex: input.acceptsSex,
      accepts_children: input.acceptsChildren ? 1 : 0,
      status: 'open',
      is_demo: 0,
      created_at: now,
      updated_at: now,
    });
    await audit(services, trx, context, { action: 'shelter.registered', resourceType: 'shelter', resourceId: id, details: {} });
  });
  return id;
}

/**
 * Changes a shelter. Capacity cannot fall below the people it holds now, and who it accepts
 * changes only for admissions to come.
 * @throws AppError validation_failed (unknown province, capacity below occupancy).
 */
export async function changeShelter(services: Services, shelter: ShelterListRow, input: ShelterUpdateInput, context: AuditContext): Promise<void> {
  const problems = new FieldProblems();
  if (input.provinceCode) await checkProvinces(services.db, problems, [{ path: 'provinceCode', code: input.provinceCode }]);
  if (input.capacity !== undefined) {
    const occupants = await countOccupants(services.db, shelter.id);
    if (input.capacity < occupants) problems.add('capacity', `The shelter holds ${occupants} people now; record who left before lowering its capacity below that.`, 'capacity_below_occupancy');
  }
  problems.throwIfAny();
  const changed = Object.keys(input);
  await inTransaction(services, async (trx) => {
    await updateShelterRow(trx, shelter.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.provinceCode !== undefined ? { province_code: input.provinceCode } : {}),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      ...(input.acceptsSex !== undefined ? { accepts_sex: input.acceptsSex } : {}),
      ...(input.acceptsChildren !== undefined ? { accepts_children: input.acceptsChildren ? 1 : 0 } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updated_at: services.now().toISOString(),
    });
    // Capacity is checked again under the row lock: an admission may have come in meanwhile.
    if (input.capacity !== undefined && input.capacity < (await countOccupants(trx, shelter.id))) {
      throw invalidField('capacity', 'The shelter took someone in meanwhile; its capacity cannot fall below the people it holds.', 'capacity_below_occupancy');
    }
    await audit(services, trx, context, { action: 'shelter.updated', resourceType: 'shelter', resourceId: shelter.id, changedFields: changed, details: {} });
  });
}
