import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STAGES, EXPLOITATION_SECTORS, EXPLOITATION_TYPES, FORCED_LABOUR_INDICATORS, RECRUITMENT_METHODS, SEXES } from '@ctip/contracts';
import { deidentifiedRows, K_THRESHOLD, type ExportRecord } from './deidentified-rows';
import { EXPORT_COLUMNS } from './htcds-mapping';

/** The columns that carry quasi-identifiers (generalised or as recorded). */
const QUASI_COLUMNS = ['prs_Gender', 'ctip_AgeBand', 'prs_Citizenship', 'prs_MailingState', 'vic_TypeOfExploitation', 'ctip_TypeOfExploitation', 'vic_ForcedLabourIndustry', 'ctip_Sector', 'ctip_YearIdentified'] as const;
const ASEAN = new Set(['KH', 'TH', 'VN', 'LA', 'MY', 'ID', 'MM', 'PH', 'SG', 'BN']);

/** Records as a platform holds them: a few common profiles repeated, and rare ones among them. */
const record: fc.Arbitrary<ExportRecord> = fc.record({
  sex: fc.constantFrom(...SEXES),
  ageAtIdentification: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  nationality: fc.option(fc.constantFrom('KH', 'KH', 'KH', 'VN', 'CN', 'TH', 'ID', 'US', 'SO'), { nil: null }),
  provinceCode: fc.option(fc.integer({ min: 1, max: 25 }).map((number) => `KH-${number}`), { nil: null }),
  exploitationTypes: fc.uniqueArray(fc.constantFrom(...EXPLOITATION_TYPES), { maxLength: 2 }),
  sectors: fc.uniqueArray(fc.constantFrom(...EXPLOITATION_SECTORS), { maxLength: 2 }),
  openedOn: fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2026-11-20T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  stage: fc.constantFrom(...CASE_STAGES),
  identificationStatus: fc.constantFrom('presumptive' as const, 'formal' as const),
  recruitmentMethod: fc.option(fc.constantFrom(...RECRUITMENT_METHODS), { nil: null }),
  indicators: fc.uniqueArray(fc.constantFrom(...FORCED_LABOUR_INDICATORS), { maxLength: 4 }),
});
const records = fc
  .tuple(fc.array(record, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(11), fc.integer({ min: 1, max: 60 })), { maxLength: 20 }), fc.array(record, { maxLength: 40 }))
  .map(([profiles, repeats, rare]) => [...repeats.flatMap(([profile, times]) => Array.from({ length: times }, () => profiles[profile % profiles.length]!)), ...rare]);

const combinationSizes = (rows: ReadonlyArray<Record<string, string>>) => {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = QUASI_COLUMNS.map((column) => row[column]).join('\u0001');
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
};

describe('de-identified rows', () => {
  it('never exports a combination of quasi-identifiers shared by fewer than 11 records, nor any identifying field', () => {
    fc.assert(
      fc.property(records, (input) => {
        const { rows, suppressed } = deidentifiedRows(input, ASEAN);
        expect(rows.length + suppressed).toBe(input.length);
        expect(combinationSizes(rows).filter((size) => size < K_THRESHOLD)).toEqual([]);
        // Exactly the export's columns; coded values only: no free text, no date more precise than a year.
        const columns = [...EXPORT_COLUMNS].sort().join(',');
        const violations = rows.flatMap((row) => [
          ...(Object.keys(row).sort().join(',') === columns ? [] : ['columns']),
          ...Object.values(row).filter((value) => !/^[A-Za-z0-9_;*+-]*$/.test(value) || /\d{4}-\d{2}-\d{2}/.test(value)),
          ...(/^(\d{4}|\d{4}-\d{4}|\*)$/.test(row.ctip_YearIdentified) ? [] : [row.ctip_YearIdentified]),
        ]);
        expect(violations).toEqual([]);
      }),
      { numRuns: 150, seed: 20_261_121 },
    );
  });

  it('suppresses a few rare records rather than coarsening every record', () => {
    const common: ExportRecord = { sex: 'female', ageAtIdentification: 22, nationality: 'KH', provinceCode: 'KH-14', exploitationTypes: ['forced_marriage'], sectors: [], openedOn: '2025-03-01', stage: 'in_care', identificationStatus: 'presumptive', recruitmentMethod: 'marriage_broker', indicators: [] };
    const rare = (index: number): ExportRecord => ({ ...common, sex: 'male', nationality: 'SO', provinceCode: `KH-${index + 1}` });
    const { rows, suppressed, levels } = deidentifiedRows([...Array.from({ length: 200 }, () => common), ...[0, 1, 2].map(rare)], ASEAN);
    expect({ rows: rows.length, suppressed }).toEqual({ rows: 200, suppressed: 3 });
    expect(Object.values(levels).every((level) => level === 0)).toBe(true);
    expect(rows[0]).toMatchObject({ prs_Gender: 'Feminine', ctip_AgeBand: '18-24', prs_Citizenship: 'KH', prs_MailingState: 'KH-14', vic_TypeOfExploitation: 'ForcedMarriage', ctip_YearIdentified: '2025', vic_MethodOfRecruitment: 'Other', cas_Status: 'Active' });
  });

  it('generalises when too many records are rare, and exports nothing from fewer than 11', () => {
    const base: ExportRecord = { sex: 'male', ageAtIdentification: 30, nationality: 'KH', provinceCode: 'KH-1', exploitationTypes: ['forced_labour'], sectors: ['fishing'], openedOn: '2024-05-01', stage: 'closed', identificationStatus: 'formal', recruitmentMethod: 'broker', indicators: ['debt_bondage'] };
    // Forty people from forty provinces-and-years: every one unique as recorded.
    const spread = Array.from({ length: 40 }, (_, index) => ({ ...base, provinceCode: `KH-${(index % 25) + 1}`, openedOn: `${2020 + (index % 5)}-05-01` }));
    const { rows, levels } = deidentifiedRows(spread, ASEAN);
    expect(rows.length).toBeGreaterThanOrEqual(38);
    expect((levels.province ?? 0) + (levels.year ?? 0)).toBeGreaterThan(0);
    expect(deidentifiedRows(spread.slice(0, 10), ASEAN).rows).toEqual([]);
  });
});
