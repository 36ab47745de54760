import { z } from 'zod';

/**
 * Import of legacy case spreadsheets and de-identified export: the fields a spreadsheet column
 * can be mapped to, the limits both sides enforce, and the API schemas of an import job.
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

/** Body of `POST /api/case-imports/:id/dry-run`: which row holds the column names, and what each column is. */
export const importMappingSchema = z.object({
  headerRow: z.number().int().min(1).max(50),
  dateOrder: z.enum(DATE_ORDERS).default('day_first'),
  columns: z
    .array(z.object({ index: z.number().int().min(0).max(IMPORT_LIMITS.maxColumns - 1), field: z.enum(IMPORT_FIELDS).nullable() }))
    .max(IMPORT_LIMITS.maxColumns),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** One column of the uploaded sheet, with the field ctip proposes for it and why. */
export const importColumnSchema = z.object({
  index: z.number().int(),
  /** The spreadsheet's letter for the column: A, B, …, AA. */
  letter: z.string(),
  header: z.string(),
  proposedField: z.enum(IMPORT_FIELDS).nullable(),
  /** Why: the header's name, or what the cells hold. */
  reason: z.enum(['header', 'content']).nullable(),
});
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** A problem with one row (or, without a column, with the row as a whole). Messages never quote the cell. */
export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  field: z.enum(IMPORT_FIELDS).nullable(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** An import job as the web app polls it: status, progress, the proposed mapping and the report. */
export const importJobSchema = z.object({
  id: z.string(),
  status: z.enum(IMPORT_JOB_STATUSES),
  format: z.enum(['csv', 'xlsx']),
  sizeBytes: z.number().int(),
  /** Data rows below the header row. */
  rowsTotal: z.number().int(),
  /** Rows done in the running phase (validation or commit), for a progress bar. */
  rowsDone: z.number().int(),
  headerRow: z.number().int(),
  columns: z.array(importColumnSchema),
  mapping: importMappingSchema.nullable(),
  report: z
    .object({
      rowsValid: z.number().int(),
      errorCount: z.number().int(),
      warningCount: z.number().int(),
      problems: z.array(importProblemSchema),
      truncated: z.boolean(),
    })
    .nullable(),
  result: z.object({ persons: z.number().int(), cases: z.number().int() }).nullable(),
  failure: z.object({ code: z.string(), message: z.string(), row: z.number().int().nullable() }).nullable(),
  fileDeleted: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

/** Query of `GET /api/case-exports/deidentified`. */
export const deidentifiedExportQuerySchema = z.object({
  format: z.enum(['csv']).default('csv'),
});
