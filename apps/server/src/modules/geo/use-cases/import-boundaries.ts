import { findProvince } from '@ctip/country-kh';
import { systemAuditContext } from '../../../audit/audit-events';
import { audit, inTransaction, type Services } from '../../../services';
import { knownProvinceCodes, replaceBoundaries } from '../geo.repository';
import { BoundaryFileError, parseBoundaryFile, type ProvinceBoundary } from '../parse-boundary-file';

export { BoundaryFileError } from '../parse-boundary-file';

/**
 * Reads a province boundary file (see parseBoundaryFile) with Cambodia's country pack to
 * recognise provinces by code or name. Needs no database, so a bad file is refused first.
 * @throws BoundaryFileError.
 */
export function readBoundaryFile(text: string): { boundaries: ProvinceBoundary[]; detectedAttribution: string | null } {
  return parseBoundaryFile(text, (codeOrName) => findProvince(codeOrName)?.code);
}

/**
 * Stores province boundaries (replacing any before) with the attribution their licence requires,
 * in one transaction with its audit event; the import is the system's (`ctip geo import`).
 * Resolves to the provinces stored and those still without a boundary.
 * @throws BoundaryFileError when a province is unknown to the database (reference data not loaded) or no attribution is given.
 */
export async function importProvinceBoundaries(services: Services, boundaries: readonly ProvinceBoundary[], meta: { attribution: string; sourceFile: string }): Promise<{ provinces: string[]; missing: string[] }> {
  if (!meta.attribution.trim()) throw new BoundaryFileError('An attribution is required (the licence of boundary data asks for one).');
  const known = await knownProvinceCodes(services.db);
  const unknown = boundaries.filter((boundary) => !known.has(boundary.provinceCode)).map((boundary) => boundary.provinceCode);
  if (unknown.length > 0) throw new BoundaryFileError(`The database does not know ${unknown.join(', ')}: load the reference data first (ctip seed).`);
  await inTransaction(services, async (trx) => {
    await replaceBoundaries(trx, boundaries.map((boundary) => ({ provinceCode: boundary.provinceCode, geometry: JSON.stringify(boundary.geometry) })), { attribution: meta.attribution.trim(), sourceFile: meta.sourceFile, importedAt: services.now().toISOString() });
    await audit(services, trx, systemAuditContext('geo-import'), { action: 'geo.boundaries_imported', resourceType: 'geo_boundaries', details: { provinces: boundaries.length } });
  });
  const stored = new Set(boundaries.map((boundary) => boundary.provinceCode));
  return { provinces: [...stored].sort(), missing: [...known].filter((code) => !stored.has(code)).sort() };
}
