import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs, testConfig } from '../../testing/test-app.ts';
import { notifikasiOutbox } from './notifikasi.table.ts';

type H = Record<string, string>;

describe('notifikasiRoutes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: H;
  let gagalId: number;
  const TELEPON = '081299887766';

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, 'admin');
    const n = t.app.services.notifikasi;
    await t.db.transaction(async (tx) => {
      await n.antrikan(tx, { kunci: 'r:1', templat: 'antrian.konfirmasi', telepon: TELEPON, data: { nomor: 'A-001' } });
      await n.antrikan(tx, { kunci: 'r:2', templat: 'antrian.sisa', telepon: TELEPON, data: { nomor: 'A-002', sisa: 3 } });
      await n.antrikan(tx, { kunci: 'r:3', templat: 'antrian.survei', telepon: null, data: {} });
      await n.antrikan(tx, { kunci: 'r:4', templat: 'antrian.pengingat', telepon: TELEPON, data: { nomor: 'A-004' }, jadwal: new Date(Date.now() + 86_400_000) });
      // A message carrying a NIK by mistake: the worker refuses it (gagal), which the admin then sees.
      await n.antrikan(tx, { kunci: 'r:5', templat: 'antrian.dibatalkan', telepon: TELEPON, data: { catatan: '1274010101010001' } });
    });
    await n.kirimSekarang();
    gagalId = (await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, 'r:5')))[0]!.id;
  });
  afterAll(async () => { await t?.close(); });

  const get = (url: string, headers: H = admin) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const ulang = (id: number, headers: H = admin) => t.app.inject({ method: 'POST', url: `/api/v1/notifikasi/${id}/ulang`, headers });

  it('should refuse anonymous callers (401) and every role but admin (403)', async () => {
    expect((await get('/notifikasi', {})).statusCode).toBe(401);
    expect((await get('/notifikasi/ringkasan', {})).statusCode).toBe(401);
    for (const role of ['admin_opd', 'petugas', 'pimpinan']) {
      const h = await loginAs(t.app, role);
      expect((await get('/notifikasi', h)).statusCode, role).toBe(403);
      expect((await ulang(gagalId, h)).statusCode, role).toBe(403);
    }
  });

  it('should count messages per status', async () => {
    const res = await get('/notifikasi/ringkasan');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ menunggu: 1, dikirim: 0, terkirim: 2, gagal: 1, dilewati: 1 });
  });

  it('should list newest first with the last 4 digits only, never the number or the message data', async () => {
    const res = await get('/notifikasi');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 5, page: 1, per_page: 50 });
    expect(body.items.map((i: { templat: string }) => i.templat)).toEqual([
      'antrian.dibatalkan', 'antrian.pengingat', 'antrian.survei', 'antrian.sisa', 'antrian.konfirmasi',
    ]);
    expect(body.items[0]).toMatchObject({ status: 'gagal', percobaan: 1, tujuanAkhir: '…7766', galat: expect.stringMatching(/16 digit/) });
    expect(body.items[2]).toMatchObject({ status: 'dilewati', tujuanAkhir: null });
    expect(res.body).not.toContain(TELEPON);
    expect(res.body).not.toContain('0812998');
    expect(res.body).not.toContain('1274010101010001');
    expect(res.body).not.toContain('A-002');
  });

  it('should filter by status and page', async () => {
    const res = await get('/notifikasi?status=terkirim&page=2&per_page=1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 2, page: 2, per_page: 1, items: [{ templat: 'antrian.konfirmasi', status: 'terkirim' }] });
    expect((await get('/notifikasi?status=hilang')).statusCode).toBe(400);
  });

  it('should requeue a gagal message (204, audited), and refuse other statuses (409) and unknown ids (404)', async () => {
    const res = await ulang(gagalId);
    expect(res.statusCode).toBe(204);
    const [r] = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.id, gagalId));
    expect(r).toMatchObject({ status: 'menunggu', percobaan: 0 });
    const audit = await queryRows<{ akun_id: number; entitas_id: string }>(t.db, sql`select akun_id, entitas_id from audit_log where aksi = 'notifikasi.ulang'`);
    expect(audit).toEqual([{ akun_id: t.fixture.accounts.admin, entitas_id: String(gagalId) }]);

    const lagi = await ulang(gagalId);
    expect(lagi.statusCode).toBe(409);
    expect(lagi.json().code).toBe('NOTIFIKASI_BUKAN_GAGAL');
    expect((await ulang(999_999)).statusCode).toBe(404);
  });

  it('should require the CSRF token to requeue', async () => {
    expect((await ulang(gagalId, { cookie: admin.cookie! })).statusCode).toBe(403);
  });

  it('should deliver queued messages in the background when JOBS is on (app wiring)', async () => {
    const app = await buildApp({ config: testConfig({ JOBS: 'true', NOTIFIKASI_INTERVAL_MS: '30' }), db: t.database, serveWeb: false });
    await app.ready();
    try {
      await app.services.notifikasi.antrikan(t.db, { kunci: 'r:latar', templat: 'antrian.sisa', telepon: TELEPON, data: { nomor: 'A-009', sisa: 1 } });
      let status = '';
      for (let i = 0; i < 200 && status !== 'terkirim'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        status = (await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, 'r:latar')))[0]!.status;
      }
      expect(status).toBe('terkirim');
    } finally {
      await app.close();
    }
  });
});
