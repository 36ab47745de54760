import { randomUUID } from 'node:crypto';
import type { PersonInput } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { checkCountries, checkProvinces } from '../../../validation/known-references';
import { insertPerson, replacePerson } from '../persons.repository';

/**
 * Checks what the schema cannot: dates of birth not in the future, places and countries that
 * exist. Every problem is reported at once.
 * @throws AppError validation_failed.
 */
export async function checkPersonInput(db: Executor, input: PersonInput, today: string, prefix = ''): Promise<void> {
  const problems = new FieldProblems();
  if (input.birth?.precision === 'age') {
    checkNotFuture(problems, `${prefix}birth.ageAt`, input.birth.ageAt, today);
    if (Number(input.birth.ageAt.slice(0, 4)) - input.birth.age < 1900) problems.add(`${prefix}birth.age`, 'This age gives a birth year before 1900.', 'implausible');
  } else if (input.birth) {
    checkNotFuture(problems, `${prefix}birth.date`, input.birth.date, today);
    checkOrder(problems, `${prefix}birth.date`, '1900', input.birth.date, 'This date is before 1900.');
  }
  await checkProvinces(db, problems, [{ path: `${prefix}home.provinceCode`, code: input.home?.provinceCode }]);
  await checkCountries(db, problems, [
    ...input.nationalities.map((code, index) => ({ path: `${prefix}nationalities.${index}`, code })),
    ...input.documents.map((document, index) => ({ path: `${prefix}documents.${index}.issuingCountry`, code: document.issuingCountry })),
  ]);
  problems.throwIfAny();
}

/**
 * Records a new person for the actor's organisation, inside an open transaction (an intake or
 * a raid records several at once). Identifying fields are encrypted before they are written.
 */
export async function insertCheckedPerson(services: Services, trx: Executor, actor: Actor, input: PersonInput, context: AuditContext, options: { isDemo?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  await insertPerson(trx, services.keyRing, input, { id, ownerOrganisationId: actor.organisationId, createdBy: actor.userId, now: services.now().toISOString(), ...(options.isDemo ? { isDemo: true } : {}) });
  await audit(services, trx, context, { action: 'person.created', resourceType: 'person', resourceId: id, changedFields: Object.keys(input) });
  return id;
}

/** Records a new person. @throws AppError validation_failed. */
export async function createPerson(services: Services, actor: Actor, input: PersonInput, context: AuditContext): Promise<string> {
  await checkPersonInput(services.db, input, todayOf(services.now()));
  return inTransaction(services, (trx) => insertCheckedPerson(services, trx, actor, input, context));
}

/** Replaces a person's identity with a corrected version. @throws AppError validation_failed. */
export async function updatePerson(services: Services, personId: string, input: PersonInput, context: AuditContext): Promise<void> {
  await checkPersonInput(services.db, input, todayOf(services.now()));
  await inTransaction(services, async (trx) => {
    await replacePerson(trx, services.keyRing, personId, input, services.now().toISOString());
    await trx.updateTable('cases').set({ sex: input.sex, nationality: input.nationalities[0] ?? null, province_code: input.home?.provinceCode ?? null, updated_at: services.now().toISOString() }).where('person_id', '=', personId).execute();
    await audit(services, trx, context, { action: 'person.updated', resourceType: 'person', resourceId: personId, changedFields: Object.keys(input) });
  });
}
