import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCountryPack } from './build-country-pack';
import type { CountryPack, RawCountryPackFiles } from './country-pack';
import { countryPackFiles } from './country-pack';
import { CountryPackError } from './country-pack-error';

/** The folder holding the pack's JSON files. */
export const countryPackDataDirectory = fileURLToPath(new URL('../data/', import.meta.url));

let cachedPack: CountryPack | undefined;

/**
 * Reads the raw JSON of every data file in `directory` (default: the package's data folder),
 * without validating it.
 *
 * @throws CountryPackError naming each file that is missing or is not valid JSON.
 */
export function readCountryPackFiles(directory: string = countryPackDataDirectory): RawCountryPackFiles {
  const problems: string[] = [];
  const raw: Partial<RawCountryPackFiles> = {};
  for (const [key, fileName] of Object.entries(countryPackFiles) as [keyof RawCountryPackFiles, string][]) {
    try {
      raw[key] = JSON.parse(readFileSync(join(directory, fileName), 'utf8'));
    } catch (error) {
      problems.push(`${fileName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new CountryPackError(problems);
  return raw as RawCountryPackFiles;
}

/**
 * Returns Cambodia's reference data. The files are read and validated on the first call only;
 * later calls return the same frozen object.
 *
 * @throws CountryPackError when a file is missing, malformed, fails its schema or refers to
 *   rows that do not exist (the error lists every problem).
 */
export function loadCountryPack(): CountryPack {
  cachedPack ??= buildCountryPack(readCountryPackFiles());
  return cachedPack;
}

/** The 25 provinces, KH-1 to KH-25. @throws CountryPackError as loadCountryPack. */
export function loadProvinces(): CountryPack['provinces'] {
  return loadCountryPack().provinces;
}

/** Countries the seeds name plus the region. @throws CountryPackError as loadCountryPack. */
export function loadCountries(): CountryPack['countries'] {
  return loadCountryPack().countries;
}

/** Towns and border checkpoints. @throws CountryPackError as loadCountryPack. */
export function loadPlaces(): CountryPack['places'] {
  return loadCountryPack().places;
}

/** Organisations. @throws CountryPackError as loadCountryPack. */
export function loadOrganisations(): CountryPack['organisations'] {
  return loadCountryPack().organisations;
}

/** Laws and agreements. @throws CountryPackError as loadCountryPack. */
export function loadLaws(): CountryPack['laws'] {
  return loadCountryPack().laws;
}

/** The versioned table of law articles. @throws CountryPackError as loadCountryPack. */
export function loadLawArticles(): CountryPack['lawArticles'] {
  return loadCountryPack().lawArticles;
}

/** The Organized Crime Index structure and Cambodia's scores. @throws CountryPackError as loadCountryPack. */
export function loadOcIndex(): CountryPack['ocIndex'] {
  return loadCountryPack().ocIndex;
}

/** Published figures with their sources resolved. @throws CountryPackError as loadCountryPack. */
export function loadReferenceStatistics(): CountryPack['statistics'] {
  return loadCountryPack().statistics;
}

/** The documents the data cites. @throws CountryPackError as loadCountryPack. */
export function loadSources(): CountryPack['sources'] {
  return loadCountryPack().sources;
}
