import { operationInputSchema, reportInputSchema, siteInputSchema, type OperationInput, type ReportInput, type Role, type SiteInput } from '@ctip/contracts';
import { systemAuditContext } from '../../audit/audit-events';
import type { Actor } from '../../policy/actor';
import type { TestContext } from '../../testing/test-context';
import { recordOperation } from '../operations/use-cases/record-operation';
import { recordSite } from '../sites/use-cases/record-site';
import { findReportRow } from './intake.repository';
import { recordReport } from './use-cases/record-report';
import { referReport } from './use-cases/share-report';

const context = systemAuditContext('fixture');

/** A valid report for tests (a family's call about a relative held in a compound); overrides replace any field. */
export function buildReportInput(overrides: Record<string, unknown> = {}): ReportInput {
  return reportInputSchema.parse({
    channel: 'hotline',
    reporter: { name: 'Chea Dara', contact: { kind: 'phone', value: '012 345 678' }, relationship: 'family_member' },
    people: [{ names: [{ script: 'latin', full: 'Srey Mom' }], nationality: 'KH', age: 22, sex: 'female' }],
    provinceCode: 'KH-18',
    allegation: { narrative: 'Held in a compound, made to run scams.', types: ['forced_criminality'] },
    urgency: 'high',
    ...overrides,
  });
}

/** A valid site for tests (a scam compound in Preah Sihanouk, reported in the press); overrides replace any field. */
export function buildSiteInput(overrides: Record<string, unknown> = {}): SiteInput {
  return siteInputSchema.parse({
    kind: 'scam_compound',
    name: 'Golden Fortune Compound',
    provinceCode: 'KH-18',
    latitude: 10.62,
    longitude: 103.52,
    status: { status: 'reported', occurredOn: '2022-08-18', source: { kind: 'press_article', title: 'Hundreds of complaints in weeks', publisher: 'The Phnom Penh Post' } },
    ...overrides,
  });
}

/** A valid operation input for tests; overrides replace any field. */
export function buildOperationInput(siteId: string, leadOrganisationId: string, overrides: Record<string, unknown> = {}): OperationInput {
  return operationInputSchema.parse({ kind: 'raid', occurredOn: '2026-11-01', siteId, leadOrganisationId, ...overrides });
}

/** Builds reports, sites and operations for any organisation, straight through the use cases. */
export class IntakeFixtures {
  private readonly actors = new Map<string, Actor>();

  constructor(private readonly testContext: TestContext) {}

  /** A user of an organisation with one role, made once and reused. */
  async actorOf(organisationId: string, role: Role = 'hotline_operator'): Promise<Actor> {
    const key = `${organisationId}|${role}`;
    let actor = this.actors.get(key);
    if (!actor) {
      const user = await this.testContext.createUser(organisationId, [role]);
      actor = { userId: user.id, organisationId, roles: [role], isPlatformOperator: false };
      this.actors.set(key, actor);
    }
    return actor;
  }

  /** A report recorded by the organisation's hotline. Resolves to its id. */
  async report(organisationId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    return recordReport(this.testContext.services, await this.actorOf(organisationId), buildReportInput(overrides), context);
  }

  /** Refers a report to another organisation. */
  async refer(reportId: string, toOrganisationId: string): Promise<void> {
    const row = (await findReportRow(this.testContext.services.db, reportId))!;
    await referReport(this.testContext.services, await this.actorOf(row.owner_organisation_id), row, { toOrganisationId, note: '' }, context);
  }

  /** A site added by an organisation's investigator. Resolves to its id. */
  async site(organisationId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    return recordSite(this.testContext.services, await this.actorOf(organisationId, 'investigator'), buildSiteInput(overrides), context);
  }

  /** An operation recorded and led by an organisation's investigator at a site. Resolves to its id. */
  async operation(organisationId: string, siteId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    return recordOperation(this.testContext.services, await this.actorOf(organisationId, 'investigator'), buildOperationInput(siteId, organisationId, overrides), context);
  }
}
