import { randomUUID } from 'node:crypto';
import type { UpdateCaseInput } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { encryptField } from '../../../crypto/field-cipher';
import { audit, inTransaction, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { checkCountries, checkProvinces } from '../../../validation/known-references';
import { writeExploitation } from './open-case';
import { checkAssignee } from './open-case';
import type { CaseRow } from './load-case';

/**
 * Changes a case's own fields. Route legs must be in time order with no date in the future and
 * places that exist; a best-interest determination cannot be in the future. Every problem is
 * reported at once and nothing is written unless all pass.
 * @throws AppError validation_failed.
 */
export async function changeCase(services: Services, row: CaseRow, input: UpdateCaseInput, context: AuditContext): Promise<void> {
  const today = todayOf(services.now());
  const problems = new FieldProblems();
  const legs = input.routeLegs ?? [];
  let previous: string | null = null;
  legs.forEach((leg, index) => {
    checkNotFuture(problems, `routeLegs.${index}.arrivedOn`, leg.arrivedOn, today);
    checkNotFuture(problems, `routeLegs.${index}.leftOn`, leg.leftOn, today);
    checkOrder(problems, `routeLegs.${index}.leftOn`, leg.arrivedOn, leg.leftOn, 'Leaving cannot be before arriving.');
    checkOrder(problems, `routeLegs.${index}.arrivedOn`, previous, leg.arrivedOn ?? leg.leftOn, 'Legs must be in time order.');
    previous = leg.leftOn ?? leg.arrivedOn ?? previous;
    if (leg.provinceCode && leg.countryCode !== 'KH') problems.add(`routeLegs.${index}.provinceCode`, 'Provinces are Cambodian; this leg is in another country.', 'province_outside_cambodia');
  });
  await checkCountries(services.db, problems, legs.map((leg, index) => ({ path: `routeLegs.${index}.countryCode`, code: leg.countryCode })));
  await checkProvinces(services.db, problems, legs.map((leg, index) => ({ path: `routeLegs.${index}.provinceCode`, code: leg.provinceCode })));
  checkNotFuture(problems, 'bestInterest.decidedOn', input.bestInterest?.decidedOn, today);
  checkNotFuture(problems, 'identification.date', input.identification?.date, today);
  checkNotFuture(problems, 'recruitment.recruitedOn', input.recruitment?.recruitedOn, today);
  if (input.assignedUserId !== undefined) await checkAssignee(services.db, problems, input.assignedUserId, row.owner_organisation_id);
  problems.throwIfAny();

  const encrypt = (column: string, value: unknown) => (value === null ? null : encryptField(services.keyRing, { table: 'cases', column, rowId: row.id }, JSON.stringify(value)));
  const columns: Record<string, string | number | null> = { updated_at: services.now().toISOString() };
  if (input.recruitment !== undefined) columns.recruitment = encrypt('recruitment', input.recruitment);
  if (input.guardian !== undefined) columns.guardian = encrypt('guardian', input.guardian);
  if (input.bestInterest !== undefined) columns.best_interest = encrypt('best_interest', input.bestInterest);
  if (input.identification) {
    columns.identification_status = input.identification.status;
    columns.identification_authority = input.identification.authority;
    columns.identification_date = input.identification.date;
  }
  if (input.nonPunishment !== undefined) columns.non_punishment = input.nonPunishment ? 1 : 0;
  if (input.victimRights) columns.victim_rights = JSON.stringify({ ...(JSON.parse(row.victim_rights) as object), ...input.victimRights });
  if (input.externalIds) {
    if (input.externalIds.mosvyCaseNumber !== undefined) columns.mosvy_case_number = input.externalIds.mosvyCaseNumber;
    if (input.externalIds.primeroId !== undefined) columns.primero_id = input.externalIds.primeroId;
    if (input.externalIds.oscarId !== undefined) columns.oscar_id = input.externalIds.oscarId;
  }
  if (input.assignedUserId !== undefined) columns.assigned_user_id = input.assignedUserId;

  await inTransaction(services, async (trx) => {
    await trx.updateTable('cases').set(columns).where('id', '=', row.id).execute();
    if (input.exploitationTypes || input.sectors) {
      const current = await trx.selectFrom('case_exploitation').select(['kind', 'code']).where('case_id', '=', row.id).execute();
      await writeExploitation(trx, row.id, input.exploitationTypes ?? current.filter((item) => item.kind === 'type').map((item) => item.code), input.sectors ?? current.filter((item) => item.kind === 'sector').map((item) => item.code));
    }
    if (input.routeLegs) {
      await trx.deleteFrom('case_route_legs').where('case_id', '=', row.id).execute();
      if (legs.length > 0) {
        await trx.insertInto('case_route_legs').values(legs.map((leg, position) => ({ id: randomUUID(), case_id: row.id, position, role: leg.role, country_code: leg.countryCode, province_code: leg.provinceCode, place: leg.place, arrived_on: leg.arrivedOn, left_on: leg.leftOn }))).execute();
      }
    }
    await audit(services, trx, context, { action: 'case.updated', resourceType: 'case', resourceId: row.id, changedFields: Object.keys(input) });
  });
}
