import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMPORT_LIMITS } from '@ctip/contracts';
import type { AuditContext } from '../../audit/audit-events';
import { AppError, invalidField, notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import type { Actor } from '../../policy/actor';
import type { Action } from '../../policy/permissions';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { findImportJob, hasImportFile, type ImportJobRow } from './case-exchange.repository';
import { presentImportJob } from './case-exchange.presenter';
import type { AnyImportMapping, ImportKindSpec, ImportWriter } from './import/import-kind';
import { importJobRunnerOf } from './use-cases/import-job-runner';
import { beginCommit, beginDryRun, cancelImport, checkCommittable } from './use-cases/run-import-steps';
import { startImport } from './use-cases/start-import';
import { sweepExpiredImports } from './use-cases/sweep-expired-imports';

const idParams = z.object({ id: z.string().min(1).max(64) });
/** Room for the multipart framing around the file (boundaries, part headers). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const tooLarge = () => new AppError('payload_too_large', `The file is larger than ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MiB; split it into smaller files.`, [{ path: 'file', message: 'The file is too large.', code: 'file_too_large' }]);

/** What a failure to read an upload means to the client: too large, or not readable multipart. */
function uploadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if ((error as { statusCode?: number }).statusCode === 413) return tooLarge();
  return new AppError('malformed_request', 'The upload could not be read as multipart/form-data with a field named "file".');
}

/** The routes of one kind of spreadsheet import: where they live, who may use them, what the kind checks and writes. */
export interface SpreadsheetImportRoutes<Mapped, Commit> {
  /** The collection's path, e.g. `/api/case-imports`; a job is `<basePath>/:id`. */
  basePath: string;
  tags: string[];
  spec: ImportKindSpec<Mapped>;
  /** The action that may import; checked before a byte of the file is read. */
  action: Action;
  /** The job as this kind's routes answer it (its fields and result). */
  jobSchema: z.ZodType;
  /** The body of the dry run: a mapping to this kind's fields. */
  mappingSchema: z.ZodType<AnyImportMapping>;
  /** The body of the commit, when the kind takes one (what the sheet says as a whole). */
  commitSchema?: z.ZodType<Commit>;
  summaries: { upload: string; get: string; dryRun: string; commit: string; cancel: string };
  /**
   * Checks the commit's body against the database (answering 400 with field errors before
   * anything runs) and gives the writer of the job's checked rows.
   */
  writerFor(actor: Actor, job: ImportJobRow, body: Commit, context: AuditContext): Promise<ImportWriter<Mapped>>;
}

/**
 * Registers the five routes of a kind of spreadsheet import: upload (multipart, refused by size,
 * rows and content before a job exists), the job (status, progress, mapping, report), the dry
 * run, the commit and the cancellation. A job is reached only by the organisation that uploaded
 * it and through its own kind's routes; anyone else finds nothing (404). Expired files are swept
 * before every request, so the job is seen as it now stands. The sweep's timer and the recovery
 * of interrupted jobs are registered once, by the case-exchange module, for every kind.
 */
export async function registerSpreadsheetImportRoutes<Mapped, Commit>(app: FastifyInstance, services: Services, options: SpreadsheetImportRoutes<Mapped, Commit>): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const runner = importJobRunnerOf(services);
  const { basePath, tags, spec, summaries } = options;

  /**
   * Checks the actor may import and loads a job of their organisation and of this kind (404
   * otherwise); then sweeps files past their hour. Refused requests never reach the sweep, so
   * they write nothing.
   */
  const jobFor = async (actor: Actor, id: string): Promise<ImportJobRow> => {
    authorize(actor, options.action, { type: 'own_work' });
    const job = await findImportJob(services.db, id);
    if (!job || job.organisation_id !== actor.organisationId || job.kind !== spec.kind) throw notFound();
    await sweepExpiredImports(services, runner);
    return (await findImportJob(services.db, id))!;
  };
  /** The job as it now stands: read again after a step changed it, or as `jobFor` just read it. */
  const present = async (idOrRow: string | ImportJobRow) => {
    const job = typeof idOrRow === 'string' ? (await findImportJob(services.db, idOrRow))! : idOrRow;
    return presentImportJob(services.keyRing, job, { rowsDone: runner.progressOf(job.id), hasFile: await hasImportFile(services.db, job.id) });
  };

  // Multipart is parsed on the upload route only: every other route keeps refusing anything but JSON.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: IMPORT_LIMITS.maxFileBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 20 },
      throwFileSizeLimit: true,
    });
    scope.withTypeProvider<ZodTypeProvider>().post(basePath, {
      schema: { tags, summary: summaries.upload, response: { 201: options.jobSchema } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      // Authorised before a byte of the file is read: nobody else's upload is even parsed.
      authorize(actor, options.action, { type: 'own_work' });
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
      const id = await startImport(services, runner, spec, actor, file, auditContextOf(request));
      return reply.status(201).send(await present(id));
    });
  });

  routes.get(`${basePath}/:id`, {
    schema: { tags, summary: summaries.get, params: idParams, response: { 200: options.jobSchema } },
  }, async (request) => {
    return present(await jobFor(requireActor(request), request.params.id));
  });

  routes.post(`${basePath}/:id/dry-run`, {
    schema: { tags, summary: summaries.dryRun, params: idParams, body: options.mappingSchema, response: { 202: options.jobSchema } },
  }, async (request, reply) => {
    const job = await jobFor(requireActor(request), request.params.id);
    await beginDryRun(services, runner, spec, job, request.body, auditContextOf(request));
    return reply.status(202).send(await present(job.id));
  });

  routes.post(`${basePath}/:id/commit`, {
    schema: { tags, summary: summaries.commit, params: idParams, ...(options.commitSchema ? { body: options.commitSchema } : {}), response: { 202: options.jobSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const job = await jobFor(actor, request.params.id);
    const context = auditContextOf(request);
    checkCommittable(runner, job);
    const write = await options.writerFor(actor, job, request.body as Commit, context);
    await beginCommit(services, runner, spec, actor, job, context, write);
    return reply.status(202).send(await present(job.id));
  });

  routes.delete(`${basePath}/:id`, {
    schema: { tags, summary: summaries.cancel, params: idParams, response: { 200: options.jobSchema } },
  }, async (request) => {
    const job = await jobFor(requireActor(request), request.params.id);
    await cancelImport(services, runner, job, auditContextOf(request));
    return present(job.id);
  });
}
