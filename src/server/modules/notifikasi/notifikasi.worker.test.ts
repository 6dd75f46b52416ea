import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { createDataPribadi } from '../../lib/data-pribadi.ts';
import { createTestDatabase } from '../../testing/test-app.ts';
import type { AdapterNotifikasi, HasilKirim, Pencatat, PesanKeluar } from './notifikasi.adapter.ts';
import * as repo from './notifikasi.repository.ts';
import { createNotifikasiService, type PesanBaru } from './notifikasi.service.ts';
import { notifikasiOutbox } from './notifikasi.table.ts';
import { jedaPercobaan, LEASE_MS } from './notifikasi.worker.ts';

const dataPribadi = createDataPribadi('kunci-uji-notifikasi-yang-cukup-panjang-32');
const diam: Pencatat = { info: () => {}, warn: () => {}, error: () => {} };
const T0 = new Date('2026-12-14T01:00:00Z');
const detik = (n: number) => new Date(T0.getTime() + n * 1000);

/** An adapter that records every send and answers from a script (default: sent). */
function adapterRekam(o: { tundaMs?: number; jawab?: (p: PesanKeluar, ke: number) => HasilKirim } = {}) {
  const terkirim: PesanKeluar[] = [];
  const adapter: AdapterNotifikasi = {
    nama: 'log',
    async kirim(p) {
      terkirim.push(p);
      if (o.tundaMs) await new Promise((r) => setTimeout(r, o.tundaMs));
      return o.jawab?.(p, terkirim.length) ?? { ok: true, idPenyedia: `id-${p.kunci}` };
    },
  };
  return { adapter, terkirim };
}

const pesan = (kunci: string, ubah: Partial<PesanBaru> = {}): PesanBaru => ({
  kunci, templat: 'antrian.konfirmasi', telepon: '081234567890',
  data: { nomor: 'A-007', layanan: 'KTP-el', lokasi: 'Disdukcapil', tanggal: '2026-12-14', sesi: '08:00–10:00' }, jadwal: T0, ...ubah,
});

describe('jedaPercobaan (exponential backoff with jitter)', () => {
  it.each([
    [1, 0, 15_000], [1, 0.999999, 30_000], [2, 0, 30_000], [3, 0, 60_000], [4, 0.5, 180_000],
    [7, 0, 960_000], [8, 0, 1_800_000], [8, 1, 3_600_000], [9, 1, 3_600_000], [30, 0, 1_800_000],
  ])('after %i failed attempts with jitter %d → %i ms', (n, acak, ms) => {
    expect(jedaPercobaan(n, acak)).toBe(ms);
  });
});

describe('notifikasi delivery worker', () => {
  let database: Database;
  beforeAll(async () => { database = await createTestDatabase(); });
  afterAll(async () => { await database?.close(); });
  beforeEach(async () => { await database.db.delete(notifikasiOutbox); });

  const layanan = (adapter: AdapterNotifikasi, maksPercobaan = 3) =>
    createNotifikasiService(database.db, { dataPribadi, adapter, log: diam, maksPercobaan, publicUrl: 'https://sikap.test' });
  const baris = async (kunci: string) => (await database.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, kunci)))[0]!;

  it('should store the phone encrypted with its last 4 digits, once per kunci, and skip messages without a phone', async () => {
    const s = layanan(adapterRekam().adapter);
    await s.antrikan(database.db, pesan('k1'));
    await s.antrikan(database.db, pesan('k1', { telepon: '089999999999' }));
    await s.antrikan(database.db, pesan('k2', { telepon: null }));
    const r1 = await baris('k1');
    expect(r1.tujuanEnc).not.toContain('0812');
    expect(dataPribadi.dekripsi(r1.tujuanEnc!)).toBe('081234567890');
    expect(r1.tujuanAkhir).toBe('7890');
    expect((await baris('k2')).status).toBe('dilewati');
    expect(await s.ringkasan()).toEqual({ menunggu: 1, dikirim: 0, terkirim: 0, gagal: 0, dilewati: 1 });
  });

  it('should send due messages with the rendered text and the kunci as idempotency key, and leave later ones', async () => {
    const { adapter, terkirim } = adapterRekam();
    const s = layanan(adapter);
    await s.antrikan(database.db, pesan('sekarang', { data: { nomor: 'A-007', tautan: '/antrian/tiket/Q1' } }));
    await s.antrikan(database.db, pesan('nanti', { templat: 'antrian.pengingat', jadwal: detik(3600) }));
    await s.antrikan(database.db, pesan('tanpa-nomor', { telepon: null }));
    expect(await s.kirimSekarang(T0)).toEqual({ diklaim: 1, terkirim: 1, diulang: 0, gagal: 0 });
    expect(terkirim).toHaveLength(1);
    expect(terkirim[0]).toMatchObject({ kunci: 'sekarang', kanal: 'whatsapp', tujuan: '081234567890' });
    expect(terkirim[0]!.teks).toContain('Lihat tiket: https://sikap.test/antrian/tiket/Q1');
    const r = await baris('sekarang');
    expect(r).toMatchObject({ status: 'terkirim', percobaan: 1, idPenyedia: 'id-sekarang', dikunciSampai: null });
    expect(r.terkirimPada).toBeInstanceOf(Date);
    expect((await baris('nanti')).status).toBe('menunggu');

    expect((await s.kirimSekarang(detik(3600))).terkirim).toBe(1);
    expect(terkirim.map((p) => p.kunci)).toEqual(['sekarang', 'nanti']);
  });

  it('should retry a failed send with backoff, then mark it gagal after NOTIFIKASI_MAKS_PERCOBAAN attempts', async () => {
    const { adapter, terkirim } = adapterRekam({ jawab: () => ({ ok: false, permanen: false, galat: 'HTTP 503' }) });
    const s = layanan(adapter, 3);
    await s.antrikan(database.db, pesan('coba'));
    expect((await s.kirimSekarang(T0)).diulang).toBe(1);
    let r = await baris('coba');
    expect(r).toMatchObject({ status: 'menunggu', percobaan: 1, galatTerakhir: 'HTTP 503', dikunciSampai: null });
    const jeda1 = r.jadwal.getTime() - T0.getTime();
    expect(jeda1).toBeGreaterThanOrEqual(15_000);
    expect(jeda1).toBeLessThanOrEqual(30_000);

    expect((await s.kirimSekarang(detik(10))).diklaim).toBe(0); // not before the backoff
    expect((await s.kirimSekarang(detik(31))).diulang).toBe(1);
    r = await baris('coba');
    expect(r.jadwal.getTime() - detik(31).getTime()).toBeGreaterThanOrEqual(30_000);
    expect((await s.kirimSekarang(detik(200))).gagal).toBe(1);
    expect(await baris('coba')).toMatchObject({ status: 'gagal', percobaan: 3, galatTerakhir: 'HTTP 503' });
    expect((await s.kirimSekarang(detik(99_999))).diklaim).toBe(0);
    expect(terkirim).toHaveLength(3);
  });

  it('should not retry a permanent failure', async () => {
    const { adapter, terkirim } = adapterRekam({ jawab: () => ({ ok: false, permanen: true, galat: 'HTTP 400: nomor tidak valid' }) });
    const s = layanan(adapter, 5);
    await s.antrikan(database.db, pesan('tetap'));
    expect((await s.kirimSekarang(T0)).gagal).toBe(1);
    expect(await baris('tetap')).toMatchObject({ status: 'gagal', percobaan: 1, galatTerakhir: 'HTTP 400: nomor tidak valid' });
    expect((await s.kirimSekarang(detik(3600))).diklaim).toBe(0);
    expect(terkirim).toHaveLength(1);
  });

  it('should never send a message whose data holds a NIK', async () => {
    const { adapter, terkirim } = adapterRekam();
    const s = layanan(adapter);
    await s.antrikan(database.db, pesan('nik', { data: { nomor: 'A-001', catatan: '1274010101010001' } }));
    expect((await s.kirimSekarang(T0)).gagal).toBe(1);
    expect(terkirim).toHaveLength(0);
    const r = await baris('nik');
    expect(r.status).toBe('gagal');
    expect(r.galatTerakhir).toMatch(/16 digit/);
    expect(r.galatTerakhir).not.toContain('1274010101010001');
  });

  it('should re-send a message whose worker died after claiming it, once its lease has expired, with the same kunci', async () => {
    const { adapter, terkirim } = adapterRekam();
    const s = layanan(adapter);
    await s.antrikan(database.db, pesan('yatim'));
    const [klaim] = await repo.klaim(database.db, { now: T0, leaseMs: LEASE_MS, batas: 20 }); // the worker that crashes
    expect(klaim).toMatchObject({ kunci: 'yatim', percobaan: 1 });
    expect((await s.kirimSekarang(detik(59))).diklaim).toBe(0);
    expect((await s.kirimSekarang(detik(61))).terkirim).toBe(1);
    expect(terkirim.map((p) => p.kunci)).toEqual(['yatim']);
    expect(await baris('yatim')).toMatchObject({ status: 'terkirim', percobaan: 2 });
    // The crashed worker coming back late cannot overwrite the newer outcome.
    expect(await repo.tandaiGagal(database.db, klaim!.id, klaim!.percobaan, 'terlambat')).toBe(false);
    expect((await baris('yatim')).status).toBe('terkirim');
  });

  it('should let an admin requeue a gagal message with a fresh attempt budget (audited)', async () => {
    const { adapter } = adapterRekam({ jawab: (_p, ke) => (ke === 1 ? { ok: false, permanen: true, galat: 'HTTP 401' } : { ok: true, idPenyedia: 'ok' }) });
    const s = layanan(adapter);
    await s.antrikan(database.db, pesan('ulang'));
    await s.kirimSekarang(T0);
    const { id } = await baris('ulang');
    await s.kirimUlang(id, 1, detik(5));
    expect(await baris('ulang')).toMatchObject({ status: 'menunggu', percobaan: 0 });
    await expect(s.kirimUlang(id, 1)).rejects.toMatchObject({ code: 'NOTIFIKASI_BUKAN_GAGAL' });
    await expect(s.kirimUlang(999_999, 1)).rejects.toMatchObject({ code: 'NOTIFIKASI_TIDAK_DITEMUKAN' });
    expect((await s.kirimSekarang(detik(5))).terkirim).toBe(1);
    const audit = await database.db.execute(sql`select aksi, entitas_id, data from audit_log where aksi = 'notifikasi.ulang'`);
    expect((audit as unknown as { rows: unknown[] }).rows).toEqual([{ aksi: 'notifikasi.ulang', entitas_id: String(id), data: { templat: 'antrian.konfirmasi' } }]);
  });

  it('should send each message exactly once when two workers race over the same outbox', async () => {
    const rekam = adapterRekam({ tundaMs: 2 });
    // Two "processes": two services, each with its own worker, sharing the one database and gateway.
    const a = layanan(rekam.adapter);
    const b = layanan(rekam.adapter);
    const kunci = Array.from({ length: 45 }, (_, i) => `balapan-${i}`);
    await database.db.transaction(async (tx) => {
      for (const k of kunci) await a.antrikan(tx, pesan(k));
    });
    const [ha, hb] = await Promise.all([a.kirimSekarang(T0), b.kirimSekarang(T0)]);
    expect(ha.terkirim + hb.terkirim).toBe(45);
    expect(ha.diklaim).toBeGreaterThan(0); // both workers really took part
    expect(hb.diklaim).toBeGreaterThan(0);
    expect(rekam.terkirim.map((p) => p.kunci).sort()).toEqual([...kunci].sort());
    expect(await a.ringkasan()).toMatchObject({ terkirim: 45, menunggu: 0, dikirim: 0 });
  });

  it('should give concurrent claims disjoint sets of messages (FOR UPDATE SKIP LOCKED)', async () => {
    const s = layanan(adapterRekam().adapter);
    for (let putaran = 0; putaran < 3; putaran++) {
      await database.db.delete(notifikasiOutbox);
      await database.db.transaction(async (tx) => {
        for (let i = 0; i < 60; i++) await s.antrikan(tx, pesan(`klaim-${putaran}-${i}`));
      });
      // Six claimers at once (six pool connections on PostgreSQL), each asking for every message.
      const hasil = await Promise.all(Array.from({ length: 6 }, () => repo.klaim(database.db, { now: T0, leaseMs: LEASE_MS, batas: 60 })));
      const ids = hasil.flat().map((p) => p.id);
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
      expect(hasil.flat().every((p) => p.percobaan === 1)).toBe(true);
    }
  });

  describe('with the http adapter against a local gateway', () => {
    let server: Server;
    const jawaban: number[] = [];
    const diterima: Array<{ idempotencyKey: string; to: string }> = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        let d = '';
        req.on('data', (c) => { d += c; });
        req.on('end', () => {
          diterima.push(JSON.parse(d));
          const status = jawaban.shift() ?? 200;
          res.writeHead(status, { 'content-type': 'application/json' }).end(status < 300 ? JSON.stringify({ id: `g-${diterima.length}` }) : '{"error":"x"}');
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const httpLayanan = () => createNotifikasiService(database.db, {
      dataPribadi, log: diam, maksPercobaan: 3, adapter: 'http',
      http: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kirim`, token: 't' },
    });

    it('should retry after a 500 and record the gateway id on the next success', async () => {
      jawaban.push(500, 200);
      const s = httpLayanan();
      await s.antrikan(database.db, pesan('http-500'));
      expect((await s.kirimSekarang(T0)).diulang).toBe(1);
      expect((await baris('http-500')).galatTerakhir).toContain('HTTP 500');
      expect((await s.kirimSekarang(detik(3600))).terkirim).toBe(1);
      expect(await baris('http-500')).toMatchObject({ status: 'terkirim', percobaan: 2, idPenyedia: expect.stringMatching(/^g-/) });
      expect(diterima.slice(-2).map((d) => d.idempotencyKey)).toEqual(['http-500', 'http-500']);
      expect(diterima.at(-1)!.to).toBe('081234567890');
    });

    it('should mark a 400 as gagal without retry', async () => {
      jawaban.push(400);
      const s = httpLayanan();
      await s.antrikan(database.db, pesan('http-400'));
      expect((await s.kirimSekarang(T0)).gagal).toBe(1);
      expect(await baris('http-400')).toMatchObject({ status: 'gagal', percobaan: 1 });
      expect((await s.kirimSekarang(detik(3600))).diklaim).toBe(0);
    });
  });
});
