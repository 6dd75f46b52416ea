import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth.ts';
import type { Distribusi, PenilaianBody } from '../../../contracts/kinerja-penilaian.ts';
import type { Predikat, Rating } from '../../../domain/kinerja/predikat.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.table.ts';
import { akun } from '../auth/auth.table.ts';
import { ensureHariLibur } from '../kalender/index.ts';
import { notifikasiOutbox } from '../notifikasi/notifikasi.table.ts';
import { seedPenilaianUji } from './kinerja.penilaian.testing.ts';
import { kinerjaKeberatan, kinerjaPenetapan, kinerjaPenilaian, kinerjaPredikatOrganisasi, kinerjaTahun } from './kinerja.table.ts';

type H = Record<string, string>;
type Galat = { code: string; status: number; errors?: Array<{ field: string; message: string }> };

/** Mon 30 Nov 2026 10:00 WIB: November has started, December has not. */
const SENIN = waktuWib('2026-11-30', '10:00');
/** Penetapan: Mon 21 Dec 2026 10:00 WIB → 14 working days (Natal, cuti bersama, new year, Isra Mikraj skipped) → 14 Jan 2027. */
const PENETAPAN = waktuWib('2026-12-21', '10:00');

describe('kinerja penilaian (ratings, predikat, distribusi, ringkasan, penetapan, keberatan)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedPenilaianUji>>;
  const h: Record<string, H> = {};
  const svc = () => t.app.services.kinerja.penilaian;
  const api = (method: 'GET' | 'PUT' | 'POST', url: string, who: string | null, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: who ? h[who] : {}, payload });
  const pengguna = async (username: string) => {
    const [a] = await t.db.select().from(akun).where(eq(akun.username, username));
    return { akunId: a!.id, roles: a!.roles as Role[], pegawaiId: a!.pegawaiId, opdId: a!.opdId };
  };
  const galat = async (p: Promise<unknown>): Promise<Galat> => {
    try {
      await p;
    } catch (e) {
      return e as Galat;
    }
    throw new Error('expected an error');
  };
  /** Everything the rating part writes, to prove a refusal changed nothing. */
  const jejak = async () => JSON.stringify([
    await t.db.select().from(kinerjaPenilaian).orderBy(kinerjaPenilaian.id),
    await t.db.select().from(kinerjaPredikatOrganisasi).orderBy(kinerjaPredikatOrganisasi.id),
    await t.db.select().from(kinerjaPenetapan).orderBy(kinerjaPenetapan.id),
    await t.db.select().from(kinerjaKeberatan).orderBy(kinerjaKeberatan.id),
    (await t.db.select({ n: count() }).from(notifikasiOutbox))[0]!.n,
    (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
  ]);
  const baris = async (skpId: number, ke: number) =>
    (await t.db.select().from(kinerjaPenilaian).where(and(eq(kinerjaPenilaian.skpId, skpId), eq(kinerjaPenilaian.periodeKe, ke))))[0];
  const nilaiSvc = async (username: string, skpId: number, ke: number, hk: Rating, pk: Rating, now = SENIN) => {
    const ada = await baris(skpId, ke);
    return svc().nilai(await pengguna(username), skpId, ke, { ratingHasilKerja: hk, ratingPerilaku: pk, revisi: ada?.revisi }, now);
  };

  beforeAll(async () => {
    t = await createTestApp();
    u = await seedPenilaianUji(t.db, t.fixture);
    await ensureHariLibur(t.db);
    for (const who of ['admin', 'admin_opd', 'atasan', 'pegawai', 'pimpinan', 'kabid', 'sekda', 'b1', 'b2', 'luar', 'luar2', 'atasan_luar', 'admin_opd_b']) {
      h[who] = await loginAs(t.app, who);
    }
  });
  afterAll(async () => { await t?.close(); });

  // ------------------------------------------------------------------------------------------ penilaian

  describe('PUT /kinerja/skp/:id/penilaian/:ke', () => {
    it.each([
      [1, 'di_atas', 'di_bawah', 'kurang'],
      [2, 'di_atas', 'sesuai', 'baik'],
      [3, 'di_atas', 'di_atas', 'sangat_baik'],
      [4, 'sesuai', 'di_bawah', 'kurang'],
      [5, 'sesuai', 'sesuai', 'baik'],
      [6, 'sesuai', 'di_atas', 'baik'],
      [7, 'di_bawah', 'di_bawah', 'sangat_kurang'],
      [8, 'di_bawah', 'sesuai', 'butuh_perbaikan'],
      [9, 'di_bawah', 'di_atas', 'butuh_perbaikan'],
    ] as const)('should give the matrix predikat through the API — month %i: hasil kerja %s × perilaku %s → %s', async (ke, hk, pk, predikat) => {
      const res = await api('PUT', `/kinerja/skp/${u.skp.b[0]!.id}/penilaian/${ke}`, 'kabid', { ratingHasilKerja: hk, ratingPerilaku: pk });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ periodeKe: ke, jenisPeriode: 'bulanan', predikatMatriks: predikat, predikat, alasanPredikat: null, revisi: 0 });
      expect(res.json().penilai).toEqual({ id: u.orang.kabid.id, nama: 'Kabid Uji' });
      expect((await baris(u.skp.b[0]!.id, ke))).toMatchObject({ predikat, predikatMatriks: predikat, opdId: t.fixture.opdA.id, unitId: u.unit.bidang1.id, tahun: 2026 });
    });

    it('should notify the pegawai once per revision and audit the rating', async () => {
      const r = (await baris(u.skp.b[0]!.id, 1))!;
      const pesan = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `kinerja.dinilai:${r.id}:0`));
      expect(pesan).toHaveLength(1);
      expect(pesan[0]).toMatchObject({ templat: 'kinerja.dinilai', status: 'menunggu' });
      expect(pesan[0]!.data).toEqual({ periode: 'Januari 2026', predikat: 'Kurang/Misconduct', tautan: `/app/kinerja/skp/${u.skp.b[0]!.id}/periode/1` });
      const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.aksi, 'kinerja.nilai'), eq(auditLog.entitasId, String(r.id))));
      expect(audit).toHaveLength(1);
    });

    it('should keep a predikat other than the matrix only with a reason of at least 10 characters (400 naming alasanPredikat, nothing stored)', async () => {
      const url = `/kinerja/skp/${u.skp.b[1]!.id}/penilaian/1`;
      const body: PenilaianBody = { ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', predikat: 'baik' };
      const sebelum = await jejak();
      for (const alasanPredikat of [undefined, null, '', 'singkat', '   sembilan  ', '123456789']) {
        const res = await api('PUT', url, 'kabid', { ...body, alasanPredikat });
        expect(res.statusCode, String(alasanPredikat)).toBe(400);
        expect(res.json().code).toBe('ALASAN_PREDIKAT_WAJIB');
        expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.alasanPredikat' })]);
      }
      expect(await jejak()).toBe(sebelum);
      const ok = await api('PUT', url, 'kabid', { ...body, alasanPredikat: '  1234567890  ' });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ predikatMatriks: 'sangat_baik', predikat: 'baik', alasanPredikat: '1234567890' });
    });

    it('should drop a reason when the chosen predikat is the matrix one', async () => {
      const r = (await baris(u.skp.b[1]!.id, 1))!;
      const res = await api('PUT', `/kinerja/skp/${u.skp.b[1]!.id}/penilaian/1`, 'kabid', {
        ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', predikat: 'baik', alasanPredikat: 'tidak diperlukan di sini', revisi: r.revisi,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ predikatMatriks: 'baik', predikat: 'baik', alasanPredikat: null, revisi: r.revisi + 1 });
    });

    it('should refuse a missing or stale revisi with 409 REVISI_USANG and change nothing', async () => {
      const url = `/kinerja/skp/${u.skp.b[1]!.id}/penilaian/1`;
      const r = (await baris(u.skp.b[1]!.id, 1))!;
      const sebelum = await jejak();
      for (const revisi of [undefined, r.revisi - 1, r.revisi + 1]) {
        const res = await api('PUT', url, 'kabid', { ratingHasilKerja: 'di_bawah', ratingPerilaku: 'sesuai', revisi });
        expect(res.statusCode).toBe(409);
        expect(res.json().code).toBe('REVISI_USANG');
      }
      expect(await jejak()).toBe(sebelum);
      const ok = await api('PUT', url, 'kabid', { ratingHasilKerja: 'di_bawah', ratingPerilaku: 'sesuai', revisi: r.revisi });
      expect(ok.json()).toMatchObject({ predikat: 'butuh_perbaikan', revisi: r.revisi + 1 });
    });

    it('should let only the penilai rate: 403 for the other readers, 404 for strangers and unknown SKPs — nothing changed', async () => {
      const url = `/kinerja/skp/${u.skp.b[2]!.id}/penilaian/1`;
      const body = { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' };
      const sebelum = await jejak();
      // pemilik, atasan penilai (kepala), atasan above (sekda), admin OPD of the OPD, BKPSDM
      const b3 = await pengguna('b1');
      expect((await galat(svc().nilai({ ...b3, pegawaiId: u.orang.b[2]!.id }, u.skp.b[2]!.id, 1, body as PenilaianBody, SENIN))).code).toBe('AKSES_DITOLAK');
      for (const who of ['atasan', 'sekda', 'admin_opd', 'admin']) {
        const res = await api('PUT', url, who, body);
        expect(res.statusCode, who).toBe(403);
        expect(res.json().code, who).toBe('AKSES_DITOLAK');
      }
      for (const who of ['b1', 'luar', 'admin_opd_b', 'pegawai']) {
        const res = await api('PUT', url, who, body);
        expect(res.statusCode, who).toBe(404);
        expect(res.json().code, who).toBe('SKP_TIDAK_DITEMUKAN');
      }
      expect((await api('PUT', '/kinerja/skp/999999/penilaian/1', 'kabid', body)).statusCode).toBe(404);
      expect((await api('PUT', url, null, body)).statusCode).toBe(401);
      expect(await jejak()).toBe(sebelum);
    });

    it('should refuse bad input with 400 naming the field, and a period outside the year kind', async () => {
      const url = (ke: number | string, id = u.skp.b[2]!.id) => `/kinerja/skp/${id}/penilaian/${ke}`;
      const sebelum = await jejak();
      const cek = async (ke: number | string, payload: object, field: string) => {
        const res = await api('PUT', url(ke), 'kabid', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      };
      await cek(1, { ratingHasilKerja: 'bagus', ratingPerilaku: 'sesuai' }, 'body.ratingHasilKerja');
      await cek(1, { ratingHasilKerja: 'sesuai' }, 'body.ratingPerilaku');
      await cek(1, { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', predikat: 'luar_biasa', alasanPredikat: 'alasan yang panjang' }, 'body.predikat');
      await cek(13, { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' }, 'params.ke');
      await cek(-1, { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' }, 'params.ke');
      // a year on semesters has periods 1–2 only
      await t.db.insert(kinerjaTahun).values({ tahun: 2030, jenisPeriode: 'semesteran' });
      const p = await pengguna('kabid');
      const g = await galat(svc().nilai(p, u.skp.x.masaDepan.id, 3, { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' }, waktuWib('2030-12-01', '10:00')));
      expect(g).toMatchObject({ code: 'PERIODE_TIDAK_VALID', status: 400, errors: [{ field: 'params.ke', message: 'harus 0–2' }] });
      await t.db.delete(kinerjaTahun).where(eq(kinerjaTahun.tahun, 2030));
      expect(await jejak()).toBe(sebelum);
    });

    it('should answer 409 for a draft SKP, a period outside the SKP, a replaced SKP\'s year and a period not yet started', async () => {
      const sebelum = await jejak();
      const body = { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' };
      const kode = async (id: number, ke: number) => {
        const res = await api('PUT', `/kinerja/skp/${id}/penilaian/${ke}`, 'kabid', body);
        expect(res.statusCode, res.body).toBe(409);
        return res.json().code;
      };
      expect(await kode(u.skp.x.draft.id, 1)).toBe('SKP_BELUM_DISETUJUI');
      expect(await kode(u.skp.x.mutasi.id, 7)).toBe('PERIODE_DI_LUAR_SKP');
      expect(await kode(u.skp.x.mutasi.id, 0)).toBe('SKP_TIDAK_AKTIF');
      expect(await kode(u.skp.x.masaDepan.id, 1)).toBe('PERIODE_BELUM_MULAI');
      expect(await kode(u.skp.x.tanpaPeriodik.id, 0)).toBe('BELUM_ADA_PENILAIAN_PERIODIK');
      // the period starts at 00:00 WIB on its first day
      const p = await pengguna('kabid');
      const g = await galat(svc().nilai(p, u.skp.x.mutasi.id, 4, body as PenilaianBody, new Date('2026-03-31T16:59:59Z')));
      expect(g.code).toBe('PERIODE_BELUM_MULAI');
      expect(await jejak()).toBe(sebelum);
      const ok = await svc().nilai(p, u.skp.x.mutasi.id, 4, body as PenilaianBody, new Date('2026-03-31T17:00:00Z'));
      expect(ok).toMatchObject({ periodeKe: 4, label: 'April 2026', predikat: 'baik' });
    });

    it('should rate the year once there is a periodic penilaian (no notification before penetapan)', async () => {
      await nilaiSvc('kabid', u.skp.x.tanpaPeriodik.id, 2, 'sesuai', 'sesuai');
      const res = await api('PUT', `/kinerja/skp/${u.skp.x.tanpaPeriodik.id}/penilaian/0`, 'kabid', { ratingHasilKerja: 'di_atas', ratingPerilaku: 'sesuai' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ periodeKe: 0, jenisPeriode: 'tahunan', label: 'Tahunan 2026', predikat: 'baik', ditetapkanAt: null, batasKeberatan: null });
      expect(await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `kinerja.dinilai:${res.json().id}:0`))).toHaveLength(0);
    });
  });

  describe('GET /kinerja/skp/:id/penilaian', () => {
    it('should show the pemilik every period with its predikat, and the penilai what they may do', async () => {
      const res = await api('GET', `/kinerja/skp/${u.skp.b[0]!.id}/penilaian`, 'b1');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const b = res.json();
      expect(b).toMatchObject({ relasi: 'pemilik', tahun: 2026, jenisPeriode: 'bulanan', izin: { nilai: false }, saranHasilKerja: null });
      expect(b.periode).toHaveLength(12);
      expect(b.periode.slice(0, 9).map((x: { penilaian: { predikat: Predikat } }) => x.penilaian.predikat)).toEqual([
        'kurang', 'baik', 'sangat_baik', 'kurang', 'baik', 'baik', 'sangat_kurang', 'butuh_perbaikan', 'butuh_perbaikan',
      ]);
      expect(b.periode[0]).toMatchObject({ ke: 1, label: 'Januari 2026', mulai: '2026-01-01', selesai: '2026-01-31', dalamSkp: true, dimulai: true });
      expect(b.tahunan).toMatchObject({ label: 'Tahunan 2026', penilaian: null, bolehDinilai: false, bolehKeberatan: false, ditetapkan: null, keberatan: [] });
      const penilai = (await api('GET', `/kinerja/skp/${u.skp.b[0]!.id}/penilaian`, 'kabid')).json();
      expect(penilai).toMatchObject({ relasi: 'penilai', izin: { nilai: true }, tahunan: { bolehDinilai: true, alasanTidakBoleh: null } });
      const mutasi = (await api('GET', `/kinerja/skp/${u.skp.x.mutasi.id}/penilaian`, 'kabid')).json();
      expect(mutasi.periode.map((x: { dalamSkp: boolean }) => x.dalamSkp)).toEqual([...Array(6).fill(true), ...Array(6).fill(false)]);
      expect(mutasi.tahunan).toMatchObject({ bolehDinilai: false, alasanTidakBoleh: 'SKP ini sudah digantikan (mutasi/promosi).' });
    });

    it('should let the readers in the tree read, and answer 404 to everyone else', async () => {
      const url = `/kinerja/skp/${u.skp.b[0]!.id}/penilaian`;
      for (const [who, relasi] of [['atasan', 'atasan_penilai'], ['sekda', 'atasan_atas'], ['admin_opd', 'admin_opd'], ['admin', 'admin']] as const) {
        const res = await api('GET', url, who);
        expect(res.statusCode, who).toBe(200);
        expect(res.json().relasi).toBe(relasi);
      }
      for (const who of ['b2', 'luar', 'admin_opd_b', 'pegawai', 'pimpinan']) expect((await api('GET', url, who)).statusCode, who).toBe(404);
      expect((await api('GET', '/kinerja/skp/999999/penilaian', 'admin')).statusCode).toBe(404);
    });
  });

  // ------------------------------------------------------------------------------------------ predikat organisasi + distribusi

  describe('predikat organisasi and the distribution view', () => {
    const dist = async (who: string, q: string) => {
      const res = await api('GET', `/kinerja/distribusi?${q}`, who);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Distribusi;
    };
    const unitRow = (d: Distribusi, id: number) => d.unit.find((x) => x.unit.id === id)!;

    beforeAll(async () => {
      // October: all ten Baik. November: 7 Baik, 2 Sangat Baik, 1 Butuh Perbaikan (fits "Baik").
      for (const s of u.skp.b) await nilaiSvc('kabid', s.id, 10, 'sesuai', 'sesuai');
      for (const [i, s] of u.skp.b.entries()) {
        const [hk, pk]: [Rating, Rating] = i < 7 ? ['sesuai', 'sesuai'] : i < 9 ? ['di_atas', 'di_atas'] : ['di_bawah', 'sesuai'];
        await nilaiSvc('kabid', s.id, 11, hk, pk);
      }
    });

    it('should let the head of the parent unit, the admin OPD and BKPSDM set a unit\'s predikat — and the kepala OPD\'s atasan the OPD\'s', async () => {
      const b1 = `/kinerja/organisasi/${u.unit.bidang1.id}/2026/10`;
      const res = await api('PUT', b1, 'atasan', { predikat: 'baik', capaian: 'Capaian PK 98%' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ unitId: u.unit.bidang1.id, tahun: 2026, periodeKe: 10, predikat: 'baik', capaian: 'Capaian PK 98%', alasanPertahankan: null, oleh: 'Kepala Uji' });
      const opd = await api('PUT', `/kinerja/organisasi/${t.fixture.opdA.id}/2026/10`, 'sekda', { predikat: 'istimewa' });
      expect(opd.statusCode, opd.body).toBe(200);
      expect(opd.json()).toMatchObject({ predikat: 'istimewa', oleh: 'Sekda Uji' });
      expect((await api('PUT', `/kinerja/organisasi/${u.unit.bidang1.id}/2026/11`, 'admin_opd', { predikat: 'baik' })).statusCode).toBe(200);
      expect((await api('PUT', `/kinerja/organisasi/${u.unit.bidang2.id}/2026/11`, 'admin', { predikat: 'kurang' })).json().oleh).toBe('Akun admin');
      const audit = await t.db.select().from(auditLog).where(eq(auditLog.aksi, 'kinerja.predikat_organisasi'));
      expect(audit.length).toBe(4);
    });

    it('should refuse the others (403 in sight, 404 out of sight), bad values (400) and periods not started (409) — nothing changed', async () => {
      const sebelum = await jejak();
      const put = (who: string, unitId: number, ke: number | string, payload: object, tahun = 2026) =>
        api('PUT', `/kinerja/organisasi/${unitId}/${tahun}/${ke}`, who, payload);
      const r1 = await put('kabid', u.unit.bidang1.id, 10, { predikat: 'istimewa' });
      expect([r1.statusCode, r1.json().code]).toEqual([403, 'PREDIKAT_ORGANISASI_TIDAK_BERWENANG']);
      const r2 = await put('atasan', t.fixture.opdA.id, 10, { predikat: 'istimewa' }); // the kepala does not rate their own OPD
      expect([r2.statusCode, r2.json().code]).toEqual([403, 'PREDIKAT_ORGANISASI_TIDAK_BERWENANG']);
      const r3 = await put('sekda', u.unit.bidang1.id, 10, { predikat: 'istimewa' });
      expect([r3.statusCode, r3.json().code]).toEqual([403, 'PREDIKAT_ORGANISASI_TIDAK_BERWENANG']);
      for (const [who, unitId] of [['kabid', t.fixture.opdA.id], ['admin_opd_b', u.unit.bidang1.id], ['atasan_luar', u.unit.bidang1.id], ['admin', 999999]] as const) {
        const r = await put(who, unitId, 10, { predikat: 'baik' });
        expect([r.statusCode, r.json().code], `${who}`).toEqual([404, 'UNIT_TIDAK_DITEMUKAN']);
      }
      for (const who of ['pegawai', 'pimpinan', 'b1']) expect((await put(who, u.unit.bidang1.id, 10, { predikat: 'baik' })).json().code).toBe('PERAN_TIDAK_CUKUP');
      const r4 = await put('atasan', u.unit.bidang1.id, 10, { predikat: 'luar_biasa' });
      expect(r4.statusCode).toBe(400);
      expect(r4.json().errors[0].field).toBe('body.predikat');
      expect((await put('atasan', u.unit.bidang1.id, 13, { predikat: 'baik' })).json().errors[0].field).toBe('params.ke');
      const r5 = await put('atasan', u.unit.bidang1.id, 1, { predikat: 'baik' }, 2030);
      expect([r5.statusCode, r5.json().code]).toEqual([409, 'PERIODE_BELUM_MULAI']);
      expect(await jejak()).toBe(sebelum);
    });

    it('should show BKPSDM every unit of the OPD with counts rolled up, the predikat organisasi, the warnings and the names', async () => {
      const d = await dist('admin', `opdId=${t.fixture.opdA.id}&tahun=2026&periodeKe=10`);
      expect(d.opd).toEqual({ id: t.fixture.opdA.id, nama: 'Dinas Uji A' });
      expect(d.opdPilihan.map((o) => o.nama)).toEqual(expect.arrayContaining(['Dinas Uji A', 'Dinas Uji B', 'Setda Uji']));
      expect(d.periode).toEqual({ label: 'Oktober 2026', mulai: '2026-10-01', selesai: '2026-10-31' });
      expect(d.unit.map((x) => [x.unit.nama, x.unit.tingkat, x.unit.indukId])).toEqual([
        ['Dinas Uji A', 0, null], ['Bidang Satu', 1, t.fixture.opdA.id], ['Bidang Dua', 1, t.fixture.opdA.id],
      ]);
      const opd = unitRow(d, t.fixture.opdA.id);
      // rated: b×10; not yet: kepala, staf, kabid (OPD/Bidang 1), x.draft, x.tanpaPeriodik (Bidang 2)
      expect(opd).toMatchObject({ jumlah: { baik: 10, sangat_baik: 0 }, total: 10, belumDinilai: 5, predikatOrganisasi: { predikat: 'istimewa', oleh: 'Sekda Uji' } });
      expect(opd.peringatan.map((w) => w.kode)).toEqual(['DOMINAN_BUKAN']);
      expect(opd.pegawai!.map((p) => p.nama)).toEqual(['Kepala Uji', 'Staf Uji']);
      const b1 = unitRow(d, u.unit.bidang1.id);
      expect(b1).toMatchObject({ total: 10, belumDinilai: 1, bolehTetapkanPredikat: true, predikatOrganisasi: { predikat: 'baik', capaian: 'Capaian PK 98%' } });
      expect(b1.peringatan.map((w) => `${w.kode}:${w.persen}`)).toEqual(['MELEBIHI_MAKS:100', 'WAJIB_ADA:0']);
      expect(b1.pegawai).toHaveLength(11);
      expect(b1.pegawai!.find((p) => p.nama === 'Kabid Uji')).toMatchObject({ predikat: null, skpId: u.skp.kabid.id });
      expect(unitRow(d, u.unit.bidang2.id)).toMatchObject({ total: 0, belumDinilai: 2, predikatOrganisasi: null, peringatan: [] });
      expect(d).toMatchObject({ penetapan: null, bolehTetapkan: true });
    });

    it('should show each leader only what they lead, with names, and the right to set predikat per unit', async () => {
      const q = `tahun=2026&periodeKe=10`;
      const kabid = await dist('kabid', q); // default: own OPD
      expect(kabid.opdPilihan.map((o) => o.nama)).toEqual(['Dinas Uji A']);
      expect(kabid.unit.map((x) => x.unit.nama)).toEqual(['Bidang Satu']);
      expect(kabid.unit[0]).toMatchObject({ bolehTetapkanPredikat: false, total: 10 });
      expect(kabid.unit[0]!.pegawai).toHaveLength(11);
      expect(kabid.bolehTetapkan).toBe(false);

      const kepala = await dist('atasan', q);
      expect(kepala.unit.map((x) => [x.unit.nama, x.bolehTetapkanPredikat])).toEqual([['Dinas Uji A', false], ['Bidang Satu', true], ['Bidang Dua', true]]);
      expect(kepala.bolehTetapkan).toBe(true);

      const sekda = await dist('sekda', `opdId=${t.fixture.opdA.id}&${q}`);
      expect(sekda.opdPilihan.map((o) => o.nama).sort()).toEqual(['Dinas Uji A', 'Setda Uji']);
      expect(sekda.unit.map((x) => [x.unit.nama, x.bolehTetapkanPredikat])).toEqual([['Dinas Uji A', true], ['Bidang Satu', false], ['Bidang Dua', false]]);
      expect(sekda.bolehTetapkan).toBe(false);

      const adminOpd = await dist('admin_opd', q);
      expect(adminOpd.unit.every((x) => x.bolehTetapkanPredikat && x.pegawai !== null)).toBe(true);
      expect((await dist('admin_opd_b', q)).opd.nama).toBe('Dinas Uji B');
    });

    it('should drill down to one unit and leave the names out on request', async () => {
      const q = `opdId=${t.fixture.opdA.id}&tahun=2026&periodeKe=10`;
      const satu = await dist('admin', `${q}&unitId=${u.unit.bidang1.id}`);
      expect(satu.unit.map((x) => x.unit.nama)).toEqual(['Bidang Satu']);
      expect(satu.unit[0]!.pegawai).toHaveLength(11);
      const tanpa = await dist('admin', `${q}&pegawai=false`);
      expect(tanpa.unit.map((x) => [x.unit.nama, x.bolehLihatPegawai, x.pegawai, x.total])).toEqual([
        ['Dinas Uji A', true, null, 10], ['Bidang Satu', true, null, 10], ['Bidang Dua', true, null, 0],
      ]);
      const luar = await api('GET', `/kinerja/distribusi?tahun=2026&periodeKe=10&unitId=${t.fixture.opdA.id}`, 'kabid');
      expect([luar.statusCode, luar.json().code, luar.json().errors[0].field]).toEqual([404, 'UNIT_TIDAK_DITEMUKAN', 'querystring.unitId']);
      const salah = await api('GET', `/kinerja/distribusi?${q}&pegawai=mungkin`, 'admin');
      expect([salah.statusCode, salah.json().errors[0].field]).toEqual([400, 'querystring.pegawai']);
    });

    it('should refuse the distribution outside scope (404), to someone who leads nothing (403) and to roles without it (403)', async () => {
      const q = `tahun=2026&periodeKe=10`;
      for (const [who, opdId] of [['admin_opd_b', t.fixture.opdA.id], ['kabid', t.fixture.opdB.id], ['admin', 999999]] as const) {
        const res = await api('GET', `/kinerja/distribusi?opdId=${opdId}&${q}`, who);
        expect([res.statusCode, res.json().code], who).toEqual([404, 'OPD_TIDAK_DITEMUKAN']);
      }
      const luar = await api('GET', `/kinerja/distribusi?${q}`, 'atasan_luar');
      expect([luar.statusCode, luar.json().code]).toEqual([403, 'TIDAK_MEMIMPIN_UNIT']);
      for (const who of ['pegawai', 'pimpinan', 'b1']) expect((await api('GET', `/kinerja/distribusi?${q}`, who)).json().code).toBe('PERAN_TIDAK_CUKUP');
      const bad = await api('GET', '/kinerja/distribusi?tahun=2026&periodeKe=13', 'admin');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('querystring.periodeKe');
      await t.db.insert(kinerjaTahun).values({ tahun: 2025, jenisPeriode: 'triwulanan' });
      const tw = await api('GET', '/kinerja/distribusi?tahun=2025&periodeKe=5', 'admin');
      expect([tw.statusCode, tw.json().errors[0].field]).toEqual([400, 'querystring.periodeKe']);
      await t.db.delete(kinerjaTahun).where(eq(kinerjaTahun.tahun, 2025));
    });

    it('should record a reason to keep an off-pattern distribution with a snapshot of the warnings', async () => {
      const url = (unitId: number, ke: number) => `/kinerja/organisasi/${unitId}/2026/${ke}/pertahankan`;
      const sebelum = await jejak();
      const pendek = await api('POST', url(u.unit.bidang1.id, 10), 'atasan', { alasan: 'pendek' });
      expect([pendek.statusCode, pendek.json().errors[0].field]).toEqual([400, 'body.alasan']);
      const tanpa = await api('POST', url(u.unit.bidang2.id, 10), 'atasan', { alasan: 'Alasan yang cukup panjang' });
      expect([tanpa.statusCode, tanpa.json().code]).toEqual([409, 'PREDIKAT_ORGANISASI_BELUM_ADA']);
      const sesuai = await api('POST', url(u.unit.bidang1.id, 11), 'atasan', { alasan: 'Alasan yang cukup panjang' });
      expect([sesuai.statusCode, sesuai.json().code]).toEqual([409, 'DISTRIBUSI_SESUAI']);
      const bukan = await api('POST', url(u.unit.bidang1.id, 10), 'kabid', { alasan: 'Alasan yang cukup panjang' });
      expect([bukan.statusCode, bukan.json().code]).toEqual([403, 'PREDIKAT_ORGANISASI_TIDAK_BERWENANG']);
      expect(await jejak()).toBe(sebelum);

      const alasan = 'Seluruh tim melampaui target layanan Oktober (pekan pelayanan terpadu).';
      const ok = await api('POST', url(u.unit.bidang1.id, 10), 'atasan', { alasan });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ predikat: 'baik', alasanPertahankan: alasan, oleh: 'Kepala Uji' });
      expect(ok.json().peringatanSaatDipertahankan.map((w: { kode: string }) => w.kode)).toEqual(['MELEBIHI_MAKS', 'WAJIB_ADA']);
      const d = await dist('admin', `opdId=${t.fixture.opdA.id}&tahun=2026&periodeKe=10`);
      const b1 = unitRow(d, u.unit.bidang1.id);
      expect(b1.predikatOrganisasi!.alasanPertahankan).toBe(alasan);
      expect(b1.peringatan).toHaveLength(2); // still warned: a reason explains, it does not hide
      // November fits the "Baik" pattern: no warning
      const nov = await dist('admin', `opdId=${t.fixture.opdA.id}&tahun=2026&periodeKe=11`);
      expect(unitRow(nov, u.unit.bidang1.id)).toMatchObject({ jumlah: { baik: 7, sangat_baik: 2, butuh_perbaikan: 1 }, peringatan: [] });
    });

    it('should sum the city per OPD without a single name (ringkasan)', async () => {
      const res = await api('GET', '/kinerja/ringkasan?tahun=2026&periodeKe=10', 'pimpinan');
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json();
      // SKPs covering October: Dinas A 15, Setda 1, Dinas B 2
      expect(r).toMatchObject({ lingkup: 'kota', periode: { label: 'Oktober 2026' }, kota: { total: 18, dinilai: 10, jumlah: { baik: 10 } } });
      expect(r.opd.find((o: { nama: string }) => o.nama === 'Dinas Uji A')).toEqual({
        id: t.fixture.opdA.id, nama: 'Dinas Uji A', jumlah: { sangat_baik: 0, baik: 10, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
        total: 15, dinilai: 10, predikatOrganisasi: 'istimewa', jumlahPeringatan: 2, jumlahDipertahankan: 1,
      });
      const teks = res.body;
      for (const nama of ['Kepala Uji', 'Staf Uji', 'Kabid Uji', 'Analis Uji', 'Sekda Uji', 'Orang Luar', 'Pegawai']) expect(teks).not.toContain(nama);
      expect(teks).not.toMatch(/nip|skpId|pegawaiId/);
      expect((await api('GET', '/kinerja/ringkasan?tahun=2026&periodeKe=10', 'admin')).json().kota.total).toBe(18);
      const opd = (await api('GET', '/kinerja/ringkasan?tahun=2026&periodeKe=10', 'admin_opd')).json();
      expect(opd.lingkup).toBe('opd');
      expect(opd.opd.map((o: { nama: string }) => o.nama)).toEqual(['Dinas Uji A']);
      expect(opd.kota).toMatchObject({ total: 15, dinilai: 10 });
      expect((await api('GET', '/kinerja/ringkasan?tahun=2026&periodeKe=10', 'admin_opd_b')).json().opd.map((o: { nama: string }) => o.nama)).toEqual(['Dinas Uji B']);
      for (const who of ['atasan', 'kabid', 'pegawai']) expect((await api('GET', '/kinerja/ringkasan?tahun=2026&periodeKe=10', who)).json().code).toBe('PERAN_TIDAK_CUKUP');
      expect((await api('GET', '/kinerja/ringkasan?tahun=2026&periodeKe=99', 'admin')).statusCode).toBe(400);
    });

    it('should clear the recorded reason when the predikat organisasi changes, and keep it when it is set again unchanged', async () => {
      const url = `/kinerja/organisasi/${u.unit.bidang1.id}/2026/10`;
      const sama = await api('PUT', url, 'atasan', { predikat: 'baik' });
      expect(sama.json()).toMatchObject({ alasanPertahankan: expect.stringContaining('Seluruh tim'), capaian: 'Capaian PK 98%' });
      const beda = await api('PUT', url, 'atasan', { predikat: 'istimewa', capaian: null });
      expect(beda.json()).toMatchObject({ predikat: 'istimewa', alasanPertahankan: null, peringatanSaatDipertahankan: null, capaian: null });
    });

    it('should suggest the annual hasil kerja of a head of unit from the unit\'s annual predikat organisasi', async () => {
      expect((await api('GET', `/kinerja/skp/${u.skp.kabid.id}/penilaian`, 'atasan')).json().saranHasilKerja).toBeNull();
      expect((await api('PUT', `/kinerja/organisasi/${u.unit.bidang1.id}/2026/0`, 'atasan', { predikat: 'istimewa' })).statusCode).toBe(200);
      const res = (await api('GET', `/kinerja/skp/${u.skp.kabid.id}/penilaian`, 'atasan')).json();
      expect(res.saranHasilKerja).toMatchObject({ rating: 'di_atas', predikatOrganisasi: 'istimewa', unit: { id: u.unit.bidang1.id, nama: 'Bidang Satu' } });
      expect(res.saranHasilKerja.pesan).toContain('Di Atas Ekspektasi');
      // not for someone who heads nothing
      expect((await api('GET', `/kinerja/skp/${u.skp.b[0]!.id}/penilaian`, 'kabid')).json().saranHasilKerja).toBeNull();
    });
  });

  // ------------------------------------------------------------------------------------------ penetapan + keberatan

  describe('penetapan and keberatan', () => {
    let tahunanB1: number;
    let tahunanB2: number;

    beforeAll(async () => {
      tahunanB1 = (await nilaiSvc('kabid', u.skp.b[0]!.id, 0, 'sesuai', 'di_bawah')).id; // Kurang
      tahunanB2 = (await nilaiSvc('kabid', u.skp.b[1]!.id, 0, 'sesuai', 'sesuai')).id;
    });

    it('should refuse penetapan to those who may not (403 in sight, 404 out of sight) and before any annual penilaian (409)', async () => {
      const sebelum = await jejak();
      const post = (who: string, opdId: number, tahun = 2026) => api('POST', '/kinerja/penetapan', who, { opdId, tahun });
      expect((await post('kabid', t.fixture.opdA.id)).json().code).toBe('PENETAPAN_TIDAK_BERWENANG');
      expect((await post('sekda', t.fixture.opdA.id)).json().code).toBe('PENETAPAN_TIDAK_BERWENANG');
      for (const [who, opdId] of [['admin_opd_b', t.fixture.opdA.id], ['admin', u.unit.bidang1.id], ['admin', 999999]] as const) {
        const r = await post(who, opdId);
        expect([r.statusCode, r.json().code], who).toEqual([404, 'OPD_TIDAK_DITEMUKAN']);
      }
      const kosong = await post('admin', u.unit.setda.id);
      expect([kosong.statusCode, kosong.json().code]).toEqual([409, 'TIDAK_ADA_PENILAIAN_TAHUNAN']);
      const bad = await post('admin', t.fixture.opdA.id, 1999);
      expect([bad.statusCode, bad.json().errors[0].field]).toEqual([400, 'body.tahun']);
      expect((await post('pegawai', t.fixture.opdA.id)).json().code).toBe('PERAN_TIDAK_CUKUP');
      expect(await jejak()).toBe(sebelum);
    });

    it('should lock every annual penilaian of the OPD with a keberatan deadline in working days (Natal, cuti bersama, new year skipped) and notify', async () => {
      const hasil = await svc().tetapkan(await pengguna('atasan'), { opdId: t.fixture.opdA.id, tahun: 2026 }, PENETAPAN);
      // 22, 23 Dec; 24 cuti bersama, 25 Natal, 26–27; 28–31; 1 Jan, 2–3; 4; 5 Isra Mikraj; 6–8; 9–10; 11–14 → 14 working days
      expect(hasil.penetapan).toMatchObject({ opd: { id: t.fixture.opdA.id, nama: 'Dinas Uji A' }, tahun: 2026, batasKeberatan: '2027-01-14', jumlahPegawai: 3, oleh: 'Kepala Uji' });
      expect(hasil.penetapan.ditetapkanAt).toBe(PENETAPAN.toISOString());
      // b1, b2 and x.tanpaPeriodik were rated; not: kepala, staf, kabid, b3–b10, x.draft
      expect(hasil).toMatchObject({ jumlahPenilaian: 3, belumDinilai: 12 });
      const rows = await t.db.select().from(kinerjaPenilaian).where(and(eq(kinerjaPenilaian.opdId, t.fixture.opdA.id), eq(kinerjaPenilaian.periodeKe, 0)));
      expect(rows.map((r) => [r.ditetapkanAt?.toISOString(), r.batasKeberatan])).toEqual(Array(3).fill([PENETAPAN.toISOString(), '2027-01-14']));
      const pesan = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `kinerja.dinilai:${tahunanB1}:tahunan`));
      expect(pesan[0]!.data).toEqual({ periode: 'Tahunan 2026', predikat: 'Kurang/Misconduct', tautan: `/app/kinerja/skp/${u.skp.b[0]!.id}/tahunan` });
      expect(await t.db.select().from(auditLog).where(eq(auditLog.aksi, 'kinerja.penetapan'))).toHaveLength(1);

      const lagi = await api('POST', '/kinerja/penetapan', 'admin', { opdId: t.fixture.opdA.id, tahun: 2026 });
      expect([lagi.statusCode, lagi.json().code]).toEqual([409, 'SUDAH_DITETAPKAN']);
      expect((await api('GET', '/kinerja/penetapan?tahun=2026', 'admin')).json().items).toHaveLength(1);
      expect((await api('GET', '/kinerja/penetapan?tahun=2026', 'kabid')).json().items).toHaveLength(1);
      expect((await api('GET', '/kinerja/penetapan?tahun=2026', 'admin_opd_b')).json().items).toHaveLength(0);
      const d = (await api('GET', `/kinerja/distribusi?tahun=2026&periodeKe=0`, 'atasan')).json();
      expect(d).toMatchObject({ penetapan: { batasKeberatan: '2027-01-14', jumlahPegawai: 3 }, bolehTetapkan: false });
    });

    it('should make the year read-only after penetapan: annual ratings and the annual predikat organisasi → 409 TERKUNCI', async () => {
      const sebelum = await jejak();
      const b1 = await api('PUT', `/kinerja/skp/${u.skp.b[0]!.id}/penilaian/0`, 'kabid', { ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', revisi: 1 });
      expect([b1.statusCode, b1.json().code]).toEqual([409, 'TERKUNCI']);
      const b3 = await api('PUT', `/kinerja/skp/${u.skp.b[2]!.id}/penilaian/0`, 'kabid', { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' });
      expect([b3.statusCode, b3.json().code]).toEqual([409, 'TERKUNCI']);
      const org = await api('PUT', `/kinerja/organisasi/${u.unit.bidang1.id}/2026/0`, 'atasan', { predikat: 'baik' });
      expect([org.statusCode, org.json().code]).toEqual([409, 'TERKUNCI']);
      expect(await jejak()).toBe(sebelum);
      // periodic ratings stay open
      expect((await api('PUT', `/kinerja/skp/${u.skp.b[2]!.id}/penilaian/1`, 'kabid', { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' })).statusCode).toBe(200);
      const lihat = (await api('GET', `/kinerja/skp/${u.skp.b[0]!.id}/penilaian`, 'kabid')).json();
      expect(lihat.tahunan).toMatchObject({ bolehDinilai: false, alasanTidakBoleh: 'Penilaian tahunan sudah ditetapkan.', ditetapkan: { batasKeberatan: '2027-01-14' } });
    });

    it('should accept a keberatan from the pemilik until the last day of the window (WIB), one open at a time', async () => {
      const b1 = await pengguna('b1');
      const sebelum = await jejak();
      // refusals that do not depend on the clock, through the API
      const url = `/kinerja/penilaian/${tahunanB1}/keberatan`;
      const pendek = await api('POST', url, 'b1', { alasan: 'tak adil' });
      expect([pendek.statusCode, pendek.json().errors[0].field]).toEqual([400, 'body.alasan']);
      for (const [who, status, code] of [['kabid', 403, 'AKSES_DITOLAK'], ['atasan', 403, 'AKSES_DITOLAK'], ['b2', 404, 'PENILAIAN_TIDAK_DITEMUKAN'], ['luar', 404, 'PENILAIAN_TIDAK_DITEMUKAN']] as const) {
        const r = await api('POST', url, who, { alasan: 'Penilaian perilaku saya tidak didasarkan pada bukti.' });
        expect([r.statusCode, r.json().code], who).toEqual([status, code]);
      }
      const periodik = (await baris(u.skp.b[0]!.id, 1))!;
      const r1 = await api('POST', `/kinerja/penilaian/${periodik.id}/keberatan`, 'b1', { alasan: 'Penilaian Januari tidak sesuai bukti.' });
      expect([r1.statusCode, r1.json().code]).toEqual([409, 'BELUM_DITETAPKAN']);
      expect((await api('POST', '/kinerja/penilaian/999999/keberatan', 'b1', { alasan: 'Penilaian Januari tidak sesuai bukti.' })).statusCode).toBe(404);
      // the window: 14 Jan 2027 23:59:59 WIB is inside, 15 Jan 00:00 WIB outside
      const lewat = await galat(svc().ajukanKeberatan(b1, tahunanB1, { alasan: 'Penilaian perilaku saya tidak didasarkan pada bukti.' }, new Date('2027-01-14T17:00:00Z')));
      expect(lewat).toMatchObject({ code: 'BATAS_KEBERATAN_LEWAT', status: 409 });
      expect((lewat as unknown as Error).message).toContain('14 Januari 2027');
      expect(await jejak()).toBe(sebelum);

      const k = await svc().ajukanKeberatan(b1, tahunanB1, { alasan: '  Penilaian perilaku saya tidak didasarkan pada bukti.  ' }, new Date('2027-01-14T16:59:59Z'));
      expect(k).toMatchObject({
        status: 'diajukan', alasan: 'Penilaian perilaku saya tidak didasarkan pada bukti.', pemutus: { id: t.fixture.pKepala.id, nama: 'Kepala Uji' },
        pegawai: { id: u.orang.b[0]!.id, nama: 'Analis Uji A', jabatan: 'Analis Bidang Satu' }, tahun: 2026, periodeKe: 0, sebelum: null,
        penilaian: { predikat: 'kurang', ratingPerilaku: 'di_bawah' }, bolehPutus: false,
      });
      const pesan = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `kinerja.keberatan:${k.id}:diajukan`));
      expect(pesan[0]!.data).toMatchObject({ tahun: '2026', nama: 'Analis Uji A', tautan: '/app/kinerja/keberatan' });
      const dua = await galat(svc().ajukanKeberatan(b1, tahunanB1, { alasan: 'Keberatan kedua atas penilaian yang sama.' }, PENETAPAN));
      expect(dua.code).toBe('KEBERATAN_MASIH_DIPROSES');
      const lihat = (await api('GET', `/kinerja/skp/${u.skp.b[0]!.id}/penilaian`, 'b1')).json();
      expect(lihat.tahunan.bolehKeberatan).toBe(false);
      expect(lihat.tahunan.keberatan).toEqual([expect.objectContaining({ id: k.id, status: 'diajukan' })]);
    });

    it('should let only the atasan pejabat penilai decide; diterima changes the ratings, recomputes the predikat and keeps the old values', async () => {
      const [k] = await t.db.select().from(kinerjaKeberatan).where(eq(kinerjaKeberatan.penilaianId, tahunanB1));
      const url = `/kinerja/keberatan/${k!.id}/putus`;
      const sebelum = await jejak();
      const terima = { keputusan: 'diterima', catatan: 'Bukti kerja sama tim cukup kuat.', ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' };
      for (const [who, status, code] of [['kabid', 403, 'BUKAN_PEMUTUS'], ['b1', 403, 'BUKAN_PEMUTUS'], ['admin', 403, 'BUKAN_PEMUTUS'], ['luar', 404, 'KEBERATAN_TIDAK_DITEMUKAN'], ['b2', 404, 'KEBERATAN_TIDAK_DITEMUKAN']] as const) {
        const r = await api('POST', url, who, terima);
        expect([r.statusCode, r.json().code], who).toEqual([status, code]);
      }
      const tanpaRating = await api('POST', url, 'atasan', { keputusan: 'diterima', catatan: 'Bukti kerja sama tim cukup kuat.' });
      expect(tanpaRating.statusCode).toBe(400);
      expect(tanpaRating.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.ratingHasilKerja', 'body.ratingPerilaku']);
      const catatanPendek = await api('POST', url, 'atasan', { ...terima, catatan: 'ok' });
      expect([catatanPendek.statusCode, catatanPendek.json().errors[0].field]).toEqual([400, 'body.catatan']);
      // The decision note goes out by WhatsApp: a NIK/KK/NIP-like number (also grouped) is refused, nothing changes.
      for (const catatan of ['NIK pemohon 1274010101900001 sudah dicek.', 'Lihat KK 1274 0101 0190 0001.']) {
        const nik = await api('POST', url, 'atasan', { ...terima, catatan });
        expect([nik.statusCode, nik.json().code, nik.json().errors[0].field]).toEqual([400, 'CATATAN_MEMUAT_NIK', 'body.catatan']);
      }
      expect((await api('POST', '/kinerja/keberatan/999999/putus', 'atasan', terima)).statusCode).toBe(404);
      expect(await jejak()).toBe(sebelum);

      const list = (await api('GET', '/kinerja/keberatan', 'atasan')).json();
      expect(list.untukDiputus).toEqual([expect.objectContaining({ id: k!.id, bolehPutus: true })]);
      const ok = await api('POST', url, 'atasan', terima);
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({
        status: 'diterima', keputusan: 'Bukti kerja sama tim cukup kuat.', bolehPutus: false,
        sebelum: { ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_bawah', predikatMatriks: 'kurang', predikat: 'kurang', alasanPredikat: null },
        sesudah: { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', predikatMatriks: 'baik', predikat: 'baik' },
        penilaian: { predikat: 'baik' },
      });
      const row = (await baris(u.skp.b[0]!.id, 0))!;
      expect(row).toMatchObject({ ratingPerilaku: 'sesuai', predikat: 'baik', predikatMatriks: 'baik', batasKeberatan: '2027-01-14' });
      expect(row.ditetapkanAt?.toISOString()).toBe(PENETAPAN.toISOString());
      const pesan = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `kinerja.keberatan:${k!.id}:diterima`));
      expect(pesan[0]!.data).toMatchObject({ status: 'diterima; predikat kini Baik', catatan: 'Bukti kerja sama tim cukup kuat.' });
      const lagi = await api('POST', url, 'atasan', { keputusan: 'ditolak', catatan: 'Sudah diputus sebelumnya.' });
      expect([lagi.statusCode, lagi.json().code]).toEqual([409, 'KEBERATAN_SUDAH_DIPUTUS']);
      const mine = (await api('GET', '/kinerja/keberatan', 'b1')).json();
      expect(mine).toMatchObject({ milikSaya: [{ id: k!.id, status: 'diterima' }], untukDiputus: [] });
    });

    it('should keep the ratings when the keberatan is ditolak', async () => {
      const b2 = await pengguna('b2');
      const k = await svc().ajukanKeberatan(b2, tahunanB2, { alasan: 'Saya merasa layak Sangat Baik tahun ini.' }, PENETAPAN);
      const sebelum = (await baris(u.skp.b[1]!.id, 0))!;
      const res = await api('POST', `/kinerja/keberatan/${k.id}/putus`, 'atasan', { keputusan: 'ditolak', catatan: 'Realisasi utama belum melampaui target.' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ditolak', sebelum: null, sesudah: null, penilaian: { predikat: 'baik' } });
      expect(await baris(u.skp.b[1]!.id, 0)).toEqual(sebelum);
      const pesan = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `kinerja.keberatan:${k.id}:ditolak`));
      expect(pesan).toHaveLength(1);
      // a new one may be filed once the previous is decided
      expect((await svc().ajukanKeberatan(b2, tahunanB2, { alasan: 'Saya mengajukan keberatan bertahap.' }, PENETAPAN)).status).toBe('diajukan');
    });

    it('should send a keberatan to BKPSDM when the SKP has no atasan penilai', async () => {
      await nilaiSvc('luar', u.skp.luar2.id, 1, 'sesuai', 'sesuai');
      const tahunan = await nilaiSvc('luar', u.skp.luar2.id, 0, 'di_bawah', 'sesuai');
      expect(tahunan.predikat).toBe('butuh_perbaikan');
      await svc().tetapkan(await pengguna('admin_opd_b'), { opdId: t.fixture.opdB.id, tahun: 2026 }, PENETAPAN);
      const k = await svc().ajukanKeberatan(await pengguna('luar2'), tahunan.id, { alasan: 'Target saya berubah di tengah tahun.' }, PENETAPAN);
      expect(k.pemutus).toBeNull();
      expect((await api('GET', '/kinerja/keberatan', 'admin')).json().untukDiputus).toEqual([expect.objectContaining({ id: k.id, bolehPutus: true })]);
      const bukan = await api('POST', `/kinerja/keberatan/${k.id}/putus`, 'luar', { keputusan: 'ditolak', catatan: 'Sudah sesuai ketentuan.' });
      expect([bukan.statusCode, bukan.json().code]).toEqual([403, 'BUKAN_PEMUTUS']);
      const ok = await api('POST', `/kinerja/keberatan/${k.id}/putus`, 'admin', { keputusan: 'ditolak', catatan: 'Sudah sesuai ketentuan.' });
      expect(ok.json().status).toBe('ditolak');
    });

    it('should record every state change in the audit log', async () => {
      const aksi = await t.db.select({ aksi: auditLog.aksi, n: count() }).from(auditLog).where(like(auditLog.aksi, 'kinerja.%')).groupBy(auditLog.aksi);
      const m = Object.fromEntries(aksi.map((a) => [a.aksi, Number(a.n)]));
      expect(m).toMatchObject({ 'kinerja.penetapan': 2, 'kinerja.keberatan_ajukan': 4, 'kinerja.keberatan_putus': 3, 'kinerja.pertahankan_distribusi': 1 });
    });
  });
});
