import { cellText, looksLikeFormula, type Cell } from './cell-values';

/** A row problem as a job keeps it: the column by index, never the cell's content. */
export interface RowProblem {
  row: number;
  column: number | null;
  /** The field the column was mapped to (a field of the import's kind), or null for the row as a whole. */
  field: string | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/**
 * Reads the mapped cells of one spreadsheet row, for the row mappers of every kind of import:
 * cells by field, type-checked, length-checked, formulas flagged; every problem is collected by
 * column, with a message that never quotes the cell.
 */
export class RowReader<Field extends string = string> {
  readonly problems: RowProblem[] = [];

  constructor(
    readonly cells: readonly Cell[],
    readonly row: number,
    /** Column index → field, for mapped columns only. */
    private readonly fields: ReadonlyArray<{ index: number; field: string }>,
  ) {}

  /** Records a problem of the row (at a column, or of the row as a whole when the column is null). */
  add(column: number | null, field: Field | null, code: string, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.problems.push({ row: this.row, column, field, severity, code, message });
  }

  /** The columns mapped to a field, in sheet order. */
  columnsOf(field: Field): ReadonlyArray<{ index: number; field: string }> {
    return this.fields.filter((entry) => entry.field === field);
  }

  /** The cell at a column (null when the row is shorter). */
  cellAt(index: number): Cell {
    return this.cells[index] ?? null;
  }

  /** Whether any error was recorded (warnings do not count). */
  hasError(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }

  /** Whether a problem was recorded for any of the fields. */
  hasProblemIn(fields: readonly Field[]): boolean {
    return this.problems.some((problem) => problem.field !== null && (fields as readonly string[]).includes(problem.field));
  }

  /**
   * The text of each column of a field, type-checked (a number, date or boolean where text
   * belongs is an error, numbers allowed where a spreadsheet makes them: phones, identifiers)
   * and length-checked; text that begins like a formula is kept and flagged — except, with
   * `handles`, a messaging handle such as "@sokha_chea", which is meant to begin with "@".
   */
  textsOf(field: Field, options: { allowNumbers?: boolean; maxLength: number; handles?: boolean }): Array<{ index: number; text: string }> {
    const texts: Array<{ index: number; text: string }> = [];
    for (const { index } of this.columnsOf(field)) {
      const cell = this.cellAt(index);
      if (cell === null) continue;
      if (cell instanceof Date || typeof cell === 'boolean' || (typeof cell === 'number' && !options.allowNumbers)) {
        this.add(index, field, 'wrong_type', `Expected text here, found ${cell instanceof Date ? 'a date' : typeof cell === 'boolean' ? 'TRUE or FALSE' : 'a number'}.`);
        continue;
      }
      const text = cellText(cell);
      if (text === null) continue;
      if (text.length > options.maxLength) {
        this.add(index, field, 'too_long', `Longer than ${options.maxLength} characters.`);
        continue;
      }
      if (looksLikeFormula(text) && !(options.handles && /^@[\p{L}\p{N}_.]+$/u.test(text))) this.add(index, field, 'formula_kept_as_text', 'Begins like a spreadsheet formula; kept as plain text, never evaluated.', 'warning');
      texts.push({ index, text });
    }
    return texts;
  }

  /** The first text of a field (see {@link textsOf}). */
  firstText(field: Field, maxLength: number, allowNumbers = false): { index: number; text: string } | undefined {
    return this.textsOf(field, { maxLength, allowNumbers })[0];
  }
}
