import { randomUUID } from 'node:crypto';
import { ageGroupOf, checkArrestCounts, checkRescueCounts, RAIDING_OPERATION_KINDS, SECTOR_OF_SITE_KIND, type OperationInput, type PersonInput, type RescueCell, type SiteKind } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { AppError, invalidField } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { checkNotFuture, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { checkActiveOrganisation, checkCountries } from '../../../validation/known-references';
import { openCase } from '../../cases/use-cases/open-case';
import { actionReportsOfOperation, checkReportsForOperation } from '../../intake/use-cases/action-reports';
import { ageOn } from '../../persons/person-record';
import { loadPerson } from '../../persons/persons.repository';
import { checkPersonInput, insertCheckedPerson } from '../../persons/use-cases/save-person';
import { findSite } from '../../sites/use-cases/load-site';
import { appendSiteStatus } from '../../sites/use-cases/record-site-status';
import { encryptEvidence, hasActiveCaseWorker, insertOperation, insertRescuedPerson } from '../operations.repository';

/** The rescue cell (nationality, sex, age group at the operation) of an individual. */
export function rescueCellOf(person: PersonInput, occurredOn: string): RescueCell {
  const birth = person.birth ? { precision: person.birth.precision, date: 'date' in person.birth ? person.birth.date : null, age: 'age' in person.birth ? person.birth.age : null, ageAt: 'ageAt' in person.birth ? person.birth.ageAt : null } : null;
  return { nationality: person.nationalities[0] ?? null, sex: person.sex, ageGroup: ageGroupOf(ageOn(birth, occurredOn)) };
}

/** Adds the problems of a person's own checks (dates of birth, places, countries) under its path. */
async function collectPersonProblems(services: Services, problems: FieldProblems, person: PersonInput, path: string): Promise<void> {
  try {
    await checkPersonInput(services.db, person, todayOf(services.now()), path);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
    for (const fieldError of error.fieldErrors) problems.add(fieldError.path, fieldError.message, fieldError.code);
  }
}

/**
 * Records an inspection, raid or rescue, checked whole before anything is written: the site
 * exists and existed on that date; the date is not in the future; organisations are active; the
 * rescue counts agree with the individuals listed; the individuals' identities are valid; the
 * reports are ones the actor sees, about this site. Then, in ONE transaction, the operation and
 * its counts; each individual becomes a person with a survivor case, screening pending, owned
 * by the receiving organisation (which must have case workers); a raid or rescue puts a
 * "raided" entry, sourced to the operation, in the site's history; the linked reports move to
 * "actioned". If any part fails, nothing is written.
 * @throws AppError validation_failed.
 */
export async function recordOperation(services: Services, actor: Actor, input: OperationInput, context: AuditContext, options: { isDemo?: boolean } = {}): Promise<string> {
  const site = await findSite(services, input.siteId);
  if (!site) throw invalidField('siteId', 'No such site in the registry.', 'unknown_site');
  const problems = new FieldProblems();
  const today = todayOf(services.now());
  checkNotFuture(problems, 'occurredOn', input.occurredOn, today);
  if (input.occurredOn < site.first_recorded_on) {
    problems.add('occurredOn', `The site's first record is dated ${site.first_recorded_on}; an operation cannot take place there before it existed in the registry.`, 'before_site_existed');
  }
  const isRaid = RAIDING_OPERATION_KINDS.includes(input.kind);
  // The raid's entry in the site's history keeps it in date order, or is a correction with a reason.
  const correctionReason = isRaid && input.occurredOn < site.current_status_on ? input.siteStatusCorrectionReason : null;
  if (isRaid && input.occurredOn >= site.first_recorded_on && input.occurredOn < site.current_status_on && !input.siteStatusCorrectionReason) {
    problems.add('occurredOn', `The site's latest status is dated ${site.current_status_on}; a raid dated before it goes into the site's history as a historical correction: give siteStatusCorrectionReason.`, 'out_of_order');
  }

  await checkActiveOrganisation(services.db, problems, 'leadOrganisationId', input.leadOrganisationId);
  for (const [index, organisationId] of input.agencyOrganisationIds.entries()) await checkActiveOrganisation(services.db, problems, `agencyOrganisationIds.${index}`, organisationId);
  const receivingOrganisationId = input.receivingOrganisationId ?? actor.organisationId;
  if (input.receivingOrganisationId) await checkActiveOrganisation(services.db, problems, 'receivingOrganisationId', input.receivingOrganisationId);
  if (input.individuals.length > 0 && !(await hasActiveCaseWorker(services.db, receivingOrganisationId))) {
    problems.add('receivingOrganisationId', input.receivingOrganisationId ? 'This organisation has no active case workers to take in the people rescued; name a case-working organisation.' : 'Your organisation has no case workers to take in the people rescued; name the case-working organisation that does.', 'not_case_working');
  }

  for (const problem of [...checkRescueCounts(input.rescued, input.individuals.map((person) => rescueCellOf(person, input.occurredOn))), ...checkArrestCounts(input.arrests)]) problems.add(problem.path, problem.message, problem.code);
  await checkCountries(services.db, problems, [
    ...input.rescued.breakdown.map((cell, index) => ({ path: `rescued.breakdown.${index}.nationality`, code: cell.nationality })),
    ...input.arrests.byNationality.map((entry, index) => ({ path: `arrests.byNationality.${index}.nationality`, code: entry.nationality })),
  ]);
  for (const [index, person] of input.individuals.entries()) await collectPersonProblems(services, problems, person, `individuals.${index}.`);
  const reports = await checkReportsForOperation(services, actor, problems, 'reportIds', [...new Set(input.reportIds)], site.id);
  problems.throwIfAny();

  return inTransaction(services, async (trx) => {
    const id = randomUUID();
    const at = services.now().toISOString();
    const rescued = input.rescued.breakdown.length > 0 ? input.rescued.breakdown : [];
    await insertOperation(
      trx,
      {
        id,
        kind: input.kind,
        occurred_on: input.occurredOn,
        site_id: site.id,
        lead_organisation_id: input.leadOrganisationId,
        receiving_organisation_id: input.individuals.length > 0 || input.receivingOrganisationId ? receivingOrganisationId : null,
        owner_organisation_id: actor.organisationId,
        recorded_by: actor.userId,
        rescued_total: input.rescued.total,
        arrests_total: input.arrests.total,
        evidence_notes: encryptEvidence(services.keyRing, id, input.evidenceNotes),
        exploitation_types: JSON.stringify(input.exploitationTypes),
        is_demo: options.isDemo ? 1 : 0,
        created_at: at,
      },
      {
        parties: [
          { organisationId: actor.organisationId, role: 'recorder' },
          { organisationId: input.leadOrganisationId, role: 'lead' },
          ...input.agencyOrganisationIds.map((organisationId) => ({ organisationId, role: 'agency' })),
          ...(input.individuals.length > 0 || input.receivingOrganisationId ? [{ organisationId: receivingOrganisationId, role: 'receiving' }] : []),
          ...reports.map((report) => ({ organisationId: report.owner_organisation_id, role: 'reporting' })),
        ],
        rescued: rescued.map((cell) => ({ nationality: cell.nationality, sex: cell.sex, ageGroup: cell.ageGroup, count: cell.count })),
        arrests: input.arrests.byNationality,
        reportIds: reports.map((report) => report.id),
      },
    );

    // The people rescued become persons and survivor cases of the organisation that takes them in.
    const receiver: Actor = { ...actor, organisationId: receivingOrganisationId };
    const sector = SECTOR_OF_SITE_KIND[site.kind as SiteKind];
    for (const [position, person] of input.individuals.entries()) {
      const personId = await insertCheckedPerson(services, trx, receiver, person, context, options);
      const record = (await loadPerson(trx, services.keyRing, personId))!;
      const opened = await openCase(services, trx, receiver, { person: record, screening: null, openedOn: input.occurredOn, exploitationTypes: input.exploitationTypes, sectors: [sector], assignedUserId: null }, context, options);
      await insertRescuedPerson(trx, { operationId: id, personId, caseId: opened.id, position });
    }

    if (isRaid) {
      await appendSiteStatus(services, trx, actor, site.id, { status: 'raided', occurredOn: input.occurredOn, source: { source_kind: 'operation', source_operation_id: id, source_report_id: null, source_title: null, source_publisher: null, source_date: null, source_url: null, source_reference: null }, correctionReason }, context);
    }
    const reportsActioned = await actionReportsOfOperation(services, trx, actor, reports, { id, siteId: site.id, kind: input.kind, occurredOn: input.occurredOn }, context);
    await audit(services, trx, context, {
      action: 'operation.recorded',
      resourceType: 'operation',
      resourceId: id,
      details: { kind: input.kind, siteId: site.id, rescued: input.rescued.total, individuals: input.individuals.length, casesOpened: input.individuals.length, reportsActioned, arrests: input.arrests.total },
    });
    return id;
  });
}
