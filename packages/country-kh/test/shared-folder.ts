import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** The project's shared folder (../shared from the repository root), which is never copied into the repository. */
export const sharedFolder = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/** Absolute path of a file inside the shared folder. */
export function sharedPath(relativePath: string): string {
  return `${sharedFolder}${relativePath}`;
}

/**
 * Declares a suite that reads files from the shared folder. When a file is missing the suite
 * fails in CI (CI=true: nothing may be skipped there) and is skipped with a printed reason
 * elsewhere.
 */
export function describeWithSharedFiles(name: string, relativePaths: string[], body: () => void): void {
  const missing = relativePaths.filter((relativePath) => !existsSync(sharedPath(relativePath)));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const reason = `${name}: missing ${missing.map(sharedPath).join(', ')}`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs the shared folder', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  console.warn(`skipped: ${reason}`);
  describe.skip(name, body);
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and newlines inside quotes) into records keyed by header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let position = 0; position < text.length; position += 1) {
    const character = text[position];
    if (isQuoted) {
      if (character === '"' && text[position + 1] === '"') {
        field += '"';
        position += 1;
      } else if (character === '"') {
        isQuoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      isQuoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[position + 1] === '\n') position += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += character;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...records] = rows.filter((cells) => cells.some((cell) => cell !== ''));
  if (header === undefined) return [];
  return records.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ''])));
}
