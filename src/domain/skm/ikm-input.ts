/**
 * Validation of paper-survey (kuesioner kertas) rows typed into a spreadsheet, before the IKM computation of
 * PermenPANRB No. 14 Tahun 2017 (pelayanan.md §1.2 scale 1–4, §1.3 "total unsur yang terisi").
 *
 * Pure: takes rows already read from a file (see `src/server/lib/tabular-file.ts`), does no I/O.
 */
import { UNSUR_KODE, type UnsurKode } from './unsur.ts';
import type { IkmResponse } from './ikm.ts';

/** A cell value as read from CSV/XLSX. */
export type SelInput = string | number | null | undefined;

/**
 * Error kinds:
 * - `KOLOM_TIDAK_ADA`: one or more of U1…U9 is missing from the header (one error lists them all).
 * - `KOLOM_GANDA`: two header columns normalise to the same unsur code (e.g. `U1` and ` u1`).
 * - `NILAI_TIDAK_VALID`: a non-blank cell that is not an integer 1–4.
 */
export type IkmInputErrorJenis = 'KOLOM_TIDAK_ADA' | 'KOLOM_GANDA' | 'NILAI_TIDAK_VALID';

/** One validation error, addressed as in the spreadsheet. */
export interface IkmInputError {
  readonly jenis: IkmInputErrorJenis;
  /** Spreadsheet row number (the header row for column errors). */
  readonly baris: number;
  /** Column name as written in the file (for `KOLOM_TIDAK_ADA`: the missing codes, comma-separated). */
  readonly kolom: string;
  /** The offending cell value (`null` for column errors). */
  readonly nilai: string | number | null;
  /** Indonesian message for the user. */
  readonly pesan: string;
}

/** Result of {@link validateIkmRows}. */
export type IkmInputResult =
  | {
      readonly ok: true;
      /** One response per non-empty data row, keyed U1…U9, `null` = unanswered. */
      readonly responses: IkmResponse[];
      /** Row numbers skipped because all nine U cells were blank (not counted as respondents). */
      readonly barisKosong: number[];
    }
  | { readonly ok: false; readonly errors: IkmInputError[] };

const PESAN_NILAI = 'nilai harus bilangan bulat 1–4 (kosongkan jika tidak dijawab)';

/** Parses one cell: `null` = blank, a number 1–4 = answer, `undefined` = invalid. */
function parseSel(value: SelInput): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= 4 ? value : undefined;
  }
  const s = value.trim();
  if (s === '') return null;
  // "3", and "3.0"/"3,0" as spreadsheets sometimes write an integer.
  const m = /^([1-4])(?:[.,]0+)?$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/**
 * Validates paper-survey rows and turns them into IKM responses (PermenPANRB 14/2017, pelayanan.md §1.2–§1.3).
 *
 * Rules:
 * - Columns `U1`…`U9` are matched case-insensitively after trimming the header; other columns are ignored.
 * - The header is `input.kolom` when given, otherwise the union of the rows' keys.
 * - A blank cell (`null`, `undefined`, empty or whitespace) = unanswered; a number 1–4 or the text "1"…"4"
 *   (also "3.0"/"3,0") = an answer; anything else (5, 0, 2.5, "x", "-") is an error.
 * - A row whose nine U cells are all blank is skipped (an empty line, not a respondent) and reported in
 *   `barisKosong`.
 * - Every error is reported, not only the first; if there is any error, no responses are returned.
 *
 * @param input.rows          one header-keyed record per data row, in file order
 * @param input.firstDataRow  spreadsheet row number of `rows[0]` (usually 2; the header is the row before)
 * @param input.kolom         optional header names (lets an empty file still report missing columns)
 * @returns `{ ok: true, responses, barisKosong }` or `{ ok: false, errors }`
 * @example
 * validateIkmRows({ rows: [{ U1: '4', …, U9: '' }], firstDataRow: 2 })
 *   → { ok: true, responses: [{ U1: 4, …, U9: null }], barisKosong: [] }
 * validateIkmRows({ rows: [{ U1: '5', … }], firstDataRow: 2 })
 *   → { ok: false, errors: [{ jenis: 'NILAI_TIDAK_VALID', baris: 2, kolom: 'U1', nilai: '5', pesan: 'nilai harus …' }] }
 */
export function validateIkmRows(input: {
  rows: readonly Readonly<Record<string, SelInput>>[];
  firstDataRow: number;
  kolom?: readonly string[];
}): IkmInputResult {
  const { rows, firstDataRow } = input;
  if (!Number.isSafeInteger(firstDataRow) || firstDataRow < 1) {
    throw new RangeError(`firstDataRow harus bilangan bulat ≥ 1: ${firstDataRow}`);
  }
  const barisHeader = firstDataRow - 1;
  const errors: IkmInputError[] = [];

  const header = input.kolom ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const kolomOf = new Map<UnsurKode, string>();
  for (const nama of header) {
    const kode = nama.trim().toUpperCase() as UnsurKode;
    if (!(UNSUR_KODE as readonly string[]).includes(kode)) continue;
    const lain = kolomOf.get(kode);
    if (lain !== undefined) {
      errors.push({
        jenis: 'KOLOM_GANDA',
        baris: barisHeader,
        kolom: nama,
        nilai: null,
        pesan: `kolom ${kode} muncul lebih dari sekali ("${lain}" dan "${nama}")`,
      });
      continue;
    }
    kolomOf.set(kode, nama);
  }
  const hilang = UNSUR_KODE.filter((k) => !kolomOf.has(k));
  if (hilang.length > 0) {
    errors.push({
      jenis: 'KOLOM_TIDAK_ADA',
      baris: barisHeader,
      kolom: hilang.join(', '),
      nilai: null,
      pesan: `kolom wajib tidak ada di header: ${hilang.join(', ')}`,
    });
  }

  const responses: IkmResponse[] = [];
  const barisKosong: number[] = [];
  rows.forEach((row, i) => {
    const baris = firstDataRow + i;
    const response: IkmResponse = {};
    let terisi = 0;
    for (const kode of UNSUR_KODE) {
      const kolom = kolomOf.get(kode);
      if (kolom === undefined) continue;
      const raw = row[kolom];
      const nilai = parseSel(raw);
      if (nilai === undefined) {
        errors.push({ jenis: 'NILAI_TIDAK_VALID', baris, kolom, nilai: raw as string | number, pesan: PESAN_NILAI });
        terisi += 1;
        continue;
      }
      if (nilai !== null) terisi += 1;
      response[kode] = nilai;
    }
    if (terisi === 0) barisKosong.push(baris);
    else responses.push(response);
  });

  // Column errors first, then cell errors in file order (row, then U1…U9).
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, responses, barisKosong };
}
