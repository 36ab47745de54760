import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deidentifiedExportQuerySchema, IMPORT_LIMITS, importJobSchema, importMappingSchema } from '@ctip/contracts';
import { AppError, invalidField, notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { findImportJob, hasImportFile, type ImportJobRow } from './case-exchange.repository';
import { presentImportJob } from './case-exchange.presenter';
import { exportDeidentifiedCases } from './use-cases/export-deidentified-cases';
import { importJobRunnerOf } from './use-cases/import-job-runner';
import { beginCommit, beginDryRun, cancelImport } from './use-cases/run-import-steps';
import { startImport } from './use-cases/start-import';
import { sweepExpiredImports } from './use-cases/sweep-expired-imports';

const idParams = z.object({ id: z.string().min(1).max(64) });
/** Room for the multipart framing around the file (boundaries, part headers). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** How often uploaded files past their hour are looked for, besides before every import request. */
const SWEEP_INTERVAL_MS = 5 * 60_000;

const tooLarge = () => new AppError('payload_too_large', `The file is larger than ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MiB; split it into smaller files.`, [{ path: 'file', message: 'The file is too large.', code: 'file_too_large' }]);

/** What a failure to read an upload means to the client: too large, or not readable multipart. */
function uploadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if ((error as { statusCode?: number }).statusCode === 413) return tooLarge();
  return new AppError('malformed_request', 'The upload could not be read as multipart/form-data with a field named "file".');
}

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

  // Jobs a stopped process left running wrote nothing (one transaction each): they are marked failed.
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

  /**
   * Checks the actor may import and loads a job of their organisation (404 otherwise); then
   * sweeps files past their hour, so that the job is seen as it now stands. Refused requests
   * never reach the sweep, so they write nothing.
   */
  const jobFor = async (actor: Actor, id: string): Promise<ImportJobRow> => {
    authorize(actor, 'case.import', { type: 'own_work' });
    const job = await findImportJob(services.db, id);
    if (!job || job.organisation_id !== actor.organisationId) throw notFound();
    await sweepExpiredImports(services, runner);
    return (await findImportJob(services.db, id))!;
  };
  const present = async (id: string) => {
    const job = (await findImportJob(services.db, id))!;
    return presentImportJob(services.keyRing, job, { rowsDone: runner.progressOf(id), hasFile: await hasImportFile(services.db, id) });
  };

  // Multipart is parsed on the upload route only: every other route keeps refusing anything but JSON.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: IMPORT_LIMITS.maxFileBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 20 },
      throwFileSizeLimit: true,
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/case-imports', {
      schema: {
        tags: importTags,
        summary: `Upload a legacy case spreadsheet (multipart/form-data, field "file"): CSV or XLSX by content, at most ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MiB and ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows. Answers with the columns found and a proposed mapping.`,
        response: { 201: importJobSchema },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      // Authorised before a byte of the file is read: nobody else's upload is even parsed.
      authorize(actor, 'case.import', { type: 'own_work' });
      await sweepExpiredImports(services, runner);
      if (Number(request.headers['content-length'] ?? 0) > IMPORT_LIMITS.maxFileBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge();
      if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the spreadsheet as multipart/form-data, in a field named "file".');
      let file: Buffer;
      try {
        const part = await request.file();
        if (!part || part.fieldname !== 'file') throw invalidField('file', 'Choose a spreadsheet to upload (in the field named "file").', 'file_required');
        file = await part.toBuffer();
        if (part.file.truncated) throw tooLarge();
      } catch (error) {
        throw uploadError(error);
      }
      const id = await startImport(services, runner, actor, file, auditContextOf(request));
      return reply.status(201).send(await present(id));
    });
  });

  routes.get('/api/case-imports/:id', {
    schema: { tags: importTags, summary: 'An import job: status, progress (rows done of rows total), the proposed mapping and the per-row report', params: idParams, response: { 200: importJobSchema } },
  }, async (request) => {
    const job = await jobFor(requireActor(request), request.params.id);
    return present(job.id);
  });

  routes.post('/api/case-imports/:id/dry-run', {
    schema: { tags: importTags, summary: 'Check every row with a mapping, writing nothing: the report lists each problem by row and column. Runs in the background; poll the job.', params: idParams, body: importMappingSchema, response: { 202: importJobSchema } },
  }, async (request, reply) => {
    const job = await jobFor(requireActor(request), request.params.id);
    await beginDryRun(services, runner, job, request.body, auditContextOf(request));
    return reply.status(202).send(await present(job.id));
  });

  routes.post('/api/case-imports/:id/commit', {
    schema: { tags: importTags, summary: 'Import every row (a person and a case with screening pending each) in one transaction, or none. Needs a dry run without errors. Runs in the background; poll the job.', params: idParams, response: { 202: importJobSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const job = await jobFor(actor, request.params.id);
    await beginCommit(services, runner, actor, job, auditContextOf(request));
    return reply.status(202).send(await present(job.id));
  });

  routes.delete('/api/case-imports/:id', {
    schema: { tags: importTags, summary: 'Cancel an import: a running dry run stops, a running commit rolls back, the file is deleted', params: idParams, response: { 200: importJobSchema } },
  }, async (request) => {
    const job = await jobFor(requireActor(request), request.params.id);
    await cancelImport(services, runner, job, auditContextOf(request));
    return present(job.id);
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
