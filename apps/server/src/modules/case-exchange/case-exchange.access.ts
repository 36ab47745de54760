import type { ImportMapping } from '@ctip/contracts';
import { systemAuditContext } from '../../audit/audit-events';
import type { Actor } from '../../policy/actor';
import { caseWorkRoles, type AccessEntry, type AccessFixture, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';
import { findImportJob } from './case-exchange.repository';
import { caseImportKind } from './use-cases/case-import-kind';
import { importJobRunnerOf } from './use-cases/import-job-runner';
import { beginDryRun } from './use-cases/run-import-steps';
import { openImportJob } from './use-cases/start-import';

/** A small valid legacy sheet: every import route gets one of its own. */
const SHEET = 'Name,Sex,Date of birth,Province,Date identified,Type of exploitation\nChan Sokha,F,1999,Kandal,2026-10-01,forced labour\nSok Dara,M,03/1990,Takeo,2026-10-02,scam\n';

/** The sheet as a browser uploads it (multipart/form-data, field "file"). */
export function uploadOf(content: string | Buffer, fileName = 'cases.csv'): FormData {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  return form;
}

/** Imports belong to their organisation's case workers; another organisation's job is unknown to them; other roles may not import. */
const importer = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (actor !== 'case_worker') return 403;
  return relation === 'own' ? 'ok' : 404;
};

const workers = new WeakMap<AccessFixture, Map<string, Actor>>();

/** A case worker of the organisation of the relation, made once per fixture. */
async function workerFor(fixture: AccessFixture, relation: Relation): Promise<Actor> {
  const organisationId = fixture.organisationFor(relation);
  const known = workers.get(fixture) ?? new Map<string, Actor>();
  workers.set(fixture, known);
  let actor = known.get(organisationId);
  if (!actor) {
    const user = await fixture.context.createUser(organisationId, ['case_worker']);
    actor = { userId: user.id, organisationId, roles: ['case_worker'], isPlatformOperator: false };
    known.set(organisationId, actor);
  }
  return actor;
}

/**
 * A fresh import job of the organisation of the relation; with `dryRun`, one whose dry run has
 * finished clean. Background work of earlier requests is waited for first, so that nothing it
 * writes is counted against the next request.
 */
async function newJob(fixture: AccessFixture, relation: Relation, options: { dryRun?: boolean } = {}): Promise<{ id: string; mapping: ImportMapping }> {
  const services = fixture.context.services;
  const runner = importJobRunnerOf(services);
  await runner.idle();
  const context = systemAuditContext('access-matrix');
  const id = await openImportJob(services, runner, caseImportKind, await workerFor(fixture, relation), Buffer.from(SHEET), context);
  const job = (await findImportJob(services.db, id))!;
  const mapping = JSON.parse(job.mapping!) as ImportMapping;
  if (options.dryRun) {
    await beginDryRun(services, runner, caseImportKind, job, mapping, context);
    await runner.idle();
  }
  return { id, mapping };
}

/** Access matrix rows of the import and export of cases. The upload comes first: later rows' jobs would count against its organisation's limit. */
export const caseExchangeAccess: AccessEntry[] = [
  {
    method: 'POST',
    url: '/api/case-imports',
    expected: caseWorkRoles(['case_worker']),
    request: async (fixture) => {
      await importJobRunnerOf(fixture.context.services).idle();
      return { url: '/api/case-imports', body: uploadOf(SHEET) };
    },
  },
  { method: 'GET', url: '/api/case-imports/:id', relations: ['own', 'other'], expected: importer, request: async (fixture, relation) => ({ url: `/api/case-imports/${(await newJob(fixture, relation)).id}` }) },
  {
    method: 'POST',
    url: '/api/case-imports/:id/dry-run',
    relations: ['own', 'other'],
    expected: importer,
    request: async (fixture, relation) => {
      const job = await newJob(fixture, relation);
      return { url: `/api/case-imports/${job.id}/dry-run`, body: job.mapping };
    },
  },
  { method: 'POST', url: '/api/case-imports/:id/commit', relations: ['own', 'other'], expected: importer, request: async (fixture, relation) => ({ url: `/api/case-imports/${(await newJob(fixture, relation, { dryRun: true })).id}/commit`, body: {} }) },
  { method: 'DELETE', url: '/api/case-imports/:id', relations: ['own', 'other'], expected: importer, request: async (fixture, relation) => ({ url: `/api/case-imports/${(await newJob(fixture, relation)).id}` }) },
  {
    method: 'GET',
    url: '/api/case-exports/deidentified',
    expected: caseWorkRoles(['case_worker', 'analyst']),
    request: async (fixture) => {
      await importJobRunnerOf(fixture.context.services).idle();
      return { url: '/api/case-exports/deidentified' };
    },
  },
];
