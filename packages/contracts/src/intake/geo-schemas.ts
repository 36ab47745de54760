import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { SITE_KINDS, SITE_PATTERNS, SITE_STATUSES } from './vocabulary';

/** A polygon or multipolygon in WGS84 longitude/latitude, as GeoJSON writes it. */
export const boundaryGeometrySchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.array(z.unknown())),
});

/**
 * Answer of `GET /api/geo/boundaries`: the province boundaries an administrator imported, as a
 * GeoJSON FeatureCollection keyed by ISO 3166-2 code, with the attribution their licence requires.
 */
export const provinceBoundariesSchema = z.object({
  loaded: z.boolean(),
  attribution: z.string().nullable(),
  importedAt: z.string().nullable(),
  featureCollection: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties: z.object({ iso_3166_2: z.string(), name_en: z.string(), name_km: z.string() }), geometry: boundaryGeometrySchema })),
  }),
});

/** Query of `GET /api/geo/map`: site status and kind, and a period (reports received and site statuses dated within it). */
export const mapQuerySchema = z.object({
  status: z.enum(SITE_STATUSES).optional(),
  kind: z.enum(SITE_KINDS).optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
});
export type MapQuery = z.infer<typeof mapQuerySchema>;

/** Answer of `GET /api/geo/map`: per province, sites and reports; the sites as points. */
export const mapDataSchema = z.object({
  provinces: z.array(z.object({ code: z.string(), nameEn: z.string(), nameKm: z.string(), latitude: z.number(), longitude: z.number(), siteCount: z.number().int(), reportCount: z.number().int() })),
  sites: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(SITE_KINDS), status: z.enum(SITE_STATUSES), statusOn: z.string(), provinceCode: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable(), patterns: z.array(z.enum(SITE_PATTERNS)) })),
  boundaries: z.object({ loaded: z.boolean(), attribution: z.string().nullable() }),
});
export type MapData = z.infer<typeof mapDataSchema>;
