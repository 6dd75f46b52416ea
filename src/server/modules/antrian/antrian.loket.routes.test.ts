import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { buatLayar, buatLokasi, buatTiket } from './antrian.loket.testkit.ts';

/** Reads an SSE body until an event named `nama` arrives; returns its parsed data. */
async function tungguEvent(reader: ReadableStreamDefaultReader<Uint8Array>, nama: string): Promise<unknown> {
  let buf = '';
  const dec = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ditutup');
    buf += dec.decode(value, { stream: true });
    for (const frame of buf.split('\n\n').slice(0, -1)) {
      const ev = /^event: (.+)$/m.exec(frame)?.[1];
      const data = /^data: (.+)$/m.exec(frame)?.[1];
      if (ev === nama && data) return JSON.parse(data);
    }
  }
}

describe('antrian loket routes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let h: Record<string, string>;
  let fx: Awaited<ReturnType<typeof buatLokasi>>;
  beforeAll(async () => {
    t = await createTestApp();
    h = await loginAs(t.app, 'petugas');
    fx = await buatLokasi(t.db, t.fixture.opdA.id, { kode: 'kantor-uji' });
    await buatLayar(t.db, fx.lokasi.id, 'layar-uji');
  });
  afterAll(async () => { await t?.close(); });

  it('should run the console over HTTP with CSRF and problem+json errors', async () => {
    const saya = await t.app.inject({ method: 'GET', url: '/api/v1/antrian/loket/saya', headers: h });
    expect(saya.statusCode).toBe(200);
    expect(saya.json().lokasi[0].loket).toHaveLength(3);
    const tanpaCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/antrian/loket/masuk', headers: { cookie: h.cookie! }, payload: { loketId: fx.loket[0]!.id } });
    expect(tanpaCsrf.statusCode).toBe(403);
    const masuk = await t.app.inject({ method: 'POST', url: '/api/v1/antrian/loket/masuk', headers: h, payload: { loketId: fx.loket[0]!.id } });
    expect(masuk.json().loketSaya.id).toBe(fx.loket[0]!.id);
    const kosong = await t.app.inject({ method: 'POST', url: '/api/v1/antrian/loket/panggil', headers: h });
    expect(kosong.statusCode).toBe(404);
    expect(kosong.json().code).toBe('ANTRIAN_KOSONG');
    const x = await buatTiket(t.db, { lokasiId: fx.lokasi.id, layananId: fx.layananA.id, menitLalu: 4 });
    const antrean = await t.app.inject({ method: 'GET', url: '/api/v1/antrian/loket/antrean', headers: h });
    expect(antrean.json().items).toEqual([expect.objectContaining({ id: x.id, nomor: x.nomor, kanal: 'walkin', menungguMenit: 4 })]);
    expect(antrean.body).not.toMatch(/nik|telepon/i);
    const p = await t.app.inject({ method: 'POST', url: '/api/v1/antrian/loket/panggil', headers: h });
    expect(p.json()).toMatchObject({ id: x.id, status: 'dipanggil' });
    const selesai = await t.app.inject({ method: 'POST', url: `/api/v1/antrian/loket/tiket/${x.id}/selesai`, headers: h });
    expect(selesai.statusCode).toBe(409);
    expect(selesai.json().detail).toMatch(/sedang dipanggil; tidak dapat diselesaikan/);
    const alih = await t.app.inject({ method: 'POST', url: `/api/v1/antrian/loket/tiket/${x.id}/alihkan`, headers: h, payload: {} });
    expect(alih.statusCode).toBe(400);
    const prio = await t.app.inject({ method: 'POST', url: `/api/v1/antrian/loket/tiket/${x.id}/prioritas`, headers: h, payload: { prioritas: 'lansia' } });
    expect(prio.json().prioritas).toBe('lansia');
    for (const a of ['mulai', 'selesai']) {
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/antrian/loket/tiket/${x.id}/${a}`, headers: h })).statusCode).toBe(200);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/antrian/loket/keluar', headers: h })).json().loketSaya).toBeNull();
  });

  it('should refuse the board without a valid device token', async () => {
    const tanpa = await t.app.inject({ method: 'GET', url: '/api/v1/antrian/layar/kantor-uji' });
    expect(tanpa.statusCode).toBe(400);
    const salah = await t.app.inject({ method: 'GET', url: '/api/v1/antrian/layar/kantor-uji?token=salah' });
    expect(salah.statusCode).toBe(401);
    expect(salah.json().code).toBe('TOKEN_LAYAR_TIDAK_VALID');
    const ok = await t.app.inject({ method: 'GET', url: '/api/v1/antrian/layar/kantor-uji?token=layar-uji' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/antrian/publik/lokasi/tidakada/stream' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/antrian/layar/kantor-uji/stream?token=salah' })).statusCode).toBe(401);
  });

  it('should deliver a call to the board stream and the public stream as a panggil event', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const ctrl = new AbortController();
    const buka = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: ctrl.signal });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      return res.body!.getReader();
    };
    const layar = await buka('/api/v1/antrian/layar/kantor-uji/stream?token=layar-uji');
    const publik = await buka('/api/v1/antrian/publik/lokasi/kantor-uji/stream');
    await expect.poll(() => t.app.services.bus.jumlahPelanggan).toBeGreaterThanOrEqual(2);
    const x = await buatTiket(t.db, { lokasiId: fx.lokasi.id, layananId: fx.layananA.id, menitLalu: 1 });
    await t.app.inject({ method: 'POST', url: '/api/v1/antrian/loket/masuk', headers: h, payload: { loketId: fx.loket[1]!.id } });
    const p = await t.app.inject({ method: 'POST', url: '/api/v1/antrian/loket/panggil', headers: h });
    expect(p.statusCode).toBe(200);
    const harapan = { tiketId: x.id, nomor: x.nomor, loketNomor: 2, loketNama: 'Loket 2', layananId: fx.layananA.id, teks: expect.stringMatching(/, silakan menuju loket dua$/) };
    expect(await tungguEvent(layar, 'panggil')).toMatchObject(harapan);
    expect(await tungguEvent(publik, 'panggil')).toMatchObject(harapan);
    ctrl.abort();
    await expect.poll(() => t.app.services.bus.jumlahPelanggan).toBe(0);
  });
});
