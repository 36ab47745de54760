import type { z } from 'zod';
import { pageOf, shelterSchema, type shelterInputSchema, type shelterUpdateInputSchema } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

/** Filters of the shelter list. */
export interface ShelterListQuery {
  page: number;
  pageSize: number;
  province?: string | null;
  hasSpace?: boolean;
  includeClosed?: boolean;
}

/** One page of shelters of every organisation, with their occupancy now. @throws ApiError */
export function listShelters(query: ShelterListQuery, signal?: AbortSignal) {
  const { hasSpace, includeClosed, ...rest } = query;
  return apiRequest('GET', '/api/shelters', { query: { ...rest, hasSpace: hasSpace ? 'true' : null, includeClosed: includeClosed ? 'true' : null }, schema: pageOf(shelterSchema), signal });
}

/** Registers a shelter of the user's organisation. @throws ApiError validation_failed */
export function registerShelter(body: z.input<typeof shelterInputSchema>) {
  return apiRequest('POST', '/api/shelters', { body, schema: shelterSchema });
}

/** Changes a shelter of the user's organisation. @throws ApiError validation_failed (capacity below occupancy) */
export function changeShelter(id: string, body: z.input<typeof shelterUpdateInputSchema>) {
  return apiRequest('PATCH', `/api/shelters/${encodeURIComponent(id)}`, { body, schema: shelterSchema });
}
