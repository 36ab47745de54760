import type { z } from 'zod';
import type { RawCountryPackFiles } from './country-pack';
import { countryPackFiles } from './country-pack';
import { countriesFileSchema } from './schemas/country-schema';
import { lawArticlesFileSchema } from './schemas/law-article-schema';
import { lawsFileSchema } from './schemas/law-schema';
import { ocIndexFileSchema } from './schemas/oc-index-schema';
import { organisationsFileSchema } from './schemas/organisation-schema';
import { placesFileSchema } from './schemas/place-schema';
import { provincesFileSchema } from './schemas/province-schema';
import { sourcesFileSchema } from './schemas/source-schema';
import { indicatorsFileSchema, statisticsFileSchema } from './schemas/statistic-schema';
import { vocabulariesFileSchema } from './schemas/vocabulary-schema';

const fileSchemas = {
  provinces: provincesFileSchema,
  countries: countriesFileSchema,
  places: placesFileSchema,
  organisations: organisationsFileSchema,
  laws: lawsFileSchema,
  lawArticles: lawArticlesFileSchema,
  ocIndex: ocIndexFileSchema,
  indicators: indicatorsFileSchema,
  statistics: statisticsFileSchema,
  sources: sourcesFileSchema,
  vocabularies: vocabulariesFileSchema,
} as const;

/** Each data file's content after its schema accepted it. */
export type ParsedCountryPackFiles = { [Key in keyof typeof fileSchemas]: z.infer<(typeof fileSchemas)[Key]> };

/** The outcome of parsing: the parsed files, or every schema problem found, prefixed with its file and path. */
export type ParseCountryPackResult =
  | { isValid: true; files: ParsedCountryPackFiles }
  | { isValid: false; problems: string[] };

/** Validates every data file against its schema; never throws. */
export function parseCountryPackFiles(raw: RawCountryPackFiles): ParseCountryPackResult {
  const problems: string[] = [];
  const files: Partial<Record<keyof ParsedCountryPackFiles, unknown>> = {};
  for (const key of Object.keys(fileSchemas) as (keyof typeof fileSchemas)[]) {
    const result = fileSchemas[key].safeParse(raw[key]);
    if (result.success) {
      files[key] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      problems.push(`${countryPackFiles[key]}: ${describePath(raw[key], issue.path)}: ${issue.message}`);
    }
  }
  if (problems.length > 0) return { isValid: false, problems };
  return { isValid: true, files: files as ParsedCountryPackFiles };
}

/** Renders an issue path, naming array rows by their id or code so editors find them in the file. */
function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root;
  const parts: string[] = [];
  for (const segment of path) {
    const child: unknown = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      const label = rowLabel(child);
      parts.push(label === undefined ? `[${segment}]` : `[${segment} ${label}]`);
    } else {
      parts.push(parts.length === 0 ? String(segment) : `.${String(segment)}`);
    }
    node = child;
  }
  return parts.length === 0 ? '(file)' : parts.join('');
}

/** The id-like field of a row, if it has one. */
function rowLabel(row: unknown): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  for (const field of ['id', 'code', 'alpha2', 'edition']) {
    const value = (row as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}
