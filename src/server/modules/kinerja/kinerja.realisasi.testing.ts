import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { hashPassword } from '../../lib/password.ts';
import { TEST_PASSWORD, type seedFixture } from '../../testing/test-app.ts';
import { antrianLayanan, antrianLokasi, antrianTiket } from '../antrian/antrian.table.ts';
import { akun } from '../auth/auth.table.ts';
import { layanan, layananStandarVersi, pengaduan, pengaduanKategori, permohonan } from '../layanan/layanan.table.ts';
import { jabatan, pegawai, unitOrganisasi } from '../org/org.table.ts';
import { skmRespon, skmSurvei } from '../skm/skm.table.ts';
import { kinerjaPenilaian, skp, skpIndikator, skpRhk } from './kinerja.table.ts';

type Fixture = Awaited<ReturnType<typeof seedFixture>>;

/** An instant from a WIB wall time. */
export const wib = (tanggal: string, jam = '10:00') => new Date(`${tanggal}T${jam}:00+07:00`);

/** "Now" of the realisasi tests: Monday 30 November 2026, 10:00 WIB (November = period 11 is running). */
export const SEKARANG = wib('2026-11-30', '10:00');

/** Personal data placed in the source rows — must never appear in a kinerja answer. */
export const RAHASIA = { pemohon: 'Pemohon Rahasia Sekali', pelapor: 'Judul Aduan Rahasia', tiket: 'Pemegang Tiket Rahasia' };

/**
 * Test set-up of the realisasi part on top of the shared fixture (opdA: Kepala Uji = penilai of Staf Uji):
 * - a bidang of opdA; a colleague "Rekan Uji" (account `rekan`, same atasan, no relation to Staf's SKP);
 *   in opdB "Pegawai Bee" with an own disetujui SKP (account `pegawaib`);
 * - Staf Uji's disetujui 2026 SKP (1 Jan – 31 Dec, penilai Kepala Uji) with one RHK utama and indikator:
 *   manual (kuantitas, 10 dokumen), and bound to antrian.tiket_dilayani (pegawai), permohonan.persen_tepat_waktu
 *   (pegawai), pengaduan.persen_tindak_lanjut_tepat (unit opdA), skm.ikm (unit opdA) and
 *   antrian.tunggu_median_menit (lokasi); a tambahan RHK with one manual kualitas indikator;
 * - source data: a queue lokasi of opdA with tickets served by Staf (3 in November, 1 in October, 1 no-show)
 *   and by Kepala; finished applications of Staf (2 in November, one late; 1 in October) and of another unit;
 *   complaints forwarded to opdA (2 in November, one followed up in time) and to opdB; an SKM survey of opdA
 *   (Triwulan IV) with 12 answers in November and a bidang survey with 3 answers (below K = 10).
 */
export async function seedRealisasiUji(db: Db, fx: Fixture) {
  const [bidang] = await db.insert(unitOrganisasi).values({ kode: 'T-A-BID', nama: 'Bidang Uji A', jenis: 'BIDANG', parentId: fx.opdA.id, opdId: fx.opdA.id, isUnitLayanan: true }).returning();
  const [jabStaf] = await queryRows<{ id: number }>(db, sql`select id from jabatan where nama = 'Pengadministrasi Umum'`);
  const [rekan] = await db.insert(pegawai).values({ nip: '199105052019031005', jenisAsn: 'PNS', nama: 'Rekan Uji', jenisKelamin: 'L', tanggalLahir: '1991-05-05', golongan: 'III/a', jabatanId: Number(jabStaf!.id), unitId: fx.opdA.id }).returning();
  const [kepB] = await db.insert(jabatan).values({ unitId: fx.opdB.id, nama: 'Kepala Dinas Uji B', jenis: 'JPT', isKepalaUnit: true }).returning();
  const [jabB] = await db.insert(jabatan).values({ unitId: fx.opdB.id, nama: 'Analis B', jenis: 'PELAKSANA', atasanJabatanId: kepB!.id }).returning();
  const [pB] = await db.insert(pegawai).values({ nip: '199206062019032006', jenisAsn: 'PNS', nama: 'Pegawai Bee', jenisKelamin: 'P', tanggalLahir: '1992-06-06', golongan: 'III/a', jabatanId: jabB!.id, unitId: fx.opdB.id }).returning();
  await db.update(pegawai).set({ telepon: '081234567890' }).where(sql`id = ${fx.pStaf.id}`);
  const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
  await db.insert(akun).values([
    { username: 'rekan', nama: 'Rekan Uji', passwordHash, roles: ['pegawai'], pegawaiId: rekan!.id, opdId: fx.opdA.id },
    { username: 'pegawaib', nama: 'Pegawai Bee', passwordHash, roles: ['pegawai'], pegawaiId: pB!.id, opdId: fx.opdB.id },
  ]);

  // --- antrian
  const [lokasi] = await db.insert(antrianLokasi).values({ kode: 'kin-a', nama: 'Loket Kinerja A', unitId: fx.opdA.id, jamLayanan: {} }).returning();
  const [lay] = await db.insert(antrianLayanan).values({ lokasiId: lokasi!.id, nama: 'KTP-el', prefix: 'A', kuotaOnline: 50, kuotaWalkin: 50, standarMenit: 15 }).returning();
  let urut = 0;
  const tiket = async (tanggal: string, petugasPegawaiId: number, layananMenit: number | null, tungguMenit = 5) => {
    urut += 1;
    const datang = wib(tanggal, '08:00');
    const panggil = new Date(datang.getTime() + tungguMenit * 60_000);
    const [t] = await db.insert(antrianTiket).values({
      lokasiId: lokasi!.id, layananId: lay!.id, tanggal, kanal: 'walkin', nomorUrut: urut, nomor: `A-${String(urut).padStart(3, '0')}`, kode: `kin-${urut}`,
      status: layananMenit == null ? 'tidak_hadir' : 'selesai', petugasPegawaiId, nama: RAHASIA.tiket,
      checkInPada: datang, antriPada: datang, dipanggilPada: panggil,
      mulaiPada: layananMenit == null ? null : panggil, selesaiPada: layananMenit == null ? null : new Date(panggil.getTime() + layananMenit * 60_000),
    }).returning({ id: antrianTiket.id });
    return t!.id;
  };
  const tiketNov = [await tiket('2026-11-10', fx.pStaf.id, 10, 4), await tiket('2026-11-20', fx.pStaf.id, 20, 12), await tiket('2026-11-27', fx.pStaf.id, 8, 6)];
  const tiketOkt = await tiket('2026-10-15', fx.pStaf.id, 12);
  await tiket('2026-11-11', fx.pStaf.id, null);
  await tiket('2026-11-12', fx.pKepala.id, 9);

  // --- permohonan (finished cases; personal columns hold placeholders)
  const [l] = await db.insert(layanan).values({ kode: 'kin-ktp', nama: 'Layanan KTP Kinerja', unitId: fx.opdA.id }).returning();
  const [v] = await db.insert(layananStandarVersi).values({
    layananId: l!.id, versi: 1, terbit: true, berlakuMulai: new Date('2026-01-01T00:00:00Z'), persyaratan: [], prosedur: [],
    jangkaWaktuNilai: 3, jangkaWaktuSatuan: 'hari_kerja', produk: 'KTP-el', pengaduanKanal: [], dasarHukum: [],
  }).returning();
  let nomorPm = 0;
  const pm = async (diajukan: string, selesai: string, tepatWaktu: boolean, petugasId: number | null, unitId = fx.opdA.id) => {
    nomorPm += 1;
    const [p] = await db.insert(permohonan).values({
      nomor: `PM-KIN-${nomorPm}`, kodeAksesHash: 'x'.repeat(64), layananId: l!.id, standarVersiId: v!.id, unitId, status: 'selesai',
      pemohonNama: RAHASIA.pemohon, nikEnc: 'v1.uji', nikHash: `uji-${nomorPm}`, nikAkhir: '0001', persetujuanVersi: 'uji', persetujuanAt: wib(diajukan),
      diajukanAt: wib(diajukan), selesaiAt: wib(selesai), tepatWaktu, petugasId,
    }).returning({ id: permohonan.id });
    return Number(p!.id);
  };
  const pmNov = [await pm('2026-11-02', '2026-11-04', true, fx.pStaf.id), await pm('2026-11-05', '2026-11-16', false, fx.pStaf.id)];
  await pm('2026-10-01', '2026-10-02', true, fx.pStaf.id);
  await pm('2026-11-02', '2026-11-03', true, fx.pKepala.id, fx.opdB.id);

  // --- pengaduan forwarded to opdA
  const [kat] = await db.insert(pengaduanKategori).values({ kode: 'kin-jalan', nama: 'Jalan rusak (uji kinerja)', unitId: fx.opdA.id }).returning();
  let nomorAd = 0;
  const aduan = async (masuk: string, batas: string, tindakLanjut: string | null, unitId = fx.opdA.id) => {
    nomorAd += 1;
    const [p] = await db.insert(pengaduan).values({
      nomor: `AD-KIN-${nomorAd}`, kategoriId: kat!.id, unitId, status: tindakLanjut ? 'ditindaklanjuti' : 'diteruskan', judul: RAHASIA.pelapor,
      isi: 'Isi aduan rahasia milik pelapor.', batasVerifikasi: wib(masuk, '16:00'), batasTindakLanjut: wib(batas, '16:00'),
      tindakLanjutAt: tindakLanjut ? wib(tindakLanjut, '09:00') : null, createdAt: wib(masuk, '09:00'),
    }).returning({ id: pengaduan.id });
    return Number(p!.id);
  };
  const aduanNov = [await aduan('2026-11-03', '2026-11-17', '2026-11-10'), await aduan('2026-11-09', '2026-11-23', null)];
  await aduan('2026-11-04', '2026-11-18', '2026-11-05', fx.opdB.id);

  // --- SKM: opdA Triwulan IV with 12 answers in November; the bidang with 3 (below K)
  const [sv] = await db.insert(skmSurvei).values({
    unitId: fx.opdA.id, judul: 'SKM Dinas Uji A Triwulan IV', jenisPeriode: 'triwulan', tahun: 2026, ke: 4, mulai: '2026-10-01', selesai: '2026-12-31', kode: 'kinskm1',
  }).returning();
  const [svB] = await db.insert(skmSurvei).values({
    unitId: bidang!.id, judul: 'SKM Bidang Uji', jenisPeriode: 'triwulan', tahun: 2026, ke: 4, mulai: '2026-10-01', selesai: '2026-12-31', kode: 'kinskm2',
  }).returning();
  const jawab = (surveiId: number, i: number) => ({
    surveiId, tanggal: `2026-11-${String(2 + i).padStart(2, '0')}`, kanal: 'web' as const,
    u1: 3 + (i % 2), u2: 3, u3: 4, u4: 3, u5: 4, u6: 3, u7: 3 + ((i + 1) % 2), u8: 4, u9: 3,
  });
  await db.insert(skmRespon).values(Array.from({ length: 12 }, (_, i) => jawab(sv!.id, i)));
  await db.insert(skmRespon).values(Array.from({ length: 3 }, (_, i) => jawab(svB!.id, i)));

  // --- SKPs
  const buatSkp = async (o: { pegawaiId: number; penilaiId: number | null; unitId: number; opdId: number; jabatanNama: string }) => {
    const [s] = await db.insert(skp).values({
      pegawaiId: o.pegawaiId, tahun: 2026, periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31', jabatanNama: o.jabatanNama,
      jenisJabatan: 'PELAKSANA', unitId: o.unitId, opdId: o.opdId, penilaiId: o.penilaiId, status: 'disetujui', disetujuiAt: wib('2026-01-20'),
    }).returning();
    return s!;
  };
  const skpStaf = await buatSkp({ pegawaiId: fx.pStaf.id, penilaiId: fx.pKepala.id, unitId: fx.opdA.id, opdId: fx.opdA.id, jabatanNama: 'Pengadministrasi Umum' });
  const [rhk] = await db.insert(skpRhk).values({ skpId: skpStaf.id, jenis: 'utama', uraian: 'Terlaksananya pelayanan administrasi kependudukan', urutan: 1 }).returning();
  const [rhkTambahan] = await db.insert(skpRhk).values({ skpId: skpStaf.id, jenis: 'tambahan', uraian: 'Membantu penyusunan laporan', urutan: 2 }).returning();
  const ind = async (v: Partial<typeof skpIndikator.$inferInsert> & { uraian: string; aspek: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya' }, rhkId = rhk!.id) =>
    (await db.insert(skpIndikator).values({ rhkId, ...v }).returning())[0]!;
  const indikator = {
    manual: await ind({ aspek: 'kuantitas', uraian: 'Jumlah dokumen yang diverifikasi', targetAngka: 10, targetSatuan: 'dokumen', urutan: 1 }),
    tiket: await ind({ aspek: 'kuantitas', uraian: 'Tiket antrian dilayani', targetAngka: 3, metrik: 'antrian.tiket_dilayani', metrikLingkup: 'pegawai', urutan: 2 }),
    permohonan: await ind({ aspek: 'waktu', uraian: 'Permohonan selesai tepat waktu', targetAngka: 90, metrik: 'permohonan.persen_tepat_waktu', metrikLingkup: 'pegawai', urutan: 3 }),
    pengaduan: await ind({ aspek: 'waktu', uraian: 'Pengaduan ditindaklanjuti tepat waktu', targetAngka: 80, metrik: 'pengaduan.persen_tindak_lanjut_tepat', metrikLingkup: 'unit', metrikRefId: fx.opdA.id, urutan: 4 }),
    ikm: await ind({ aspek: 'kualitas', uraian: 'IKM unit', targetAngka: 80, metrik: 'skm.ikm', metrikLingkup: 'unit', metrikRefId: fx.opdA.id, urutan: 5 }),
    ikmBidang: await ind({ aspek: 'kualitas', uraian: 'IKM bidang', targetAngka: 80, metrik: 'skm.ikm', metrikLingkup: 'unit', metrikRefId: bidang!.id, urutan: 6 }),
    tunggu: await ind({ aspek: 'waktu', uraian: 'Median waktu tunggu', targetAngka: 10, metrik: 'antrian.tunggu_median_menit', metrikLingkup: 'lokasi', metrikRefId: lokasi!.id, urutan: 7 }),
    kualitatif: await ind({ aspek: 'kualitas', uraian: 'Laporan tersusun rapi', targetNarasi: 'Laporan diterima tanpa revisi' }, rhkTambahan!.id),
  };
  const skpB = await buatSkp({ pegawaiId: pB!.id, penilaiId: null, unitId: fx.opdB.id, opdId: fx.opdB.id, jabatanNama: 'Analis B' });
  const [rhkB] = await db.insert(skpRhk).values({ skpId: skpB.id, jenis: 'utama', uraian: 'RHK pegawai B' }).returning();
  const indB = await ind({ aspek: 'kuantitas', uraian: 'Indikator B', targetAngka: 5, targetSatuan: 'laporan', metrik: null }, rhkB!.id);
  const indBOtomatis = await ind({ aspek: 'kuantitas', uraian: 'Permohonan B', targetAngka: 5, metrik: 'permohonan.selesai', metrikLingkup: 'unit', metrikRefId: fx.opdB.id }, rhkB!.id);

  return {
    bidang: bidang!, rekan: rekan!, pegawaiB: pB!, lokasi: lokasi!, layananAntrian: lay!, survei: sv!, surveiBidang: svB!,
    skpStaf, rhk: rhk!, rhkTambahan: rhkTambahan!, indikator, skpB, rhkB: rhkB!, indB, indBOtomatis,
    tiketNov, tiketOkt, pmNov, aduanNov, tambahTiket: tiket,
  };
}

/** Rates a period directly in kinerja_penilaian (the penilaian part writes it in the app). */
export async function nilaiPeriode(db: Db, s: { id: number; pegawaiId: number; unitId: number; opdId: number; penilaiId: number | null }, periodeKe: number) {
  await db.insert(kinerjaPenilaian).values({
    skpId: s.id, pegawaiId: s.pegawaiId, tahun: 2026, jenisPeriode: periodeKe === 0 ? 'tahunan' : 'bulanan', periodeKe, unitId: s.unitId, opdId: s.opdId,
    ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', predikatMatriks: 'baik', predikat: 'baik', penilaiId: s.penilaiId,
  });
}

/** Row counts of the realisasi tables and kinerja outbox (for "nothing changed" checks). */
export async function hitungRealisasi(db: Db) {
  const [r] = await queryRows<Record<string, number>>(db, sql`select
    (select count(*) from kinerja_realisasi)::int as realisasi, (select count(*) from kinerja_realisasi_sumber)::int as sumber,
    (select count(*) from kinerja_bukti)::int as bukti, (select count(*) from kinerja_umpan_balik)::int as umpan,
    (select count(*) from notifikasi_outbox where templat like 'kinerja.%')::int as outbox,
    (select count(*) from audit_log where aksi like 'kinerja.%')::int as audit`);
  const n = (k: string) => Number(r![k] ?? 0);
  return { realisasi: n('realisasi'), sumber: n('sumber'), bukti: n('bukti'), umpan: n('umpan'), outbox: n('outbox'), audit: n('audit') };
}
