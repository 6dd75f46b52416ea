import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PengaduanDataInput } from '../../../contracts/pengaduan.ts';
import type { Role } from '../../../contracts/auth.ts';
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../../lib/password.ts';
import { TEST_PASSWORD, type seedFixture } from '../../testing/test-app.ts';
import { akun } from '../auth/auth.table.ts';
import { hariLibur } from '../kalender/kalender.table.ts';
import { unitOrganisasi, wilayah } from '../org/org.table.ts';
import type { StafPengaduan } from './layanan.pengaduan.service.ts';
import { layanan, layananStandarVersi, pengaduanKategori, permohonan } from './layanan.table.ts';

type Fixture = Awaited<ReturnType<typeof seedFixture>>;

/**
 * Test set-up for complaints on top of the shared fixture (src/server/testing/test-app.ts):
 * - categories `jalan-rusak` (default unit: a bidang of Dinas Uji A), `sampah` (Dinas Uji B) and `lainnya`
 *   (no default unit);
 * - a small wilayah of Tanjungbalai (one kecamatan, two kelurahan);
 * - the Christmas 2026 holidays (24 cuti bersama, 25 Natal);
 * - an account `petugas_b` (petugas of Dinas Uji B).
 */
export async function seedPengaduanUji(db: Db, fx: Fixture) {
  const [bidangA] = await db.insert(unitOrganisasi).values({
    kode: 'T-A-JLN', nama: 'Bidang Jalan Uji A', jenis: 'BIDANG', parentId: fx.opdA.id, opdId: fx.opdA.id, isUnitLayanan: true,
  }).returning();
  const kategori = await db.insert(pengaduanKategori).values([
    { kode: 'jalan-rusak', nama: 'Jalan rusak', deskripsi: 'Jalan berlubang atau rusak', grup: 'Infrastruktur', kataKunci: 'jalan,lubang', unitId: bidangA!.id },
    { kode: 'sampah', nama: 'Sampah', grup: 'Kebersihan', unitId: fx.opdB.id },
    { kode: 'lainnya', nama: 'Lainnya', grup: 'Umum', unitId: null },
    { kode: 'lama', nama: 'Kategori lama', aktif: false, unitId: null },
  ]).returning();
  await db.insert(wilayah).values([
    { kode: '12', nama: 'Sumatera Utara', tingkat: 'provinsi' },
    { kode: '12.74', nama: 'Kota Tanjungbalai', tingkat: 'kota', indukKode: '12' },
    { kode: '12.74.04', nama: 'Teluk Nibung', tingkat: 'kecamatan', indukKode: '12.74' },
    { kode: '12.74.04.1005', nama: 'Beting Kuala Kapias', tingkat: 'kelurahan', indukKode: '12.74.04' },
    { kode: '12.74.04.1001', nama: 'Pematang Pasir', tingkat: 'kelurahan', indukKode: '12.74.04' },
  ]).onConflictDoNothing();
  await db.insert(hariLibur).values([
    { tanggal: '2026-12-24', nama: 'Cuti bersama Natal', jenis: 'cuti_bersama' },
    { tanggal: '2026-12-25', nama: 'Natal', jenis: 'libur_nasional' },
  ]).onConflictDoNothing();
  const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
  const roles: Role[] = ['petugas'];
  const [b] = await db.insert(akun).values({ username: 'petugas_b', nama: 'Petugas Uji B', passwordHash, roles, opdId: fx.opdB.id }).returning();
  const byKode = Object.fromEntries(kategori.map((k) => [k.kode, k]));
  const staf = {
    koordinator: { akunId: fx.accounts.admin!, roles: ['admin'], pegawaiId: null, opdId: null } satisfies StafPengaduan,
    petugasA: { akunId: fx.accounts.petugas!, roles: ['petugas'], pegawaiId: null, opdId: fx.opdA.id } satisfies StafPengaduan,
    adminOpdA: { akunId: fx.accounts.admin_opd!, roles: ['admin_opd'], pegawaiId: null, opdId: fx.opdA.id } satisfies StafPengaduan,
    petugasB: { akunId: b!.id, roles: ['petugas'], pegawaiId: null, opdId: fx.opdB.id } satisfies StafPengaduan,
  };
  return { bidangA: bidangA!, kategori: byKode, staf };
}

/** A valid submission (`data` of POST /pengaduan) with overrides. */
export function dataLaporan(over: Partial<PengaduanDataInput> = {}): PengaduanDataInput {
  return {
    klasifikasi: 'pengaduan',
    kategoriKode: 'jalan-rusak',
    judul: 'Jalan berlubang di depan sekolah',
    isi: 'Ada lubang besar di Jalan Sudirman depan SD Negeri 1, membahayakan anak-anak yang menyeberang.',
    anonim: false,
    rahasia: false,
    pelapor: { nama: 'Siti Aminah', telepon: '0812-3456-7890', email: 'siti@example.id' },
    kelurahanKode: '12.74.04.1005',
    alamat: 'Jl. Sudirman No. 10',
    lat: 2.9667,
    lng: 99.8,
    persetujuan: true,
    ...over,
  };
}

/** Every file under a folder (recursively); [] when it does not exist. */
export function berkasDi(dir: string): string[] {
  let isi: string[];
  try {
    isi = readdirSync(dir);
  } catch {
    return [];
  }
  return isi.flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? berkasDi(p) : [p];
  });
}

/**
 * A layanan of `unitId` with one published standard and one permohonan `nomor` (the least a complaint needs
 * to link to them; the permohonan's personal-data columns hold placeholders, not real data).
 */
export async function seedLayananDanPermohonan(db: Db, o: { unitId: number; kode: string; nomor: string }) {
  const [l] = await db.insert(layanan).values({ kode: o.kode, nama: `Layanan ${o.kode}`, unitId: o.unitId }).returning();
  const [v] = await db.insert(layananStandarVersi).values({
    layananId: l!.id, versi: 1, terbit: true, berlakuMulai: new Date('2026-01-01T00:00:00Z'), persyaratan: [], prosedur: [],
    jangkaWaktuNilai: 3, jangkaWaktuSatuan: 'hari_kerja', produk: 'Dokumen', pengaduanKanal: [], dasarHukum: [],
  }).returning();
  const at = new Date('2026-11-02T02:00:00Z');
  const [p] = await db.insert(permohonan).values({
    nomor: o.nomor, kodeAksesHash: 'x'.repeat(64), layananId: l!.id, standarVersiId: v!.id, unitId: o.unitId, status: 'diajukan',
    pemohonNama: 'Pemohon Uji', nikEnc: 'v1.uji', nikHash: 'uji', nikAkhir: '0001', persetujuanVersi: 'uji', persetujuanAt: at, diajukanAt: at,
  }).returning();
  return { layanan: l!, permohonan: p! };
}
