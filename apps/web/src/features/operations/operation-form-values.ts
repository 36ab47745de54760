import type { z } from 'zod';
import {
  ageGroupOf,
  checkArrestCounts,
  checkRescueCounts,
  type AgeGroup,
  type CountProblem,
  type ExploitationType,
  type OperationKind,
  type operationInputSchema,
  type PersonInput,
  type Sex,
} from '@ctip/contracts';
import { detectScript } from '../persons/person-form-values';

/** One person rescued, named: they become a person with a survivor case. */
export interface IndividualRow {
  key: string;
  /** The name as the person gives it, in any script. */
  name: string;
  /** Another spelling (a romanisation), if known. */
  otherName: string;
  sex: Sex;
  nationality: string | null;
  /** Age on the day of the operation. */
  age: number | '';
  provinceCode: string | null;
}

/** One cell of the rescue counts. */
export interface BreakdownRow {
  key: string;
  nationality: string | null;
  sex: Sex;
  ageGroup: AgeGroup;
  count: number | '';
}

/** Arrests of one nationality. */
export interface ArrestRow {
  key: string;
  nationality: string | null;
  count: number | '';
}

/** The operation form's values. */
export interface OperationFormValues {
  kind: OperationKind;
  occurredOn: string;
  siteId: string | null;
  leadOrganisationId: string | null;
  agencyOrganisationIds: Array<string | null>;
  /** Null: the recorder's organisation takes the rescued people in. */
  receivingOrganisationId: string | null;
  rescued: { total: number | ''; breakdown: BreakdownRow[] };
  individuals: IndividualRow[];
  arrests: { total: number | ''; byNationality: ArrestRow[] };
  evidenceNotes: string;
  reportIds: string[];
  exploitationTypes: ExploitationType[];
  siteStatusCorrectionReason: string;
}

let rowCounter = 0;
const nextKey = (prefix: string) => {
  rowCounter += 1;
  return `${prefix}-${rowCounter}`;
};

/** An empty individual (sex unknown until said). */
export function emptyIndividual(): IndividualRow {
  return { key: nextKey('individual'), name: '', otherName: '', sex: 'unknown', nationality: null, age: '', provinceCode: null };
}

/** An empty cell of the counts. */
export function emptyBreakdownRow(): BreakdownRow {
  return { key: nextKey('cell'), nationality: null, sex: 'unknown', ageGroup: 'unknown', count: '' };
}

/** An empty row of arrests. */
export function emptyArrestRow(): ArrestRow {
  return { key: nextKey('arrest'), nationality: null, count: '' };
}

/** A new operation: a raid today, led by the user's organisation, at the given site and acting on the given report. */
export function emptyOperationForm(options: { today: string; organisationId: string; siteId?: string | null; reportId?: string | null }): OperationFormValues {
  return {
    kind: 'raid',
    occurredOn: options.today,
    siteId: options.siteId ?? null,
    leadOrganisationId: options.organisationId,
    agencyOrganisationIds: [],
    receivingOrganisationId: null,
    rescued: { total: '', breakdown: [] },
    individuals: [],
    arrests: { total: '', byNationality: [] },
    evidenceNotes: '',
    reportIds: options.reportId ? [options.reportId] : [],
    exploitationTypes: [],
    siteStatusCorrectionReason: '',
  };
}

/** Whether an individual row says anything (empty rows are not sent). */
export function isIndividualFilled(row: IndividualRow): boolean {
  return row.name.trim() !== '' || row.otherName.trim() !== '' || row.nationality !== null || row.age !== '' || row.sex !== 'unknown' || row.provinceCode !== null;
}

/** An individual as a person of the API: their names, sex, nationality, age on the day, home province. */
export function toPersonInput(row: IndividualRow, occurredOn: string): PersonInput {
  const name = row.name.trim();
  const otherName = row.otherName.trim();
  return {
    names: [
      ...(name ? [{ script: detectScript(name) ?? 'other', kind: 'legal' as const, full: name }] : []),
      ...(otherName ? [{ script: detectScript(otherName) ?? 'other', kind: 'romanised' as const, full: otherName }] : []),
    ],
    sex: row.sex,
    birth: row.age === '' ? null : { precision: 'age', age: row.age, ageAt: occurredOn },
    nationalities: row.nationality ? [row.nationality] : [],
    languages: [],
    home: { provinceCode: row.provinceCode },
    documents: [],
    contacts: [],
  };
}

/** The rescue cell (nationality, sex, age group on the day) an individual belongs to, as the server counts them. */
export function cellOf(row: IndividualRow) {
  return { nationality: row.nationality, sex: row.sex, ageGroup: ageGroupOf(row.age === '' ? null : row.age) };
}

/**
 * The counts by nationality, sex and age group that the individuals listed make up, for the
 * operator to start from (and add the people not named).
 */
export function breakdownFromIndividuals(rows: readonly IndividualRow[]): BreakdownRow[] {
  const cells = new Map<string, BreakdownRow>();
  for (const row of rows.filter(isIndividualFilled)) {
    const cell = cellOf(row);
    const key = `${cell.nationality ?? '-'}|${cell.sex}|${cell.ageGroup}`;
    const existing = cells.get(key);
    if (existing) existing.count = (existing.count === '' ? 0 : existing.count) + 1;
    else cells.set(key, { key: nextKey('cell'), ...cell, count: 1 });
  }
  return [...cells.values()];
}

/**
 * The body of `POST /api/operations`, and for each individual sent the form row it came from.
 * A total left empty is the number of people listed; empty rows are left out.
 */
export function toOperationInput(values: OperationFormValues): { input: z.input<typeof operationInputSchema>; rowOfIndividual: number[] } {
  const rowOfIndividual: number[] = [];
  const individuals = values.individuals.flatMap((row, index) => {
    if (!isIndividualFilled(row)) return [];
    rowOfIndividual.push(index);
    return [toPersonInput(row, values.occurredOn)];
  });
  const breakdown = values.rescued.breakdown.filter((row) => row.count !== '' || row.nationality !== null).map((row) => ({ nationality: row.nationality, sex: row.sex, ageGroup: row.ageGroup, count: row.count === '' ? 0 : row.count }));
  const byNationality = values.arrests.byNationality.filter((row) => row.nationality !== null || row.count !== '').map((row) => ({ nationality: row.nationality ?? '', count: row.count === '' ? 0 : row.count }));
  const correction = values.siteStatusCorrectionReason.trim();
  return {
    input: {
      kind: values.kind,
      occurredOn: values.occurredOn,
      siteId: values.siteId ?? '',
      leadOrganisationId: values.leadOrganisationId ?? '',
      agencyOrganisationIds: values.agencyOrganisationIds.filter((id): id is string => id !== null),
      rescued: { total: values.rescued.total === '' ? individuals.length : values.rescued.total, breakdown },
      individuals,
      receivingOrganisationId: values.receivingOrganisationId,
      arrests: { total: values.arrests.total === '' ? byNationality.reduce((sum, row) => sum + row.count, 0) : values.arrests.total, byNationality },
      evidenceNotes: values.evidenceNotes.trim(),
      reportIds: values.reportIds,
      exploitationTypes: values.exploitationTypes,
      siteStatusCorrectionReason: correction === '' ? null : correction,
    },
    rowOfIndividual,
  };
}

/**
 * Where an error about the operation belongs in the form: a person's `individuals.N.names.0.full`
 * on the name of the row it came from (`names.1` on the other spelling), its birth on the age,
 * its nationality and home on theirs; a cell of the counts on its count.
 */
export function operationErrorPath(path: string, rowOfIndividual: readonly number[]): string {
  const individual = /^individuals\.(\d+)\.(.+)$/.exec(path);
  if (individual) {
    const row = rowOfIndividual[Number(individual[1])] ?? Number(individual[1]);
    const rest = individual[2]!;
    const field = rest.startsWith('names.0') || rest === 'names' ? 'name' : rest.startsWith('names.') ? 'otherName' : rest.startsWith('birth') ? 'age' : rest.startsWith('nationalities') ? 'nationality' : rest.startsWith('home') ? 'provinceCode' : rest.split('.')[0]!;
    return `individuals.${row}.${field}`;
  }
  const cell = /^(rescued\.breakdown|arrests\.byNationality)\.(\d+)$/.exec(path);
  if (cell) return `${cell[1]}.${cell[2]}.count`;
  return path;
}

/**
 * The counts checked as the server checks them (the contracts' rules): the cells add up to the
 * total, no more people listed than counted, in total or in any cell; arrests by nationality no
 * more than arrested. Paths are the API's.
 */
export function checkOperationCounts(input: z.input<typeof operationInputSchema>, values: OperationFormValues, rowOfIndividual: readonly number[]): CountProblem[] {
  const rescued = { total: input.rescued?.total ?? 0, breakdown: (input.rescued?.breakdown ?? []).map((cell) => ({ nationality: cell.nationality, sex: cell.sex, ageGroup: cell.ageGroup, count: cell.count })) };
  const cells = rowOfIndividual.map((row) => cellOf(values.individuals[row]!));
  return [...checkRescueCounts(rescued, cells), ...checkArrestCounts({ total: input.arrests?.total ?? 0, byNationality: (input.arrests?.byNationality ?? []).map((row) => ({ nationality: row.nationality, count: row.count })) })];
}
