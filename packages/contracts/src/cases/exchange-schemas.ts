import { z } from 'zod';

/**
 * Import of spreadsheets (legacy case registers; embassies' lists, see intake/embassy-list-schemas.ts)
 * and de-identified export: the fields a column of a case sheet can be mapped to, the limits both
 * sides enforce, and the API schemas of an import job of any kind.
 */

/** The ctip fields a column of a legacy spreadsheet can be mapped to. */
export const IMPORT_FIELDS = [
  'full_name',
  'khmer_name',
  'latin_name',
  'family_name',
  'given_name',
  'alias',
  'sex',
  'birth_date',
  'age',
  'nationality',
  'home_province',
  'home_district',
  'home_commune',
  'home_village',
  'phone',
  'national_id',
  'passport',
  'exploitation_type',
  'sector',
  'identified_on',
  'mosvy_case_number',
  'primero_id',
  'oscar_id',
  'consent_data_recording',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields that several columns may feed (a sheet with "Alias 1" and "Alias 2"); every other field takes one column at most. */
export const REPEATABLE_IMPORT_FIELDS: readonly ImportField[] = ['alias', 'phone'];

/** Fields that name a person: a case sheet needs at least one of them mapped. */
export const IMPORT_NAME_FIELDS: readonly ImportField[] = ['full_name', 'khmer_name', 'latin_name', 'family_name', 'given_name'];

/** Limits of an import, shared so the web app can refuse early with the same words. */
export const IMPORT_LIMITS = {
  /** Largest file accepted (20 MiB). */
  maxFileBytes: 20 * 1024 * 1024,
  /** Data rows (the header row not counted). */
  maxRows: 50_000,
  maxColumns: 200,
  /** Longest text accepted in one cell. */
  maxCellCharacters: 10_000,
  /** Row problems kept in a job's report (the total is always counted). */
  maxReportedProblems: 1_000,
  /** An uploaded file is deleted at the latest this long after upload. */
  fileLifetimeMinutes: 60,
} as const;

/** Where an import job is. */
export const IMPORT_JOB_STATUSES = ['mapping', 'validating', 'validated', 'committing', 'committed', 'failed', 'cancelled', 'expired'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** How dates written with slashes are read: 03/04/2020 is 3 April (day first, Cambodia's convention) or 4 March. */
export const DATE_ORDERS = ['day_first', 'month_first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * What an import job brings in. The framework (upload, mapping, dry run, progress, commit, cancel)
 * is the same for every kind; each has its own fields and writes its own records: `case` a person
 * and a case per row, `embassy_list` one intake report with a person per row (intake/embassy-list-schemas.ts).
 */
export const IMPORT_KINDS = ['case', 'embassy_list'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A closed list of fields a column can be mapped to. */
type FieldList = readonly [string, ...string[]];

/** The mapping of a sheet's columns to the fields of one kind: which row holds the column names, and what each column is. */
export function importMappingSchemaOf<const F extends FieldList>(fields: F) {
  return z.object({
    headerRow: z.number().int().min(1).max(50),
    dateOrder: z.enum(DATE_ORDERS).default('day_first'),
    columns: z
      .array(z.object({ index: z.number().int().min(0).max(IMPORT_LIMITS.maxColumns - 1), field: z.enum(fields).nullable() }))
      .max(IMPORT_LIMITS.maxColumns),
  });
}

/** One column of the uploaded sheet, with the field ctip proposes for it and why. */
export function importColumnSchemaOf<const F extends FieldList>(fields: F) {
  return z.object({
    index: z.number().int(),
    /** The spreadsheet's letter for the column: A, B, …, AA. */
    letter: z.string(),
    header: z.string(),
    proposedField: z.enum(fields).nullable(),
    /** Why: the header's name, or what the cells hold. */
    reason: z.enum(['header', 'content']).nullable(),
  });
}

/** A problem with one row (or, without a column, with the row as a whole). Messages never quote the cell. */
export function importProblemSchemaOf<const F extends FieldList>(fields: F) {
  return z.object({
    row: z.number().int(),
    column: z.string().nullable(),
    header: z.string().nullable(),
    field: z.enum(fields).nullable(),
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    message: z.string(),
  });
}

/** An import job of one kind as the web app polls it: status, progress, the proposed mapping, the report and what the commit wrote. */
export function importJobSchemaOf<const F extends FieldList, R extends z.ZodType>(fields: F, result: R) {
  return z.object({
    id: z.string(),
    kind: z.enum(IMPORT_KINDS),
    status: z.enum(IMPORT_JOB_STATUSES),
    format: z.enum(['csv', 'xlsx']),
    sizeBytes: z.number().int(),
    /** Data rows below the header row. */
    rowsTotal: z.number().int(),
    /** Rows done in the running phase (validation or commit), for a progress bar. */
    rowsDone: z.number().int(),
    headerRow: z.number().int(),
    columns: z.array(importColumnSchemaOf(fields)),
    mapping: importMappingSchemaOf(fields).nullable(),
    report: z
      .object({
        rowsValid: z.number().int(),
        errorCount: z.number().int(),
        warningCount: z.number().int(),
        problems: z.array(importProblemSchemaOf(fields)),
        truncated: z.boolean(),
      })
      .nullable(),
    result: result.nullable(),
    failure: z.object({ code: z.string(), message: z.string(), row: z.number().int().nullable() }).nullable(),
    fileDeleted: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    expiresAt: z.string(),
  });
}

/** Body of `POST /api/case-imports/:id/dry-run`: which row holds the column names, and what each column is. */
export const importMappingSchema = importMappingSchemaOf(IMPORT_FIELDS);
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** One column of an uploaded case sheet. */
export const importColumnSchema = importColumnSchemaOf(IMPORT_FIELDS);
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** A problem with one row of a case sheet. */
export const importProblemSchema = importProblemSchemaOf(IMPORT_FIELDS);
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** A case import job: its commit adds a person and a case per row. */
export const importJobSchema = importJobSchemaOf(IMPORT_FIELDS, z.object({ persons: z.number().int(), cases: z.number().int() }));
export type ImportJob = z.infer<typeof importJobSchema>;

/** Query of `GET /api/case-exports/deidentified`. */
export const deidentifiedExportQuerySchema = z.object({
  format: z.enum(['csv']).default('csv'),
});
