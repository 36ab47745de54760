import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric code of Cambodia, the id world-atlas gives its countries. */
export const CAMBODIA_ISO_NUMERIC = '116';

/** A GeoJSON FeatureCollection of polygons, as ECharts registers maps. */
export interface PolygonCollection {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; id?: string | number; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }>;
}

/**
 * Cambodia's outline out of a world-atlas TopoJSON topology (`objects.countries`), converted with
 * topojson-client, named "KH".
 * @throws Error when the topology has no Cambodia.
 */
export function cambodiaOutlineFrom(topology: Topology): PolygonCollection {
  const countries = topology.objects.countries as GeometryCollection;
  const collection = feature(topology, countries) as unknown as PolygonCollection;
  const cambodia = collection.features.filter((country) => String(country.id) === CAMBODIA_ISO_NUMERIC);
  if (cambodia.length === 0) throw new Error('The world atlas has no Cambodia (ISO 116).');
  return { type: 'FeatureCollection', features: cambodia.map((country) => ({ ...country, properties: { ...country.properties, name: 'KH' } })) };
}
