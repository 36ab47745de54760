import { randomUUID } from 'node:crypto';
import { CASE_ENTRY_KINDS, type CaseEntryInput } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { encryptField } from '../../../crypto/field-cipher';
import { invalidField } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { checkCountries } from '../../../validation/known-references';
import type { CaseRow } from '../../cases/use-cases/load-case';
import { agreementExists, insertEntry, organisationExists, replaceEntry, touchCase, type EntryRow } from '../case-care.repository';

/** Where an entry's content is sealed: one row, one column. */
export const entryLocation = (entryId: string) => ({ table: 'case_entries', column: 'data', rowId: entryId });

/** Whether a YYYY-MM-DD string names a day that exists (the kinds' schemas only check the shape). */
function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/**
 * The rules an entry's schema cannot know: real dates, none in the future (a plan's target date
 * may be), dates in order, countries of the reference data, organisations and agreements that
 * exist. Every problem is collected before anything is written.
 * @throws AppError validation_failed naming each field (paths as in the request body).
 */
export async function checkCaseEntry(services: Services, input: CaseEntryInput): Promise<void> {
  const db = services.db;
  const today = todayOf(services.now());
  const problems = new FieldProblems();
  const dates: Array<{ path: string; value: string | null; mayBeFuture?: boolean }> = [{ path: 'occurredOn', value: input.occurredOn }];
  const provider = async (organisationId: string | null) => {
    if (organisationId && !(await organisationExists(db, organisationId))) problems.add('data.providerOrganisationId', 'No such organisation.', 'unknown_organisation');
  };
  switch (input.kind) {
    case 'service_plan':
      dates.push({ path: 'data.targetDate', value: input.data.targetDate, mayBeFuture: true });
      checkOrder(problems, 'data.targetDate', input.occurredOn, input.data.targetDate, 'A plan’s target date cannot be before the plan was made.');
      await provider(input.data.providerOrganisationId);
      break;
    case 'service_delivered':
      dates.push({ path: 'data.endedOn', value: input.data.endedOn });
      checkOrder(problems, 'data.endedOn', input.occurredOn, input.data.endedOn, 'A service cannot end before it started.');
      await provider(input.data.providerOrganisationId);
      break;
    case 'repatriation':
      dates.push({ path: 'data.departedOn', value: input.data.departedOn }, { path: 'data.arrivedOn', value: input.data.arrivedOn });
      checkOrder(problems, 'data.arrivedOn', input.data.departedOn, input.data.arrivedOn, 'The person cannot arrive before they left.');
      await checkCountries(db, problems, [
        { path: 'data.fromCountry', code: input.data.fromCountry },
        { path: 'data.toCountry', code: input.data.toCountry },
      ]);
      if (input.data.fromCountry === input.data.toCountry) problems.add('data.toCountry', 'A repatriation goes to another country than the one it leaves.', 'same_country');
      if (input.data.agreementId && !(await agreementExists(db, input.data.agreementId))) problems.add('data.agreementId', 'No such agreement in the reference data.', 'unknown_agreement');
      break;
    case 'reintegration_plan':
      dates.push({ path: 'data.plannedOn', value: input.data.plannedOn });
      break;
    case 'assessment':
    case 'family_tracing':
      break;
  }
  for (const date of dates) {
    if (date.value === null) continue;
    if (!isRealDate(date.value)) problems.add(date.path, 'This is not a real date.', 'invalid_date');
    else if (!date.mayBeFuture) checkNotFuture(problems, date.path, date.value, today);
  }
  problems.throwIfAny();
}

/**
 * Records a new entry on a case: its content (everything but the date) sealed to the row. The
 * caller has authorised 'case.record_entry' on the entry's section.
 * @throws AppError validation_failed (see {@link checkCaseEntry}).
 */
export async function recordCaseEntry(services: Services, actor: Actor, row: CaseRow, input: CaseEntryInput, context: AuditContext): Promise<string> {
  await checkCaseEntry(services, input);
  const id = randomUUID();
  const now = services.now().toISOString();
  await inTransaction(services, async (trx) => {
    await insertEntry(trx, {
      id,
      case_id: row.id,
      section: CASE_ENTRY_KINDS[input.kind].section,
      kind: input.kind,
      occurred_on: input.occurredOn,
      data: encryptField(services.keyRing, entryLocation(id), JSON.stringify(input.data)),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await touchCase(trx, row.id, now);
    await audit(services, trx, context, { action: 'case.entry_recorded', resourceType: 'case', resourceId: row.id, details: { kind: input.kind } });
  });
  return id;
}

/**
 * Replaces an entry's date and content; its kind (and so its section) never changes.
 * @throws AppError validation_failed (another kind; see {@link checkCaseEntry}).
 */
export async function updateCaseEntry(services: Services, row: CaseRow, entry: EntryRow, input: CaseEntryInput, context: AuditContext): Promise<void> {
  if (input.kind !== entry.kind) throw invalidField('kind', `This entry is a ${entry.kind.replace(/_/g, ' ')}; its kind cannot change.`, 'kind_changed');
  await checkCaseEntry(services, input);
  const now = services.now().toISOString();
  await inTransaction(services, async (trx) => {
    await replaceEntry(trx, entry.id, { occurred_on: input.occurredOn, data: encryptField(services.keyRing, entryLocation(entry.id), JSON.stringify(input.data)), updated_at: now });
    await touchCase(trx, row.id, now);
    await audit(services, trx, context, { action: 'case.entry_updated', resourceType: 'case', resourceId: row.id, changedFields: ['occurredOn', 'data'], details: { kind: input.kind } });
  });
}
