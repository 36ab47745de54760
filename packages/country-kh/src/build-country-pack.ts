import { checkCrossReferences } from './check-cross-references';
import type { CountryPack, RawCountryPackFiles, ReferenceStatistic } from './country-pack';
import { CountryPackError } from './country-pack-error';
import { parseCountryPackFiles } from './parse-country-pack-files';

/**
 * Validates raw file contents against their schemas and against each other, and assembles the
 * pack with every statistic's source resolved. The result is deeply frozen.
 *
 * @throws CountryPackError listing every schema or cross-reference problem found.
 */
export function buildCountryPack(raw: RawCountryPackFiles): CountryPack {
  const parsed = parseCountryPackFiles(raw);
  if (!parsed.isValid) throw new CountryPackError(parsed.problems);
  const { files } = parsed;
  const problems = checkCrossReferences(files);
  if (problems.length > 0) throw new CountryPackError(problems);

  const sources = new Map(files.sources.sources.map((source) => [source.id, source]));
  const statistics = files.statistics.statistics.map((statistic): ReferenceStatistic => {
    // Cross-references passed, so the document exists.
    const document = sources.get(statistic.source.documentId)!;
    return {
      ...statistic,
      source: { ...statistic.source, title: document.title, publisher: document.publisher, date: document.date },
    };
  });
  const { $comment: _ocComment, ...ocIndex } = files.ocIndex;
  const { $comment: _vocabularyComment, ...vocabularies } = files.vocabularies;

  return deepFreeze({
    provinces: files.provinces.provinces,
    countries: files.countries.countries,
    places: files.places.places,
    organisations: files.organisations.organisations,
    laws: files.laws.laws,
    lawArticles: files.lawArticles.articles,
    ocIndex,
    indicators: files.indicators.indicators,
    statistics,
    sources: files.sources.sources,
    vocabularies,
  });
}

// The loaded pack is shared by every caller of loadCountryPack; freezing it stops one caller
// from changing reference data under another.
function deepFreeze<Value>(value: Value): Value {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
