import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { ReferenceStatistic, StatisticBreakdown } from '../src/index';
import { loadReferenceStatistics, loadSources } from '../src/index';
import { describeWithSharedFiles, sharedPath } from './shared-folder';

const uniap = 'seed-001-uniap-siren-datasheet';
const ocIndex2021 = 'seed-000-gitoc-ocindex-2021';
const chinaLink = 'seed-002-cambodia-china-link';
const phnomPenhPost = 'seed-003-ppp-2025-03-28';
const camboja = 'seed-004-camboja-2022-09';

interface ExpectedFigure {
  document: string;
  indicator: string;
  period: string | null;
  breakdown?: StatisticBreakdown;
  value: number | null;
  upperValue?: number;
}

const figure = (document: string, indicator: string, period: string | null, value: number | null, breakdown: StatisticBreakdown = {}, upperValue?: number): ExpectedFigure =>
  ({ document, indicator, period, value, breakdown, upperValue });

const repatriated = 'victims_repatriated_official';
const fromThailand = { from_country: 'TH', to_country: 'KH', nationality: 'KH' };
const fromVietnam = { from_country: 'VN', to_country: 'KH', nationality: 'KH' };
const fromMalaysia = { from_country: 'MY', to_country: 'KH', nationality: 'KH' };
const vietnameseFromCambodia = { from_country: 'KH', to_country: 'VN', nationality: 'VN' };
const fromChina = { from_country: 'CN', to_country: 'KH', nationality: 'KH' };
const august2022 = '2022-08-18/2022-09-29';

// Written by re-reading the five seeds, not from the JSON: each line is one figure a seed prints.
const expectedFigures: ExpectedFigure[] = [
  // 001: UNIAP SIREN data sheet
  figure(uniap, 'population_total', null, 13_400_000),
  figure(uniap, 'gni_per_capita', null, 540),
  figure(uniap, 'population_share_under_20', null, 50),
  figure(uniap, 'labour_force_entrants_per_year', null, 150_000, {}, 175_000),
  figure(uniap, 'labour_force_entrants_per_year', '2010', 200_000),
  figure(uniap, repatriated, null, 1950),
  figure(uniap, 'sex_workers_trafficked_share', null, 7),
  figure(uniap, 'un_agencies_counter_trafficking', null, 8),
  figure(uniap, 'ngos_counter_trafficking', null, 100),
  figure(uniap, 'prevention_campaign_border_provinces', null, 5),
  figure(uniap, 'commit_member_countries', null, 6),
  figure(uniap, 'victims_rescued', '2008', 854),
  figure(uniap, 'victims_rescued', '2008', 580, { referred_to: 'family' }),
  figure(uniap, 'victims_rescued', '2008', 89, { referred_to: 'ngo' }),
  figure(uniap, 'victims_rescued', '2008', 185, { referred_to: 'mosvy' }),
  figure(uniap, repatriated, '2005', 186, fromThailand),
  figure(uniap, repatriated, '2006', 252, fromThailand),
  figure(uniap, repatriated, '2007', 160, fromThailand),
  figure(uniap, repatriated, '2008', 105, fromThailand),
  figure(uniap, repatriated, '2005', 93, fromVietnam),
  figure(uniap, repatriated, '2006', 113, fromVietnam),
  figure(uniap, repatriated, '2007', 224, fromVietnam),
  figure(uniap, repatriated, '2008', 745, fromVietnam),
  figure(uniap, repatriated, '2005', 19, fromMalaysia),
  figure(uniap, repatriated, '2006', 6, fromMalaysia),
  figure(uniap, repatriated, '2007', 3, fromMalaysia),
  figure(uniap, repatriated, '2008', 18, fromMalaysia),
  figure(uniap, repatriated, '2005', 12, vietnameseFromCambodia),
  figure(uniap, repatriated, '2006', 5, vietnameseFromCambodia),
  figure(uniap, repatriated, '2007', 8, vietnameseFromCambodia),
  figure(uniap, repatriated, '2008', null, vietnameseFromCambodia),
  figure(uniap, 'trafficking_cases_investigated', '2006/2008', 58, { scope: 'domestic' }),
  figure(uniap, 'trafficking_offenders_in_investigations', '2006/2008', 91, { scope: 'domestic' }),
  figure(uniap, 'trafficking_cases_investigated', '2006/2008', 43, { scope: 'cross_border' }),
  figure(uniap, 'trafficking_offenders_in_investigations', '2006/2008', 70, { scope: 'cross_border' }),
  // 000: Organized Crime Index 2021 narrative
  figure(ocIndex2021, 'timber_illegal_species_share', null, 70),
  figure(ocIndex2021, 'radio_stations_closed', null, 30),
  // 002: Cambodia-China link brief
  figure(chinaLink, 'trafficking_sexual_exploitation_cases', '2024', 197),
  figure(chinaLink, 'trafficking_sexual_exploitation_cases', '2023', 164),
  figure(chinaLink, 'trafficking_suspects_arrested', '2024', 273),
  figure(chinaLink, 'trafficking_suspects_arrested', '2024', 30, { nationality_group: 'foreign' }),
  figure(chinaLink, 'persons_deported', '2024', 2695, { nationality: 'CN' }),
  figure(chinaLink, repatriated, '2025', 100, fromChina),
  figure(chinaLink, 'repatriation_cases', '2025', 42, fromChina),
  figure(chinaLink, 'scam_compounds_identified', null, 53),
  // 003: Phnom Penh Post, 28 March 2025
  figure(phnomPenhPost, 'trafficking_sexual_exploitation_cases', '2024', 197),
  figure(phnomPenhPost, 'trafficking_sexual_exploitation_cases', '2023', 164),
  figure(phnomPenhPost, 'trafficking_sexual_exploitation_cases_change', '2024', 33),
  figure(phnomPenhPost, 'trafficking_suspects_arrested', '2024', 273),
  figure(phnomPenhPost, 'trafficking_suspects_arrested', '2023', 194),
  figure(phnomPenhPost, 'trafficking_suspects_arrested_change', '2024', 79),
  figure(phnomPenhPost, 'deportation_cases', '2024', 922),
  figure(phnomPenhPost, 'deportation_cases', '2023', 512),
  figure(phnomPenhPost, 'persons_deported', '2024', 5852),
  figure(phnomPenhPost, 'persons_deported', '2023', 2159),
  figure(phnomPenhPost, 'persons_deported', '2024', 2695, { nationality: 'CN' }),
  figure(phnomPenhPost, 'persons_deported', '2023', 1011, { nationality: 'CN' }),
  figure(phnomPenhPost, 'persons_deported_change_percent', '2024', 100, { nationality: 'CN' }),
  figure(phnomPenhPost, 'persons_deported', '2024', 1198, { nationality: 'VN' }),
  figure(phnomPenhPost, 'persons_deported', '2024', 861, { nationality: 'ID' }),
  // 004: CamboJA, September 2022
  figure(camboja, 'trafficking_complaints_received', august2022, 368),
  figure(camboja, 'trafficking_complaints_received', august2022, 149, { province: 'KH-18' }),
  figure(camboja, 'persons_rescued', august2022, 361),
  figure(camboja, 'trafficking_cases_identified', august2022, 9),
  figure(camboja, 'trafficked_persons_identified', august2022, 54),
  figure(camboja, 'trafficked_persons_countries', august2022, 6),
  figure(camboja, 'trafficking_suspects_arrested', august2022, 41),
  figure(camboja, 'persons_arrested_in_raid', '2022-09', 27, { nationality_group: 'foreign', province: 'KH-18' }),
  figure(camboja, 'online_gambling_workers_estimate', '2022', 70_000, {}, 100_000),
  figure(camboja, 'us_tip_tier', '2022', 3),
  figure(camboja, 'us_tip_tier3_other_countries', '2022', 14),
];

function describeFigure(expected: ExpectedFigure): string {
  return `${expected.document} ${expected.indicator} ${expected.period ?? '(no period)'} ${JSON.stringify(expected.breakdown)}`;
}

function matches(statistic: ReferenceStatistic, expected: ExpectedFigure): boolean {
  return statistic.source.documentId === expected.document &&
    statistic.indicator === expected.indicator &&
    statistic.period === expected.period &&
    JSON.stringify(Object.entries(statistic.breakdown).sort()) === JSON.stringify(Object.entries(expected.breakdown ?? {}).sort());
}

it('holds every figure the seeds print, with the value the seed gives', () => {
  for (const expected of expectedFigures) {
    const found = loadReferenceStatistics().filter((statistic) => matches(statistic, expected));
    expect(found, describeFigure(expected)).toHaveLength(1);
    expect(found[0]?.value, describeFigure(expected)).toBe(expected.value);
    expect(found[0]?.upperValue, describeFigure(expected)).toBe(expected.upperValue ?? null);
  }
});

it('holds no seed figure that was not checked against the seeds', () => {
  const seedIds = new Set(loadSources().filter((source) => source.kind === 'seed').map((source) => source.id));
  const unchecked = loadReferenceStatistics()
    .filter((statistic) => seedIds.has(statistic.source.documentId))
    .filter((statistic) => !expectedFigures.some((expected) => matches(statistic, expected)))
    .map((statistic) => statistic.id);
  expect(unchecked).toEqual([]);
});

const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The numbers in a printed figure, in order: "150,000 to 175,000" gives [150000, 175000], "13.4 million" [13400000]. */
function numbersIn(printed: string): number[] {
  const numbers: number[] = [];
  for (const match of printed.matchAll(/(\d[\d,]*(?:\.\d+)?)(\s+million)?|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi)) {
    if (match[3] !== undefined) numbers.push(numberWords[match[3].toLowerCase()] as number);
    else numbers.push(Math.round(Number((match[1] as string).replace(/,/g, '')) * (match[2] === undefined ? 1 : 1_000_000)));
  }
  return numbers;
}

const seedFiles = ['000_c0b2d3ffb8d5f62d.txt', '001_e12965d8175e8585.txt', '002_416725b4a026d363.txt', '003_2720d392613ae13c.txt', '004_b6e2540794afb3f7.txt'];

describeWithSharedFiles('statistics are traceable to the seed text', seedFiles.map((file) => `seeds/${file}`), () => {
  const seedTextById = new Map<string, string>();
  beforeAll(() => {
    for (const source of loadSources()) {
      if (source.seedFile === null) continue;
      seedTextById.set(source.id, readFileSync(sharedPath(`seeds/${source.seedFile}`), 'utf8').replace(/\s+/g, ' '));
    }
  });

  it('cites one source per seed file', () => {
    expect([...loadSources().filter((source) => source.kind === 'seed').map((source) => source.seedFile)].sort()).toEqual(seedFiles);
  });

  it('finds each figure as printed in the seed it cites, and its value agrees with the print', () => {
    for (const statistic of loadReferenceStatistics()) {
      const text = seedTextById.get(statistic.source.documentId);
      if (text === undefined) continue;
      expect(text.includes(statistic.asPrinted), `${statistic.id}: "${statistic.asPrinted}"`).toBe(true);
      const numbers = numbersIn(statistic.asPrinted);
      if (statistic.value === null) {
        expect(statistic.asPrinted, statistic.id).toContain('N/A');
      } else if (statistic.upperValue !== null) {
        expect([numbers[0], numbers.at(-1)], statistic.id).toEqual([statistic.value, statistic.upperValue]);
      } else {
        expect(numbers.at(-1), statistic.id).toBe(statistic.value);
      }
    }
  });
});
