import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LokasiCreate } from '../../../contracts/antrian-setup.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { hariLibur } from '../kalender/kalender.table.ts';
import { antrianLayar } from './antrian.table.ts';
import type { PengelolaAntrian } from './antrian.setup.service.ts';

type H = Record<string, string>;

const JAM = {
  '1': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '16:00' }],
  '2': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '16:00' }],
  '3': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '16:00' }],
  '4': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '16:00' }],
  '5': [{ mulai: '08:00', selesai: '11:30' }, { mulai: '13:30', selesai: '16:00' }],
};

describe('antrian set-up', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: PengelolaAntrian;
  let adminOpdA: PengelolaAntrian;
  let lokasiA: number;
  let lokasiB: number;
  const setup = () => t.app.services.antrian.setup;
  const lokasiBaru = (kode: string, unitId: number): LokasiCreate => ({ kode, nama: `Kantor ${kode}`, unitId, jamLayanan: JAM });

  beforeAll(async () => {
    t = await createTestApp();
    admin = { akunId: t.fixture.accounts.admin!, roles: ['admin'], opdId: null };
    adminOpdA = { akunId: t.fixture.accounts.admin_opd!, roles: ['admin_opd'], opdId: t.fixture.opdA.id };
    lokasiA = (await setup().createLokasi(adminOpdA, lokasiBaru('dinas-a', t.fixture.opdA.id))).id;
    lokasiB = (await setup().createLokasi(admin, lokasiBaru('dinas-b', t.fixture.opdB.id))).id;
  });
  afterAll(async () => { await t?.close(); });

  describe('scope of an admin OPD', () => {
    it('should list only the lokasi of their own OPD, and everything for admin', async () => {
      expect((await setup().listLokasi(adminOpdA)).map((l) => l.kode)).toEqual(['dinas-a']);
      expect((await setup().listLokasi(admin)).map((l) => l.kode).sort()).toEqual(['dinas-a', 'dinas-b']);
    });

    it('should refuse reading or changing a lokasi of another OPD with 403', async () => {
      await expect(setup().detailLokasi(adminOpdA, lokasiB)).rejects.toMatchObject({ code: 'DI_LUAR_OPD', status: 403 });
      await expect(setup().updateLokasi(adminOpdA, lokasiB, { nama: 'Diambil alih' })).rejects.toMatchObject({ status: 403 });
      await expect(setup().createLayanan(adminOpdA, lokasiB, { nama: 'KTP-el', prefix: 'A', kuotaOnline: 10, kuotaWalkin: 10 })).rejects.toMatchObject({ status: 403 });
      await expect(setup().createLayar(adminOpdA, lokasiB, { nama: 'TV' })).rejects.toMatchObject({ status: 403 });
    });

    it('should refuse creating a lokasi for a unit of another OPD, or moving theirs there', async () => {
      await expect(setup().createLokasi(adminOpdA, lokasiBaru('curian', t.fixture.opdB.id))).rejects.toMatchObject({ code: 'DI_LUAR_OPD' });
      await expect(setup().updateLokasi(adminOpdA, lokasiA, { unitId: t.fixture.opdB.id })).rejects.toMatchObject({ code: 'DI_LUAR_OPD' });
    });

    it('should answer 404 for an unknown lokasi', async () => {
      await expect(setup().detailLokasi(admin, 999_999)).rejects.toMatchObject({ status: 404, code: 'LOKASI_TIDAK_DITEMUKAN' });
    });

    it('should see nothing when the admin OPD account has no OPD', async () => {
      expect(await setup().listLokasi({ ...adminOpdA, opdId: null })).toEqual([]);
      await expect(setup().detailLokasi({ ...adminOpdA, opdId: null }, lokasiA)).rejects.toMatchObject({ status: 403 });
    });
  });

  describe('validation', () => {
    it('should refuse overlapping hours with the field body.jamLayanan', async () => {
      const err = await setup().createLokasi(admin, { ...lokasiBaru('tumpang', t.fixture.opdA.id), jamLayanan: { '1': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '11:00', selesai: '14:00' }] } }).catch((e) => e);
      expect(err).toMatchObject({ status: 400, code: 'JADWAL_TIDAK_VALID' });
      expect(err.errors[0]).toEqual({ field: 'body.jamLayanan', message: 'Senin: jam 08:00–12:00 dan 11:00–14:00 bertumpang tindih' });
    });

    it('should refuse a duplicate kode with 409 on body.kode', async () => {
      await expect(setup().createLokasi(admin, lokasiBaru('dinas-a', t.fixture.opdA.id))).rejects.toMatchObject({
        status: 409, code: 'KODE_GANDA', errors: [{ field: 'body.kode', message: expect.any(String) }],
      });
    });

    it('should refuse an unknown unit with 400 on body.unitId', async () => {
      await expect(setup().createLokasi(admin, lokasiBaru('tanpa-unit', 999_999))).rejects.toMatchObject({ status: 400, errors: [{ field: 'body.unitId' }] });
    });
  });

  describe('layanan and sesi', () => {
    let layananA: number;
    beforeAll(async () => {
      layananA = (await setup().createLayanan(adminOpdA, lokasiA, { nama: 'KTP-el', prefix: 'A', kuotaOnline: 50, kuotaWalkin: 30 })).id;
    });

    it('should refuse a prefix already used at the same lokasi with 409 on body.prefix', async () => {
      await expect(setup().createLayanan(adminOpdA, lokasiA, { nama: 'Lain', prefix: 'A', kuotaOnline: 1, kuotaWalkin: 1 })).rejects.toMatchObject({
        status: 409, code: 'PREFIX_GANDA', errors: [{ field: 'body.prefix' }],
      });
    });

    it('should allow the same prefix at another lokasi', async () => {
      const l = await setup().createLayanan(admin, lokasiB, { nama: 'KTP-el', prefix: 'A', kuotaOnline: 5, kuotaWalkin: 5 });
      expect(l).toMatchObject({ lokasiId: lokasiB, prefix: 'A', standarMenit: 15, aktif: true });
    });

    it('should create sessions inside the hours and refuse the others with the field', async () => {
      expect(await setup().createSesi(adminOpdA, layananA, { mulai: '08:00', selesai: '10:00', kapasitas: 20 })).toMatchObject({ layananId: layananA, kapasitas: 20, aktif: true });
      expect(await setup().createSesi(adminOpdA, layananA, { mulai: '13:30', selesai: '15:30', kapasitas: 20 })).toMatchObject({ mulai: '13:30' });
      const kasus: Array<[{ mulai: string; selesai: string; kapasitas: number }, string, string]> = [
        [{ mulai: '10:00', selesai: '09:00', kapasitas: 1 }, 'SESI_TIDAK_VALID', 'body.selesai'],
        [{ mulai: '16:00', selesai: '17:00', kapasitas: 1 }, 'SESI_TIDAK_VALID', 'body.mulai'], // after closing every day
        [{ mulai: '09:00', selesai: '11:00', kapasitas: 1 }, 'SESI_TIDAK_VALID', 'body.mulai'], // overlaps 08:00–10:00
        [{ mulai: '10:00', selesai: '12:00', kapasitas: 11 }, 'KUOTA_SESI_BERLEBIH', 'body.kapasitas'], // 20 + 20 + 11 > 50
      ];
      for (const [input, code, field] of kasus) {
        await expect(setup().createSesi(adminOpdA, layananA, input), JSON.stringify(input)).rejects.toMatchObject({ status: 400, code, errors: [{ field }] });
      }
    });

    it('should refuse lowering the online quota below the session capacities', async () => {
      await expect(setup().updateLayanan(adminOpdA, layananA, { kuotaOnline: 39 })).rejects.toMatchObject({ code: 'KUOTA_SESI_BERLEBIH', errors: [{ field: 'body.kuotaOnline' }] });
      expect(await setup().updateLayanan(adminOpdA, layananA, { kuotaOnline: 40 })).toMatchObject({ kuotaOnline: 40 });
    });

    it('should let a retired session free its capacity', async () => {
      const detail = await setup().detailLokasi(adminOpdA, lokasiA);
      const pagi = detail.sesi.find((s) => s.mulai === '08:00')!;
      expect(await setup().updateSesi(adminOpdA, pagi.id, { aktif: false })).toMatchObject({ aktif: false });
      expect(await setup().createSesi(adminOpdA, layananA, { mulai: '09:00', selesai: '11:00', kapasitas: 20 })).toMatchObject({ mulai: '09:00' });
    });
  });

  describe('loket', () => {
    it('should link layanan of the same lokasi only, and keep nomor unique', async () => {
      const [lA] = (await setup().detailLokasi(admin, lokasiA)).layanan;
      const [lB] = (await setup().detailLokasi(admin, lokasiB)).layanan;
      const loket = await setup().createLoket(adminOpdA, lokasiA, { nomor: 1, nama: 'Loket 1', layananIds: [lA!.id] });
      expect(loket).toMatchObject({ nomor: 1, layananIds: [lA!.id] });
      await expect(setup().createLoket(adminOpdA, lokasiA, { nomor: 2, nama: 'Loket 2', layananIds: [lB!.id] })).rejects.toMatchObject({ status: 400, errors: [{ field: 'body.layananIds' }] });
      await expect(setup().createLoket(adminOpdA, lokasiA, { nomor: 1, nama: 'Loket satu lagi' })).rejects.toMatchObject({ status: 409, errors: [{ field: 'body.nomor' }] });
      expect(await setup().updateLoket(adminOpdA, loket.id, { layananIds: [] })).toMatchObject({ layananIds: [] });
    });
  });

  describe('hari buka', () => {
    it('should skip weekends, the city calendar and the lokasi closure days', async () => {
      await t.db.insert(hariLibur).values({ tanggal: '2026-12-25', nama: 'Kelahiran Yesus Kristus', jenis: 'libur_nasional' }).onConflictDoNothing();
      await t.db.insert(hariLibur).values({ tanggal: '2026-12-24', nama: 'Cuti Bersama', jenis: 'cuti_bersama' }).onConflictDoNothing();
      const tutup = await setup().createTutup(adminOpdA, lokasiA, { tanggal: '2026-12-22', alasan: 'Pemadaman listrik' });
      expect(await setup().hariBuka(lokasiA, '2026-12-21', 8)).toEqual(['2026-12-21', '2026-12-23', '2026-12-28']);
      await expect(setup().createTutup(adminOpdA, lokasiA, { tanggal: '2026-12-22', alasan: 'Lagi' })).rejects.toMatchObject({ status: 409, errors: [{ field: 'body.tanggal' }] });
      await setup().removeTutup(adminOpdA, tutup.id);
      expect(await setup().hariBuka(lokasiA, '2026-12-21', 3)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
    });
  });

  describe('layar devices', () => {
    it('should return the token once, store only its hash, verify it and stop after revoking', async () => {
      const baru = await setup().createLayar(adminOpdA, lokasiA, { nama: 'TV ruang tunggu' });
      expect(baru.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(baru.url).toBe(`/layar/dinas-a?token=${baru.token}`);
      const [row] = await t.db.select().from(antrianLayar).where(eq(antrianLayar.id, baru.layar.id));
      expect(row!.tokenHash).toBe(createHash('sha256').update(baru.token).digest('hex'));
      expect(JSON.stringify(await setup().detailLokasi(adminOpdA, lokasiA))).not.toContain(baru.token);

      expect(await setup().verifikasiTokenLayar('dinas-a', baru.token)).toEqual({ lokasiId: lokasiA });
      expect(await setup().verifikasiTokenLayar('dinas-b', baru.token)).toBeNull(); // another lokasi
      expect(await setup().verifikasiTokenLayar('dinas-a', 'salah')).toBeNull();
      expect(await setup().verifikasiTokenLayar('dinas-a', '')).toBeNull();

      await setup().cabutLayar(adminOpdA, baru.layar.id);
      expect(await setup().verifikasiTokenLayar('dinas-a', baru.token)).toBeNull();
      await expect(setup().cabutLayar(adminOpdA, baru.layar.id)).rejects.toMatchObject({ status: 404 });
    });

    it('should update terakhirTerlihat at most once a minute', async () => {
      const baru = await setup().createLayar(admin, lokasiA, { nama: 'TV loket' });
      const terlihat = async () => (await t.db.select().from(antrianLayar).where(eq(antrianLayar.id, baru.layar.id)))[0]!.terakhirTerlihat;
      await setup().verifikasiTokenLayar('dinas-a', baru.token);
      const pertama = await terlihat();
      expect(pertama).not.toBeNull();
      await setup().verifikasiTokenLayar('dinas-a', baru.token);
      expect((await terlihat())!.getTime()).toBe(pertama!.getTime());
      await t.db.update(antrianLayar).set({ terakhirTerlihat: sql`now() - interval '2 minutes'` }).where(eq(antrianLayar.id, baru.layar.id));
      await setup().verifikasiTokenLayar('dinas-a', baru.token);
      expect((await terlihat())!.getTime()).toBeGreaterThan(pertama!.getTime() - 1000);
    });
  });

  it('should audit every change without the device token', async () => {
    const rows = await queryRows<{ aksi: string; data: unknown }>(t.db, sql`select aksi, data from audit_log where aksi like 'antrian.%'`);
    const aksi = new Set(rows.map((r) => r.aksi));
    for (const a of ['antrian.lokasi.buat', 'antrian.layanan.buat', 'antrian.sesi.buat', 'antrian.sesi.ubah', 'antrian.loket.buat', 'antrian.tutup.hapus', 'antrian.layar.buat', 'antrian.layar.cabut']) {
      expect(aksi, a).toContain(a);
    }
    expect(JSON.stringify(rows)).not.toMatch(/token/i);
  });

  describe('routes', () => {
    let hAdminOpd: H;
    let hPetugas: H;
    beforeAll(async () => {
      hAdminOpd = await loginAs(t.app, 'admin_opd');
      hPetugas = await loginAs(t.app, 'petugas');
    });

    it('should create a lokasi through the API and answer field errors as problem+json', async () => {
      const ok = await t.app.inject({ method: 'POST', url: '/api/v1/antrian/lokasi', headers: hAdminOpd, payload: lokasiBaru('lewat-api', t.fixture.opdA.id) });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ kode: 'lewat-api', rasioPrioritas: 3, hariPesanKeDepan: 14, layanan: [], layar: [] });
      const buruk = await t.app.inject({ method: 'POST', url: `/api/v1/antrian/lokasi/${ok.json().id}/layanan`, headers: hAdminOpd, payload: { nama: 'KK', prefix: 'kk', kuotaOnline: -1, kuotaWalkin: 0 } });
      expect(buruk.statusCode).toBe(400);
      expect(buruk.headers['content-type']).toContain('application/problem+json');
      expect(buruk.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.kuotaOnline', 'body.prefix']);
    });

    it('should refuse a petugas and an anonymous caller', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/antrian/lokasi', headers: hPetugas })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/antrian/lokasi' })).statusCode).toBe(401);
    });

    it('should answer an empty PATCH with the current state (200, no audit entry), never 500', async () => {
      const detail = await setup().detailLokasi(admin, lokasiA);
      const layanan = detail.layanan[0]!;
      const sesi = detail.sesi[0]!;
      const loket = detail.loket[0]!;
      const auditUbah = async () => (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where aksi like 'antrian.%.ubah'`))[0]!.n;
      const sebelum = await auditUbah();
      const kasus: Array<[string, Record<string, unknown>]> = [
        [`/api/v1/antrian/lokasi/${lokasiA}`, { id: lokasiA, kode: 'dinas-a', alamat: detail.alamat, aktif: true }],
        [`/api/v1/antrian/layanan/${layanan.id}`, layanan],
        [`/api/v1/antrian/sesi/${sesi.id}`, sesi],
        [`/api/v1/antrian/loket/${loket.id}`, loket],
      ];
      for (const [url, harapan] of kasus) {
        const res = await t.app.inject({ method: 'PATCH', url, headers: hAdminOpd, payload: {} });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        expect(res.json()).toMatchObject(harapan);
      }
      expect(await auditUbah()).toBe(sebelum);
      // the service called with only undefined values is a no-op too
      expect(await setup().updateLokasi(adminOpdA, lokasiA, { nama: undefined, alamat: undefined })).toMatchObject({ nama: detail.nama });
      expect(await setup().updateLayanan(adminOpdA, layanan.id, { layananKode: undefined })).toEqual(layanan);
    });

    it('should answer 403 for another OPD\'s lokasi and 204 for a revoked device', async () => {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/antrian/lokasi/${lokasiB}`, headers: hAdminOpd })).statusCode).toBe(403);
      const layar = await t.app.inject({ method: 'POST', url: `/api/v1/antrian/lokasi/${lokasiA}/layar`, headers: hAdminOpd, payload: { nama: 'TV depan' } });
      expect(layar.statusCode).toBe(201);
      expect(layar.headers['cache-control']).toBe('no-store');
      const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/antrian/layar/${layar.json().layar.id}`, headers: hAdminOpd });
      expect(del.statusCode).toBe(204);
    });
  });
});
