import { IMPORT_LIMITS, IMPORT_NAME_FIELDS, REPEATABLE_IMPORT_FIELDS, type ImportField, type ImportMapping } from '@ctip/contracts';
import type { Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { findTakenExternalIds, knownCountryCodes } from '../case-exchange.repository';
import { cellText, type Cell } from '../import/cell-values';
import type { AnyImportMapping, ImportProgress, ImportValidation } from '../import/import-kind';
import { createReferenceLookups, mapImportRow, type MappedRow, type ReferenceLookups } from '../import/map-import-row';
import type { RowProblem } from '../import/row-reader';

/** Rows mapped between progress reports (and between yields to other requests). */
const PROGRESS_EVERY = 250;

/**
 * The checks every kind's mapping passes: a header row and columns the sheet has, each column
 * once, each field once but the repeatable ones. Resolves to the problems so far (a kind adds
 * its own, then throws) and the fields mapped.
 */
export function checkMappingColumns(mapping: AnyImportMapping, rowCount: number, columnCount: number, repeatable: readonly string[]): { problems: FieldProblems; mapped: Set<string> } {
  const problems = new FieldProblems();
  if (mapping.headerRow > Math.max(rowCount, 1)) problems.add('headerRow', 'The sheet has no such row.', 'unknown_row');
  const seen = new Set<string>();
  mapping.columns.forEach((column, position) => {
    if (column.index >= columnCount) problems.add(`columns.${position}.index`, 'The sheet has no such column.', 'unknown_column');
    if (mapping.columns.findIndex((other) => other.index === column.index) !== position) problems.add(`columns.${position}.index`, 'This column is mapped twice.', 'duplicate_column');
    if (!column.field) return;
    if (seen.has(column.field) && !repeatable.includes(column.field)) problems.add(`columns.${position}.field`, 'Another column is already mapped to this field.', 'duplicate_field');
    seen.add(column.field);
  });
  return { problems, mapped: seen };
}

/**
 * Checks a case sheet's mapping before any row is read: the checks of every kind
 * ({@link checkMappingColumns}; aliases and phones may repeat), at least one name column, and the
 * date of identification, which every case opens on.
 * @throws AppError validation_failed naming each problem by its path in the mapping.
 */
export function checkImportMapping(mapping: AnyImportMapping, rowCount: number, columnCount: number): void {
  const { problems, mapped } = checkMappingColumns(mapping, rowCount, columnCount, REPEATABLE_IMPORT_FIELDS);
  if (!IMPORT_NAME_FIELDS.some((field) => mapped.has(field))) problems.add('columns', 'Map at least one column to a name.', 'name_required');
  if (!mapped.has('identified_on')) problems.add('columns', 'Map the column with the date each person was identified: every case opens on it.', 'identified_on_required');
  problems.throwIfAny();
}

/** Cached look-ups of countries and provinces, knowing the countries the reference data holds (an import accepts only these). */
export async function loadReferenceLookups(services: Services): Promise<ReferenceLookups> {
  return createReferenceLookups(await knownCountryCodes(services.db));
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
 * Maps every data row of a sheet with a kind's row mapper, reporting progress as it goes and
 * yielding between batches so other requests are served; stops early when `isCancelled` turns
 * true. Resolves to each row's result, in sheet order.
 */
export async function mapEveryRow<Result>(rows: readonly Cell[][], headerRow: number, mapRow: (cells: readonly Cell[], row: number) => Result, progress: ImportProgress): Promise<Result[]> {
  const data = dataRowsOf(rows, headerRow);
  const results: Result[] = [];
  for (let position = 0; position < data.length; position += 1) {
    const { row, cells } = data[position]!;
    results.push(mapRow(cells, row));
    if ((position + 1) % PROGRESS_EVERY === 0) {
      progress.onProgress(position + 1);
      await new Promise((resolve) => setImmediate(resolve));
      if (progress.isCancelled()) break;
    }
  }
  progress.onProgress(data.length);
  return results;
}

/** A dry run's outcome from its rows and problems: problems in sheet order (row, then column), counted. */
export function validationOf<Mapped>(rowsTotal: number, mapped: Mapped[], problems: RowProblem[]): ImportValidation<Mapped> {
  problems.sort((left, right) => left.row - right.row || (left.column ?? -1) - (right.column ?? -1));
  return {
    rowsTotal,
    mapped,
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
  };
}

/**
 * Maps every row of a case sheet and finds every problem without writing anything (a dry run):
 * each row on its own (mapImportRow), then identifiers repeated within the sheet or already on a
 * case in ctip. Reports progress as it goes and yields between batches, so other requests are
 * served; stops early when `isCancelled` turns true.
 */
export async function validateImportRows(
  services: Services,
  rows: readonly Cell[][],
  mapping: ImportMapping,
  progress: ImportProgress = { onProgress: () => {}, isCancelled: () => false },
): Promise<ImportValidation<MappedRow>> {
  const context = {
    fields: mapping.columns.filter((column): column is { index: number; field: ImportField } => column.field !== null),
    dateOrder: mapping.dateOrder,
    today: todayOf(services.now()),
    lookups: await loadReferenceLookups(services),
  };
  const results = await mapEveryRow(rows, mapping.headerRow, (cells, row) => ({ row, ...mapImportRow(cells, row, context) }), progress);
  const problems = results.flatMap((result) => result.problems);
  const mapped = results.flatMap((result) => (result.mapped ? [result.mapped] : []));
  // Every row's identifiers, valid or not, so that a repeated number is reported wherever it is.
  const identified = results.map(({ row, externalIds }) => ({ row, externalIds }));

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
  return validationOf(results.length, mapped.filter((row) => !refused.has(row.row)), problems);
}

/** The problems a job keeps: the first ones, up to the report's limit. */
export function reportedProblems(problems: readonly RowProblem[]): { problems: RowProblem[]; truncated: boolean } {
  return { problems: problems.slice(0, IMPORT_LIMITS.maxReportedProblems), truncated: problems.length > IMPORT_LIMITS.maxReportedProblems };
}
