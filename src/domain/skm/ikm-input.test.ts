import { describe, expect, it } from 'vitest';
import { validateIkmRows, type IkmInputError, type SelInput } from './ikm-input.ts';
import { UNSUR_KODE } from './unsur.ts';

type Row = Record<string, SelInput>;

/** A full data row U1…U9 with the given value everywhere, plus overrides. */
function row(value: SelInput, overrides: Row = {}): Row {
  return { Nama: 'Responden', ...Object.fromEntries(UNSUR_KODE.map((k) => [k, value])), ...overrides };
}

function errorsOf(result: ReturnType<typeof validateIkmRows>): IkmInputError[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe(validateIkmRows.name, () => {
  it.each<[string, SelInput, number | null]>([
    ['a number', 3, 3],
    ['a digit string', '4', 4],
    ['a digit string with spaces', ' 2 ', 2],
    ['"3.0"', '3.0', 3],
    ['"3,0"', '3,0', 3],
    ['the number 1', 1, 1],
    ['null', null, null],
    ['undefined', undefined, null],
    ['an empty string', '', null],
    ['whitespace', '   ', null],
  ])('should read %s as %s', (_name, value, expected) => {
    const result = validateIkmRows({ rows: [row(4, { U5: value })], firstDataRow: 2 });
    expect(result).toEqual({
      ok: true,
      responses: [{ U1: 4, U2: 4, U3: 4, U4: 4, U5: expected, U6: 4, U7: 4, U8: 4, U9: 4 }],
      barisKosong: [],
    });
  });

  it.each<[string, SelInput]>([
    ['5', '5'],
    ['the number 5', 5],
    ['0', '0'],
    ['x', 'x'],
    ['-', '-'],
    ['2.5', '2.5'],
    ['the number 2.5', 2.5],
    ['-1', '-1'],
    ['"3 4"', '3 4'],
    ['NaN', Number.NaN],
  ])('should reject %s with row, column, value and an Indonesian message', (_name, value) => {
    const errors = errorsOf(validateIkmRows({ rows: [row(4), row(3, { U7: value })], firstDataRow: 2 }));
    expect(errors).toEqual([
      { jenis: 'NILAI_TIDAK_VALID', baris: 3, kolom: 'U7', nilai: value, pesan: expect.stringContaining('bilangan bulat 1–4') },
    ]);
  });

  it('should report ALL errors in file order, not just the first', () => {
    const rows = [row(4, { U1: '5' }), row(3), row(2, { U3: 'x', U9: '0' }), row(1, { U2: '' })];
    const errors = errorsOf(validateIkmRows({ rows, firstDataRow: 2 }));
    expect(errors.map((e) => [e.baris, e.kolom, e.nilai])).toEqual([
      [2, 'U1', '5'],
      [4, 'U3', 'x'],
      [4, 'U9', '0'],
    ]);
  });

  it.each([2, 5])('should number rows from firstDataRow = %i', (firstDataRow) => {
    const errors = errorsOf(validateIkmRows({ rows: [row(4), row(4), row(9)], firstDataRow }));
    expect(errors[0]?.baris).toBe(firstDataRow + 2);
  });

  it('should match U columns case-insensitively after trimming and ignore other columns', () => {
    const r: Row = { ' u1 ': '4', u2: '3', U3: '3', 'U4 ': '4', u5: '3', U6: '3', U7: '4', U8: '3', u9: '2', Catatan: 'x', U10: '9' };
    const result = validateIkmRows({ rows: [r], firstDataRow: 2 });
    expect(result).toEqual({
      ok: true,
      responses: [{ U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 2 }],
      barisKosong: [],
    });
    if (result.ok) expect(Object.keys(result.responses[0] ?? {})).toEqual([...UNSUR_KODE]);
  });

  it('should report the kolom as written in the file', () => {
    const r: Row = { ...row(4), U3: undefined, ' u3 ': 'x' };
    delete r.U3;
    const errors = errorsOf(validateIkmRows({ rows: [r], firstDataRow: 2 }));
    expect(errors[0]).toMatchObject({ kolom: ' u3 ', nilai: 'x' });
  });

  it.each<[string, string[], string]>([
    ['U8 and U9 missing', ['Nama', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7'], 'U8, U9'],
    ['everything missing', ['Nama', 'Skor'], 'U1, U2, U3, U4, U5, U6, U7, U8, U9'],
  ])('should report one error listing the missing columns when %s', (_name, kolom, missing) => {
    const errors = errorsOf(validateIkmRows({ rows: [], firstDataRow: 2, kolom }));
    expect(errors).toEqual([
      { jenis: 'KOLOM_TIDAK_ADA', baris: 1, kolom: missing, nilai: null, pesan: expect.stringContaining(missing) },
    ]);
  });

  it('should take the header from the rows’ keys when kolom is not given', () => {
    const r = row(4);
    delete r.U9;
    const errors = errorsOf(validateIkmRows({ rows: [r], firstDataRow: 2 }));
    expect(errors.map((e) => [e.jenis, e.kolom])).toEqual([['KOLOM_TIDAK_ADA', 'U9']]);
  });

  it('should report missing columns and invalid cells together', () => {
    const r = row(4, { U1: '7' });
    delete r.U2;
    const errors = errorsOf(validateIkmRows({ rows: [r], firstDataRow: 2 }));
    expect(errors.map((e) => e.jenis)).toEqual(['KOLOM_TIDAK_ADA', 'NILAI_TIDAK_VALID']);
  });

  it('should report two columns that normalise to the same code', () => {
    const errors = errorsOf(
      validateIkmRows({ rows: [], firstDataRow: 2, kolom: [...UNSUR_KODE, 'u1'] }),
    );
    expect(errors).toEqual([
      { jenis: 'KOLOM_GANDA', baris: 1, kolom: 'u1', nilai: null, pesan: expect.stringContaining('U1') },
    ]);
  });

  it('should skip rows whose nine U cells are all blank and report them', () => {
    const rows = [row(4), row(null, { Nama: 'catatan saja' }), row(''), row(3, { U4: null })];
    expect(validateIkmRows({ rows, firstDataRow: 2 })).toEqual({
      ok: true,
      responses: [
        { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 },
        { U1: 3, U2: 3, U3: 3, U4: null, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 },
      ],
      barisKosong: [3, 4],
    });
  });

  it('should accept a header with no data rows (the IKM step then reports TANPA_RESPONDEN)', () => {
    expect(validateIkmRows({ rows: [], firstDataRow: 2, kolom: [...UNSUR_KODE] })).toEqual({
      ok: true,
      responses: [],
      barisKosong: [],
    });
  });

  it.each([0, 1.5, -2])('should throw a RangeError for firstDataRow = %s', (firstDataRow) => {
    expect(() => validateIkmRows({ rows: [], firstDataRow })).toThrow(RangeError);
  });
});
