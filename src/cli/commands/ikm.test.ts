import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIkmCommand } from './ikm.ts';

let dir: string;
let seq = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sikap-ikm-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HEADER = ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'Saran'];

/** Three respondents; R3 left U2 blank. NRR: U1 10/3, U2 7/2, others listed below. */
const DATA: (string | number)[][] = [
  [1, 4, 4, 3, 4, 3, 3, 4, 3, 3, 'Pertahankan'],
  [2, 3, 3, 3, 4, 3, 2, 4, 3, 2, ''],
  [3, 3, '', 4, 4, 3, 3, 4, 2, 3, 'Ruang tunggu sempit'],
];
// Σ NRR = 10/3 + 3.5 + 10/3 + 4 + 3 + 8/3 + 4 + 8/3 + 8/3 = 29.1666… → /9 × 25 = 81.018… → 81.02 → B
const EXPECTED_JSON = {
  responden: 3,
  nrr: { U1: 3.3333, U2: 3.5, U3: 3.3333, U4: 4, U5: 3, U6: 2.6667, U7: 4, U8: 2.6667, U9: 2.6667 },
  ikm: 81.02,
  mutu: 'B',
  kinerja: 'Baik',
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
}

async function csv(rows: (string | number)[][], delimiter = ',', bom = false): Promise<string> {
  const path = join(dir, `survei-${(seq += 1)}.csv`);
  const text = rows.map((r) => r.join(delimiter)).join('\r\n') + '\r\n';
  await writeFile(path, (bom ? '\uFEFF' : '') + text, 'utf8');
  return path;
}

async function xlsx(rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('IKM');
  for (const r of rows) sheet.addRow(r.map((v) => (v === '' ? null : v)));
  const path = join(dir, `survei-${(seq += 1)}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function run(file: string, opts: { json?: boolean; bobot?: string }) {
  const c = capture();
  const code = await runIkmCommand(file, opts, c.io);
  return { code, out: c.out, err: c.err };
}

/** Every respondent answers `nilai` to all nine unsur. */
function allSame(nilai: number, count = 2): (string | number)[][] {
  return [HEADER, ...Array.from({ length: count }, (_, i) => [i + 1, ...Array<number>(9).fill(nilai), ''])];
}

describe(runIkmCommand.name, () => {
  it.each([
    ['a comma CSV', () => csv([HEADER, ...DATA])],
    ['a semicolon CSV with BOM', () => csv([HEADER, ...DATA], ';', true)],
    ['a semicolon CSV without BOM', () => csv([HEADER, ...DATA], ';')],
    ['an XLSX', () => xlsx([HEADER, ...DATA])],
  ])('should print exactly one JSON object for %s, counting a blank cell as unanswered', async (_name, make) => {
    const { code, out, err } = await run(await make(), { json: true });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const parsed: unknown = JSON.parse(out[0] as string);
    expect(parsed).toEqual(EXPECTED_JSON);
    expect(Object.keys(parsed as object)).toEqual(['responden', 'nrr', 'ikm', 'mutu', 'kinerja']);
    expect(Object.keys((parsed as { nrr: object }).nrr)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  });

  it.each([
    [undefined, 4, 100, 'A'],
    ['exact', 4, 100, 'A'],
    ['0.111', 4, 99.9, 'A'],
    ['0.11', 4, 99, 'A'],
    ['exact', 1, 25, 'D'],
    ['0.11', 1, 24.75, 'D'],
  ])('should apply --bobot %s: all answers %i give IKM %s (%s)', async (bobot, nilai, ikm, mutu) => {
    const { code, out } = await run(await csv(allSame(nilai)), { json: true, ...(bobot ? { bobot } : {}) });
    expect(code).toBe(0);
    expect(JSON.parse(out[0] as string)).toMatchObject({ responden: 2, ikm, mutu });
  });

  it.each(['0.1', '1/9', 'EXACT', ''])('should exit 2 for --bobot %j and print no result', async (bobot) => {
    const { code, out, err } = await run(await csv(allSame(4)), { json: true, bobot });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/--bobot.*exact, 0\.111, 0\.11/);
  });

  it.each([
    ['a 5', '5', 'U3'],
    ["an 'x'", 'x', 'U3'],
    ['a 0', '0', 'U3'],
    ['a 2.5', '2.5', 'U3'],
  ])('should exit 1 for %s, naming row and column, and print no result', async (_name, value, kolom) => {
    const rows = [HEADER, ...DATA.map((r) => [...r])];
    (rows[2] as (string | number)[])[3] = value; // row 3 of the sheet, column U3
    for (const json of [true, false]) {
      const { code, out, err } = await run(await csv(rows), { json });
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err[0]).toBe(
        `Baris 3, kolom ${kolom}: nilai "${value}" tidak valid — nilai harus bilangan bulat 1–4 (kosongkan jika tidak dijawab)`,
      );
    }
  });

  it('should print every invalid value, in CSV and XLSX alike', async () => {
    const rows: (string | number)[][] = [HEADER, [1, 5, 4, 4, 4, 4, 4, 4, 4, 4, ''], [2, 4, 4, 4, 4, 4, 4, 4, 'x', 4, ''], [3, 3, 3, 3, 3, 3, 3, 3, 3, 0, '']];
    for (const file of [await csv(rows, ';'), await xlsx(rows)]) {
      const { code, out, err } = await run(file, { json: true });
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err.slice(0, 3).map((l) => l.split(':')[0])).toEqual(['Baris 2, kolom U1', 'Baris 3, kolom U8', 'Baris 4, kolom U9']);
      expect(err[3]).toMatch(/^3 kesalahan ditemukan/);
    }
  });

  it('should exit 1 when a U column is missing, listing it', async () => {
    const rows = [HEADER.filter((h) => h !== 'U9'), ...DATA.map((r) => r.filter((_, i) => i !== 9))];
    const { code, out, err } = await run(await csv(rows), { json: true });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toContain('U9');
  });

  it('should exit 1 when an unsur has no answer at all', async () => {
    const rows = [HEADER, ...DATA.map((r) => r.map((v, i) => (i === 7 ? '' : v)))];
    const { code, out, err } = await run(await csv(rows), { json: true });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/Unsur tanpa jawaban: U7/);
  });

  it('should exit 1 when the file has a header but no respondents', async () => {
    const { code, out, err } = await run(await csv([HEADER]), { json: true });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/Tidak ada responden/);
  });

  it.each([
    ['a missing file', () => Promise.resolve(join(tmpdir(), 'sikap-tidak-ada-12345.csv')), /tidak ditemukan/],
    ['an unsupported extension', async () => {
      const p = join(dir, 'survei.ods');
      await writeFile(p, 'x');
      return p;
    }, /tidak didukung/],
  ])('should exit 2 for %s', async (_name, make, message) => {
    const { code, out, err } = await run(await make(), {});
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(message);
  });

  it('should print a readable Indonesian table without --json', async () => {
    const { code, out, err } = await run(await csv([HEADER, ...DATA]), {});
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const text = out[0] as string;
    expect(text).toContain('Responden : 3');
    expect(text).toContain('Bobot     : 1/9 (eksak)');
    expect(text).toMatch(/^U1\s+Persyaratan\s+3\s+3,3333\s+0,3704\s+83,33\s+B \(Baik\)$/m);
    expect(text).toMatch(/^U2\s+Sistem, Mekanisme, dan Prosedur\s+2\s+3,5000\s+0,3889\s+87,50\s+B \(Baik\)$/m);
    expect(text).toMatch(/^U6\s+Kompetensi Pelaksana\s+3\s+2,6667\s+0,2963\s+66,67\s+C \(Kurang Baik\)$/m);
    expect(text).toMatch(/^U7\s+Perilaku Pelaksana\s+3\s+4,0000\s+0,4444\s+100,00\s+A \(Sangat Baik\)$/m);
    expect(text).toMatch(/IKM \(konversi 25–100\)\s+: 81,02/);
    expect(text).toMatch(/Mutu pelayanan\s+: B/);
    expect(text).toMatch(/Kinerja unit pelayanan\s+: Baik/);
  });

  it('should label the printed 0,11 weight in the table', async () => {
    const { out } = await run(await csv(allSame(4)), { bobot: '0.11' });
    expect(out[0]).toContain('Bobot     : 0,11');
    expect(out[0]).toMatch(/IKM \(konversi 25–100\)\s+: 99,00/);
  });

  it('should skip fully blank rows and mention them outside the JSON', async () => {
    const rows = [HEADER, DATA[0] as (string | number)[], ['', '', '', '', '', '', '', '', '', '', ''], ...DATA.slice(1)];
    const { code, out, err } = await run(await xlsx(rows), { json: true });
    expect(code).toBe(0);
    expect(JSON.parse(out[0] as string)).toEqual(EXPECTED_JSON);
    expect(err).toEqual(['Catatan: baris kosong dilewati: 3']);
  });
});
