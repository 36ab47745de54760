import { z } from 'zod';
import {
  pageOf,
  siteDetailSchema,
  sitePatternsSchema,
  siteSummarySchema,
  type siteInputSchema,
  type SiteKind,
  type SitePattern,
  type siteStatusInputSchema,
  type SiteStatus,
  type siteUpdateSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const sitePageSchema = pageOf(siteSummarySchema);
const sitePath = (id: string) => `/api/sites/${encodeURIComponent(id)}`;

/** How the registry is sorted (the server's choices). */
export const SITE_SORTS = ['updated_desc', 'name', 'status_date_desc'] as const;
/** One of {@link SITE_SORTS}. */
export type SiteSort = (typeof SITE_SORTS)[number];

/** Page, search and filters of the registry. */
export interface SiteListQuery {
  page: number;
  pageSize: number;
  search?: string;
  kind?: SiteKind | null;
  status?: SiteStatus | null;
  province?: string | null;
  pattern?: SitePattern | null;
  published?: boolean | null;
  sort?: SiteSort;
}

/** A page of the registry. @throws ApiError */
export function listSites(query: SiteListQuery, signal?: AbortSignal) {
  const { published, ...rest } = query;
  return apiRequest('GET', '/api/sites', { query: { ...rest, published: published === null || published === undefined ? null : String(published) }, schema: sitePageSchema, signal });
}

/** Every site showing a pattern, with its findings. @throws ApiError */
export function listSitePatterns(signal?: AbortSignal) {
  return apiRequest('GET', '/api/sites/patterns', { schema: sitePatternsSchema, signal });
}

/** A site's page. @throws ApiError not_found */
export function getSite(id: string, signal?: AbortSignal) {
  return apiRequest('GET', sitePath(id), { schema: siteDetailSchema, signal });
}

/** Adds a site with its first dated status. @throws ApiError validation_failed */
export function createSite(body: z.input<typeof siteInputSchema>) {
  return apiRequest('POST', '/api/sites', { body, schema: siteDetailSchema });
}

/** Changes a site's kind, names, operators or place. @throws ApiError validation_failed */
export function updateSite(id: string, body: z.input<typeof siteUpdateSchema>) {
  return apiRequest('PATCH', sitePath(id), { body, schema: siteDetailSchema });
}

/** Adds a dated status with its source. @throws ApiError validation_failed (out of order, future, source) */
export function recordSiteStatus(id: string, body: z.input<typeof siteStatusInputSchema>) {
  return apiRequest('POST', `${sitePath(id)}/statuses`, { body, schema: siteDetailSchema });
}

const publicationSchema = z.object({ id: z.string(), isPublished: z.boolean() });

/** Publishes a site's history to the public list, or withdraws it. @throws ApiError forbidden, validation_failed */
export function setSitePublication(id: string, isPublished: boolean) {
  return apiRequest('POST', `${sitePath(id)}/${isPublished ? 'publish' : 'unpublish'}`, { schema: publicationSchema });
}
