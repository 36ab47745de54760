import { randomUUID } from 'node:crypto';
import { isOpenReportStatus, responseDueAt, type ReportInput, type ReportPersonInput, type ReportStatus } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { ReportsTable } from '../../../db/schema';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { FieldProblems } from '../../../validation/field-problems';
import { checkCountries, checkProvinces } from '../../../validation/known-references';
import { appendReportMove, encryptReportFields, insertReportIdentifiers, insertReportPeople, insertReportRow, nextReportReference, type ReporterRecord } from '../intake.repository';

/** A report's fields, complete (what creating one gives, and what an update merges into). */
export interface ReportFields {
  channel: ReportInput['channel'];
  /** ISO-8601 UTC. */
  receivedAt: string;
  reporter: ReporterRecord;
  people: ReportPersonInput[];
  peopleCount: number | null;
  siteId: string | null;
  provinceCode: string | null;
  placeDetail: string | null;
  allegation: { narrative: string; types: string[] };
  urgency: ReportInput['urgency'];
}

/** How far ahead of the server's clock a reception time may be (clocks of phones and laptops drift). */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Checks what the schema cannot, reporting every problem at once: a reception time not in the
 * future, an anonymous reporter without name or contact, a count no smaller than the people
 * listed, countries, provinces and the site that exist, and a province that agrees with the
 * site's. Resolves to the province to store (the site's, when none was given).
 * @throws AppError validation_failed.
 */
export async function checkReportFields(db: Executor, fields: ReportFields, now: Date): Promise<{ provinceCode: string | null }> {
  const problems = new FieldProblems();
  if (Date.parse(fields.receivedAt) > now.getTime() + CLOCK_SKEW_MS) problems.add('receivedAt', 'A report cannot be received in the future.', 'future_date');
  if (fields.receivedAt < '2000-01-01') problems.add('receivedAt', 'This date is before 2000.', 'implausible');
  if (fields.reporter.anonymous && fields.reporter.name) problems.add('reporter.name', 'An anonymous report carries no reporter name.', 'anonymous_with_identity');
  if (fields.reporter.anonymous && fields.reporter.contact) problems.add('reporter.contact', 'An anonymous report carries no reporter contact.', 'anonymous_with_identity');
  if (fields.peopleCount !== null && fields.peopleCount < fields.people.length) {
    problems.add('peopleCount', `${fields.people.length} people are listed, but the count says ${fields.peopleCount}.`, 'count_below_listed');
  }
  await checkCountries(db, problems, fields.people.map((person, index) => ({ path: `people.${index}.nationality`, code: person.nationality })));
  await checkProvinces(db, problems, [{ path: 'provinceCode', code: fields.provinceCode }]);
  let provinceCode = fields.provinceCode;
  if (fields.siteId) {
    const site = await db.selectFrom('sites').select(['id', 'province_code']).where('id', '=', fields.siteId).executeTakeFirst();
    if (!site) problems.add('siteId', 'No such site in the registry.', 'unknown_site');
    else if (provinceCode && provinceCode !== site.province_code) problems.add('provinceCode', `The site is in ${site.province_code}, not ${provinceCode}.`, 'province_differs_from_site');
    else provinceCode = site.province_code;
  }
  problems.throwIfAny();
  return { provinceCode };
}

/** The nationalities of the people concerned, for lists (codes only, in order, once each). */
export function nationalitiesOf(people: readonly ReportPersonInput[]): string {
  return JSON.stringify([...new Set(people.map((person) => person.nationality).filter((code): code is string => code !== null))]);
}

/** The columns of a report row that follow from its fields. */
export function reportColumns(services: Services, id: string, fields: ReportFields, provinceCode: string | null, status: ReportStatus): Omit<ReportsTable, 'id' | 'reference' | 'owner_organisation_id' | 'recorded_by' | 'status' | 'closure_reason' | 'assigned_user_id' | 'assigned_organisation_id' | 'is_demo' | 'created_at' | 'updated_at'> {
  return {
    channel: fields.channel,
    received_at: fields.receivedAt,
    reporter_anonymous: fields.reporter.anonymous ? 1 : 0,
    reporter_relationship: fields.reporter.relationship,
    do_not_call_back: fields.reporter.doNotCallBack ? 1 : 0,
    people_count: fields.peopleCount ?? (fields.people.length > 0 ? fields.people.length : null),
    people_nationalities: nationalitiesOf(fields.people),
    site_id: fields.siteId,
    province_code: provinceCode,
    allegation_types: JSON.stringify([...new Set(fields.allegation.types)]),
    urgency: fields.urgency,
    is_open: isOpenReportStatus(status) ? 1 : 0,
    due_at: responseDueAt(fields.receivedAt, fields.urgency),
    ...encryptReportFields(services.keyRing, id, { reporter: fields.reporter, placeDetail: fields.placeDetail, narrative: fields.allegation.narrative }),
  };
}

/** A report's fields from the body of `POST /api/reports`. */
export function fieldsOfInput(input: ReportInput, now: Date): ReportFields {
  return {
    channel: input.channel,
    receivedAt: new Date(input.receivedAt ?? now.toISOString()).toISOString(),
    reporter: input.reporter,
    people: input.people,
    peopleCount: input.peopleCount,
    siteId: input.siteId,
    provinceCode: input.provinceCode,
    placeDetail: input.placeDetail,
    allegation: input.allegation,
    urgency: input.urgency,
  };
}

/** How a report was recorded, for its audit event and its first history entry. */
export interface ReportRecording {
  isDemo?: boolean;
  /** The first history entry's reason. */
  reason?: string;
  /**
   * Called after each part of a long list of people is written (the count written so far): an
   * import reports its progress here, and may throw to roll the whole report back.
   */
  onPeopleWritten?(done: number): Promise<void>;
}

/** People written per part of a long list (between progress reports). */
const PEOPLE_PER_PART = 500;

/**
 * Writes a checked report (see {@link checkReportFields}) inside the caller's transaction: the
 * row with its reference and response deadline, its people in parts, the contacts and passports
 * it mentions as blind indexes, the first history entry and the `report.created` audit event
 * (counts only). Resolves to its id and reference.
 */
export async function insertReport(services: Services, trx: Executor, actor: Actor, fields: ReportFields, provinceCode: string | null, context: AuditContext, options: ReportRecording = {}): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const at = services.now().toISOString();
  const reference = await nextReportReference(trx, Number(fields.receivedAt.slice(0, 4)));
  await insertReportRow(trx, {
    id,
    reference,
    owner_organisation_id: actor.organisationId,
    recorded_by: actor.userId,
    status: 'new',
    closure_reason: null,
    assigned_user_id: null,
    assigned_organisation_id: null,
    is_demo: options.isDemo ? 1 : 0,
    created_at: at,
    updated_at: at,
    ...reportColumns(services, id, fields, provinceCode, 'new'),
  });
  for (let start = 0; start < fields.people.length; start += PEOPLE_PER_PART) {
    const part = fields.people.slice(start, start + PEOPLE_PER_PART);
    await insertReportPeople(trx, services.keyRing, id, part, start);
    await options.onPeopleWritten?.(start + part.length);
  }
  await insertReportIdentifiers(trx, services.keyRing, id, fields.people, fields.reporter);
  await appendReportMove(trx, services.keyRing, id, { from: null, to: 'new', reason: options.reason ?? 'Report recorded', closureReason: null, assignedUserId: null, assignedOrganisationId: null, by: actor.userId, at });
  await audit(services, trx, context, { action: 'report.created', resourceType: 'report', resourceId: id, details: { channel: fields.channel, urgency: fields.urgency, people: fields.peopleCount ?? fields.people.length } });
  return { id, reference };
}

/**
 * Records a report for the actor's organisation, status "new", with its response deadline; the
 * reporter's identity, the place in words, the narrative and the people's names and contacts are
 * encrypted; names and contacts are also blind-indexed so that reports can be matched.
 * @throws AppError validation_failed.
 */
export async function recordReport(services: Services, actor: Actor, input: ReportInput, context: AuditContext, options: { isDemo?: boolean } = {}): Promise<string> {
  const now = services.now();
  const fields = fieldsOfInput(input, now);
  const { provinceCode } = await checkReportFields(services.db, fields, now);
  return inTransaction(services, async (trx) => (await insertReport(services, trx, actor, fields, provinceCode, context, options)).id);
}
