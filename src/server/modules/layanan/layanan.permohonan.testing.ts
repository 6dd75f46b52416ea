import { eq, sql } from 'drizzle-orm';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PermohonanAjukanData } from '../../../contracts/permohonan.ts';
import { queryRows, type Db } from '../../db/client.ts';
import { bentukMultipart, contohJpeg, contohPdf, type BagianBerkas } from '../../lib/unggahan.testing.ts';
import { akun } from '../auth/auth.table.ts';
import { jabatan, pegawai } from '../org/org.table.ts';
import { layanan, layananStandarVersi } from './layanan.table.ts';

/**
 * Test fixture of the permohonan package, on top of test-app's seedFixture (opdA, opdB, accounts per role):
 * - layanan `uji-ktp` (opdA, online): persyaratan ktp-lama (wajib, upload), kk (wajib, upload),
 *   surat-kehilangan (kondisional, upload), nama-ibu (isian, wajib); 3 hari kerja; published 2020.
 * - `uji-luring` (opdA, not online), `uji-b` (opdB, online; same standard) and `uji-unduh` (opdA, 60 menit).
 * - petugas: the fixture's `petugas` account becomes pegawai "Petugas Satu" (atasan: Kepala Uji of opdA),
 *   a new account `petugas2` = "Petugas Dua" (same atasan), and `petugasb` = "Petugas Bee" in opdB.
 */
export async function seedPermohonanUji(db: Db, fx: { opdA: { id: number }; opdB: { id: number } }) {
  const [stafA] = await db.select().from(jabatan).where(eq(jabatan.unitId, fx.opdA.id));
  const jabStaf = (await db.select().from(jabatan).where(eq(jabatan.nama, 'Pengadministrasi Umum')))[0] ?? stafA!;
  const [kepalaB] = await db.insert(jabatan).values({ unitId: fx.opdB.id, nama: 'Kepala Dinas Uji B', jenis: 'JPT', jenjang: 'PRATAMA', isKepalaUnit: true }).returning();
  const [stafB] = await db.insert(jabatan).values({ unitId: fx.opdB.id, nama: 'Petugas B', jenis: 'PELAKSANA', atasanJabatanId: kepalaB!.id }).returning();
  const baruPegawai = (nip: string, nama: string, unitId: number, jabatanId: number) =>
    db.insert(pegawai).values({ nip, jenisAsn: 'PNS', nama, jenisKelamin: 'P', tanggalLahir: '1992-03-03', golongan: 'II/c', jabatanId, unitId }).returning().then((r) => r[0]!);
  const p1 = await baruPegawai('199203032019032001', 'Petugas Satu', fx.opdA.id, jabStaf.id);
  const p2 = await baruPegawai('199203032019032002', 'Petugas Dua', fx.opdA.id, jabStaf.id);
  const kepalaBPeg = await baruPegawai('197003032000031003', 'Kepala Bee', fx.opdB.id, kepalaB!.id);
  const pB = await baruPegawai('199203032019032003', 'Petugas Bee', fx.opdB.id, stafB!.id);
  const [petugasAkun] = await db.select().from(akun).where(eq(akun.username, 'petugas'));
  await db.update(akun).set({ pegawaiId: p1.id }).where(eq(akun.id, petugasAkun!.id));
  await db.insert(akun).values([
    { username: 'petugas2', nama: 'Petugas Dua', passwordHash: petugasAkun!.passwordHash, roles: ['petugas'], pegawaiId: p2.id, opdId: fx.opdA.id },
    { username: 'petugasb', nama: 'Petugas Bee', passwordHash: petugasAkun!.passwordHash, roles: ['petugas'], pegawaiId: pB.id, opdId: fx.opdB.id },
  ]);
  const [kepalaA] = await queryRows<{ id: number }>(db, sql`SELECT p.id FROM pegawai p JOIN jabatan j ON j.id = p.jabatan_id WHERE j.unit_id = ${fx.opdA.id} AND j.is_kepala_unit`);

  const standar = {
    persyaratan: [
      { kode: 'ktp-lama', nama: 'KTP-el lama', jenis: 'asli', wajib: 'wajib', unggah: true },
      { kode: 'kk', nama: 'Kartu Keluarga', jenis: 'fotokopi', wajib: 'wajib', unggah: true },
      { kode: 'surat-kehilangan', nama: 'Surat keterangan kehilangan dari Polri', jenis: 'asli', wajib: 'kondisional', keterangan: 'Jika KTP hilang', unggah: true },
      { kode: 'nama-ibu', nama: 'Nama ibu kandung', jenis: 'isian', wajib: 'wajib', unggah: false },
    ],
    prosedur: [{ langkah: 'Pemohon mengunggah berkas', aktor: 'Pemohon' }, { langkah: 'Petugas memverifikasi', aktor: 'Petugas' }],
    biayaRupiah: 0, produk: 'KTP-el', pengaduanKanal: ['SIKAP'], dasarHukum: ['Perpres 96/2018'],
    terbit: true, berlakuMulai: new Date('2020-01-01T00:00:00+07:00'), versi: 1,
  };
  const baruLayanan = async (kode: string, unitId: number, o: { online?: boolean; nilai?: number; satuan?: 'menit' | 'jam' | 'hari_kerja' } = {}) => {
    const [l] = await db.insert(layanan).values({ kode, nama: `Layanan ${kode}`, unitId, kategori: 'Uji', online: o.online ?? true }).returning();
    const [v] = await db.insert(layananStandarVersi).values({
      ...standar, layananId: l!.id, jangkaWaktuNilai: o.nilai ?? 3, jangkaWaktuSatuan: o.satuan ?? 'hari_kerja',
    }).returning();
    return { ...l!, versi: v! };
  };
  return {
    ktp: await baruLayanan('uji-ktp', fx.opdA.id),
    luring: await baruLayanan('uji-luring', fx.opdA.id, { online: false }),
    b: await baruLayanan('uji-b', fx.opdB.id),
    cepat: await baruLayanan('uji-cepat', fx.opdA.id, { nilai: 60, satuan: 'menit' }),
    petugas1: p1, petugas2: p2, petugasB: pB, kepalaA: Number(kepalaA!.id), kepalaB: kepalaBPeg,
  };
}

/** NIKs that pass validasiNik (Jakarta prefix: no Tanjungbalai kecamatan check). */
export const nikUji = (i: number) => `317101010190${String(i).padStart(4, '0')}`;
export const KK_UJI = '3171010512150003';

/** A valid submission body for `uji-ktp` (data JSON + the two required files), with overrides. */
export function permohonanUji(o: { nik?: string; data?: Partial<PermohonanAjukanData> & Record<string, unknown>; files?: BagianBerkas[]; tanpa?: string[] } = {}) {
  const data = {
    layananKode: 'uji-ktp',
    pemohon: { nama: 'Rahmawati Siregar', nik: o.nik ?? nikUji(1), kk: KK_UJI, telepon: '0812 3456 7788' },
    isian: { 'nama-ibu': 'Siti Aminah' },
    pengambilan: 'ambil',
    persetujuan: true,
    ...o.data,
  };
  const files = o.files ?? [
    { field: 'berkas.ktp-lama', namaFile: 'ktp.jpg', isi: contohJpeg(200) },
    { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf('kk') },
  ].filter((f) => !(o.tanpa ?? []).includes(f.field));
  return bentukMultipart({ data: JSON.stringify(data) }, files);
}

/** Every file under a folder (recursively), as relative paths. */
export function daftarFile(dir: string): string[] {
  const out: string[] = [];
  const jalan = (d: string) => {
    let isi: string[] = [];
    try { isi = readdirSync(d); } catch { return; }
    for (const f of isi) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) jalan(p);
      else out.push(path.relative(dir, p));
    }
  };
  jalan(dir);
  return out;
}

/** Row counts of the permohonan tables and the PM counter (for "nothing stored" checks). */
export async function hitungSimpanan(db: Db) {
  const [r] = await queryRows<{ p: number; b: number; e: number; n: number; o: number }>(db, sql`
    SELECT (SELECT count(*) FROM permohonan)::int AS p, (SELECT count(*) FROM permohonan_berkas)::int AS b,
      (SELECT count(*) FROM permohonan_peristiwa)::int AS e,
      (SELECT coalesce(sum(terakhir), 0) FROM layanan_nomor WHERE jenis = 'PM')::int AS n,
      (SELECT count(*) FROM notifikasi_outbox WHERE templat LIKE 'permohonan.%')::int AS o`);
  return { permohonan: Number(r!.p), berkas: Number(r!.b), peristiwa: Number(r!.e), nomor: Number(r!.n), outbox: Number(r!.o) };
}
