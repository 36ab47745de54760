import { IMPORT_LIMITS, REPEATABLE_IMPORT_FIELDS, type ImportField, type ImportMapping } from '@ctip/contracts';
import type { Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { findTakenExternalIds, knownCountryCodes } from '../case-exchange.repository';
import { cellText, type Cell } from '../import/cell-values';
import { createReferenceLookups, mapImportRow, type MappedRow, type RowProblem } from '../import/map-import-row';

const NAME_FIELDS: readonly ImportField[] = ['full_name', 'khmer_name', 'latin_name', 'family_name', 'given_name'];
/** Rows mapped between progress reports (and between yields to other requests). */
const PROGRESS_EVERY = 250;

/** What a dry run found: the rows that would land, and every problem. */
export interface ImportValidation {
  rowsTotal: number;
  mapped: MappedRow[];
  problems: RowProblem[];
  errorCount: number;
  warningCount: number;
}

/**
 * Checks a mapping against the sheet before any row is read: columns that exist, each field
 * once (aliases and phones may repeat), at least one name column, and the date of
 * identification, which every case opens on.
 * @throws AppError validation_failed naming each problem by its path in the mapping.
 */
export function checkImportMapping(mapping: ImportMapping, rowCount: number, columnCount: number): void {
  const problems = new FieldProblems();
  if (mapping.headerRow > Math.max(rowCount, 1)) problems.add('headerRow', 'The sheet has no such row.', 'unknown_row');
  const seen = new Map<ImportField, number>();
  mapping.columns.forEach((column, position) => {
    if (column.index >= columnCount) problems.add(`columns.${position}.index`, 'The sheet has no such column.', 'unknown_column');
    if (mapping.columns.findIndex((other) => other.index === column.index) !== position) problems.add(`columns.${position}.index`, 'This column is mapped twice.', 'duplicate_column');
    if (!column.field) return;
    if (seen.has(column.field) && !REPEATABLE_IMPORT_FIELDS.includes(column.field)) problems.add(`columns.${position}.field`, 'Another column is already mapped to this field.', 'duplicate_field');
    seen.set(column.field, position);
  });
  if (!NAME_FIELDS.some((field) => seen.has(field))) problems.add('columns', 'Map at least one column to a name.', 'name_required');
  if (!seen.has('identified_on')) problems.add('columns', 'Map the column with the date each person was identified: every case opens on it.', 'identified_on_required');
  problems.throwIfAny();
}

/** The data rows of a sheet below its header row, with their spreadsheet row numbers; blank rows are left out. */
export function dataRowsOf(rows: readonly Cell[][], headerRow: number): Array<{ row: number; cells: readonly Cell[] }> {
  const data: Array<{ row: number; cells: readonly Cell[] }> = [];
  for (let index = headerRow; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    if (cells.some((cell) => cellText(cell) !== null)) data.push({ row: index + 1, cells });
  }
  return data;
}

/**
 * Maps every data row and finds every problem without writing anything (a dry run): each row on
 * its own (mapImportRow), then identifiers repeated within the sheet or already on a case in
 * ctip. Reports progress as it goes and yields between batches, so other requests are served;
 * stops early when `isCancelled` turns true.
 */
export async function validateImportRows(
  services: Services,
  rows: readonly Cell[][],
  mapping: ImportMapping,
  progress: { onProgress(done: number): void; isCancelled(): boolean } = { onProgress: () => {}, isCancelled: () => false },
): Promise<ImportValidation> {
  const data = dataRowsOf(rows, mapping.headerRow);
  const context = {
    fields: mapping.columns.filter((column): column is { index: number; field: ImportField } => column.field !== null),
    dateOrder: mapping.dateOrder,
    today: todayOf(services.now()),
    lookups: createReferenceLookups(await knownCountryCodes(services.db)),
  };
  const mapped: MappedRow[] = [];
  const problems: RowProblem[] = [];
  // Every row's identifiers, valid or not, so that a repeated number is reported wherever it is.
  const identified: Array<{ row: number; externalIds: MappedRow['externalIds'] }> = [];
  for (let position = 0; position < data.length; position += 1) {
    const { row, cells } = data[position]!;
    const result = mapImportRow(cells, row, context);
    problems.push(...result.problems);
    if (result.mapped) mapped.push(result.mapped);
    identified.push({ row, externalIds: result.externalIds });
    if ((position + 1) % PROGRESS_EVERY === 0) {
      progress.onProgress(position + 1);
      await new Promise((resolve) => setImmediate(resolve));
      if (progress.isCancelled()) break;
    }
  }
  progress.onProgress(data.length);

  // The same MoSVY, Primero or OSCaR number twice in the sheet, or already on a case: the row would duplicate a case.
  const kinds = [
    { key: 'mosvy', of: (ids: MappedRow['externalIds']) => ids.mosvyCaseNumber, field: 'mosvy_case_number' as const, label: 'MoSVY case number' },
    { key: 'primero', of: (ids: MappedRow['externalIds']) => ids.primeroId, field: 'primero_id' as const, label: 'Primero id' },
    { key: 'oscar', of: (ids: MappedRow['externalIds']) => ids.oscarId, field: 'oscar_id' as const, label: 'OSCaR id' },
  ] as const;
  const present = (kind: (typeof kinds)[number]) => identified.map((entry) => kind.of(entry.externalIds)).filter((value): value is string => value !== null);
  const taken = await findTakenExternalIds(services.db, { mosvy: present(kinds[0]), primero: present(kinds[1]), oscar: present(kinds[2]) });
  const refused = new Set<number>();
  for (const kind of kinds) {
    const firstRow = new Map<string, number>();
    const column = mapping.columns.find((entry) => entry.field === kind.field)?.index ?? null;
    for (const { row, externalIds } of identified) {
      const value = kind.of(externalIds);
      if (value === null) continue;
      if (taken[kind.key].has(value)) {
        problems.push({ row, column, field: kind.field, severity: 'error', code: 'already_imported', message: `A case in ctip already has this ${kind.label}; the row would duplicate it.` });
        refused.add(row);
      } else if (firstRow.has(value)) {
        problems.push({ row, column, field: kind.field, severity: 'error', code: 'duplicate_in_sheet', message: `Row ${firstRow.get(value)} has the same ${kind.label}.` });
        refused.add(row);
      } else firstRow.set(value, row);
    }
  }
  problems.sort((left, right) => left.row - right.row || (left.column ?? -1) - (right.column ?? -1));
  return {
    rowsTotal: data.length,
    mapped: mapped.filter((row) => !refused.has(row.row)),
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
  };
}

/** The problems a job keeps: the first ones, up to the report's limit. */
export function reportedProblems(problems: readonly RowProblem[]): { problems: RowProblem[]; truncated: boolean } {
  return { problems: problems.slice(0, IMPORT_LIMITS.maxReportedProblems), truncated: problems.length > IMPORT_LIMITS.maxReportedProblems };
}
