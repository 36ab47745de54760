import { randomUUID } from 'node:crypto';
import { assessScreening, type ScreeningInput } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { encryptField } from '../../../crypto/field-cipher';
import type { Actor } from '../../../policy/actor';
import { audit, type Executor, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { actDayOf, ageOn } from '../../persons/person-record';
import type { PersonRecord } from '../../persons/persons.repository';
import { insertScreening } from '../screenings.repository';

/**
 * Records a screening of a person against the legal definition and the forced-labour
 * indicators. The outcome is computed here (assessScreening), never taken from the client; the
 * age at the act comes from the form or, failing that, from the date of birth. Evidence and the
 * summary are encrypted. A person may be screened any number of times; each is kept.
 * @throws AppError validation_failed for dates in the future or out of order.
 */
export async function recordScreening(services: Services, trx: Executor, actor: Actor, person: PersonRecord, input: ScreeningInput, context: AuditContext): Promise<{ id: string; outcome: string; isChild: boolean }> {
  const today = todayOf(services.now());
  const problems = new FieldProblems();
  checkNotFuture(problems, 'screenedOn', input.screenedOn, today);
  checkNotFuture(problems, 'actDate', input.actDate, today);
  checkOrder(problems, 'actDate', input.actDate, input.screenedOn, 'The act cannot be after the screening.');
  problems.throwIfAny();

  const ageAtAct = input.ageAtAct ?? ageOn(person.birth, actDayOf(input.actDate, input.screenedOn));
  const assessment = assessScreening({
    acts: input.acts.map((element) => element.code),
    means: input.means.map((element) => element.code),
    purposes: input.purposes.map((element) => element.code),
    indicators: input.indicators.map((element) => element.code),
    ageAtAct,
  });
  const id = randomUUID();
  const evidenceOf = (elements: Array<{ code: string; evidence: string }>) => Object.fromEntries(elements.map((element) => [element.code, element.evidence]));
  await insertScreening(trx, {
    id,
    person_id: person.id,
    organisation_id: actor.organisationId,
    screened_by: actor.userId,
    screened_on: input.screenedOn,
    act_date: input.actDate,
    age_at_act: ageAtAct,
    acts: JSON.stringify(input.acts.map((element) => element.code)),
    means: JSON.stringify(input.means.map((element) => element.code)),
    purposes: JSON.stringify(input.purposes.map((element) => element.code)),
    indicators: JSON.stringify(input.indicators.map((element) => element.code)),
    evidence: encryptField(services.keyRing, { table: 'screenings', column: 'evidence', rowId: id }, JSON.stringify({ acts: evidenceOf(input.acts), means: evidenceOf(input.means), purposes: evidenceOf(input.purposes), indicators: evidenceOf(input.indicators) })),
    summary: encryptField(services.keyRing, { table: 'screenings', column: 'summary', rowId: id }, input.summary),
    forced_criminality: input.forcedCriminality ? 1 : 0,
    outcome: assessment.outcome,
    is_child: assessment.isChild ? 1 : 0,
    reasons: JSON.stringify(assessment.reasons),
    created_at: services.now().toISOString(),
  });
  await audit(services, trx, context, { action: 'screening.created', resourceType: 'person', resourceId: person.id, details: { outcome: assessment.outcome } });
  return { id, outcome: assessment.outcome, isChild: assessment.isChild };
}
