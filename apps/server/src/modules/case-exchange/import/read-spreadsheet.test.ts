import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../testing/build-xlsx';
import { inspectXlsxArchive, readSpreadsheet, sniffFormat } from './read-spreadsheet';

const workbookWithSheet = (sheet: string) => buildXlsx([], { sheet: strToU8(sheet) });

describe('reading spreadsheets', () => {
  it('tells formats by content, not by name', () => {
    expect(sniffFormat(buildXlsx([['a']]))).toBe('xlsx');
    expect(sniffFormat(Buffer.from('Name,Sex\n'))).toBe('csv');
    expect(() => sniffFormat(Buffer.from('%PDF-1.7'))).toThrow(/PDF/);
  });

  it('reads CSV separated by commas, semicolons or tabs, in UTF-8 with or without a byte-order mark, or UTF-16', async () => {
    const expected = [['Name', 'Province'], ['ជា សុខា', 'Kandal']];
    for (const text of ['Name,Province\nជា សុខា,Kandal\n', 'Name;Province\r\nជា សុខា;Kandal\r\n', 'Name\tProvince\nជា សុខា\tKandal']) {
      expect((await readSpreadsheet(Buffer.from(text))).rows).toEqual(expected);
      expect((await readSpreadsheet(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).rows).toEqual(expected);
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,Province\nជា សុខា,Kandal\n', 'utf16le')]);
    expect((await readSpreadsheet(utf16)).rows).toEqual(expected);
  });

  it('reads up to the row limit (with room for title rows above the header) and stops beyond it, in CSV and XLSX', async () => {
    const csv = (rows: number) => Buffer.from(`Name\n${'x\n'.repeat(rows)}`);
    expect((await readSpreadsheet(csv(50_000))).rows.length).toBe(50_001);
    await expect(readSpreadsheet(csv(50_061))).rejects.toMatchObject({ code: 'payload_too_large' });
    const rows = (count: number) => `<worksheet><sheetData>${'<x:row r="1"></x:row>'.repeat(count)}</sheetData></worksheet>`;
    expect(() => inspectXlsxArchive(workbookWithSheet(rows(50_060)))).not.toThrow();
    expect(() => inspectXlsxArchive(workbookWithSheet(rows(50_061)))).toThrow(/more than 50,000 rows/);
  });

  it('counts row tags split across decompressed chunks exactly once', () => {
    // Rows of varied lengths put tags across every chunk boundary.
    const body = Array.from({ length: 50_061 }, (_, index) => `<row r="${index}">${'y'.repeat(index % 37)}</row>`).join('');
    expect(() => inspectXlsxArchive(workbookWithSheet(`<worksheet><sheetData>${body}</sheetData></worksheet>`))).toThrow(/more than 50,000 rows/);
    const fewer = Array.from({ length: 50_060 }, (_, index) => `<row r="${index}">${'y'.repeat(index % 37)}</row>`).join('');
    expect(() => inspectXlsxArchive(workbookWithSheet(`<worksheet><sheetData>${fewer}</sheetData></worksheet>`))).not.toThrow();
  });

  it('cuts off a zip bomb while inflating, whatever its headers claim', () => {
    const bomb = buildXlsx([['Name']], { extraFiles: { 'xl/padding.xml': new Uint8Array(4 * 1024 * 1024) } });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => inspectXlsxArchive(bomb, { maxUncompressedBytes: 1024 * 1024 })).toThrow(/expands/);
    expect(() => inspectXlsxArchive(bomb, { maxUncompressedBytes: 8 * 1024 * 1024 })).not.toThrow();
  });

  it('refuses ZIP archives that hold no workbook', () => {
    expect(() => inspectXlsxArchive(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toThrow(/not an Excel workbook/);
  });
});
