/**
 * Benchmark: how long the Tanjungbalai demo seed takes on a fresh in-memory PGlite, and how that compares
 * with the cheapest way to write the same number of rows (multi-row INSERTs of 500 into a plain table
 * without indexes, constraints or logic), measured in the same run so the ratio holds on any machine
 * (STACK.md "Benchmarks must measure their own baselines in the same run and print ratios").
 *
 *   npx tsx bench/seed.ts
 */
import { sql } from 'drizzle-orm';
import { seedDemo } from '../scripts/seed/index.ts';
import { migrateDatabase, openDatabase, queryRows } from '../src/server/db/client.ts';

const TABEL = ['wilayah', 'unit_organisasi', 'jabatan', 'pegawai', 'akun'] as const;

const database = await openDatabase({});
try {
  const tMigrasi = performance.now();
  await migrateDatabase(database);
  const migrasi = (performance.now() - tMigrasi) / 1000;

  const t0 = performance.now();
  await seedDemo(database, { log: () => undefined });
  const seed = (performance.now() - t0) / 1000;

  // Every row the seed wrote, in all tables except the migration journal.
  const semua = await queryRows<{ relname: string; n: number }>(
    database.db,
    sql`select relname, n_live_tup::int as n from pg_stat_user_tables where schemaname = 'public' order by relname`,
  );
  let baris = 0;
  for (const t of semua) {
    const [c] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(t.relname)}`);
    baris += Number(c?.n ?? 0);
  }
  const org: Record<string, number> = {};
  for (const t of TABEL) {
    const [c] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(t)}`);
    org[t] = Number(c?.n ?? 0);
  }

  // Baseline: the same number of rows, pegawai-sized (nip, nama, dates, golongan, ids), 500 per INSERT.
  await database.db.execute(sql`create temporary table bench_dasar (id int, nip text, nama text, jk text, lahir date, golongan text, jabatan_id int, unit_id int)`);
  const t1 = performance.now();
  for (let i = 0; i < baris; i += 500) {
    const n = Math.min(500, baris - i);
    const nilai = Array.from({ length: n }, (_, k) => {
      const id = i + k + 1;
      return sql`(${id}, ${String(197001010000000000 + id)}, ${'Pegawai ' + id}, ${id % 2 ? 'L' : 'P'}, ${'1980-01-01'}, ${'III/a'}, ${id % 2000}, ${id % 200})`;
    });
    await database.db.execute(sql`insert into bench_dasar values ${sql.join(nilai, sql`, `)}`);
  }
  const dasar = (performance.now() - t1) / 1000;

  console.log(`Seed demo Tanjungbalai on a fresh in-memory PGlite (${database.kind})`);
  console.log(`  migrations          ${migrasi.toFixed(2)} s`);
  console.log(`  seedDemo            ${seed.toFixed(2)} s   (${baris} rows in all tables; org: ${TABEL.map((t) => `${t} ${org[t]}`).join(', ')})`);
  console.log(`  baseline            ${dasar.toFixed(2)} s   (${baris} rows, plain table, multi-row INSERT × 500)`);
  console.log(`  ratio seed/baseline ${(seed / dasar).toFixed(1)}×`);
} finally {
  await database.close();
}
