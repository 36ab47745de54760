import type { z } from 'zod';
import { operationDetailSchema, operationSummarySchema, pageOf, type OperationKind, type operationInputSchema } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const operationPageSchema = pageOf(operationSummarySchema);

/** Page and filters of the operation list. */
export interface OperationListQuery {
  page: number;
  pageSize: number;
  siteId?: string | null;
  kind?: OperationKind | null;
}

/** Operations the user's organisation took part in. @throws ApiError */
export function listOperations(query: OperationListQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/operations', { query: { ...query }, schema: operationPageSchema, signal });
}

/** An operation's page (the server audits the opening). @throws ApiError not_found */
export function getOperation(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `/api/operations/${encodeURIComponent(id)}`, { schema: operationDetailSchema, signal });
}

/**
 * Records an inspection, raid or rescue; in one step the rescued become persons with cases, the
 * site is marked raided and the linked reports actioned.
 * @throws ApiError validation_failed (counts that disagree, dates, organisations, reports)
 */
export function createOperation(body: z.input<typeof operationInputSchema>) {
  return apiRequest('POST', '/api/operations', { body, schema: operationDetailSchema });
}
