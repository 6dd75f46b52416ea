/**
 * Reads a simple table (first row = header, one record per following row) from a .csv or .xlsx file, for
 * imports such as paper-survey results (`sikap ikm FILE`) and employee lists.
 *
 * - CSV: UTF-8 with or without BOM (a file that is not valid UTF-8 is read as Latin-1, as older Excel
 *   "CSV" exports are); delimiter `,` or `;` detected from the header line (the one that occurs more often
 *   outside quotes wins; `,` on a tie).
 * - XLSX: the first worksheet; formulas give their cached result (a formula without a cached result gives
 *   its text, `=…`, so it fails validation instead of reading as blank); numbers become strings; dates
 *   become ISO strings; rich text and hyperlinks become their text; error cells their code (`#DIV/0!`).
 *
 * Every record has every (non-blank) header name as a key; a blank cell is `null`; other values are trimmed
 * strings. Blank rows in the middle are kept (as all-`null` records) so that `firstDataRow + index` is the
 * spreadsheet row number; blank rows at the end are dropped. (In a CSV whose quoted field spans lines, the
 * numbers count records, not physical lines.)
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * - `EKSTENSI_TIDAK_DIDUKUNG`: not .csv or .xlsx.
 * - `BERKAS_TIDAK_DITEMUKAN`: the path does not exist or is not a file.
 * - `HEADER_GANDA`: two header cells have the same name (after trimming).
 * - `BERKAS_RUSAK`: the CSV or XLSX cannot be parsed, or the workbook has no worksheet.
 */
export type TabularFileErrorCode =
  | 'EKSTENSI_TIDAK_DIDUKUNG'
  | 'BERKAS_TIDAK_DITEMUKAN'
  | 'HEADER_GANDA'
  | 'BERKAS_RUSAK';

/** Error of {@link readTabularFile}; `message` is Indonesian. */
export class TabularFileError extends Error {
  override readonly name = 'TabularFileError';
  readonly code: TabularFileErrorCode;
  constructor(code: TabularFileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** A table read by {@link readTabularFile}. */
export interface TabularData {
  /** One record per data row, keyed by header name. */
  readonly rows: Array<Record<string, string | null>>;
  /** Spreadsheet row number of `rows[0]` (2: row 1 is the header). */
  readonly firstDataRow: number;
  /** The header names, trimmed, in file order (blank header cells omitted). */
  readonly header: string[];
}

const FIRST_DATA_ROW = 2;

/**
 * Reads a .csv or .xlsx table (extension matched case-insensitively).
 *
 * @param path  file path
 * @returns `{ rows, firstDataRow: 2, header }`
 * @throws TabularFileError (`EKSTENSI_TIDAK_DIDUKUNG`, `BERKAS_TIDAK_DITEMUKAN`, `HEADER_GANDA`, `BERKAS_RUSAK`)
 */
export async function readTabularFile(path: string): Promise<TabularData> {
  const ext = checkExtension(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new TabularFileError('BERKAS_TIDAK_DITEMUKAN', `Berkas tidak ditemukan: ${path}`);

  const buf = await readFile(path);
  const table = ext === '.csv' ? readCsv(buf) : await readXlsx(buf);
  return toRecords(table);
}

/**
 * Reads a .csv or .xlsx table already in memory (an upload), with the same rules and result as
 * {@link readTabularFile}. The type comes from `filename`'s extension and is then checked against the
 * content (magic bytes): an .xlsx must be a ZIP container (`PK\x03\x04`), a .csv must not contain NUL bytes.
 *
 * @param buf       the file's bytes
 * @param filename  the client's file name (only its extension is used)
 * @returns `{ rows, firstDataRow: 2, header }`
 * @throws TabularFileError (`EKSTENSI_TIDAK_DIDUKUNG`, `HEADER_GANDA`, `BERKAS_RUSAK`)
 */
export async function readTabularBuffer(buf: Buffer, filename: string): Promise<TabularData> {
  const ext = checkExtension(filename);
  if (ext === '.xlsx' && !(buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04)) {
    throw new TabularFileError('BERKAS_RUSAK', 'Isi berkas bukan berkas XLSX yang sah. Simpan ulang dari aplikasi lembar kerja sebagai .xlsx.');
  }
  if (ext === '.csv' && buf.includes(0)) {
    throw new TabularFileError('BERKAS_RUSAK', 'Isi berkas bukan teks CSV. Simpan ulang sebagai CSV (UTF-8) atau .xlsx.');
  }
  const table = ext === '.csv' ? readCsv(buf) : await readXlsx(buf);
  return toRecords(table);
}

function checkExtension(name: string): '.csv' | '.xlsx' {
  const ext = extname(name).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    const saran = ext === '.xls' ? ' Simpan ulang berkas sebagai .xlsx atau .csv.' : '';
    throw new TabularFileError(
      'EKSTENSI_TIDAK_DIDUKUNG',
      `Jenis berkas tidak didukung: "${ext || '(tanpa ekstensi)'}". Gunakan berkas .csv atau .xlsx.${saran}`,
    );
  }
  return ext;
}

/**
 * Upper bounds that keep a small malicious file from exhausting memory or CPU (a 1.6 KB XLSX with a cell
 * at column XFD, or a CSV header of 200,000 columns). Real imports have < 30 columns.
 */
export const MAKS_KOLOM = 200;
export const MAKS_BARIS = 100_000;

function tooWide(n: number) {
  return new TabularFileError('BERKAS_RUSAK', `Berkas memiliki ${n} kolom; maksimal ${MAKS_KOLOM} kolom.`);
}
function tooLong(n: number) {
  return new TabularFileError('BERKAS_RUSAK', `Berkas memiliki ${n} baris; maksimal ${MAKS_BARIS} baris data.`);
}

/** Converts a matrix (row 0 = header) to header-keyed records. */
function toRecords(matrix: (string | null)[][]): TabularData {
  const [headerCells = [], ...data] = matrix;
  if (headerCells.length > MAKS_KOLOM) throw tooWide(headerCells.length);
  if (data.length > MAKS_BARIS) throw tooLong(data.length);
  const header: string[] = [];
  const seen = new Set<string>();
  const columns: { index: number; name: string }[] = [];
  headerCells.forEach((cell, index) => {
    const name = (cell ?? '').trim();
    if (name === '') return;
    if (seen.has(name)) {
      throw new TabularFileError('HEADER_GANDA', `Nama kolom "${name}" muncul lebih dari sekali di baris header.`);
    }
    seen.add(name);
    header.push(name);
    columns.push({ index, name });
  });

  const rows = data.map((cells) => {
    const record: Record<string, string | null> = {};
    for (const { index, name } of columns) record[name] = normaliseCell(cells[index]);
    return record;
  });
  // Drop blank rows at the end (typical of spreadsheets and trailing newlines).
  while (rows.length > 0 && Object.values(rows[rows.length - 1] as Record<string, string | null>).every((v) => v === null)) {
    rows.pop();
  }
  return { rows, firstDataRow: FIRST_DATA_ROW, header };
}

function normaliseCell(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = v.trim();
  return s === '' ? null : s;
}

// ---------------------------------------------------------------- CSV

function decode(buf: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = buf.toString('latin1');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Picks `;` or `,` from the first record (quotes respected). */
function detectDelimiter(text: string): ',' | ';' {
  let comma = 0;
  let semicolon = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') comma += 1;
    else if (!quoted && ch === ';') semicolon += 1;
  }
  return semicolon > comma ? ';' : ',';
}

function readCsv(buf: Buffer): (string | null)[][] {
  const text = decode(buf);
  try {
    return parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new TabularFileError('BERKAS_RUSAK', `Berkas CSV tidak dapat dibaca: ${detail}`, { cause: error });
  }
}

// ---------------------------------------------------------------- XLSX

function cellToString(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellToString(value.text as ExcelJS.CellValue);
  if ('sharedFormula' in value || 'formula' in value) {
    if (value.result !== undefined) return cellToString(value.result);
    const formula = 'formula' in value && value.formula ? value.formula : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
    return `=${formula}`;
  }
  return null;
}

async function readXlsx(buf: Buffer): Promise<(string | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new TabularFileError('BERKAS_RUSAK', `Berkas XLSX tidak dapat dibaca: ${detail}`, { cause: error });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TabularFileError('BERKAS_RUSAK', 'Berkas XLSX tidak memiliki lembar kerja.');

  const width = sheet.getRow(1).cellCount;
  if (width > MAKS_KOLOM) throw tooWide(width);
  if (sheet.rowCount > MAKS_BARIS + 1) throw tooLong(sheet.rowCount - 1);
  // Only rows that exist are visited (eachRow skips empty ones); gaps stay as blank rows so row numbers
  // remain those of the spreadsheet. `row.values` is a sparse 1-based array: no cell objects are created.
  const matrix: (string | null)[][] = Array.from({ length: sheet.rowCount }, () => []);
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: (string | null)[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellToString(values[c] ?? null));
    matrix[r - 1] = cells;
  });
  return matrix;
}
