import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOLOM_IMPOR_PEGAWAI } from '../../domain/org/pegawai-row.ts';
import type { Database } from '../../server/db/client.ts';
import { pegawai } from '../../server/modules/org/org.table.ts';
import { createTestDatabase, seedFixture, testConfig } from '../../server/testing/test-app.ts';
import { runImportPegawaiCommand } from './import-pegawai.ts';

const HEADER = KOLOM_IMPOR_PEGAWAI.map((k) => k.nama);

/** Two valid rows: a PNS (NIP 19860926 201505 1 001) and a PPPK, both in unit T-A. */
const ROWS: (string | Date | null)[][] = [
  ['198609262015051001', 'Ahmad Fauzi', null, 'S.Kom.', 'PNS', 'L', '26/09/1986', 'III/b', null, 'T-A', 'Pranata Komputer Ahli Pertama', 'FUNGSIONAL', 'AHLI_PERTAMA', null, 'ahmad@tanjungbalaikota.go.id', '081234567890'],
  ['199913312022212001', 'Siti Aminah', null, null, 'PPPK', 'P', '1995-03-12', 'IX', null, 'Dinas Uji A', 'Pengadministrasi Umum', 'PELAKSANA', null, '198609262015051001', null, null],
];

let dir: string;
let seq = 0;
let database: Database;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sikap-impor-pegawai-'));
  database = await createTestDatabase();
  await seedFixture(database);
});

afterAll(async () => {
  await database?.close();
  await rm(dir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
}

async function csv(rows: (string | Date | null)[][], sep = ','): Promise<string> {
  const path = join(dir, `pegawai-${(seq += 1)}.csv`);
  const cell = (v: string | Date | null) => (v instanceof Date ? v.toISOString().slice(0, 10) : v ?? '');
  await writeFile(path, [HEADER, ...rows].map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n', 'utf8');
  return path;
}

async function xlsx(rows: (string | Date | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pegawai');
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  const path = join(dir, `pegawai-${(seq += 1)}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function run(file: string) {
  const c = capture();
  const code = await runImportPegawaiCommand(file, database, testConfig(), c.io);
  return { code, out: c.out, err: c.err };
}

const jumlahPegawai = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(pegawai))[0]!.n;
const byNip = async (nip: string) => (await database.db.select().from(pegawai).where(eq(pegawai.nip, nip)))[0];

describe(runImportPegawaiCommand.name, () => {
  it('should exit 1 and print every bad row as "baris N, kolom X: alasan", importing nothing', async () => {
    const before = await jumlahPegawai();
    const bad = [
      ROWS[0]!,
      ['199913312022212001', 'Siti Aminah', null, null, 'PPPK', 'X', '1995-03-12', 'III/a', null, 'T-Z', 'Staf', 'PELAKSANA', null, null, null, null],
    ];
    const r = await run(await csv(bad));
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.slice(0, 3)).toEqual([
      'baris 3, kolom Jenis Kelamin: Jenis kelamin harus L (laki-laki) atau P (perempuan) (nilai: "X")',
      'baris 3, kolom Golongan: Golongan PPPK harus I … XVII (Perpres 98/2020); golongan dengan ruang (mis. III/b) hanya untuk PNS (nilai: "III/a")',
      expect.stringMatching(/^baris 3, kolom Kode Unit: Kode unit "T-Z" tidak terdaftar/),
    ]);
    expect(r.err.at(-1)).toBe('3 kesalahan ditemukan; tidak ada pegawai yang diimpor. Perbaiki berkas lalu ulangi.');
    expect(await jumlahPegawai()).toBe(before);
    expect(await byNip('198609262015051001')).toBeUndefined();
  });

  it('should exit 0 for a clean CSV and report the counts', async () => {
    const before = await jumlahPegawai();
    const r = await run(await csv(ROWS));
    expect(r).toEqual({ code: 0, out: ['Impor selesai: 2 pegawai baru, 0 diperbarui, 1 jabatan baru.'], err: [] });
    expect(await jumlahPegawai()).toBe(before + 2);
    const pns = (await byNip('198609262015051001'))!;
    expect(await byNip('199913312022212001')).toMatchObject({ jenisAsn: 'PPPK', golongan: 'IX', atasanOverrideId: pns.id });
  });

  it('should exit 0 for a clean XLSX with Excel date cells and update by NIP (semicolon CSV too)', async () => {
    const before = await jumlahPegawai();
    const rows = ROWS.map((r) => [...r]);
    rows[0]![6] = new Date(Date.UTC(1986, 8, 26));
    rows[0]![7] = 'IV/a';
    const r = await run(await xlsx(rows));
    expect(r).toEqual({ code: 0, out: ['Impor selesai: 0 pegawai baru, 2 diperbarui, 0 jabatan baru.'], err: [] });
    expect(await byNip('198609262015051001')).toMatchObject({ golongan: 'IV/a', tanggalLahir: '1986-09-26' });

    rows[0]![7] = 'IV/b';
    expect((await run(await csv(rows, ';'))).code).toBe(0);
    expect((await byNip('198609262015051001'))!.golongan).toBe('IV/b');
    expect(await jumlahPegawai()).toBe(before);
  });

  it('should exit 1 for an XLSX with a bad row', async () => {
    const rows = ROWS.map((r) => [...r]);
    rows[1]![6] = new Date(Date.UTC(2099, 0, 1));
    const r = await run(await xlsx(rows));
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^baris 3, kolom Tanggal Lahir: Tanggal lahir \(2099-01-01\) melewati hari ini/);
  });

  it('should exit 1 for a repeated header column', async () => {
    const path = join(dir, 'ganda.csv');
    await writeFile(path, `${HEADER.join(',')},NIP\r\n`);
    const r = await run(path);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^baris 1, kolom NIP: /);
  });

  it.each([
    ['a missing file', async () => join(dir, 'tidak-ada.csv'), /tidak ditemukan/],
    ['a .txt file', async () => { const p = join(dir, 'data.txt'); await writeFile(p, 'x'); return p; }, /\.csv atau \.xlsx/],
    ['a corrupt .xlsx', async () => { const p = join(dir, 'rusak.xlsx'); await writeFile(p, 'bukan zip'); return p; }, /XLSX tidak dapat dibaca/],
  ])('should exit 2 for %s', async (_n, make, pesan) => {
    const r = await run(await make());
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(pesan);
  });
});
