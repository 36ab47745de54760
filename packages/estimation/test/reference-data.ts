// Access to the shared reference tables in ../shared/data/mse (next to the repository, never
// copied into it). Without them, tests that need them fail under CI and are skipped otherwise.

import { existsSync, readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { parseContingencyCsv, validateContingencyTable, type CaptureTable } from '../src/index';

const dataDirectory = new URL('../../../../shared/data/mse/', import.meta.url);

/** True when the reference tables are present. */
export const hasReferenceData = existsSync(dataDirectory);

if (!hasReferenceData) {
  const reason = `Reference data not found at ${dataDirectory.pathname}`;
  if (process.env.CI === 'true') throw new Error(`${reason}; it is required under CI.`);
  console.warn(`${reason}: reference tests are skipped.`);
}

/** `describe` when the reference data is present, `describe.skip` otherwise. */
export const describeWithReferenceData = hasReferenceData ? describe : describe.skip;

/** Reads a reference CSV (name without extension) as text. */
export function readReferenceCsv(name: string): string {
  return readFileSync(new URL(`${name}.csv`, dataDirectory), 'utf8');
}

/** Loads and validates a reference table. */
export function loadReferenceTable(name: string): CaptureTable {
  return validateContingencyTable(parseContingencyCsv(readReferenceCsv(name)));
}

/** Relative difference |actual − expected| / |expected|. */
export function relativeDifference(actual: number | null | undefined, expected: number): number {
  if (actual === null || actual === undefined) return Number.POSITIVE_INFINITY;
  return Math.abs(actual - expected) / Math.abs(expected);
}
