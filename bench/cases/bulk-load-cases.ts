import { randomUUID } from 'node:crypto';
import { SECTIONS_BY_SERVICE, VICTIM_RIGHT_CODES, type PersonInput } from '@ctip/contracts';
import { blindIndex } from '../../apps/server/src/crypto/blind-index';
import { encryptField } from '../../apps/server/src/crypto/field-cipher';
import { createRandom } from '../../apps/server/src/factories/random';
import { buildSurvivorCase, type SurvivorCaseGraph } from '../../apps/server/src/factories/survivor-case-factory';
import { indexedForm } from '../../apps/server/src/modules/persons/identifiers';
import { nameTokenDigests } from '../../apps/server/src/modules/persons/name-tokens';
import { ageOn, displayNameOf, estimatedBirthYear } from '../../apps/server/src/modules/persons/person-record';
import { inTransaction, type Services } from '../../apps/server/src/services';

/** An organisation of the benchmark and the case worker who owns its cases. */
export interface BenchOrganisation {
  id: string;
  workerId: string;
}

/** What the measurements need from the loaded cases. */
export interface LoadedCases {
  /** Cases the benchmark's organisation owns, with what a search for each can use. */
  owned: Array<{ caseId: string; names: PersonInput['names']; stage: string; sex: string; provinceCode: string | null; nationality: string | null; exploitationType: string | null }>;
  total: number;
  granted: number;
}

/** Rows per INSERT statement (within both databases' limits on bound parameters). */
const ROWS_PER_STATEMENT = 400;
/** Cases per transaction. */
const CASES_PER_TRANSACTION = 1_000;

const seal = (services: Services, table: string, column: string, rowId: string, value: string) => encryptField(services.keyRing, { table, column, rowId }, value);

/**
 * Loads synthetic cases straight into the tables, many rows per statement, with the same
 * encryption and blind indexes the application writes (identities, names, contacts, stage
 * reasons, consent notes and recruitment sealed; name tokens and contacts indexed), from the
 * factories' graphs. One organisation (the first) owns `ownShare` of the cases and receives
 * referrals of some of the others'.
 */
export async function bulkLoadCases(services: Services, organisations: readonly BenchOrganisation[], options: { cases: number; seed: number; today: string; ownShare: number; onProgress?: (done: number) => void }): Promise<LoadedCases> {
  const random = createRandom(options.seed);
  const counters = new Map<number, number>();
  const loaded: LoadedCases = { owned: [], total: 0, granted: 0 };
  const [bench, ...others] = organisations;
  for (let start = 0; start < options.cases; start += CASES_PER_TRANSACTION) {
    const rows: Record<string, Array<Record<string, unknown>>> = {
      persons: [], person_names: [], person_name_tokens: [], person_contacts: [], person_documents: [], cases: [], case_exploitation: [], case_route_legs: [], case_stage_history: [], case_consents: [], case_referrals: [], case_grants: [],
    };
    for (let index = start; index < Math.min(options.cases, start + CASES_PER_TRANSACTION); index += 1) {
      const graph: SurvivorCaseGraph = buildSurvivorCase(random, { today: options.today, sequence: index + 1 });
      const owner = random.chance(options.ownShare) ? bench! : random.pick(others);
      const personId = randomUUID();
      const caseId = randomUUID();
      const person = graph.person;
      const createdAt = `${graph.openedOn}T03:00:00.000Z`;
      const home = person.home;
      const hasHomeDetail = Boolean(home.district || home.commune || home.village);
      rows.persons!.push({
        id: personId, owner_organisation_id: owner.id, display_name: seal(services, 'persons', 'display_name', personId, displayNameOf(person)), sex: person.sex,
        birth_precision: person.birth?.precision ?? null, birth_date: person.birth && person.birth.precision !== 'age' ? person.birth.date : null, birth_age: person.birth?.precision === 'age' ? person.birth.age : null, birth_age_at: person.birth?.precision === 'age' ? person.birth.ageAt : null,
        birth_year_estimate: estimatedBirthYear(person.birth), nationalities: JSON.stringify(person.nationalities), languages: JSON.stringify(person.languages), home_province_code: home.provinceCode ?? null,
        home_detail: hasHomeDetail ? seal(services, 'persons', 'home_detail', personId, JSON.stringify({ district: home.district ?? null, commune: home.commune ?? null, village: home.village ?? null })) : null,
        is_demo: 0, created_by: owner.workerId, created_at: createdAt, updated_at: createdAt, cluster_id: personId,
      });
      person.names.forEach((name, position) => {
        const id = randomUUID();
        rows.person_names!.push({ id, person_id: personId, position, script: name.script, kind: name.kind, created_at: createdAt, value: seal(services, 'person_names', 'value', id, JSON.stringify({ full: name.full, family: name.family ?? null, given: name.given ?? null })) });
      });
      for (const token of nameTokenDigests(services.keyRing, person.names)) rows.person_name_tokens!.push({ token, person_id: personId });
      for (const contact of person.contacts) {
        const id = randomUUID();
        rows.person_contacts!.push({ id, person_id: personId, kind: contact.kind, created_at: createdAt, value: seal(services, 'person_contacts', 'value', id, contact.value), value_index: blindIndex(services.keyRing, 'person_contact_value', indexedForm(contact.value, contact.kind)), note: null });
      }
      for (const document of person.documents) {
        const id = randomUUID();
        rows.person_documents!.push({ id, person_id: personId, type: document.type, issuing_country: document.issuingCountry ?? null, held_by_others: document.heldByOthers ? 1 : 0, created_at: createdAt, number: seal(services, 'person_documents', 'number', id, document.number), number_index: blindIndex(services.keyRing, 'person_document_number', indexedForm(document.number, 'document')) });
      }

      const year = Number(graph.openedOn.slice(0, 4));
      const number = (counters.get(year) ?? 0) + 1;
      counters.set(year, number);
      const age = ageOn(person.birth ? { precision: person.birth.precision, date: person.birth.precision === 'age' ? null : person.birth.date, age: person.birth.precision === 'age' ? person.birth.age : null, ageAt: person.birth.precision === 'age' ? person.birth.ageAt : null } : null, graph.openedOn);
      const last = graph.moves.at(-1);
      const stage = last?.to ?? 'identified';
      const updatedAt = `${last?.on ?? graph.openedOn}T04:00:00.000Z`;
      rows.cases!.push({
        id: caseId, case_number: `CT-${year}-${String(number).padStart(6, '0')}`, person_id: personId, screening_id: null, owner_organisation_id: owner.id, assigned_user_id: owner.workerId, stage, opened_on: graph.openedOn,
        closed_on: stage === 'closed' ? last!.on : null, closure_reason: stage === 'closed' ? last!.closureReason : null, is_child: graph.isChild ? 1 : 0, age_at_identification: age, sex: person.sex, nationality: person.nationalities[0] ?? null, province_code: home.provinceCode ?? null,
        restricted: 0, identification_status: graph.identification.status, identification_authority: graph.identification.authority, identification_date: graph.identification.date, non_punishment: graph.nonPunishment ? 1 : 0,
        mosvy_case_number: graph.externalIds.mosvyCaseNumber, primero_id: graph.externalIds.primeroId, oscar_id: graph.externalIds.oscarId,
        recruitment: seal(services, 'cases', 'recruitment', caseId, JSON.stringify(graph.recruitment)), guardian: graph.guardian ? seal(services, 'cases', 'guardian', caseId, JSON.stringify(graph.guardian)) : null, best_interest: graph.bestInterest ? seal(services, 'cases', 'best_interest', caseId, JSON.stringify(graph.bestInterest)) : null,
        victim_rights: JSON.stringify(Object.fromEntries(VICTIM_RIGHT_CODES.map((code) => [code, random.chance(0.5)]))), next_follow_up_due: null, is_demo: 0, created_by: owner.workerId, created_at: createdAt, updated_at: updatedAt,
      });
      for (const code of graph.exploitationTypes) rows.case_exploitation!.push({ case_id: caseId, kind: 'type', code });
      for (const code of graph.sectors) rows.case_exploitation!.push({ case_id: caseId, kind: 'sector', code });
      graph.routeLegs.forEach((leg, position) => rows.case_route_legs!.push({ id: randomUUID(), case_id: caseId, position, role: leg.role, country_code: leg.countryCode, province_code: leg.provinceCode, place: leg.place, arrived_on: leg.arrivedOn, left_on: leg.leftOn }));
      const moves = [{ to: 'identified', on: graph.openedOn, reason: 'Case opened from screening', closureReason: null as string | null }, ...graph.moves];
      moves.forEach((move, position) => {
        const id = randomUUID();
        rows.case_stage_history!.push({ id, case_id: caseId, sequence: position + 1, from_stage: position === 0 ? null : moves[position - 1]!.to, to_stage: move.to, reason: seal(services, 'case_stage_history', 'reason', id, move.reason), closure_reason: move.closureReason, moved_by: owner.workerId, moved_at: `${move.on}T03:${String(position).padStart(2, '0')}:00.000Z` });
      });
      for (const consent of graph.consents) {
        const id = randomUUID();
        const recipient = consent.recipient ? (owner === bench ? others[0]!.id : bench!.id) : null;
        rows.case_consents!.push({ id, case_id: caseId, kind: consent.kind, recipient_organisation_id: recipient, recipient_country: consent.recipientCountry, method: consent.method, given_on: consent.givenOn, note: seal(services, 'case_consents', 'note', id, consent.note), recorded_by: owner.workerId, created_at: createdAt, withdrawn_on: null, withdrawal_reason: null, withdrawn_by: null });
      }
      // Referrals go to the benchmark's organisation (or, from it, to another), so its list also holds cases shared with it.
      for (const referral of graph.referrals) {
        const id = randomUUID();
        const receiver = owner === bench ? others[0]! : bench!;
        rows.case_referrals!.push({ id, case_id: caseId, kind: 'referral', service: referral.service, from_organisation_id: owner.id, to_organisation_id: receiver.id, status: referral.answer, note: seal(services, 'case_referrals', 'note', id, referral.note), response_note: null, consent_override_reason: null, created_by: owner.workerId, created_at: `${referral.on}T05:00:00.000Z`, responded_by: referral.answer === 'pending' ? null : receiver.workerId, responded_at: referral.answer === 'pending' ? null : `${referral.on}T06:00:00.000Z`, ended_at: null });
        if (referral.answer === 'accepted') {
          rows.case_grants!.push({ id: randomUUID(), case_id: caseId, organisation_id: receiver.id, sections: JSON.stringify(SECTIONS_BY_SERVICE[referral.service]), referral_id: id, granted_at: `${referral.on}T06:00:00.000Z`, revoked_at: null });
          if (receiver === bench) loaded.granted += 1;
        }
      }
      if (owner === bench) loaded.owned.push({ caseId, names: person.names, stage, sex: person.sex, provinceCode: home.provinceCode ?? null, nationality: person.nationalities[0] ?? null, exploitationType: graph.exploitationTypes[0] ?? null });
      loaded.total += 1;
    }
    await inTransaction(services, async (trx) => {
      for (const [table, tableRows] of Object.entries(rows)) {
        for (let offset = 0; offset < tableRows.length; offset += ROWS_PER_STATEMENT) {
          await trx.insertInto(table as never).values(tableRows.slice(offset, offset + ROWS_PER_STATEMENT) as never).execute();
        }
      }
    });
    options.onProgress?.(Math.min(options.cases, start + CASES_PER_TRANSACTION));
  }
  // Later cases opened through the application continue the numbering.
  await inTransaction(services, async (trx) => {
    for (const [year, next] of counters) {
      await trx.deleteFrom('case_number_counters').where('year', '=', year).execute();
      await trx.insertInto('case_number_counters').values({ year, next: next + 1 }).execute();
    }
  });
  return loaded;
}
