import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { deidentifiedExportQuerySchema, IMPORT_LIMITS, importJobSchema, importMappingSchema } from '@ctip/contracts';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { registerSpreadsheetImportRoutes } from './spreadsheet-import.routes';
import { caseImportKind } from './use-cases/case-import-kind';
import { commitImportRows } from './use-cases/commit-import-rows';
import { exportDeidentifiedCases } from './use-cases/export-deidentified-cases';
import { importJobRunnerOf } from './use-cases/import-job-runner';
import { sweepExpiredImports } from './use-cases/sweep-expired-imports';

/** How often uploaded files past their hour are looked for, besides before every import request. */
const SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Import of legacy case spreadsheets (upload, mapping, dry run, commit, cancel, with progress to
 * poll) and the de-identified export of cases in HTCDS variables.
 */
export async function registerCaseExchangeRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const runner = importJobRunnerOf(services);
  // Ids and the error's type only: a database error's message can quote the row's values.
  runner.onUnexpectedError = (jobId, error) => app.log.error({ jobId, err: { type: (error as Error)?.name, code: (error as { code?: unknown })?.code } }, 'import job failed unexpectedly');
  const importTags = ['case import'];

  // Jobs (of every kind) a stopped process left running wrote nothing (one transaction each): they are marked failed.
  app.addHook('onReady', async () => {
    await runner.failInterruptedJobs();
    await sweepExpiredImports(services, runner);
  });
  const timer = setInterval(() => {
    sweepExpiredImports(services, runner).catch((error: unknown) => app.log.error({ err: { type: (error as Error)?.name } }, 'import sweep failed'));
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await runner.close();
  });

  await registerSpreadsheetImportRoutes(app, services, {
    basePath: '/api/case-imports',
    tags: importTags,
    spec: caseImportKind,
    action: 'case.import',
    jobSchema: importJobSchema,
    mappingSchema: importMappingSchema,
    summaries: {
      upload: `Upload a legacy case spreadsheet (multipart/form-data, field "file"): CSV or XLSX by content, at most ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MiB and ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows. Answers with the columns found and a proposed mapping.`,
      get: 'An import job: status, progress (rows done of rows total), the proposed mapping and the per-row report',
      dryRun: 'Check every row with a mapping, writing nothing: the report lists each problem by row and column. Runs in the background; poll the job.',
      commit: 'Import every row (a person and a case with screening pending each) in one transaction, or none. Needs a dry run without errors. Runs in the background; poll the job.',
      cancel: 'Cancel an import: a running dry run stops, a running commit rolls back, the file is deleted',
    },
    writerFor: async (actor, job, _body, context) => (rows, progress) => commitImportRows(services, actor, job.id, rows, context, progress),
  });

  routes.get('/api/case-exports/deidentified', {
    schema: {
      tags: ['case export'],
      summary: 'De-identified cases as CSV in HTCDS 2.0 variables: no identifying field, dates as years, every combination of quasi-identifiers shared by at least 11 records or suppressed. Analysts get the whole platform; case workers their organisation.',
      querystring: deidentifiedExportQuerySchema,
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'case.export_deidentified', { type: 'own_work' });
    const result = await exportDeidentifiedCases(services, actor, auditContextOf(request));
    const day = services.now().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="ctip-cases-deidentified-${day}.csv"`)
      .header('x-ctip-rows', String(result.rows))
      .header('x-ctip-suppressed', String(result.suppressed))
      .header('x-ctip-without-consent', String(result.withoutConsent))
      .header('x-ctip-scope', result.scope)
      .send(result.csv);
  });
}
