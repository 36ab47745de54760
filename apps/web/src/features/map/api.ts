import { mapDataSchema, provinceBoundariesSchema, type SiteKind, type SiteStatus } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

/** Filters of the map: the sites' status and kind, and a period (reports received and statuses dated within it). */
export interface MapQuery {
  status?: SiteStatus | null;
  kind?: SiteKind | null;
  from?: string | null;
  to?: string | null;
}

/** Sites and report counts per province, and whether boundaries were loaded. @throws ApiError */
export function getMapData(query: MapQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/geo/map', { query: { ...query }, schema: mapDataSchema, signal });
}

/** The province boundaries an administrator imported (`ctip geo import`), with their attribution. @throws ApiError */
export function getBoundaries(signal?: AbortSignal) {
  return apiRequest('GET', '/api/geo/boundaries', { schema: provinceBoundariesSchema, signal });
}
