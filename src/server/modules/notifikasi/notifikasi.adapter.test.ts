import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpAdapter, createLogAdapter, type Pencatat } from './notifikasi.adapter.ts';

/** A fake WhatsApp/SMS gateway on a random local port: answers with the queued responses in order. */
function gateway() {
  const jawaban: Array<{ status: number; body?: string; tundaMs?: number }> = [];
  const diterima: Array<{ headers: IncomingMessage['headers']; body: unknown }> = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => {
      diterima.push({ headers: req.headers, body: JSON.parse(data) });
      const j = jawaban.shift() ?? { status: 200 };
      setTimeout(() => res.writeHead(j.status, { 'content-type': 'application/json' }).end(j.body ?? ''), j.tundaMs ?? 0);
    });
  });
  return {
    jawaban, diterima, server,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/kirim`,
  };
}

const PESAN = { kunci: 'antrian:konfirmasi:7', kanal: 'whatsapp' as const, tujuan: '081234567890', teks: 'Nomor: A-007' };

describe('createHttpAdapter', () => {
  const g = gateway();
  beforeAll(() => new Promise<void>((r) => g.server.listen(0, '127.0.0.1', r)));
  afterAll(() => new Promise<void>((r) => g.server.close(() => r())));
  beforeEach(() => { g.jawaban.length = 0; g.diterima.length = 0; });

  it('should POST {to, channel, text, idempotencyKey} with the bearer token and take the id of a 2xx answer', async () => {
    g.jawaban.push({ status: 201, body: JSON.stringify({ id: 'wa-991' }) });
    const h = await createHttpAdapter({ url: g.url(), token: 'rahasia' }).kirim(PESAN);
    expect(h).toEqual({ ok: true, idPenyedia: 'wa-991' });
    expect(g.diterima[0]!.body).toEqual({ to: '081234567890', channel: 'whatsapp', text: 'Nomor: A-007', idempotencyKey: 'antrian:konfirmasi:7' });
    expect(g.diterima[0]!.headers.authorization).toBe('Bearer rahasia');
    expect(g.diterima[0]!.headers['content-type']).toBe('application/json');
  });

  it('should accept a 2xx without a JSON id', async () => {
    g.jawaban.push({ status: 200, body: 'OK' }, { status: 202, body: JSON.stringify({ id: 42 }) });
    const a = createHttpAdapter({ url: g.url() });
    expect(await a.kirim(PESAN)).toEqual({ ok: true, idPenyedia: null });
    expect(await a.kirim(PESAN)).toEqual({ ok: true, idPenyedia: '42' });
    expect(g.diterima[0]!.headers.authorization).toBeUndefined();
  });

  it('should report 500 as retryable, then succeed on the next attempt', async () => {
    g.jawaban.push({ status: 500, body: '{"error":"down"}' }, { status: 200, body: '{"id":"x1"}' });
    const a = createHttpAdapter({ url: g.url() });
    const pertama = await a.kirim(PESAN);
    expect(pertama).toMatchObject({ ok: false, permanen: false });
    expect(pertama.ok === false && pertama.galat).toContain('HTTP 500');
    expect(await a.kirim(PESAN)).toEqual({ ok: true, idPenyedia: 'x1' });
    expect(g.diterima.map((d) => (d.body as { idempotencyKey: string }).idempotencyKey)).toEqual([PESAN.kunci, PESAN.kunci]);
  });

  it.each([[400, true], [401, true], [404, true], [422, true], [408, false], [429, false], [502, false], [503, false]])(
    'should classify HTTP %i as permanent=%s', async (status, permanen) => {
      g.jawaban.push({ status, body: '{"error":"x"}' });
      expect(await createHttpAdapter({ url: g.url() }).kirim(PESAN)).toMatchObject({ ok: false, permanen });
    },
  );

  it('should report a timeout as retryable', async () => {
    g.jawaban.push({ status: 200, tundaMs: 300 });
    const h = await createHttpAdapter({ url: g.url(), timeoutMs: 50 }).kirim(PESAN);
    expect(h).toMatchObject({ ok: false, permanen: false });
    expect(h.ok === false && h.galat).toMatch(/tidak menjawab/);
  });

  it('should report an unreachable gateway as retryable', async () => {
    const tutup = createServer();
    await new Promise<void>((r) => tutup.listen(0, '127.0.0.1', r));
    const port = (tutup.address() as AddressInfo).port;
    await new Promise<void>((r) => tutup.close(() => r()));
    const h = await createHttpAdapter({ url: `http://127.0.0.1:${port}/kirim` }).kirim(PESAN);
    expect(h).toMatchObject({ ok: false, permanen: false });
    expect(h.ok === false && h.galat).toMatch(/tidak dapat dihubungi/);
  });
});

describe('createLogAdapter', () => {
  it('should log one line with the phone masked to its last 4 digits and report it sent', async () => {
    const baris: Array<{ obj: object; msg?: string }> = [];
    const log: Pencatat = { info: (obj, msg) => baris.push({ obj, msg }), warn: () => {}, error: () => {} };
    expect(await createLogAdapter(log).kirim(PESAN)).toEqual({ ok: true, idPenyedia: null });
    expect(baris).toHaveLength(1);
    const teks = JSON.stringify(baris[0]);
    expect(teks).toContain('…7890');
    expect(teks).toContain('Nomor: A-007');
    expect(teks).not.toContain('08123456');
  });
});
