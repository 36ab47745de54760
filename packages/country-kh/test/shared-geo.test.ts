import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { loadPlaces, loadProvinces, normaliseName } from '../src/index';
import { describeWithSharedFiles, parseCsv, sharedPath } from './shared-folder';

type Ring = [number, number][];
type Polygon = Ring[];

/** Even-odd ray casting: true when (lon, lat) lies inside the ring. */
function isInsideRing(lon: number, lat: number, ring: Ring): boolean {
  let isInside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
    const [x0, y0] = ring[previous] as [number, number];
    const [x1, y1] = ring[index] as [number, number];
    if ((y0 > lat) !== (y1 > lat) && lon < ((x1 - x0) * (lat - y0)) / (y1 - y0) + x0) isInside = !isInside;
  }
  return isInside;
}

function isInsidePolygons(lon: number, lat: number, polygons: Polygon[]): boolean {
  return polygons.some(([outer, ...holes]) => outer !== undefined && isInsideRing(lon, lat, outer) && !holes.some((hole) => isInsideRing(lon, lat, hole)));
}

describeWithSharedFiles('provinces agree with ../shared/data/geo/provinces.csv', ['data/geo/provinces.csv'], () => {
  let rows: Record<string, string>[] = [];
  beforeAll(() => {
    rows = parseCsv(readFileSync(sharedPath('data/geo/provinces.csv'), 'utf8'));
  });

  it('has the same 25 codes', () => {
    expect(rows).toHaveLength(25);
    expect(loadProvinces().map((province) => province.code).sort()).toEqual(rows.map((row) => row.iso_3166_2).sort());
  });

  it('has the same Khmer names (subscript DA and TA counted alike)', () => {
    for (const row of rows) {
      const province = loadProvinces().find((candidate) => candidate.code === row.iso_3166_2);
      expect(normaliseName(province?.nameKm ?? ''), row.iso_3166_2).toBe(normaliseName(row.name_km ?? ''));
    }
  });

  it('has centroids within 0.2 degree', () => {
    for (const row of rows) {
      const province = loadProvinces().find((candidate) => candidate.code === row.iso_3166_2);
      expect(Math.abs((province?.centroid.lat ?? Number.NaN) - Number(row.centroid_lat)), `${row.iso_3166_2} latitude`).toBeLessThanOrEqual(0.2);
      expect(Math.abs((province?.centroid.lon ?? Number.NaN) - Number(row.centroid_lon)), `${row.iso_3166_2} longitude`).toBeLessThanOrEqual(0.2);
    }
  });
});

describeWithSharedFiles('places lie in their provinces', ['data/geo/khm_adm1_geoboundaries.geojson'], () => {
  const polygonsByCode = new Map<string, Polygon[]>();
  beforeAll(() => {
    const collection = JSON.parse(readFileSync(sharedPath('data/geo/khm_adm1_geoboundaries.geojson'), 'utf8')) as {
      features: { properties: { iso_3166_2: string }; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }[];
    };
    for (const feature of collection.features) {
      const { type, coordinates } = feature.geometry;
      polygonsByCode.set(feature.properties.iso_3166_2, type === 'Polygon' ? [coordinates as Polygon] : (coordinates as Polygon[]));
    }
  });

  it('puts every place inside the polygon of its province', () => {
    for (const place of loadPlaces()) {
      const polygons = polygonsByCode.get(place.provinceCode) ?? [];
      expect(isInsidePolygons(place.coordinates.lon, place.coordinates.lat, polygons), `${place.id} in ${place.provinceCode}`).toBe(true);
    }
  });

  it('puts every province centroid inside its own polygon', () => {
    for (const province of loadProvinces()) {
      const polygons = polygonsByCode.get(province.code) ?? [];
      expect(isInsidePolygons(province.centroid.lon, province.centroid.lat, polygons), province.code).toBe(true);
    }
  });
});
