import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { bacaHariLiburBawaan, ensureHariLibur } from './index.ts';
import { tambahHariKerja } from '../../../domain/shared/hari-kerja.ts';

type H = Record<string, string>;

describe('kalender', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: H;
  let adminOpd: H;
  const kalender = () => t.app.services.kalender;
  const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: H = {}, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers, payload });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, 'admin');
    adminOpd = await loginAs(t.app, 'admin_opd');
  });
  afterAll(async () => { await t?.close(); });

  describe(ensureHariLibur.name, () => {
    it('should load every date of the bundled file once, with its decree as sumber', async () => {
      const bawaan = await bacaHariLiburBawaan();
      expect(bawaan.length).toBeGreaterThan(40);
      expect(await ensureHariLibur(t.db)).toBe(bawaan.length);
      expect(await ensureHariLibur(t.db)).toBe(0); // idempotent
      const [r] = await queryRows<{ sumber: string; jenis: string }>(t.db, sql`select sumber, jenis from hari_libur where tanggal = '2026-03-23'`);
      expect(r).toEqual({ sumber: expect.stringContaining('SKB'), jenis: 'cuti_bersama' });
    });

    it('should leave a year alone once it has any entry (admin edits survive restarts)', async () => {
      const berkas = [{ tanggal: '2031-01-01', nama: 'Tahun Baru', jenis: 'libur_nasional' as const, sumber: null }];
      await t.db.execute(sql`insert into hari_libur (tanggal, nama, jenis) values ('2031-05-01', 'Hari Buruh', 'libur_nasional')`);
      expect(await ensureHariLibur(t.db, berkas)).toBe(0);
    });
  });

  describe('service', () => {
    it('should give the closed days of a range and a Kalender the pure functions use', async () => {
      const libur = await kalender().liburAntara('2026-12-20', '2026-12-31');
      expect(libur.map((l) => [l.tanggal, l.jenis])).toEqual([['2026-12-24', 'cuti_bersama'], ['2026-12-25', 'libur_nasional']]);
      const kal = await kalender().kalender('2026-12-01', '2027-01-31');
      expect(tambahHariKerja('2026-12-23', 1, kal)).toBe('2026-12-28');
      expect(tambahHariKerja('2026-12-31', 1, kal)).toBe('2027-01-04'); // 1 Jan 2027 + weekend
    });
  });

  describe('routes', () => {
    it('should list a year publicly', async () => {
      const res = await api('GET', '/kalender?tahun=2026');
      expect(res.statusCode).toBe(200);
      expect(res.json().tahun).toBe(2026);
      expect(res.json().items.find((i: { tanggal: string }) => i.tanggal === '2026-08-17')).toMatchObject({ nama: 'Proklamasi Kemerdekaan', jenis: 'libur_nasional' });
      expect((await api('GET', '/kalender?tahun=dua')).statusCode).toBe(400);
    });

    it('should let admin add, move and delete a day, audited', async () => {
      const buat = await api('POST', '/kalender', admin, { tanggal: '2026-09-28', nama: 'Hari Jadi Kota Tanjungbalai', jenis: 'libur_lokal', sumber: 'SK Wali Kota' });
      expect(buat.statusCode).toBe(201);
      const id = buat.json().id as number;
      const ubah = await api('PATCH', `/kalender/${id}`, admin, { tanggal: '2026-09-29' });
      expect(ubah.statusCode).toBe(200);
      expect(ubah.json()).toMatchObject({ tanggal: '2026-09-29', jenis: 'libur_lokal', sumber: 'SK Wali Kota' });
      expect((await api('DELETE', `/kalender/${id}`, admin)).statusCode).toBe(204);
      expect((await api('DELETE', `/kalender/${id}`, admin)).statusCode).toBe(404);
      const audit = await queryRows<{ aksi: string }>(t.db, sql`select aksi from audit_log where entitas = 'hari_libur' and entitas_id = ${String(id)} order by id`);
      expect(audit.map((a) => a.aksi)).toEqual(['kalender.buat', 'kalender.ubah', 'kalender.hapus']);
    });

    it('should show an admin change in liburAntara at once despite the per-process cache (regression)', async () => {
      const hari = async () => (await kalender().liburAntara('2026-10-01', '2026-10-31')).map((l) => l.tanggal);
      expect(await hari()).not.toContain('2026-10-13'); // cached now
      const buat = await api('POST', '/kalender', admin, { tanggal: '2026-10-13', nama: 'Banjir', jenis: 'tutup_darurat' });
      expect(await hari()).toContain('2026-10-13');
      await api('PATCH', `/kalender/${buat.json().id}`, admin, { tanggal: '2026-10-14' });
      expect(await hari()).toEqual(expect.arrayContaining(['2026-10-14']));
      expect(await hari()).not.toContain('2026-10-13');
      await api('DELETE', `/kalender/${buat.json().id}`, admin);
      expect(await hari()).not.toContain('2026-10-14');
    });

    it('should refuse a date that already exists with 409 on body.tanggal (create and move)', async () => {
      const ganda = await api('POST', '/kalender', admin, { tanggal: '2026-12-25', nama: 'Natal lagi', jenis: 'libur_nasional' });
      expect(ganda.statusCode).toBe(409);
      expect(ganda.json()).toMatchObject({ code: 'TANGGAL_GANDA', errors: [{ field: 'body.tanggal' }] });
      const lain = await api('POST', '/kalender', admin, { tanggal: '2026-10-05', nama: 'Tutup darurat banjir', jenis: 'tutup_darurat' });
      const pindah = await api('PATCH', `/kalender/${lain.json().id}`, admin, { tanggal: '2026-12-25' });
      expect(pindah.statusCode).toBe(409);
    });

    it('should refuse invalid input with field errors', async () => {
      const res = await api('POST', '/kalender', admin, { tanggal: '2026-02-30', nama: 'X', jenis: 'libur_bebas' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.jenis', 'body.nama', 'body.tanggal']);
    });

    it('should keep changes to admin', async () => {
      expect((await api('POST', '/kalender', adminOpd, { tanggal: '2026-10-06', nama: 'Libur', jenis: 'libur_lokal' })).statusCode).toBe(403);
      expect((await api('POST', '/kalender', {}, { tanggal: '2026-10-06', nama: 'Libur', jenis: 'libur_lokal' })).statusCode).toBe(401);
    });
  });
});
