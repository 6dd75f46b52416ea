import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validasiStandar, type StandarIsi } from '../../src/domain/layanan/standar.ts';
import { queryRows, type Database } from '../../src/server/db/client.ts';
import { createOrgService } from '../../src/server/modules/org/index.ts';
import type { LayananDeps } from '../../src/server/modules/layanan/index.ts';
import { createLayananKatalogService } from '../../src/server/modules/layanan/layanan.katalog.service.ts';
import { createTestDatabase } from '../../src/server/testing/test-app.ts';
import { KATALOG_DEMO, KATEGORI_PENGADUAN_DEMO, seedLayananKatalog, type HasilSeedKatalog } from './layanan-katalog.ts';
import { seedOrgDemo } from './org.ts';

const wib = (s: string) => new Date(`${s}+07:00`);

/** The public codes other seeds, the antrian module and bookmarks rely on: changing one is a breaking change. */
const KODE_DUKCAPIL = [
  'ktp-el-baru', 'ktp-el-perubahan', 'ktp-el-hilang-rusak', 'kk-baru', 'kk-perubahan', 'kk-hilang-rusak',
  'akta-kelahiran', 'akta-kematian', 'akta-perkawinan', 'akta-perceraian', 'skpwni', 'kia',
];
const KODE_LAIN = [
  'pendampingan-nib', 'sip-tenaga-kesehatan', 'slhs', 'sk-dtsen', 'kartu-ak1', 'uji-berkala-kendaraan', 'kartu-anggota-perpustakaan', 'sk-domisili',
];
const KODE_KATEGORI = [
  'adminduk', 'perizinan', 'sampah', 'jalan-rusak', 'drainase-banjir', 'penerangan-jalan', 'kesehatan', 'pendidikan', 'bansos', 'perilaku-petugas', 'lainnya',
];

describe(seedLayananKatalog.name, () => {
  let database: Database;
  let hasil: HasilSeedKatalog;
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(database.db, q);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedOrgDemo(database, { argon2: { memoryCost: 1024, timeCost: 1 } });
    hasil = await seedLayananKatalog(database);
  });
  afterAll(async () => { await database?.close(); });

  it('should keep the public codes stable', () => {
    expect(KATALOG_DEMO.map((l) => l.kode)).toEqual([...KODE_DUKCAPIL, ...KODE_LAIN]);
    expect(KATEGORI_PENGADUAN_DEMO.map((k) => k.kode)).toEqual(KODE_KATEGORI);
  });

  it('should seed every layanan of the demo organisation with its versions, maklumat, categories and LAPOR! limits', async () => {
    expect(hasil).toEqual({ layanan: 20, versi: 22, maklumat: 8, kategori: 11, dilewati: [] });
    const [n] = await rows<{ layanan: number; versi: number; maklumat: number; kategori: number; tanpa_opd: number }>(sql`select
      (select count(*)::int from layanan) as layanan, (select count(*)::int from layanan_standar_versi where terbit) as versi,
      (select count(*)::int from layanan_maklumat) as maklumat, (select count(*)::int from pengaduan_kategori) as kategori,
      (select count(*)::int from pengaduan_kategori where unit_id is null) as tanpa_opd`);
    expect(n).toEqual({ layanan: 20, versi: 22, maklumat: 8, kategori: 11, tanpa_opd: 0 });
    const [atur] = await rows<{ id: number; hari_verifikasi: number; hari_tindak_lanjut: number; hari_tutup_otomatis: number }>(
      sql`select id, hari_verifikasi, hari_tindak_lanjut, hari_tutup_otomatis from pengaduan_pengaturan`);
    expect(atur).toEqual({ id: 1, hari_verifikasi: 3, hari_tindak_lanjut: 5, hari_tutup_otomatis: 10 });
  });

  it('should place every Disdukcapil service in a Disdukcapil unit, free of charge (UU 24/2013 Pasal 79A)', async () => {
    const r = await rows<{ kode: string; opd: string; unit: string; biaya: number }>(sql`
      select l.kode, o.kode as opd, u.nama as unit, max(v.biaya_rupiah)::int as biaya
      from layanan l join unit_organisasi u on u.id = l.unit_id join unit_organisasi o on o.id = u.opd_id
      join layanan_standar_versi v on v.layanan_id = l.id
      where l.kode in (${sql.join(KODE_DUKCAPIL.map((k) => sql`${k}`), sql`, `)}) group by l.kode, o.kode, u.nama`);
    expect(r.map((x) => x.kode).sort()).toEqual([...KODE_DUKCAPIL].sort());
    for (const x of r) {
      expect(x.opd).toBe('OPD-DISDUKCAPIL');
      expect(x.biaya).toBe(0);
      expect(x.unit).toMatch(x.kode.startsWith('akta') ? /Pencatatan Sipil/ : /Pendaftaran Penduduk/);
    }
  });

  it('should seed the persyaratan of pelayanan.md §2.2 and only valid standards', async () => {
    const v = await rows<{ kode: string; versi: number; isi: StandarIsi }>(sql`
      select l.kode, v.versi, json_build_object('persyaratan', v.persyaratan, 'prosedur', v.prosedur, 'jangkaWaktuNilai', v.jangka_waktu_nilai,
        'jangkaWaktuSatuan', v.jangka_waktu_satuan, 'biayaRupiah', v.biaya_rupiah, 'produk', v.produk, 'pengaduanKanal', v.pengaduan_kanal,
        'dasarHukum', v.dasar_hukum) as isi
      from layanan l join layanan_standar_versi v on v.layanan_id = l.id order by l.kode, v.versi`);
    for (const x of v) expect([x.kode, validasiStandar(x.isi)]).toEqual([x.kode, []]);
    const syarat = (kode: string) => v.find((x) => x.kode === kode)!.isi.persyaratan.map((p) => p.kode);
    expect(syarat('akta-kelahiran')).toEqual(expect.arrayContaining(['surat-keterangan-lahir', 'sptjm-kelahiran', 'sptjm-pasutri', 'kk', 'formulir-f201']));
    expect(syarat('akta-kematian')).toEqual(expect.arrayContaining(['surat-kematian', 'surat-polri', 'penetapan-pengadilan', 'kk']));
    expect(syarat('ktp-el-hilang-rusak')).toEqual(expect.arrayContaining(['surat-kehilangan', 'ktp-el-rusak', 'kk']));
    expect(syarat('kk-baru')).toEqual(expect.arrayContaining(['buku-nikah', 'sptjm-perkawinan', 'skpwni', 'surat-pengganti-identitas', 'keppres-pewarganegaraan']));
    expect(syarat('akta-perceraian')).toEqual(expect.arrayContaining(['putusan-pengadilan', 'kutipan-akta-perkawinan']));
    expect(syarat('kia')).toEqual(expect.arrayContaining(['akta-kelahiran-anak', 'kk', 'ktp-el-orang-tua', 'pas-foto-anak']));
    expect(v.find((x) => x.kode === 'akta-kematian')!.isi).toMatchObject({ jangkaWaktuNilai: 60, jangkaWaktuSatuan: 'menit' });
    // Every adminduk standard cites the adminduk law and Perpres 96/2018.
    for (const k of KODE_DUKCAPIL) {
      expect(v.find((x) => x.kode === k)!.isi.dasarHukum.join(' ')).toMatch(/Nomor 24 Tahun 2013[\s\S]*Peraturan Presiden Nomor 96 Tahun 2018/);
    }
  });

  it('should make versioning visible: two services change their jangka waktu on 1 July 2026 (WIB)', async () => {
    const org = createOrgService(database.db);
    const katalog = createLayananKatalogService({ db: database.db, org } as unknown as LayananDeps);
    const teks = async (kode: string, at: string) => (await katalog.standarBerlaku(kode, wib(at)))?.versi.jangkaWaktu.teks;
    expect(await teks('kk-perubahan', '2026-06-30T23:59:59')).toBe('3 hari kerja');
    expect(await teks('kk-perubahan', '2026-07-01T00:00:00')).toBe('1 hari kerja');
    expect(await teks('sip-tenaga-kesehatan', '2026-06-30T23:59:59')).toBe('5 hari kerja');
    expect(await teks('sip-tenaga-kesehatan', '2026-07-01T00:00:00')).toBe('3 hari kerja');
    expect(await teks('ktp-el-baru', '2025-12-31T23:59:59')).toBeUndefined();
    const kat = await katalog.katalog({}, wib('2026-11-30T07:50:00'));
    expect(kat).toHaveLength(20);
    expect(new Set(kat.map((k) => k.opd?.nama)).size).toBe(8);
    const hal = await katalog.standarPublik('akta-kelahiran', wib('2026-11-30T07:50:00'));
    expect(hal.maklumat).toMatchObject({ unitNama: 'Dinas Kependudukan dan Pencatatan Sipil', penandatangan: expect.stringContaining('Kepala Dinas Kependudukan') });
  });

  it('should be idempotent and leave existing rows alone', async () => {
    await database.db.execute(sql`update layanan set nama = 'Diubah admin' where kode = 'kia'`);
    expect(await seedLayananKatalog(database)).toEqual({ layanan: 0, versi: 0, maklumat: 0, kategori: 0, dilewati: [] });
    const [n] = await rows<{ layanan: number; versi: number; kategori: number; nama: string }>(sql`select
      (select count(*)::int from layanan) as layanan, (select count(*)::int from layanan_standar_versi) as versi,
      (select count(*)::int from pengaduan_kategori) as kategori, (select nama from layanan where kode = 'kia') as nama`);
    expect(n).toEqual({ layanan: 20, versi: 22, kategori: 11, nama: 'Diubah admin' });
  });
});
