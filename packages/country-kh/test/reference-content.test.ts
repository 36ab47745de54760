import { describe, expect, it } from 'vitest';
import { loadCountryPack, loadLawArticles, loadLaws, loadOcIndex, loadPlaces } from '../src/index';

describe('Organized Crime Index', () => {
  it('has 15 markets in 2023, 10 of them in 2021', () => {
    const markets = loadOcIndex().markets;
    expect(markets.filter((market) => market.editions.includes(2023))).toHaveLength(15);
    expect(markets.filter((market) => market.editions.includes(2021))).toHaveLength(10);
  });

  it('has 5 actor types in 2023 and 12 resilience indicators in 4 groups', () => {
    const index = loadOcIndex();
    expect(index.actorTypes.filter((actor) => actor.editions.includes(2023))).toHaveLength(5);
    expect(index.resilienceIndicators).toHaveLength(12);
    expect(new Set(index.resilienceIndicators.map((indicator) => indicator.group)).size).toBe(4);
  });

  // Values from DOMAIN.md, "Cambodia, 2023 edition".
  it('holds Cambodia\'s 2023 scores as DOMAIN.md lists them and leaves the rest empty', () => {
    const edition = loadOcIndex().editions.find((candidate) => candidate.edition === 2023);
    expect(edition).toMatchObject({ criminality: 6.85, criminalityRank: 20, rankedCountries: 193, criminalMarkets: 6.7, criminalActors: null, resilience: null });
    expect(edition?.markets).toEqual({
      human_trafficking: 8.5,
      human_smuggling: 7,
      extortion_protection_racketeering: 6.5,
      arms_trafficking: 5.5,
      counterfeit_goods: 8,
      illicit_excisable_goods: 5.5,
      flora_crimes: 8,
      fauna_crimes: 8.5,
      non_renewable_resource_crimes: 8,
      heroin_trade: 4.5,
      cocaine_trade: 2.5,
      cannabis_trade: null,
      synthetic_drug_trade: null,
      cyber_dependent_crimes: null,
      financial_crimes: null,
    });
    expect(Object.values(edition?.actors ?? {}).every((score) => score === null)).toBe(true);
    expect(Object.values(edition?.resilienceIndicators ?? {}).every((score) => score === null)).toBe(true);
  });

  it('records the 2021 edition of seed 000 with no scores, since the seed prints none', () => {
    const edition = loadOcIndex().editions.find((candidate) => candidate.edition === 2021);
    expect(edition?.sourceId).toBe('seed-000-gitoc-ocindex-2021');
    const scores = [edition?.criminality, ...Object.values(edition?.markets ?? {}), ...Object.values(edition?.actors ?? {})];
    expect(scores.every((score) => score === null)).toBe(true);
  });
});

describe('laws and articles', () => {
  it('lists the instruments seed 001 names', () => {
    const ids = new Set(loadLaws().map((law) => law.id));
    for (const id of ['kh-constitution-1993', 'kh-labour-law-1997', 'kh-immigration-law-1994', 'kh-law-suppression-trafficking-2008',
      'kh-th-mou-trafficking-2003', 'kh-th-mou-employment-2003', 'kh-vn-agreement-trafficking-2005', 'commit-mou-2004',
      'kh-vn-joint-sop-2009', 'kh-sub-decree-marriage-foreigners', 'kh-npa-tipse-2009-2013', 'kh-campaign-plan-2007', 'commit-spa-2-2008-2010']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('gives the parties of the bilateral agreements', () => {
    expect(loadLaws().find((law) => law.id === 'kh-vn-agreement-trafficking-2005')?.parties).toEqual(['KH', 'VN']);
    expect(loadLaws().find((law) => law.id === 'commit-mou-2004')?.parties).toHaveLength(6);
  });

  it('carries article 10 of the 2008 law: 7-15 years, 15-20 for a minor victim, a public official or an organised group', () => {
    const article = loadLawArticles().find((row) => row.lawId === 'kh-law-suppression-trafficking-2008' && row.article === '10');
    expect(article?.penalty?.imprisonment).toEqual({ min: 7, max: 15, unit: 'years' });
    expect(article?.aggravatedPenalties).toEqual([{
      circumstances: ['victim_minor', 'offender_public_official_abusing_authority', 'organised_group'],
      penalty: { imprisonment: { min: 15, max: 20, unit: 'years' }, fine: null, combination: null },
    }]);
  });

  it('leaves penalties empty and says so wherever the text was not verified', () => {
    for (const article of loadLawArticles().filter((row) => row.verification === 'unverified')) {
      expect(article.penalty, article.id).toBeNull();
      expect(article.note, article.id).toMatch(/not verified/);
    }
  });
});

describe('places', () => {
  it('has the towns and checkpoints the brief names', () => {
    const ids = new Set(loadPlaces().map((place) => place.id));
    for (const id of ['poipet', 'bavet', 'khemarak-phoumin', 'checkpoint-cham-yeam', 'sihanoukville', 'siem-reap', 'phnom-penh', 'battambang',
      'osmach', 'checkpoint-prek-chak', 'checkpoint-poipet', 'checkpoint-bavet']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('sources', () => {
  it('dates the Phnom Penh Post article and cites every source at least once', () => {
    const pack = loadCountryPack();
    const cited = new Set([
      ...pack.statistics.map((statistic) => statistic.source.documentId),
      ...pack.laws.flatMap((law) => law.sourceIds),
      ...pack.lawArticles.flatMap((article) => article.sourceIds),
      ...pack.organisations.flatMap((organisation) => organisation.sourceIds),
      ...pack.countries.flatMap((country) => country.roles.flatMap((role) => role.sourceIds)),
      ...pack.ocIndex.editions.map((edition) => edition.sourceId),
      ...['ext-iso-3166-2-kh', 'ext-bgn-pcgn-khmer-1972', 'ext-geoboundaries-khm-adm1', 'ext-iso-3166-1', 'ext-unicode-cldr-48-km'],
    ]);
    expect(pack.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
    expect(pack.sources.find((source) => source.id === 'seed-003-ppp-2025-03-28')?.date).toBe('2025-03-28');
  });
});
