import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TabularFileError, readTabularBuffer, readTabularFile } from './tabular-file.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sikap-tabular-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function csvFile(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function xlsxFile(name: string, rows: ExcelJS.CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Survei');
  rows.forEach((cells, r) => cells.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  workbook.addWorksheet('Lain').addRow(['diabaikan']);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function catchTabular(promise: Promise<unknown>): Promise<TabularFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TabularFileError) return error;
    throw error;
  }
  throw new Error('expected a TabularFileError');
}

describe(readTabularFile.name, () => {
  it.each([
    ['comma', 'a.csv', 'Nama,U1,U2\nBudi,4,3\nSiti,,2\n'],
    ['semicolon', 'b.csv', 'Nama;U1;U2\nBudi;4;3\nSiti;;2\n'],
    ['UTF-8 BOM + semicolon + CRLF', 'c.csv', '\uFEFFNama;U1;U2\r\nBudi;4;3\r\nSiti;;2\r\n'],
    ['UTF-8 BOM + comma, no final newline', 'd.csv', '\uFEFFNama,U1,U2\nBudi,4,3\nSiti,,2'],
    ['upper-case extension', 'E.CSV', 'Nama,U1,U2\nBudi,4,3\nSiti,,2\n'],
    ['spaces around header names and values', 'f.csv', ' Nama , U1 ,U2\nBudi, 4 ,3\nSiti,  ,2\n'],
  ])('should read a CSV with %s', async (_name, file, content) => {
    const result = await readTabularFile(await csvFile(file, content));
    expect(result).toEqual({
      header: ['Nama', 'U1', 'U2'],
      firstDataRow: 2,
      rows: [
        { Nama: 'Budi', U1: '4', U2: '3' },
        { Nama: 'Siti', U1: null, U2: '2' },
      ],
    });
  });

  it('should respect quotes when detecting the delimiter and parsing', async () => {
    const path = await csvFile('q.csv', '"Nama, lengkap";U1;U2\n"Budi; S.";4;3\n');
    expect((await readTabularFile(path)).rows).toEqual([{ 'Nama, lengkap': 'Budi; S.', U1: '4', U2: '3' }]);
  });

  it('should keep blank rows in the middle (for row numbers), drop trailing ones, and pad short rows', async () => {
    const path = await csvFile('g.csv', 'U1,U2,U3\n4,3,2\n\n1,2\n,,\n\n');
    expect((await readTabularFile(path)).rows).toEqual([
      { U1: '4', U2: '3', U3: '2' },
      { U1: null, U2: null, U3: null },
      { U1: '1', U2: '2', U3: null },
    ]);
  });

  it('should ignore columns with a blank header and extra cells', async () => {
    const path = await csvFile('h.csv', 'U1,,U2\n4,x,3,9\n');
    expect(await readTabularFile(path)).toMatchObject({ header: ['U1', 'U2'], rows: [{ U1: '4', U2: '3' }] });
  });

  it('should read a Latin-1 CSV that is not valid UTF-8', async () => {
    const path = await csvFile('latin1.csv', Buffer.from('Kecamatan;U1\nDatuk Bandar Timur \xe9;4\n', 'latin1'));
    expect((await readTabularFile(path)).rows).toEqual([{ Kecamatan: 'Datuk Bandar Timur é', U1: '4' }]);
  });

  it('should return no rows for a header-only CSV', async () => {
    expect(await readTabularFile(await csvFile('header.csv', 'U1,U2\n'))).toEqual({
      header: ['U1', 'U2'],
      firstDataRow: 2,
      rows: [],
    });
  });

  it('should read the first worksheet of an XLSX, numbers and formulas as strings', async () => {
    const path = await xlsxFile('a.xlsx', [
      ['Nama', 'U1', 'U2', 'U3', 'U4'],
      ['Budi', 4, '3', { formula: '1+1', result: 2 }, null],
      [],
      [{ richText: [{ text: 'Si' }, { text: 'ti' }] }, 3.5, { formula: 'B2*10' }, { error: '#DIV/0!' }, true],
      [null, null, null, null, null],
    ]);
    expect(await readTabularFile(path)).toEqual({
      header: ['Nama', 'U1', 'U2', 'U3', 'U4'],
      firstDataRow: 2,
      rows: [
        { Nama: 'Budi', U1: '4', U2: '3', U3: '2', U4: null },
        { Nama: null, U1: null, U2: null, U3: null, U4: null },
        { Nama: 'Siti', U1: '3.5', U2: '=B2*10', U3: '#DIV/0!', U4: 'TRUE' },
      ],
    });
  });

  it.each([
    ['CSV', 'dup.csv'],
    ['XLSX', 'dup.xlsx'],
  ])('should reject a duplicate header name in a %s with HEADER_GANDA', async (_kind, name) => {
    const path = name.endsWith('.csv')
      ? await csvFile(name, 'U1,U2,U1\n4,3,2\n')
      : await xlsxFile(name, [['U1', 'U2', ' U1 '], [4, 3, 2]]);
    const error = await catchTabular(readTabularFile(path));
    expect(error.code).toBe('HEADER_GANDA');
    expect(error.message).toContain('U1');
  });

  it.each(['data.txt', 'data.xls', 'data', 'data.json'])(
    'should reject the unsupported file %s with an Indonesian message',
    async (name) => {
      const error = await catchTabular(readTabularFile(await csvFile(name, 'U1\n4\n')));
      expect(error.code).toBe('EKSTENSI_TIDAK_DIDUKUNG');
      expect(error.message).toMatch(/tidak didukung.*\.csv atau \.xlsx/);
    },
  );

  it('should reject a missing file with BERKAS_TIDAK_DITEMUKAN', async () => {
    const error = await catchTabular(readTabularFile(join(dir, 'tidak-ada.csv')));
    expect(error.code).toBe('BERKAS_TIDAK_DITEMUKAN');
    expect(error.message).toContain('tidak ditemukan');
  });

  it('should reject a directory named like a CSV with BERKAS_TIDAK_DITEMUKAN', async () => {
    const path = join(dir, 'folder.csv');
    await mkdir(path);
    expect((await catchTabular(readTabularFile(path))).code).toBe('BERKAS_TIDAK_DITEMUKAN');
  });

  it.each([
    ['an XLSX that is not a zip', 'rusak.xlsx', 'bukan xlsx'],
    ['a CSV with an unclosed quote', 'rusak.csv', 'U1,U2\n"4,3\n'],
  ])('should reject %s with BERKAS_RUSAK', async (_name, file, content) => {
    const error = await catchTabular(readTabularFile(await csvFile(file, content)));
    expect(error.code).toBe('BERKAS_RUSAK');
    expect(error.message).toMatch(/tidak dapat dibaca/);
  });
});

describe('readTabularBuffer limits (regression: tiny files that exhausted memory or CPU)', () => {
  it('should refuse an XLSX whose header reaches column XFD without building 16,384 cells per row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'U1';
    ws.getCell('XFD1').value = 'x';
    ws.getCell('A2000').value = 1;
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const before = process.memoryUsage().rss;
    await expect(readTabularBuffer(buf, 'bom.xlsx')).rejects.toThrow(/maksimal 200 kolom/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('should refuse a CSV header of 200,000 columns quickly', async () => {
    const header = Array.from({ length: 200_000 }, (_, i) => `k${i}`).join(',');
    const t0 = performance.now();
    await expect(readTabularBuffer(Buffer.from(header + '\n1\n'), 'lebar.csv')).rejects.toThrow(/maksimal 200 kolom/);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('should still keep spreadsheet row numbers when there are blank rows in the middle', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'U1';
    ws.getCell('A2').value = 4;
    ws.getCell('A5').value = 3;
    const r = await readTabularBuffer(Buffer.from(await wb.xlsx.writeBuffer()), 'celah.xlsx');
    expect(r.rows.map((x) => x.U1)).toEqual(['4', null, null, '3']);
    expect(r.firstDataRow).toBe(2);
  });
});
