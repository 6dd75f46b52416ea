import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServices } from '../../src/server/app.ts';
import { queryRows, type Database } from '../../src/server/db/client.ts';
import { unitOrganisasi } from '../../src/server/modules/org/org.table.ts';
import { createTestDatabase, testConfig } from '../../src/server/testing/test-app.ts';
import { seedSkmDemo } from './skm.ts';

const ADMIN = { akunId: 0, roles: ['admin' as const], opdId: null };

/** A fixed "today" (Triwulan IV 2026) so the assertions below do not depend on the calendar. */
const HARI_DEMO = new Date('2026-11-28T10:00:00+07:00');

describe('seedSkmDemo', () => {
  let database: Database;
  let ids: Record<string, number>;
  const logs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const units = await database.db.insert(unitOrganisasi).values([
      { kode: 'OPD-DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil', jenis: 'DINAS', isOpd: true, isUnitLayanan: true, urutan: 1 },
      { kode: 'OPD-DISDUKCAPIL-BID', nama: 'Bidang Pelayanan Administrasi Kependudukan', jenis: 'BIDANG', isUnitLayanan: false, urutan: 2 },
      { kode: 'OPD-DPMPTSP', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', singkatan: 'DPMPTSP', jenis: 'DINAS', isOpd: true, isUnitLayanan: true, urutan: 3 },
      { kode: 'KEC-DB', nama: 'Kecamatan Datuk Bandar', jenis: 'KECAMATAN', isOpd: true, isUnitLayanan: true, urutan: 4 },
      { kode: 'DINAS-LAIN', nama: 'Dinas Lain', jenis: 'DINAS', isOpd: true, isUnitLayanan: true, urutan: 5 },
    ]).returning();
    ids = Object.fromEntries(units.map((u) => [u.kode, u.id]));
  });
  afterAll(async () => { await database?.close(); });

  it('should seed 4 quarterly surveys per matching unit, skip the missing RSUD, and be idempotent', async () => {
    const r = await seedSkmDemo(database, { log: (m) => logs.push(m), now: HARI_DEMO });
    expect(r.survei).toBe(12);
    expect(logs.some((l) => l.includes('RSUD') && l.includes('dilewati'))).toBe(true);
    const rows = await queryRows<{ unit_id: number; ke: number; status: string; n: number; populasi: number }>(database.db, sql`
      select s.unit_id, s.ke, s.status, s.populasi, count(r.id)::int as n
      from skm_survei s left join skm_respon r on r.survei_id = s.id group by s.id order by s.unit_id, s.ke`);
    expect(new Set(rows.map((x) => Number(x.unit_id)))).toEqual(new Set([ids['OPD-DISDUKCAPIL'], ids['OPD-DPMPTSP'], ids['KEC-DB']]));
    for (const x of rows) {
      expect(Number(x.n)).toBeGreaterThanOrEqual(150);
      expect(Number(x.n)).toBeLessThanOrEqual(400);
      expect(x.status).toBe(x.ke === 4 ? 'aktif' : 'ditutup');
      expect(x.populasi).toBeGreaterThan(0);
    }
    expect((await seedSkmDemo(database)).survei).toBe(0);
  });

  it('should give realistic results: Disdukcapil mutu B/A, U4 (Gratis) strongest, a weaker Sarana', async () => {
    const skm = buildServices(testConfig(), database).skm;
    const list = await skm.listSurvei(ADMIN, { unit_id: ids['OPD-DISDUKCAPIL'], page: 1, per_page: 10 });
    expect(list.total).toBe(4);
    for (const s of list.items) {
      const h = await skm.getHasil(ADMIN, s.id);
      expect(['A', 'B']).toContain(h.hasil.mutu);
      const nrr = Object.fromEntries(h.hasil.perUnsur.map((u) => [u.kode, u.nrr!]));
      expect(Math.max(...Object.values(nrr))).toBe(nrr.U4);
      expect(nrr.U4).toBeGreaterThan(3.8);
      expect(h.hasil.unsurTerlemah).toBe('U9');
      expect(h.demografi.jenisKelamin!.reduce((a, d) => a + d.jumlah, 0)).toBe(h.hasil.responden);
    }
    const h1 = await skm.getHasil(ADMIN, list.items.at(-1)!.id);
    expect(h1.saran.length).toBeGreaterThan(5);
    expect(h1.progres.tercapai).toBe(true);
    expect(h1.tren).toHaveLength(4);
    // The publication shows per-period results only (ADR 0005): the running Triwulan IV (aktif) once it ended.
    expect((await skm.listPublikasi(new Date('2027-01-02T10:00:00+07:00'))).map((p) => p.periodeLabel)).toEqual(expect.arrayContaining(['Triwulan IV 2026']));
    expect((await skm.listPublikasi(new Date('2026-11-28T10:00:00+07:00'))).map((p) => p.periodeLabel)).toEqual(['Triwulan III 2026', 'Triwulan III 2026', 'Triwulan III 2026']);
  });

  it('should produce the same rows on every run (seeded PRNG)', async () => {
    const sidik = async () => queryRows<{ k: string; n: number; s: number; saran: number }>(database.db, sql`
      select string_agg(s.kode, ',' order by s.unit_id, s.ke) as k, count(r.id)::int as n,
        sum(coalesce(r.u1,0) + coalesce(r.u4,0) * 3 + coalesce(r.u9,0) * 7)::int as s, count(r.saran)::int as saran
      from skm_survei s join skm_respon r on r.survei_id = s.id`);
    const before = await sidik();
    await database.db.execute(sql`delete from skm_respon`);
    await database.db.execute(sql`delete from skm_survei`);
    await seedSkmDemo(database, { now: HARI_DEMO });
    expect(await sidik()).toEqual(before);
  });
});

describe('seedSkmDemo relative to today (regression: a demo fixed to 2026 would go stale)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.insert(unitOrganisasi).values([
      { kode: 'OPD-DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', jenis: 'DINAS', isOpd: true, isUnitLayanan: true, urutan: 1 },
    ]);
  });
  afterAll(async () => { await database?.close(); });

  it('should seed the four quarters ending with the current one, across the year boundary', async () => {
    await seedSkmDemo(database, { now: new Date('2027-02-10T09:00:00+07:00') });
    const rows = await queryRows<{ tahun: number; ke: number; status: string; maks: string }>(database.db, sql`
      select s.tahun, s.ke, s.status, max(r.tanggal)::text as maks
      from skm_survei s left join skm_respon r on r.survei_id = s.id
      group by s.id order by s.tahun, s.ke`);
    expect(rows.map((r) => [r.tahun, r.ke, r.status])).toEqual([
      [2026, 2, 'ditutup'], [2026, 3, 'ditutup'], [2026, 4, 'ditutup'], [2027, 1, 'aktif'],
    ]);
    // the running quarter has answers up to yesterday, never in the future
    expect(rows[3]!.maks <= '2027-02-09').toBe(true);
  });
});
