import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ringkasTiket, type TiketStatistik } from '../../../domain/antrian/statistik.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { antrianLayanan, antrianLokasi, antrianLoket, antrianTiket } from './antrian.table.ts';

type H = Record<string, string>;
type TiketBaru = typeof antrianTiket.$inferInsert;

const D = '2026-11-30';
const D1 = '2026-12-01';
/** An instant from a WIB wall time. */
const wib = (tanggal: string, jam: string) => new Date(`${tanggal}T${jam}+07:00`);

describe('antrian statistik', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: H; let adminOpd: H; let pimpinan: H; let petugas: H;
  const id = { lokasiA: 0, lokasiB: 0, layananA: 0, layananB: 0, layananLain: 0, loket1: 0, loket2: 0 };
  const tiket: Record<string, number> = {};
  /** The lokasi-A tickets of D..D1 as the domain sees them (the oracle of the SQL). */
  const faktaA: TiketStatistik[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const { db, fixture } = t;
    const [la, lb] = await db.insert(antrianLokasi).values([
      { kode: 'uji-a', nama: 'Kantor Uji A', unitId: fixture.opdA.id, jamLayanan: {} },
      { kode: 'uji-b', nama: 'Kantor Uji B', unitId: fixture.opdB.id, jamLayanan: {} },
    ]).returning();
    id.lokasiA = la!.id; id.lokasiB = lb!.id;
    const [ya, yb, yl] = await db.insert(antrianLayanan).values([
      { lokasiId: la!.id, nama: 'KTP-el', prefix: 'A', kuotaOnline: 50, kuotaWalkin: 50, standarMenit: 15 },
      { lokasiId: la!.id, nama: 'Kartu Keluarga', prefix: 'B', kuotaOnline: 50, kuotaWalkin: 50, standarMenit: 10 },
      { lokasiId: lb!.id, nama: 'Izin Uji', prefix: 'A', kuotaOnline: 50, kuotaWalkin: 50, standarMenit: 15 },
    ]).returning();
    id.layananA = ya!.id; id.layananB = yb!.id; id.layananLain = yl!.id;
    const [k1, k2] = await db.insert(antrianLoket).values([
      { lokasiId: la!.id, nomor: 1, nama: 'Perekaman' },
      { lokasiId: la!.id, nomor: 2, nama: 'Pencetakan' },
    ]).returning();
    id.loket1 = k1!.id; id.loket2 = k2!.id;

    const { pStaf, pKepala } = fixture;
    const standar = { [id.layananA]: 15, [id.layananB]: 10, [id.layananLain]: 15 };
    let urut = 0;
    const tambah = async (nama: string, v: Omit<TiketBaru, 'nomorUrut' | 'nomor' | 'kode' | 'tanggal' | 'lokasiId' | 'kanal'> & Partial<TiketBaru>) => {
      urut += 1;
      const row: TiketBaru = {
        lokasiId: id.lokasiA, tanggal: D, kanal: 'walkin', nomorUrut: urut, nomor: `X-${urut}`, kode: `kode-${urut}`, ...v,
      };
      const [r] = await db.insert(antrianTiket).values(row).returning({ id: antrianTiket.id });
      tiket[nama] = r!.id;
      if (row.lokasiId === id.lokasiA && row.tanggal! >= D && row.tanggal! <= D1) {
        faktaA.push({
          status: row.status, checkInPada: row.checkInPada ?? null, antriPada: row.antriPada ?? null,
          dipanggilPada: row.dipanggilPada ?? null, mulaiPada: row.mulaiPada ?? null, selesaiPada: row.selesaiPada ?? null,
          standarMenit: standar[row.layananId]!,
        });
      }
    };
    const A = id.layananA; const B = id.layananB;
    // wait 10, service 10 (≤ 15)
    await tambah('T1', { layananId: A, status: 'selesai', loketId: id.loket1, petugasPegawaiId: pStaf.id,
      checkInPada: wib(D, '08:00:00'), antriPada: wib(D, '08:00:00'), dipanggilPada: wib(D, '08:10:00'), mulaiPada: wib(D, '08:11:00'), selesaiPada: wib(D, '08:21:00') });
    // wait 20, service 20 (> 15)
    await tambah('T2', { layananId: A, kanal: 'online', status: 'selesai', loketId: id.loket1, petugasPegawaiId: pStaf.id,
      checkInPada: wib(D, '08:00:00'), antriPada: wib(D, '08:05:00'), dipanggilPada: wib(D, '08:20:00'), mulaiPada: wib(D, '08:20:00'), selesaiPada: wib(D, '08:40:00') });
    // no-show; no check-in time → waiting measured from antriPada: 30
    await tambah('T3', { layananId: A, status: 'tidak_hadir', loketId: id.loket2, petugasPegawaiId: pKepala.id,
      antriPada: wib(D, '08:00:00'), dipanggilPada: wib(D, '08:30:00') });
    // wait 5, service 8.5 (≤ 10)
    await tambah('T4', { layananId: B, status: 'selesai', loketId: id.loket2, petugasPegawaiId: pKepala.id,
      checkInPada: wib(D, '09:00:00'), antriPada: wib(D, '09:00:00'), dipanggilPada: wib(D, '09:05:00'), mulaiPada: wib(D, '09:06:00'), selesaiPada: wib(D, '09:14:30') });
    await tambah('T5', { layananId: B, status: 'menunggu', checkInPada: wib(D, '09:00:00'), antriPada: wib(D, '09:00:00') });
    await tambah('T6', { layananId: A, kanal: 'online', status: 'kedaluwarsa' });
    await tambah('T7', { layananId: B, kanal: 'online', status: 'dibatalkan' });
    // 23:30 WIB on D and 00:30 WIB on D1 — both 16:30/17:30 UTC on D (the UTC date differs from the WIB one)
    await tambah('T8', { layananId: B, status: 'menunggu', checkInPada: wib(D, '23:30:00'), antriPada: wib(D, '23:30:00') });
    await tambah('T9', { layananId: B, tanggal: D1, status: 'menunggu', checkInPada: wib(D1, '00:30:00'), antriPada: wib(D1, '00:30:00') });
    // outside the range, and at another OPD's lokasi
    await tambah('Tluar', { layananId: A, tanggal: '2026-11-29', status: 'selesai', checkInPada: wib('2026-11-29', '08:00:00'), dipanggilPada: wib('2026-11-29', '09:00:00') });
    await tambah('Tlain', { lokasiId: id.lokasiB, layananId: id.layananLain, status: 'selesai',
      checkInPada: wib(D, '10:00:00'), dipanggilPada: wib(D, '10:02:00'), mulaiPada: wib(D, '10:02:00'), selesaiPada: wib(D, '10:05:00') });

    admin = await loginAs(t.app, 'admin');
    adminOpd = await loginAs(t.app, 'admin_opd');
    pimpinan = await loginAs(t.app, 'pimpinan');
    petugas = await loginAs(t.app, 'petugas');
  });
  afterAll(async () => { await t?.close(); });

  const get = (url: string, headers: H = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const statistik = async (q: string, headers: H = admin) => {
    const res = await get(`/antrian/statistik?${q}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const rentang = `dari=${D}&sampai=${D1}`;

  const KOSONG = { dibatalkan: 0, kedaluwarsa: 0, tidakHadir: 0 };

  describe('ringkasan', () => {
    it('should compute every overall figure of a lokasi exactly, as the domain definitions do', async () => {
      const s = await statistik(`lokasiId=${id.lokasiA}&${rentang}&kelompok=layanan`);
      expect(s.total).toEqual({
        jumlahTiket: 9, dilayani: 3, tidakHadir: 1, dibatalkan: 1, kedaluwarsa: 1,
        tungguRata: 16.3, tungguP50: 15, tungguP90: 27, // waits 5, 10, 20, 30
        layananRata: 12.8, layananP50: 10, layananP90: 18, // services 8.5, 10, 20
        persenTidakHadir: 14.3, // 1 of the 7 that reached menunggu
        persenDalamStandar: 66.7, // 10 ≤ 15 and 8.5 ≤ 10, not 20 > 15
      });
      expect(s.total).toEqual(ringkasTiket(faktaA));
      expect(s.filter).toEqual({ lokasiId: id.lokasiA, dari: D, sampai: D1, kelompok: 'layanan' });
    });

    it('should group by layanan with the standard of each layanan', async () => {
      const s = await statistik(`lokasiId=${id.lokasiA}&${rentang}&kelompok=layanan`);
      expect(s.baris).toEqual([
        {
          kunci: id.layananA, label: 'KTP-el (A)', jumlahTiket: 4, dilayani: 2, tidakHadir: 1, dibatalkan: 0, kedaluwarsa: 1,
          tungguRata: 20, tungguP50: 20, tungguP90: 28, layananRata: 15, layananP50: 15, layananP90: 19,
          persenTidakHadir: 33.3, persenDalamStandar: 50,
        },
        {
          kunci: id.layananB, label: 'Kartu Keluarga (B)', jumlahTiket: 5, dilayani: 1, tidakHadir: 0, dibatalkan: 1, kedaluwarsa: 0,
          tungguRata: 5, tungguP50: 5, tungguP90: 5, layananRata: 8.5, layananP50: 8.5, layananP90: 8.5,
          persenTidakHadir: 0, persenDalamStandar: 100,
        },
      ]);
    });

    it('should group by WIB hour of arrival: 23:30 WIB → 23 and 00:30 WIB → 0 although both are the same UTC date', async () => {
      const s = await statistik(`lokasiId=${id.lokasiA}&${rentang}&kelompok=jam`);
      expect(s.baris.map((b: { kunci: unknown; label: string; jumlahTiket: number }) => [b.kunci, b.label, b.jumlahTiket])).toEqual([
        [0, '00.00–00.59', 1], [8, '08.00–08.59', 3], [9, '09.00–09.59', 2], [23, '23.00–23.59', 1], [null, 'Tidak datang', 2],
      ]);
      expect(s.baris[1]).toMatchObject({ tungguRata: 20, layananRata: 15, persenDalamStandar: 50 });
    });

    it('should group by WIB business day', async () => {
      const s = await statistik(`lokasiId=${id.lokasiA}&${rentang}&kelompok=hari`);
      expect(s.baris.map((b: { kunci: unknown; label: string; jumlahTiket: number }) => [b.kunci, b.label, b.jumlahTiket])).toEqual([[D, D, 8], [D1, D1, 1]]);
    });

    it('should group by loket and by petugas, named through the org module', async () => {
      const loket = await statistik(`lokasiId=${id.lokasiA}&${rentang}&kelompok=loket`);
      expect(loket.baris.map((b: { kunci: unknown; label: string; jumlahTiket: number; dilayani: number }) => [b.kunci, b.label, b.jumlahTiket, b.dilayani])).toEqual([
        [id.loket1, 'Loket 1 – Perekaman', 2, 2], [id.loket2, 'Loket 2 – Pencetakan', 2, 1], [null, 'Belum dipanggil ke loket', 5, 0],
      ]);
      const petugasS = await statistik(`lokasiId=${id.lokasiA}&${rentang}&kelompok=petugas`);
      const { pStaf, pKepala } = t.fixture;
      const byKunci = new Map(petugasS.baris.map((b: { kunci: number | null }) => [b.kunci, b]));
      expect(byKunci.get(pStaf.id)).toMatchObject({ label: 'Staf Uji', jumlahTiket: 2, dilayani: 2, layananP50: 15, persenDalamStandar: 50, ...KOSONG });
      expect(byKunci.get(pKepala.id)).toMatchObject({ label: 'Kepala Uji', jumlahTiket: 2, dilayani: 1, tidakHadir: 1, persenTidakHadir: 50, tungguRata: 17.5 });
      expect(byKunci.get(null)).toMatchObject({ label: 'Tanpa petugas tercatat', jumlahTiket: 5 });
    });

    it('should report zeros and nulls for a range without tickets', async () => {
      const s = await statistik(`lokasiId=${id.lokasiA}&dari=2025-01-01&sampai=2025-01-31&kelompok=jam`);
      expect(s.baris).toEqual([]);
      expect(s.total).toMatchObject({ jumlahTiket: 0, tungguRata: null, layananP90: null, persenTidakHadir: null, persenDalamStandar: null });
    });
  });

  describe('scope', () => {
    it('should show every lokasi to admin and pimpinan, labelled with the lokasi when several are mixed', async () => {
      for (const h of [admin, pimpinan]) {
        const s = await statistik(`${rentang}&kelompok=layanan`, h);
        expect(s.total.jumlahTiket).toBe(10);
        expect(s.baris.map((b: { label: string }) => b.label)).toContain('Izin Uji (A) · Kantor Uji B');
      }
      const lokasi = await get('/antrian/statistik/lokasi', pimpinan);
      expect(lokasi.json().map((l: { kode: string }) => l.kode)).toEqual(['uji-a', 'uji-b']);
    });

    it('should limit an admin OPD to the lokasi of their OPD', async () => {
      const lokasi = await get('/antrian/statistik/lokasi', adminOpd);
      expect(lokasi.json()).toEqual([{ id: id.lokasiA, kode: 'uji-a', nama: 'Kantor Uji A', aktif: true }]);
      const semua = await statistik(`${rentang}&kelompok=layanan`, adminOpd);
      expect(semua.total.jumlahTiket).toBe(9);
      const milikSendiri = await statistik(`lokasiId=${id.lokasiA}&${rentang}`, adminOpd);
      expect(milikSendiri.total.jumlahTiket).toBe(9);
    });

    it('should refuse an admin OPD the lokasi of another OPD (403) and an unknown lokasi (404)', async () => {
      const lain = await get(`/antrian/statistik?lokasiId=${id.lokasiB}&${rentang}`, adminOpd);
      expect(lain.statusCode).toBe(403);
      expect(lain.json().code).toBe('ANTRIAN_DI_LUAR_OPD');
      const xlsx = await get(`/antrian/statistik/xlsx?lokasiId=${id.lokasiB}&${rentang}`, adminOpd);
      expect(xlsx.statusCode).toBe(403);
      const takAda = await get(`/antrian/statistik?lokasiId=999999&${rentang}`, admin);
      expect(takAda.statusCode).toBe(404);
    });

    it('should refuse other roles and anonymous callers', async () => {
      expect((await get(`/antrian/statistik?${rentang}`, petugas)).statusCode).toBe(403);
      expect((await get('/antrian/statistik/lokasi', petugas)).statusCode).toBe(403);
      expect((await get(`/antrian/statistik?${rentang}`)).statusCode).toBe(401);
    });

    it('should refuse scope-less callers in the service itself', async () => {
      await expect(t.app.services.antrian.statistik.listLokasi({ akunId: 1, roles: ['petugas'], pegawaiId: null, opdId: null }))
        .rejects.toMatchObject({ code: 'ANTRIAN_STATISTIK_DILARANG', status: 403 });
    });
  });

  describe('validation', () => {
    it.each([
      ['dari after sampai', 'dari=2026-02-01&sampai=2026-01-31', 'querystring.sampai'],
      ['more than 366 days', 'dari=2026-01-01&sampai=2027-01-02', 'querystring.sampai'],
      ['a missing dari', 'sampai=2026-01-31', 'querystring.dari'],
      ['an impossible date', 'dari=2026-02-30&sampai=2026-03-01', 'querystring.dari'],
      ['an unknown kelompok', 'dari=2026-01-01&sampai=2026-01-31&kelompok=bulan', 'querystring.kelompok'],
    ])('should answer 400 with the field for %s', async (_n, q, field) => {
      const res = await get(`/antrian/statistik?${q}`, admin);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('should accept exactly 366 days', async () => {
      expect((await get('/antrian/statistik?dari=2026-01-01&sampai=2027-01-01', admin)).statusCode).toBe(200);
    });
  });

  describe('xlsx', () => {
    const buka = async (url: string) => {
      const res = await get(url, adminOpd);
      expect(res.statusCode, res.body).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return { res, wb };
    };

    it('should export a sheet per kelompok with unit headers, a frozen header, WIB dates and the definitions', async () => {
      const { res, wb } = await buka(`/antrian/statistik/xlsx?lokasiId=${id.lokasiA}&${rentang}`);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="statistik-antrian-lokasi${id.lokasiA}-${D}-${D1}.xlsx"`);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Per layanan', 'Per loket', 'Per petugas', 'Per jam', 'Per hari', 'Definisi']);

      const layanan = wb.getWorksheet('Per layanan')!;
      const header = (layanan.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(expect.arrayContaining(['Layanan', 'Jumlah tiket', 'Rata-rata tunggu (menit)', 'Median layanan (menit)', 'Dalam standar waktu (%)']));
      expect(layanan.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(layanan.getRow(2).getCell(1).value).toBe('KTP-el (A)');
      const kolomTunggu = header.indexOf('Rata-rata tunggu (menit)') + 1;
      expect(layanan.getRow(2).getCell(kolomTunggu).value).toBe(20);
      expect(layanan.getRow(4).getCell(1).value).toBe('Total');
      expect(layanan.getRow(4).getCell(2).value).toBe(9);

      const hari = wb.getWorksheet('Per hari')!;
      expect(hari.getRow(1).getCell(1).value).toBe('Tanggal (WIB)');
      expect(hari.getRow(2).getCell(1).value).toEqual(new Date(`${D}T00:00:00Z`));
      expect(hari.getRow(2).getCell(1).numFmt).toBe('dd/mm/yyyy');

      const ringkasan = wb.getWorksheet('Ringkasan')!;
      expect(ringkasan.getRow(2).values).toEqual([undefined, 'Lokasi', 'Kantor Uji A']);
      const definisi = wb.getWorksheet('Definisi')!;
      expect(definisi.getRow(1).values).toEqual([undefined, 'Angka', 'Definisi']);
      expect(definisi.rowCount).toBeGreaterThan(10);
    });

    it('should export only the kelompok asked for and refuse unknown ones', async () => {
      const { wb } = await buka(`/antrian/statistik/xlsx?${rentang}&kelompok=jam,petugas`);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Per jam', 'Per petugas', 'Definisi']);
      expect((await get(`/antrian/statistik/xlsx?${rentang}&kelompok=jam,bulan`, admin)).statusCode).toBe(400);
    });
  });

  describe('fakta layanan', () => {
    it('should give the facts of one pegawai with the served tickets as evidence', async () => {
      const f = await t.app.services.antrian.statistik.faktaLayananPegawai({ pegawaiId: t.fixture.pStaf.id, dari: D, sampai: D1 });
      expect(f).toEqual({ tiketDilayani: 2, layananMedianMenit: 15, persenDalamStandar: 50, tiketIds: [tiket.T1, tiket.T2] });
      const kepala = await t.app.services.antrian.statistik.faktaLayananPegawai({ pegawaiId: t.fixture.pKepala.id, dari: D, sampai: D1 });
      expect(kepala).toEqual({ tiketDilayani: 1, layananMedianMenit: 8.5, persenDalamStandar: 100, tiketIds: [tiket.T4] });
    });

    it('should give the facts of one lokasi', async () => {
      const f = await t.app.services.antrian.statistik.faktaLayananLokasi({ lokasiId: id.lokasiA, dari: D, sampai: D1 });
      expect(f).toEqual({
        jumlahTiket: 9, tiketDilayani: 3, tidakHadir: 1, persenTidakHadir: 14.3, tungguMedianMenit: 15,
        layananMedianMenit: 10, persenDalamStandar: 66.7, tiketIds: [tiket.T1, tiket.T2, tiket.T4],
      });
    });

    it('should refuse an invalid range', async () => {
      await expect(t.app.services.antrian.statistik.faktaLayananPegawai({ pegawaiId: 1, dari: D1, sampai: D }))
        .rejects.toMatchObject({ code: 'ANTRIAN_RENTANG_TIDAK_VALID' });
    });
  });
});
