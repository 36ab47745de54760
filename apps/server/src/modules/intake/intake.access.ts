import { systemAuditContext } from '../../audit/audit-events';
import { caseWorkRoles, type AccessEntry, type AccessFixture, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';
import type { TestContext } from '../../testing/test-context';
import { findReportRow } from './intake.repository';
import { IntakeFixtures } from './intake-fixtures';
import { linkReports } from './use-cases/link-reports';

/** Roles that read reports (policy: POLICY.md), and those that record and change them. */
const REPORT_READERS: ActorKind[] = ['hotline_operator', 'investigator', 'case_worker'];
const REPORT_WRITERS: ActorKind[] = ['hotline_operator', 'investigator'];
/** A report recorded by the actor's organisation, another's, or another's referred to it. */
const REPORT_RELATIONS: Relation[] = ['own', 'other', 'referred'];

const builders = new WeakMap<TestContext, IntakeFixtures>();

/** One set of intake builders per test context (their users are made once). */
export function intakeFixturesOf(fixture: AccessFixture): IntakeFixtures {
  let builder = builders.get(fixture.context);
  if (!builder) {
    builder = new IntakeFixtures(fixture.context);
    builders.set(fixture.context, builder);
  }
  return builder;
}

/** A fresh report in the relation to the actor's organisation. */
async function newReport(fixture: AccessFixture, relation: Relation): Promise<string> {
  const builder = intakeFixturesOf(fixture);
  if (relation === 'own') return builder.report(fixture.ownOrganisationId);
  const id = await builder.report(fixture.otherOrganisationId);
  if (relation === 'referred') await builder.refer(id, fixture.ownOrganisationId);
  return id;
}

/** Reading a report: its readers in the owning organisation or one it was shared with; anyone else finds nothing. */
export const reportReader = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  return REPORT_READERS.includes(actor) && relation !== 'other' ? 'ok' : 404;
};

/** Changing a report: its writers in the owning organisation; an organisation it was shared with is told no. */
export const reportOwnerWriter = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (!REPORT_WRITERS.includes(actor) || relation === 'other') return 404;
  return relation === 'referred' ? 403 : 'ok';
};

const reportUrl = (suffix = '') => async (fixture: AccessFixture, relation: Relation) => ({ url: `/api/reports/${await newReport(fixture, relation)}${suffix}` });

/** Access matrix rows of intake. */
export const intakeAccess: AccessEntry[] = [
  { method: 'POST', url: '/api/reports', expected: caseWorkRoles(REPORT_WRITERS), request: async () => ({ url: '/api/reports', body: { channel: 'hotline', urgency: 'high', provinceCode: 'KH-18' } }) },
  { method: 'POST', url: '/api/reports/duplicates', expected: caseWorkRoles(REPORT_WRITERS), request: async () => ({ url: '/api/reports/duplicates', body: { reporterContact: { value: '012 345 678' } } }) },
  { method: 'GET', url: '/api/reports', expected: caseWorkRoles(REPORT_READERS), request: async () => ({ url: '/api/reports?status=new' }) },
  { method: 'GET', url: '/api/reports/queue', expected: caseWorkRoles(REPORT_READERS), request: async () => ({ url: '/api/reports/queue?view=overdue' }) },
  { method: 'GET', url: '/api/reports/:id', relations: REPORT_RELATIONS, expected: reportReader, request: reportUrl() },
  { method: 'PATCH', url: '/api/reports/:id', relations: REPORT_RELATIONS, expected: reportOwnerWriter, request: async (fixture, relation) => ({ ...(await reportUrl()(fixture, relation)), body: { urgency: 'normal' } }) },
  { method: 'POST', url: '/api/reports/:id/status', relations: REPORT_RELATIONS, expected: reportOwnerWriter, request: async (fixture, relation) => ({ ...(await reportUrl('/status')(fixture, relation)), body: { to: 'triaged', reason: 'checked' } }) },
  {
    method: 'POST',
    url: '/api/reports/:id/links',
    relations: REPORT_RELATIONS,
    expected: reportOwnerWriter,
    request: async (fixture, relation) => ({ ...(await reportUrl('/links')(fixture, relation)), body: { reportId: await newReport(fixture, 'own'), reason: 'same_site' } }),
  },
  {
    method: 'DELETE',
    url: '/api/reports/:id/links/:linkedId',
    relations: REPORT_RELATIONS,
    expected: reportOwnerWriter,
    request: async (fixture, relation) => {
      const [left, right] = [await newReport(fixture, relation), await newReport(fixture, relation)];
      const row = (await findReportRow(fixture.context.services.db, left))!;
      const owner = await intakeFixturesOf(fixture).actorOf(row.owner_organisation_id);
      await linkReports(fixture.context.services, owner, row, { reportId: right, reason: 'same_people' }, systemAuditContext('fixture'));
      return { url: `/api/reports/${left}/links/${right}` };
    },
  },
  {
    method: 'POST',
    url: '/api/reports/:id/referrals',
    relations: REPORT_RELATIONS,
    expected: reportOwnerWriter,
    request: async (fixture, relation) => ({ ...(await reportUrl('/referrals')(fixture, relation)), body: { toOrganisationId: fixture.thirdOrganisationId } }),
  },
];
