import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOLOM_IMPOR_PEGAWAI } from '../../../domain/org/pegawai-row.ts';
import { makeNip } from '../../../domain/org/nip.ts';
import { queryRows } from '../../db/client.ts';
import { readTabularBuffer, readTabularFile } from '../../lib/tabular-file.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.table.ts';
import { ImporTidakValidError } from './pegawai-import.errors.ts';
import { createPegawaiImportService } from './pegawai-import.service.ts';
import { jabatan, pegawai, unitOrganisasi } from './org.table.ts';

const HEADER = KOLOM_IMPOR_PEGAWAI.map((k) => k.nama);
type Baris = Record<string, string>;

/** NIP of test pegawai number `i` (unique per `i`, born 1970–1989, TMT 2010, male for even i). */
const nipKe = (i: number) =>
  makeNip({ tanggalLahir: tglKe(i), tmtCpns: '2010-03', jenisKelamin: i % 2 === 0 ? 'L' : 'P', urutan: (i % 999) + 1 });
const tglKe = (i: number) => `${1970 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((Math.floor(i / 12) % 28) + 1).padStart(2, '0')}`;

/** A valid PNS row for pegawai `i` in unit T-A. */
function baris(i: number, over: Partial<Baris> = {}): Baris {
  return {
    NIP: nipKe(i),
    Nama: `Pegawai Uji ${i}`,
    'Gelar Depan': '',
    'Gelar Belakang': 'S.E.',
    'Jenis ASN': 'PNS',
    'Jenis Kelamin': i % 2 === 0 ? 'L' : 'P',
    'Tanggal Lahir': tglKe(i),
    Golongan: 'III/a',
    'TMT CPNS': '',
    'Kode Unit': 'T-A',
    Jabatan: 'Analis Kepegawaian Ahli Pertama',
    'Jenis Jabatan': 'FUNGSIONAL',
    Jenjang: 'AHLI_PERTAMA',
    'NIP Atasan': '',
    Email: `pegawai${i}@tanjungbalaikota.go.id`,
    Telepon: '0623-91234',
    ...over,
  };
}

function csvText(rows: Baris[], header: string[] = HEADER, sep = ','): string {
  const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [header.map(q).join(sep), ...rows.map((r) => header.map((h) => q(r[h] ?? '')).join(sep))].join('\r\n') + '\r\n';
}
const tabelOf = (rows: Baris[], header?: string[]) => readTabularBuffer(Buffer.from(csvText(rows, header)), 'impor.csv');

/** A multipart/form-data body with one file part. */
function multipart(filename: string, content: Buffer | string, field = 'file') {
  const boundary = `----sikap${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('pegawai import', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sut: ReturnType<typeof createPegawaiImportService>;
  const jumlah = async (table: typeof pegawai | typeof jabatan | typeof auditLog) =>
    (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  const byNip = async (nip: string) => (await t.db.select().from(pegawai).where(eq(pegawai.nip, nip)))[0];

  beforeAll(async () => {
    t = await createTestApp();
    sut = createPegawaiImportService(t.db);
  });
  afterAll(async () => { await t?.close(); });

  describe(createPegawaiImportService.name, () => {
    it('should report every bad row with its row number and import nothing when one row is bad', async () => {
      const rows = [
        baris(1),
        baris(2, { 'Kode Unit': 'X-TIDAK-ADA' }),
        baris(3),
        baris(4, { Golongan: 'IX', 'NIP Atasan': '198001012005011999' }),
        baris(1, { Nama: 'Orang Lain' }),
      ];
      const tabel = await tabelOf(rows);
      const before = { p: await jumlah(pegawai), j: await jumlah(jabatan), a: await jumlah(auditLog) };

      const cek = await sut.periksa(tabel);
      expect(cek.valid).toBe(false);
      expect(cek.jumlahBaris).toBe(5);
      expect(cek.errors.map((e) => [e.baris, e.kolom])).toEqual([[3, 'Kode Unit'], [5, 'Golongan'], [5, 'NIP Atasan'], [6, 'NIP']]);
      expect(cek.errors[0]).toEqual({ baris: 3, kolom: 'Kode Unit', nilai: 'X-TIDAK-ADA', pesan: expect.stringMatching(/tidak terdaftar/) });
      expect(cek.errors[3]!.pesan).toBe('NIP ganda: sudah dipakai di baris 2');

      const err = await sut.impor(tabel, { akunId: null }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImporTidakValidError);
      expect((err as ImporTidakValidError).baris).toEqual(cek.errors);
      expect((err as ImporTidakValidError).errors[0]).toEqual({ field: 'baris 3, kolom Kode Unit', message: cek.errors[0]!.pesan });
      expect({ p: await jumlah(pegawai), j: await jumlah(jabatan), a: await jumlah(auditLog) }).toEqual(before);
      expect(await byNip(nipKe(1))).toBeUndefined();
    });

    it('should refuse a jabatan whose stored kind differs, and an inactive or ambiguous unit', async () => {
      await t.db.insert(unitOrganisasi).values([
        { kode: 'T-X', nama: 'Dinas Lama', jenis: 'DINAS', aktif: false },
        { kode: 'T-A-SEK', nama: 'Sekretariat', jenis: 'SUBBAG', parentId: t.fixture.opdA.id, opdId: t.fixture.opdA.id },
        { kode: 'T-B-SEK', nama: 'Sekretariat', jenis: 'SUBBAG', parentId: t.fixture.opdB.id, opdId: t.fixture.opdB.id },
      ]);
      const tabel = await tabelOf([
        baris(10, { Jabatan: 'kepala dinas uji a', 'Jenis Jabatan': 'PELAKSANA', Jenjang: '' }),
        baris(11, { 'Kode Unit': 't-x' }),
        baris(12, { 'Kode Unit': 'sekretariat' }),
        baris(13, { 'Kode Unit': 't-a-sek' }),
      ]);
      const cek = await sut.periksa(tabel);
      expect(cek.errors).toEqual([
        { baris: 2, kolom: 'Jenis Jabatan', nilai: 'PELAKSANA', pesan: expect.stringMatching(/sudah terdaftar sebagai JPT PRATAMA/) },
        { baris: 3, kolom: 'Kode Unit', nilai: 't-x', pesan: 'Unit T-X (Dinas Lama) tidak aktif' },
        { baris: 4, kolom: 'Kode Unit', nilai: 'sekretariat', pesan: expect.stringMatching(/cocok dengan 2 unit \(T-A-SEK, T-B-SEK\); tulis kode unitnya/) },
      ]);
    });

    it('should import a clean file: create pegawai and missing jabatan, reuse existing jabatan, resolve units by kode or name', async () => {
      const before = { p: await jumlah(pegawai), j: await jumlah(jabatan) };
      const rows = [
        baris(20),
        baris(21, { 'Kode Unit': 'Dinas Uji B', Jabatan: 'Analis  Kepegawaian Ahli Pertama' }),
        baris(22, { Jabatan: 'pengadministrasi umum', 'Jenis Jabatan': 'PELAKSANA', Jenjang: '', Golongan: 'II/c' }),
        baris(23, { 'Jenis ASN': 'PPPK', NIP: '199913312022212023', Golongan: 'ix', 'Tanggal Lahir': '15/08/1999', 'Jenis Kelamin': 'P', 'Gelar Depan': 'dr.' }),
      ];
      const hasil = await sut.impor(await tabelOf(rows), { akunId: t.fixture.accounts.admin!, namaBerkas: 'uji.csv' });
      expect(hasil).toEqual({ dibuat: 4, diperbarui: 0, jabatanDibuat: 2 });
      expect(await jumlah(pegawai)).toBe(before.p + 4);
      expect(await jumlah(jabatan)).toBe(before.j + 2);

      const p20 = (await byNip(nipKe(20)))!;
      expect(p20).toMatchObject({ nama: 'Pegawai Uji 20', jenisAsn: 'PNS', jenisKelamin: 'L', tanggalLahir: tglKe(20), golongan: 'III/a', tmtCpns: '2010-03-01', unitId: t.fixture.opdA.id, gelarBelakang: 'S.E.', gelarDepan: null, email: 'pegawai20@tanjungbalaikota.go.id', atasanOverrideId: null });
      expect((await byNip(nipKe(21)))!.unitId).toBe(t.fixture.opdB.id);
      const p22 = (await byNip(nipKe(22)))!;
      const [staf] = await t.db.select().from(jabatan).where(eq(jabatan.id, p22.jabatanId!));
      expect(staf).toMatchObject({ nama: 'Pengadministrasi Umum', unitId: t.fixture.opdA.id, jenis: 'PELAKSANA' });
      const [jf] = await t.db.select().from(jabatan).where(eq(jabatan.id, p20.jabatanId!));
      expect(jf).toMatchObject({ nama: 'Analis Kepegawaian Ahli Pertama', jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA', unitId: t.fixture.opdA.id });
      expect((await byNip(nipKe(21)))!.jabatanId).not.toBe(p20.jabatanId);
      expect(await byNip('199913312022212023')).toMatchObject({ jenisAsn: 'PPPK', golongan: 'IX', tmtCpns: null, tanggalLahir: '1999-08-15', gelarDepan: 'dr.' });

      const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.aksi, 'impor'));
      expect(audit).toMatchObject({ akunId: t.fixture.accounts.admin, entitas: 'pegawai', data: { berkas: 'uji.csv', jumlahBaris: 4, dibuat: 4, diperbarui: 0, jabatanDibuat: 2 } });
    });

    it('should update by NIP on re-import, never duplicate, and leave absent optional columns untouched', async () => {
      const count = await jumlah(pegawai);
      const rows = [baris(20, { Golongan: 'III/b', Nama: 'Pegawai Uji Dua Puluh' }), baris(21, { 'Kode Unit': 'T-B' })];
      const hasil = await sut.impor(await tabelOf(rows), { akunId: null });
      expect(hasil).toEqual({ dibuat: 0, diperbarui: 2, jabatanDibuat: 0 });
      expect(await jumlah(pegawai)).toBe(count);
      expect(await byNip(nipKe(20))).toMatchObject({ golongan: 'III/b', nama: 'Pegawai Uji Dua Puluh', email: 'pegawai20@tanjungbalaikota.go.id' });

      // Without the Email column the stored email stays; with a blank Email it is cleared.
      const tanpaEmail = HEADER.filter((h) => h !== 'Email');
      await sut.impor(await tabelOf([baris(20, { Golongan: 'III/c' })], tanpaEmail), { akunId: null });
      expect(await byNip(nipKe(20))).toMatchObject({ golongan: 'III/c', email: 'pegawai20@tanjungbalaikota.go.id' });
      await sut.impor(await tabelOf([baris(20, { Golongan: 'III/c', Email: '' })]), { akunId: null });
      expect((await byNip(nipKe(20)))!.email).toBeNull();
      expect(await jumlah(pegawai)).toBe(count);

      // A pegawai of the fixture is updated too (counted as diperbarui).
      const staf = baris(0, {
        NIP: '199002022015032002', Nama: 'Staf Uji', 'Jenis Kelamin': 'P', 'Tanggal Lahir': '02/02/1990', Golongan: 'III/b',
        Jabatan: 'Pengadministrasi Umum', 'Jenis Jabatan': 'PELAKSANA', Jenjang: '',
      });
      expect(await sut.impor(await tabelOf([staf]), { akunId: null })).toEqual({ dibuat: 0, diperbarui: 1, jabatanDibuat: 0 });
      expect(await byNip('199002022015032002')).toMatchObject({ golongan: 'III/b', tmtCpns: '2015-03-01' });
    });

    it('should set atasan overrides from NIP Atasan (registered or in the same file) and clear them on a blank cell', async () => {
      const kepala = t.fixture.pKepala;
      const rows = [
        baris(30, { 'NIP Atasan': '1975 0101 2000 03 1 001' }),
        baris(31, { 'NIP Atasan': nipKe(32) }), // appears later in the same file
        baris(32),
      ];
      expect(await sut.impor(await tabelOf(rows), { akunId: null })).toMatchObject({ dibuat: 3 });
      const p32 = (await byNip(nipKe(32)))!;
      expect((await byNip(nipKe(30)))!.atasanOverrideId).toBe(kepala.id);
      expect((await byNip(nipKe(31)))!.atasanOverrideId).toBe(p32.id);
      expect(p32.atasanOverrideId).toBeNull();

      // Column absent → untouched; present and blank → cleared.
      await sut.impor(await tabelOf([baris(30)], HEADER.filter((h) => h !== 'NIP Atasan')), { akunId: null });
      expect((await byNip(nipKe(30)))!.atasanOverrideId).toBe(kepala.id);
      await sut.impor(await tabelOf([baris(30)]), { akunId: null });
      expect((await byNip(nipKe(30)))!.atasanOverrideId).toBeNull();
    });

    it('should import the sample file of scripts/seed/data against units named as in the demo seed', async () => {
      await t.db.insert(unitOrganisasi).values([
        { kode: 'OPD-DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', jenis: 'DINAS', isOpd: true },
        { kode: 'OPD-BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', jenis: 'BADAN', isOpd: true },
      ]);
      const tabel = await readTabularFile(fileURLToPath(new URL('../../../../scripts/seed/data/contoh-impor-pegawai.csv', import.meta.url)));
      expect(await sut.periksa(tabel)).toEqual({ valid: true, jumlahBaris: 5, errors: [], kolomDiabaikan: [] });
      expect(await sut.impor(tabel, { akunId: null })).toEqual({ dibuat: 5, diperbarui: 0, jabatanDibuat: 5 });
      const atasan = (await byNip('198509142010011901'))!;
      expect(await byNip('199203212019032902')).toMatchObject({ atasanOverrideId: atasan.id, tanggalLahir: '1992-03-21', unitId: atasan.unitId });
    });

    it('should import 4,000 rows in a few seconds and re-import them without duplicates', async () => {
      const rows = Array.from({ length: 4000 }, (_, k) => {
        const i = 1000 + k;
        return baris(i, {
          NIP: makeNip({ tanggalLahir: tglKe(i), tmtCpns: `20${10 + (k % 10)}-0${(k % 9) + 1}`, jenisKelamin: i % 2 === 0 ? 'L' : 'P', urutan: (k % 999) + 1 }),
          Jabatan: `Jabatan Uji ${k % 50}`,
          'NIP Atasan': k > 0 && k % 10 !== 0 ? '197501012000031001' : '',
        });
      });
      const tabel = await tabelOf(rows);
      const count = await jumlah(pegawai);
      const t0 = performance.now();
      expect(await sut.impor(tabel, { akunId: null })).toEqual({ dibuat: 4000, diperbarui: 0, jabatanDibuat: 50 });
      const detik = (performance.now() - t0) / 1000;
      expect(detik).toBeLessThan(10);
      expect(await jumlah(pegawai)).toBe(count + 4000);
      expect(await sut.impor(tabel, { akunId: null })).toEqual({ dibuat: 0, diperbarui: 4000, jabatanDibuat: 0 });
      expect(await jumlah(pegawai)).toBe(count + 4000);
      const [o] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from pegawai where atasan_override_id = ${t.fixture.pKepala.id}`);
      expect(o!.n).toBeGreaterThanOrEqual(3600);
    });
  });

  describe('routes', () => {
    const url = '/api/v1/org/pegawai/impor';

    it.each(['admin_opd', 'pegawai'])('should refuse %s with 403 on every import endpoint', async (role) => {
      const h = await loginAs(t.app, role);
      const body = multipart('a.csv', csvText([baris(50)]));
      for (const u of [url, `${url}/periksa`]) {
        const res = await t.app.inject({ method: 'POST', url: u, payload: body.payload, headers: { ...h, ...body.headers } });
        expect(res.statusCode).toBe(403);
      }
      const tpl = await t.app.inject({ url: `${url}/templat.csv`, headers: h });
      expect(tpl.statusCode).toBe(403);
      expect(await byNip(nipKe(50))).toBeUndefined();
    });

    it('should refuse anonymous requests with 401', async () => {
      const body = multipart('a.csv', csvText([baris(50)]));
      const res = await t.app.inject({ method: 'POST', url, ...body });
      expect(res.statusCode).toBe(401);
    });

    it('should check a file and answer 200 with every error even when it is invalid', async () => {
      const h = await loginAs(t.app, 'admin');
      const body = multipart('periksa.csv', csvText([baris(51), baris(52, { NIP: '123' })]));
      const res = await t.app.inject({ method: 'POST', url: `${url}/periksa`, payload: body.payload, headers: { ...h, ...body.headers } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        valid: false, jumlahBaris: 2, kolomDiabaikan: [],
        errors: [{ baris: 3, kolom: 'NIP', nilai: '123', pesan: 'NIP harus terdiri dari 18 digit angka (spasi dan titik boleh)' }],
      });
      expect(await byNip(nipKe(51))).toBeUndefined();
    });

    it('should answer 400 problem+json with per-row errors and the baris extension, saving nothing', async () => {
      const h = await loginAs(t.app, 'admin');
      const body = multipart('salah.csv', csvText([baris(53), baris(54), baris(55, { 'Tanggal Lahir': '31/02/1990', Email: 'bukan-email' })]));
      const res = await t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...h, ...body.headers } });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const p = res.json();
      expect(p).toMatchObject({ status: 400, code: 'IMPOR_TIDAK_VALID', instance: url });
      expect(p.errors).toEqual([
        { field: 'baris 4, kolom Tanggal Lahir', message: expect.stringMatching(/tidak valid/) },
        { field: 'baris 4, kolom Email', message: expect.stringMatching(/email tidak valid/) },
      ]);
      expect(p.baris).toEqual([
        expect.objectContaining({ baris: 4, kolom: 'Tanggal Lahir', nilai: '31/02/1990' }),
        expect.objectContaining({ baris: 4, kolom: 'Email', nilai: 'bukan-email' }),
      ]);
      expect(await byNip(nipKe(53))).toBeUndefined();
    });

    it('should import a clean XLSX upload with 200 and the counts', async () => {
      const h = await loginAs(t.app, 'admin');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Pegawai');
      ws.addRow(HEADER);
      for (const r of [baris(56), baris(57)]) {
        ws.addRow(HEADER.map((k) => (k === 'Tanggal Lahir' ? new Date(`${r[k]}T00:00:00Z`) : r[k] === '' ? null : r[k])));
      }
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      const body = multipart('pegawai.xlsx', buf);
      const res = await t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...h, ...body.headers } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ dibuat: 2, diperbarui: 0, jabatanDibuat: 0 });
      expect(await byNip(nipKe(57))).toMatchObject({ tanggalLahir: tglKe(57) });
    });

    it.each([
      ['a .txt file', 'data.txt', 'NIP,Nama\r\n'],
      ['CSV content named .xlsx', 'data.xlsx', csvText([baris(58)])],
      ['binary content named .csv', 'data.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])],
    ])('should answer 415 for %s', async (_n, filename, content) => {
      const h = await loginAs(t.app, 'admin');
      const body = multipart(filename, content);
      for (const u of [url, `${url}/periksa`]) {
        const res = await t.app.inject({ method: 'POST', url: u, payload: body.payload, headers: { ...h, ...body.headers } });
        expect(res.statusCode).toBe(415);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ code: 'JENIS_BERKAS_TIDAK_DIDUKUNG', detail: expect.stringMatching(/\.csv atau \.xlsx/) });
      }
    });

    it('should answer 415 for a JSON body and 400 when the file part is missing', async () => {
      const h = await loginAs(t.app, 'admin');
      const json = await t.app.inject({ method: 'POST', url, payload: { file: 'x' }, headers: h });
      expect(json.statusCode).toBe(415);
      const other = multipart('a.csv', 'x', 'lampiran');
      const res = await t.app.inject({ method: 'POST', url, payload: other.payload, headers: { ...h, ...other.headers } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'BERKAS_WAJIB', errors: [{ field: 'file' }] });
    });

    it('should report a repeated header as a header-row error', async () => {
      const h = await loginAs(t.app, 'admin');
      const body = multipart('ganda.csv', csvText([baris(59)], [...HEADER, 'Nama']));
      const res = await t.app.inject({ method: 'POST', url: `${url}/periksa`, payload: body.payload, headers: { ...h, ...body.headers } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ valid: false, errors: [{ baris: 1, kolom: 'Nama' }] });
    });

    it('should serve the CSV template whose example row is valid for the template format', async () => {
      const h = await loginAs(t.app, 'admin');
      const res = await t.app.inject({ url: `${url}/templat.csv`, headers: h });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toContain('templat-impor-pegawai.csv');
      const tabel = await readTabularBuffer(res.rawPayload, 'templat.csv');
      expect(tabel.header).toEqual(HEADER);
      expect(tabel.rows).toHaveLength(1);
      expect(tabel.rows[0]!.NIP).toBe('198609262015051001');
    });
  });
});
