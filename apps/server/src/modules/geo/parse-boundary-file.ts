/** A boundary file that cannot be imported; the message says why, for the person running the import. */
export class BoundaryFileError extends Error {
  override name = 'BoundaryFileError';
}

/** One province's boundary, ready to store. */
export interface ProvinceBoundary {
  provinceCode: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

/** Properties that may carry a province's ISO 3166-2 code, then its name, in the order tried. */
const CODE_PROPERTIES = ['iso_3166_2', 'shapeISO', 'ISO', 'iso', 'iso_code', 'ADM1_PCODE', 'code'];
const NAME_PROPERTIES = ['name_en', 'shapeName', 'ADM1_EN', 'NAME_1', 'name', 'NAME', 'name_km'];

/** The attribution geoBoundaries' files require (ODbL, from OpenStreetMap). */
export const GEOBOUNDARIES_ATTRIBUTION = 'Boundaries © OpenStreetMap contributors, via geoBoundaries (www.geoboundaries.org), ODbL 1.0';

const isPosition = (value: unknown): boolean => Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number' && Math.abs(value[0]) <= 180 && Math.abs(value[1]) <= 90;
const isRing = (value: unknown): boolean => Array.isArray(value) && value.length >= 4 && value.every(isPosition);
const isPolygon = (value: unknown): boolean => Array.isArray(value) && value.length >= 1 && value.every(isRing);

/** Whether a GeoJSON geometry is a polygon or multipolygon with well-formed coordinates. */
function isAreaGeometry(geometry: unknown): geometry is ProvinceBoundary['geometry'] {
  if (typeof geometry !== 'object' || geometry === null) return false;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return isPolygon(coordinates);
  if (type === 'MultiPolygon') return Array.isArray(coordinates) && coordinates.length >= 1 && coordinates.every(isPolygon);
  return false;
}

/**
 * Reads a province boundary file: a GeoJSON FeatureCollection of polygons, each recognisable as
 * one of Cambodia's provinces by an ISO 3166-2 code (`iso_3166_2`, `shapeISO`, …) or a name
 * (`name_en`, `shapeName`, …) that `findProvinceCode` knows. Detects the attribution of
 * geoBoundaries files. Every problem is reported at once (up to ten).
 * @throws BoundaryFileError when the text is not JSON, not a FeatureCollection, has no
 *   features, or has features that are not polygons, not recognisable provinces, or repeated.
 */
export function parseBoundaryFile(text: string, findProvinceCode: (codeOrName: string) => string | undefined): { boundaries: ProvinceBoundary[]; detectedAttribution: string | null } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new BoundaryFileError(`The file is not valid GeoJSON: it is not JSON (${(error as Error).message}).`);
  }
  const collection = document as { type?: unknown; features?: unknown; attribution?: unknown };
  if (typeof document !== 'object' || document === null || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new BoundaryFileError('The file is not valid GeoJSON: expected a FeatureCollection (an object with "type": "FeatureCollection" and a "features" array).');
  }
  if (collection.features.length === 0) throw new BoundaryFileError('The file has no features: there is no province boundary to import.');

  const problems: string[] = [];
  const boundaries: ProvinceBoundary[] = [];
  const seen = new Map<string, number>();
  let looksLikeGeoBoundaries = true;
  for (const [index, feature] of (collection.features as unknown[]).entries()) {
    const number = index + 1;
    const { type, geometry, properties } = (feature ?? {}) as { type?: unknown; geometry?: unknown; properties?: Record<string, unknown> | null };
    if (type !== 'Feature') {
      problems.push(`feature ${number}: not a GeoJSON Feature.`);
      continue;
    }
    if (!isAreaGeometry(geometry)) {
      problems.push(`feature ${number}: the geometry is not a Polygon or MultiPolygon with valid longitude/latitude coordinates.`);
      continue;
    }
    const props = properties ?? {};
    if (typeof props.shapeID !== 'string' || typeof props.shapeGroup !== 'string') looksLikeGeoBoundaries = false;
    const candidates = [...CODE_PROPERTIES, ...NAME_PROPERTIES].map((key) => props[key]).filter((value): value is string => typeof value === 'string' && value.trim() !== '');
    const code = candidates.map((candidate) => findProvinceCode(candidate)).find((found) => found !== undefined);
    if (!code) {
      const label = candidates[0] ? ` ("${candidates[0].slice(0, 60)}")` : '';
      problems.push(`feature ${number}${label}: no recognisable province code (looked at ${CODE_PROPERTIES.slice(0, 2).join(', ')} and names such as ${NAME_PROPERTIES.slice(0, 2).join(', ')}).`);
      continue;
    }
    if (seen.has(code)) {
      problems.push(`features ${seen.get(code)} and ${number} are both ${code}.`);
      continue;
    }
    seen.set(code, number);
    boundaries.push({ provinceCode: code, geometry: { type: geometry.type, coordinates: geometry.coordinates } });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('\n  ');
    throw new BoundaryFileError(`The file cannot be imported; nothing was written:\n  ${shown}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''}`);
  }
  const declared = typeof collection.attribution === 'string' && collection.attribution.trim() ? collection.attribution.trim() : null;
  return { boundaries, detectedAttribution: declared ?? (looksLikeGeoBoundaries ? GEOBOUNDARIES_ATTRIBUTION : null) };
}
