import { z } from 'zod';
import {
  countrySchema,
  indicatorSchema,
  lawSchema,
  ocIndexSchema,
  pageOf,
  placeSchema,
  provinceSchema,
  referenceSourceSchema,
  referenceStatisticSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const statisticPageSchema = pageOf(referenceStatisticSchema);

/** Cambodia's 25 provinces. @throws ApiError */
export const listProvinces = (signal?: AbortSignal) => apiRequest('GET', '/api/reference/provinces', { schema: listOf(provinceSchema), signal });

/** Countries of origin, transit and destination. @throws ApiError */
export const listCountries = (signal?: AbortSignal) => apiRequest('GET', '/api/reference/countries', { schema: listOf(countrySchema), signal });

/** Towns and border checkpoints. @throws ApiError */
export const listPlaces = (signal?: AbortSignal) => apiRequest('GET', '/api/reference/places', { schema: listOf(placeSchema), signal });

/** Laws, agreements and plans with their articles. @throws ApiError */
export const listLaws = (signal?: AbortSignal) => apiRequest('GET', '/api/reference/laws', { schema: listOf(lawSchema), signal });

/** What reference statistics measure. @throws ApiError */
export const listIndicators = (signal?: AbortSignal) => apiRequest('GET', '/api/reference/indicators', { schema: listOf(indicatorSchema), signal });

/** The documents reference data cites. @throws ApiError */
export const listSources = (signal?: AbortSignal) => apiRequest('GET', '/api/reference/sources', { schema: listOf(referenceSourceSchema), signal });

/** The Global Organized Crime Index for Cambodia. @throws ApiError */
export const getOcIndex = (signal?: AbortSignal) => apiRequest('GET', '/api/reference/oc-index', { schema: ocIndexSchema, signal });

/** Filters of the statistics list. */
export interface StatisticListQuery {
  page: number;
  pageSize: number;
  indicator?: string | null;
  search?: string;
}

/** One page of published figures, each with its source. @throws ApiError */
export function listStatistics(query: StatisticListQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/reference/statistics', { query: { ...query }, schema: statisticPageSchema, signal });
}
