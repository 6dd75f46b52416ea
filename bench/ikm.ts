/**
 * Benchmark: the SKM IKM aggregate over 1,000,000 responses (PermenPANRB 14/2017; pelayanan.md §1.3).
 *
 * For each database — a fresh in-memory PGlite, and, when DATABASE_URL is set, also PostgreSQL in a fresh
 * schema (dropped afterwards) — it migrates, inserts one unit_organisasi + one skm_survei, generates the
 * responses in SQL (`insert … select … from generate_series`) with deterministic pseudo-random answers 1–4
 * and ~2 % blanks, then times (median of 5 runs after 1 warm-up each, the two queries interleaved):
 *   (a) the IKM aggregate (sum(uN), count(uN) for 9 unsur + count(*) where survei_id = $1) fed to
 *       computeIkmFromSums, and
 *   (b) the baseline `select count(*) from skm_respon where survei_id = $1`,
 * and prints both in ms and the ratio ikm / count (ratios, not absolutes, are comparable across machines:
 * STACK.md "Benchmarks must measure their own baselines in the same run").
 *
 * Output, per database:
 *   insert pglite: 1000000 rows in 9.87 s
 *   ikm-1m pglite: count 123.4 ms, ikm 234.5 ms, ratio 1.90
 *   ikm-1m pglite: IKM 80.12 (B, Baik), responden 1000000
 *
 * Env: DATABASE_URL (optional, adds the PostgreSQL pass), BENCH_ROWS (default 1000000, for quick checks).
 * Run: `npx tsx bench/ikm.ts`.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { computeIkmFromSums, type IkmResult, type UnsurSum } from '../src/domain/skm/ikm.ts';
import { UNSUR_KODE, type UnsurKode } from '../src/domain/skm/unsur.ts';
import { migrateDatabase, openDatabase, queryRows, type Database, type Db } from '../src/server/db/client.ts';
import { unitOrganisasi } from '../src/server/modules/org/org.table.ts';
import { skmSurvei } from '../src/server/modules/skm/skm.table.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = 5;
const LABEL = ROWS === 1_000_000 ? 'ikm-1m' : `ikm-${ROWS}`;

/**
 * SQL for one pseudo-random answer column: deterministic per (row i, unsur k), ~2 % null, otherwise 1–4
 * skewed like a typical survey (5 % 1, 10 % 2, 45 % 3, 40 % 4; mean 3.2 → IKM ≈ 80, B), so both databases get identical data and the same IKM.
 */
function jawabanSql(k: number): string {
  const h = `(abs(hashint8(g.i * 16 + ${k})) % 1000)`;
  return `case when ${h} < 20 then null else (array[1,2,2,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4])[1 + (${h} % 20)] end`;
}

/** Median of a list of numbers (mean of the two middle values for an even count). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Times two functions alternately (A, B, A, B, …) after one warm-up each, {@link RUNS} times, and returns
 * the median of each in ms with the last results. Interleaving makes background load on a shared machine
 * hit both sides alike, so their ratio stays meaningful.
 */
async function timeInterleaved<A, B>(a: () => Promise<A>, b: () => Promise<B>): Promise<{ a: { ms: number; result: A }; b: { ms: number; result: B } }> {
  let ra = await a();
  let rb = await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    ra = await a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    rb = await b();
    tb.push(performance.now() - t0);
  }
  return { a: { ms: median(ta), result: ra }, b: { ms: median(tb), result: rb } };
}

/** The top plan node of a query (e.g. "Aggregate <- Index Only Scan"), to make the timings interpretable. */
async function plan(db: Db, query: string): Promise<string> {
  const rows = await queryRows<Record<string, string>>(db, sql.raw(`explain ${query}`));
  return rows
    .map((r) => String(Object.values(r)[0]).trim().replace(/^->\s*/, '').replace(/\s+\(cost=.*$/, '').replace(/ on skm_respon.*$/, ''))
    .filter((l) => /Scan|Aggregate|Gather/.test(l))
    .join(' <- ');
}

type AggRow = Record<string, number | string>;

/** The IKM aggregate query + computeIkmFromSums (what the skm service does per survey). */
async function ikm(db: Db, surveiId: number): Promise<IkmResult> {
  const cols = UNSUR_KODE.map((_, i) => `sum(u${i + 1})::int as s${i + 1}, count(u${i + 1})::int as c${i + 1}`).join(', ');
  const [row] = await queryRows<AggRow>(db, sql`select count(*)::int as n, ${sql.raw(cols)} from skm_respon where survei_id = ${surveiId}`);
  if (!row) throw new Error('aggregate returned no row');
  const sums = {} as Record<UnsurKode, UnsurSum>;
  UNSUR_KODE.forEach((k, i) => (sums[k] = { sum: Number(row[`s${i + 1}`] ?? 0), count: Number(row[`c${i + 1}`]) }));
  return computeIkmFromSums({ sums, responden: Number(row.n), bobot: 'exact' });
}

/** The baseline: a plain count of the survey's rows (same index, same rows, no aggregation work). */
async function count(db: Db, surveiId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from skm_respon where survei_id = ${surveiId}`);
  return Number(row?.n);
}

async function run(name: string, database: Database, schema?: string): Promise<void> {
  const { db } = database;
  const t0 = performance.now();
  await migrateDatabase(database, schema);
  const [unit] = await db.insert(unitOrganisasi).values({ kode: 'BENCH', nama: 'Unit Benchmark', jenis: 'DINAS', isOpd: true, isUnitLayanan: true }).returning();
  const [survei] = await db.insert(skmSurvei).values({
    unitId: unit!.id, judul: 'SKM Benchmark', jenisPeriode: 'tahun', tahun: 2026,
    mulai: '2026-01-01', selesai: '2026-12-31', kode: `bench${randomBytes(4).toString('hex')}`,
  }).returning();
  const surveiId = survei!.id;
  console.log(`setup ${name}: migrate + unit + survei ${((performance.now() - t0) / 1000).toFixed(2)} s`);

  const t1 = performance.now();
  const kolom = UNSUR_KODE.map((_, i) => `u${i + 1}`).join(', ');
  const nilai = UNSUR_KODE.map((_, i) => jawabanSql(i + 1)).join(', ');
  await db.execute(sql.raw(
    `insert into skm_respon (survei_id, tanggal, kanal, ${kolom}) ` +
      `select ${surveiId}, date '2026-01-01' + (g.i % 365), (array['web','undangan','kertas','kiosk'])[1 + g.i % 4], ${nilai} ` +
      `from generate_series(1, ${ROWS}) as g(i)`,
  ));
  const insertS = (performance.now() - t1) / 1000;
  console.log(`insert ${name}: ${ROWS} rows in ${insertS.toFixed(2)} s (${Math.round(ROWS / insertS)} rows/s)`);
  const t2 = performance.now();
  await db.execute(sql`vacuum analyze skm_respon`);
  console.log(`vacuum analyze ${name}: ${((performance.now() - t2) / 1000).toFixed(2)} s`);

  const { a: base, b: agg } = await timeInterleaved(() => count(db, surveiId), () => ikm(db, surveiId));
  if (base.result !== ROWS || agg.result.responden !== ROWS) {
    throw new Error(`row count mismatch: count ${base.result}, ikm responden ${agg.result.responden}, expected ${ROWS}`);
  }
  console.log(`${LABEL} ${name}: count ${base.ms.toFixed(1)} ms, ikm ${agg.ms.toFixed(1)} ms, ratio ${(agg.ms / base.ms).toFixed(2)}`);
  console.log(`${LABEL} ${name}: plan count: ${await plan(db, `select count(*) from skm_respon where survei_id = ${surveiId}`)}`);
  console.log(`${LABEL} ${name}: plan ikm:   ${await plan(db, `select count(*), sum(u1), count(u1) from skm_respon where survei_id = ${surveiId}`)}`);
  const r = agg.result;
  const nrr = UNSUR_KODE.map((k) => `${k} ${r.nrr[k].toFixed(4)}`).join(' ');
  console.log(`${LABEL} ${name}: IKM ${r.ikm.toFixed(2)} (${r.mutu}, ${r.kinerja}), responden ${r.responden}; NRR ${nrr}`);
}

async function main(): Promise<void> {
  console.log(`# bench/ikm.ts — ${ROWS} skm_respon rows, median of ${RUNS} after 1 warm-up (node ${process.version})`);

  const lite = await openDatabase({});
  try {
    await run('pglite', lite);
  } finally {
    await lite.close();
  }

  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('postgresql: skipped (DATABASE_URL not set)');
    return;
  }
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const database = await openDatabase({ url, schema });
  try {
    await run('postgresql', database, schema);
  } finally {
    await database.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop schema if exists "${schema}" cascade`);
    await c.end();
  }
}

await main();
