import { describe, expect, it } from 'vitest';
import { BoundaryFileError, GEOBOUNDARIES_ATTRIBUTION, parseBoundaryFile } from './parse-boundary-file';

const square = { type: 'Polygon', coordinates: [[[103, 11], [104, 11], [104, 12], [103, 11]]] };
const codes: Record<string, string> = { 'KH-12': 'KH-12', 'Phnom Penh': 'KH-12', 'KH-18': 'KH-18' };
const find = (value: string) => codes[value];
const collection = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', features, ...extra });
const feature = (properties: Record<string, unknown>, geometry: unknown = square) => ({ type: 'Feature', properties, geometry });

describe('parseBoundaryFile', () => {
  it('recognises provinces by ISO code or by name, and detects a declared attribution', () => {
    const parsed = parseBoundaryFile(collection([feature({ iso_3166_2: 'KH-18' }), feature({ name: 'Phnom Penh' })], { attribution: 'Made here' }), find);
    expect(parsed.boundaries.map((boundary) => boundary.provinceCode)).toEqual(['KH-18', 'KH-12']);
    expect(parsed.detectedAttribution).toBe('Made here');
  });

  it('detects geoBoundaries files and the attribution their licence requires', () => {
    const parsed = parseBoundaryFile(collection([feature({ shapeISO: 'KH-12', shapeID: '37992800B1', shapeGroup: 'KHM' })]), find);
    expect(parsed.detectedAttribution).toBe(GEOBOUNDARIES_ATTRIBUTION);
    expect(parseBoundaryFile(collection([feature({ shapeISO: 'KH-12' })]), find).detectedAttribution).toBeNull();
  });

  it('refuses text that is not JSON, JSON that is not a FeatureCollection, and a collection without features', () => {
    expect(() => parseBoundaryFile('{"type": "Feature', find)).toThrow(/not valid GeoJSON: it is not JSON/);
    expect(() => parseBoundaryFile(JSON.stringify({ type: 'Topology', objects: {} }), find)).toThrow(/expected a FeatureCollection/);
    expect(() => parseBoundaryFile(JSON.stringify([1, 2]), find)).toThrow(BoundaryFileError);
    expect(() => parseBoundaryFile(collection([]), find)).toThrow(/has no features/);
  });

  it('names every feature that is not a polygon, has no recognisable province, or repeats one', () => {
    const text = collection([
      feature({ iso_3166_2: 'KH-12' }),
      feature({ name: 'Atlantis' }),
      feature({}),
      feature({ iso_3166_2: 'KH-18' }, { type: 'Point', coordinates: [103, 11] }),
      feature({ iso_3166_2: 'KH-18' }, { type: 'Polygon', coordinates: [[[503, 11], [104, 11], [104, 12], [503, 11]]] }),
      feature({ name: 'Phnom Penh' }),
    ]);
    let message = '';
    try {
      parseBoundaryFile(text, find);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1).map((line) => line.trim())).toEqual([
      'feature 2 ("Atlantis"): no recognisable province code (looked at iso_3166_2, shapeISO and names such as name_en, shapeName).',
      'feature 3: no recognisable province code (looked at iso_3166_2, shapeISO and names such as name_en, shapeName).',
      'feature 4: the geometry is not a Polygon or MultiPolygon with valid longitude/latitude coordinates.',
      'feature 5: the geometry is not a Polygon or MultiPolygon with valid longitude/latitude coordinates.',
      'features 1 and 6 are both KH-12.',
    ]);
  });
});
