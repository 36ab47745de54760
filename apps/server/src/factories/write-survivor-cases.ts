import { randomUUID } from 'node:crypto';
import { checkStageMove, SECTIONS_BY_SERVICE, type CaseStage } from '@ctip/contracts';
import type { AuditContext } from '../audit/audit-events';
import { encryptField } from '../crypto/field-cipher';
import { refreshNextFollowUp, scheduleFollowUps } from '../modules/cases/follow-up-schedule';
import { openCase, writeStageMove } from '../modules/cases/use-cases/open-case';
import { loadPerson } from '../modules/persons/persons.repository';
import { insertCheckedPerson } from '../modules/persons/use-cases/save-person';
import { findScreening } from '../modules/screenings/screenings.repository';
import { recordScreening } from '../modules/screenings/use-cases/record-screening';
import type { Actor } from '../policy/actor';
import { audit, inTransaction, type Executor, type Services } from '../services';
import { createRandom, type Random } from './random';
import type { CaseOrganisationKey, SurvivorCaseGraph } from './survivor-case-factory';

/** Who stands behind each organisation key: its id, and a user who acts for it. */
export interface CaseOrganisations {
  organisationIdOf(key: CaseOrganisationKey): string;
  actorOf(key: CaseOrganisationKey): Actor;
}

/** Options of {@link writeSurvivorCases}. */
export interface WriteSurvivorCasesOptions {
  context: AuditContext;
  isDemo?: boolean;
  /** Cases written per transaction: one fsync per batch rather than per change keeps loading fast. */
  batchSize?: number;
  /** Decides which past follow-up visits were made (the rest are overdue); default: four in five. */
  random?: Random;
  /** Today (YYYY-MM-DD): follow-up visits due later are left pending. */
  today: string;
}

/** The services as they were at a moment of the story: every write and audit event carries that time. */
const servicesAt = (services: Services, date: string, minute: number): Services => {
  const instant = new Date(`${date}T02:00:00.000Z`);
  instant.setUTCMinutes(minute);
  return { ...services, now: () => new Date(instant) };
};

const sealed = (services: Services, table: string, column: string, rowId: string, value: unknown) => encryptField(services.keyRing, { table, column, rowId }, typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Writes one case graph in the caller's transaction, as it happened: the person, screening and
 * case through the persons, screenings and cases use cases (insertCheckedPerson, recordScreening,
 * openCase), then consents, the repatriation record, referrals and stage moves in date order,
 * each stamped with its own date and audited as the use cases audit them. Every stage move is
 * checked with the stage rules first, so a factory that built an impossible story fails loudly.
 * @throws Error when a move would break the stage rules.
 */
async function writeGraph(services: Services, trx: Executor, graph: SurvivorCaseGraph, organisations: CaseOrganisations, options: WriteSurvivorCasesOptions & { random: Random }): Promise<{ caseId: string; personId: string }> {
  const { context } = options;
  const owner = organisations.actorOf(graph.owner);
  let minute = 0;
  const at = (date: string) => servicesAt(services, date, (minute += 7));
  const opening = at(graph.openedOn);

  const personId = await insertCheckedPerson(opening, trx, owner, graph.person, context, { isDemo: options.isDemo ?? false });
  const person = (await loadPerson(trx, services.keyRing, personId))!;
  const screened = await recordScreening(opening, trx, owner, person, graph.screening, context);
  const screening = (await findScreening(trx, screened.id))!;
  const { id: caseId } = await openCase(
    opening,
    trx,
    owner,
    { person, screening: { id: screening.id, screenedOn: screening.screened_on, isChild: screening.is_child === 1, forcedCriminality: screening.forced_criminality === 1, outcome: screening.outcome }, openedOn: graph.openedOn, exploitationTypes: graph.exploitationTypes, sectors: graph.sectors, assignedUserId: owner.userId },
    context,
    { isDemo: options.isDemo ?? false },
  );
  const opened = await trx.selectFrom('cases').select(['is_child']).where('id', '=', caseId).executeTakeFirstOrThrow();

  // The case's own facts, as a case worker fills them in after opening.
  await trx
    .updateTable('cases')
    .set({
      recruitment: sealed(services, 'cases', 'recruitment', caseId, graph.recruitment),
      guardian: graph.guardian ? sealed(services, 'cases', 'guardian', caseId, graph.guardian) : null,
      best_interest: graph.bestInterest ? sealed(services, 'cases', 'best_interest', caseId, graph.bestInterest) : null,
      identification_status: graph.identification.status,
      identification_authority: graph.identification.authority,
      identification_date: graph.identification.date,
      non_punishment: graph.nonPunishment ? 1 : 0,
      mosvy_case_number: graph.externalIds.mosvyCaseNumber,
      primero_id: graph.externalIds.primeroId,
      oscar_id: graph.externalIds.oscarId,
    })
    .where('id', '=', caseId)
    .execute();
  if (graph.routeLegs.length > 0) await trx.insertInto('case_route_legs').values(graph.routeLegs.map((leg, position) => ({ id: randomUUID(), case_id: caseId, position, role: leg.role, country_code: leg.countryCode, province_code: leg.provinceCode, place: leg.place, arrived_on: leg.arrivedOn, left_on: leg.leftOn }))).execute();
  await audit(opening, trx, context, { action: 'case.updated', resourceType: 'case', resourceId: caseId, changedFields: ['recruitment', 'routeLegs', 'identification', 'nonPunishment', 'guardian', 'bestInterest', 'externalIds'] });

  // Everything else in date order; on the same day, consents before what they allow, moves last.
  type Event = { on: string; order: number; apply: (moment: Services) => Promise<void> };
  const events: Event[] = [];
  let stage: CaseStage = 'identified';
  let repatriationRecorded = false;
  const consentedCountries = new Set<string>();
  for (const consent of graph.consents) {
    events.push({
      on: consent.givenOn,
      order: 0,
      apply: async (moment) => {
        const id = randomUUID();
        await trx
          .insertInto('case_consents')
          .values({ id, case_id: caseId, kind: consent.kind, recipient_organisation_id: consent.recipient ? organisations.organisationIdOf(consent.recipient) : null, recipient_country: consent.recipientCountry, method: consent.method, given_on: consent.givenOn, note: sealed(services, 'case_consents', 'note', id, consent.note), recorded_by: owner.userId, created_at: moment.now().toISOString(), withdrawn_on: null, withdrawal_reason: null, withdrawn_by: null })
          .execute();
        if (consent.recipientCountry) consentedCountries.add(consent.recipientCountry);
        await audit(moment, trx, context, { action: 'consent.recorded', resourceType: 'case', resourceId: caseId, details: { kind: consent.kind } });
      },
    });
  }
  const repatriation = graph.repatriation;
  if (repatriation) {
    events.push({
      on: repatriation.occurredOn,
      order: 1,
      apply: async (moment) => {
        const id = randomUUID();
        const { occurredOn, ...data } = repatriation;
        await trx.insertInto('case_entries').values({ id, case_id: caseId, section: 'repatriation', kind: 'repatriation', occurred_on: occurredOn, data: sealed(services, 'case_entries', 'data', id, data), created_by: owner.userId, created_at: moment.now().toISOString(), updated_at: moment.now().toISOString() }).execute();
        repatriationRecorded = true;
        await audit(moment, trx, context, { action: 'case.entry_recorded', resourceType: 'case', resourceId: caseId, details: { kind: 'repatriation' } });
      },
    });
  }
  for (const referral of graph.referrals) {
    events.push({
      on: referral.on,
      order: 2,
      apply: async (moment) => {
        const id = randomUUID();
        const receiver = organisations.actorOf(referral.to);
        const now = moment.now().toISOString();
        const answered = referral.answer !== 'pending';
        await trx
          .insertInto('case_referrals')
          .values({ id, case_id: caseId, kind: 'referral', service: referral.service, from_organisation_id: organisations.organisationIdOf(graph.owner), to_organisation_id: receiver.organisationId, status: referral.answer, note: sealed(services, 'case_referrals', 'note', id, referral.note), response_note: answered ? sealed(services, 'case_referrals', 'response_note', id, '') : null, consent_override_reason: null, created_by: owner.userId, created_at: now, responded_by: answered ? receiver.userId : null, responded_at: answered ? now : null, ended_at: null })
          .execute();
        await audit(moment, trx, context, { action: 'referral.created', resourceType: 'case', resourceId: caseId, details: { kind: 'referral', service: referral.service } });
        if (referral.answer === 'accepted') {
          await trx.insertInto('case_grants').values({ id: randomUUID(), case_id: caseId, organisation_id: receiver.organisationId, sections: JSON.stringify(SECTIONS_BY_SERVICE[referral.service]), referral_id: id, granted_at: now, revoked_at: null }).execute();
        }
        if (answered) await audit(moment, trx, context, { action: referral.answer === 'accepted' ? 'referral.accepted' : 'referral.declined', resourceType: 'case', resourceId: caseId, details: { kind: 'referral' } });
      },
    });
  }
  for (const move of graph.moves) {
    events.push({
      on: move.on,
      order: 3,
      apply: async (moment) => {
        const facts = { stage, isChild: opened.is_child === 1, hasGuardian: graph.guardian !== null, hasBestInterestDetermination: graph.bestInterest !== null, repatriation: repatriationRecorded && repatriation ? { fromCountry: repatriation.fromCountry, toCountry: repatriation.toCountry } : null, hasRepatriationConsent: repatriation !== null && consentedCountries.has(repatriation.toCountry) };
        const problems = checkStageMove(facts, move);
        if (problems.length > 0) throw new Error(`synthetic case breaks the stage rules moving ${stage} → ${move.to}: ${problems.map((problem) => problem.code).join(', ')}`);
        const now = moment.now().toISOString();
        await trx.updateTable('cases').set({ stage: move.to, closed_on: move.to === 'closed' ? move.on : null, closure_reason: move.to === 'closed' ? move.closureReason : null, updated_at: now }).where('id', '=', caseId).execute();
        if (move.to === 'follow_up') await scheduleFollowUps(trx, caseId, move.on, now);
        await writeStageMove(moment, trx, caseId, { from: stage, to: move.to, reason: move.reason, closureReason: move.closureReason, by: owner.userId });
        await audit(moment, trx, context, { action: 'case.stage_moved', resourceType: 'case', resourceId: caseId, changedFields: ['stage'], details: { from: stage, to: move.to } });
        stage = move.to;
      },
    });
  }
  events.sort((left, right) => (left.on < right.on ? -1 : left.on > right.on ? 1 : left.order - right.order));
  let last = opening;
  for (const event of events) {
    last = at(event.on);
    await event.apply(last);
  }

  // Follow-up visits already due were mostly made; the others are overdue, as in real case loads.
  const due = await trx.selectFrom('follow_ups').select(['id', 'due_on']).where('case_id', '=', caseId).where('due_on', '<', options.today).orderBy('due_on').execute();
  for (const visit of due) {
    if (!options.random.chance(0.8)) continue;
    const completedOn = visit.due_on;
    const moment = at(completedOn);
    const outcome = options.random.pick(['doing_well', 'doing_well', 'doing_well', 'needs_support', 'not_reached'] as const);
    await trx.updateTable('follow_ups').set({ completed_on: completedOn, method: options.random.pick(['home_visit', 'phone_call'] as const), outcome, notes: sealed(services, 'follow_ups', 'notes', visit.id, ''), completed_by: owner.userId }).where('id', '=', visit.id).execute();
    await audit(moment, trx, context, { action: 'follow_up.completed', resourceType: 'case', resourceId: caseId, details: { outcome } });
    last = moment;
  }
  await refreshNextFollowUp(trx, caseId);
  await trx.updateTable('cases').set({ updated_at: last.now().toISOString() }).where('id', '=', caseId).execute();
  return { caseId, personId };
}

/**
 * Writes synthetic cases (factories/survivor-case-factory.ts) in batches, one transaction per
 * batch: the demo data set and tests that need realistic case loads use it. Resolves to the
 * ids written, in the order of the graphs.
 * @throws Error when a graph breaks the stage rules (nothing of its batch is written).
 */
export async function writeSurvivorCases(services: Services, graphs: readonly SurvivorCaseGraph[], organisations: CaseOrganisations, options: WriteSurvivorCasesOptions): Promise<Array<{ caseId: string; personId: string }>> {
  const random = options.random ?? createRandom(7);
  const batchSize = options.batchSize ?? 25;
  const written: Array<{ caseId: string; personId: string }> = [];
  for (let start = 0; start < graphs.length; start += batchSize) {
    const batch = graphs.slice(start, start + batchSize);
    written.push(...(await inTransaction(services, async (trx) => {
      const ids: Array<{ caseId: string; personId: string }> = [];
      for (const graph of batch) ids.push(await writeGraph(services, trx, graph, organisations, { ...options, random }));
      return ids;
    })));
  }
  return written;
}
