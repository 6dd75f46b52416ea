import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';

/**
 * Regression (newcomer review): a counter tablet shared by many citizens hit the per-device daily cap after
 * 3 answers. Signed in as staff of the survey's OPD it is a kiosk: no per-device cap, kanal 'kiosk'.
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
});
