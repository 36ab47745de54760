import type { z } from 'zod';
import {
  pageOf,
  reportCandidatesSchema,
  reportDetailSchema,
  reportSummarySchema,
  type ReportChannel,
  type reportDuplicateCheckSchema,
  type reportInputSchema,
  type reportLinkInputSchema,
  type reportMoveInputSchema,
  type reportReferralInputSchema,
  type ReportStatus,
  type ReportUrgency,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const reportPageSchema = pageOf(reportSummarySchema);
const reportPath = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

/** Which part of the queue to read: every open report, those past their target, or those assigned to me. */
export type QueueView = 'all' | 'overdue' | 'mine';

/** Page and filters of the intake queue (open reports, the least time left first). */
export interface QueueQuery {
  page: number;
  pageSize: number;
  view: QueueView;
  urgency?: ReportUrgency | null;
}

/** Page, search, filters and sorting of the report list. */
export interface ReportListQuery {
  page: number;
  pageSize: number;
  search?: string;
  status?: ReportStatus | null;
  urgency?: ReportUrgency | null;
  channel?: ReportChannel | null;
  siteId?: string | null;
  province?: string | null;
  assignedToMe?: boolean | null;
  sort?: 'received_desc' | 'received_asc' | 'due';
}

/** The intake queue: open reports by time left. @throws ApiError */
export function listReportQueue(query: QueueQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/reports/queue', { query: { ...query }, schema: reportPageSchema, signal });
}

/** Reports the user may see, searched by a name, a contact or a reference. @throws ApiError */
export function listReports(query: ReportListQuery, signal?: AbortSignal) {
  const { assignedToMe, ...rest } = query;
  return apiRequest('GET', '/api/reports', { query: { ...rest, assignedToMe: assignedToMe ? 'true' : null }, schema: reportPageSchema, signal });
}

/** A report's page (the server audits the opening). @throws ApiError not_found */
export function getReport(id: string, signal?: AbortSignal) {
  return apiRequest('GET', reportPath(id), { schema: reportDetailSchema, signal });
}

/** Records a report. @throws ApiError validation_failed with field errors */
export function createReport(body: z.input<typeof reportInputSchema>) {
  return apiRequest('POST', '/api/reports', { body, schema: reportDetailSchema });
}

/** Possible duplicates of what is typed so far, with the reasons. @throws ApiError */
export function checkDuplicateReports(body: z.input<typeof reportDuplicateCheckSchema>, signal?: AbortSignal) {
  return apiRequest('POST', '/api/reports/duplicates', { body, schema: reportCandidatesSchema, signal });
}

/** Moves a report through triage, saying why. @throws ApiError validation_failed naming the rule */
export function moveReportStatus(id: string, body: z.input<typeof reportMoveInputSchema>) {
  return apiRequest('POST', `${reportPath(id)}/status`, { body, schema: reportDetailSchema });
}

/** Links a report to another. @throws ApiError validation_failed, conflict (already linked) */
export function linkReport(id: string, body: z.input<typeof reportLinkInputSchema>) {
  return apiRequest('POST', `${reportPath(id)}/links`, { body, schema: reportDetailSchema });
}

/** Removes a link between two reports. @throws ApiError not_found */
export function unlinkReport(id: string, linkedId: string) {
  return apiRequest('DELETE', `${reportPath(id)}/links/${encodeURIComponent(linkedId)}`, { schema: reportDetailSchema });
}

/** Refers a report to another organisation, which may then read it. @throws ApiError validation_failed */
export function referReport(id: string, body: z.input<typeof reportReferralInputSchema>) {
  return apiRequest('POST', `${reportPath(id)}/referrals`, { body, schema: reportDetailSchema });
}

