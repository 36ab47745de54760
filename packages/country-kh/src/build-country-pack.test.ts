import { describe, expect, it } from 'vitest';
import { buildCountryPack } from './build-country-pack';
import type { RawCountryPackFiles } from './country-pack';
import { CountryPackError } from './country-pack-error';
import { readCountryPackFiles } from './load-country-pack';

type Json = Record<string, unknown> & { [key: string]: Json[] | unknown };

/** A fresh, mutable copy of the shipped files. */
function copyFiles(): RawCountryPackFiles {
  return structuredClone(readCountryPackFiles());
}

function rows(raw: RawCountryPackFiles, key: keyof RawCountryPackFiles, list: string): Json[] {
  return (raw[key] as Record<string, Json[]>)[list] as Json[];
}

function problemsOf(raw: RawCountryPackFiles): string[] {
  try {
    buildCountryPack(raw);
  } catch (error) {
    if (error instanceof CountryPackError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('buildCountryPack schema checks', () => {
  it('refuses Latin letters in a Khmer name and names the file and row', () => {
    const raw = copyFiles();
    rows(raw, 'provinces', 'provinces')[11]!.nameKm = 'Phnom Penh';
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^provinces\.json: provinces\[11 KH-12\]\.nameKm: .*Khmer/)]);
  });

  it('refuses an impossible period', () => {
    const raw = copyFiles();
    rows(raw, 'statistics', 'statistics')[0]!.period = '2024-13';
    expect(problemsOf(raw).join()).toMatch(/reference-statistics\.json: statistics\[0 s001-population-total\]\.period/);
  });

  it('refuses an interval that ends before it starts', () => {
    const raw = copyFiles();
    rows(raw, 'statistics', 'statistics')[0]!.period = '2008/2006';
    expect(problemsOf(raw)).toHaveLength(1);
  });

  it('refuses a missing value that is not marked not_available', () => {
    const raw = copyFiles();
    rows(raw, 'statistics', 'statistics')[0]!.value = null;
    expect(problemsOf(raw).join()).toMatch(/value is null exactly when the qualifier is not_available/);
  });

  it('refuses a field name the schema does not know (a typo in a hand-edited file)', () => {
    const raw = copyFiles();
    rows(raw, 'places', 'places')[0]!.provinceCod = 'KH-12';
    expect(problemsOf(raw).join()).toMatch(/places\.json: places\[0 phnom-penh\]/);
  });

  it('refuses a penalty range that runs backwards', () => {
    const raw = copyFiles();
    const article = rows(raw, 'lawArticles', 'articles').find((row) => row.article === '10') as { penalty: { imprisonment: { min: number } } };
    article.penalty.imprisonment.min = 16;
    expect(problemsOf(raw).join()).toMatch(/law-articles\.json: .*min must not exceed max/);
  });

  it('reports a file that is not an object at all', () => {
    const raw = copyFiles();
    raw.laws = [];
    expect(problemsOf(raw).join()).toMatch(/^laws\.json: \(file\)/);
  });
});

describe('buildCountryPack cross-reference checks', () => {
  it('catches a place in a province that does not exist', () => {
    const raw = copyFiles();
    rows(raw, 'places', 'places')[0]!.provinceCode = 'KH-25';
    rows(raw, 'provinces', 'provinces').pop();
    expect(problemsOf(raw)).toEqual(expect.arrayContaining([
      'provinces.json: missing province KH-25',
      expect.stringMatching(/^places\.json: phnom-penh is in unknown province "KH-25"/),
    ]));
  });

  it('catches a statistic citing an unknown source', () => {
    const raw = copyFiles();
    (rows(raw, 'statistics', 'statistics')[0]!.source as { documentId: string }).documentId = 'seed-999-missing';
    expect(problemsOf(raw)).toEqual(['reference-statistics.json: s001-population-total cites unknown source "seed-999-missing"']);
  });

  it('catches duplicate ids', () => {
    const raw = copyFiles();
    const statistics = rows(raw, 'statistics', 'statistics');
    statistics.push(structuredClone(statistics[0]!));
    expect(problemsOf(raw)).toEqual(['reference-statistics.json: duplicate statistic id "s001-population-total"']);
  });

  it('catches a breakdown naming an unknown country and an unknown indicator', () => {
    const raw = copyFiles();
    const statistic = rows(raw, 'statistics', 'statistics').find((row) => row.id === 's003-persons-deported-vn-2024')!;
    statistic.breakdown = { nationality: 'ZZ' };
    statistic.indicator = 'no_such_indicator';
    expect(problemsOf(raw)).toEqual([
      'reference-statistics.json: s003-persons-deported-vn-2024 uses unknown indicator "no_such_indicator"',
      'reference-statistics.json: s003-persons-deported-vn-2024 refers to unknown country "ZZ"',
    ]);
  });

  it('catches a unit that differs from its indicator\'s', () => {
    const raw = copyFiles();
    rows(raw, 'statistics', 'statistics')[0]!.unit = 'cases';
    expect(problemsOf(raw)).toEqual(['reference-statistics.json: s001-population-total is in cases but its indicator is in persons']);
  });

  it('catches a name shared by two provinces', () => {
    const raw = copyFiles();
    (rows(raw, 'provinces', 'provinces')[0]!.alternativeSpellings as string[]).push('Kampot');
    expect(problemsOf(raw)).toEqual(['provinces.json: name "Kampot" of KH-7 also names KH-1']);
  });

  it('catches an Organized Crime Index edition whose scores do not match its markets', () => {
    const raw = copyFiles();
    const edition = (raw.ocIndex as { editions: { markets: Record<string, number | null> }[] }).editions[0]!;
    edition.markets.cyber_dependent_crimes = null;
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^oc-index\.json: edition 2021 markets should be exactly/)]);
  });

  it('catches an organisation whose parent does not exist', () => {
    const raw = copyFiles();
    rows(raw, 'organisations', 'organisations').find((row) => row.id === 'kh-mosvy')!.parentId = 'kh-nowhere';
    expect(problemsOf(raw)).toEqual(['organisations.json: kh-mosvy.parentId refers to unknown organisation "kh-nowhere"']);
  });

  it('catches a point far outside Cambodia (swapped latitude and longitude)', () => {
    const raw = copyFiles();
    rows(raw, 'places', 'places')[0]!.coordinates = { lat: 104.9, lon: 11.5 };
    expect(problemsOf(raw).join()).toMatch(/places\.json/);
  });
});
