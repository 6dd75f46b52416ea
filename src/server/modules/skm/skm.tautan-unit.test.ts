import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../testing/test-app.ts';

/** A unit's permanent survey link (/survei/unit/:id) and its QR, so a printed poster outlives the period. */
describe('unit permanent survey link', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('should list the open surveys of the unit only, and none once closed', async () => {
    const admin = await loginAs(t.app, 'admin');
    const unitId = t.fixture.opdA.id;
    const empty = await t.app.inject({ url: `/api/v1/skm/publik/unit/${unitId}/survei` });
    expect(empty.json()).toEqual([]);
    const dibuat = await t.app.inject({
      method: 'POST', url: '/api/v1/skm/survei', headers: admin,
      payload: { unitId, jenisPeriode: 'tahun', tahun: new Date().getFullYear() },
    });
    const { id, kode } = dibuat.json();
    const open = await t.app.inject({ url: `/api/v1/skm/publik/unit/${unitId}/survei` });
    expect(open.json().map((s: { kode: string }) => s.kode)).toEqual([kode]);
    const lain = await t.app.inject({ url: `/api/v1/skm/publik/unit/${t.fixture.opdB.id}/survei` });
    expect(lain.json()).toEqual([]);
    await t.app.inject({ method: 'PATCH', url: `/api/v1/skm/survei/${id}`, headers: admin, payload: { status: 'ditutup' } });
    expect((await t.app.inject({ url: `/api/v1/skm/publik/unit/${unitId}/survei` })).json()).toEqual([]);
  });

  it('should serve a QR of the permanent link, and 404 for an unknown unit', async () => {
    const qr = await t.app.inject({ url: `/api/v1/skm/publik/unit/${t.fixture.opdA.id}/qr.svg` });
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');
    expect((await t.app.inject({ url: '/api/v1/skm/publik/unit/999999/qr.svg' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/skm/publik/unit/3000000000/qr.svg' })).statusCode).toBe(400);
  });
});
