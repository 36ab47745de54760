export { buildCountryPack } from './build-country-pack';
export { checkCrossReferences } from './check-cross-references';
export type { CountryPack, RawCountryPackFiles, ReferenceStatistic, ResolvedStatisticSource } from './country-pack';
export { countryPackFiles } from './country-pack';
export { CountryPackError } from './country-pack-error';
export { findCountry } from './find-country';
export { findOrganisation } from './find-organisation';
export { findProvince } from './find-province';
export type { StatisticFilter } from './find-statistics';
export { findStatistics } from './find-statistics';
export {
  countryPackDataDirectory,
  loadCountries,
  loadCountryPack,
  loadLawArticles,
  loadLaws,
  loadOcIndex,
  loadOrganisations,
  loadPlaces,
  loadProvinces,
  loadReferenceStatistics,
  loadSources,
  readCountryPackFiles,
} from './load-country-pack';
export { mapCaseStageToMosvy } from './map-case-stage-to-mosvy';
export { normaliseName } from './normalise-name';
export { parseCountryPackFiles } from './parse-country-pack-files';
export * from './schemas';
