import { normaliseName } from './normalise-name';

const indexes = new WeakMap<object, Map<string, unknown>>();

/**
 * Returns a map from normalised name to row for `rows`, built once per array (the loaded pack
 * is frozen, so its arrays never change). When two rows share a name the first one wins.
 */
export function buildNameIndex<Row>(rows: readonly Row[], namesOf: (row: Row) => (string | null)[]): Map<string, Row> {
  const cached = indexes.get(rows) as Map<string, Row> | undefined;
  if (cached !== undefined) return cached;
  const index = new Map<string, Row>();
  for (const row of rows) {
    for (const name of namesOf(row)) {
      if (name === null) continue;
      const key = normaliseName(name);
      if (key !== '' && !index.has(key)) index.set(key, row);
    }
  }
  indexes.set(rows, index);
  return index;
}
