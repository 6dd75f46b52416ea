import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import QRCode from 'qrcode';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ResponBody } from '../../../contracts/skm.ts';
import { computeIkm, type IkmResponse } from '../../../domain/skm/ikm.ts';
import { UNSUR_KODE } from '../../../domain/skm/unsur.ts';
import { buildServices } from '../../app.ts';
import { queryRows, type Database } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { createTestDatabase, seedFixture, testConfig } from '../../testing/test-app.ts';
import { unitOrganisasi } from '../org/org.table.ts';
import { SkmErrors } from './skm.errors.ts';
import { createSkmService, createUndangan, periodeSurvei, tambahHari, tanggalWib, type Pelaku } from './skm.service.ts';
import { skmRespon } from './skm.table.ts';

/** Deterministic PRNG (mulberry32) for test answers. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const jawabanSemua = (n: number): ResponBody['jawaban'] => ({ U1: n, U2: n, U3: n, U4: n, U5: n, U6: n, U7: n, U8: n, U9: n });

/** Expects an AppError with this code (and status). */
async function gagal(p: Promise<unknown>, code: string, status?: number) {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  if (status) expect((e as AppError).status).toBe(status);
  return e as AppError;
}

const csv = (lines: string[]) => ({ namaBerkas: 'kertas.csv', isi: Buffer.from(lines.join('\n'), 'utf8') });

/**
 * Answers are accepted only inside the survey period (ADR 0005, F1): tests of surveys in other years move
 * the clock (Date only) into the period; afterEach restores the real clock.
 */
const pada = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });

describe('SkmService', () => {
  let database: Database;
  let fx: Awaited<ReturnType<typeof seedFixture>>;
  let sut: ReturnType<typeof createSkmService>;
  let admin: Pelaku;
  let adminOpd: Pelaku;
  let pimpinan: Pelaku;
  const SECRET = 'rahasia-sidik-uji-0123456789abcdef';

  beforeAll(async () => {
    database = await createTestDatabase();
    fx = await seedFixture(database);
    const services = buildServices(testConfig(), database);
    // K = 1: these tests look at the arithmetic, not at the release in batches (see skm.rilis.test.ts).
    sut = createSkmService(database.db, { org: services.org, secret: SECRET, maxPerHari: 3, ambangAnonim: 1 });
    admin = { akunId: fx.accounts.admin!, roles: ['admin'], opdId: null };
    adminOpd = { akunId: fx.accounts.admin_opd!, roles: ['admin_opd'], opdId: fx.opdA.id };
    pimpinan = { akunId: fx.accounts.pimpinan!, roles: ['pimpinan'], opdId: null };
  });
  afterAll(async () => { await database?.close(); });
  afterEach(() => { vi.useRealTimers(); });

  describe('periodeSurvei', () => {
    it.each([
      ['triwulan', 1, '2026-01-01', '2026-03-31', 'Triwulan I 2026'],
      ['triwulan', 2, '2026-04-01', '2026-06-30', 'Triwulan II 2026'],
      ['triwulan', 3, '2026-07-01', '2026-09-30', 'Triwulan III 2026'],
      ['triwulan', 4, '2026-10-01', '2026-12-31', 'Triwulan IV 2026'],
      ['semester', 1, '2026-01-01', '2026-06-30', 'Semester I 2026'],
      ['semester', 2, '2026-07-01', '2026-12-31', 'Semester II 2026'],
      ['tahun', null, '2026-01-01', '2026-12-31', 'Tahun 2026'],
    ] as const)('should derive %s ke-%s as calendar dates', (jenisPeriode, ke, mulai, selesai, label) => {
      expect(periodeSurvei({ jenisPeriode, tahun: 2026, ke })).toEqual({ mulai, selesai, label });
    });

    it.each([
      ['triwulan', null], ['triwulan', 0], ['triwulan', 5], ['semester', 3], ['semester', null], ['tahun', 1],
    ] as const)('should reject %s with ke=%s on field body.ke', (jenisPeriode, ke) => {
      let err: unknown;
      try { periodeSurvei({ jenisPeriode, tahun: 2026, ke }); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(400);
      expect((err as AppError).errors[0]?.field).toBe('body.ke');
    });
  });

  describe('tanggalWib', () => {
    it('should give the Asia/Jakarta date, not the UTC one', () => {
      expect(tanggalWib(new Date('2026-03-31T17:30:00Z'))).toBe('2026-04-01');
      expect(tanggalWib(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
      expect(tambahHari('2026-03-01', -1)).toBe('2026-02-28');
    });
  });

  describe('createSurvei / listSurvei scope', () => {
    it('should create a survey with derived period, default judul, random kode, and audit it', async () => {
      const s = await sut.createSurvei(admin, { unitId: fx.opdA.id, jenisPeriode: 'triwulan', tahun: 2030, ke: 3, bobot: 'exact', demografi: true });
      expect(s).toMatchObject({
        mulai: '2030-07-01', selesai: '2030-09-30', periodeLabel: 'Triwulan III 2030', judul: 'SKM Dinas Uji A Triwulan III 2030',
        status: 'aktif', responden: 0, ikm: null, mutu: null, unitNama: 'Dinas Uji A',
      });
      expect(s.kode).toMatch(/^[a-z2-7]{8}$/);
      expect(s.tautan).toBe(`/survei/${s.kode}`);
      const audit = await queryRows<{ aksi: string }>(database.db, sql`select aksi from audit_log where entitas = 'skm_survei' and entitas_id = ${String(s.id)}`);
      expect(audit.map((a) => a.aksi)).toEqual(['skm.survei.buat']);
    });

    it('should refuse a second survey for the same unit, layanan and period', async () => {
      await sut.createSurvei(admin, { unitId: fx.opdA.id, layanan: 'KTP-el', jenisPeriode: 'tahun', tahun: 2031, bobot: 'exact', demografi: true });
      await gagal(sut.createSurvei(admin, { unitId: fx.opdA.id, layanan: 'KTP-el', jenisPeriode: 'tahun', tahun: 2031, bobot: 'exact', demografi: true }), 'SURVEI_GANDA', 409);
      // another layanan of the same unit and period is fine
      await sut.createSurvei(admin, { unitId: fx.opdA.id, layanan: 'KIA', jenisPeriode: 'tahun', tahun: 2031, bobot: 'exact', demografi: true });
    });

    it('should refuse a unit that is not a unit layanan, on field body.unitId', async () => {
      const [u] = await database.db.insert(unitOrganisasi).values({ kode: 'T-A-SUB', nama: 'Subbag Umum', jenis: 'SUBBAG', opdId: fx.opdA.id, parentId: fx.opdA.id }).returning();
      const e = await gagal(sut.createSurvei(admin, { unitId: u!.id, jenisPeriode: 'tahun', tahun: 2032, bobot: 'exact', demografi: true }), 'UNIT_TIDAK_VALID', 400);
      expect(e.errors[0]?.field).toBe('body.unitId');
      await gagal(sut.createSurvei(admin, { unitId: 999_999, jenisPeriode: 'tahun', tahun: 2032, bobot: 'exact', demografi: true }), 'UNIT_TIDAK_VALID', 400);
    });

    it('should let an admin OPD create only for units of their own OPD, and list only those', async () => {
      await gagal(sut.createSurvei(adminOpd, { unitId: fx.opdB.id, jenisPeriode: 'tahun', tahun: 2033, bobot: 'exact', demografi: true }), 'DI_LUAR_OPD', 403);
      const a = await sut.createSurvei(adminOpd, { unitId: fx.opdA.id, jenisPeriode: 'tahun', tahun: 2033, bobot: 'exact', demografi: true });
      const b = await sut.createSurvei(admin, { unitId: fx.opdB.id, jenisPeriode: 'tahun', tahun: 2033, bobot: 'exact', demografi: true });
      const q = { tahun: 2033, page: 1, per_page: 50 };
      expect((await sut.listSurvei(adminOpd, q)).items.map((s) => s.id)).toEqual([a.id]);
      expect((await sut.listSurvei(pimpinan, q)).items.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
      expect((await sut.listSurvei(admin, q)).total).toBe(2);
      await gagal(sut.getSurvei(adminOpd, b.id), 'DI_LUAR_OPD', 403);
      await gagal(sut.getHasil(adminOpd, b.id), 'DI_LUAR_OPD', 403);
      await gagal(sut.updateSurvei(adminOpd, b.id, { status: 'ditutup' }), 'DI_LUAR_OPD', 403);
      await gagal(sut.updateSurvei(pimpinan, b.id, { status: 'ditutup' }), 'DILARANG', 403);
      expect((await sut.listUnit(adminOpd)).map((u) => u.id)).toEqual([fx.opdA.id]);
      expect((await sut.listUnit(admin)).map((u) => u.id)).toEqual(expect.arrayContaining([fx.opdA.id, fx.opdB.id]));
    });

    it('should paginate', async () => {
      const p1 = await sut.listSurvei(admin, { page: 1, per_page: 2 });
      const p2 = await sut.listSurvei(admin, { page: 2, per_page: 2 });
      expect(p1.items).toHaveLength(2);
      expect(p1.total).toBeGreaterThanOrEqual(4);
      expect(p2.page).toBe(2);
      expect(p2.items.map((s) => s.id)).not.toContain(p1.items[0]!.id);
    });

    it('should update and audit only what changed', async () => {
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, jenisPeriode: 'semester', tahun: 2034, ke: 1, bobot: 'exact', demografi: true });
      const u = await sut.updateSurvei(admin, s.id, { populasi: 1000, status: 'ditutup', judul: s.judul });
      expect(u).toMatchObject({ populasi: 1000, status: 'ditutup', judul: s.judul });
      const [a] = await queryRows<{ data: { sebelum: object; sesudah: object } }>(database.db, sql`select data from audit_log where aksi = 'skm.survei.ubah' and entitas_id = ${String(s.id)}`);
      // a status change also records how many responses were stored at that moment
      expect(a?.data).toEqual({ sebelum: { populasi: null, status: 'aktif' }, sesudah: { populasi: 1000, status: 'ditutup' }, respon: 0 });
    });
  });

  describe('getHasil — IKM computed in SQL equals the domain computation', () => {
    it.each(['exact', '0.111', '0.11'] as const)('should match computeIkm over the same answers with bobot %s', async (bobot) => {
      pada('2035-02-15T10:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdA.id, layanan: `uji-${bobot}`, jenisPeriode: 'triwulan', tahun: 2035, ke: 1, bobot, populasi: 300, demografi: true });
      const rnd = prng(bobot.length * 7919);
      const answers: IkmResponse[] = [];
      const lines = ['U1,U2,U3,U4,U5,U6,U7,U8,U9'];
      for (let i = 0; i < 61; i++) {
        const r: IkmResponse = {};
        for (const k of UNSUR_KODE) r[k] = rnd() < 0.08 ? null : 1 + Math.floor(rnd() * 4);
        answers.push(r);
        lines.push(UNSUR_KODE.map((k) => r[k] ?? '').join(','));
      }
      // 2 web responses too (through the open link)
      for (const n of [4, 2]) {
        await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(n) }, { ip: `10.0.0.${n}`, userAgent: 'uji' });
        answers.push(Object.fromEntries(UNSUR_KODE.map((k) => [k, n])));
      }
      await sut.imporKertas(admin, s.id, csv(lines));
      const h = await sut.getHasil(admin, s.id);
      const expected = computeIkm({ responses: answers, bobot });
      expect(h.hasil.responden).toBe(63);
      expect(h.hasil.ikm).toBe(expected.ikm);
      expect(h.hasil.mutu).toBe(expected.mutu);
      expect(h.hasil.kinerja).toBe(expected.kinerja);
      expect(h.hasil.bobot).toBe(bobot);
      for (const u of expected.perUnsur) {
        const got = h.hasil.perUnsur.find((x) => x.kode === u.kode)!;
        expect(got).toEqual({ kode: u.kode, nama: u.nama, nrr: u.nrr, nilaiKonversi: u.nilaiKonversi, mutu: u.mutu, jumlahJawaban: u.jumlahJawaban });
      }
      const lowest = [...expected.perUnsur].sort((a, b) => a.nrr - b.nrr)[0]!;
      expect(h.hasil.unsurTerlemah).toBe(lowest.kode);
      expect(h.survei).toMatchObject({ responden: 63, ikm: expected.ikm, mutu: expected.mutu });
      expect(h.progres).toEqual({ populasi: 300, target: 169, responden: 63, persen: 37.2, tercapai: false });
    });

    it('should show a rounded bobot below 100 for all-4 answers (0.11 → 99.00)', async () => {
      pada('2035-05-15T10:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, jenisPeriode: 'triwulan', tahun: 2035, ke: 2, bobot: '0.11', demografi: true });
      await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, { ip: '10.1.1.1', userAgent: 'uji' });
      expect((await sut.getHasil(admin, s.id)).hasil).toMatchObject({ ikm: 99, mutu: 'A' });
      await sut.updateSurvei(admin, s.id, { bobot: 'exact' });
      expect((await sut.getHasil(admin, s.id)).hasil).toMatchObject({ ikm: 100, mutu: 'A' });
    });

    it('should return null IKM without responses, and per-unsur values when an unsur has no answer', async () => {
      pada('2035-08-15T10:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, jenisPeriode: 'triwulan', tahun: 2035, ke: 3, bobot: 'exact', demografi: true });
      const kosong = await sut.getHasil(admin, s.id);
      expect(kosong.hasil).toMatchObject({ responden: 0, ikm: null, mutu: null, kinerja: null, unsurTerlemah: null });
      expect(kosong.hasil.perUnsur.every((u) => u.nrr === null && u.jumlahJawaban === 0)).toBe(true);
      expect(kosong.progres).toEqual({ populasi: null, target: null, responden: 0, persen: null, tercapai: false });
      await sut.imporKertas(admin, s.id, csv(['U1,U2,U3,U4,U5,U6,U7,U8,U9', '4,3,2,4,4,4,4,,4', '4,3,3,4,4,4,4,,4']));
      const h = await sut.getHasil(admin, s.id);
      expect(h.hasil.ikm).toBeNull();
      expect(h.hasil.perUnsur.find((u) => u.kode === 'U8')).toMatchObject({ nrr: null, jumlahJawaban: 0 });
      expect(h.hasil.perUnsur.find((u) => u.kode === 'U3')).toMatchObject({ nrr: 2.5, nilaiKonversi: 62.5, mutu: 'D', jumlahJawaban: 2 });
      expect(h.hasil.unsurTerlemah).toBe('U3');
    });

    it('should count demographics, list the non-empty saran and give the trend of the same unit + layanan', async () => {
      pada('2036-02-15T10:00:00+07:00');
      const mk = (ke: number) => sut.createSurvei(admin, { unitId: fx.opdA.id, layanan: 'Akta', jenisPeriode: 'triwulan', tahun: 2036, ke, bobot: 'exact', demografi: true });
      const t2 = await mk(2);
      const t1 = await mk(1);
      await sut.kirimRespon(t1.kode, { jawaban: jawabanSemua(3) }, { ip: '10.2.0.1', userAgent: 'a' });
      const d = (iso: string) => new Date(iso);
      await sut.kirimRespon(t2.kode, { jawaban: jawabanSemua(4), jenisKelamin: 'P', usia: '30-39', saran: '  Ruang tunggu panas  ' }, { ip: '10.2.0.2', userAgent: 'a' }, d('2036-04-02T10:00:00+07:00'));
      await sut.kirimRespon(t2.kode, { jawaban: jawabanSemua(4), jenisKelamin: 'P', saran: 'Tambah loket' }, { ip: '10.2.0.3', userAgent: 'a' }, d('2036-04-03T10:00:00+07:00'));
      await sut.kirimRespon(t2.kode, { jawaban: jawabanSemua(3), jenisKelamin: 'L', saran: '   ' }, { ip: '10.2.0.4', userAgent: 'a' }, d('2036-04-04T10:00:00+07:00'));
      const h = await sut.getHasil(admin, t2.id);
      expect(h.tren.map((t) => [t.periodeLabel, t.responden])).toEqual([['Triwulan I 2036', 1], ['Triwulan II 2036', 3]]);
      expect(h.tren[0]).toMatchObject({ surveiId: t1.id, ikm: 75, mutu: 'C' });
      // trimmed, blanks dropped; the order is keyed pseudo-random (never by time), so compare as a set
      expect([...h.saran].sort()).toEqual(['Ruang tunggu panas', 'Tambah loket']);
      expect(h.demografi.jenisKelamin).toEqual([{ nilai: 'L', jumlah: 1 }, { nilai: 'P', jumlah: 2 }]);
      expect(h.demografi.usia).toContainEqual({ nilai: '30-39', jumlah: 1 });
      expect(h.demografi.usia).toContainEqual({ nilai: 'Tidak diisi', jumlah: 2 });
      expect(h.demografi.pekerjaan).toContainEqual({ nilai: 'Tidak diisi', jumlah: 3 });
    });

    it('should not store demographics when the survey does not ask them', async () => {
      pada('2036-02-15T10:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdA.id, layanan: 'tanpa-demografi', jenisPeriode: 'tahun', tahun: 2036, bobot: 'exact', demografi: false });
      await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(3), jenisKelamin: 'L', usia: '<20' }, { ip: '10.3.0.1', userAgent: 'a' });
      const rows = await queryRows<{ jenis_kelamin: string | null; usia: string | null }>(database.db, sql`select jenis_kelamin, usia from skm_respon where survei_id = ${s.id}`);
      expect(rows).toEqual([{ jenis_kelamin: null, usia: null }]);
    });
  });

  describe('kirimRespon — anti-stuffing on open links', () => {
    it('should accept maxPerHari responses per fingerprint per day and refuse the next with 429, saving nothing', async () => {
      pada('2037-05-10T09:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, layanan: 'stuffing', jenisPeriode: 'tahun', tahun: 2037, bobot: 'exact', demografi: true });
      const now = new Date('2037-05-10T09:00:00+07:00');
      const klien = { ip: '198.51.100.7', userAgent: 'Mozilla/5.0 (uji)' };
      for (let i = 0; i < 3; i++) await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, klien, now);
      const e = await gagal(sut.kirimRespon(s.kode, { jawaban: jawabanSemua(1) }, klien, now), 'BATAS_HARIAN', 429);
      expect(e.message).toMatch(/hari ini/);
      // another device, or the next day, is counted separately
      await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, { ...klien, userAgent: 'Lain' }, now);
      await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, klien, new Date('2037-05-11T09:00:00+07:00'));
      expect((await sut.getHasil(admin, s.id)).hasil.responden).toBe(5);
      // the counter holds only a keyed hash; it never holds the IP or the agent
      const pembatas = await queryRows<{ sidik: string; jumlah: number; tanggal: string }>(database.db, sql`select sidik, jumlah, tanggal::text as tanggal from skm_pembatas`);
      expect(JSON.stringify(pembatas)).not.toContain('198.51.100.7');
      expect(pembatas.find((p) => Number(p.jumlah) === 3)?.sidik).toMatch(/^[0-9a-f]{64}$/);
      // two days later the old counters are purged
      await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, klien, new Date('2037-05-13T09:00:00+07:00'));
      const sisa = await queryRows<{ tanggal: string }>(database.db, sql`select tanggal::text as tanggal from skm_pembatas`);
      expect(sisa.every((p) => p.tanggal >= '2037-05-12')).toBe(true);
    });

    it('should save an Idempotency-Key replay once and not count it against the cap', async () => {
      pada('2037-05-10T09:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, layanan: 'idempoten', jenisPeriode: 'tahun', tahun: 2037, bobot: 'exact', demografi: true });
      const klien = { ip: '198.51.100.8', userAgent: 'x', idempotencyKey: 'kunci-idempoten-1' };
      for (let i = 0; i < 5; i++) expect((await sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, klien)).diterima).toBe(true);
      expect((await sut.getHasil(admin, s.id)).hasil.responden).toBe(1);
      await gagal(sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, { ...klien, idempotencyKey: 'pendek' }), 'VALIDASI', 400);
    });

    it('should refuse unknown, draft and closed surveys with 404', async () => {
      pada('2037-05-10T09:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, layanan: 'tutup', jenisPeriode: 'tahun', tahun: 2037, bobot: 'exact', demografi: true });
      await sut.updateSurvei(admin, s.id, { status: 'ditutup' });
      await gagal(sut.kirimRespon(s.kode, { jawaban: jawabanSemua(4) }, { ip: '1.1.1.1', userAgent: '' }), 'SURVEI_TIDAK_DITEMUKAN', 404);
      await gagal(sut.getSurveiPublik(s.kode), 'SURVEI_TIDAK_DITEMUKAN', 404);
      await gagal(sut.getSurveiPublik('tidakada'), 'SURVEI_TIDAK_DITEMUKAN', 404);
      await sut.updateSurvei(admin, s.id, { status: 'draf' });
      await gagal(sut.getSurveiPublik(s.kode), 'SURVEI_TIDAK_DITEMUKAN', 404);
      await sut.updateSurvei(admin, s.id, { status: 'aktif' });
      expect((await sut.getSurveiPublik(s.kode)).unsur.find((u) => u.kode === 'U4')?.pilihan[3]).toEqual({ nilai: 4, label: 'Gratis' });
      expect((await sut.listSurveiPublik()).map((x) => x.kode)).toContain(s.kode);
    });
  });

  describe('createUndangan / kirimResponUndangan', () => {
    let s: Awaited<ReturnType<typeof sut.createSurvei>>;
    const now = new Date();
    beforeAll(async () => {
      const tahun = Number(tanggalWib(now).slice(0, 4));
      s = await sut.createSurvei(admin, { unitId: fx.opdA.id, layanan: 'Antrian', jenisPeriode: 'tahun', tahun, bobot: 'exact', demografi: true });
    });

    it('should issue a token stored only as its SHA-256 and accept exactly one response', async () => {
      const u = await createUndangan(database.db, { surveiId: s.id, sumber: 'antrian', sumberRef: 'tiket-1', konteks: { lokasi: 'MPP', loket: 3, petugas: 'Budi', rahasia: 'x' } as never });
      expect(u.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(u.tautan).toBe(`/survei/${s.kode}?undangan=${u.token}`);
      const stored = await queryRows<{ token_hash: string }>(database.db, sql`select token_hash from skm_undangan where sumber_ref = 'tiket-1'`);
      expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored[0]!.token_hash).not.toContain(u.token);
      expect((await sut.getUndanganPublik(u.token)).kode).toBe(s.kode);
      await sut.kirimResponUndangan(u.token, { jawaban: jawabanSemua(4) });
      await gagal(sut.kirimResponUndangan(u.token, { jawaban: jawabanSemua(1) }), 'UNDANGAN_TERPAKAI', 410);
      await gagal(sut.getUndanganPublik(u.token), 'UNDANGAN_TERPAKAI', 410);
      const rows = await database.db.select().from(skmRespon).where(sql`${skmRespon.surveiId} = ${s.id} and ${skmRespon.kanal} = 'undangan'`);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.konteks).toEqual({ lokasi: 'MPP', loket: 3, petugas: 'Budi' });
    });

    it('should let only one of two concurrent submissions with the same token win', async () => {
      const u = await createUndangan(database.db, { surveiId: s.id, sumber: 'antrian', sumberRef: 'tiket-balapan' });
      const results = await Promise.allSettled([
        sut.kirimResponUndangan(u.token, { jawaban: jawabanSemua(2) }),
        sut.kirimResponUndangan(u.token, { jawaban: jawabanSemua(2) }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((rejected.reason as AppError).code).toBe('UNDANGAN_TERPAKAI');
    });

    it('should refuse an expired invitation with 410 and an unknown one with 404', async () => {
      const u = await createUndangan(database.db, { surveiId: s.id, sumber: 'antrian', sumberRef: 'tiket-2', berlakuHari: 1 });
      const nanti = new Date(now.getTime() + 2 * 86_400_000);
      await gagal(sut.getUndanganPublik(u.token, nanti), 'UNDANGAN_KEDALUWARSA', 410);
      await gagal(sut.kirimResponUndangan(u.token, { jawaban: jawabanSemua(4) }, {}, nanti), 'UNDANGAN_KEDALUWARSA', 410);
      await gagal(sut.kirimResponUndangan('A'.repeat(32), { jawaban: jawabanSemua(4) }), 'UNDANGAN_TIDAK_DITEMUKAN', 404);
      await gagal(sut.getUndanganPublik('bukan-token'), 'UNDANGAN_TIDAK_DITEMUKAN', 404);
      // still usable today, and the expired attempt changed nothing
      await sut.kirimResponUndangan(u.token, { jawaban: jawabanSemua(4) });
    });

    it('should give one invitation per (sumber, sumberRef) and keep the caller transaction usable', async () => {
      await database.db.transaction(async (tx) => {
        await createUndangan(tx, { surveiId: s.id, sumber: 'layanan', sumberRef: 'permohonan-9' });
        await gagal(createUndangan(tx, { surveiId: s.id, sumber: 'layanan', sumberRef: 'permohonan-9' }), 'UNDANGAN_SUDAH_ADA', 409);
        await createUndangan(tx, { surveiId: s.id, sumber: 'layanan', sumberRef: 'permohonan-10' });
      });
      const [r] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from skm_undangan where sumber = 'layanan'`);
      expect(Number(r!.n)).toBe(2);
    });

    it('should pick the active survey of the unit (+layanan) whose period contains today', async () => {
      const u = await createUndangan(database.db, { unitId: fx.opdA.id, layanan: 'Antrian', sumber: 'antrian', sumberRef: 'tiket-3' });
      expect(u.tautan).toContain(`/survei/${s.kode}?`);
      await gagal(createUndangan(database.db, { unitId: fx.opdB.id, layanan: 'Tidak ada', sumber: 'antrian', sumberRef: 'tiket-4' }), 'SURVEI_AKTIF_TIDAK_ADA', 422);
      await gagal(createUndangan(database.db, { sumber: 'antrian', sumberRef: 'tiket-5' }), 'VALIDASI', 400);
    });

    it('should refuse the invitation of a survey closed meanwhile with 410, leaving it unused', async () => {
      const t = await sut.createSurvei(admin, { unitId: fx.opdB.id, layanan: 'ditutup-nanti', jenisPeriode: 'tahun', tahun: Number(tanggalWib(now).slice(0, 4)), bobot: 'exact', demografi: true });
      const u = await createUndangan(database.db, { surveiId: t.id, sumber: 'antrian', sumberRef: 'tiket-6' });
      await sut.updateSurvei(admin, t.id, { status: 'ditutup' });
      await gagal(sut.kirimResponUndangan(u.token, { jawaban: jawabanSemua(4) }), 'SURVEI_DITUTUP', 410);
      const [r] = await queryRows<{ digunakan: boolean }>(database.db, sql`select digunakan from skm_undangan where sumber_ref = 'tiket-6'`);
      expect(r!.digunakan).toBe(false);
      await gagal(createUndangan(database.db, { surveiId: t.id, sumber: 'antrian', sumberRef: 'tiket-7' }), 'SURVEI_TIDAK_AKTIF', 409);
    });

    it('should print invitations valid until the period end and audit only their number', async () => {
      const list = await sut.buatUndanganCetak(admin, s.id, 3);
      expect(list).toHaveLength(3);
      expect(new Set(list.map((x) => x.token)).size).toBe(3);
      const [a] = await queryRows<{ data: unknown }>(database.db, sql`select data from audit_log where aksi = 'skm.undangan.buat' order by id desc limit 1`);
      expect(a!.data).toEqual({ jumlah: 3 });
      const [k] = await queryRows<{ ok: boolean }>(database.db, sql`select bool_and(kedaluwarsa >= ${`${s.selesai}T23:59:59+07:00`}::timestamptz) as ok from skm_undangan where sumber = 'admin'`);
      expect(k!.ok).toBe(true);
    });
  });

  describe('imporKertas — all or nothing', () => {
    it('should report every bad cell as "baris N, kolom Ux" and save nothing', async () => {
      pada('2038-03-01T09:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, layanan: 'impor', jenisPeriode: 'tahun', tahun: 2038, bobot: 'exact', demografi: true });
      const e = await gagal(sut.imporKertas(admin, s.id, csv(['U1,U2,U3,U4,U5,U6,U7,U8,U9', '4,4,4,4,4,4,4,4,4', '4,4,5,4,4,4,4,4,4', '4,x,4,4,4,4,4,4,4'])), 'IMPOR_TIDAK_VALID', 400);
      expect(e.errors.map((x) => x.field)).toEqual(['baris 3, kolom U3', 'baris 4, kolom U2']);
      expect(e.errors[0]!.message).toMatch(/1–4/);
      expect((await sut.getHasil(admin, s.id)).hasil.responden).toBe(0);

      const kolom = await gagal(sut.imporKertas(admin, s.id, csv(['U1,U2', '4,4'])), 'IMPOR_TIDAK_VALID', 400);
      expect(kolom.errors[0]!.field).toBe('baris 1, kolom U3, U4, U5, U6, U7, U8, U9');
      const ext = await gagal(sut.imporKertas(admin, s.id, { namaBerkas: 'a.xls', isi: Buffer.from('x') }), 'IMPOR_TIDAK_VALID', 400);
      expect(ext.errors[0]).toMatchObject({ field: 'file' });
      await gagal(sut.imporKertas(admin, s.id, { namaBerkas: 'palsu.xlsx', isi: Buffer.from('U1,U2\n') }), 'IMPOR_TIDAK_VALID', 400);
      await gagal(sut.imporKertas(admin, s.id, csv(['U1,U2,U3,U4,U5,U6,U7,U8,U9', ',,,,,,,,'])), 'IMPOR_TIDAK_VALID', 400);
      expect((await sut.getHasil(admin, s.id)).hasil.responden).toBe(0);
    });

    it('should import a valid XLSX (blank = unanswered, blank rows skipped) dated today as kanal kertas, audited', async () => {
      pada('2038-03-01T09:00:00+07:00');
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, layanan: 'impor-xlsx', jenisPeriode: 'tahun', tahun: 2038, bobot: 'exact', demografi: true });
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Data');
      ws.addRow(['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
      ws.addRow([1, 4, 3, 3, 4, 3, 4, 4, 3, 2]);
      ws.addRow([]);
      ws.addRow([2, 3, 3, null, 4, 3, 3, 4, 3, 3]);
      const isi = Buffer.from(await wb.xlsx.writeBuffer());
      expect(await sut.imporKertas(admin, s.id, { namaBerkas: 'KERTAS.XLSX', isi })).toEqual({ diimpor: 2 });
      const rows = await queryRows<{ kanal: string; u3: number | null; tanggal: string }>(database.db, sql`select kanal, u3, tanggal::text as tanggal from skm_respon where survei_id = ${s.id} order by id`);
      expect(rows).toEqual([{ kanal: 'kertas', u3: 3, tanggal: tanggalWib(new Date()) }, { kanal: 'kertas', u3: null, tanggal: tanggalWib(new Date()) }]);
      const [a] = await queryRows<{ data: unknown }>(database.db, sql`select data from audit_log where aksi = 'skm.respon.impor' and entitas_id = ${String(s.id)}`);
      expect(a!.data).toEqual({ jumlah: 2, barisKosong: 1, totalKertas: 2 });
    });
  });

  describe('listPublikasi', () => {
    it('should show, per unit and layanan, the latest non-draft survey that has responses', async () => {
      const [u] = await database.db.insert(unitOrganisasi).values({ kode: 'T-PUB', nama: 'Kecamatan Uji Publikasi', jenis: 'KECAMATAN', isUnitLayanan: true }).returning();
      const mk = (ke: number) => sut.createSurvei(admin, { unitId: u!.id, jenisPeriode: 'triwulan', tahun: 2039, ke, bobot: 'exact', demografi: true });
      const t1 = await mk(1);
      const t2 = await mk(2);
      const t3 = await mk(3); // no responses
      const t4 = await mk(4); // responses but draft
      await sut.kirimRespon(t1.kode, { jawaban: jawabanSemua(2) }, { ip: '10.9.0.1', userAgent: 'p' }, new Date('2039-02-01T10:00:00+07:00'));
      await sut.kirimRespon(t2.kode, { jawaban: jawabanSemua(4) }, { ip: '10.9.0.2', userAgent: 'p' }, new Date('2039-05-01T10:00:00+07:00'));
      await sut.kirimRespon(t4.kode, { jawaban: jawabanSemua(1) }, { ip: '10.9.0.3', userAgent: 'p' }, new Date('2039-11-01T10:00:00+07:00'));
      await sut.updateSurvei(admin, t4.id, { status: 'draf' });
      await sut.updateSurvei(admin, t1.id, { status: 'ditutup' });
      void t3;
      // once Triwulan II has ended (Dec 2039): the latest ended, non-draft survey with responses
      const pub = (await sut.listPublikasi(new Date('2039-12-01T10:00:00+07:00'))).filter((p) => p.unitNama === 'Kecamatan Uji Publikasi');
      expect(pub).toHaveLength(1);
      expect(pub[0]).toMatchObject({ surveiId: t2.id, periodeLabel: 'Triwulan II 2039', responden: 1, kertas: 0, ikm: 100, mutu: 'A', kinerja: 'Sangat Baik', layanan: null });
      expect(pub[0]!.perUnsur).toHaveLength(9);
      // today the 2039 periods are still to come: nothing is published, not even the (early) closed Triwulan I
      const kini = (await sut.listPublikasi()).filter((p) => p.unitNama === 'Kecamatan Uji Publikasi');
      expect(kini).toEqual([]);
    });
  });

  describe('qrSurvei', () => {
    it('should encode the absolute public link, preferring the configured public URL', async () => {
      const s = await sut.createSurvei(admin, { unitId: fx.opdB.id, layanan: 'qr', jenisPeriode: 'tahun', tahun: 2040, bobot: 'exact', demografi: true });
      const opts = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;
      expect(await sut.qrSurvei(s.kode, 'http://localhost:8080')).toBe(await QRCode.toString(`http://localhost:8080/survei/${s.kode}`, opts));
      const services = buildServices(testConfig(), database);
      const withUrl = createSkmService(database.db, { org: services.org, secret: SECRET, publicUrl: 'https://sikap.tanjungbalaikota.go.id' });
      expect(await withUrl.qrSurvei(s.kode, 'http://evil.example')).toBe(await QRCode.toString(`https://sikap.tanjungbalaikota.go.id/survei/${s.kode}`, opts));
      await gagal(sut.qrSurvei('tidakada', 'http://x'), 'SURVEI_TIDAK_DITEMUKAN', 404);
    });
  });

  it('should expose the error codes it documents', () => {
    expect(SkmErrors.UNDANGAN_TERPAKAI().status).toBe(410);
    expect(SkmErrors.BATAS_HARIAN().status).toBe(429);
  });
});
