import type { z } from 'zod';
import {
  organisationSchema,
  pageOf,
  type createOrganisationRequestSchema,
  type OrganisationKind,
  type updateOrganisationRequestSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const organisationPageSchema = pageOf(organisationSchema);

/** Filters of the organisation list. */
export interface OrganisationListQuery {
  page: number;
  pageSize: number;
  search?: string;
  kind?: OrganisationKind | null;
  status?: 'active' | 'inactive' | null;
}

/** One page of organisations. @throws ApiError */
export function listOrganisations(query: OrganisationListQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/organisations', { query: { ...query }, schema: organisationPageSchema, signal });
}

/** One organisation. @throws ApiError not_found */
export function getOrganisation(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `/api/organisations/${encodeURIComponent(id)}`, { schema: organisationSchema, signal });
}

/** Adds an organisation (platform administrators only). @throws ApiError */
export function createOrganisation(body: z.input<typeof createOrganisationRequestSchema>) {
  return apiRequest('POST', '/api/organisations', { body, schema: organisationSchema });
}

/** Changes an organisation (platform administrators only). @throws ApiError */
export function updateOrganisation(id: string, body: z.input<typeof updateOrganisationRequestSchema>) {
  return apiRequest('PATCH', `/api/organisations/${encodeURIComponent(id)}`, { body, schema: organisationSchema });
}
