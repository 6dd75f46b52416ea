/**
 * Benchmark of the kinerja rating views (issue #5 "Benchmark"): the OPD distribution view and the city-wide
 * predikat summary on a full year of evaluations, at 1× (BENCH_ASN, default 4,000 ASN) and at 10× (40,000),
 * each next to a baseline measured in the same run on the same machine (GET /api/v1/health — no database),
 * because ratios, not absolutes, compare across machines (STACK.md "Measured ceilings").
 *
 * Data (generated here with bulk `unnest` inserts, never through the services, deterministic PRNG): a city of
 * 40 OPDs with their units — Dinas Pendidikan the largest (≈ 30 % of all ASN, spread over 4 bidang and 30
 * schools as UPT), Dinas Kesehatan and RSUD next, 6 kecamatan with 5 kelurahan each, the rest with a
 * sekretariat and 3 bidang; a kepala jabatan per unit; per ASN one disetujui SKP for 2026 and 13 penilaian
 * (12 monthly + the annual one) with a realistic predikat mix (≈ 10 % Sangat Baik, 70 % Baik, 12 % Butuh
 * Perbaikan, 6 % Kurang, 2 % Sangat Kurang, varying per unit); a predikat organisasi per unit and period.
 *
 * Measured through `app.inject` (the full Fastify stack: session, RBAC, zod response serialisation), one
 * request at a time, BENCH_N (default 200) requests per query after BENCH_PEMANASAN (20) warm-up requests:
 *   - distribusi OPD terbesar, one month (June) and the year (periodeKe 0), as BKPSDM (every unit, every name),
 *     the same without the names (`pegawai=false`, the overview the web shows first), and the drill-down into
 *     the OPD's largest unit with its names (`unitId`, what the web loads when a unit is opened);
 *   - the same month as the kepala of that OPD (scope by position: heads, bawahan);
 *   - ringkasan kota, one month and the year, as BKPSDM (aggregates only);
 *   - baseline GET /api/v1/health.
 * Printed per database and size: p50/p95/p99, p95 growth 10× ÷ 1×, and p50 ÷ baseline p50. Then the
 * statements of one distribution request (10×) are captured and EXPLAIN ANALYZEd; every Seq Scan on
 * kinerja_penilaian or skp is called out.
 *
 * Databases: a fresh in-memory PGlite, and PostgreSQL (DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test, a fresh schema dropped at the end) when reachable; BENCH_DB=pglite
 * or BENCH_DB=postgresql runs one. Sizes: BENCH_SKALA (default "1,10").
 *
 * Run: `npm run bench:kinerja`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { loadConfig, type Config } from '../src/server/config.ts';
import { migrateDatabase, openDatabase, queryRows, type Database, type DbOrTx } from '../src/server/db/client.ts';
import { hashPassword } from '../src/server/lib/password.ts';
import { predikatKinerja, type Predikat, type Rating } from '../src/domain/kinerja/predikat.ts';
import { buatAcak, type Acak } from '../scripts/seed/prng.ts';
import { jelaskan, perekam } from './lib/sql-rekam.ts';

const ASN = Number(process.env.BENCH_ASN ?? 4_000);
const SKALA = (process.env.BENCH_SKALA ?? '1,10').split(',').map(Number);
const N = Number(process.env.BENCH_N ?? 200);
const PEMANASAN = Number(process.env.BENCH_PEMANASAN ?? 20);
const DBS = (process.env.BENCH_DB ?? 'pglite,postgresql').split(',');
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TAHUN = 2026;
const SANDI = 'bench-kinerja-2026';
const BULAN_UJI = 6;

type Hasil = { db: string; skala: number; nama: string; p50: number; p95: number; p99: number; ukuran: number };
const hasil: Hasil[] = [];
const catatan: string[] = [];

const persentil = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

function configBench(): Config {
  return loadConfig({
    NODE_ENV: 'test', LOG_LEVEL: 'silent', ARGON2_MEMORY_KIB: '1024', ARGON2_ITERATIONS: '1', LOGIN_RATE_LIMIT: '100000',
    JOBS: 'false', NOTIFIKASI_INTERVAL_MS: '0', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'sikap-bench-kinerja-')),
  });
}

// ------------------------------------------------------------------------------------------ data

/** Inserts rows as column arrays through `unnest`, 10,000 per statement (as scripts/seed/layanan.ts). */
async function sisip(db: DbOrTx, tabel: string, kolom: string, rows: Array<Record<string, unknown>>, returning?: string): Promise<Array<Record<string, unknown>>> {
  const spek = kolom.split(',').map((k) => {
    const [nama, ...jenis] = k.trim().split(/\s+/);
    return { nama: nama!, jenis: jenis.join(' ') };
  });
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < rows.length; i += 10_000) {
    const bagian = rows.slice(i, i + 10_000);
    const larik = spek.map(({ nama, jenis }) => sql`${sql.param(bagian.map((r) => r[nama] ?? null))}::${sql.raw(jenis)}[]`);
    out.push(...await queryRows<Record<string, unknown>>(db, sql`
      insert into ${sql.identifier(tabel)} (${sql.raw(spek.map((k) => k.nama).join(', '))})
      select * from unnest(${sql.join(larik, sql`, `)})
      ${returning ? sql.raw(`returning ${returning}`) : sql``}`));
  }
  return out;
}

type OpdRencana = { kode: string; nama: string; bobot: number; sub: Array<{ nama: string; jenis: string }> };

/** 40 OPDs with their units; weights give each OPD's share of the ASN. */
function rencanaOpd(): OpdRencana[] {
  const bidang = (n: number) => [{ nama: 'Sekretariat', jenis: 'BAGIAN' }, ...Array.from({ length: n }, (_, i) => ({ nama: `Bidang ${i + 1}`, jenis: 'BIDANG' }))];
  const opd: OpdRencana[] = [
    { kode: 'DISDIK', nama: 'Dinas Pendidikan', bobot: 30, sub: [...bidang(4), ...Array.from({ length: 30 }, (_, i) => ({ nama: `Sekolah ${i + 1}`, jenis: 'UPT' }))] },
    { kode: 'DINKES', nama: 'Dinas Kesehatan', bobot: 12, sub: [...bidang(4), ...Array.from({ length: 8 }, (_, i) => ({ nama: `Puskesmas ${i + 1}`, jenis: 'UPT' }))] },
    { kode: 'RSUD', nama: 'RSUD', bobot: 8, sub: bidang(5) },
    { kode: 'SETDA', nama: 'Sekretariat Daerah', bobot: 4, sub: Array.from({ length: 8 }, (_, i) => ({ nama: `Bagian ${i + 1}`, jenis: 'BAGIAN' })) },
  ];
  for (let i = 1; i <= 6; i++) {
    opd.push({ kode: `KEC${i}`, nama: `Kecamatan ${i}`, bobot: 1.6, sub: [{ nama: 'Sekretariat', jenis: 'BAGIAN' }, ...Array.from({ length: 5 }, (_, k) => ({ nama: `Kelurahan ${i}.${k + 1}`, jenis: 'KELURAHAN' }))] });
  }
  for (let i = opd.length + 1; i <= 40; i++) opd.push({ kode: `OPD${i}`, nama: `Dinas ${i}`, bobot: 1.25, sub: bidang(3) });
  return opd;
}

/** A unit's predikat mix around the city's (SB 10, B 70, BP 12, K 6, SK 2), varying per unit. */
function campuran(acak: Acak): number[] {
  const geser = acak.next();
  return [10 + 15 * geser, 70 - 20 * geser, 12 + 3 * acak.next(), 6 * acak.next() + 1, 2 * acak.next()];
}
const PREDIKAT_URUT: Predikat[] = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'];
/** A rating pair that gives `p` in the matrix (kinerja.md §1.6). */
const SEL: Record<Predikat, Array<[Rating, Rating]>> = {
  sangat_baik: [['di_atas', 'di_atas']],
  baik: [['sesuai', 'sesuai'], ['di_atas', 'sesuai'], ['sesuai', 'di_atas']],
  butuh_perbaikan: [['di_bawah', 'sesuai'], ['di_bawah', 'di_atas']],
  kurang: [['sesuai', 'di_bawah'], ['di_atas', 'di_bawah']],
  sangat_kurang: [['di_bawah', 'di_bawah']],
};

/**
 * Seeds the org, accounts, SKPs, penilaian and predikat organisasi for `jumlahAsn` ASN. Returns the largest
 * OPD's id and its kepala's username.
 */
async function siapkan(database: Database, jumlahAsn: number) {
  const { db } = database;
  const acak = buatAcak(5_2026 + jumlahAsn);
  const rencana = rencanaOpd();
  const totalBobot = rencana.reduce((s, o) => s + o.bobot, 0);

  const [pemkot] = await queryRows<{ id: number }>(db, sql`
    insert into unit_organisasi (kode, nama, jenis, is_opd) values ('PEMKOT', 'Pemerintah Kota', 'PEMKOT', false) returning id`);
  const opdRows = await sisip(db, 'unit_organisasi', 'kode text, nama text, jenis text, parent_id int4, is_opd bool, urutan int4',
    rencana.map((o, i) => ({ kode: `OPD-${o.kode}`, nama: o.nama, jenis: o.kode === 'SETDA' ? 'SETDA' : o.kode.startsWith('KEC') ? 'KECAMATAN' : 'DINAS', parent_id: pemkot!.id, is_opd: true, urutan: i })),
    'id, kode');
  const opdId = new Map(opdRows.map((r) => [String(r.kode), Number(r.id)]));
  await db.execute(sql`update unit_organisasi set opd_id = id where is_opd`);
  const subRows = await sisip(db, 'unit_organisasi', 'kode text, nama text, jenis text, parent_id int4, opd_id int4, urutan int4',
    rencana.flatMap((o) => o.sub.map((s, i) => ({ kode: `OPD-${o.kode}-${i}`, nama: s.nama, jenis: s.jenis, parent_id: opdId.get(`OPD-${o.kode}`), opd_id: opdId.get(`OPD-${o.kode}`), urutan: i }))),
    'id, opd_id');
  const unitPerOpd = new Map<number, number[]>();
  for (const r of subRows) unitPerOpd.set(Number(r.opd_id), [...(unitPerOpd.get(Number(r.opd_id)) ?? []), Number(r.id)]);

  // Jabatan: a kepala per unit (OPD head reports to the Sekda), one staff jabatan per unit under its kepala.
  const sekdaUnit = opdId.get('OPD-SETDA')!;
  const semuaUnit = [...opdId.values(), ...subRows.map((r) => Number(r.id))];
  const opdDari = new Map<number, number>([...opdId.values()].map((id) => [id, id]));
  for (const r of subRows) opdDari.set(Number(r.id), Number(r.opd_id));
  const kepalaJab = await sisip(db, 'jabatan', 'unit_id int4, nama text, jenis text, is_kepala_unit bool',
    semuaUnit.map((u) => ({ unit_id: u, nama: `Kepala unit ${u}`, jenis: opdDari.get(u) === u ? 'JPT' : 'ADMINISTRATOR', is_kepala_unit: true })), 'id, unit_id');
  const kepalaJabDi = new Map(kepalaJab.map((r) => [Number(r.unit_id), Number(r.id)]));
  await db.execute(sql`
    update jabatan j set atasan_jabatan_id = case
      when u.is_opd and u.id <> ${sekdaUnit} then (select k.id from jabatan k where k.unit_id = ${sekdaUnit} and k.is_kepala_unit)
      when not u.is_opd then (select k.id from jabatan k where k.unit_id = u.opd_id and k.is_kepala_unit)
      else null end
    from unit_organisasi u where u.id = j.unit_id and j.is_kepala_unit`);
  const stafJab = await sisip(db, 'jabatan', 'unit_id int4, nama text, jenis text, atasan_jabatan_id int4',
    semuaUnit.map((u) => ({ unit_id: u, nama: `Pelaksana unit ${u}`, jenis: 'PELAKSANA', atasan_jabatan_id: kepalaJabDi.get(u) })), 'id, unit_id');
  const stafJabDi = new Map(stafJab.map((r) => [Number(r.unit_id), Number(r.id)]));

  // Pegawai: per OPD by weight; 2 % in the OPD root, the rest spread over its units (uneven); a kepala per unit.
  type Orang = { unit: number; opd: number; kepala: boolean };
  const orang: Orang[] = [];
  for (const o of rencana) {
    const id = opdId.get(`OPD-${o.kode}`)!;
    const subs = unitPerOpd.get(id) ?? [];
    const n = Math.max(subs.length + 2, Math.round((jumlahAsn * o.bobot) / totalBobot));
    orang.push({ unit: id, opd: id, kepala: true });
    for (const s of subs) orang.push({ unit: s, opd: id, kepala: true });
    const bobotSub = subs.map(() => 0.5 + acak.next());
    for (let i = orang.filter((x) => x.opd === id).length; i < n; i++) {
      const akar = acak.chance(0.02) || !subs.length;
      orang.push({ unit: akar ? id : acak.weighted(subs, bobotSub), opd: id, kepala: false });
    }
  }
  const pegRows = await sisip(db, 'pegawai', 'nip text, jenis_asn text, nama text, jenis_kelamin text, tanggal_lahir date, golongan text, jabatan_id int4, unit_id int4',
    orang.map((o, i) => ({
      nip: `19800101${String(200000000 + i).padStart(10, '0')}`, jenis_asn: 'PNS', nama: `Pegawai ${String(i).padStart(6, '0')}`, jenis_kelamin: i % 2 ? 'L' : 'P',
      tanggal_lahir: '1980-01-01', golongan: 'III/a', jabatan_id: o.kepala ? kepalaJabDi.get(o.unit) : stafJabDi.get(o.unit), unit_id: o.unit,
    })), 'id');
  const pegId = pegRows.map((r) => Number(r.id));
  const kepalaDi = new Map<number, number>();
  orang.forEach((o, i) => { if (o.kepala) kepalaDi.set(o.unit, pegId[i]!); });
  const sekda = kepalaDi.get(sekdaUnit)!;
  const penilaiDari = (o: Orang, i: number): number | null => {
    if (!o.kepala) return kepalaDi.get(o.unit)!;
    if (o.unit !== o.opd) return kepalaDi.get(o.opd)!;
    return pegId[i] === sekda ? null : sekda;
  };

  // SKP: one disetujui SKP per ASN for the year.
  const skpRows = await sisip(db, 'skp', 'pegawai_id int4, tahun int4, periode_mulai date, periode_selesai date, jabatan_nama text, jenis_jabatan text, unit_id int4, opd_id int4, penilai_id int4, atasan_penilai_id int4, status text',
    orang.map((o, i) => {
      const penilai = penilaiDari(o, i);
      return {
        pegawai_id: pegId[i], tahun: TAHUN, periode_mulai: `${TAHUN}-01-01`, periode_selesai: `${TAHUN}-12-31`,
        jabatan_nama: o.kepala ? 'Kepala unit' : 'Pelaksana', jenis_jabatan: o.kepala ? (o.unit === o.opd ? 'JPT' : 'ADMINISTRATOR') : 'PELAKSANA',
        unit_id: o.unit, opd_id: o.opd, penilai_id: penilai, atasan_penilai_id: penilai === sekda || penilai == null ? null : sekda, status: 'disetujui',
      };
    }), 'id');

  // Penilaian: 12 months + the year, predikat from the unit's mix.
  const mix = new Map(semuaUnit.map((u) => [u, campuran(acak)]));
  const penilaian: Array<Record<string, unknown>> = [];
  orang.forEach((o, i) => {
    for (let ke = 0; ke <= 12; ke++) {
      const p = acak.weighted(PREDIKAT_URUT, mix.get(o.unit)!);
      const [hk, pk] = acak.pick(SEL[p]);
      penilaian.push({
        skp_id: skpRows[i]!.id, pegawai_id: pegId[i], tahun: TAHUN, jenis_periode: ke === 0 ? 'tahunan' : 'bulanan', periode_ke: ke, unit_id: o.unit, opd_id: o.opd,
        rating_hasil_kerja: hk, rating_perilaku: pk, predikat_matriks: predikatKinerja(hk, pk), predikat: p, penilai_id: penilaiDari(o, i),
      });
    }
  });
  // Written as in reality: each month's ratings in that month (the annual ones last), not 13 per person at once.
  penilaian.sort((a, b) => ((a.periode_ke as number) || 13) - ((b.periode_ke as number) || 13));
  await sisip(db, 'kinerja_penilaian', 'skp_id int4, pegawai_id int4, tahun int4, jenis_periode text, periode_ke int4, unit_id int4, opd_id int4, rating_hasil_kerja text, rating_perilaku text, predikat_matriks text, predikat text, penilai_id int4', penilaian);
  const po: Array<Record<string, unknown>> = [];
  for (const u of semuaUnit) for (let ke = 0; ke <= 12; ke++) po.push({ unit_id: u, tahun: TAHUN, periode_ke: ke, predikat: acak.weighted(['istimewa', 'baik', 'butuh_perbaikan'], [2, 7, 1]) });
  await sisip(db, 'kinerja_predikat_organisasi', 'unit_id int4, tahun int4, periode_ke int4, predikat text', po);

  // Accounts: BKPSDM and the kepala of the largest OPD.
  const terbesar = opdId.get('OPD-DISDIK')!;
  const passwordHash = await hashPassword(SANDI, { memoryCost: 1024, timeCost: 1 });
  await db.execute(sql`insert into akun (username, nama, password_hash, roles, pegawai_id, opd_id) values
    ('admin', 'BKPSDM', ${passwordHash}, ${sql.param(['admin'])}::text[], null, null),
    ('kepala', 'Kepala Dinas Pendidikan', ${passwordHash}, ${sql.param(['atasan', 'pegawai'])}::text[], ${kepalaDi.get(terbesar)!}, ${terbesar})`);
  if (process.env.BENCH_INDEKS) {
    // Experiment: covering indexes (index-only scans for the two GROUP BYs) — see /tmp/prompts/schema-requests.md.
    await db.execute(sql`create index kinerja_penilaian_opd_cov on kinerja_penilaian (opd_id, tahun, periode_ke) include (unit_id, predikat)`);
    await db.execute(sql`create index kinerja_penilaian_tahun_cov on kinerja_penilaian (tahun, periode_ke) include (opd_id, unit_id, predikat)`);
  }
  await db.execute(sql`vacuum analyze kinerja_penilaian, kinerja_predikat_organisasi, skp, pegawai, jabatan, unit_organisasi`);
  const [n] = await queryRows<{ peg: number; pen: number; terbesar: number; unit_besar: number; asn_unit: number }>(db, sql`
    select (select count(*) from pegawai)::int as peg, (select count(*) from kinerja_penilaian)::int as pen,
      (select count(*) from skp where opd_id = ${terbesar})::int as terbesar, u.unit_id as unit_besar, u.n as asn_unit
    from (select unit_id, count(*)::int as n from skp where opd_id = ${terbesar} and unit_id <> ${terbesar} group by unit_id order by 2 desc limit 1) u`);
  return {
    terbesar, pegawai: Number(n!.peg), penilaian: Number(n!.pen), asnTerbesar: Number(n!.terbesar), unit: semuaUnit.length,
    unitBesar: Number(n!.unit_besar), asnUnitBesar: Number(n!.asn_unit),
  };
}

// ------------------------------------------------------------------------------------------ runs

async function jalankan(label: string, database: Database, skala: number): Promise<void> {
  const config = configBench();
  const t0 = performance.now();
  const s = await siapkan(database, ASN * skala);
  console.log(`  set-up ${label} ${skala}×: ${s.pegawai} ASN in ${s.unit} units (largest OPD ${s.asnTerbesar}, its largest unit ${s.asnUnitBesar}), ${s.penilaian} penilaian — ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const rekam = perekam(database);
  const app = await buildApp({ config, db: database, serveWeb: false });
  await app.ready();
  try {
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: SANDI } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      return { cookie: `sikap_sesi=${res.cookies.find((c) => c.name === 'sikap_sesi')!.value}` };
    };
    const admin = await login('admin');
    const kepala = await login('kepala');
    const kueri: Array<[string, string, Record<string, string>]> = [
      ['baseline GET /health', '/api/v1/health', {}],
      [`distribusi OPD terbesar, bulan ${BULAN_UJI} (admin)`, `/api/v1/kinerja/distribusi?opdId=${s.terbesar}&tahun=${TAHUN}&periodeKe=${BULAN_UJI}`, admin],
      ['distribusi OPD terbesar, tahunan (admin)', `/api/v1/kinerja/distribusi?opdId=${s.terbesar}&tahun=${TAHUN}&periodeKe=0`, admin],
      [`distribusi OPD terbesar, bulan ${BULAN_UJI}, tanpa nama`, `/api/v1/kinerja/distribusi?opdId=${s.terbesar}&tahun=${TAHUN}&periodeKe=${BULAN_UJI}&pegawai=false`, admin],
      ['distribusi OPD terbesar, tahunan, tanpa nama', `/api/v1/kinerja/distribusi?opdId=${s.terbesar}&tahun=${TAHUN}&periodeKe=0&pegawai=false`, admin],
      [`distribusi unit terbesar + nama, bulan ${BULAN_UJI}`, `/api/v1/kinerja/distribusi?opdId=${s.terbesar}&tahun=${TAHUN}&periodeKe=${BULAN_UJI}&unitId=${s.unitBesar}`, admin],
      [`distribusi OPD terbesar, bulan ${BULAN_UJI} (kepala OPD)`, `/api/v1/kinerja/distribusi?tahun=${TAHUN}&periodeKe=${BULAN_UJI}`, kepala],
      [`ringkasan kota, bulan ${BULAN_UJI}`, `/api/v1/kinerja/ringkasan?tahun=${TAHUN}&periodeKe=${BULAN_UJI}`, admin],
      ['ringkasan kota, tahunan', `/api/v1/kinerja/ringkasan?tahun=${TAHUN}&periodeKe=0`, admin],
    ];
    for (const [nama, url, headers] of kueri) {
      const panggil = async () => {
        const res = await app.inject({ method: 'GET', url, headers });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        return res.body.length;
      };
      for (let i = 0; i < PEMANASAN; i++) await panggil();
      const lat: number[] = [];
      let ukuran = 0;
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        ukuran = await panggil();
        lat.push(performance.now() - t);
      }
      const h: Hasil = { db: label, skala, nama, p50: persentil(lat, 50), p95: persentil(lat, 95), p99: persentil(lat, 99), ukuran };
      hasil.push(h);
      console.log(`  ${nama.padEnd(44)} ${label.padEnd(10)} ${String(skala).padStart(2)}×  p50 ${h.p50.toFixed(2).padStart(7)} ms  p95 ${h.p95.toFixed(2).padStart(7)} ms  p99 ${h.p99.toFixed(2).padStart(7)} ms  (${(ukuran / 1024).toFixed(0)} KiB)`);
    }
    if (skala === Math.max(...SKALA)) {
      const url = kueri[1]![1];
      const perintah = await rekam.rekam(() => app.inject({ method: 'GET', url, headers: admin }));
      const berat = perintah.filter((p) => /kinerja_penilaian|from skp|FROM skp/i.test(p.text));
      console.log(`  one distribusi request at ${skala}× sends ${perintah.length} statements (${perintah.reduce((a, p) => a + p.ms, 0).toFixed(1)} ms in the driver):`);
      for (const p of perintah) console.log(`   ${p.ms.toFixed(1).padStart(6)} ms  ${p.text.replace(/\s+/g, ' ').slice(0, 140)}`);
      console.log('  EXPLAIN ANALYZE of those on kinerja_penilaian/skp:');
      const seq: string[] = [];
      for (const p of berat) {
        const plan = await jelaskan(database, p, PG_URL);
        const s2 = plan.filter((b) => /Seq Scan on (kinerja_penilaian|skp)\b/.test(b)).map((b) => b.trim().split('  ')[0]!);
        seq.push(...s2);
        console.log(`   ${p.ms.toFixed(1).padStart(6)} ms ${(plan.find((b) => /Execution Time/.test(b)) ?? '').trim().padEnd(28)} ${p.text.replace(/\s+/g, ' ').slice(0, 110)}`);
        for (const b of plan.filter((x) => /Scan|Aggregate|Join|Sort/.test(x))) console.log(`      | ${b}`);
      }
      catatan.push(`${label} ${skala}×: distribusi sends ${perintah.length} statements; ${seq.length ? `Seq Scan: ${seq.join('; ')}` : 'no Seq Scan on kinerja_penilaian/skp'}`);
    }
  } finally {
    rekam.lepas();
    await app.close();
    rmSync(config.DATA_DIR, { recursive: true, force: true });
  }
}

async function skemaBaru(): Promise<{ database: Database; hapus: () => Promise<void> }> {
  const schema = `bench_kinerja_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ url: PG_URL, schema });
  await migrateDatabase(database, schema);
  return {
    database,
    hapus: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    },
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  console.log(`# bench/kinerja.ts — ${ASN} ASN × ${SKALA.join(', ')}; ${N} requests per query after ${PEMANASAN} warm-up (node ${process.version})`);
  for (const db of DBS) {
    for (const skala of SKALA) {
      if (db === 'pglite') {
        const lite = await openDatabase({});
        try {
          await migrateDatabase(lite);
          await jalankan('pglite', lite, skala);
        } finally {
          await lite.close();
        }
      } else if (db === 'postgresql') {
        let pgDb: Awaited<ReturnType<typeof skemaBaru>> | null = null;
        try {
          pgDb = await skemaBaru();
        } catch (e) {
          console.log(`PostgreSQL at ${PG_URL} not reachable (${(e as Error).message}); skipped.`);
          break;
        }
        try {
          await jalankan('postgresql', pgDb.database, skala);
        } finally {
          await pgDb.database.close();
          await pgDb.hapus();
        }
      }
    }
  }
  const kecil = Math.min(...SKALA);
  const besar = Math.max(...SKALA);
  console.log(`\n| db | query | ${SKALA.map((k) => `p50 ${k}× | p95 ${k}×`).join(' | ')} | p95 ${besar}×÷${kecil}× | p50÷baseline ${kecil}× | p50÷baseline ${besar}× |`);
  console.log(`|---|---|${SKALA.map(() => '---|---').join('|')}|---|---|---|`);
  for (const db of [...new Set(hasil.map((h) => h.db))]) {
    const base = (k: number) => hasil.find((h) => h.db === db && h.skala === k && h.nama.startsWith('baseline'))!;
    for (const nama of [...new Set(hasil.map((h) => h.nama))]) {
      const per = SKALA.map((k) => hasil.find((h) => h.db === db && h.skala === k && h.nama === nama));
      if (per.some((x) => !x)) continue;
      const a = per[SKALA.indexOf(kecil)]!;
      const b = per[SKALA.indexOf(besar)]!;
      console.log(`| ${db} | ${nama} | ${per.map((x) => `${x!.p50.toFixed(2)} | ${x!.p95.toFixed(2)}`).join(' | ')} | ${(b.p95 / a.p95).toFixed(2)} | ${(a.p50 / base(kecil).p50).toFixed(1)} | ${(b.p50 / base(besar).p50).toFixed(1)} |`);
    }
  }
  console.log('');
  for (const c of catatan) console.log(c);
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

await main();
process.exit(0);
