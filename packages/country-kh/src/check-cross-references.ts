import { normaliseName } from './normalise-name';
import type { ParsedCountryPackFiles } from './parse-country-pack-files';
import { caseStageCodes, mosvyStageCodes } from './schemas/vocabulary-schema';

// Generous box around Cambodia, islands included: a point outside it is a typo (swapped lat/lon, lost digit).
const cambodiaBounds = { minLat: 9.5, maxLat: 15, minLon: 102, maxLon: 108 };

/**
 * Checks that the parsed files agree with each other: ids unique, every referenced province,
 * country, source, organisation, law, indicator and market exists, the 25 provinces are all
 * there, and no name points to two provinces. Returns one message per problem (empty when all
 * hold); never throws.
 */
export function checkCrossReferences(files: ParsedCountryPackFiles): string[] {
  const problems: string[] = [];
  const report = (file: string, message: string) => problems.push(`${file}: ${message}`);

  const sourceIds = collectUnique(files.sources.sources.map((source) => source.id), 'sources.json', 'source id', report);
  const provinceCodes = collectUnique(files.provinces.provinces.map((province) => province.code), 'provinces.json', 'province code', report);
  const countryCodes = collectUnique(files.countries.countries.map((country) => country.alpha2), 'countries.json', 'alpha-2 code', report);
  collectUnique(files.countries.countries.map((country) => country.alpha3), 'countries.json', 'alpha-3 code', report);
  const organisationIds = collectUnique(files.organisations.organisations.map((organisation) => organisation.id), 'organisations.json', 'organisation id', report);
  const lawIds = collectUnique(files.laws.laws.map((law) => law.id), 'laws.json', 'law id', report);
  collectUnique(files.places.places.map((place) => place.id), 'places.json', 'place id', report);
  collectUnique(files.lawArticles.articles.map((article) => article.id), 'law-articles.json', 'article id', report);
  const indicators = new Map(files.indicators.indicators.map((indicator) => [indicator.code, indicator]));
  collectUnique(files.indicators.indicators.map((indicator) => indicator.code), 'indicators.json', 'indicator code', report);
  collectUnique(files.statistics.statistics.map((statistic) => statistic.id), 'reference-statistics.json', 'statistic id', report);
  const marketCodes = collectUnique(files.ocIndex.markets.map((market) => market.code), 'oc-index.json', 'market code', report);

  const expectSource = (file: string, owner: string, id: string) => {
    if (!sourceIds.has(id)) report(file, `${owner} cites unknown source "${id}"`);
  };
  const expectCountry = (file: string, owner: string, code: string | null) => {
    if (code !== null && !countryCodes.has(code)) report(file, `${owner} refers to unknown country "${code}"`);
  };

  for (const id of files.provinces.sourceIds) expectSource('provinces.json', 'the file', id);
  for (const id of files.countries.sourceIds) expectSource('countries.json', 'the file', id);
  for (const id of files.vocabularies.sourceIds) expectSource('vocabularies.json', 'the file', id);

  // Provinces: all 25 ISO codes, inside Cambodia, and every name leads to one province only.
  for (let number = 1; number <= 25; number += 1) {
    if (!provinceCodes.has(`KH-${number}`)) report('provinces.json', `missing province KH-${number}`);
  }
  const provinceByName = new Map<string, string>();
  for (const province of files.provinces.provinces) {
    checkInsideCambodia('provinces.json', province.code, province.centroid, report);
    for (const name of [province.nameEn, province.nameKm, province.nameIso, province.nameBgnPcgn, ...province.alternativeSpellings]) {
      const key = normaliseName(name);
      const owner = provinceByName.get(key);
      if (owner !== undefined && owner !== province.code) report('provinces.json', `name "${name}" of ${province.code} also names ${owner}`);
      provinceByName.set(key, province.code);
    }
  }

  for (const country of files.countries.countries) {
    for (const role of country.roles) {
      if (!marketCodes.has(role.market)) report('countries.json', `${country.alpha2} role names unknown market "${role.market}"`);
      for (const id of role.sourceIds) expectSource('countries.json', `${country.alpha2} role`, id);
    }
  }

  for (const place of files.places.places) {
    if (!provinceCodes.has(place.provinceCode)) report('places.json', `${place.id} is in unknown province "${place.provinceCode}"`);
    expectCountry('places.json', place.id, place.counterpartCountry);
    checkInsideCambodia('places.json', place.id, place.coordinates, report);
    for (const id of place.sourceIds) expectSource('places.json', place.id, id);
  }

  for (const organisation of files.organisations.organisations) {
    expectCountry('organisations.json', organisation.id, organisation.country);
    for (const [field, id] of [['parentId', organisation.parentId], ['successorId', organisation.successorId]] as const) {
      if (id !== null && !organisationIds.has(id)) report('organisations.json', `${organisation.id}.${field} refers to unknown organisation "${id}"`);
    }
    for (const id of organisation.sourceIds) expectSource('organisations.json', organisation.id, id);
  }

  for (const law of files.laws.laws) {
    expectCountry('laws.json', law.id, law.country);
    for (const party of law.parties) expectCountry('laws.json', law.id, party);
    if (law.supersedesId !== null && !lawIds.has(law.supersedesId)) report('laws.json', `${law.id} supersedes unknown law "${law.supersedesId}"`);
    for (const id of law.sourceIds) expectSource('laws.json', law.id, id);
  }

  for (const article of files.lawArticles.articles) {
    if (!lawIds.has(article.lawId)) report('law-articles.json', `${article.id} belongs to unknown law "${article.lawId}"`);
    if (!marketCodes.has(article.criminalMarket)) report('law-articles.json', `${article.id} names unknown market "${article.criminalMarket}"`);
    for (const id of article.sourceIds) expectSource('law-articles.json', article.id, id);
  }

  checkOcIndex(files, sourceIds, report);

  for (const statistic of files.statistics.statistics) {
    const indicator = indicators.get(statistic.indicator);
    if (indicator === undefined) report('reference-statistics.json', `${statistic.id} uses unknown indicator "${statistic.indicator}"`);
    else if (indicator.unit !== statistic.unit) report('reference-statistics.json', `${statistic.id} is in ${statistic.unit} but its indicator is in ${indicator.unit}`);
    expectSource('reference-statistics.json', statistic.id, statistic.source.documentId);
    const { from_country: fromCountry, to_country: toCountry, nationality, province } = statistic.breakdown;
    for (const code of [fromCountry, toCountry, nationality]) expectCountry('reference-statistics.json', statistic.id, code ?? null);
    if (province !== undefined && !provinceCodes.has(province)) report('reference-statistics.json', `${statistic.id} refers to unknown province "${province}"`);
  }

  checkVocabularies(files, report);
  return problems;
}

/** Collects values into a set, reporting each duplicate. */
function collectUnique(values: string[], file: string, what: string, report: (file: string, message: string) => void): Set<string> {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) report(file, `duplicate ${what} "${value}"`);
    seen.add(value);
  }
  return seen;
}

function checkInsideCambodia(file: string, owner: string, point: { lat: number; lon: number }, report: (file: string, message: string) => void): void {
  const { minLat, maxLat, minLon, maxLon } = cambodiaBounds;
  if (point.lat < minLat || point.lat > maxLat || point.lon < minLon || point.lon > maxLon) {
    report(file, `${owner} lies outside Cambodia (${point.lat}, ${point.lon})`);
  }
}

/** Groups exist, and each edition scores exactly the markets, actors and indicators of its year. */
function checkOcIndex(files: ParsedCountryPackFiles, sourceIds: Set<string>, report: (file: string, message: string) => void): void {
  const index = files.ocIndex;
  const file = 'oc-index.json';
  const marketGroups = new Set(index.marketGroups.map((group) => group.code));
  const resilienceGroups = new Set(index.resilienceGroups.map((group) => group.code));
  for (const market of index.markets) {
    if (!marketGroups.has(market.group)) report(file, `market ${market.code} is in unknown group "${market.group}"`);
  }
  for (const indicator of index.resilienceIndicators) {
    if (!resilienceGroups.has(indicator.group)) report(file, `resilience indicator ${indicator.code} is in unknown group "${indicator.group}"`);
  }
  const editions = new Set<number>();
  for (const edition of index.editions) {
    if (editions.has(edition.edition)) report(file, `duplicate edition ${edition.edition}`);
    editions.add(edition.edition);
    if (!sourceIds.has(edition.sourceId)) report(file, `edition ${edition.edition} cites unknown source "${edition.sourceId}"`);
    const expected = {
      markets: index.markets.filter((market) => market.editions.includes(edition.edition)).map((market) => market.code),
      actors: index.actorTypes.filter((actor) => actor.editions.includes(edition.edition)).map((actor) => actor.code),
      resilienceIndicators: index.resilienceIndicators.map((indicator) => indicator.code),
    };
    for (const key of ['markets', 'actors', 'resilienceIndicators'] as const) {
      const actual = Object.keys(edition[key]).sort();
      const wanted = [...expected[key]].sort();
      if (actual.join() !== wanted.join()) report(file, `edition ${edition.edition} ${key} should be exactly [${wanted.join(', ')}]`);
    }
    if (edition.criminalityRank !== null && edition.criminalityRank > edition.rankedCountries) {
      report(file, `edition ${edition.edition} rank ${edition.criminalityRank} exceeds ${edition.rankedCountries} countries`);
    }
  }
}

/** Every ctip stage and every MoSVY stage appears once, in order. */
function checkVocabularies(files: ParsedCountryPackFiles, report: (file: string, message: string) => void): void {
  const file = 'vocabularies.json';
  const lists = [
    ['caseStages', files.vocabularies.caseStages.map((stage) => stage.code), caseStageCodes],
    ['mosvyCaseStages', files.vocabularies.mosvyCaseStages.map((stage) => stage.code), mosvyStageCodes],
  ] as const;
  for (const [name, actual, expected] of lists) {
    if (actual.join() !== expected.join()) report(file, `${name} must list ${expected.join(', ')} once each, in that order`);
  }
  for (const stages of [files.vocabularies.caseStages, files.vocabularies.mosvyCaseStages]) {
    stages.forEach((stage, position) => {
      if (stage.order !== position + 1) report(file, `${stage.code} has order ${stage.order}, expected ${position + 1}`);
    });
  }
}
