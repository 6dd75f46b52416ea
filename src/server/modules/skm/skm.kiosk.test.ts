import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { KIOSK_MAKS_PER_HARI } from './skm.service.ts';

/**
 * Regression (newcomer review): a counter tablet shared by many citizens hit the per-device daily cap after
 * 3 answers. Signed in as petugas of the survey's OPD it is a kiosk: no per-device cap, kanal 'kiosk'.
 * Second review (F2): only role petugas, a per-account daily cap, and the first kiosk answer of the day audited.
 */
describe('SKM kiosk mode', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let kode: string;
  const jawaban = { U1: 4, U2: 3, U3: 4, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 };
  beforeAll(async () => {
    t = await createTestApp({ config: { SKM_AMBANG_ANONIM: '1', SKM_MAX_PER_HARI: '3' } });
    const admin = await loginAs(t.app, 'admin');
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/skm/survei', headers: admin,
      payload: { unitId: t.fixture.opdA.id, jenisPeriode: 'tahun', tahun: new Date().getFullYear() },
    });
    expect(res.statusCode).toBe(201);
    kode = res.json().kode;
  });
  afterAll(async () => { await t?.close(); });

  const kirim = (headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/skm/publik/survei/${kode}/respon`, headers: { 'user-agent': 'tablet-loket', ...headers }, payload: { jawaban } });

  it('should cap an anonymous device at 3 answers a day', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await kirim({})).statusCode);
    expect(codes).toEqual([201, 201, 201, 429]);
  });

  it('should let a tablet signed in as petugas of the same OPD take many answers, as kanal kiosk', async () => {
    const h = await loginAs(t.app, 'petugas');
    for (let i = 0; i < 6; i++) expect((await kirim({ cookie: h.cookie })).statusCode).toBe(201);
    const [r] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_respon where kanal = 'kiosk'`);
    expect(r?.n).toBe(6);
  });

  it('should not treat a signed-in account without a counter role as a kiosk', async () => {
    const h = await loginAs(t.app, 'pegawai');
    expect((await kirim({ cookie: h.cookie })).statusCode).toBe(429);
  });

  it('should not treat an admin OPD or admin session as a kiosk (second review, F2)', async () => {
    for (const role of ['admin_opd', 'admin'] as const) {
      const h = await loginAs(t.app, role);
      const res = await kirim({ cookie: h.cookie });
      expect(res.statusCode, role).toBe(429);
      expect(res.json().code).toBe('BATAS_HARIAN');
    }
    const [r] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_respon where kanal = 'kiosk'`);
    expect(r?.n).toBe(6);
  });

  it('should cap kiosk answers per petugas account, survey and day, and audit only the first of the day', async () => {
    expect(KIOSK_MAKS_PER_HARI).toBe(150);
    const admin = await loginAs(t.app, 'admin');
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/skm/survei', headers: admin,
      payload: { unitId: t.fixture.opdA.id, layanan: 'Kios batas', jenisPeriode: 'tahun', tahun: new Date().getFullYear() },
    });
    const s = res.json() as { id: number; kode: string };
    const akunId = t.fixture.accounts.petugas!;
    const kiosk = { akunId, opdId: t.fixture.opdA.id };
    const skm = t.app.services.skm;
    for (let i = 0; i < KIOSK_MAKS_PER_HARI; i++) {
      await skm.kirimRespon(s.kode, { jawaban }, { ip: `10.77.${i >> 8}.${i & 255}`, userAgent: 'tablet-loket', kiosk });
    }
    const e = await skm.kirimRespon(s.kode, { jawaban }, { ip: '10.77.9.9', userAgent: 'tablet-loket', kiosk }).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BATAS_KIOS_HARIAN');
    expect((e as AppError).status).toBe(429);
    expect((e as AppError).message).toMatch(/150 jawaban.*mode kios hari ini/);
    const [n] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_respon where survei_id = ${s.id} and kanal = 'kiosk'`);
    expect(n?.n).toBe(KIOSK_MAKS_PER_HARI);
    // one audit row for the day, without any answer data
    const audit = await queryRows<{ akun_id: number; data: unknown }>(t.db, sql`
      select akun_id, data from audit_log where aksi = 'skm.kiosk.mulai' and entitas_id = ${String(s.id)}`);
    expect(audit).toHaveLength(1);
    expect(Number(audit[0]!.akun_id)).toBe(akunId);
    expect(Object.keys(audit[0]!.data as object)).toEqual(['tanggal']);
    // another account of the same OPD has its own budget
    await skm.kirimRespon(s.kode, { jawaban }, { ip: '10.77.9.10', userAgent: 'tablet-loket', kiosk: { ...kiosk, akunId: t.fixture.accounts.admin_opd! } });
  });
});
