import type { Topology } from 'topojson-specification';
// The world atlas ships with ctip as a file of its own (Natural Earth 1:50m, public domain),
// fetched from ctip's own origin only when the map needs it.
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { cambodiaOutlineFrom, type PolygonCollection } from './cambodia-outline';

/**
 * Fetches the bundled world atlas from ctip's own origin and extracts Cambodia's outline.
 * @throws Error when the file cannot be read.
 */
export async function loadCambodiaOutline(): Promise<PolygonCollection> {
  const response = await fetch(atlasUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The world atlas could not be read (${response.status}).`);
  return cambodiaOutlineFrom((await response.json()) as Topology);
}
