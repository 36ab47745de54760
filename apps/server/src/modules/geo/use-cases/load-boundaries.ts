import type { Services } from '../../../services';
import { loadBoundaries } from '../geo.repository';

/** The imported province boundaries as one GeoJSON FeatureCollection keyed by ISO 3166-2 code (empty before any import). */
export async function loadProvinceBoundaries(services: Services) {
  const rows = await loadBoundaries(services.db);
  return {
    loaded: rows.length > 0,
    attribution: rows[0]?.attribution ?? null,
    importedAt: rows[0]?.imported_at ?? null,
    featureCollection: {
      type: 'FeatureCollection' as const,
      features: rows.map((row) => ({
        type: 'Feature' as const,
        properties: { iso_3166_2: row.province_code, name_en: row.name_en, name_km: row.name_km },
        geometry: JSON.parse(row.geometry) as { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[][] },
      })),
    },
  };
}
