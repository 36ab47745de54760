import type { CountryPack } from '@ctip/country-kh';
import type { Country, Indicator, Law, OcIndex, Place, Province, ReferenceSource, ReferenceStatistic } from '@ctip/contracts';

/**
 * The country pack's records, field by field, in the shape the API shows. The sync stores these
 * shapes, so what the pack holds but the API does not show (working notes, raw seed files)
 * never reaches the database or a client.
 */
export function presentCountryPack(pack: CountryPack) {
  const indicatorByCode = new Map(pack.indicators.map((indicator) => [indicator.code, indicator]));
  const provinces: Province[] = pack.provinces.map((province) => ({
    code: province.code,
    type: province.type,
    nameEn: province.nameEn,
    nameKm: province.nameKm,
    alternativeSpellings: [...new Set([province.nameIso, province.nameBgnPcgn, ...province.alternativeSpellings])],
    capitalEn: province.capital?.nameEn ?? null,
    capitalKm: province.capital?.nameKm ?? null,
    latitude: province.centroid.lat,
    longitude: province.centroid.lon,
  }));
  const countries: Country[] = pack.countries.map((country) => ({
    code: country.alpha2,
    alpha3: country.alpha3,
    nameEn: country.nameEn,
    nameKm: country.nameKm,
    demonymEn: country.demonymEn,
    isNeighbour: country.isNeighbour,
    roles: country.roles.map((role) => ({ role: role.role, market: role.market, note: role.note, sourceIds: [...role.sourceIds] })),
  }));
  const places: Place[] = pack.places.map((place) => ({
    id: place.id,
    kind: place.kind,
    nameEn: place.nameEn,
    nameKm: place.nameKm,
    provinceCode: place.provinceCode,
    latitude: place.coordinates.lat,
    longitude: place.coordinates.lon,
    precisionKm: place.coordinatePrecisionKm,
    counterpartCountry: place.counterpartCountry,
    counterpartPlace: place.counterpartPlace,
  }));
  const laws: Law[] = pack.laws.map((law) => ({
    id: law.id,
    kind: law.kind,
    titleEn: law.titleEn,
    titleKm: law.titleKm,
    shortName: law.shortName,
    date: law.date,
    dateKind: law.dateKind,
    period: law.period,
    parties: [...law.parties],
    status: law.status,
    note: law.note,
    sourceIds: [...law.sourceIds],
    articles: pack.lawArticles
      .filter((article) => article.lawId === law.id)
      .map((article) => ({
        id: article.id,
        article: article.article,
        version: article.version,
        validFrom: article.validFrom,
        validTo: article.validTo,
        titleEn: article.titleEn,
        isOffence: article.isOffence,
        penalty: article.penalty,
        aggravatedPenalties: article.aggravatedPenalties.map((aggravated) => ({ circumstances: [...aggravated.circumstances], penalty: aggravated.penalty })),
        criminalMarket: article.criminalMarket,
        verification: article.verification,
        note: article.note,
      })),
  }));
  const indicators: Indicator[] = pack.indicators.map((indicator) => ({ code: indicator.code, nameEn: indicator.nameEn, nameKm: indicator.nameKm, unit: indicator.unit, description: indicator.description }));
  const statistics: ReferenceStatistic[] = pack.statistics.map((statistic) => {
    const indicator = indicatorByCode.get(statistic.indicator);
    return {
      id: statistic.id,
      indicator: statistic.indicator,
      indicatorNameEn: indicator?.nameEn ?? statistic.indicator,
      indicatorNameKm: indicator?.nameKm ?? null,
      period: statistic.period,
      value: statistic.value,
      upperValue: statistic.upperValue,
      qualifier: statistic.qualifier,
      unit: statistic.unit,
      breakdown: Object.fromEntries(Object.entries(statistic.breakdown).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
      asPrinted: statistic.asPrinted,
      note: statistic.note,
      source: { id: statistic.source.documentId, title: statistic.source.title, publisher: statistic.source.publisher, date: statistic.source.date, section: statistic.source.section, page: statistic.source.page },
    };
  });
  const sources: ReferenceSource[] = pack.sources.map((source) => ({
    id: source.id,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    date: source.date,
    url: source.url,
    note: source.note,
  }));
  const ocIndex: OcIndex = {
    markets: pack.ocIndex.markets.map((market) => ({ code: market.code, nameEn: market.nameEn, group: market.group, editions: [...market.editions] })),
    actorTypes: pack.ocIndex.actorTypes.map((actor) => ({ code: actor.code, nameEn: actor.nameEn, editions: [...actor.editions] })),
    resilienceIndicators: pack.ocIndex.resilienceIndicators.map((indicator) => ({ code: indicator.code, nameEn: indicator.nameEn, group: indicator.group })),
    editions: pack.ocIndex.editions.map((edition) => ({
      edition: edition.edition,
      sourceId: edition.sourceId,
      criminality: edition.criminality,
      criminalityRank: edition.criminalityRank,
      rankedCountries: edition.rankedCountries,
      criminalMarkets: edition.criminalMarkets,
      criminalActors: edition.criminalActors,
      resilience: edition.resilience,
      markets: { ...edition.markets },
      actors: { ...edition.actors },
      resilienceIndicators: { ...edition.resilienceIndicators },
    })),
  };
  return { provinces, countries, places, laws, indicators, statistics, sources, ocIndex };
}

/** The presented pack. */
export type PresentedCountryPack = ReturnType<typeof presentCountryPack>;
