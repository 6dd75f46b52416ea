import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth.ts';
import { KOLOM_KINERJA_PERIODIK, KOLOM_SKP22 } from '../../../domain/kinerja/siasn.ts';
import { queryRows } from '../../db/client.ts';
import { hashPassword } from '../../lib/password.ts';
import { createTestApp, loginAs, TEST_PASSWORD } from '../../testing/test-app.ts';
import { akun } from '../auth/auth.table.ts';
import { jabatan, pegawai, unitOrganisasi } from '../org/org.table.ts';
import {
  kinerjaBukti, kinerjaPenilaian, kinerjaPredikatOrganisasi, kinerjaRealisasi, kinerjaUmpanBalik, skp, skpIndikator, skpPerilaku, skpRhk,
} from './kinerja.table.ts';
import type { Pengguna } from './kinerja.akses.ts';

type H = Record<string, string>;

/** The text of an UNCOMPRESSED pdfmake PDF: the hex strings of every TJ array, decoded (WinAnsi ≈ latin1), in drawing order, spaces collapsed. */
function teksPdf(buf: Buffer): string {
  const s = buf.toString('latin1');
  const out: string[] = [];
  for (const m of s.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g)) {
    out.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
  }
  // pdfmake breaks lines after '/' and '-': rejoin those pieces ('III/ a' → 'III/a').
  return out.join(' ').replace(/\s+/g, ' ').replace(/(\S[/-]) /g, '$1');
}

async function bacaXlsx(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('kinerja dokumen (documents, exports, angka kredit, settings)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const h: Partial<Record<string, H>> = {};
  const id = {} as Record<'opdA' | 'opdB' | 'bidang' | 'pKepala' | 'pStaf' | 'pKabid' | 'pJf' | 'sKepala' | 'sStaf' | 'sJf' | 'r1', number>;
  const api = (method: 'GET' | 'PUT', url: string, who: string | null, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: who ? h[who]! : {}, payload });
  const dokumen = () => t.app.services.kinerja.dokumen;
  const jumlah = async (tabel: string) => Number((await queryRows<{ n: number }>(t.db, sql.raw(`select count(*)::int as n from ${tabel}`)))[0]!.n);
  const pAdmin = (): Pengguna => ({ akunId: t.fixture.accounts.admin!, roles: ['admin'], pegawaiId: null, opdId: null });
  const sekarang = new Date('2026-12-03T02:00:00Z');

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.db;
    const f = t.fixture;
    Object.assign(id, { opdA: f.opdA.id, opdB: f.opdB.id, pKepala: f.pKepala.id, pStaf: f.pStaf.id });
    const [bidang] = await db.insert(unitOrganisasi).values({ kode: 'T-A-BID', nama: 'Bidang Pelayanan Uji', jenis: 'BIDANG', parentId: f.opdA.id, opdId: f.opdA.id }).returning();
    id.bidang = bidang!.id;
    const jKepala = f.pKepala.jabatanId!;
    const [jKabid] = await db.insert(jabatan).values({ unitId: bidang!.id, nama: 'Kepala Bidang Pelayanan Uji', jenis: 'ADMINISTRATOR', atasanJabatanId: jKepala, isKepalaUnit: true }).returning();
    const [jJf] = await db.insert(jabatan).values({ unitId: bidang!.id, nama: 'Pranata Komputer Ahli Pertama', jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA', atasanJabatanId: jKabid!.id }).returning();
    const [jB] = await db.insert(jabatan).values({ unitId: f.opdB.id, nama: 'Pengelola Data B', jenis: 'PELAKSANA' }).returning();
    const [pKabid] = await db.insert(pegawai).values({ nip: '197203032000031003', jenisAsn: 'PNS', nama: 'Kabid Uji', gelarDepan: 'Drs.', gelarBelakang: 'M.Si.', jenisKelamin: 'L', tanggalLahir: '1972-03-03', golongan: 'IV/a', jabatanId: jKabid!.id, unitId: bidang!.id }).returning();
    const [pJf] = await db.insert(pegawai).values({ nip: '199404042019031004', jenisAsn: 'PNS', nama: 'Fungsional Uji', gelarBelakang: 'S.Kom.', jenisKelamin: 'P', tanggalLahir: '1994-04-04', golongan: 'III/a', jabatanId: jJf!.id, unitId: bidang!.id }).returning();
    const [pAsing] = await db.insert(pegawai).values({ nip: '198805052010011005', jenisAsn: 'PNS', nama: 'Pegawai Asing', jenisKelamin: 'L', tanggalLahir: '1988-05-05', golongan: 'III/c', jabatanId: jB!.id, unitId: f.opdB.id }).returning();
    id.pKabid = pKabid!.id;
    id.pJf = pJf!.id;
    const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
    const akunBaru: [string, Role[], number | null, number][] = [
      ['kabid', ['atasan'], pKabid!.id, f.opdA.id], ['asing', ['pegawai'], pAsing!.id, f.opdB.id], ['adminb', ['admin_opd'], null, f.opdB.id],
      ['fungsional', ['pegawai'], pJf!.id, f.opdA.id],
    ];
    for (const [username, roles, pegawaiId, opdId] of akunBaru) {
      await db.insert(akun).values({ username, nama: `Akun ${username}`, passwordHash, roles, pegawaiId, opdId });
    }

    // SKP of the kepala (JPT) with one RHK that the staf's RHK intervenes in.
    const [sKepala] = await db.insert(skp).values({
      pegawaiId: f.pKepala.id, tahun: 2026, periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31', jabatanId: jKepala, jabatanNama: 'Kepala Dinas Uji A',
      jenisJabatan: 'JPT', unitId: f.opdA.id, opdId: f.opdA.id, penilaiId: null, status: 'disetujui', disetujuiAt: new Date('2026-01-20T03:00:00Z'),
    }).returning();
    const [kr1] = await db.insert(skpRhk).values({ skpId: sKepala!.id, jenis: 'utama', uraian: 'Meningkatnya kualitas pelayanan publik', sumberPk: 'IKU Renstra 2026' }).returning();
    await db.insert(skpIndikator).values({ rhkId: kr1!.id, aspek: 'kualitas', uraian: 'Indeks Kepuasan Masyarakat', targetAngka: 85, targetSatuan: 'nilai IKM', perspektif: 'penerima_layanan' });

    // SKP of the staf (pelaksana): one RHK utama cascading from the kepala's, one tambahan; one indikator bound to a metric.
    const [sStaf] = await db.insert(skp).values({
      pegawaiId: f.pStaf.id, tahun: 2026, periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31', jabatanId: f.pStaf.jabatanId, jabatanNama: 'Pengadministrasi Umum',
      jenisJabatan: 'PELAKSANA', unitId: f.opdA.id, opdId: f.opdA.id, penilaiId: f.pKepala.id, status: 'disetujui', disetujuiAt: new Date('2026-01-25T03:00:00Z'),
    }).returning();
    const [r1] = await db.insert(skpRhk).values({ skpId: sStaf!.id, jenis: 'utama', uraian: 'Terlayaninya antrean loket dengan cepat', parentRhkId: kr1!.id, urutan: 0 }).returning();
    const [r2] = await db.insert(skpRhk).values({ skpId: sStaf!.id, jenis: 'tambahan', uraian: 'Menjadi panitia kegiatan hari jadi kota', urutan: 1 }).returning();
    id.r1 = r1!.id;
    const [i1] = await db.insert(skpIndikator).values({ rhkId: r1!.id, aspek: 'kuantitas', uraian: 'Jumlah tiket antrean dilayani', targetAngka: 300, targetSatuan: 'tiket', metrik: 'antrian.tiket_dilayani', metrikLingkup: 'pegawai', urutan: 0 }).returning();
    const [i2] = await db.insert(skpIndikator).values({ rhkId: r1!.id, aspek: 'kualitas', uraian: 'Laporan bulanan layanan tersusun', targetAngka: 100, targetSatuan: '%', urutan: 1 }).returning();
    await db.insert(skpIndikator).values({ rhkId: r2!.id, aspek: 'kuantitas', uraian: 'Kegiatan terlaksana', targetAngka: 1, targetSatuan: 'kegiatan' });
    await db.insert(skpPerilaku).values({ skpId: sStaf!.id, aspek: 'akuntabel', ekspektasiKhusus: 'Menyerahkan laporan tepat waktu setiap bulan.' });
    for (const [ke, a1, a2] of [[10, 30, 90], [11, 27, 100]] as const) {
      await db.insert(kinerjaRealisasi).values({ indikatorId: i1!.id, skpId: sStaf!.id, periodeKe: ke, angka: a1, otomatis: true, sumber: { metrik: 'antrian.tiket_dilayani', jumlahRekaman: a1 } });
      const [re] = await db.insert(kinerjaRealisasi).values({ indikatorId: i2!.id, skpId: sStaf!.id, periodeKe: ke, angka: a2, catatan: ke === 11 ? 'Terlambat satu hari' : null }).returning();
      if (ke === 11) await db.insert(kinerjaBukti).values({ realisasiId: re!.id, jenis: 'berkas', nama: 'laporan-november.pdf', path: 'x', mime: 'application/pdf', ukuran: 10 });
    }
    await db.insert(kinerjaUmpanBalik).values([
      { skpId: sStaf!.id, rhkId: r1!.id, periodeKe: 11, penulisPegawaiId: f.pKepala.id, peran: 'penilai', isi: 'Pertahankan kecepatan layanan di loket.', createdAt: new Date('2026-11-20T03:00:00Z') },
      { skpId: sStaf!.id, rhkId: r1!.id, periodeKe: 11, penulisPegawaiId: f.pStaf.id, peran: 'pegawai', isi: 'Siap, akan saya jaga.', createdAt: new Date('2026-11-21T03:00:00Z') },
      { skpId: sStaf!.id, rhkId: null, periodeKe: 11, penulisPegawaiId: f.pKepala.id, peran: 'penilai', isi: 'Sikap ramah kepada pemohon sudah baik.', createdAt: new Date('2026-11-22T03:00:00Z') },
    ]);
    const nilai = (s: number, pg: number, ke: number, unitId: number, penilaiId: number, p: 'baik' | 'sangat_baik' = 'baik') => ({
      skpId: s, pegawaiId: pg, tahun: 2026, jenisPeriode: ke === 0 ? 'tahunan' as const : 'bulanan' as const, periodeKe: ke, unitId, opdId: f.opdA.id,
      ratingHasilKerja: p === 'baik' ? 'sesuai' as const : 'di_atas' as const, ratingPerilaku: p === 'baik' ? 'sesuai' as const : 'di_atas' as const,
      predikatMatriks: p, predikat: p, penilaiId, dinilaiAt: new Date('2026-12-02T03:00:00Z'),
    });
    // JF pegawai with a 2-month SKP (after a mutasi): Nov and Dec rated Baik, annual Baik.
    const [sJf] = await db.insert(skp).values({
      pegawaiId: pJf!.id, tahun: 2026, periodeMulai: '2026-11-01', periodeSelesai: '2026-12-31', jabatanId: jJf!.id, jabatanNama: 'Pranata Komputer Ahli Pertama',
      jenisJabatan: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA', unitId: bidang!.id, opdId: f.opdA.id, penilaiId: pKabid!.id, alasanBaru: 'mutasi', status: 'disetujui',
    }).returning();
    await db.insert(kinerjaPenilaian).values([
      nilai(sStaf!.id, f.pStaf.id, 10, f.opdA.id, f.pKepala.id, 'sangat_baik'),
      nilai(sStaf!.id, f.pStaf.id, 11, f.opdA.id, f.pKepala.id),
      nilai(sJf!.id, pJf!.id, 11, bidang!.id, pKabid!.id), nilai(sJf!.id, pJf!.id, 12, bidang!.id, pKabid!.id), nilai(sJf!.id, pJf!.id, 0, bidang!.id, pKabid!.id),
    ]);
    await db.insert(kinerjaPredikatOrganisasi).values({ unitId: f.opdA.id, tahun: 2026, periodeKe: 11, predikat: 'baik', capaian: 'Capaian IKU 98%' });
    Object.assign(id, { sKepala: sKepala!.id, sStaf: sStaf!.id, sJf: sJf!.id });

    for (const u of ['admin', 'admin_opd', 'atasan', 'pegawai', 'petugas', 'pimpinan', 'kabid', 'asing', 'adminb', 'fungsional']) h[u] = await loginAs(t.app, u);
  });
  afterAll(async () => { await t?.close(); });

  // ------------------------------------------------------------------------------------ SKP PDF

  describe('SKP PDF', () => {
    it('should render the JA/JF form with header, cascade column, utama and tambahan, 7 perilaku rows and signatures', async () => {
      const f = await dokumen().pdfSkp(pAdmin(), id.sStaf, sekarang, { kompres: false });
      const buf = f.isi as Buffer;
      expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(f.namaBerkas).toBe('skp-2026-199002022015032002.pdf');
      const tx = teksPdf(buf);
      for (const s of [
        'PEMERINTAH KOTA TANJUNGBALAI', 'SASARAN KINERJA PEGAWAI', 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL', 'PENDEKATAN HASIL KERJA KUANTITATIF',
        'Periode Penilaian: 1 Januari 2026 s.d. 31 Desember 2026', 'PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA',
        'Staf Uji', '19900202 201503 2 002', 'Penata Muda (III/a)', 'Pengadministrasi Umum', 'Dinas Uji A',
        'Kepala Uji', '19750101 200003 1 001', 'Pembina Tingkat I (IV/b)', 'Kepala Dinas Uji A', 'Instansi', 'Pemerintah Kota Tanjungbalai',
        'A. HASIL KERJA', 'A. Utama', 'Rencana Hasil Kerja Pimpinan yang Diintervensi', 'Meningkatnya kualitas pelayanan publik (Kepala Uji)',
        'Terlayaninya antrean loket dengan cepat', 'Kuantitas', 'Jumlah tiket antrean dilayani', '300 tiket', '(diukur otomatis dari data layanan)',
        'Kualitas', '100%', 'B. Tambahan', 'Menjadi panitia kegiatan hari jadi kota', '1 kegiatan',
        'B. PERILAKU KERJA', 'Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif',
        'Memahami dan memenuhi kebutuhan masyarakat.', 'Menyerahkan laporan tepat waktu setiap bulan.', 'Tidak ada ekspektasi khusus.',
        'Tanjungbalai, 25 Januari 2026', 'Pegawai yang Dinilai', 'Pejabat Penilai Kinerja', 'NIP. 19750101 200003 1 001',
      ]) expect(tx, s).toContain(s);
      expect(tx).not.toContain('DRAF');
    });

    it('should render the JPT form (RHK, IKI, target, perspektif) with no penilai', async () => {
      const f = await dokumen().pdfSkp(pAdmin(), id.sKepala, sekarang, { kompres: false });
      const tx = teksPdf(f.isi as Buffer);
      for (const s of ['BAGI PEJABAT PIMPINAN TINGGI', 'Perspektif', 'Penerima Layanan', 'Indeks Kepuasan Masyarakat', '85 nilai IKM', 'Sumber: IKU Renstra 2026', '(belum ada pejabat penilai)']) {
        expect(tx, s).toContain(s);
      }
      expect(tx).not.toContain('Pimpinan yang Diintervensi');
    });

    it('should mark an SKP that is not approved yet with its status, and print the generation date for the signature', async () => {
      const [s] = await t.db.insert(skp).values({
        pegawaiId: id.pKabid, tahun: 2026, periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31', jabatanNama: 'Kepala Bidang Pelayanan Uji',
        jenisJabatan: 'ADMINISTRATOR', unitId: id.bidang, opdId: id.opdA, penilaiId: id.pKepala, status: 'draft', pendekatan: 'kualitatif',
      }).returning();
      const tx = teksPdf((await dokumen().pdfSkp(pAdmin(), s!.id, sekarang, { kompres: false })).isi as Buffer);
      for (const x of ['DRAF', 'PENDEKATAN HASIL KERJA KUALITATIF', 'Belum ada rencana hasil kerja.', 'Tidak ada hasil kerja tambahan.', 'Tanjungbalai, 3 Desember 2026', 'Drs. Kabid Uji, M.Si.', 'Pembina (IV/a)']) {
        expect(tx, x).toContain(x);
      }
    });

    it('should answer the file over HTTP to every read relation and 404 to everyone else', async () => {
      for (const who of ['pegawai', 'atasan', 'admin', 'admin_opd']) {
        const res = await api('GET', `/kinerja/skp/${id.sStaf}/pdf`, who);
        expect(res.statusCode, who).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toBe('attachment; filename="skp-2026-199002022015032002.pdf"');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
      }
      for (const who of ['asing', 'adminb', 'pimpinan', 'petugas', 'fungsional', 'kabid']) {
        const res = await api('GET', `/kinerja/skp/${id.sStaf}/pdf`, who);
        expect(res.statusCode, who).toBe(404);
        expect(res.json().code).toBe('SKP_TIDAK_DITEMUKAN');
      }
      expect((await api('GET', '/kinerja/skp/999999/pdf', 'admin')).statusCode).toBe(404);
      expect((await api('GET', `/kinerja/skp/${id.sStaf}/pdf`, null)).statusCode).toBe(401);
    });

    it('should let the penilai and the line above read, but not a colleague', async () => {
      expect((await api('GET', `/kinerja/skp/${id.sJf}/pdf`, 'kabid')).statusCode).toBe(200); // penilai
      expect((await api('GET', `/kinerja/skp/${id.sJf}/pdf`, 'atasan')).statusCode).toBe(200); // above the penilai
      expect((await api('GET', `/kinerja/skp/${id.sJf}/pdf`, 'pegawai')).statusCode).toBe(404); // colleague
    });
  });

  // ------------------------------------------------------------------------------ evaluation PDF

  describe('Dokumen Evaluasi Kinerja Pegawai PDF', () => {
    it('should render a period with realisasi (automatic marked), bukti, umpan balik, ratings, predikat, capaian organisasi and pola distribusi', async () => {
      const f = await dokumen().pdfEvaluasi(pAdmin(), id.sStaf, 11, sekarang, { kompres: false });
      expect(f.namaBerkas).toBe('evaluasi-2026-p11-199002022015032002.pdf');
      const tx = teksPdf(f.isi as Buffer);
      for (const s of [
        'DOKUMEN EVALUASI KINERJA PEGAWAI', 'PERIODE: NOVEMBER 2026', 'Periode Penilaian: 1 November 2026 s.d. 30 November 2026',
        'CAPAIAN KINERJA ORGANISASI', 'BAIK', 'Capaian IKU 98%', 'POLA DISTRIBUSI', 'Jumlah pegawai dinilai',
        'Realisasi Berdasarkan Bukti Dukung', 'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
        'Terlayaninya antrean loket dengan cepat', 'Jumlah tiket antrean dilayani', '300 tiket', '27 tiket', '(otomatis dari data layanan)',
        'Bukti dukung: laporan-november.pdf', 'Catatan: Terlambat satu hari',
        'Penilai: Pertahankan kecepatan layanan di loket.', 'Tanggapan pegawai: Siap, akan saya jaga.', 'Sikap ramah kepada pemohon sudah baik.',
        'RATING HASIL KERJA Sesuai Ekspektasi', 'RATING PERILAKU KERJA Sesuai Ekspektasi', 'PREDIKAT KINERJA PEGAWAI Baik',
        'Menyerahkan laporan tepat waktu setiap bulan.', 'Tanjungbalai, 2 Desember 2026',
      ]) expect(tx, s).toContain(s);
      expect(tx).not.toContain('Perspektif');
      // Pola distribusi of the OPD in November: the staf and the JF, both Baik.
      expect(tx).toMatch(/Baik 2 100,0/);
      expect(tx).toMatch(/Jumlah pegawai dinilai 2/);
    });

    it('should fall back from a sub-unit without predikat organisasi to its OPD, and say "Belum ditetapkan" when none is set', async () => {
      const nov = teksPdf((await dokumen().pdfEvaluasi(pAdmin(), id.sJf, 11, sekarang, { kompres: false })).isi as Buffer);
      expect(nov).toContain('Unit: Dinas Uji A');
      const des = teksPdf((await dokumen().pdfEvaluasi(pAdmin(), id.sJf, 12, sekarang, { kompres: false })).isi as Buffer);
      expect(des).toContain('Belum ditetapkan');
      expect(des).toContain('PERIODE: DESEMBER 2026');
      const tahunan = teksPdf((await dokumen().pdfEvaluasi(pAdmin(), id.sJf, 0, sekarang, { kompres: false })).isi as Buffer);
      expect(tahunan).toContain('Periode Penilaian: 1 November 2026 s.d. 31 Desember 2026'); // the SKP's span after the mutasi
      expect(tahunan).toContain('PREDIKAT KINERJA PEGAWAI Baik');
    });

    it('should render the annual document from the periods (automatic counts summed, manual % averaged) and mark it not yet rated', async () => {
      const f = await dokumen().pdfEvaluasi(pAdmin(), id.sStaf, 0, sekarang, { kompres: false });
      expect(f.namaBerkas).toBe('evaluasi-2026-tahunan-199002022015032002.pdf');
      const tx = teksPdf(f.isi as Buffer);
      for (const s of ['PERIODE: TAHUNAN', '1 Januari 2026 s.d. 31 Desember 2026', '57 tiket', 'jumlah 2 periode', '95%', 'rata-rata 2 periode',
        '(otomatis dari data layanan)', 'RATING HASIL KERJA Belum dinilai', 'PREDIKAT KINERJA PEGAWAI Belum dinilai', 'Belum ditetapkan']) {
        expect(tx, s).toContain(s);
      }
    });

    it('should add the perspektif column for a JPT', async () => {
      const tx = teksPdf((await dokumen().pdfEvaluasi(pAdmin(), id.sKepala, 11, sekarang, { kompres: false })).isi as Buffer);
      expect(tx).toContain('Perspektif');
      expect(tx).toContain('Penerima Layanan');
    });

    it('should answer over HTTP with the same access rule and 400 for a period the year does not have', async () => {
      const ok = await api('GET', `/kinerja/skp/${id.sStaf}/evaluasi/11/pdf`, 'pegawai');
      expect(ok.statusCode).toBe(200);
      expect(ok.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(ok.headers['content-disposition']).toContain('evaluasi-2026-p11-');
      expect((await api('GET', `/kinerja/skp/${id.sStaf}/evaluasi/0/pdf`, 'atasan')).statusCode).toBe(200);
      expect((await api('GET', `/kinerja/skp/${id.sStaf}/evaluasi/11/pdf`, 'asing')).statusCode).toBe(404);
      expect((await api('GET', `/kinerja/skp/${id.sStaf}/evaluasi/11/pdf`, 'adminb')).statusCode).toBe(404);
      const r13 = await api('GET', `/kinerja/skp/${id.sStaf}/evaluasi/13/pdf`, 'admin');
      expect(r13.statusCode).toBe(400);
      expect(r13.json().errors[0].field).toBe('params.ke');
      const rMin = await api('GET', `/kinerja/skp/${id.sStaf}/evaluasi/-1/pdf`, 'admin');
      expect(rMin.statusCode).toBe(400);
      expect((await api('GET', `/kinerja/skp/${id.sStaf}/evaluasi/12/pdf`, 'admin')).statusCode).toBe(200);
      // The JF's SKP starts in November: October is outside it, November is its first period.
      const luar = await api('GET', `/kinerja/skp/${id.sJf}/evaluasi/10/pdf`, 'admin');
      expect(luar.statusCode).toBe(400);
      expect(luar.json()).toMatchObject({ code: 'PERIODE_TIDAK_VALID', errors: [{ field: 'params.ke' }] });
      expect((await api('GET', `/kinerja/skp/${id.sJf}/evaluasi/11/pdf`, 'admin')).statusCode).toBe(200);
    });
  });

  // ------------------------------------------------------------------------------------ OPD XLSX

  describe('OPD XLSX', () => {
    it('should give "Predikat per pegawai" (NIP as text, a column per month + Tahunan) and "Distribusi per unit" with warnings', async () => {
      const res = await api('GET', `/kinerja/opd/${id.opdA}/xlsx?tahun=2026`, 'admin');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="kinerja-opd-${id.opdA}-2026.xlsx"`);
      const wb = await bacaXlsx(res.rawPayload);
      const ws = wb.getWorksheet('Predikat per pegawai')!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 4)).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit']);
      expect(header[4]).toBe('Januari 2026');
      expect(header[15]).toBe('Desember 2026');
      expect(header[16]).toBe('Tahunan');
      expect(header[17]).toBe('Keterangan');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getColumn(1).width).toBe(21);
      const baris = (nama: string) => {
        let r: ExcelJS.Row | undefined;
        ws.eachRow((row, n) => { if (n > 1 && String(row.getCell(2).value).startsWith(nama)) r = row; });
        return r!;
      };
      const staf = baris('Staf Uji');
      expect(staf.getCell(1).value).toBe('199002022015032002');
      expect(typeof staf.getCell(1).value).toBe('string');
      expect(staf.getCell(1).numFmt).toBe('@');
      expect(staf.getCell(3).value).toBe('Pengadministrasi Umum');
      expect(staf.getCell(4).value).toBe('Dinas Uji A');
      expect(staf.getCell(4 + 10).value).toBe('Sangat Baik'); // Oktober
      expect(staf.getCell(4 + 11).value).toBe('Baik'); // November
      expect(staf.getCell(4 + 12).value).toBeNull(); // Desember not rated
      const jf = baris('Fungsional Uji, S.Kom.');
      expect(jf.getCell(4 + 13).value).toBe('Baik'); // Tahunan
      expect(String(jf.getCell(18).value)).toContain('SKP 1 November 2026 - 31 Desember 2026');
      expect(baris('Kepala Uji').getCell(4 + 11).value).toBeNull();

      const wd = wb.getWorksheet('Distribusi per unit')!;
      expect((wd.getRow(1).values as unknown[]).slice(1)).toEqual([
        'Unit', 'Induk', 'Periode', 'Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang', 'Jumlah',
        'Predikat organisasi', 'Alasan dipertahankan', 'Peringatan distribusi',
      ]);
      expect(wd.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(wd.autoFilter).toBeTruthy();
      const rows: unknown[][] = [];
      wd.eachRow((row, n) => { if (n > 1) rows.push((row.values as unknown[]).slice(1)); });
      const opdNov = rows.find((r) => r[0] === 'Dinas Uji A' && r[2] === 'November 2026')!;
      expect(opdNov.slice(3, 9)).toEqual([0, 2, 0, 0, 0, 2]);
      expect(opdNov[9]).toBe('Baik');
      expect(String(opdNov[11])).toContain('semestinya ada pegawai Butuh Perbaikan');
      const bidNov = rows.find((r) => r[0] === 'Bidang Pelayanan Uji' && r[2] === 'November 2026')!;
      expect(bidNov[1]).toBe('Dinas Uji A');
      expect(bidNov.slice(3, 9)).toEqual([0, 1, 0, 0, 0, 1]);
      expect(bidNov[9]).toBe('Belum ditetapkan');
      const opdOkt = rows.find((r) => r[0] === 'Dinas Uji A' && r[2] === 'Oktober 2026')!;
      expect(opdOkt.slice(3, 9)).toEqual([1, 0, 0, 0, 0, 1]);
      expect(rows.find((r) => r[0] === 'Dinas Uji A' && r[2] === 'Januari 2026')).toBeUndefined(); // nothing rated, no predikat
    });

    it('should allow admin, the own admin OPD and the kepala OPD, and answer 404 to others', async () => {
      for (const who of ['admin', 'admin_opd', 'atasan']) expect((await api('GET', `/kinerja/opd/${id.opdA}/xlsx?tahun=2026`, who)).statusCode, who).toBe(200);
      for (const who of ['adminb', 'kabid']) {
        const res = await api('GET', `/kinerja/opd/${id.opdA}/xlsx?tahun=2026`, who);
        expect(res.statusCode, who).toBe(404);
        expect(res.json().code).toBe('OPD_TIDAK_DITEMUKAN');
      }
      expect((await api('GET', `/kinerja/opd/${id.opdA}/xlsx?tahun=2026`, 'pegawai')).statusCode).toBe(403); // no kinerja:opd
      expect((await api('GET', `/kinerja/opd/${id.bidang}/xlsx?tahun=2026`, 'admin')).statusCode).toBe(404); // not an OPD
      expect((await api('GET', '/kinerja/opd/999999/xlsx?tahun=2026', 'admin')).statusCode).toBe(404);
      const tanpaTahun = await api('GET', `/kinerja/opd/${id.opdA}/xlsx`, 'admin');
      expect(tanpaTahun.statusCode).toBe(400);
      expect(tanpaTahun.json().errors[0].field).toBe('querystring.tahun');
    });
  });

  // ------------------------------------------------------------------------------------------ SIASN

  describe('SIASN export', () => {
    it('should export skp22 JSON with exactly the SIASN field names and labels', async () => {
      const res = await api('GET', '/kinerja/siasn?tahun=2026&jenis=skp22&format=json', 'admin');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="siasn-skp22-2026.json"');
      const recs = res.json() as Record<string, unknown>[];
      expect(recs).toHaveLength(1);
      expect(Object.keys(recs[0]!)).toEqual([...KOLOM_SKP22]);
      expect(recs[0]).toEqual({
        tahun: 2026, hasilKinerjaNilai: 'Sesuai Ekspektasi', perilakuKerjaNilai: 'Sesuai Ekspektasi', kuadranKinerjaNilai: 'Baik',
        pnsDinilaiOrang: '199404042019031004', penilaiNama: 'Drs. Kabid Uji, M.Si.', penilaiNipNrp: '197203032000031003', penilaiGolongan: 'IV/a',
        penilaiJabatan: 'Kepala Bidang Pelayanan Uji', penilaiUnorNama: 'Bidang Pelayanan Uji', statusPenilai: 'ASN',
      });
      const ditetapkan = await api('GET', '/kinerja/siasn?tahun=2026&jenis=skp22&hanyaDitetapkan=true', 'admin');
      expect(ditetapkan.json()).toEqual([]);
    });

    it('should export kinerjaperiodik CSV: BOM, CRLF, header in order, quoted names with commas', async () => {
      const res = await api('GET', '/kinerja/siasn?tahun=2026&jenis=kinerjaperiodik&format=csv', 'admin');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="siasn-kinerjaperiodik-2026.csv"');
      const raw = res.rawPayload;
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const teks = raw.subarray(3).toString('utf8');
      const baris = teks.split('\r\n');
      expect(baris[0]).toBe(KOLOM_KINERJA_PERIODIK.join(','));
      expect(baris).toHaveLength(1 + 4 + 1); // header, 4 periodic penilaian, '' after the final CRLF
      expect(baris).toContain('2026,Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,199404042019031004,"Drs. Kabid Uji, M.Si.",197203032000031003,IV/a,Kepala Bidang Pelayanan Uji,Bidang Pelayanan Uji,ASN,199404042019031004,AHLI_PERTAMA,11,11,2026,2026,bulanan-11');
      expect(baris).toContain('2026,Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,199002022015032002,Kepala Uji,197501012000031001,IV/b,Kepala Dinas Uji A,Dinas Uji A,ASN,199002022015032002,,10,10,2026,2026,bulanan-10');
      const satu = await api('GET', '/kinerja/siasn?tahun=2026&jenis=kinerjaperiodik&periodeKe=11&opdId=' + id.opdA, 'admin');
      expect(satu.headers['content-disposition']).toBe(`attachment; filename="siasn-kinerjaperiodik-2026-p11-opd${id.opdA}.json"`);
      expect((satu.json() as unknown[]).length).toBe(2);
      expect((await api('GET', `/kinerja/siasn?tahun=2026&jenis=kinerjaperiodik&opdId=${id.opdB}`, 'admin')).json()).toEqual([]);
    });

    it('should refuse bad queries with the field named, and everyone but admin', async () => {
      const salahJenis = await api('GET', '/kinerja/siasn?tahun=2026&jenis=skp', 'admin');
      expect(salahJenis.statusCode).toBe(400);
      expect(salahJenis.json().errors[0].field).toBe('querystring.jenis');
      const periodeSkp22 = await api('GET', '/kinerja/siasn?tahun=2026&jenis=skp22&periodeKe=3', 'admin');
      expect(periodeSkp22.statusCode).toBe(400);
      expect(periodeSkp22.json().errors[0].field).toBe('querystring.periodeKe');
      const format = await api('GET', '/kinerja/siasn?tahun=2026&jenis=skp22&format=xml', 'admin');
      expect(format.json().errors[0].field).toBe('querystring.format');
      for (const who of ['admin_opd', 'atasan', 'pimpinan', 'pegawai']) {
        expect((await api('GET', '/kinerja/siasn?tahun=2026&jenis=skp22', who)).statusCode, who).toBe(403);
      }
    });
  });

  // ------------------------------------------------------------------------------ angka kredit

  describe('angka kredit and koefisien', () => {
    it('should seed the koefisien table lazily from KOEFISIEN_AK_AWAL with the jenjang codes', async () => {
      expect(await jumlah('kinerja_koefisien_ak')).toBe(0);
      const res = await api('GET', '/kinerja/koefisien-ak', 'atasan');
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((k: { jenjang: string; label: string; koefisien: number }) => [k.jenjang, k.label, k.koefisien])).toEqual([
        ['AHLI_PERTAMA', 'Ahli Pertama', 12.5], ['AHLI_MUDA', 'Ahli Muda', 25], ['AHLI_MADYA', 'Ahli Madya', 37.5], ['AHLI_UTAMA', 'Ahli Utama', 50],
        ['PEMULA', 'Pemula', 3.75], ['TERAMPIL', 'Terampil', 5], ['MAHIR', 'Mahir', 12.5], ['PENYELIA', 'Penyelia', 25],
      ]);
      expect(await jumlah('kinerja_koefisien_ak')).toBe(8);
      await api('GET', '/kinerja/koefisien-ak', 'admin');
      expect(await jumlah('kinerja_koefisien_ak')).toBe(8);
    });

    it('should give the worked example: 2 months Baik as Ahli Pertama = 2.083 (annual over a 2-month SKP), 1.042 per month', async () => {
      const res = await api('GET', `/kinerja/angka-kredit?tahun=2026&opdId=${id.opdA}`, 'admin');
      expect(res.statusCode).toBe(200);
      const b = res.json();
      expect(b.jenisPeriode).toBe('bulanan');
      expect(b.periode).toHaveLength(12);
      expect(b.pegawai).toHaveLength(1); // only the jabatan fungsional
      const p = b.pegawai[0];
      expect(p).toMatchObject({ skpId: id.sJf, jenjang: 'AHLI_PERTAMA', jenjangLabel: 'Ahli Pertama', koefisien: 12.5, periodeMulai: '2026-11-01' });
      expect(p.pegawai).toEqual({ id: id.pJf, nama: 'Fungsional Uji, S.Kom.', nip: '199404042019031004' });
      expect(p.periode[10]).toEqual({ ke: 11, predikat: 'baik', angkaKredit: 1.042 });
      expect(p.periode[11]).toEqual({ ke: 12, predikat: 'baik', angkaKredit: 1.042 });
      expect(p.periode[9]).toEqual({ ke: 10, predikat: null, angkaKredit: null });
      expect(p.jumlahPeriodik).toBe(2.083);
      expect(p.tahunan).toEqual({ predikat: 'baik', bulan: 2, angkaKredit: 2.083 });
    });

    it('should use an edited koefisien in later answers, audited; refuse bad values with the field named and nothing changed', async () => {
      const audit0 = await jumlah('audit_log');
      const bad: [unknown, string][] = [[0, 'body.koefisien'], [-1, 'body.koefisien'], [100.001, 'body.koefisien'], ['25', 'body.koefisien'], [null, 'body.koefisien']];
      for (const [v, field] of bad) {
        const res = await api('PUT', '/kinerja/koefisien-ak/AHLI_PERTAMA', 'admin', { koefisien: v });
        expect(res.statusCode, String(v)).toBe(400);
        expect(res.json().errors[0].field).toBe(field);
      }
      const jenjang = await api('PUT', '/kinerja/koefisien-ak/AHLI_SUPER', 'admin', { koefisien: 10 });
      expect(jenjang.statusCode).toBe(400);
      expect(jenjang.json().errors[0].field).toBe('params.jenjang');
      expect((await api('PUT', '/kinerja/koefisien-ak/AHLI_PERTAMA', 'admin_opd', { koefisien: 25 })).statusCode).toBe(403);
      expect(await jumlah('audit_log')).toBe(audit0);
      const list0 = (await api('GET', '/kinerja/koefisien-ak', 'admin')).json().items;
      expect(list0[0].koefisien).toBe(12.5);

      expect((await api('PUT', '/kinerja/koefisien-ak/PENYELIA', 'admin', { koefisien: 100 })).statusCode).toBe(200); // upper bound allowed
      const ok = await api('PUT', '/kinerja/koefisien-ak/AHLI_PERTAMA', 'admin', { koefisien: 25 });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ jenjang: 'AHLI_PERTAMA', koefisien: 25, diubahOleh: 'Akun admin' });
      const [a] = await queryRows<{ aksi: string; data: { sebelum: { koefisien: number }; sesudah: { koefisien: number } } }>(t.db, sql`
        select aksi, data from audit_log where entitas = 'kinerja_koefisien_ak' and entitas_id = 'AHLI_PERTAMA' order by id desc limit 1`);
      expect(a).toMatchObject({ aksi: 'kinerja.koefisien.ubah', data: { sebelum: { koefisien: 12.5 }, sesudah: { koefisien: 25 } } });
      const p = (await api('GET', `/kinerja/angka-kredit?tahun=2026&opdId=${id.opdA}`, 'admin_opd')).json().pegawai[0];
      expect(p.koefisien).toBe(25);
      expect(p.periode[10].angkaKredit).toBe(2.083);
      expect(p.tahunan.angkaKredit).toBe(4.167);
      await api('PUT', '/kinerja/koefisien-ak/AHLI_PERTAMA', 'admin', { koefisien: 12.5 });
    });

    it('should scope angka kredit like the OPD workbook', async () => {
      expect((await api('GET', `/kinerja/angka-kredit?tahun=2026&opdId=${id.opdA}`, 'atasan')).statusCode).toBe(200);
      for (const who of ['adminb', 'kabid']) expect((await api('GET', `/kinerja/angka-kredit?tahun=2026&opdId=${id.opdA}`, who)).statusCode, who).toBe(404);
      const kosong = (await api('GET', `/kinerja/angka-kredit?tahun=2026&opdId=${id.opdB}`, 'adminb')).json();
      expect(kosong.pegawai).toEqual([]);
      const tanpaOpd = await api('GET', '/kinerja/angka-kredit?tahun=2026', 'admin');
      expect(tanpaOpd.statusCode).toBe(400);
      expect(tanpaOpd.json().errors[0].field).toBe('querystring.opdId');
    });
  });

  // ------------------------------------------------------------------------------ year settings

  describe('year settings', () => {
    it('should show the defaults of a year without a row and lock the period kind of a year with data', async () => {
      const r = (await api('GET', '/kinerja/tahun/2026', 'pegawai')).json();
      expect(r).toMatchObject({ tahun: 2026, jenisPeriode: 'bulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: '2026-01-31', tersimpan: false, jenisPeriodeTerkunci: true, diubahOleh: null });
      expect(r.periode).toHaveLength(12);
      expect(r.periode[10]).toEqual({ ke: 11, label: 'November 2026', mulai: '2026-11-01', selesai: '2026-11-30' });
      expect((await api('GET', '/kinerja/tahun/2027', 'pegawai')).json().jenisPeriodeTerkunci).toBe(false);
      expect((await api('GET', '/kinerja/tahun/1999', 'pegawai')).statusCode).toBe(400);
    });

    it('should answer 409 when the period kind of a year with realisasi/penilaian changes, and 400 for values out of range — nothing changed', async () => {
      const sebelum = [await jumlah('kinerja_tahun'), await jumlah('audit_log')];
      const konflik = await api('PUT', '/kinerja/tahun/2026', 'admin', { jenisPeriode: 'triwulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: null });
      expect(konflik.statusCode).toBe(409);
      expect(konflik.json()).toMatchObject({ code: 'PERIODE_TERKUNCI', errors: [{ field: 'body.jenisPeriode' }] });
      const salah: [object, string][] = [
        [{ jenisPeriode: 'bulanan', batasKeberatanHariKerja: 0, batasPenyusunanSkp: null }, 'body.batasKeberatanHariKerja'],
        [{ jenisPeriode: 'bulanan', batasKeberatanHariKerja: 61, batasPenyusunanSkp: null }, 'body.batasKeberatanHariKerja'],
        [{ jenisPeriode: 'bulanan', batasKeberatanHariKerja: 1.5, batasPenyusunanSkp: null }, 'body.batasKeberatanHariKerja'],
        [{ jenisPeriode: 'mingguan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: null }, 'body.jenisPeriode'],
        [{ jenisPeriode: 'bulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: '2026-02-30' }, 'body.batasPenyusunanSkp'],
        [{ jenisPeriode: 'bulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: '2025-12-31' }, 'body.batasPenyusunanSkp'],
        [{ jenisPeriode: 'bulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: '31-01-2026' }, 'body.batasPenyusunanSkp'],
      ];
      for (const [body, field] of salah) {
        const res = await api('PUT', '/kinerja/tahun/2026', 'admin', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().errors[0].field).toBe(field);
      }
      expect((await api('PUT', '/kinerja/tahun/2026', 'admin_opd', { jenisPeriode: 'bulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: null })).statusCode).toBe(403);
      expect([await jumlah('kinerja_tahun'), await jumlah('audit_log')]).toEqual(sebelum);
    });

    it('should save the other settings of a locked year (1 and 60 working days allowed), audited', async () => {
      for (const n of [1, 60]) {
        const res = await api('PUT', '/kinerja/tahun/2026', 'admin', { jenisPeriode: 'bulanan', batasKeberatanHariKerja: n, batasPenyusunanSkp: '2026-02-15' });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ batasKeberatanHariKerja: n, batasPenyusunanSkp: '2026-02-15', tersimpan: true, diubahOleh: 'Akun admin' });
      }
      const [a] = await queryRows<{ aksi: string; data: { sebelum: { batasKeberatanHariKerja: number }; sesudah: { batasKeberatanHariKerja: number } } }>(t.db, sql`
        select aksi, data from audit_log where entitas = 'kinerja_tahun' and entitas_id = '2026' order by id desc limit 1`);
      expect(a).toMatchObject({ aksi: 'kinerja.tahun.ubah', data: { sebelum: { batasKeberatanHariKerja: 1 }, sesudah: { batasKeberatanHariKerja: 60 } } });
      await api('PUT', '/kinerja/tahun/2026', 'admin', { jenisPeriode: 'bulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: null });
    });

    it('should let a year without data change its kind; a quarter then exports BulanMulai/Selesai 4–6 and locks the kind', async () => {
      const res = await api('PUT', '/kinerja/tahun/2027', 'admin', { jenisPeriode: 'triwulanan', batasKeberatanHariKerja: 10, batasPenyusunanSkp: '2027-01-31' });
      expect(res.statusCode).toBe(200);
      expect(res.json().periode.map((p: { label: string }) => p.label)).toEqual(['Triwulan I 2027', 'Triwulan II 2027', 'Triwulan III 2027', 'Triwulan IV 2027']);
      const [s] = await t.db.insert(skp).values({
        pegawaiId: id.pStaf, tahun: 2027, periodeMulai: '2027-01-01', periodeSelesai: '2027-12-31', jabatanNama: 'Pengadministrasi Umum',
        jenisJabatan: 'PELAKSANA', unitId: id.opdA, opdId: id.opdA, penilaiId: id.pKepala, status: 'disetujui',
      }).returning();
      await t.db.insert(kinerjaPenilaian).values({
        skpId: s!.id, pegawaiId: id.pStaf, tahun: 2027, jenisPeriode: 'triwulanan', periodeKe: 2, unitId: id.opdA, opdId: id.opdA,
        ratingHasilKerja: 'di_bawah', ratingPerilaku: 'sesuai', predikatMatriks: 'butuh_perbaikan', predikat: 'butuh_perbaikan', penilaiId: id.pKepala,
      });
      const recs = (await api('GET', '/kinerja/siasn?tahun=2027&jenis=kinerjaperiodik', 'admin')).json();
      expect(recs).toHaveLength(1);
      expect(recs[0]).toMatchObject({
        hasilKinerjaNilai: 'Di Bawah Ekspektasi', kuadranKinerjaNilai: 'Butuh Perbaikan', BulanMulaiPenilaian: 4, BulanSelesaiPenilaian: 6,
        TahunMulaiPenilaian: 2027, TahunSelesaiPenilaian: 2027, PeriodikId: 'triwulanan-2', KoefisienId: '',
      });
      const pdf = await api('GET', `/kinerja/skp/${s!.id}/evaluasi/5/pdf`, 'admin');
      expect(pdf.statusCode).toBe(400);
      expect(pdf.json().errors[0].field).toBe('params.ke');
      const eval2 = teksPdf((await dokumen().pdfEvaluasi(pAdmin(), s!.id, 2, sekarang, { kompres: false })).isi as Buffer);
      expect(eval2).toContain('PERIODE: TRIWULAN II 2027');
      expect(eval2).toContain('1 April 2027 s.d. 30 Juni 2027');
      const balik = await api('PUT', '/kinerja/tahun/2027', 'admin', { jenisPeriode: 'bulanan', batasKeberatanHariKerja: 10, batasPenyusunanSkp: null });
      expect(balik.statusCode).toBe(409);
    });
  });
});
