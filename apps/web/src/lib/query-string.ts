/** A value a list endpoint accepts in its query string; empty values are left out. */
export type QueryValue = string | number | boolean | null | undefined;

/**
 * Builds a query string from parameters, leaving out undefined, null and blank values so
 * that "no filter" and "empty filter" mean the same. Keys are sorted for stable cache keys.
 */
export function buildQueryString(parameters: Record<string, QueryValue> | undefined): string {
  if (!parameters) return '';
  const search = new URLSearchParams();
  for (const key of Object.keys(parameters).sort()) {
    const value = parameters[key];
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text === '') continue;
    search.set(key, text);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
