import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EMBASSY_LIST_FIELDS,
  embassyListImportJobSchema,
  embassyListMappingSchema,
  embassyListRequestSchema,
  IMPORT_LIMITS,
  pageOf,
  reportCandidatesSchema,
  reportDetailSchema,
  reportDuplicateCheckSchema,
  reportInputSchema,
  reportLinkInputSchema,
  reportListQuerySchema,
  reportMoveInputSchema,
  reportQueueQuerySchema,
  reportReferralInputSchema,
  reportSummarySchema,
  reportUpdateSchema,
} from '@ctip/contracts';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { registerSpreadsheetImportRoutes } from '../case-exchange/spreadsheet-import.routes';
import { checkEmbassyListRequest, commitEmbassyList, embassyListImportKind } from './use-cases/import-embassy-list';
import { linkReports, unlinkReports } from './use-cases/link-reports';
import { listReportQueue, listReports } from './use-cases/list-reports';
import { loadReportDetail } from './use-cases/load-report';
import { moveReportStatus } from './use-cases/move-report-status';
import { recordReport } from './use-cases/record-report';
import { reportFor } from './use-cases/report-access-of';
import { referReport } from './use-cases/share-report';
import { suggestDuplicateReports } from './use-cases/suggest-duplicate-reports';
import { updateReport } from './use-cases/update-report';

const idParams = z.object({ id: z.string().min(1).max(64) });
const linkParams = z.object({ id: z.string().min(1).max(64), linkedId: z.string().min(1).max(64) });

/**
 * Intake: reports from every channel, the queue by time left, triage, duplicates, links and
 * referrals (policy: POLICY.md); embassies' lists imported as one report each (BULK-INTAKE.md).
 */
export async function registerIntakeRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['intake'];

  routes.post('/api/reports', {
    schema: { tags, summary: 'Record a report (reporter, people, place or site, allegation, urgency); identities are encrypted', body: reportInputSchema, response: { 201: reportDetailSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'report.create', { type: 'own_work' });
    const id = await recordReport(services, actor, request.body, auditContextOf(request));
    return reply.status(201).send(await loadReportDetail(services, actor, id, null));
  });

  routes.post('/api/reports/duplicates', {
    schema: { tags, summary: 'Possible duplicates while a report is typed, with reasons (same site, contact, people, place and time)', body: reportDuplicateCheckSchema, response: { 200: reportCandidatesSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'report.check_duplicates', { type: 'own_work' });
    return suggestDuplicateReports(services, actor, request.body, auditContextOf(request));
  });

  routes.get('/api/reports', {
    schema: { tags, summary: 'Reports you may see: search by a person’s name (any script), a contact or a reference; filters; sorting', querystring: reportListQuerySchema, response: { 200: pageOf(reportSummarySchema) } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'report.list', { type: 'own_work' });
    const { items, total } = await listReports(services, actor, request.query, auditContextOf(request));
    return { items, total, page: request.query.page, pageSize: request.query.pageSize };
  });

  routes.get('/api/reports/queue', {
    schema: { tags, summary: 'The intake queue: open reports by time left before their response target; overdue view; mine', querystring: reportQueueQuerySchema, response: { 200: pageOf(reportSummarySchema) } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'report.list', { type: 'own_work' });
    const { items, total } = await listReportQueue(services, actor, request.query);
    return { items, total, page: request.query.page, pageSize: request.query.pageSize };
  });

  routes.get('/api/reports/:id', {
    schema: { tags, summary: 'A report’s page (every opening is audited)', params: idParams, response: { 200: reportDetailSchema } },
  }, async (request) => loadReportDetail(services, requireActor(request), request.params.id, auditContextOf(request)));

  routes.patch('/api/reports/:id', {
    schema: { tags, summary: 'Correct a report (lists are replaced whole; the deadline follows the urgency)', params: idParams, body: reportUpdateSchema, response: { 200: reportDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await reportFor(services, actor, request.params.id, 'report.update');
    await updateReport(services, row, request.body, auditContextOf(request));
    return loadReportDetail(services, actor, row.id, null);
  });

  routes.post('/api/reports/:id/status', {
    schema: { tags, summary: 'Move a report through triage (new → triaged → assigned → actioned → closed), saying why', params: idParams, body: reportMoveInputSchema, response: { 200: reportDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await reportFor(services, actor, request.params.id, 'report.move_status');
    await moveReportStatus(services, actor, row, request.body, auditContextOf(request));
    return loadReportDetail(services, actor, row.id, null);
  });

  routes.post('/api/reports/:id/links', {
    schema: { tags, summary: 'Link the report to another (symmetric), rather than typing it again', params: idParams, body: reportLinkInputSchema, response: { 201: reportDetailSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { row } = await reportFor(services, actor, request.params.id, 'report.link');
    await linkReports(services, actor, row, request.body, auditContextOf(request));
    return reply.status(201).send(await loadReportDetail(services, actor, row.id, null));
  });

  routes.delete('/api/reports/:id/links/:linkedId', {
    schema: { tags, summary: 'Remove a link between two reports', params: linkParams, response: { 200: reportDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await reportFor(services, actor, request.params.id, 'report.link');
    await unlinkReports(services, row, request.params.linkedId, auditContextOf(request));
    return loadReportDetail(services, actor, row.id, null);
  });

  routes.post('/api/reports/:id/referrals', {
    schema: { tags, summary: 'Refer the report to another organisation, which may then read it', params: idParams, body: reportReferralInputSchema, response: { 201: reportDetailSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { row } = await reportFor(services, actor, request.params.id, 'report.share');
    await referReport(services, actor, row, request.body, auditContextOf(request));
    return reply.status(201).send(await loadReportDetail(services, actor, row.id, null));
  });

  // Bulk intake: an embassy's spreadsheet of its nationals believed held becomes ONE report, through the import framework of case registers.
  await registerSpreadsheetImportRoutes(app, services, {
    basePath: '/api/intake-imports',
    tags: ['intake import'],
    spec: embassyListImportKind,
    action: 'report.import',
    jobSchema: embassyListImportJobSchema,
    mappingSchema: embassyListMappingSchema,
    commitSchema: embassyListRequestSchema,
    summaries: {
      upload: `Upload an embassy's list of people (multipart/form-data, field "file"): CSV or XLSX by content, at most ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MiB and ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows. Answers with the columns found and a proposed mapping to ${EMBASSY_LIST_FIELDS.length} fields.`,
      get: 'An embassy-list import: status, progress (rows done of rows total), the proposed mapping and the per-row report',
      dryRun: 'Check every row of the list with a mapping, writing nothing: the report lists each problem by row and column. Runs in the background; poll the job.',
      commit: 'Record the list as ONE report (channel embassy_request) with a person per row, in one transaction, or nothing. The body gives what the list says as a whole (who sent it, contact, urgency, site, narrative). Needs a dry run without errors. Runs in the background; poll the job.',
      cancel: 'Cancel an embassy-list import: a running dry run stops, a running commit rolls back, the file is deleted',
    },
    writerFor: async (actor, job, request, context) => {
      const report = await checkEmbassyListRequest(services, request);
      return (people, progress) => commitEmbassyList(services, actor, job.id, people, report, context, progress);
    },
  });
}
