import type { DateOrder, ImportKind } from '@ctip/contracts';
import type { AuditDetailsByAction, AuditEventInput } from '../../../audit/audit-events';
import type { Services } from '../../../services';
import type { Cell } from './cell-values';
import type { RowProblem } from './row-reader';

/**
 * What one kind of spreadsheet import brings to the shared framework (upload, mapping, dry run,
 * progress, commit, cancel — IMPORT.md): the fields its columns map to and how a sheet's rows are
 * checked. Its commit is given to the runner by the route that starts it. Case registers are one
 * kind (this module); embassies' lists another (modules/intake).
 */
export interface ImportKindSpec<Mapped> {
  kind: ImportKind;
  vocabulary: ImportVocabulary;
  /**
   * Checks a mapping against the sheet before any row is read.
   * @throws AppError validation_failed naming each problem by its path in the mapping.
   */
  checkMapping(mapping: AnyImportMapping, rowCount: number, columnCount: number): void;
  /** Maps every data row and finds every problem, writing nothing (a dry run); reports progress and stops when cancelled. */
  validateRows(services: Services, rows: readonly Cell[][], mapping: AnyImportMapping, progress: ImportProgress): Promise<ImportValidation<Mapped>>;
}

/** How a kind proposes a field for each column of an uploaded sheet. */
export interface ImportVocabulary {
  /** The field a column header names (in any of the languages the kind knows), if any. */
  fieldOfHeader(header: string): string | undefined;
  /** A field guessed from a sample of a column's cells, when its header says nothing. */
  fieldOfContent(sample: readonly string[]): string | undefined;
  /** Fields several columns may feed (aliases, phones); every other field takes one column at most. */
  repeatable: readonly string[];
  /** Fields that hold dates: their slashed dates settle which way round the sheet writes them. */
  dateFields: readonly string[];
}

/** A mapping of any kind as the framework handles it (each kind's schema narrows the fields). */
export interface AnyImportMapping {
  headerRow: number;
  dateOrder: DateOrder;
  columns: ReadonlyArray<{ index: number; field: string | null }>;
}

/** What a dry run found: the rows that would land, and every problem. */
export interface ImportValidation<Mapped> {
  rowsTotal: number;
  mapped: Mapped[];
  problems: RowProblem[];
  errorCount: number;
  warningCount: number;
}

/** How a running phase reports how far it is, and learns that it should stop. */
export interface ImportProgress {
  onProgress(done: number): void;
  isCancelled(): boolean;
}

/** Writes the checked rows of a job (the commit of one kind), in one transaction that also marks the job committed. */
export type ImportWriter<Mapped> = (rows: readonly Mapped[], progress: ImportProgress) => Promise<unknown>;

/** A row that could not be written: the whole commit rolls back, and the job says which row and why. */
export class ImportRowFailure extends Error {
  override name = 'ImportRowFailure';
  constructor(
    readonly row: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The job was cancelled while committing: everything written so far rolls back. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/** Steps of a job that every kind audits alike (each kind audits its own commit). */
type ImportStep = 'started' | 'validated' | 'failed' | 'cancelled' | 'expired';

/** The audit actions (and resource type) of each kind's jobs. */
const AUDIT_PREFIX: Record<ImportKind, 'case_import' | 'intake_import'> = { case: 'case_import', embassy_list: 'intake_import' };

/** The audit resource type of a kind's jobs. */
export function importResourceType(kind: ImportKind): string {
  return AUDIT_PREFIX[kind];
}

/** The audit event of a step of a job of the kind (counts and codes only, as for every kind). */
export function importAuditEvent<S extends ImportStep>(kind: ImportKind, step: S, jobId: string, details?: AuditDetailsByAction[`case_import.${S}`]): AuditEventInput {
  const prefix = AUDIT_PREFIX[kind];
  // The two kinds' step events carry the same details (audit-events.ts), so either action fits them.
  return { action: `${prefix}.${step}`, resourceType: prefix, resourceId: jobId, ...(details ? { details } : {}) } as AuditEventInput;
}
