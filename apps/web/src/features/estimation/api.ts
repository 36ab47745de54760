import { z } from 'zod';
import { estimateSchema, estimationSourceSchema, publishedEstimateSchema, type estimationRequestSchema } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

/** The body of a new estimate, as the contracts define it. */
export type EstimationRequestBody = z.input<typeof estimationRequestSchema>;

/** Organisations with case records opened in a period, with their counts. @throws ApiError */
export function listEstimationSources(period: { from: string; to: string }, signal?: AbortSignal) {
  return apiRequest('GET', '/api/estimation/sources', { query: { ...period }, schema: z.object({ items: z.array(estimationSourceSchema) }), signal });
}

/**
 * Runs an estimate (synchronously: with a bootstrap it can take a while) and answers it whole.
 * @throws ApiError validation_failed with field errors, including the engine's refusals on `lists`
 */
export function createEstimate(body: EstimationRequestBody) {
  return apiRequest('POST', '/api/estimation/estimates', { body, schema: estimateSchema });
}

/** The 50 most recent estimates, newest first. @throws ApiError */
export function listEstimates(signal?: AbortSignal) {
  return apiRequest('GET', '/api/estimation/estimates', { schema: z.object({ items: z.array(estimateSchema) }), signal });
}

/** One estimate with everything analysts see. @throws ApiError not_found */
export function getEstimate(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `/api/estimation/estimates/${encodeURIComponent(id)}`, { schema: estimateSchema, signal });
}

/** What anyone signed in may see of an estimate: the rounded range and suppressed overlaps. @throws ApiError not_found */
export function getPublishedEstimate(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `/api/estimation/estimates/${encodeURIComponent(id)}/published`, { schema: publishedEstimateSchema, signal });
}

/** The address of an estimate's contingency table as CSV (a same-origin download the browser saves). */
export function estimateTableCsvPath(id: string): string {
  return `/api/estimation/estimates/${encodeURIComponent(id)}/table.csv`;
}
