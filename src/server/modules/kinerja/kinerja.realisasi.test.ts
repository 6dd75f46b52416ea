import { existsSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluasiPeriode, IndikatorEvaluasi } from '../../../contracts/kinerja-realisasi.ts';
import { queryRows } from '../../db/client.ts';
import { bentukMultipart, contohPdf, contohPng } from '../../lib/unggahan.testing.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { daftarFile } from '../layanan/layanan.permohonan.testing.ts';
import type { Pengguna } from './kinerja.akses.ts';
import { kinerjaRealisasi, skp } from './kinerja.table.ts';
import { hitungRealisasi, nilaiPeriode, RAHASIA, SEKARANG, seedRealisasiUji, wib } from './kinerja.realisasi.testing.ts';

type H = Record<string, string>;

/**
 * Realisasi, bukti dukung, umpan balik and the objective service indicators (issue #5; kinerja.md §1.8;
 * ADR 0014) through the HTTP routes and the service (explicit "now" where the rule depends on time).
 * Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
describe('kinerja realisasi', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedRealisasiUji>>;
  let pegawai: H; let atasan: H; let rekan: H; let admin: H; let adminOpd: H; let pimpinan: H; let pegawaiB: H;
  const svc = () => t.app.services.kinerja.realisasi;
  const pemilik = (): Pengguna => ({ akunId: t.fixture.accounts.pegawai!, roles: ['pegawai'], pegawaiId: t.fixture.pStaf.id, opdId: t.fixture.opdA.id });
  const penilai = (): Pengguna => ({ akunId: t.fixture.accounts.atasan!, roles: ['atasan'], pegawaiId: t.fixture.pKepala.id, opdId: t.fixture.opdA.id });
  const api = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, headers: H, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : Buffer.isBuffer(payload) ? { payload } : { payload: payload as object }) });
  const lembar = async (h: H, ke = 11, skpId = u.skpStaf.id) => {
    const r = await api('GET', `/kinerja/skp/${skpId}/periode/${ke}`, h);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as EvaluasiPeriode;
  };
  const indikatorDi = (l: EvaluasiPeriode, id: number) => l.rhk.flatMap((h) => h.indikator).find((i) => i.id === id) as IndikatorEvaluasi;
  const realisasiRow = async (indikatorId: number, ke: number) =>
    (await t.db.select().from(kinerjaRealisasi).where(sql`${kinerjaRealisasi.indikatorId} = ${indikatorId} and ${kinerjaRealisasi.periodeKe} = ${ke}`))[0];
  const unggah = (h: H, indikatorId: number, ke: number, files: Array<{ field: string; namaFile: string; isi: Buffer }>, fields: Record<string, string> = {}) => {
    const m = bentukMultipart(fields, files);
    return t.app.inject({ method: 'POST', url: `/api/v1/kinerja/indikator/${indikatorId}/periode/${ke}/bukti`, headers: { ...h, ...m.headers }, payload: m.payload });
  };
  const berkasKinerja = () => daftarFile(path.join(t.config.uploadsDir, 'kinerja'));

  beforeAll(async () => {
    t = await createTestApp({ config: { LAYANAN_MAKS_BERKAS_MB: '1' } });
    u = await seedRealisasiUji(t.db, t.fixture);
    [pegawai, atasan, rekan, admin, adminOpd, pimpinan, pegawaiB] = await Promise.all(
      ['pegawai', 'atasan', 'rekan', 'admin', 'admin_opd', 'pimpinan', 'pegawaib'].map((n) => loginAs(t.app, n)),
    ) as unknown as [H, H, H, H, H, H, H];
  }, 60_000);
  afterAll(async () => t?.close());

  describe('catalogue', () => {
    it('should list the metrics of the running modules with the caller\'s OPD units (OPD first) and queue lokasi', async () => {
      const r = await api('GET', '/kinerja/metrik', pegawai);
      expect(r.statusCode).toBe(200);
      const k = r.json();
      expect(k.metrik.map((m: { kode: string }) => m.kode)).toContain('skm.ikm');
      expect(k.metrik).toHaveLength(8);
      expect(k.unit[0]).toEqual({ id: t.fixture.opdA.id, nama: 'Dinas Uji A' });
      expect(k.unit.map((x: { id: number }) => x.id)).toContain(u.bidang.id);
      expect(k.lokasi).toEqual([{ id: u.lokasi.id, nama: 'Loket Kinerja A' }]);
      expect((await api('GET', '/kinerja/metrik', admin)).json()).toMatchObject({ unit: [], lokasi: [] });
    });
  });

  describe('automatic figures on the sheet', () => {
    it('should fill every bound indikator when the sheet is opened, equal to what the source modules report', async () => {
      const now = new Date();
      const l = await lembar(pegawai);
      expect(l.relasi).toBe('pemilik');
      expect(l.izin).toEqual({ isi: true, umpanBalik: true, nilai: false, hitungUlang: true });
      expect(l.beku).toBe(false);
      expect(l.periode).toMatchObject({ ke: 11, label: 'November 2026', mulai: '2026-11-01', selesai: '2026-11-30', tahunan: false });
      expect(l.skp.pegawai).toMatchObject({ nama: 'Staf Uji', jabatan: 'Pengadministrasi Umum', unit: 'Dinas Uji A' });
      expect(l.skp.penilai).toMatchObject({ id: t.fixture.pKepala.id, nama: 'Kepala Uji' });
      const s = t.app.services;
      const sampai = '2026-11-30';
      const fa = await s.antrian.statistik.faktaLayananPegawai({ pegawaiId: t.fixture.pStaf.id, dari: '2026-11-01', sampai });
      const tiket = indikatorDi(l, u.indikator.tiket.id).realisasi!;
      expect(tiket).toMatchObject({ otomatis: true, angka: fa.tiketDilayani, narasi: null });
      expect(tiket.sumber).toMatchObject({ metrik: 'antrian.tiket_dilayani', satuan: 'tiket', lingkup: 'pegawai', refId: t.fixture.pStaf.id, refNama: 'Staf Uji', jumlahRekaman: 3, dari: '2026-11-01', petunjuk: 'di_atas' }); // 3 tickets in one month against a year's target of 3 (a month's share: 0.25)
      expect(tiket.sumber!.rincian).toMatchObject({ tiketDilayani: 3, layananMedianMenit: fa.layananMedianMenit });
      const fp = await s.layanan.permohonan.faktaPermohonanPegawai({ pegawaiId: t.fixture.pStaf.id, dari: '2026-11-01', sampai });
      expect(indikatorDi(l, u.indikator.permohonan.id).realisasi).toMatchObject({ angka: fp.persenTepatWaktu, sumber: { jumlahRekaman: 2, petunjuk: 'di_bawah' } });
      const fd = await s.layanan.pengaduan.faktaPengaduanUnit({ unitId: t.fixture.opdA.id, dari: '2026-11-01', sampai });
      expect(indikatorDi(l, u.indikator.pengaduan.id).realisasi).toMatchObject({ angka: fd.persen, sumber: { refNama: 'Dinas Uji A', jumlahRekaman: 2 } });
      const fi = await s.skm.faktaIkmUnit({ unitId: t.fixture.opdA.id, dari: '2026-11-01', sampai }, now);
      expect(indikatorDi(l, u.indikator.ikm.id).realisasi).toMatchObject({ angka: fi.ikm, sumber: { jumlahRekaman: 1, rincian: { responden: fi.responden } } });
      const bidang = indikatorDi(l, u.indikator.ikmBidang.id).realisasi!;
      expect(bidang.angka).toBeNull();
      expect(bidang.sumber!.alasan).toMatch(/Belum cukup responden/);
      const fl = await s.antrian.statistik.faktaLayananLokasi({ lokasiId: u.lokasi.id, dari: '2026-11-01', sampai });
      expect(indikatorDi(l, u.indikator.tunggu.id).realisasi).toMatchObject({ angka: fl.tungguMedianMenit, sumber: { refNama: 'Loket Kinerja A' } });
      expect(indikatorDi(l, u.indikator.manual.id)).toMatchObject({ realisasi: null, targetAngka: 10, targetSatuan: 'dokumen', metrik: null });
      expect(indikatorDi(l, u.indikator.tiket.id).targetSatuan).toBe('tiket'); // from the metric
      expect(l.rhk.map((r) => r.jenis)).toEqual(['utama', 'tambahan']);
    });

    it('should list exactly the source records behind a figure, paged, without personal data', async () => {
      const l = await lembar(pegawai);
      const cek = async (indikatorId: number, jenis: string, ids: number[], h: H = pegawai) => {
        const id = indikatorDi(l, indikatorId).realisasi!.id;
        const r = await api('GET', `/kinerja/realisasi/${id}/sumber`, h);
        expect(r.statusCode, r.body).toBe(200);
        const b = r.json();
        expect(b).toMatchObject({ realisasiId: id, jenis, total: ids.length, page: 1 });
        expect(b.items.map((x: { id: number }) => x.id)).toEqual([...ids].sort((a, c) => a - c));
        expect(r.headers['cache-control']).toBe('no-store');
        for (const s of Object.values(RAHASIA)) expect(r.body).not.toContain(s);
        return id;
      };
      const tiketRealisasi = await cek(u.indikator.tiket.id, 'tiket', u.tiketNov);
      await cek(u.indikator.permohonan.id, 'permohonan', u.pmNov, atasan);
      await cek(u.indikator.pengaduan.id, 'pengaduan', u.aduanNov, adminOpd);
      await cek(u.indikator.ikm.id, 'skm_survei', [u.survei.id], admin);
      const hal2 = (await api('GET', `/kinerja/realisasi/${tiketRealisasi}/sumber?page=2&per_page=2`, pegawai)).json();
      expect(hal2).toMatchObject({ total: 3, page: 2, per_page: 2 });
      expect(hal2.items.map((x: { id: number }) => x.id)).toEqual([u.tiketNov[2]]);
      expect((await api('GET', `/kinerja/realisasi/${tiketRealisasi}/sumber?per_page=500`, pegawai)).statusCode).toBe(400);
      for (const h of [rekan, pimpinan, pegawaiB]) expect((await api('GET', `/kinerja/realisasi/${tiketRealisasi}/sumber`, h)).statusCode).toBe(404);
    });

    it('should refuse typing over an automatic figure (409 naming the field) and change nothing, but keep a catatan', async () => {
      const sebelum = await realisasiRow(u.indikator.tiket.id, 11);
      const n0 = await hitungRealisasi(t.db);
      const r = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.tiket.id, periodeKe: 11, angka: 99 });
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'REALISASI_OTOMATIS', errors: [{ field: 'body.angka' }] });
      const r2 = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.tiket.id, periodeKe: 11, narasi: 'saya isi sendiri', angka: null, catatan: 'x' });
      expect(r2.statusCode).toBe(409);
      expect(r2.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.angka', 'body.narasi']);
      expect(await hitungRealisasi(t.db)).toEqual(n0);
      expect(await realisasiRow(u.indikator.tiket.id, 11)).toEqual(sebelum);

      const ok = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.tiket.id, periodeKe: 11, catatan: 'Dua hari loket tutup karena pemadaman listrik.' });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ otomatis: true, angka: sebelum!.angka, catatan: 'Dua hari loket tutup karena pemadaman listrik.' });
    });

    it('should recompute lazily only when the figure is older than 10 minutes, and at once on hitung-ulang', async () => {
      const t0 = wib('2026-11-30', '12:00');
      await svc().isiOtomatis({ skpIds: [u.skpStaf.id], tahun: 2026, periodeKe: 11, now: t0 });
      const baru = await u.tambahTiket('2026-11-28', t.fixture.pStaf.id, 7);
      const angka = async (now: Date) => indikatorDi(await svc().lembar(pemilik(), u.skpStaf.id, 11, now), u.indikator.tiket.id).realisasi!.angka;
      expect(await angka(new Date(t0.getTime() + 9 * 60_000))).toBe(3);
      expect(await angka(new Date(t0.getTime() + 11 * 60_000))).toBe(4);
      const lagi = await u.tambahTiket('2026-11-29', t.fixture.pStaf.id, 6);
      const segera = await svc().hitungUlang(penilai(), u.skpStaf.id, 11, new Date(t0.getTime() + 12 * 60_000));
      expect(indikatorDi(segera, u.indikator.tiket.id).realisasi!.angka).toBe(5);
      const r = await realisasiRow(u.indikator.tiket.id, 11);
      const ids = await queryRows<{ ref_id: number }>(t.db, sql`select ref_id from kinerja_realisasi_sumber where realisasi_id = ${r!.id} order by ref_id`);
      expect(ids.map((x) => Number(x.ref_id))).toEqual([...u.tiketNov, baru, lagi]);
      expect(r!.catatan).toMatch(/pemadaman/); // the note survives recomputation
      // rekan / admin may not ask for it
      expect((await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/11/hitung-ulang`, adminOpd)).statusCode).toBe(403);
      expect((await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/11/hitung-ulang`, rekan)).statusCode).toBe(404);
      expect((await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/11/hitung-ulang`, pegawai)).statusCode).toBe(200);
    });
  });

  describe('manual realisasi', () => {
    it('should let the pemilik fill, correct and clear a manual realisasi; others are refused and nothing changes', async () => {
      const r = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.manual.id, periodeKe: 11, angka: 12, catatan: 'Termasuk berkas susulan' });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ angka: 12, otomatis: false, sumber: null, catatan: 'Termasuk berkas susulan', bukti: [] });
      const r2 = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.manual.id, periodeKe: 11, angka: 11 });
      expect(r2.json()).toMatchObject({ angka: 11, catatan: 'Termasuk berkas susulan' });
      const k = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.kualitatif.id, periodeKe: 11, narasi: 'Laporan Oktober diterima tanpa revisi.' });
      expect(k.json()).toMatchObject({ narasi: 'Laporan Oktober diterima tanpa revisi.', angka: null });

      const n0 = await hitungRealisasi(t.db);
      const sebelum = await realisasiRow(u.indikator.manual.id, 11);
      const tolak = async (h: H, body: Record<string, unknown>, status: number, code?: string, field?: string) => {
        const x = await api('PUT', '/kinerja/realisasi', h, { indikatorId: u.indikator.manual.id, periodeKe: 11, ...body });
        expect(x.statusCode, x.body).toBe(status);
        if (code) expect(x.json().code).toBe(code);
        if (field) expect(x.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      };
      await tolak(atasan, { angka: 1 }, 403, 'AKSES_DITOLAK');
      await tolak(admin, { angka: 1 }, 403, 'AKSES_DITOLAK');
      await tolak(adminOpd, { angka: 1 }, 403, 'AKSES_DITOLAK');
      await tolak(rekan, { angka: 1 }, 404, 'INDIKATOR_TIDAK_DITEMUKAN');
      await tolak(pegawaiB, { angka: 1 }, 404, 'INDIKATOR_TIDAK_DITEMUKAN');
      await tolak(pimpinan, { angka: 1 }, 404);
      await tolak(pegawai, { angka: -1 }, 400, undefined, 'body.angka');
      await tolak(pegawai, { angka: '7' }, 400, undefined, 'body.angka');
      await tolak(pegawai, { periodeKe: 0, angka: 1 }, 400, undefined, 'body.periodeKe');
      await tolak(pegawai, { periodeKe: 13, angka: 1 }, 400, undefined, 'body.periodeKe');
      await tolak(pegawai, { catatan: 'x'.repeat(2001) }, 400, undefined, 'body.catatan');
      const lain = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indB.id, periodeKe: 11, angka: 1 });
      expect(lain.statusCode).toBe(404);
      expect(lain.json().code).toBe('INDIKATOR_TIDAK_DITEMUKAN');
      expect((await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: 987_654, periodeKe: 11, angka: 1 })).json().code).toBe('INDIKATOR_TIDAK_DITEMUKAN');
      expect(await hitungRealisasi(t.db)).toEqual(n0);
      expect(await realisasiRow(u.indikator.manual.id, 11)).toEqual(sebelum);

      const kosong = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.manual.id, periodeKe: 11, catatan: '' });
      expect(kosong.json()).toMatchObject({ angka: 11, catatan: null });
    });

    it('should refuse a period that has not started, and a period of a year with another period kind', async () => {
      const n0 = await hitungRealisasi(t.db);
      await expect(svc().simpanRealisasi(pemilik(), { indikatorId: u.indikator.manual.id, periodeKe: 12, angka: 3 }, SEKARANG))
        .rejects.toMatchObject({ code: 'PERIODE_BELUM_MULAI', status: 409 });
      const l = await svc().lembar(pemilik(), u.skpStaf.id, 12, SEKARANG);
      expect(l.izin).toMatchObject({ isi: false, umpanBalik: false, hitungUlang: false });
      expect(l.alasanTidakBisaIsi).toMatch(/baru dimulai pada 2026-12-01/);
      expect(indikatorDi(l, u.indikator.tiket.id).realisasi).toBeNull(); // nothing computed for a future period
      await expect(svc().tulisUmpanBalik(penilai(), u.skpStaf.id, 12, { rhkId: null, isi: 'Terlalu awal' }, SEKARANG)).rejects.toMatchObject({ code: 'PERIODE_BELUM_MULAI' });
      expect(await hitungRealisasi(t.db)).toEqual(n0);
    });
  });

  describe('bukti dukung', () => {
    let buktiId = 0;

    it('should store a PDF under uploads/kinerja and serve it only to those who may read the SKP, as an attachment', async () => {
      const r = await unggah(pegawai, u.indikator.manual.id, 11, [{ field: 'berkas', namaFile: 'berita-acara.pdf', isi: contohPdf('bukti') }], { nama: 'Berita acara verifikasi' });
      expect(r.statusCode, r.body).toBe(201);
      const b = r.json();
      buktiId = b.id;
      expect(b).toMatchObject({ jenis: 'berkas', nama: 'Berita acara verifikasi', mime: 'application/pdf', url: `/api/v1/kinerja/bukti/${b.id}` });
      expect(berkasKinerja()).toHaveLength(1);
      const d = await api('GET', `/kinerja/bukti/${b.id}`, atasan);
      expect(d.statusCode).toBe(200);
      expect(d.headers['content-type']).toBe('application/pdf');
      expect(d.headers['x-content-type-options']).toBe('nosniff');
      expect(d.headers['cache-control']).toContain('no-store');
      expect(String(d.headers['content-disposition'])).toMatch(/^attachment;/);
      expect(d.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      for (const h of [rekan, pimpinan, pegawaiB]) expect((await api('GET', `/kinerja/bukti/${b.id}`, h)).statusCode).toBe(404);
      const png = await unggah(pegawai, u.indikator.tiket.id, 11, [{ field: 'berkas', namaFile: 'foto.png', isi: contohPng(100) }]);
      expect(png.statusCode).toBe(201); // bukti on an automatic realisasi is allowed
      expect(png.json().nama).toBe('foto.png');
      const l = await lembar(atasan);
      expect(indikatorDi(l, u.indikator.manual.id).realisasi!.bukti.map((x) => x.id)).toEqual([b.id]);
    });

    it('should refuse a fake PDF by its content, an oversized file and a missing file, storing nothing', async () => {
      const n0 = await hitungRealisasi(t.db);
      const f0 = berkasKinerja();
      const palsu = await unggah(pegawai, u.indikator.manual.id, 11, [{ field: 'berkas', namaFile: 'bukti.pdf', isi: Buffer.from('<html><script>alert(1)</script></html>') }]);
      expect(palsu.statusCode).toBe(400);
      expect(palsu.json()).toMatchObject({ code: 'BERKAS_TIDAK_VALID', errors: [{ field: 'berkas' }] });
      const pngBerkedokPdf = await unggah(pegawai, u.indikator.manual.id, 11, [{ field: 'berkas', namaFile: 'bukti.pdf', isi: contohPng(50) }]);
      expect(pngBerkedokPdf.statusCode).toBe(400);
      const besar = Buffer.concat([contohPdf('besar'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      const r = await unggah(pegawai, u.indikator.manual.id, 11, [{ field: 'berkas', namaFile: 'besar.pdf', isi: besar }]);
      expect(r.statusCode).toBe(413);
      expect(r.json().errors[0].field).toBe('berkas');
      const tanpa = await unggah(pegawai, u.indikator.manual.id, 11, [], { nama: 'tanpa berkas' });
      expect(tanpa.statusCode).toBe(400);
      expect(tanpa.json()).toMatchObject({ code: 'BERKAS_WAJIB', errors: [{ field: 'berkas' }] });
      const bukanPemilik = await unggah(atasan, u.indikator.manual.id, 11, [{ field: 'berkas', namaFile: 'a.pdf', isi: contohPdf() }]);
      expect(bukanPemilik.statusCode).toBe(403);
      const orangLain = await unggah(pegawaiB, u.indikator.manual.id, 11, [{ field: 'berkas', namaFile: 'a.pdf', isi: contohPdf() }]);
      expect(orangLain.statusCode).toBe(404);
      expect(await hitungRealisasi(t.db)).toEqual(n0);
      expect(berkasKinerja()).toEqual(f0);
    });

    it('should remove the written file when the transaction fails', async () => {
      const n0 = await hitungRealisasi(t.db);
      const f0 = berkasKinerja();
      await t.db.execute(sql`create function uji_gagal_bukti() returns trigger language plpgsql as $$ begin raise exception 'gagal uji'; end $$`);
      await t.db.execute(sql`create trigger uji_gagal_bukti before insert on kinerja_bukti for each row execute function uji_gagal_bukti()`);
      try {
        const r = await unggah(pegawai, u.indikator.manual.id, 11, [{ field: 'berkas', namaFile: 'gagal.pdf', isi: contohPdf('gagal') }]);
        expect(r.statusCode).toBe(500);
      } finally {
        await t.db.execute(sql`drop trigger uji_gagal_bukti on kinerja_bukti`);
        await t.db.execute(sql`drop function uji_gagal_bukti()`);
      }
      expect(berkasKinerja()).toEqual(f0);
      expect(await hitungRealisasi(t.db)).toEqual(n0);
    });

    it('should accept only http(s) links', async () => {
      const n0 = await hitungRealisasi(t.db);
      for (const tautan of ['javascript:alert(1)', 'data:text/html,hai', 'file:///etc/passwd', 'ftp://contoh.go.id/a', 'bukan tautan', 'https://user:rahasia@contoh.go.id/']) {
        const r = await api('POST', `/kinerja/indikator/${u.indikator.manual.id}/periode/11/bukti`, pegawai, { tautan, nama: 'Tautan' });
        expect(r.statusCode, tautan).toBe(400);
        expect(r.json().errors[0].field).toBe('body.tautan');
      }
      const tanpaNama = await api('POST', `/kinerja/indikator/${u.indikator.manual.id}/periode/11/bukti`, pegawai, { tautan: 'https://contoh.go.id' });
      expect(tanpaNama.statusCode).toBe(400);
      expect(tanpaNama.json().errors[0].field).toBe('body.nama');
      expect(await hitungRealisasi(t.db)).toEqual(n0);
      const ok = await api('POST', `/kinerja/indikator/${u.indikator.manual.id}/periode/11/bukti`, pegawai, { tautan: 'https://drive.tanjungbalaikota.go.id/laporan?id=7', nama: 'Laporan di drive' });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({ jenis: 'tautan', url: 'https://drive.tanjungbalaikota.go.id/laporan?id=7', ukuran: null });
      expect((await api('GET', `/kinerja/bukti/${ok.json().id}`, pegawai)).statusCode).toBe(404); // a link has no file
    });

    it('should let only the pemilik delete a bukti, and remove its file', async () => {
      const n0 = await hitungRealisasi(t.db);
      expect((await api('DELETE', `/kinerja/bukti/${buktiId}`, atasan)).statusCode).toBe(403);
      expect((await api('DELETE', `/kinerja/bukti/${buktiId}`, rekan)).statusCode).toBe(404);
      expect((await api('DELETE', `/kinerja/bukti/${buktiId}`, adminOpd)).statusCode).toBe(403);
      expect(await hitungRealisasi(t.db)).toEqual(n0);
      const f0 = berkasKinerja();
      const r = await api('DELETE', `/kinerja/bukti/${buktiId}`, pegawai);
      expect(r.statusCode).toBe(204);
      expect(berkasKinerja()).toHaveLength(f0.length - 1);
      expect((await api('GET', `/kinerja/bukti/${buktiId}`, pegawai)).statusCode).toBe(404);
    });
  });

  describe('umpan balik', () => {
    it('should let the penilai write (notifying the pemilik) and the pemilik answer, per RHK or about perilaku', async () => {
      const o0 = await hitungRealisasi(t.db);
      const r = await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/11/umpan-balik`, atasan, { rhkId: u.rhk.id, isi: 'Waktu layanan tiket kedua terlalu lama; periksa penyebabnya.' });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ peran: 'penilai', rhkId: u.rhk.id, penulis: { id: t.fixture.pKepala.id, nama: 'Kepala Uji' } });
      const [o] = await queryRows<{ kunci: string; data: { periode: string; tautan: string }; status: string }>(t.db, sql`select kunci, data, status from notifikasi_outbox where templat = 'kinerja.umpan_balik'`);
      expect(o).toMatchObject({ kunci: `kinerja:umpan_balik:${r.json().id}`, status: 'menunggu', data: { periode: 'November 2026', tautan: `/app/kinerja/skp/${u.skpStaf.id}/periode/11` } });
      const jawab = await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/11/umpan-balik`, pegawai, { rhkId: u.rhk.id, isi: 'Baik Pak, sistem sempat lambat.' });
      expect(jawab.json()).toMatchObject({ peran: 'pegawai', penulis: { nama: 'Staf Uji' } });
      const perilaku = await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/11/umpan-balik`, atasan, { isi: 'Sikap pelayanan ramah, pertahankan.' });
      expect(perilaku.json().rhkId).toBeNull();
      const n = await hitungRealisasi(t.db);
      expect(n.umpan - o0.umpan).toBe(3);
      expect(n.outbox - o0.outbox).toBe(2); // only the penilai's messages notify
      const l = await lembar(pegawai);
      expect(l.rhk[0]!.umpanBalik.map((x) => x.peran)).toEqual(['penilai', 'pegawai']);
      expect(l.umpanBalikPerilaku.map((x) => x.isi)).toEqual(['Sikap pelayanan ramah, pertahankan.']);
    });

    it('should refuse other relations, a foreign RHK and an empty text, changing nothing', async () => {
      const n0 = await hitungRealisasi(t.db);
      const tulis = (h: H, body: unknown, skpId = u.skpStaf.id) => api('POST', `/kinerja/skp/${skpId}/periode/11/umpan-balik`, h, body);
      expect((await tulis(adminOpd, { isi: 'Catatan admin' })).statusCode).toBe(403);
      expect((await tulis(admin, { isi: 'Catatan admin' })).statusCode).toBe(403);
      expect((await tulis(rekan, { isi: 'Halo' })).statusCode).toBe(404);
      expect((await tulis(pimpinan, { isi: 'Halo' })).statusCode).toBe(404);
      const asing = await tulis(atasan, { rhkId: u.rhkB.id, isi: 'RHK orang lain' });
      expect(asing.statusCode).toBe(400);
      expect(asing.json()).toMatchObject({ code: 'RHK_TIDAK_VALID', errors: [{ field: 'body.rhkId' }] });
      const kosong = await tulis(atasan, { isi: '   ' });
      expect(kosong.statusCode).toBe(400);
      expect(kosong.json().errors[0].field).toBe('body.isi');
      expect((await tulis(pegawai, { isi: 'x' }, u.skpB.id)).statusCode).toBe(404);
      expect(await hitungRealisasi(t.db)).toEqual(n0);
    });
  });

  describe('access to the sheet', () => {
    it('should show the sheet read-only to the penilai, admin OPD and admin, and 404 to everyone else', async () => {
      const p = await lembar(atasan);
      expect(p.relasi).toBe('penilai');
      expect(p.izin).toEqual({ isi: false, umpanBalik: true, nilai: true, hitungUlang: true });
      expect(p.alasanTidakBisaIsi).toBeNull();
      expect((await lembar(adminOpd)).izin).toEqual({ isi: false, umpanBalik: false, nilai: false, hitungUlang: false });
      expect((await lembar(admin)).relasi).toBe('admin');
      for (const h of [rekan, pimpinan, pegawaiB]) {
        const r = await api('GET', `/kinerja/skp/${u.skpStaf.id}/periode/11`, h);
        expect(r.statusCode).toBe(404);
        expect(r.json().code).toBe('SKP_TIDAK_DITEMUKAN');
      }
      expect((await api('GET', `/kinerja/skp/${u.skpB.id}/periode/11`, pegawai)).statusCode).toBe(404);
      expect((await api('GET', `/kinerja/skp/${u.skpB.id}/periode/11`, adminOpd)).statusCode).toBe(404);
      expect((await api('GET', '/kinerja/skp/987654/periode/11', admin)).statusCode).toBe(404);
      const salah = await api('GET', `/kinerja/skp/${u.skpStaf.id}/periode/13`, pegawai);
      expect(salah.statusCode).toBe(400);
    });

    it('should hide another SKP\'s realisasi, sources and bukti behind 404', async () => {
      const lb = await lembar(pegawaiB, 11, u.skpB.id);
      const rb = indikatorDi(lb, u.indBOtomatis.id).realisasi!;
      expect(rb.otomatis).toBe(true);
      expect((await api('GET', `/kinerja/realisasi/${rb.id}/sumber`, pegawai)).statusCode).toBe(404);
      expect((await api('GET', `/kinerja/realisasi/${rb.id}/sumber`, pegawaiB)).statusCode).toBe(200);
      const b = await api('POST', `/kinerja/indikator/${u.indB.id}/periode/11/bukti`, pegawaiB, { tautan: 'https://contoh.go.id/b', nama: 'Bukti B' });
      expect(b.statusCode).toBe(201);
      expect((await api('DELETE', `/kinerja/bukti/${b.json().id}`, pegawai)).statusCode).toBe(404);
      const manual = await api('PUT', '/kinerja/realisasi', pegawaiB, { indikatorId: u.indB.id, periodeKe: 11, angka: 2 });
      expect((await api('GET', `/kinerja/realisasi/${manual.json().id}/sumber`, pegawaiB)).json().code).toBe('SUMBER_TIDAK_ADA');
    });

    it('should keep an SKP that is not approved closed for realisasi and dialogue', async () => {
      await t.db.update(skp).set({ status: 'diajukan' }).where(eq(skp.id, u.skpB.id));
      try {
        const l = await lembar(pegawaiB, 11, u.skpB.id);
        expect(l.izin).toMatchObject({ isi: false, umpanBalik: false, hitungUlang: false });
        expect(l.alasanTidakBisaIsi).toMatch(/belum disetujui/);
        const r = await api('PUT', '/kinerja/realisasi', pegawaiB, { indikatorId: u.indB.id, periodeKe: 11, angka: 3 });
        expect(r.statusCode).toBe(409);
        expect(r.json().code).toBe('SKP_BELUM_DISETUJUI');
      } finally {
        await t.db.update(skp).set({ status: 'disetujui' }).where(eq(skp.id, u.skpB.id));
      }
    });
  });

  describe('frozen after rating', () => {
    it('should stop recomputing, typing and bukti once the period is rated, and show the penilaian', async () => {
      const okt = wib('2026-10-31', '15:00');
      const isi = await svc().isiOtomatis({ skpIds: [u.skpStaf.id], tahun: 2026, periodeKe: 10, now: okt });
      expect(isi).toMatchObject({ indikator: 6, dihitung: 6, gagal: 0 });
      await svc().simpanRealisasi(pemilik(), { indikatorId: u.indikator.manual.id, periodeKe: 10, angka: 8 }, okt);
      const bukti = await svc().tambahBuktiTautan(pemilik(), u.indikator.manual.id, 10, { tautan: 'https://contoh.go.id/okt', nama: 'Oktober' }, okt);
      expect((await realisasiRow(u.indikator.tiket.id, 10))!.angka).toBe(1);

      await nilaiPeriode(t.db, u.skpStaf, 10);
      await u.tambahTiket('2026-10-20', t.fixture.pStaf.id, 5);
      const n0 = await hitungRealisasi(t.db);
      const beku = await svc().isiOtomatis({ skpIds: [u.skpStaf.id], tahun: 2026, periodeKe: 10, now: wib('2026-11-30', '15:00') });
      expect(beku).toMatchObject({ indikator: 0, dihitung: 0 });
      expect((await realisasiRow(u.indikator.tiket.id, 10))!.angka).toBe(1);
      const l = await lembar(pegawai, 10);
      expect(l.beku).toBe(true);
      expect(l.izin.isi).toBe(false);
      expect(l.alasanTidakBisaIsi).toMatch(/sudah dinilai/);
      expect(l.penilaian).toMatchObject({ ratingHasilKerja: 'sesuai', predikat: 'baik', ditetapkanAt: null });
      expect(indikatorDi(l, u.indikator.tiket.id).realisasi!.angka).toBe(1);

      const put = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.manual.id, periodeKe: 10, angka: 9 });
      expect(put.statusCode).toBe(409);
      expect(put.json().code).toBe('SUDAH_DINILAI');
      expect((await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.tiket.id, periodeKe: 10, catatan: 'telat' })).json().code).toBe('SUDAH_DINILAI');
      expect((await unggah(pegawai, u.indikator.manual.id, 10, [{ field: 'berkas', namaFile: 'a.pdf', isi: contohPdf() }])).statusCode).toBe(409);
      expect((await api('DELETE', `/kinerja/bukti/${bukti.id}`, pegawai)).statusCode).toBe(409);
      expect((await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/10/hitung-ulang`, atasan)).json().code).toBe('SUDAH_DINILAI');
      expect(await hitungRealisasi(t.db)).toEqual(n0);
      expect((await realisasiRow(u.indikator.manual.id, 10))!.angka).toBe(8);
      // the dialogue may continue after the rating
      expect((await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/10/umpan-balik`, pegawai, { isi: 'Terima kasih atas penilaiannya.' })).statusCode).toBe(201);
    });

    it('should run the hourly job for the running and the previous period, skipping the rated one', async () => {
      const hasil = await svc().isiOtomatisJob(SEKARANG);
      expect(hasil.map((h) => [h.tahun, h.periodeKe])).toEqual([[2026, 11], [2026, 10]]);
      expect(hasil[0]!.indikator).toBe(7); // Staf's 6 + Bee's bound indikator
      expect(hasil[1]!.indikator).toBe(1); // Staf's October is rated and frozen; Bee's is not
      const januari = await svc().isiOtomatisJob(wib('2027-01-05'));
      expect(januari.map((h) => [h.tahun, h.periodeKe])).toEqual([[2027, 1], [2026, 12]]);
    });
  });

  describe('annual sheet', () => {
    it('should give the year\'s figure per indikator (sums for counts, weighted shares) and no inputs', async () => {
      const l = await lembar(pegawai, 0);
      expect(l.periode).toMatchObject({ ke: 0, tahunan: true, label: 'Tahunan 2026' });
      expect(l.izin.isi).toBe(false);
      expect(l.izin.nilai).toBe(false);
      const tiket = indikatorDi(l, u.indikator.tiket.id);
      expect(tiket.realisasi).toBeNull();
      // October and November from the tests above; December by the January job run (0 tickets so far)
      const per = await Promise.all([10, 11, 12].map(async (ke) => (await realisasiRow(u.indikator.tiket.id, ke))!.angka!));
      expect(per[2]).toBe(0);
      expect(tiket.tahunan).toMatchObject({ cara: 'jumlah', angka: per[0]! + per[1]!, jumlahPeriode: 3 });
      expect(tiket.tahunan!.perPeriode.map((p) => [p.ke, p.label])).toEqual([[10, 'Oktober 2026'], [11, 'November 2026'], [12, 'Desember 2026']]);
      // October: 1 of 1 on time (100 %), November: 1 of 2 (50 %), December: none (left out) → 2 of 3 = 66.67 %
      expect(indikatorDi(l, u.indikator.permohonan.id).tahunan).toMatchObject({ cara: 'rata_tertimbang', angka: 66.67 });
      expect(indikatorDi(l, u.indikator.manual.id).tahunan).toMatchObject({ cara: 'jumlah', angka: 8 + 11 });
      expect(indikatorDi(l, u.indikator.kualitatif.id).tahunan).toMatchObject({ cara: 'rata_rata', angka: null, jumlahPeriode: 1 });
      expect((await lembar(atasan, 0)).izin.nilai).toBe(true); // one periodic penilaian exists
      const tahunan = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.manual.id, periodeKe: 0, angka: 1 });
      expect(tahunan.statusCode).toBe(400);
      const buktiTahunan = await api('POST', `/kinerja/indikator/${u.indikator.manual.id}/periode/0/bukti`, pegawai, { tautan: 'https://contoh.go.id', nama: 'x' });
      expect(buktiTahunan.json().code).toBe('PERIODE_TAHUNAN');
    });

    it('should lock everything once the year is ditetapkan', async () => {
      await nilaiPeriode(t.db, u.skpStaf, 0);
      await t.db.execute(sql`update kinerja_penilaian set ditetapkan_at = now(), batas_keberatan = '2027-01-20' where skp_id = ${u.skpStaf.id} and periode_ke = 0`);
      const l = await lembar(pegawai, 11);
      expect(l.beku).toBe(true);
      expect(l.izin).toEqual({ isi: false, umpanBalik: false, nilai: false, hitungUlang: false });
      const r = await api('PUT', '/kinerja/realisasi', pegawai, { indikatorId: u.indikator.manual.id, periodeKe: 11, angka: 1 });
      expect(r.json().code).toBe('TERKUNCI');
      expect((await api('POST', `/kinerja/skp/${u.skpStaf.id}/periode/11/umpan-balik`, atasan, { isi: 'x' })).json().code).toBe('TERKUNCI');
      expect((await svc().isiOtomatis({ skpIds: [u.skpStaf.id], tahun: 2026, periodeKe: 11, now: new Date() })).indikator).toBe(0);
    });
  });
});
