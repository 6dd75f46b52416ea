/**
 * Benchmark of the online queue (issue #3, pelayanan.md §3), every figure next to a baseline measured in
 * the same run on the same machine (ratios, not absolutes, compare across machines — STACK.md):
 *
 *   (a) POST /api/v1/antrian/publik/booking (validation, NIK hash + encryption, atomic quota, number
 *       counter, ticket + event + notification rows in one transaction) vs POST /bench/insert (one
 *       single-row INSERT, registered only in this bench app): latency p50/p99 at a FIXED offered rate
 *       (autocannon overallRate) and achieved throughput at max rate → ratio booking ÷ insert (aim ≥ 0.3).
 *       Every booking carries a distinct valid NIK and a distinct X-Forwarded-For (the bench plays many
 *       citizens; the per-IP limit of 20/min is not what is measured).
 *   (b) GET /api/v1/antrian/publik/tiket/:kode vs GET /bench/halo (hello world) at max rate → ratio (aim ≥ 0.5).
 *   (c) call → display latency: two server processes (bench/antrian/server.ts) on one PostgreSQL schema,
 *       500 SSE clients on /api/v1/antrian/publik/lokasi/:kode/stream spread over both, N calls through
 *       the console API (POST /antrian/loket/panggil) of process 1; time from sending the call to each
 *       client receiving the `panggil` event, p50/p99 over all deliveries (aim p99 ≤ 100 ms).
 *
 * (a) and (b) run on a fresh in-memory PGlite and on PostgreSQL (DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test, in a fresh schema dropped at the end); (c) on PostgreSQL only.
 * autocannon runs in the bench process, next to the app of (a)/(b): both sides of each ratio pay that alike.
 * Traffic goes to 127.0.0.1 only. Env: BENCH_DETIK (seconds per run, default 10), BENCH_RATE (fixed
 * offered rate, default 50), BENCH_TIKET (tickets read in (b), default 300), BENCH_KONEKSI (autocannon connections, default 20), BENCH_SSE (clients,
 * default 500), BENCH_PANGGIL (calls, default 100), BENCH_BAGIAN (parts to run, default "a,b,c").
 *
 * Run: `npm run bench:antrian`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import http from 'node:http';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { migrateDatabase, openDatabase, queryRows, type Database } from '../src/server/db/client.ts';
import { configBench, KODE_LOKASI, nikKe, PETUGAS, siapkanAntrean, siapkanLokasi, type FixtureBench } from './antrian/fixture.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DETIK = Number(process.env.BENCH_DETIK ?? 10);
/** The max-rate runs of (a) are shorter, to keep the whole benchmark under 3 minutes. */
const DETIK_MAKS_A = Math.min(DETIK, Number(process.env.BENCH_DETIK_MAKS_A ?? 6));
/**
 * Fixed offered booking rate. 50 req/s = 180,000 bookings an hour, far above a city's peak (Disdukcapil
 * books ~120 online tickets a day), so the fixed-rate figures show the latency a citizen sees with headroom.
 */
const RATE = Number(process.env.BENCH_RATE ?? 50);
/** Distinct tickets read in (b). */
const TIKET_B = Number(process.env.BENCH_TIKET ?? 300);
const KLIEN_SSE = Number(process.env.BENCH_SSE ?? 500);
const PANGGIL = Number(process.env.BENCH_PANGGIL ?? 100);
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 20);
/** Which parts to run, e.g. "a,b" or "c" (default all). */
const BAGIAN = new Set((process.env.BENCH_BAGIAN ?? 'a,b,c').split(','));
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Hasil = { nama: string; db: string; mode: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };
const hasil: Hasil[] = [];
const catatan: string[] = [];

// ------------------------------------------------------------------------------------------ helpers

let nikBerikut = 0;
let ipBerikut = 0;
/** A distinct client address per request (X-Forwarded-For is trusted from loopback, TRUST_PROXY=loopback). */
const ipBaru = () => {
  const i = ipBerikut++;
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
};

function bodyBooking(f: FixtureBench, tanggal: string) {
  const i = nikBerikut++;
  return JSON.stringify({
    layananId: f.layananId, tanggal, sesiId: f.sesiId, nik: nikKe(i), nama: `Warga Bench ${i}`,
    telepon: `0812${String(10_000_000 + (i % 89_999_999)).padStart(8, '0')}`, setuju: true,
  });
}

/**
 * One autocannon run. `body` (optional) makes every request unique; `rate` = fixed offered rate
 * (overallRate, req/s) or max rate when undefined.
 */
async function jalankan(
  nama: string, db: string, base: string,
  opts: { method: 'GET' | 'POST'; path: string | (() => string); body?: () => string; rate?: number; detik?: number },
): Promise<Hasil> {
  const r = await autocannon({
    url: base,
    connections: KONEKSI,
    duration: opts.detik ?? DETIK,
    overallRate: opts.rate,
    requests: [{
      method: opts.method,
      path: typeof opts.path === 'string' ? opts.path : opts.path(),
      setupRequest: (req) => ({
        ...req,
        ...(typeof opts.path === 'function' ? { path: opts.path() } : {}),
        headers: { ...req.headers, 'content-type': 'application/json', 'x-forwarded-for': ipBaru() },
        ...(opts.body ? { body: opts.body() } : {}),
      }),
    }],
  });
  const h: Hasil = {
    nama, db, mode: opts.rate ? `${opts.rate} req/s` : 'maks', rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99,
    non2xx: r.non2xx, errors: r.errors + r.timeouts,
  };
  hasil.push(h);
  console.log(`  ${nama.padEnd(22)} ${db.padEnd(10)} ${h.mode.padEnd(10)} ${h.rps.toFixed(0).padStart(6)} req/s  p50 ${h.p50} ms  p99 ${h.p99} ms${h.non2xx || h.errors ? `  (non-2xx ${h.non2xx}, errors ${h.errors})` : ''}`);
  return h;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A bookable date of the bench layanan (the last one offered, far from any session cut-off). */
async function tanggalPesan(base: string, f: FixtureBench): Promise<string> {
  const j = await json<{ hari: Array<{ tanggal: string; sesi: Array<{ id: number }> }> }>(
    await fetch(`${base}/api/v1/antrian/publik/lokasi/${KODE_LOKASI}/jadwal?layananId=${f.layananId}`),
  );
  const hari = j.hari.filter((h) => h.sesi.some((s) => s.id === f.sesiId));
  if (!hari.length) throw new Error('tidak ada tanggal yang dapat dipesan');
  return hari.at(-1)!.tanggal;
}

async function skemaBaru(): Promise<{ database: Database; schema: string; hapus: () => Promise<void> }> {
  const schema = `bench_antrian_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ url: PG_URL, schema });
  await migrateDatabase(database, schema);
  return {
    database, schema,
    hapus: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    },
  };
}

// --------------------------------------------------------------------------------- (a) and (b)

async function bagianAB(label: string, database: Database): Promise<void> {
  const { db } = database;
  const f = await siapkanLokasi(db);
  await db.execute(sql`create table bench_insert (id serial primary key, nik text not null, nama text not null, dibuat_pada timestamptz not null default now())`);
  const app = await buildApp({ config: configBench(), db: database, serveWeb: false });
  app.get('/bench/halo', { config: { permission: 'public' } }, async () => ({ halo: 'dunia' }));
  // The same ticket view without the per-process cache (what one cache miss costs).
  app.get('/bench/tiket-tanpa-cache/:kode', { config: { permission: 'public' } }, async (req) =>
    app.services.antrian.tiket.lihatTiket((req.params as { kode: string }).kode));
  app.post('/bench/insert', { config: { permission: 'public' } }, async (req, reply) => {
    const b = req.body as { nik: string; nama: string };
    await db.execute(sql`insert into bench_insert (nik, nama) values (${b.nik}, ${b.nama})`);
    return reply.status(201).send({ ok: true });
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const tanggal = await tanggalPesan(base, f);
    const pertama = await json<{ kode: string }>(await fetch(`${base}/api/v1/antrian/publik/booking`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyBooking(f, tanggal),
    }));
    const booking = { method: 'POST' as const, path: '/api/v1/antrian/publik/booking', body: () => bodyBooking(f, tanggal) };
    const insert = { method: 'POST' as const, path: '/bench/insert', body: () => bodyBooking(f, tanggal) };
    // Warm-up (JIT, connection pool, plans); not recorded.
    await autocannon({ url: base, connections: 4, amount: 200, requests: [{ method: 'GET', path: `/api/v1/antrian/publik/tiket/${pertama.kode}` }] });

    if (BAGIAN.has('a')) {
      console.log(`(a) booking vs insert — ${label}`);
      await jalankan('booking', label, base, { ...booking, rate: RATE });
      await jalankan('insert', label, base, { ...insert, rate: RATE });
      const bMaks = await jalankan('booking', label, base, { ...booking, detik: DETIK_MAKS_A });
      const iMaks = await jalankan('insert', label, base, { ...insert, detik: DETIK_MAKS_A });
      const bTetap = hasil.at(-4)!;
      const iTetap = hasil.at(-3)!;
      catatan.push(`(a) ${label}: at ${RATE} req/s offered, booking ÷ insert throughput = ${(bTetap.rps / iTetap.rps).toFixed(2)}, p99 ${bTetap.p99} vs ${iTetap.p99} ms; at max rate ${(bMaks.rps / iMaks.rps).toFixed(2)} (aim ≥ 0.30)`);
    }
    if (BAGIAN.has('b')) {
      console.log(`(b) ticket status vs hello — ${label}`);
      // TIKET_B distinct tickets read round-robin, as that many citizens' pages would.
      const kode = [pertama.kode];
      while (kode.length < TIKET_B) {
        kode.push((await json<{ kode: string }>(await fetch(`${base}/api/v1/antrian/publik/booking`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ipBaru() }, body: bodyBooking(f, tanggal),
        }))).kode);
      }
      let i = 0;
      const tMaks = await jalankan('tiket/:kode', label, base, { method: 'GET', path: () => `/api/v1/antrian/publik/tiket/${kode[i++ % kode.length]}` });
      const tTanpa = await jalankan('tiket tanpa cache', label, base, { method: 'GET', path: () => `/bench/tiket-tanpa-cache/${kode[i++ % kode.length]}` });
      const hMaks = await jalankan('halo', label, base, { method: 'GET', path: '/bench/halo' });
      catatan.push(`(b) ${label}: tiket ÷ halo at max rate = ${(tMaks.rps / hMaks.rps).toFixed(2)} (aim ≥ 0.50); without the cache ${(tTanpa.rps / hMaks.rps).toFixed(2)}`);
    }
    const [n] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from antrian_tiket`);
    console.log(`  tickets booked in the database: ${n?.n}`);
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------- (c)

function mulaiServer(schema: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    // node itself (not npx), so SIGTERM reaches the server directly.
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/antrian/server.ts'], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buf = '';
    const batas = setTimeout(() => reject(new Error('server bench tidak siap dalam 60 detik')), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /SIAP (\d+)/.exec(buf);
      if (m) {
        clearTimeout(batas);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('exit', (code) => reject(new Error(`server bench berhenti (exit ${code})`)));
  });
}

const agenSse = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/**
 * A lean SSE client (a raw HTTP GET reading the stream): 500 EventSource objects in the bench process
 * would add their own parsing delay to the latency measured. Records the arrival time of every
 * `event: panggil` frame with its tiketId; `terbuka` runs once the 200 response headers arrived.
 */
function klienSse(url: string, catat: (tiketId: number, t: number) => void, terbuka: () => void, gagal: (e: Error) => void): http.ClientRequest {
  const req = http.get(url, { agent: agenSse, headers: { accept: 'text/event-stream' } }, (res) => {
    if (res.statusCode !== 200) return gagal(new Error(`SSE ${url}: ${res.statusCode}`));
    res.setEncoding('utf8');
    let sisa = '';
    res.on('data', (chunk: string) => {
      const t = performance.now();
      sisa += chunk;
      let batas: number;
      while ((batas = sisa.indexOf('\n\n')) >= 0) {
        const frame = sisa.slice(0, batas);
        sisa = sisa.slice(batas + 2);
        if (frame.startsWith('event: panggil')) catat(Number(/"tiketId":(\d+)/.exec(frame)?.[1]), t);
      }
    });
    res.on('error', () => undefined);
    terbuka();
  });
  req.on('error', () => undefined);
  return req;
}

const persentil = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

async function bagianC(): Promise<void> {
  console.log(`(c) call → display, ${KLIEN_SSE} SSE clients on 2 processes, ${PANGGIL} calls — postgresql`);
  const { database, schema, hapus } = await skemaBaru();
  const servers: ChildProcess[] = [];
  const klien: http.ClientRequest[] = [];
  try {
    const f = await siapkanLokasi(database.db);
    await siapkanAntrean(database.db, f, PANGGIL + 10);
    await database.close();
    const [s1, s2] = await Promise.all([mulaiServer(schema), mulaiServer(schema)]);
    servers.push(s1.child, s2.child);
    const base1 = `http://127.0.0.1:${s1.port}`;
    const base2 = `http://127.0.0.1:${s2.port}`;

    // Deliveries per ticket id: arrival times (performance.now()) of the `panggil` event at each client.
    const terima = new Map<number, number[]>();
    const catat = (tiketId: number, t: number) => {
      const arr = terima.get(tiketId) ?? [];
      arr.push(t);
      terima.set(tiketId, arr);
    };
    let terbuka = 0;
    await new Promise<void>((resolve, reject) => {
      const batas = setTimeout(() => reject(new Error(`hanya ${terbuka}/${KLIEN_SSE} klien SSE tersambung`)), 60_000);
      for (let i = 0; i < KLIEN_SSE; i++) {
        klien.push(klienSse(`${i % 2 ? base2 : base1}/api/v1/antrian/publik/lokasi/${KODE_LOKASI}/stream`, catat, () => {
          if (++terbuka === KLIEN_SSE) {
            clearTimeout(batas);
            resolve();
          }
        }, reject));
      }
    });

    const login = await fetch(`${base1}/api/v1/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: PETUGAS.username, password: PETUGAS.password }),
    });
    const { csrfToken } = await json<{ csrfToken: string }>(login);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const post = (p: string, body: unknown = {}) => fetch(`${base1}/api/v1${p}`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify(body),
    });
    await json(await post('/antrian/loket/masuk', { loketId: f.loketId }));

    const latensi: number[] = [];
    const respon: number[] = [];
    let hilang = 0;
    for (let i = 0; i < PANGGIL; i++) {
      const t0 = performance.now();
      const tiket = await json<{ id: number }>(await post('/antrian/loket/panggil'));
      respon.push(performance.now() - t0);
      const batas = performance.now() + 2000;
      while ((terima.get(tiket.id)?.length ?? 0) < KLIEN_SSE && performance.now() < batas) await new Promise((r) => setTimeout(r, 2));
      const arr = terima.get(tiket.id) ?? [];
      hilang += KLIEN_SSE - arr.length;
      latensi.push(...arr.map((t) => t - t0));
      // Finish the ticket so the next call is allowed (not timed).
      await json(await post(`/antrian/loket/tiket/${tiket.id}/mulai`));
      await json(await post(`/antrian/loket/tiket/${tiket.id}/selesai`));
    }
    const p50 = persentil(latensi, 50);
    const p99 = persentil(latensi, 99);
    console.log(`  deliveries ${latensi.length} (missing ${hilang}), p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latensi).toFixed(1)} ms`);
    console.log(`  for comparison, the POST /antrian/loket/panggil response itself: p50 ${persentil(respon, 50).toFixed(1)} ms, p99 ${persentil(respon, 99).toFixed(1)} ms`);
    catatan.push(`(c) postgresql: call → display p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${latensi.length} deliveries, ${hilang} missing (aim p99 ≤ 100 ms)`);
  } finally {
    for (const req of klien) req.destroy();
    await Promise.all(servers.map((c) => new Promise<void>((resolve) => {
      if (c.exitCode != null) return resolve();
      c.removeAllListeners('exit');
      c.on('exit', () => resolve());
      c.kill('SIGTERM');
    })));
    await hapus();
  }
}

// ------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const t0 = performance.now();
  console.log(`# bench/antrian.ts — ${DETIK} s per run (max-rate runs of (a): ${DETIK_MAKS_A} s), ${KONEKSI} connections, fixed rate ${RATE} req/s (node ${process.version})`);

  if (BAGIAN.has('a') || BAGIAN.has('b')) {
    const lite = await openDatabase({});
    try {
      await migrateDatabase(lite);
      await bagianAB('pglite', lite);
    } finally {
      await lite.close();
    }
    const pgDb = await skemaBaru();
    try {
      await bagianAB('postgresql', pgDb.database);
    } finally {
      await pgDb.database.close();
      await pgDb.hapus();
    }
  }
  if (BAGIAN.has('c')) await bagianC();

  console.log('\n| run | db | offered | req/s | p50 ms | p99 ms | non-2xx | errors |\n|---|---|---|---|---|---|---|---|');
  for (const h of hasil) console.log(`| ${h.nama} | ${h.db} | ${h.mode} | ${h.rps.toFixed(0)} | ${h.p50} | ${h.p99} | ${h.non2xx} | ${h.errors} |`);
  console.log('');
  for (const c of catatan) console.log(c);
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

await main();
// Closed EventSources and keep-alive sockets of fetch/autocannon may hold the event loop for a while.
process.exit(0);
