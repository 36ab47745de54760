import type { PersonInput } from '@ctip/contracts';
import { randomUUID } from 'node:crypto';
import { systemAuditContext } from '../audit/audit-events';
import { encryptField } from '../crypto/field-cipher';
import { openCase } from '../modules/cases/use-cases/open-case';
import { recordConsent } from '../modules/cases/use-cases/manage-consents';
import { answerReferral, findReferral, sendReferral } from '../modules/cases/use-cases/manage-referrals';
import { findCaseRow } from '../modules/cases/use-cases/load-case';
import { loadPerson } from '../modules/persons/persons.repository';
import { insertCheckedPerson } from '../modules/persons/use-cases/save-person';
import { findScreening } from '../modules/screenings/screenings.repository';
import { recordScreening } from '../modules/screenings/use-cases/record-screening';
import type { Actor } from '../policy/actor';
import { inTransaction } from '../services';
import type { TestContext } from './test-context';

const context = systemAuditContext('fixture');

/** A valid person for tests; overrides replace any field. */
export function buildPersonInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    names: [{ script: 'latin', kind: 'legal', full: 'Srey Mom', family: 'Srey', given: 'Mom' }],
    sex: 'female',
    birth: { precision: 'year', date: '2000' },
    nationalities: ['KH'],
    languages: ['km'],
    home: { provinceCode: 'KH-18' },
    documents: [],
    contacts: [],
    ...overrides,
  };
}

/** Builds cases owned by any organisation, shared or transferred as a test needs. */
export class CaseFixtures {
  private readonly workers = new Map<string, Actor>();

  constructor(private readonly testContext: TestContext) {}

  /** A case worker of an organisation, made once and reused. */
  async workerOf(organisationId: string): Promise<Actor> {
    let actor = this.workers.get(organisationId);
    if (!actor) {
      const user = await this.testContext.createUser(organisationId, ['case_worker']);
      actor = { userId: user.id, organisationId, roles: ['case_worker'], isPlatformOperator: false };
      this.workers.set(organisationId, actor);
    }
    return actor;
  }

  /** A person screened as a presumed victim, without a case yet. Resolves to the screening id. */
  async screenPerson(organisationId: string, person: Partial<PersonInput> = {}): Promise<string> {
    const services = this.testContext.services;
    const actor = await this.workerOf(organisationId);
    return inTransaction(services, async (trx) => {
      const personId = await insertCheckedPerson(services, trx, actor, buildPersonInput(person), context);
      const record = (await loadPerson(trx, services.keyRing, personId))!;
      return (await recordScreening(services, trx, actor, record, { screenedOn: '2026-10-01', actDate: null, ageAtAct: null, acts: [{ code: 'receipt', evidence: '' }], means: [], purposes: [{ code: 'servitude', evidence: '' }], indicators: [], forcedCriminality: false, summary: '' }, context)).id;
    });
  }

  /** Records a consent on a case (photos; it shares nothing). Resolves to its id. */
  async consent(caseId: string): Promise<string> {
    const services = this.testContext.services;
    const row = await findCaseRow(services.db, caseId);
    return recordConsent(services, await this.workerOf(row.owner_organisation_id), row, { kind: 'photos', recipientOrganisationId: null, recipientCountry: null, method: 'written', givenOn: '2026-10-03', note: '' }, context);
  }

  /** A person screened as a presumed victim with an open case, owned by the organisation. */
  async openCase(organisationId: string, person: Partial<PersonInput> = {}): Promise<{ caseId: string; personId: string; screeningId: string }> {
    const services = this.testContext.services;
    const actor = await this.workerOf(organisationId);
    return inTransaction(services, async (trx) => {
      const personId = await insertCheckedPerson(services, trx, actor, buildPersonInput(person), context);
      const record = (await loadPerson(trx, services.keyRing, personId))!;
      const screening = await recordScreening(services, trx, actor, record, {
        screenedOn: '2026-10-01', actDate: null, ageAtAct: null,
        acts: [{ code: 'recruitment', evidence: '' }], means: [{ code: 'deception', evidence: '' }], purposes: [{ code: 'forced_labour_or_services', evidence: '' }], indicators: [],
        forcedCriminality: false, summary: '',
      }, context);
      const row = (await findScreening(trx, screening.id))!;
      const opened = await openCase(services, trx, actor, { person: record, screening: { id: row.id, screenedOn: row.screened_on, isChild: row.is_child === 1, forcedCriminality: false, outcome: row.outcome }, openedOn: '2026-10-02', exploitationTypes: ['forced_labour'], sectors: [] }, context);
      return { caseId: opened.id, personId, screeningId: screening.id };
    });
  }

  /** Refers a case to another organisation, with consent; accepted unless asked otherwise. Resolves to the referral id. */
  async refer(caseId: string, toOrganisationId: string, options: { accept?: boolean; service?: 'medical' | 'legal_aid' | 'shelter' } = {}): Promise<string> {
    const services = this.testContext.services;
    const row = await findCaseRow(services.db, caseId);
    const owner = await this.workerOf(row.owner_organisation_id);
    await recordConsent(services, owner, row, { kind: 'share_with_organisation', recipientOrganisationId: toOrganisationId, recipientCountry: null, method: 'written', givenOn: '2026-10-03', note: '' }, context);
    const id = await sendReferral(services, owner, row, { kind: 'referral', toOrganisationId, service: options.service ?? 'medical', note: '', consentOverrideReason: null }, context);
    if (options.accept !== false) await answerReferral(services, await this.workerOf(toOrganisationId), await findReferral(services.db, id), 'accepted', '', context);
    return id;
  }

  /** A pending linkage candidate between two fresh persons of an organisation, with its run. */
  async linkageCandidate(organisationId: string): Promise<{ runId: string; candidateId: string; personA: string; personB: string }> {
    const services = this.testContext.services;
    const a = (await this.openCase(organisationId)).personId;
    const b = (await this.openCase(organisationId)).personId;
    const runId = randomUUID();
    const candidateId = randomUUID();
    const now = services.now().toISOString();
    await services.db.insertInto('linkage_runs').values({ id: runId, status: 'completed', phase: 'done', done: 0, total: 0, model_id: null, persons: 2, scored_pairs: 1, candidates: 1, error: null, started_by: null, started_at: now, finished_at: now }).execute();
    await services.db.insertInto('linkage_candidates').values({ id: candidateId, run_id: runId, person_a: a, person_b: b, probability: 0.9, weight: 3.2, contributions: encryptField(services.keyRing, { table: 'linkage_candidates', column: 'contributions', rowId: candidateId }, '[]'), status: 'pending', reviewed_by: null, reviewed_at: null, created_at: now }).execute();
    return { runId, candidateId, personA: a, personB: b };
  }

  /** Transfers a case to another organisation, which accepts. */
  async transfer(caseId: string, toOrganisationId: string): Promise<void> {
    const services = this.testContext.services;
    const row = await findCaseRow(services.db, caseId);
    const owner = await this.workerOf(row.owner_organisation_id);
    const id = await sendReferral(services, owner, row, { kind: 'transfer', toOrganisationId, service: null, note: '', consentOverrideReason: 'Test transfer under override' }, context);
    await answerReferral(services, await this.workerOf(toOrganisationId), await findReferral(services.db, id), 'accepted', '', context);
  }
}
