import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { cambodiaOutlineFrom } from './cambodia-outline';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;

describe('Cambodia’s outline from the world atlas', () => {
  it('is Cambodia alone, as polygons within the country’s bounds', () => {
    const outline = cambodiaOutlineFrom(atlas);
    expect(outline.features).toHaveLength(1);
    const [cambodia] = outline.features;
    expect(cambodia?.properties.name).toBe('KH');
    expect(cambodia?.geometry.type).toBe('MultiPolygon');
    const points = (cambodia!.geometry.coordinates as number[][][][]).flat(2);
    const longitudes = points.map((point) => point[0]!);
    const latitudes = points.map((point) => point[1]!);
    expect(Math.min(...longitudes)).toBeGreaterThan(102.2);
    expect(Math.max(...longitudes)).toBeLessThan(107.8);
    expect(Math.min(...latitudes)).toBeGreaterThan(9.8);
    expect(Math.max(...latitudes)).toBeLessThan(14.8);
  });

  it('refuses an atlas without Cambodia', () => {
    const withoutCambodia = { ...atlas, objects: { countries: { type: 'GeometryCollection', geometries: [] } } } as unknown as Topology;
    expect(() => cambodiaOutlineFrom(withoutCambodia)).toThrow(/no Cambodia/);
  });
});
