import { ageGroupOf, MOSVY_STAGE_OF, type CaseStage, type ExploitationSector, type ExploitationType, type ForcedLabourIndicator, type RecruitmentMethod, type Sex } from '@ctip/contracts';
import {
  EXPORT_COLUMNS,
  HTCDS_CASE_STATUS,
  HTCDS_EXPLOITATION_TYPE,
  HTCDS_GENDER,
  HTCDS_INDUSTRY,
  HTCDS_METHODS_OF_CONTROL,
  HTCDS_RECRUITMENT_METHOD,
  HTCDS_TRAFFICKING_STATUS,
  MULTI_VALUE_SEPARATOR,
  type ExportColumn,
} from './htcds-mapping';
import { kAnonymise, type QuasiIdentifier } from './k-anonymise';

/** What the export knows of a case: nothing that names, locates below the province or dates more precisely than the year. */
export interface ExportRecord {
  sex: Sex;
  ageAtIdentification: number | null;
  nationality: string | null;
  provinceCode: string | null;
  exploitationTypes: readonly ExploitationType[];
  sectors: readonly ExploitationSector[];
  /** Only its year is used. */
  openedOn: string;
  stage: CaseStage;
  identificationStatus: 'presumptive' | 'formal';
  recruitmentMethod: RecruitmentMethod | null;
  indicators: readonly ForcedLabourIndicator[];
}

/** The Collaborative's threshold: a combination is published only if at least 11 records share it. */
export const K_THRESHOLD = 11;
/** Records that may be suppressed before every record is generalised further (5%). */
export const MAX_SUPPRESSED_SHARE = 0.05;

/** What a value fully generalised away reads as. */
export const ANY = '*';
const UNKNOWN = 'Unknown';

/** Cambodia's provinces by geographic zone (the National Institute of Statistics' four zones, Phnom Penh apart). */
export const PROVINCE_ZONES: Record<string, string> = {
  'KH-12': 'PhnomPenh',
  'KH-3': 'Plains', 'KH-8': 'Plains', 'KH-14': 'Plains', 'KH-20': 'Plains', 'KH-21': 'Plains', 'KH-25': 'Plains',
  'KH-1': 'TonleSap', 'KH-2': 'TonleSap', 'KH-4': 'TonleSap', 'KH-6': 'TonleSap', 'KH-15': 'TonleSap', 'KH-17': 'TonleSap', 'KH-22': 'TonleSap', 'KH-24': 'TonleSap',
  'KH-7': 'Coastal', 'KH-9': 'Coastal', 'KH-18': 'Coastal', 'KH-23': 'Coastal',
  'KH-5': 'PlateauAndMountains', 'KH-10': 'PlateauAndMountains', 'KH-11': 'PlateauAndMountains', 'KH-13': 'PlateauAndMountains', 'KH-16': 'PlateauAndMountains', 'KH-19': 'PlateauAndMountains',
};

const joined = (values: Iterable<string>) => [...new Set(values)].sort().join(MULTI_VALUE_SEPARATOR);

/**
 * The quasi-identifiers of a case and their hierarchies: sector, home province, year identified,
 * age band, nationality, exploitation type, sex. Weights say what detail is worth to analysis:
 * the facts the Counter Trafficking Data Collaborative publishes first (sex, exploitation,
 * citizenship, age) are given back their detail first.
 */
export function caseQuasiIdentifiers(aseanCountries: ReadonlySet<string>): Array<QuasiIdentifier<ExportRecord>> {
  return [
    {
      name: 'sector',
      levels: 3,
      weight: 1,
      valueAt: (record, level) => (level === 0 ? joined(record.sectors) : level === 1 ? joined(record.sectors.map((sector) => HTCDS_INDUSTRY[sector]).filter((value): value is string => value !== null)) : ANY),
    },
    {
      name: 'province',
      levels: 3,
      weight: 1,
      valueAt: (record, level) => (level === 2 ? ANY : record.provinceCode === null ? UNKNOWN : level === 0 ? record.provinceCode : (PROVINCE_ZONES[record.provinceCode] ?? UNKNOWN)),
    },
    {
      name: 'year',
      levels: 3,
      weight: 1.5,
      valueAt: (record, level) => {
        const year = Number(record.openedOn.slice(0, 4));
        if (level === 0) return String(year);
        if (level === 1) return `${year - (year % 5)}-${year - (year % 5) + 4}`;
        return ANY;
      },
    },
    {
      name: 'age',
      levels: 3,
      weight: 2,
      valueAt: (record, level) => {
        if (level === 2) return ANY;
        if (record.ageAtIdentification === null) return UNKNOWN;
        return level === 0 ? ageGroupOf(record.ageAtIdentification) : record.ageAtIdentification < 18 ? 'Child' : 'Adult';
      },
    },
    {
      name: 'nationality',
      levels: 3,
      weight: 2,
      valueAt: (record, level) => (level === 2 ? ANY : record.nationality === null ? UNKNOWN : level === 0 || record.nationality === 'KH' ? record.nationality : aseanCountries.has(record.nationality) ? 'OtherASEAN' : 'OtherCountry'),
    },
    {
      name: 'exploitation',
      levels: 3,
      weight: 3,
      valueAt: (record, level) => (level === 0 ? joined(record.exploitationTypes) : level === 1 ? joined(record.exploitationTypes.map((type) => HTCDS_EXPLOITATION_TYPE[type])) : ANY),
    },
    { name: 'sex', levels: 2, weight: 4, valueAt: (record, level) => (level === 0 ? HTCDS_GENDER[record.sex] : ANY) },
  ];
}

/** One exported row: every column is text. */
export type ExportRow = Record<ExportColumn, string>;

/**
 * The de-identified rows of a set of cases: quasi-identifiers generalised and rare combinations
 * suppressed (k = 11), identifying fields never present (the record type has none), HTCDS
 * variable names and values. Rows are sorted, so their order says nothing about when a case was
 * entered.
 */
export function deidentifiedRows(records: readonly ExportRecord[], aseanCountries: ReadonlySet<string>, k = K_THRESHOLD): { rows: ExportRow[]; suppressed: number; levels: Record<string, number> } {
  const quasi = caseQuasiIdentifiers(aseanCountries);
  const result = kAnonymise(records, quasi, { k, maxSuppressedShare: MAX_SUPPRESSED_SHARE });
  const at = (name: string) => quasi.findIndex((entry) => entry.name === name);
  const [sector, province, year, age, nationality, exploitation, sex] = ['sector', 'province', 'year', 'age', 'nationality', 'exploitation', 'sex'].map(at) as [number, number, number, number, number, number, number];
  const rows = result.kept.map(({ record, values }): ExportRow => ({
    prs_Gender: values[sex]!,
    ctip_AgeBand: values[age]!,
    prs_Citizenship: values[nationality]!,
    prs_MailingState: values[province]!,
    vic_TypeOfExploitation: result.levels.exploitation === 0 ? joined(record.exploitationTypes.map((type) => HTCDS_EXPLOITATION_TYPE[type])) : values[exploitation]!,
    ctip_TypeOfExploitation: result.levels.exploitation === 0 ? values[exploitation]! : ANY,
    vic_ForcedLabourIndustry: result.levels.sector === 0 ? joined(record.sectors.map((code) => HTCDS_INDUSTRY[code]).filter((value): value is string => value !== null)) : values[sector]!,
    ctip_Sector: result.levels.sector === 0 ? values[sector]! : ANY,
    ctip_YearIdentified: values[year]!,
    vic_TraffickingStatus: HTCDS_TRAFFICKING_STATUS[record.identificationStatus],
    cas_Status: HTCDS_CASE_STATUS[record.stage],
    ctip_Stage: record.stage,
    ctip_MosvyStage: MOSVY_STAGE_OF[record.stage],
    vic_MethodOfRecruitment: record.recruitmentMethod ? HTCDS_RECRUITMENT_METHOD[record.recruitmentMethod] : '',
    vic_MethodsOfControl: joined(record.indicators.flatMap((indicator) => HTCDS_METHODS_OF_CONTROL[indicator] ?? [])),
  }));
  rows.sort((left, right) => {
    for (const column of EXPORT_COLUMNS) {
      if (left[column] !== right[column]) return left[column] < right[column] ? -1 : 1;
    }
    return 0;
  });
  return { rows, suppressed: result.suppressed, levels: result.levels };
}
