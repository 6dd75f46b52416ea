import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { topikLokasi } from './antrian.deps.ts';
import { antrianTiket } from './antrian.table.ts';
import { nikUji, seedAntrianUji } from './antrian.tiket.testing.ts';

/**
 * The public ticket view is cached per process (ANTRIAN_CACHE_TIKET_MS) and emptied by the lokasi's
 * events (LISTEN/NOTIFY on PostgreSQL, in-process on PGlite). A long lifetime here, so only events can
 * explain a fresh answer.
 */
describe('public ticket view cache', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedAntrianUji>>;
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-07T07:45:00+07:00') }); // Monday, before the 08:00 session
    t = await createTestApp({ config: { ANTRIAN_CACHE_TIKET_MS: '10000' } });
    u = await seedAntrianUji(t.db, t.fixture.opdA.id);
  });
  afterAll(async () => { vi.useRealTimers(); await t?.close(); });

  const status = async (kode: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/antrian/publik/tiket/${kode}` })).json().status as string;
  async function tungguStatus(kode: string, harus: string) {
    for (let i = 0; i < 100 && (await status(kode)) !== harus; i++) await new Promise((r) => setTimeout(r, 20));
    return status(kode);
  }

  it('should serve from the cache, and show a change as soon as the lokasi publishes an event', async () => {
    const pesan = await t.app.inject({
      method: 'POST', url: '/api/v1/antrian/publik/booking',
      payload: { layananId: u.a.id, tanggal: '2026-12-07', sesiId: u.pagi.id, nik: nikUji(77), nama: 'Warga Cache', telepon: '081277770000', setuju: true },
    });
    expect(pesan.statusCode, pesan.body).toBe(201);
    const kode = pesan.json().kode as string;
    expect(await status(kode)).toBe('dipesan');

    // A change that publishes nothing is not seen: the answer comes from the cache.
    await t.db.update(antrianTiket).set({ status: 'kedaluwarsa' }).where(eq(antrianTiket.kode, kode));
    expect(await status(kode)).toBe('dipesan');
    await t.db.update(antrianTiket).set({ status: 'dipesan' }).where(eq(antrianTiket.kode, kode));

    // Check-in publishes the lokasi's events: the cached view is dropped (same code path on both databases).
    const petugas = await loginAs(t.app, 'petugas');
    const cek = await t.app.inject({ method: 'POST', url: '/api/v1/antrian/kiosk/check-in', headers: petugas, payload: { lokasiId: u.kantor.id, kode } });
    expect(cek.statusCode, cek.body).toBe(200);
    expect(await tungguStatus(kode, 'menunggu')).toBe('menunggu');

    // Any event of the lokasi (from any process) empties its entries.
    await t.db.update(antrianTiket).set({ status: 'dibatalkan' }).where(eq(antrianTiket.kode, kode));
    expect(await status(kode)).toBe('menunggu');
    await t.db.transaction((tx) => t.app.services.bus.publish(tx, topikLokasi(u.kantor.id), { event: 'antrean', data: {} }));
    expect(await tungguStatus(kode, 'dibatalkan')).toBe('dibatalkan');
  });
});
