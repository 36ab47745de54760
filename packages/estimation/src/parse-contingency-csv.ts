import { EstimationError } from './estimation-error';
import type { ContingencyRow, ContingencyTable } from './contingency-table';

/**
 * Parses the reference CSV format: a header with one column per list and a last column `count`,
 * then one row per capture pattern (0/1 per list, then the number of people). Comma separated,
 * no quoting; blank lines, a byte-order mark and CRLF line ends are accepted.
 * The result still has to go through validateContingencyTable (duplicates, empty lists, …).
 * @throws EstimationError CSV_FORMAT naming the line and column at fault, or INVALID_COUNT /
 *   INVALID_PATTERN for a value that is not a whole number or not 0/1.
 */
export function parseContingencyCsv(text: string): ContingencyTable {
  if (typeof text !== 'string') throw new EstimationError('CSV_FORMAT', 'The CSV input must be text.');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let headerLine = -1;
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]!.trim() !== '') {
      headerLine = i;
      break;
    }
  }
  if (headerLine < 0) throw new EstimationError('CSV_FORMAT', 'The CSV file is empty: it needs a header line (list names, then "count") and one line per pattern.');
  const header = lines[headerLine]!.split(',').map((cell) => cell.trim());
  if (header.some((cell) => cell.includes('"'))) {
    throw new EstimationError('CSV_FORMAT', `Line ${headerLine + 1}: quoted fields are not supported; write plain comma-separated names.`, { line: headerLine + 1 });
  }
  if (header.length < 2 || header[header.length - 1]!.toLowerCase() !== 'count') {
    throw new EstimationError('CSV_FORMAT', `Line ${headerLine + 1}: the header must list the lists and end with a "count" column (found: ${header.join(', ')}).`, {
      line: headerLine + 1,
    });
  }
  const lists = header.slice(0, -1);
  const emptyName = lists.findIndex((name) => name === '');
  if (emptyName >= 0) {
    throw new EstimationError('CSV_FORMAT', `Line ${headerLine + 1}: column ${emptyName + 1} of the header has no list name.`, { line: headerLine + 1, column: emptyName + 1 });
  }
  const rows: ContingencyRow[] = [];
  for (let i = headerLine + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNumber = i + 1;
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== header.length) {
      throw new EstimationError('CSV_FORMAT', `Line ${lineNumber}: expected ${header.length} values (${header.join(', ')}), found ${cells.length}.`, { line: lineNumber });
    }
    const pattern = cells.slice(0, -1).map((cell, column) => {
      if (cell !== '0' && cell !== '1') {
        throw new EstimationError('INVALID_PATTERN', `Line ${lineNumber}: the value for list "${lists[column]}" must be 0 or 1, not "${cell}".`, {
          line: lineNumber,
          column: column + 1,
        });
      }
      return cell === '1' ? 1 : 0;
    });
    const countText = cells[cells.length - 1]!;
    if (!/^\d+$/.test(countText)) {
      const reason = /^-/.test(countText) ? 'counts cannot be negative' : /^\d*\.\d+$/.test(countText) ? 'counts must be whole numbers' : 'it is not a number';
      throw new EstimationError('INVALID_COUNT', `Line ${lineNumber}: the count "${countText}" is not valid (${reason}).`, { line: lineNumber });
    }
    rows.push({ pattern, count: Number(countText) });
  }
  return { lists, rows };
}
