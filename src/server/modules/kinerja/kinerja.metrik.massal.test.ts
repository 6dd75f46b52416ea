import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { menitAntara } from '../antrian/antrian.statistik.repository.ts';
import { antrianLayanan, antrianLokasi, antrianTiket } from '../antrian/antrian.table.ts';
import { hariLibur } from '../kalender/kalender.table.ts';
import { permohonan } from '../layanan/layanan.table.ts';
import { pegawai } from '../org/org.table.ts';
import type { KinerjaDeps } from './kinerja.deps.ts';
import { createPenghitungMetrik } from './kinerja.metrik.ts';
import { createKinerjaRealisasiService } from './kinerja.realisasi.service.ts';
import { kinerjaRealisasi, skp, skpIndikator, skpRhk } from './kinerja.table.ts';
import { SEKARANG, seedRealisasiUji, wib } from './kinerja.realisasi.testing.ts';

/**
 * The BULK service facts (antrian.statistik.faktaLayananPegawaiMassal / faktaLayananLokasiMassal,
 * layanan.permohonan.faktaPermohonanPegawaiMassal) return exactly what the single functions return — figures,
 * medians, percentages, nulls without data and the evidence ids in the same order — and isiOtomatis, which now
 * prefetches through them, writes the same rows as the one-call-per-pegawai path. Data: a deterministic random
 * month and a half of tickets (5 petugas, 3 lokasi; no-shows, unmeasured and negative service times, services
 * longer than a day, sub-millisecond instants, ties on selesai_pada, a lokasi without tickets) and of finished
 * applications across weekends and a holiday. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
describe('bulk service facts for kinerja (many SKPs at once)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedRealisasiUji>>;
  let pegawaiIds: number[];
  let lokasiIds: number[];
  let hanyaMangkir: number;
  let tanpaData: number;
  let tiketSeri: number[];
  const s = () => t.app.services;

  /** mulberry32: the same "random" data on every run. */
  const acak = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };

  beforeAll(async () => {
    t = await createTestApp();
    u = await seedRealisasiUji(t.db, t.fixture);
    const db = t.db;
    const baru = async (nip: string, nama: string) => (await db.insert(pegawai).values({
      nip, jenisAsn: 'PNS', nama, jenisKelamin: 'L', tanggalLahir: '1990-01-01', golongan: 'II/c', jabatanId: t.fixture.pStaf.jabatanId!, unitId: t.fixture.opdA.id,
    }).returning())[0]!;
    const p3 = await baru('199301012020121003', 'Petugas Tiga');
    const p4 = await baru('199401012020121004', 'Petugas Empat');
    hanyaMangkir = p4.id;
    tanpaData = u.rekan.id;
    const petugas = [t.fixture.pStaf.id, t.fixture.pKepala.id, p3.id, u.pegawaiB.id];
    pegawaiIds = [...petugas, hanyaMangkir, tanpaData];

    // --- antrian: two more lokasi (one never used), layanan with 10- and 20-minute standards
    const [lok2] = await db.insert(antrianLokasi).values({ kode: 'massal-b', nama: 'Loket Massal B', unitId: t.fixture.opdB.id, jamLayanan: {} }).returning();
    const [lok3] = await db.insert(antrianLokasi).values({ kode: 'massal-c', nama: 'Loket Massal C (kosong)', unitId: t.fixture.opdB.id, jamLayanan: {} }).returning();
    const [lay2] = await db.insert(antrianLayanan).values({ lokasiId: lok2!.id, nama: 'Akta', prefix: 'B', kuotaOnline: 50, kuotaWalkin: 50, standarMenit: 10 }).returning();
    const [lay3] = await db.insert(antrianLayanan).values({ lokasiId: u.lokasi.id, nama: 'KK', prefix: 'C', kuotaOnline: 50, kuotaWalkin: 50, standarMenit: 20 }).returning();
    lokasiIds = [u.lokasi.id, lok2!.id, lok3!.id];
    const layanan = [{ id: u.layananAntrian.id, lokasiId: u.lokasi.id, standar: 15 }, { id: lay3!.id, lokasiId: u.lokasi.id, standar: 20 }, { id: lay2!.id, lokasiId: lok2!.id, standar: 10 }];
    const r = acak(20261130);
    const pilih = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const tiket: Array<typeof antrianTiket.$inferInsert> = [];
    let urut = 1000;
    for (let hari = 0; hari < 45; hari++) {
      const tanggal = new Date(Date.UTC(2026, 9, 10) + hari * 86_400_000).toISOString().slice(0, 10);
      const n = 2 + Math.floor(r() * 5);
      for (let i = 0; i < n; i++) {
        urut += 1;
        const l = pilih(layanan);
        const petugasPegawaiId = r() < 0.1 ? null : pilih(petugas);
        const jenis = r();
        const status = jenis < 0.72 ? 'selesai' : jenis < 0.82 ? 'tidak_hadir' : jenis < 0.88 ? 'dibatalkan' : jenis < 0.93 ? 'kedaluwarsa' : 'menunggu';
        const datang = wib(tanggal, `0${8 + Math.floor(r() * 2)}:${String(Math.floor(r() * 60)).padStart(2, '0')}`);
        const checkIn = r() < 0.85 ? datang : null;
        const antri = r() < 0.9 || !checkIn ? new Date(datang.getTime() + Math.floor(r() * 60_000)) : null;
        const panggil = status === 'menunggu' || status === 'dibatalkan' ? null : new Date(datang.getTime() + Math.floor(r() * 50 * 60_000));
        // service minutes: mostly around the standard, some exactly at it, a few negative, a few over a day
        const x = r();
        const layananMs = x < 0.08 ? l.standar * 60_000 : x < 0.11 ? -Math.floor(r() * 5 * 60_000) : x < 0.14 ? (24 * 60 + Math.floor(r() * 3000)) * 60_000 + Math.floor(r() * 1000) : Math.floor(r() * 2 * l.standar * 60_000);
        const diukur = status === 'selesai' && panggil && r() > 0.05;
        tiket.push({
          lokasiId: l.lokasiId, layananId: l.id, tanggal, kanal: 'walkin', nomorUrut: urut, nomor: `M-${urut}`, kode: `massal-${urut}`, status,
          petugasPegawaiId: status === 'menunggu' ? null : petugasPegawaiId, checkInPada: checkIn, antriPada: antri, dipanggilPada: panggil,
          mulaiPada: diukur ? panggil : null,
          selesaiPada: status !== 'selesai' ? null : diukur ? new Date(panggil!.getTime() + layananMs) : wib(tanggal, '15:00'),
        });
      }
    }
    // p4 only ever missed their calls (tickets, none served)
    for (const tanggal of ['2026-10-21', '2026-11-11']) {
      urut += 1;
      tiket.push({ lokasiId: u.lokasi.id, layananId: u.layananAntrian.id, tanggal, kanal: 'walkin', nomorUrut: urut, nomor: `M-${urut}`, kode: `massal-${urut}`, status: 'tidak_hadir', petugasPegawaiId: hanyaMangkir, checkInPada: wib(tanggal, '08:00'), dipanggilPada: wib(tanggal, '08:30') });
    }
    const rows = await db.insert(antrianTiket).values(tiket).returning({ id: antrianTiket.id });
    // sub-millisecond instants (JavaScript dates stop at ms; timestamptz keeps µs)
    await db.execute(sql`update antrian_tiket set
      selesai_pada = selesai_pada + ((id * 7919) % 1000) * interval '1 microsecond',
      dipanggil_pada = dipanggil_pada + ((id * 104729) % 1000) * interval '1 microsecond'
      where kode like 'massal-%'`);
    // three served tickets of the same petugas finishing at the same instant (ids break the tie)
    tiketSeri = rows.slice(0, 3).map((x) => x.id);
    await db.execute(sql`update antrian_tiket set status = 'selesai', petugas_pegawai_id = ${t.fixture.pStaf.id}, tanggal = '2026-11-03',
      mulai_pada = '2026-11-03 09:00:00.123456+07', selesai_pada = '2026-11-03 09:07:30.654321+07'
      where id in (${sql.join(tiketSeri.map((id) => sql`${id}`), sql`, `)})`);

    // --- permohonan: finished cases of several assignees across weekends and a local holiday
    await db.insert(hariLibur).values({ tanggal: '2026-10-20', nama: 'Libur lokal uji', jenis: 'libur_lokal' });
    const [lay] = await queryRows<{ id: number; versi: number }>(db, sql`select l.id, v.id as versi from layanan l join layanan_standar_versi v on v.layanan_id = l.id where l.kode = 'kin-ktp'`);
    const kasus: Array<typeof permohonan.$inferInsert> = [];
    for (let i = 0; i < 60; i++) {
      const diajukan = new Date(Date.UTC(2026, 9, 1) + Math.floor(r() * 55 * 86_400_000));
      const selesai = new Date(diajukan.getTime() + Math.floor(r() * 9 * 86_400_000) + 1234);
      const tw = r();
      kasus.push({
        nomor: `PM-MASSAL-${i}`, kodeAksesHash: 'y'.repeat(64), layananId: Number(lay!.id), standarVersiId: Number(lay!.versi), unitId: t.fixture.opdA.id, status: i % 11 === 0 ? 'diproses' : 'selesai',
        pemohonNama: 'Pemohon Uji', nikEnc: 'v1.uji', nikHash: `massal-${i}`, nikAkhir: '0001', persetujuanVersi: 'uji', persetujuanAt: diajukan,
        diajukanAt: diajukan, selesaiAt: selesai, tepatWaktu: tw < 0.6 ? true : tw < 0.9 ? false : null, petugasId: i % 13 === 0 ? null : pilih(petugas.slice(0, 3)),
      });
    }
    // two cases finishing at the same instant
    kasus.push(...[0, 1].map((i) => ({ ...kasus[i]!, nomor: `PM-MASSAL-SERI-${i}`, nikHash: `massal-seri-${i}`, status: 'selesai' as const, petugasId: t.fixture.pStaf.id, selesaiAt: wib('2026-11-04', '10:00'), diajukanAt: wib('2026-11-02', '09:00') })));
    await db.insert(permohonan).values(kasus);
  }, 60_000);
  afterAll(async () => t?.close());

  const RENTANG: Array<[string, string]> = [
    ['2026-10-01', '2026-10-31'], ['2026-11-01', '2026-11-30'], ['2026-10-01', '2026-11-30'], ['2026-11-03', '2026-11-03'],
    ['2026-10-20', '2026-10-20'], ['2026-11-11', '2026-11-18'], ['2026-01-01', '2026-01-31'], ['2026-01-01', '2026-12-31'],
  ];

  it('computes service minutes exactly as extract(epoch)::float8 does, also past a day, below zero and with microseconds', async () => {
    const a = sql`('2026-01-01 00:00:00+00'::timestamptz + ((i * 7919) % 200000) * interval '1 minute' + ((i * 104729) % 1000000) * interval '1 microsecond')`;
    const b = sql`(${a} + (((i::bigint * 15485863) % 345600000000) - 3600000000) * interval '1 microsecond')`;
    const [r] = await queryRows<{ n: number; beda: number; hariLebih: number; negatif: number }>(t.db, sql`
      select count(*)::int as n,
        (count(*) filter (where (greatest(0, extract(epoch from (${b} - ${a})))::float8 / 60) is distinct from (${menitAntara(a, b)})))::int as beda,
        (count(*) filter (where ${b} - ${a} > interval '1 day'))::int as "hariLebih",
        (count(*) filter (where ${b} < ${a}))::int as negatif
      from generate_series(1, 20000) as g(i)`);
    expect(r).toMatchObject({ n: 20000, beda: 0 });
    expect(r!.hariLebih).toBeGreaterThan(1000);
    expect(r!.negatif).toBeGreaterThan(100);
  });

  it('faktaLayananPegawaiMassal gives per pegawai exactly faktaLayananPegawai (figures, nulls, ticket ids in order)', async () => {
    const st = s().antrian.statistik;
    let berisi = 0;
    for (const [dari, sampai] of RENTANG) {
      const massal = await st.faktaLayananPegawaiMassal({ pegawaiIds: [...pegawaiIds, 987_654, pegawaiIds[0]!], dari, sampai });
      expect([...massal.keys()]).toEqual([...pegawaiIds, 987_654]);
      for (const id of [...pegawaiIds, 987_654]) {
        const satu = await st.faktaLayananPegawai({ pegawaiId: id, dari, sampai });
        expect(massal.get(id), `pegawai ${id} ${dari}–${sampai}`).toEqual(satu);
        if (satu.tiketDilayani > 1 && satu.persenDalamStandar! > 0 && satu.persenDalamStandar! < 100) berisi++;
      }
    }
    expect(berisi).toBeGreaterThan(8); // not a vacuous comparison
    const okt = await st.faktaLayananPegawaiMassal({ pegawaiIds: [hanyaMangkir, tanpaData], dari: '2026-10-01', sampai: '2026-11-30' });
    expect(okt.get(hanyaMangkir)).toEqual({ tiketDilayani: 0, layananMedianMenit: null, persenDalamStandar: null, tiketIds: [] });
    expect(okt.get(tanpaData)).toEqual({ tiketDilayani: 0, layananMedianMenit: null, persenDalamStandar: null, tiketIds: [] });
    const seri = (await st.faktaLayananPegawaiMassal({ pegawaiIds: [t.fixture.pStaf.id], dari: '2026-11-03', sampai: '2026-11-03' })).get(t.fixture.pStaf.id)!;
    expect(seri.tiketIds.filter((id) => tiketSeri.includes(id))).toEqual([...tiketSeri].sort((x, y) => x - y));
  });

  it('faktaLayananLokasiMassal gives per lokasi exactly faktaLayananLokasi (demand, no-shows, waiting, ids)', async () => {
    const st = s().antrian.statistik;
    for (const [dari, sampai] of RENTANG) {
      const massal = await st.faktaLayananLokasiMassal({ lokasiIds: [...lokasiIds, 987_654], dari, sampai });
      for (const id of [...lokasiIds, 987_654]) {
        expect(massal.get(id), `lokasi ${id} ${dari}–${sampai}`).toEqual(await st.faktaLayananLokasi({ lokasiId: id, dari, sampai }));
      }
    }
    const nov = await st.faktaLayananLokasiMassal({ lokasiIds, dari: '2026-11-01', sampai: '2026-11-30' });
    expect(nov.get(lokasiIds[0]!)!.tungguMedianMenit).not.toBeNull();
    expect(nov.get(lokasiIds[0]!)!.tidakHadir).toBeGreaterThan(0);
    expect(nov.get(lokasiIds[2]!)).toMatchObject({ jumlahTiket: 0, tiketDilayani: 0, tungguMedianMenit: null, persenTidakHadir: null, tiketIds: [] });
  });

  it('faktaPermohonanPegawaiMassal gives per pegawai exactly faktaPermohonanPegawai (working-day medians, %, ids)', async () => {
    const pm = s().layanan.permohonan;
    let median = 0;
    for (const [dari, sampai] of RENTANG) {
      const massal = await pm.faktaPermohonanPegawaiMassal({ pegawaiIds: [...pegawaiIds, pegawaiIds[1]!, 987_654], dari, sampai });
      expect(massal.size).toBe(pegawaiIds.length + 1);
      for (const id of [...pegawaiIds, 987_654]) {
        const satu = await pm.faktaPermohonanPegawai({ pegawaiId: id, dari, sampai });
        expect(massal.get(id), `pegawai ${id} ${dari}–${sampai}`).toEqual(satu);
        if (satu.selesai >= 2 && satu.medianHariKerja != null) median++;
      }
    }
    expect(median).toBeGreaterThan(6);
    expect((await pm.faktaPermohonanPegawaiMassal({ pegawaiIds: [tanpaData], dari: '2026-10-01', sampai: '2026-11-30' })).get(tanpaData))
      .toEqual({ selesai: 0, tepatWaktu: 0, persenTepatWaktu: null, medianHariKerja: null, permohonanIds: [] });
  });

  it('answers an empty list with an empty map and refuses a reversed range like the single functions', async () => {
    expect((await s().antrian.statistik.faktaLayananPegawaiMassal({ pegawaiIds: [], dari: '2026-11-01', sampai: '2026-11-30' })).size).toBe(0);
    expect((await s().antrian.statistik.faktaLayananLokasiMassal({ lokasiIds: [], dari: '2026-11-01', sampai: '2026-11-30' })).size).toBe(0);
    expect((await s().layanan.permohonan.faktaPermohonanPegawaiMassal({ pegawaiIds: [], dari: '2026-11-01', sampai: '2026-11-30' })).size).toBe(0);
    const q = { dari: '2026-11-30', sampai: '2026-11-01' };
    await expect(s().antrian.statistik.faktaLayananPegawai({ pegawaiId: pegawaiIds[0]!, ...q })).rejects.toMatchObject({ code: 'ANTRIAN_RENTANG_TIDAK_VALID', status: 400 });
    await expect(s().antrian.statistik.faktaLayananPegawaiMassal({ pegawaiIds, ...q })).rejects.toMatchObject({ code: 'ANTRIAN_RENTANG_TIDAK_VALID', status: 400 });
    await expect(s().antrian.statistik.faktaLayananLokasiMassal({ lokasiIds, ...q })).rejects.toMatchObject({ code: 'ANTRIAN_RENTANG_TIDAK_VALID', status: 400 });
  });

  describe('isiOtomatis over many SKPs', () => {
    /** Deps whose bulk functions fail (→ the one-call-per-pegawai path, as before) or work; every source call counted. */
    function depsUji(massal: boolean) {
      const n: Record<string, number> = {};
      const hitung = <A extends unknown[], R>(nama: string, f: (...a: A) => Promise<R>) => (...a: A) => {
        n[nama] = (n[nama] ?? 0) + 1;
        return massal || !nama.endsWith('Massal') ? f(...a) : Promise.reject(new Error('massal dimatikan'));
      };
      const sv = s();
      const st = sv.antrian.statistik;
      const pm = sv.layanan.permohonan;
      const deps: KinerjaDeps = {
        db: t.db, org: sv.org, kalender: sv.kalender, notifikasi: sv.notifikasi, skm: sv.skm, uploadsDir: t.config.uploadsDir, maksBerkasByte: 1024 * 1024,
        antrian: { ...sv.antrian, statistik: {
          ...st, faktaLayananPegawai: hitung('faktaLayananPegawai', st.faktaLayananPegawai), faktaLayananLokasi: hitung('faktaLayananLokasi', st.faktaLayananLokasi),
          faktaLayananPegawaiMassal: hitung('faktaLayananPegawaiMassal', st.faktaLayananPegawaiMassal), faktaLayananLokasiMassal: hitung('faktaLayananLokasiMassal', st.faktaLayananLokasiMassal),
        } },
        layanan: { ...sv.layanan, permohonan: {
          ...pm, faktaPermohonanPegawai: hitung('faktaPermohonanPegawai', pm.faktaPermohonanPegawai),
          faktaPermohonanPegawaiMassal: hitung('faktaPermohonanPegawaiMassal', pm.faktaPermohonanPegawaiMassal),
        } },
      };
      return { deps, n };
    }

    /** Every automatic realisasi row with its evidence ids, comparable across runs. */
    async function isi() {
      const rows = await queryRows<Record<string, unknown>>(t.db, sql`
        select r.indikator_id, r.skp_id, r.periode_ke, r.angka, r.narasi, r.otomatis, r.sumber,
          (select coalesce(array_agg(x.jenis || ':' || x.ref_id order by x.jenis, x.ref_id), '{}') from kinerja_realisasi_sumber x where x.realisasi_id = r.id) as rekaman
        from kinerja_realisasi r where r.otomatis order by r.indikator_id, r.periode_ke`);
      return rows.map((r) => ({ ...r, angka: r.angka == null ? null : Number(r.angka), sumber: typeof r.sumber === 'string' ? JSON.parse(r.sumber) : r.sumber }));
    }

    it('writes exactly the rows of the one-call-per-pegawai path, with one bulk call per source and range', async () => {
      // SKPs of the petugas, bound to every per-pegawai metric and to lokasi metrics; one starts mid-November
      const buat = async (pegawaiId: number, mulai = '2026-01-01') => {
        const [x] = await t.db.insert(skp).values({
          pegawaiId, tahun: 2026, periodeMulai: mulai, periodeSelesai: '2026-12-31', jabatanNama: 'Petugas', jenisJabatan: 'PELAKSANA',
          unitId: t.fixture.opdA.id, opdId: t.fixture.opdA.id, penilaiId: t.fixture.pKepala.id, status: 'disetujui', disetujuiAt: wib('2026-01-20'),
        }).returning();
        const [h] = await t.db.insert(skpRhk).values({ skpId: x!.id, jenis: 'utama', uraian: 'Pelayanan', urutan: 1 }).returning();
        const ind = (metrik: string, lingkup: 'pegawai' | 'lokasi' | 'unit', refId: number | null = null) =>
          ({ rhkId: h!.id, aspek: 'kuantitas' as const, uraian: metrik, targetAngka: 10, metrik, metrikLingkup: lingkup, metrikRefId: refId });
        await t.db.insert(skpIndikator).values([
          ind('antrian.tiket_dilayani', 'pegawai'), ind('antrian.layanan_median_menit', 'pegawai'), ind('antrian.persen_dalam_standar', 'pegawai'),
          ind('permohonan.selesai', 'pegawai'), ind('permohonan.persen_tepat_waktu', 'pegawai'),
          ind('antrian.tunggu_median_menit', 'lokasi', lokasiIds[1]!), ind('antrian.persen_dalam_standar', 'lokasi', lokasiIds[pegawaiId % 3]!),
          ind('permohonan.persen_tepat_waktu', 'unit', t.fixture.opdA.id),
        ]);
        return x!.id;
      };
      const skpIds = [u.skpStaf.id, await buat(t.fixture.pKepala.id), await buat(pegawaiIds[2]!, '2026-11-11'), await buat(hanyaMangkir), await buat(tanpaData)];
      const jalankan = async (massal: boolean) => {
        await t.db.delete(kinerjaRealisasi);
        const { deps, n } = depsUji(massal);
        const svc = createKinerjaRealisasiService(deps);
        const hasil = [];
        for (const ke of [10, 11]) hasil.push(await svc.isiOtomatis({ skpIds, tahun: 2026, periodeKe: ke, now: SEKARANG }));
        return { hasil, rows: await isi(), n };
      };
      const lama = await jalankan(false);
      const baru = await jalankan(true);

      expect(lama.rows.length).toBeGreaterThan(60);
      expect(lama.hasil.map((h) => h.gagal)).toEqual([0, 0]);
      expect(baru.hasil.map(({ ms: _ms, ...h }) => h)).toEqual(lama.hasil.map(({ ms: _ms, ...h }) => h));
      expect(baru.rows).toEqual(lama.rows);
      expect(lama.rows.filter((r) => ((r as { rekaman?: string[] }).rekaman ?? []).length > 1).length).toBeGreaterThan(20);
      // before: one call per pegawai (or lokasi) and period; now: one bulk call per source and range — October (one
      // range), November (two ranges: the SKP that starts on the 11th) — and no single call at all
      expect(lama.n.faktaLayananPegawai).toBeGreaterThanOrEqual(9);
      expect(baru.n).toEqual({ faktaLayananPegawaiMassal: 3, faktaLayananLokasiMassal: 3, faktaPermohonanPegawaiMassal: 3 });
    });

    it('falls back to the single calls when a bulk call fails, and shares one fetch between indikator of the same pegawai', async () => {
      const { deps, n } = depsUji(false);
      const p = createPenghitungMetrik(deps, SEKARANG);
      const target = (pegawaiId: number, metrik: string) => ({ t: { metrik, lingkup: 'pegawai' as const, refId: null, pegawaiId, unitId: t.fixture.opdA.id }, dari: '2026-11-01', sampai: '2026-11-30' });
      const daftar = [target(pegawaiIds[0]!, 'antrian.tiket_dilayani'), target(pegawaiIds[0]!, 'antrian.persen_dalam_standar'), target(pegawaiIds[1]!, 'antrian.tiket_dilayani')];
      await p.siapkan(daftar);
      const h = await Promise.all(daftar.map((d) => p.hitung(d.t, d.dari, d.sampai)));
      expect(n).toEqual({ faktaLayananPegawaiMassal: 1, faktaLayananPegawai: 2 });
      const satu = await s().antrian.statistik.faktaLayananPegawai({ pegawaiId: pegawaiIds[0]!, dari: '2026-11-01', sampai: '2026-11-30' });
      expect(h[0]).toMatchObject({ angka: satu.tiketDilayani, refIds: satu.tiketIds });
      expect(h[1]).toMatchObject({ angka: satu.persenDalamStandar, refIds: satu.tiketIds });
    });
  });
});
