import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { createTestDatabase } from '../testing/test-app.ts';
import { createJobRunner, daftarJobSikap, type LogJob } from './jobs.ts';

/** Job names unique per run: advisory locks are per PostgreSQL database, shared by parallel test schemas. */
const namaUnik = (n: string) => `${n}-${randomBytes(4).toString('hex')}`;
const tunggu = (ms: number) => new Promise((r) => setTimeout(r, ms));

function logRekam() {
  const galat: Array<{ obj: object; msg?: string }> = [];
  const log: LogJob = { info: () => {}, error: (obj, msg) => galat.push({ obj, msg }) };
  return { log, galat };
}

/** A job body that blocks until released, counting how many runs are inside it at once. */
function jobTertahan() {
  let lepas!: () => void;
  const s = { masuk: 0, sekaligus: 0, maks: 0, pintu: new Promise<void>((r) => { lepas = r; }) };
  return {
    s,
    lepas: () => lepas(),
    jalankan: async () => {
      s.masuk++;
      s.sekaligus++;
      s.maks = Math.max(s.maks, s.sekaligus);
      await s.pintu;
      s.sekaligus--;
    },
  };
}

describe('createJobRunner', () => {
  let database: Database;
  beforeAll(async () => { database = await createTestDatabase(); });
  afterAll(async () => { await database?.close(); });
  const runner = (log: LogJob = logRekam().log) => createJobRunner({ db: database.db, log, kind: database.kind });

  it('should run a job with the given instant and return selesai', async () => {
    const r = runner();
    const nama = namaUnik('catat');
    const dilihat: Date[] = [];
    r.daftar({ nama, setiapMs: 60_000, jalankan: async (now) => { dilihat.push(now); } });
    const now = new Date('2026-12-14T01:00:00Z');
    expect(await r.jalankanSekali(nama, now)).toBe('selesai');
    expect(dilihat).toEqual([now]);
    await expect(r.jalankanSekali('tidak-ada')).rejects.toThrow(/tidak dikenal/);
  });

  it('should log a failing job, keep running, and run it again next time', async () => {
    const { log, galat } = logRekam();
    const r = runner(log);
    const nama = namaUnik('rusak');
    let ke = 0;
    r.daftar({ nama, setiapMs: 60_000, jalankan: async () => { if (++ke === 1) throw new Error('meledak'); } });
    expect(await r.jalankanSekali(nama)).toBe('galat');
    expect(galat).toHaveLength(1);
    expect(galat[0]!.obj).toMatchObject({ job: nama });
    expect(await r.jalankanSekali(nama)).toBe('selesai');
    expect(ke).toBe(2);
  });

  it('should never overlap two runs of one job in a process', async () => {
    const r = runner();
    const nama = namaUnik('lama');
    const j = jobTertahan();
    r.daftar({ nama, setiapMs: 60_000, jalankan: j.jalankan });
    const pertama = r.jalankanSekali(nama);
    await tunggu(50);
    expect(await r.jalankanSekali(nama)).toBe('dilewati');
    j.lepas();
    expect(await pertama).toBe('selesai');
    expect(j.s).toMatchObject({ masuk: 1, maks: 1 });
  });

  it('should let only one of two runners (processes) run a job at a time, through the advisory lock', async () => {
    const nama = namaUnik('bersama');
    const j = jobTertahan();
    const [a, b] = [runner(), runner()];
    a.daftar({ nama, setiapMs: 60_000, jalankan: j.jalankan });
    b.daftar({ nama, setiapMs: 60_000, jalankan: j.jalankan });
    const pertama = a.jalankanSekali(nama);
    await tunggu(100);
    expect(await b.jalankanSekali(nama)).toBe('dilewati');
    j.lepas();
    expect(await pertama).toBe('selesai');
    // Released after the run: the other runner gets it now.
    expect(await b.jalankanSekali(nama)).toBe('selesai');
    expect(j.s.maks).toBe(1);
  });

  it('should run jobs on their interval after start, and stop() should wait for a running job', async () => {
    const r = runner();
    const nama = namaUnik('berkala');
    let jalan = 0;
    let selesai = 0;
    r.daftar({ nama, setiapMs: 30, jalankan: async () => { jalan++; await tunggu(80); selesai++; } });
    await tunggu(60);
    expect(jalan).toBe(0); // nothing before start()
    r.start();
    r.start();
    for (let i = 0; i < 100 && jalan < 2; i++) await tunggu(20);
    expect(jalan).toBeGreaterThanOrEqual(2);
    while (jalan === selesai) await tunggu(5);
    await r.stop();
    expect(selesai).toBe(jalan); // the running one finished before stop() resolved
    const sesudah = jalan;
    await tunggu(150);
    expect(jalan).toBe(sesudah);
  });

  it('should run a registered antrian function with the run instant and its own `this`', async () => {
    const r = runner();
    const tiket = { n: 0, pada: null as Date | null, async kedaluwarsakan(now: Date) { this.n++; this.pada = now; return 1; } };
    daftarJobSikap(r, { notifikasi: { kirimSekarang: async () => undefined }, antrian: { tiket, loket: {} } }, { intervalNotifikasiMs: 0 });
    const now = new Date('2026-12-14T02:00:00Z');
    expect(await r.jalankanSekali('antrian.kedaluwarsakan', now)).toBe('selesai');
    expect(tiket).toMatchObject({ n: 1, pada: now });
  });

  it('should refuse a duplicate name and a non-positive interval', () => {
    const r = runner();
    const nama = namaUnik('dua');
    r.daftar({ nama, setiapMs: 1000, jalankan: async () => {} });
    expect(() => r.daftar({ nama, setiapMs: 1000, jalankan: async () => {} })).toThrow(/sudah terdaftar/);
    expect(() => r.daftar({ nama: namaUnik('nol'), setiapMs: 0, jalankan: async () => {} })).toThrow(/lebih dari 0/);
  });
});

describe('daftarJobSikap', () => {
  const logDiam: LogJob = { info: () => {}, error: () => {} };
  const db = {} as never;
  const notifikasi = { kirimSekarang: async () => undefined };

  it('should register delivery and the antrian expiry jobs that exist', () => {
    const r = createJobRunner({ db, log: logDiam });
    const antrian = { tiket: { kedaluwarsakan: async () => 0 }, loket: { kadaluarsakanTahanan: async () => 0 } };
    daftarJobSikap(r, { notifikasi, antrian }, { intervalNotifikasiMs: 2000 });
    expect(r.nama).toEqual(['notifikasi.kirim', 'antrian.kedaluwarsakan', 'antrian.kadaluarsakanTahanan']);
  });

  it('should skip delivery when NOTIFIKASI_INTERVAL_MS is 0 and antrian functions that are missing', () => {
    const r = createJobRunner({ db, log: logDiam });
    daftarJobSikap(r, { notifikasi, antrian: { tiket: {}, loket: { kadaluarsakanTahanan: 'bukan fungsi' } } }, { intervalNotifikasiMs: 0 });
    expect(r.nama).toEqual([]);
  });
});
