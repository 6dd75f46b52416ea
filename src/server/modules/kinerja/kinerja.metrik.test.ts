import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../testing/test-app.ts';
import { createPenghitungMetrik, lingkupEfektif, metrikTersedia, rekamanSumber } from './kinerja.metrik.ts';
import { cariMetrik } from '../../../domain/kinerja/metrik.ts';
import { RAHASIA, SEKARANG, seedRealisasiUji } from './kinerja.realisasi.testing.ts';

/**
 * The small public additions H2 made to other modules for kinerja (skm.faktaIkmUnit / ringkasSurvei,
 * antrian.statistik.ringkasTiket / daftarLokasi, layanan.permohonan.ringkasPermohonan,
 * layanan.pengaduan.ringkasPengaduan) and the metric calculator built on them.
 */
describe('kinerja service metrics and their sources', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedRealisasiUji>>;
  const s = () => t.app.services;

  beforeAll(async () => {
    t = await createTestApp();
    u = await seedRealisasiUji(t.db, t.fixture);
  });
  afterAll(async () => t?.close());

  describe('skm.faktaIkmUnit', () => {
    it('should compute the IKM of a unit from the released answers of its surveys in the range, with survey ids as evidence', async () => {
      const f = await s().skm.faktaIkmUnit({ unitId: t.fixture.opdA.id, dari: '2026-11-01', sampai: '2026-11-30' }, SEKARANG);
      // running survey (ends 31 Dec): 12 answers, released in whole batches of K = 10 (ADR 0005)
      expect(f.responden).toBe(10);
      expect(f.surveiIds).toEqual([u.survei.id]);
      expect(f.ikm).not.toBeNull();
      expect(f.ikm!).toBeGreaterThan(25);
      expect(f.ikm!).toBeLessThanOrEqual(100);
      expect(f.alasan).toBeNull();
      // the survey's own result (same released answers) gives the same IKM
      const hasil = await s().skm.getHasil({ akunId: 1, roles: ['admin'], opdId: null }, u.survei.id, SEKARANG);
      expect(f.ikm).toBe(hasil.hasil.ikm);
      expect(f.responden).toBe(hasil.hasil.responden);
    });

    it('should count only answers dated in the range, and give null with a reason below the anonymity threshold', async () => {
      const awal = await s().skm.faktaIkmUnit({ unitId: t.fixture.opdA.id, dari: '2026-11-01', sampai: '2026-11-05' }, SEKARANG);
      expect(awal).toMatchObject({ ikm: null, mutu: null, responden: 4, ambangAnonim: 10 });
      expect(awal.alasan).toMatch(/Belum cukup responden: 4 dari minimal 10/);
      const bidang = await s().skm.faktaIkmUnit({ unitId: u.bidang.id, dari: '2026-11-01', sampai: '2026-11-30' }, SEKARANG);
      expect(bidang.ikm).toBeNull();
      expect(bidang.responden).toBe(0); // 3 answers, none released yet (no whole batch of 10)
      const kosong = await s().skm.faktaIkmUnit({ unitId: t.fixture.opdB.id, dari: '2026-11-01', sampai: '2026-11-30' }, SEKARANG);
      expect(kosong).toMatchObject({ ikm: null, responden: 0, surveiIds: [] });
    });

    it('should count every answer of a survey once its period has ended (final), still not below K', async () => {
      const nanti = new Date('2027-01-05T03:00:00Z');
      const f = await s().skm.faktaIkmUnit({ unitId: t.fixture.opdA.id, dari: '2026-11-01', sampai: '2026-11-30' }, nanti);
      expect(f.responden).toBe(12); // final survey, 12 ≥ K
      const bidang = await s().skm.faktaIkmUnit({ unitId: u.bidang.id, dari: '2026-11-01', sampai: '2026-11-30' }, nanti);
      expect(bidang).toMatchObject({ ikm: null, responden: 0 }); // final with 3 < K: held back
    });

    it('should describe surveys without any response-level data', async () => {
      const [r] = await s().skm.ringkasSurvei([u.survei.id, 999_999]);
      expect(r).toMatchObject({ id: u.survei.id, judul: 'SKM Dinas Uji A Triwulan IV', unitNama: 'Dinas Uji A', mulai: '2026-10-01', selesai: '2026-12-31' });
      expect(Object.keys(r!).sort()).toEqual(['id', 'judul', 'layanan', 'mulai', 'periodeLabel', 'selesai', 'status', 'unitNama']);
    });
  });

  describe('display rows without personal data', () => {
    it('antrian.statistik.ringkasTiket: number, layanan, minutes and standard, in the order asked, never the holder', async () => {
      const ids = [u.tiketNov[1]!, u.tiketNov[0]!, 424_242];
      const rows = await s().antrian.statistik.ringkasTiket(ids);
      expect(rows.map((r) => r.id)).toEqual([u.tiketNov[1], u.tiketNov[0]]);
      expect(rows[0]).toMatchObject({ nomor: 'A-002', tanggal: '2026-11-20', status: 'selesai', layanan: 'KTP-el', lokasi: 'Loket Kinerja A', standarMenit: 15, layananMenit: 20, tungguMenit: 12, dalamStandar: false });
      expect(rows[1]).toMatchObject({ layananMenit: 10, dalamStandar: true });
      expect(JSON.stringify(rows)).not.toContain(RAHASIA.tiket);
      expect(await s().antrian.statistik.ringkasTiket([])).toEqual([]);
    });

    it('layanan.permohonan.ringkasPermohonan: number, layanan, on-time and standard, never the applicant', async () => {
      const rows = await s().layanan.permohonan.ringkasPermohonan([...u.pmNov].reverse());
      expect(rows.map((r) => r.id)).toEqual([...u.pmNov].reverse());
      expect(rows[1]).toMatchObject({ nomor: 'PM-KIN-1', layanan: 'Layanan KTP Kinerja', status: 'selesai', tepatWaktu: true, standar: '3 hari kerja' });
      expect(rows[0]).toMatchObject({ tepatWaktu: false });
      const teks = JSON.stringify(rows);
      expect(teks).not.toContain(RAHASIA.pemohon);
      expect(teks).not.toMatch(/nik|telepon|email|isian/i);
    });

    it('layanan.pengaduan.ringkasPengaduan: number, category, deadline and follow-up, never the title, text or reporter', async () => {
      const rows = await s().layanan.pengaduan.ringkasPengaduan(u.aduanNov);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ nomor: 'AD-KIN-1', kategori: 'Jalan rusak (uji kinerja)', tepatWaktu: true });
      expect(rows[1]).toMatchObject({ nomor: 'AD-KIN-2', tindakLanjutAt: null, tepatWaktu: false });
      const teks = JSON.stringify(rows);
      expect(teks).not.toContain(RAHASIA.pelapor);
      expect(teks).not.toContain('Isi aduan rahasia');
    });

    it('antrian.statistik.daftarLokasi: the lokasi of the given units', async () => {
      expect((await s().antrian.statistik.daftarLokasi([t.fixture.opdA.id])).map((l) => l.id)).toEqual([u.lokasi.id]);
      expect(await s().antrian.statistik.daftarLokasi([t.fixture.opdB.id])).toEqual([]);
    });
  });

  describe('the calculator (kinerja.metrik.ts)', () => {
    const nov = ['2026-11-01', '2026-11-30'] as const;
    const target = (metrik: string, lingkup: 'pegawai' | 'unit' | 'lokasi' | null, refId: number | null = null) =>
      ({ metrik, lingkup, refId, pegawaiId: t.fixture.pStaf.id, unitId: t.fixture.opdA.id });

    it('should give exactly the figures and record ids the source modules report', async () => {
      const h = createPenghitungMetrik(s(), SEKARANG);
      const fa = await s().antrian.statistik.faktaLayananPegawai({ pegawaiId: t.fixture.pStaf.id, dari: nov[0], sampai: nov[1] });
      const tiket = await h.hitung(target('antrian.tiket_dilayani', 'pegawai'), ...nov);
      expect(tiket).toMatchObject({ angka: fa.tiketDilayani, refIds: fa.tiketIds, jenis: 'tiket', bobot: 3 });
      expect(tiket.refIds).toEqual(u.tiketNov);
      expect((await h.hitung(target('antrian.layanan_median_menit', 'pegawai'), ...nov)).angka).toBe(fa.layananMedianMenit);
      expect((await h.hitung(target('antrian.persen_dalam_standar', 'pegawai'), ...nov)).angka).toBe(fa.persenDalamStandar);

      const fl = await s().antrian.statistik.faktaLayananLokasi({ lokasiId: u.lokasi.id, dari: nov[0], sampai: nov[1] });
      expect(await h.hitung(target('antrian.tunggu_median_menit', 'lokasi', u.lokasi.id), ...nov)).toMatchObject({ angka: fl.tungguMedianMenit, refIds: fl.tiketIds });

      const fp = await s().layanan.permohonan.faktaPermohonanPegawai({ pegawaiId: t.fixture.pStaf.id, dari: nov[0], sampai: nov[1] });
      expect(await h.hitung(target('permohonan.persen_tepat_waktu', 'pegawai'), ...nov)).toMatchObject({ angka: 50, refIds: fp.permohonanIds, bobot: 2 });
      expect(fp.permohonanIds).toEqual(u.pmNov);
      const fu = await s().layanan.permohonan.faktaPermohonanUnit({ unitId: t.fixture.opdA.id, dari: nov[0], sampai: nov[1] });
      expect(await h.hitung(target('permohonan.selesai', 'unit'), ...nov)).toMatchObject({ angka: fu.selesai, refIds: fu.permohonanIds, refId: t.fixture.opdA.id });

      const fd = await s().layanan.pengaduan.faktaPengaduanUnit({ unitId: t.fixture.opdA.id, dari: nov[0], sampai: nov[1] });
      expect(await h.hitung(target('pengaduan.persen_tindak_lanjut_tepat', 'unit', t.fixture.opdA.id), ...nov)).toMatchObject({ angka: 50, refIds: fd.ids, jenis: 'pengaduan' });

      const fi = await s().skm.faktaIkmUnit({ unitId: t.fixture.opdA.id, dari: nov[0], sampai: nov[1] }, SEKARANG);
      expect(await h.hitung(target('skm.ikm', 'unit', t.fixture.opdA.id), ...nov)).toMatchObject({ angka: fi.ikm, refIds: [u.survei.id], jenis: 'skm_survei', bobot: 10 });
    });

    it('should never count someone else\'s work for lingkup pegawai, and fall back to a valid scope', () => {
      const m = cariMetrik('antrian.tiket_dilayani')!;
      expect(lingkupEfektif(m, { ...target('antrian.tiket_dilayani', 'pegawai', 12345) })).toEqual({ lingkup: 'pegawai', refId: t.fixture.pStaf.id });
      expect(lingkupEfektif(m, { ...target('antrian.tiket_dilayani', 'unit', 7) })).toEqual({ lingkup: 'pegawai', refId: t.fixture.pStaf.id });
      expect(lingkupEfektif(cariMetrik('skm.ikm')!, target('skm.ikm', 'unit'))).toEqual({ lingkup: 'unit', refId: t.fixture.opdA.id });
      expect(lingkupEfektif(cariMetrik('antrian.tunggu_median_menit')!, target('antrian.tunggu_median_menit', 'lokasi'))).toEqual({ lingkup: 'lokasi', refId: null });
    });

    it('should give a reason instead of a figure when there is no data, no lokasi or no source module', async () => {
      const h = createPenghitungMetrik(s(), SEKARANG);
      const okt = await h.hitung(target('permohonan.persen_tepat_waktu', 'pegawai'), '2026-09-01', '2026-09-30');
      expect(okt).toMatchObject({ angka: null, refIds: [], bobot: 0 });
      expect(okt.alasan).toMatch(/Belum ada permohonan/);
      expect((await h.hitung(target('antrian.tunggu_median_menit', 'lokasi'), ...nov)).alasan).toMatch(/Lokasi antrian belum dipilih/);
      const tanpa = createPenghitungMetrik({}, SEKARANG);
      expect((await tanpa.hitung(target('skm.ikm', 'unit'), ...nov)).alasan).toMatch(/tidak tersedia/);
      expect(metrikTersedia({})).toEqual([]);
      expect(metrikTersedia(s()).length).toBe(8);
      expect(metrikTersedia({ layanan: s().layanan }).map((m) => m.kode)).toEqual(['permohonan.selesai', 'permohonan.persen_tepat_waktu', 'pengaduan.persen_tindak_lanjut_tepat']);
    });

    it('should turn stored ids into display rows in order, keeping a row for a record that is gone', async () => {
      const rows = await rekamanSumber(s(), 'tiket', [u.tiketNov[0]!, 987_654]);
      expect(rows[0]).toMatchObject({ id: u.tiketNov[0], nomor: 'A-001', layanan: 'KTP-el — Loket Kinerja A' });
      expect(rows[0]!.keterangan).toMatch(/Dilayani 10 menit \(standar 15 menit, dalam standar\); menunggu 4 menit/);
      expect(rows[1]).toMatchObject({ id: 987_654, nomor: '#987654', keterangan: 'Data sumber tidak tersedia lagi.' });
      const pm = await rekamanSumber(s(), 'permohonan', u.pmNov);
      expect(pm.map((r) => r.keterangan)).toEqual([expect.stringMatching(/tepat waktu \(standar 3 hari kerja\)/), expect.stringMatching(/melewati standar/)]);
      const ad = await rekamanSumber(s(), 'pengaduan', u.aduanNov);
      expect(ad[1]!.keterangan).toMatch(/Belum ditindaklanjuti \(batas 23 November 2026\)/);
      const sv = await rekamanSumber(s(), 'skm_survei', [u.survei.id]);
      expect(sv[0]).toMatchObject({ nomor: 'SKM Dinas Uji A Triwulan IV', layanan: 'Semua layanan unit' });
      const semua = JSON.stringify([rows, pm, ad, sv]);
      for (const r of Object.values(RAHASIA)) expect(semua).not.toContain(r);
    });
  });
});
