import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { bukaSse, createPembatasSse, formatEvent, type SseStream } from './sse.ts';

describe(formatEvent.name, () => {
  it('should frame an event with JSON data on one line', () => {
    expect(formatEvent('panggil', { nomor: 'A-007', teks: 'baris\nbaru' })).toBe('event: panggil\ndata: {"nomor":"A-007","teks":"baris\\nbaru"}\n\n');
  });
  it('should strip line breaks from the event name', () => {
    expect(formatEvent('a\nb', 1)).toBe('event: ab\ndata: 1\n\n');
  });
});

describe(bukaSse.name, () => {
  const app = Fastify();
  let stream: SseStream | null = null;
  let ditutup = 0;
  app.get('/s', (req, reply) => {
    stream = bukaSse(req, reply, { pingMs: 30 });
    stream.saatTutup(() => { ditutup++; });
    stream.kirim('halo', { a: 1 });
  });
  afterEach(async () => { await app.close(); });

  it('should stream headers, events and pings, and clean up when the client leaves', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const ctrl = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/s`, { signal: ctrl.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const reader = res.body!.getReader();
    let teks = '';
    while (!teks.includes(': ping')) teks += new TextDecoder().decode((await reader.read()).value);
    expect(teks).toContain('retry: 3000');
    expect(teks).toContain('event: halo\ndata: {"a":1}\n\n');
    ctrl.abort();
    await reader.cancel().catch(() => undefined);
    await expect.poll(() => ditutup, { timeout: 2000 }).toBe(1);
    expect(stream!.tertutup).toBe(true);
  });
});

describe(createPembatasSse.name, () => {
  it('should cap streams per IP and in total, and free a slot once per release', () => {
    const b = createPembatasSse({ maksPerIp: 2, maksTotal: 3 });
    const a1 = b.ambil('10.0.0.1');
    b.ambil('10.0.0.1');
    expect(() => b.ambil('10.0.0.1')).toThrow(/^Terlalu banyak koneksi langsung dari alamat ini\./);
    const c1 = b.ambil('10.0.0.2');
    expect(b.jumlah()).toBe(3);
    expect(() => b.ambil('10.0.0.3')).toThrow(expect.objectContaining({ code: 'SSE_TERLALU_BANYAK', status: 429 }));
    a1();
    a1(); // idempotent
    expect([b.jumlah(), b.jumlah('10.0.0.1')]).toEqual([2, 1]);
    b.ambil('10.0.0.3');
    c1();
    expect(b.jumlah('10.0.0.2')).toBe(0);
  });
});

describe('bukaSse masihBerlaku', () => {
  const app = Fastify();
  let berlaku: () => Promise<boolean> = async () => true;
  const pembatas = createPembatasSse({ maksPerIp: 5 });
  app.get('/s', (req, reply) => { bukaSse(req, reply, { pingMs: 20, pembatas, masihBerlaku: () => berlaku() }); });
  afterEach(async () => { await app.close(); });

  it('should keep the stream through a failed check and close it (freeing its slot) when no longer valid', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/s`);
    const reader = res.body!.getReader();
    berlaku = async () => { throw new Error('basis data sibuk'); };
    let teks = '';
    while ((teks.match(/: ping/g) ?? []).length < 3) teks += new TextDecoder().decode((await reader.read()).value);
    expect(pembatas.jumlah()).toBe(1);
    berlaku = async () => false;
    for (;;) if ((await reader.read()).done) break;
    expect(pembatas.jumlah()).toBe(0);
  });
});
