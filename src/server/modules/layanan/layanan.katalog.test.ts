import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandarIsi } from '../../../contracts/layanan.ts';
import { queryRows } from '../../db/client.ts';
import { unitOrganisasi } from '../org/org.table.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { createLayananKatalogService } from './layanan.katalog.service.ts';

type H = Record<string, string>;
const wib = (s: string) => new Date(`${s}+07:00`);

/** A complete standard (all 14 components) to start from. */
const standar = (o: Partial<StandarIsi> = {}): StandarIsi => ({
  persyaratan: [
    { kode: 'kk', nama: 'Kartu Keluarga', jenis: 'fotokopi', wajib: 'wajib', keterangan: null, unggah: true },
    { kode: 'surat-pengantar', nama: 'Surat pengantar kelurahan', jenis: 'asli', wajib: 'kondisional', keterangan: 'Bila diminta', unggah: true },
  ],
  prosedur: [
    { langkah: 'Pemohon mengajukan permohonan daring', aktor: 'Pemohon' },
    { langkah: 'Petugas memverifikasi berkas', aktor: 'Petugas' },
  ],
  jangkaWaktuNilai: 3, jangkaWaktuSatuan: 'hari_kerja',
  biayaRupiah: 0, biayaKeterangan: 'Gratis',
  produk: 'Surat keterangan',
  pengaduanKanal: ['SIKAP /pengaduan', 'SP4N-LAPOR! (SMS 1708)'],
  dasarHukum: ['UU 25/2009 tentang Pelayanan Publik'],
  sarpras: 'Ruang tunggu', kompetensiPelaksana: 'Memahami SOP', pengawasanInternal: 'Kepala bidang',
  jumlahPelaksana: '3 orang', jaminanPelayanan: 'Maklumat pelayanan', jaminanKeamanan: 'Data dijaga', evaluasiKinerja: 'SKM triwulanan',
  ...o,
});

describe(createLayananKatalogService.name, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: H;
  let adminOpd: H;
  let petugas: H;
  let unitA: number; // a bidang of OPD A
  const katalog = () => t.app.services.layanan.katalog;
  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, headers: H = {}, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers, payload });
  const pAdmin = () => ({ akunId: t.fixture.accounts.admin!, roles: ['admin' as const], opdId: null });
  const jumlahVersi = async (layananId: number) =>
    Number((await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from layanan_standar_versi where layanan_id = ${layananId}`))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, 'admin');
    adminOpd = await loginAs(t.app, 'admin_opd');
    petugas = await loginAs(t.app, 'petugas');
    const [u] = await t.db.insert(unitOrganisasi).values({
      kode: 'T-A-B1', nama: 'Bidang Pelayanan Uji A', jenis: 'BIDANG', parentId: t.fixture.opdA.id, opdId: t.fixture.opdA.id, isUnitLayanan: true,
    }).returning();
    unitA = u!.id;
  });
  afterAll(async () => { await t?.close(); });

  describe('versions in force', () => {
    it('should switch from version 1 to version 2 exactly at the boundary, and keep drafts out', async () => {
      const d = await katalog().createLayanan(pAdmin(), { kode: 'batas-versi', nama: 'Layanan Batas Versi', unitId: unitA, kategori: 'Uji' }, wib('2025-12-01T09:00:00'));
      const id = d.layanan.id;
      await katalog().createDraf(pAdmin(), id, standar(), wib('2025-12-01T09:00:00'));
      expect(await katalog().standarBerlaku(id, wib('2026-05-01T00:00:00'))).toBeNull(); // a draft applies never
      await katalog().terbitkan(pAdmin(), id, 1, { berlakuMulai: '2026-01-01', skNomor: 'SK 1/2025' }, wib('2025-12-15T10:00:00'));
      await katalog().createDraf(pAdmin(), id, standar({ jangkaWaktuNilai: 1 }), wib('2026-02-01T09:00:00'));
      await katalog().terbitkan(pAdmin(), id, 2, { berlakuMulai: '2026-07-01', skNomor: 'SK 2/2026' }, wib('2026-02-01T10:00:00'));
      await katalog().createDraf(pAdmin(), id, standar({ jangkaWaktuNilai: 9 }), wib('2026-08-01T09:00:00'));

      expect(await katalog().standarBerlaku(id, wib('2025-12-31T23:59:59'))).toBeNull();
      expect((await katalog().standarBerlaku(id, wib('2026-01-01T00:00:00')))?.versi.versi).toBe(1);
      const akhirJuni = await katalog().standarBerlaku('batas-versi', wib('2026-06-30T23:59:59.999'));
      expect(akhirJuni?.versi).toMatchObject({ versi: 1, jangkaWaktuNilai: 3, jangkaWaktu: { teks: '3 hari kerja' }, skNomor: 'SK 1/2025' });
      expect(akhirJuni?.layanan).toMatchObject({ kode: 'batas-versi', unitId: unitA, opdId: t.fixture.opdA.id, unit: { nama: 'Bidang Pelayanan Uji A' }, opd: { nama: 'Dinas Uji A' } });
      const juli = await katalog().standarBerlaku(id, wib('2026-07-01T00:00:00'));
      expect(juli?.versi).toMatchObject({ versi: 2, jangkaWaktu: { teks: '1 hari kerja' }, berlakuMulai: '2026-06-30T17:00:00.000Z' });
      expect((await katalog().standarBerlaku(id, wib('2030-01-01T00:00:00')))?.versi.versi).toBe(2); // draft 3 never

      // A case keeps its version: the stored id reads back the same components.
      expect((await katalog().getStandarVersi(akhirJuni!.versi.id))?.jangkaWaktuNilai).toBe(3);

      // Public pages at an instant: the catalogue and the standard page agree with standarBerlaku.
      const katJuni = await katalog().katalog({ q: 'batas' }, wib('2026-06-30T12:00:00'));
      expect(katJuni.map((k) => [k.kode, k.jangkaWaktu.teks, k.biayaTeks])).toEqual([['batas-versi', '3 hari kerja', 'Gratis']]);
      expect((await katalog().katalog({ q: 'batas' }, wib('2026-07-02T12:00:00')))[0]!.jangkaWaktu.teks).toBe('1 hari kerja');
      expect(await katalog().katalog({ q: 'batas' }, wib('2025-12-20T12:00:00'))).toEqual([]);
      const halaman = await katalog().standarPublik('batas-versi', wib('2026-03-01T00:00:00'));
      expect(halaman.standar.versi).toBe(1);
      expect(halaman.versi.map((v) => [v.versi, v.keadaan])).toEqual([[2, 'akan_berlaku'], [1, 'berlaku']]);
      await expect(katalog().standarPublikVersi('batas-versi', 3, wib('2026-09-01T00:00:00'))).rejects.toMatchObject({ code: 'STANDAR_TIDAK_DITEMUKAN' });
    });

    it('should return null for an unknown layanan and getLayanan by id or kode', async () => {
      expect(await katalog().standarBerlaku('tidak-ada', new Date())).toBeNull();
      expect(await katalog().getLayanan('tidak-ada')).toBeNull();
      const l = await katalog().getLayanan('batas-versi');
      expect(l).toMatchObject({ kode: 'batas-versi', aktif: true, online: true });
      expect((await katalog().getLayanan(l!.id))?.kode).toBe('batas-versi');
    });
  });

  describe('routes', () => {
    let id: number;

    it('should create a layanan, keep its draft invisible to the public, then publish it', async () => {
      const res = await api('POST', '/admin/layanan', adminOpd, { kode: 'surat-uji', nama: 'Surat Keterangan Uji', unitId: unitA, kategori: 'Surat keterangan', ringkasan: 'Surat untuk uji' });
      expect(res.statusCode).toBe(201);
      id = res.json().layanan.id;
      expect(res.json()).toMatchObject({ layanan: { kode: 'surat-uji', opd: { id: t.fixture.opdA.id } }, versi: [], versiBerlaku: null });

      const draf = await api('POST', `/admin/layanan/${id}/standar`, adminOpd, standar());
      expect(draf.statusCode).toBe(201);
      expect(draf.json()).toMatchObject({ versi: 1, terbit: false, berlakuMulai: null, biayaTeks: 'Gratis' });

      // The public sees nothing of a draft.
      expect((await api('GET', '/layanan?q=uji')).json().map((k: { kode: string }) => k.kode)).not.toContain('surat-uji');
      expect((await api('GET', '/layanan/surat-uji')).statusCode).toBe(404);
      expect((await api('GET', '/layanan/surat-uji/versi/1')).statusCode).toBe(404);
      // A second draft is refused while one is open.
      expect((await api('POST', `/admin/layanan/${id}/standar`, adminOpd, standar())).statusCode).toBe(409);

      const ubah = await api('PUT', `/admin/layanan/${id}/standar/1`, adminOpd, standar({ produk: 'Surat keterangan uji (TTE)' }));
      expect(ubah.statusCode).toBe(200);
      expect(ubah.json().produk).toBe('Surat keterangan uji (TTE)');

      const terbit = await api('POST', `/admin/layanan/${id}/standar/1/terbit`, adminOpd, { skNomor: 'SK Kadis 470/1/2026' });
      expect(terbit.statusCode).toBe(200);
      expect(terbit.json()).toMatchObject({ terbit: true, skNomor: 'SK Kadis 470/1/2026' });

      const kat = (await api('GET', '/layanan?q=surat uji')).json();
      expect(kat).toEqual([expect.objectContaining({ kode: 'surat-uji', jangkaWaktu: { nilai: 3, satuan: 'hari_kerja', teks: '3 hari kerja' }, biayaRupiah: 0, biayaTeks: 'Gratis', unit: { id: unitA, nama: 'Bidang Pelayanan Uji A' } })]);
      const hal = await api('GET', '/layanan/surat-uji');
      expect(hal.statusCode).toBe(200);
      expect(hal.json()).toMatchObject({ layanan: { kode: 'surat-uji' }, standar: { versi: 1, produk: 'Surat keterangan uji (TTE)', jaminanKeamanan: 'Data dijaga' }, versi: [{ versi: 1, keadaan: 'berlaku' }], maklumat: null });
      expect(hal.json().standar.persyaratan).toHaveLength(2);
      expect((await api('GET', '/layanan/surat-uji/versi/1')).statusCode).toBe(200);

      const [audit] = await queryRows<{ aksi: string; data: { skNomor: string } }>(t.db, sql`select aksi, data from audit_log where aksi = 'layanan.standar.terbit' and entitas_id = ${String(terbit.json().id)}`);
      expect(audit?.data.skNomor).toBe('SK Kadis 470/1/2026');
    });

    it('should keep a published version immutable', async () => {
      const sebelum = (await api('GET', `/admin/layanan/${id}`, admin)).json().versi[0];
      const put = await api('PUT', `/admin/layanan/${id}/standar/1`, admin, standar({ jangkaWaktuNilai: 1 }));
      expect(put.statusCode).toBe(409);
      expect(put.json().code).toBe('STANDAR_SUDAH_TERBIT');
      expect((await api('DELETE', `/admin/layanan/${id}/standar/1`, admin)).statusCode).toBe(409);
      expect((await api('POST', `/admin/layanan/${id}/standar/1/terbit`, admin, { skNomor: 'SK lain' })).statusCode).toBe(409);
      expect((await api('GET', `/admin/layanan/${id}`, admin)).json().versi[0]).toEqual(sebelum);
    });

    it('should refuse a retroactive start with the field, and publish nothing', async () => {
      expect((await api('POST', `/admin/layanan/${id}/standar`, admin, standar({ jangkaWaktuNilai: 2 }))).statusCode).toBe(201);
      const res = await api('POST', `/admin/layanan/${id}/standar/2/terbit`, admin, { berlakuMulai: '2020-01-01', skNomor: 'SK mundur' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.berlakuMulai' })]);
      const tanpaSk = await api('POST', `/admin/layanan/${id}/standar/2/terbit`, admin, {});
      expect(tanpaSk.statusCode).toBe(400);
      expect(tanpaSk.json().errors.map((e: { field: string }) => e.field)).toContain('body.skNomor');
      expect((await api('GET', `/admin/layanan/${id}`, admin)).json().versi.map((v: { versi: number; terbit: boolean }) => [v.versi, v.terbit])).toEqual([[2, false], [1, true]]);
      // A draft can be discarded.
      expect((await api('DELETE', `/admin/layanan/${id}/standar/2`, admin)).statusCode).toBe(204);
      expect(await jumlahVersi(id)).toBe(1);
    });

    it('should refuse an invalid standard with every field named, storing nothing', async () => {
      const rusak = standar();
      rusak.persyaratan[1]!.kode = 'kk';
      rusak.prosedur = [];
      rusak.biayaRupiah = -5;
      const res = await api('POST', `/admin/layanan/${id}/standar`, admin, rusak);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.biayaRupiah', 'body.persyaratan.1.kode', 'body.prosedur']);
      const satuan = await api('POST', `/admin/layanan/${id}/standar`, admin, { ...standar(), jangkaWaktuSatuan: 'minggu', jangkaWaktuNilai: 0 });
      expect(satuan.statusCode).toBe(400);
      expect(satuan.json().errors.map((e: { field: string }) => e.field)).toContain('body.jangkaWaktuSatuan');
      const nol = await api('POST', `/admin/layanan/${id}/standar`, admin, standar({ jangkaWaktuNilai: 0 }));
      expect(nol.json().errors).toEqual([expect.objectContaining({ field: 'body.jangkaWaktuNilai' })]);
      expect(await jumlahVersi(id)).toBe(1);

      const kode = await api('POST', '/admin/layanan', admin, { kode: 'Surat Uji', nama: 'X', unitId: unitA, kategori: 'U' });
      expect(kode.statusCode).toBe(400);
      expect(kode.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.kategori', 'body.kode', 'body.nama']);
      const ganda = await api('POST', '/admin/layanan', admin, { kode: 'surat-uji', nama: 'Surat Ganda', unitId: unitA, kategori: 'Umum' });
      expect(ganda.statusCode).toBe(409);
      expect(ganda.json().errors).toEqual([expect.objectContaining({ field: 'body.kode' })]);
      const unit = await api('POST', '/admin/layanan', admin, { kode: 'tanpa-unit', nama: 'Tanpa Unit', unitId: 999999, kategori: 'Umum' });
      expect(unit.statusCode).toBe(400);
      expect(unit.json().errors).toEqual([expect.objectContaining({ field: 'body.unitId' })]);
      expect((await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from layanan where kode in ('tanpa-unit', 'Surat Uji')`))[0]!.n).toBe(0);
    });

    it('should scope admin_opd to its own OPD (403 elsewhere) and refuse other roles', async () => {
      const b = await katalog().createLayanan(pAdmin(), { kode: 'layanan-opd-b', nama: 'Layanan OPD B', unitId: t.fixture.opdB.id, kategori: 'Umum' });
      const idB = b.layanan.id;
      expect((await api('GET', `/admin/layanan/${idB}`, adminOpd)).statusCode).toBe(403);
      expect((await api('PATCH', `/admin/layanan/${idB}`, adminOpd, { nama: 'Diambil alih' })).statusCode).toBe(403);
      expect((await api('POST', `/admin/layanan/${idB}/standar`, adminOpd, standar())).statusCode).toBe(403);
      expect((await api('POST', '/admin/layanan', adminOpd, { kode: 'di-opd-b', nama: 'Di OPD B', unitId: t.fixture.opdB.id, kategori: 'Umum' })).statusCode).toBe(403);
      expect((await api('PATCH', `/admin/layanan/${id}`, adminOpd, { unitId: t.fixture.opdB.id })).statusCode).toBe(403);
      expect((await api('GET', `/admin/maklumat/${t.fixture.opdB.id}`, adminOpd)).statusCode).toBe(403);
      expect((await api('PUT', `/admin/maklumat/${t.fixture.opdB.id}`, adminOpd, { teks: 'Kami sanggup menyelenggarakan pelayanan sesuai standar.' })).statusCode).toBe(403);
      expect(await jumlahVersi(idB)).toBe(0);

      const list = (await api('GET', '/admin/layanan', adminOpd)).json().map((l: { kode: string }) => l.kode);
      expect(list).toContain('surat-uji');
      expect(list).not.toContain('layanan-opd-b');
      expect((await api('GET', '/admin/layanan', admin)).json().map((l: { kode: string }) => l.kode)).toContain('layanan-opd-b');

      expect((await api('GET', '/admin/layanan', petugas)).statusCode).toBe(403);
      expect((await api('GET', '/admin/layanan')).statusCode).toBe(401);
      expect((await api('PUT', `/admin/maklumat/${unitA}`, petugas, { teks: 'x'.repeat(30) })).statusCode).toBe(403);
    });

    it('should edit basic fields and hide an inactive layanan from the public', async () => {
      const res = await api('PATCH', `/admin/layanan/${id}`, adminOpd, { nama: 'Surat Keterangan Uji Baru', online: false, aktif: false });
      expect(res.statusCode).toBe(200);
      expect(res.json().layanan).toMatchObject({ nama: 'Surat Keterangan Uji Baru', online: false, aktif: false, kode: 'surat-uji' });
      expect((await api('GET', '/layanan/surat-uji')).statusCode).toBe(404);
      expect((await api('GET', '/layanan?q=surat-uji')).json()).toEqual([]);
      await api('PATCH', `/admin/layanan/${id}`, adminOpd, { aktif: true });
      expect((await api('GET', '/layanan/surat-uji')).json().layanan.online).toBe(false);
    });

    it('should set the maklumat (audited) and show the unit\'s, else the OPD\'s, on the public page', async () => {
      const teks = 'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.';
      expect((await api('GET', `/admin/maklumat/${t.fixture.opdA.id}`, adminOpd)).json()).toBeNull();
      const res = await api('PUT', `/admin/maklumat/${t.fixture.opdA.id}`, adminOpd, { teks, penandatangan: 'Kepala Dinas Uji A', ditetapkan: '2026-01-02' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ unitId: t.fixture.opdA.id, unitNama: 'Dinas Uji A', ditetapkan: '2026-01-02' });
      // The layanan sits in a bidang without its own maklumat: the OPD's is shown.
      expect((await api('GET', '/layanan/surat-uji')).json().maklumat).toMatchObject({ unitId: t.fixture.opdA.id, teks });
      await api('PUT', `/admin/maklumat/${unitA}`, adminOpd, { teks: `${teks} (bidang)` });
      expect((await api('GET', '/layanan/surat-uji')).json().maklumat).toMatchObject({ unitId: unitA });
      const pendek = await api('PUT', `/admin/maklumat/${unitA}`, adminOpd, { teks: 'pendek' });
      expect(pendek.statusCode).toBe(400);
      expect(pendek.json().errors).toEqual([expect.objectContaining({ field: 'body.teks' })]);
      const audit = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where aksi = 'layanan.maklumat'`);
      expect(audit[0]!.n).toBe(2);
    });

    it('should filter the catalogue by kategori and by OPD (with its sub-units)', async () => {
      const perOpd = (await api('GET', `/layanan?unitId=${t.fixture.opdA.id}`)).json().map((k: { kode: string }) => k.kode);
      expect(perOpd).toEqual(expect.arrayContaining(['surat-uji']));
      expect((await api('GET', `/layanan?unitId=${t.fixture.opdB.id}`)).json()).toEqual([]);
      expect((await api('GET', '/layanan?kategori=Surat%20keterangan')).json().map((k: { kode: string }) => k.kode)).toEqual(['surat-uji']);
      expect((await api('GET', '/layanan?q=%25')).json()).toEqual([]); // LIKE wildcards are literal
      expect((await api('GET', '/layanan/BUKAN_KODE')).statusCode).toBe(400);
    });
  });
});
