import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportDetail, reportDuplicateCheckSchema, reportInputSchema, reportLinkInputSchema, reportMoveInputSchema, reportReferralInputSchema } from '@ctip/contracts';
import {
  checkDuplicateReports,
  createReport,
  getReport,
  linkReport,
  listReportQueue,
  listReports,
  moveReportStatus,
  referReport,
  unlinkReport,
  type QueueQuery,
  type ReportListQuery,
} from '../api';

/** Cache keys of intake: a report's page sits under its id, lists under `list` and `queue`. */
export const reportKeys = {
  all: ['reports'] as const,
  queue: (query: QueueQuery) => ['reports', 'queue', query] as const,
  list: (query: ReportListQuery) => ['reports', 'list', query] as const,
  one: (id: string) => ['reports', 'one', id] as const,
  duplicates: (body: unknown) => ['reports', 'duplicates', body] as const,
};

/** Reads again every report list and the queue (a report changed). */
export async function invalidateReportLists(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['reports', 'queue'] }),
    queryClient.invalidateQueries({ queryKey: ['reports', 'list'] }),
    // Report counts of sites and the map follow the reports.
    queryClient.invalidateQueries({ queryKey: ['sites'] }),
    queryClient.invalidateQueries({ queryKey: ['map'] }),
  ]);
}

/** A page of the queue; the previous page stays on screen while the next loads. */
export function useReportQueue(query: QueueQuery, isEnabled = true) {
  return useQuery({ queryKey: reportKeys.queue(query), queryFn: ({ signal }) => listReportQueue(query, signal), placeholderData: keepPreviousData, enabled: isEnabled });
}

/** A page of the report list (search, status, …). */
export function useReportList(query: ReportListQuery, isEnabled = true) {
  return useQuery({ queryKey: reportKeys.list(query), queryFn: ({ signal }) => listReports(query, signal), placeholderData: keepPreviousData, enabled: isEnabled });
}

/** A report's page. */
export function useReport(id: string) {
  return useQuery({ queryKey: reportKeys.one(id), queryFn: ({ signal }) => getReport(id, signal) });
}

/**
 * Possible duplicates of what is typed (null: nothing worth asking about yet). The previous
 * answer stays while the next is asked, so the list does not flicker while the operator types.
 */
export function useDuplicateReports(body: z.input<typeof reportDuplicateCheckSchema> | null) {
  return useQuery({
    queryKey: reportKeys.duplicates(body),
    queryFn: ({ signal }) => checkDuplicateReports(body!, signal),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Records a report; the queue is read again. */
export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof reportInputSchema>) => createReport(body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(reportKeys.one(detail.id), detail);
      await invalidateReportLists(queryClient);
    },
  });
}

/** A change to one report answered with the report itself: it replaces the cached page, the lists are read again. */
function useReportMutation<Variables>(mutationFn: (variables: Variables) => Promise<ReportDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (detail) => {
      queryClient.setQueryData(reportKeys.one(detail.id), detail);
      await invalidateReportLists(queryClient);
    },
  });
}

/** Moves a report through triage. */
export const useMoveReportStatus = (reportId: string) => useReportMutation((body: z.input<typeof reportMoveInputSchema>) => moveReportStatus(reportId, body));

/** Links a report to another (the other report's page is read again too). */
export function useLinkReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof reportLinkInputSchema>) => linkReport(reportId, body),
    onSuccess: async (detail, body) => {
      queryClient.setQueryData(reportKeys.one(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: reportKeys.one(body.reportId) });
    },
  });
}

/** Removes a link between two reports. */
export function useUnlinkReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkedId: string) => unlinkReport(reportId, linkedId),
    onSuccess: async (detail, linkedId) => {
      queryClient.setQueryData(reportKeys.one(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: reportKeys.one(linkedId) });
    },
  });
}

/** Refers a report to another organisation. */
export const useReferReport = (reportId: string) => useReportMutation((body: z.input<typeof reportReferralInputSchema>) => referReport(reportId, body));
