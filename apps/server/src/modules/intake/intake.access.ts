import type { AnyImportMapping } from '../case-exchange/import/import-kind';
import { systemAuditContext } from '../../audit/audit-events';
import { caseWorkRoles, type AccessEntry, type AccessFixture, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';
import type { TestContext } from '../../testing/test-context';
import { uploadOf } from '../case-exchange/case-exchange.access';
import { findImportJob } from '../case-exchange/case-exchange.repository';
import { importJobRunnerOf } from '../case-exchange/use-cases/import-job-runner';
import { beginDryRun } from '../case-exchange/use-cases/run-import-steps';
import { openImportJob } from '../case-exchange/use-cases/start-import';
import { findReportRow } from './intake.repository';
import { IntakeFixtures } from './intake-fixtures';
import { embassyListImportKind } from './use-cases/import-embassy-list';
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

/** A small embassy's list: every import route gets one of its own. */
const EMBASSY_LIST = 'Name,Nationality,Passport\nSiti Rahayu,Indonesia,C1234567\nBudi Santoso,Indonesia,B7654321\n';

/** An embassy-list import belongs to its organisation's report writers; another organisation's is unknown to them; other roles may not import. */
const listImporter = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (!REPORT_WRITERS.includes(actor)) return 403;
  return relation === 'own' ? 'ok' : 404;
};

/**
 * A fresh embassy-list import of the organisation of the relation; with `dryRun`, one whose dry
 * run has finished clean. Background work of earlier requests is waited for first, so that
 * nothing it writes is counted against the next request.
 */
async function newListImport(fixture: AccessFixture, relation: Relation, options: { dryRun?: boolean } = {}): Promise<{ id: string; mapping: AnyImportMapping }> {
  const services = fixture.context.services;
  const runner = importJobRunnerOf(services);
  await runner.idle();
  const context = systemAuditContext('access-matrix');
  const actor = await intakeFixturesOf(fixture).actorOf(fixture.organisationFor(relation));
  const id = await openImportJob(services, runner, embassyListImportKind, actor, Buffer.from(EMBASSY_LIST), context);
  const job = (await findImportJob(services.db, id))!;
  const mapping = JSON.parse(job.mapping!) as AnyImportMapping;
  if (options.dryRun) {
    await beginDryRun(services, runner, embassyListImportKind, job, mapping, context);
    await runner.idle();
  }
  return { id, mapping };
}

/** Access matrix rows of bulk intake (embassies' lists). The upload comes first: later rows' jobs would count against its organisation's limit. */
const intakeImportAccess: AccessEntry[] = [
  {
    method: 'POST',
    url: '/api/intake-imports',
    expected: caseWorkRoles(REPORT_WRITERS),
    request: async (fixture) => {
      await importJobRunnerOf(fixture.context.services).idle();
      return { url: '/api/intake-imports', body: uploadOf(EMBASSY_LIST, 'list.csv') };
    },
  },
  { method: 'GET', url: '/api/intake-imports/:id', relations: ['own', 'other'], expected: listImporter, request: async (fixture, relation) => ({ url: `/api/intake-imports/${(await newListImport(fixture, relation)).id}` }) },
  {
    method: 'POST',
    url: '/api/intake-imports/:id/dry-run',
    relations: ['own', 'other'],
    expected: listImporter,
    request: async (fixture, relation) => {
      const job = await newListImport(fixture, relation);
      return { url: `/api/intake-imports/${job.id}/dry-run`, body: job.mapping };
    },
  },
  {
    method: 'POST',
    url: '/api/intake-imports/:id/commit',
    relations: ['own', 'other'],
    expected: listImporter,
    request: async (fixture, relation) => ({ url: `/api/intake-imports/${(await newListImport(fixture, relation, { dryRun: true })).id}/commit`, body: { reporterName: 'Embassy of the Republic of Indonesia', urgency: 'high' } }),
    settle: async (fixture) => importJobRunnerOf(fixture.context.services).idle(),
  },
  { method: 'DELETE', url: '/api/intake-imports/:id', relations: ['own', 'other'], expected: listImporter, request: async (fixture, relation) => ({ url: `/api/intake-imports/${(await newListImport(fixture, relation)).id}` }) },
];

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
  ...intakeImportAccess,
];
