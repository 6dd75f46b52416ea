import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../../testing/test-app.ts';
import { buatLokasi } from './antrian.loket.testkit.ts';

/**
 * Live streams under load and after revocation (ADR 0008): every stream route shares the per-IP and
 * per-process caps (here SSE_MAKS_PER_IP = 3), and a board stream ends once its device is revoked.
 */
describe('antrian live streams', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let base: string;
  let kode: string;
  let lokasiId: number;
  const admin = () => ({ akunId: t.fixture.accounts.admin!, roles: ['admin' as const], opdId: null });

  beforeAll(async () => {
    t = await createTestApp({ config: { SSE_MAKS_PER_IP: '3', SSE_MAKS_TOTAL: '50' } });
    const fx = await buatLokasi(t.db, t.fixture.opdA.id);
    kode = fx.lokasi.kode;
    lokasiId = fx.lokasi.id;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}/api/v1/antrian`;
  });
  afterAll(async () => { await t?.close(); });

  /** Opens a stream; `tutup` aborts it from the client side. */
  async function buka(path: string) {
    const ctrl = new AbortController();
    const res = await fetch(`${base}${path}`, { signal: ctrl.signal });
    return { res, tutup: () => ctrl.abort() };
  }
  async function layarBaru() {
    return t.app.services.antrian.setup.createLayar(admin(), lokasiId, { nama: 'TV uji' });
  }

  it('should answer 429 problem+json past the per-IP cap, across routes, and accept again after a close', async () => {
    const { token } = await layarBaru();
    const terbuka = [await buka(`/publik/lokasi/${kode}/stream`), await buka(`/publik/lokasi/${kode}/stream`), await buka(`/layar/${kode}/stream?token=${token}`)];
    for (const s of terbuka) expect(s.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(t.app.services.sse.jumlah('127.0.0.1')).toBe(3);

    const ditolak = await fetch(`${base}/publik/lokasi/${kode}/stream`);
    expect(ditolak.status).toBe(429);
    expect(ditolak.headers.get('content-type')).toContain('application/problem+json');
    expect((await ditolak.json()).detail).toMatch(/^Terlalu banyak koneksi langsung dari alamat ini\./);
    expect((await fetch(`${base}/layar/${kode}/stream?token=${token}`)).status).toBe(429);

    terbuka.shift()!.tutup();
    await expect.poll(() => t.app.services.sse.jumlah('127.0.0.1')).toBe(2);
    const lagi = await buka(`/publik/lokasi/${kode}/stream`);
    expect(lagi.res.status).toBe(200);
    for (const s of [...terbuka, lagi]) s.tutup();
    await expect.poll(() => t.app.services.sse.jumlah()).toBe(0);
    await expect.poll(() => t.app.services.bus.jumlahPelanggan).toBe(0);
  });

  it('should not count a refused stream (unknown lokasi, wrong token)', async () => {
    expect((await fetch(`${base}/publik/lokasi/tidak-ada/stream`)).status).toBe(404);
    expect((await fetch(`${base}/layar/${kode}/stream?token=salah`)).status).toBe(401);
    expect(t.app.services.sse.jumlah()).toBe(0);
  });

  it('should end a board stream at the next ping once its device is revoked', async () => {
    const layar = await layarBaru();
    const lain = await layarBaru();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dicabut = await buka(`/layar/${kode}/stream?token=${layar.token}`);
      const tetap = await buka(`/layar/${kode}/stream?token=${lain.token}`);
      const reader = dicabut.res.body!.getReader();
      await reader.read(); // "retry" + ": terhubung"
      vi.advanceTimersByTime(20_000); // a ping while the token is valid keeps the stream
      await new Promise((r) => setTimeout(r, 100));
      expect(t.app.services.sse.jumlah()).toBe(2);

      await t.app.services.antrian.setup.cabutLayar(admin(), layar.layar.id);
      vi.advanceTimersByTime(20_000);
      let selesai = false;
      while (!selesai) selesai = (await reader.read()).done;
      await expect.poll(() => t.app.services.sse.jumlah()).toBe(1);
      tetap.tutup();
      await expect.poll(() => t.app.services.sse.jumlah()).toBe(0);
      // the revoked token cannot reconnect
      expect((await fetch(`${base}/layar/${kode}/stream?token=${layar.token}`)).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });
});
