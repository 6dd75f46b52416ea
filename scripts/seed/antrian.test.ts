import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intervalKerjaPada, isHariKerja, type JadwalMingguan } from '../../src/domain/shared/hari-kerja.ts';
import { queryRows, type Database } from '../../src/server/db/client.ts';
import { akun } from '../../src/server/modules/auth/auth.table.ts';
import { jabatan, pegawai, unitOrganisasi } from '../../src/server/modules/org/org.table.ts';
import { createTestDatabase } from '../../src/server/testing/test-app.ts';
import { HARI_RIWAYAT, liburNasional, seedAntrianDemo, TOKEN_LAYAR_DEMO } from './antrian.ts';

/** A fixed "today": Friday 27 November 2026, 10:00 WIB. History = 27 Nov 2025 … 26 Nov 2026. */
const NOW = new Date('2026-11-27T10:00:00+07:00');
const HARI_INI = '2026-11-27';

/** Small org: Disdukcapil (7 operators, one with the petugas account), DPMPTSP, one kecamatan. */
async function seedOrg(database: Database) {
  const { db } = database;
  const units = await db.insert(unitOrganisasi).values([
    { kode: 'OPD-DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', jenis: 'DINAS', isOpd: true, isUnitLayanan: true, urutan: 1 },
    { kode: 'OPD-DPMPTSP', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', jenis: 'DINAS', isOpd: true, isUnitLayanan: true, urutan: 2 },
    { kode: 'OPD-KEC-127401', nama: 'Kecamatan Datuk Bandar', jenis: 'KECAMATAN', isOpd: true, isUnitLayanan: true, urutan: 3 },
  ]).returning();
  for (const u of units) await db.update(unitOrganisasi).set({ opdId: u.id }).where(sql`id = ${u.id}`);
  const dukcapil = units[0]!;
  const [op] = await db.insert(jabatan).values({ unitId: dukcapil.id, nama: 'Operator Layanan Operasional', jenis: 'PELAKSANA' }).returning();
  const orang = await db.insert(pegawai).values(Array.from({ length: 7 }, (_, i) => ({
    nip: `19900101201501${String(1000 + i)}`, jenisAsn: 'PNS' as const, nama: `Operator ${i + 1}`, jenisKelamin: 'P' as const,
    tanggalLahir: '1990-01-01', golongan: 'II/c', jabatanId: op!.id, unitId: dukcapil.id,
  }))).returning();
  const petugas = orang[4]!;
  const [a] = await db.insert(akun).values({
    username: '197101281999012001', nama: 'Petugas Demo', passwordHash: 'x', roles: ['pegawai', 'petugas'], pegawaiId: petugas.id, opdId: dukcapil.id,
  }).returning();
  return { dukcapil, petugas, akunId: a!.id };
}

type TiketRow = {
  lokasi: string; prefix: string; tanggal: string; nomor_urut: number; nomor: string; kanal: string; status: string; prioritas: string | null;
  petugas_pegawai_id: number | null; petugas_akun_id: number | null; loket_id: number | null; nik_hash: string | null; nama: string | null;
  dibuat: number; check_in: number | null; antri: number | null; dipanggil: number | null; panggil_terakhir: number | null; mulai: number | null; selesai: number | null;
};

describe('seedAntrianDemo', () => {
  let database: Database;
  let org: Awaited<ReturnType<typeof seedOrg>>;
  let tiket: TiketRow[];
  let jadwal: Map<string, JadwalMingguan>;
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(database.db, q);

  const bacaTiket = () => rows<TiketRow>(sql`
    select l.kode as lokasi, y.prefix, to_char(t.tanggal, 'YYYY-MM-DD') as tanggal, t.nomor_urut, t.nomor, t.kanal, t.status, t.prioritas,
      t.petugas_pegawai_id, t.petugas_akun_id, t.loket_id, t.nik_hash, t.nama,
      extract(epoch from t.dibuat_pada) * 1000 as dibuat, extract(epoch from t.check_in_pada) * 1000 as check_in,
      extract(epoch from t.antri_pada) * 1000 as antri, extract(epoch from t.dipanggil_pada) * 1000 as dipanggil,
      extract(epoch from t.panggil_terakhir_pada) * 1000 as panggil_terakhir, extract(epoch from t.mulai_pada) * 1000 as mulai,
      extract(epoch from t.selesai_pada) * 1000 as selesai
    from antrian_tiket t join antrian_lokasi l on l.id = t.lokasi_id join antrian_layanan y on y.id = t.layanan_id
    order by l.kode, t.tanggal, y.prefix, t.nomor_urut`);

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrg(database);
    const t0 = performance.now();
    const r = await seedAntrianDemo(database, { now: NOW });
    console.log(`seedAntrianDemo on ${database.kind}: ${r.tiket} tiket in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    tiket = (await bacaTiket()).map((t) => ({
      ...t,
      ...Object.fromEntries((['dibuat', 'check_in', 'antri', 'dipanggil', 'panggil_terakhir', 'mulai', 'selesai'] as const).map((k) => [k, t[k] == null ? null : Number(t[k])])),
    }) as TiketRow);
    const lokasi = await rows<{ kode: string; jam_layanan: JadwalMingguan }>(sql`select kode, jam_layanan from antrian_lokasi`);
    jadwal = new Map(lokasi.map((l) => [l.kode, l.jam_layanan]));
  });
  afterAll(async () => { await database?.close(); });

  const riwayat = () => tiket.filter((t) => t.tanggal < HARI_INI);

  it('should set up three lokasi with layanan A–F, sessions adding up to the online quota, loket and the demo display', async () => {
    expect([...jadwal.keys()].sort()).toEqual(['disdukcapil', 'kecamatan', 'mpp']);
    const [lok] = await rows<{ unit_id: number; nama: string }>(sql`select unit_id, nama from antrian_lokasi where kode = 'disdukcapil'`);
    expect(Number(lok!.unit_id)).toBe(org.dukcapil.id);
    const layanan = await rows<{ lokasi: string; prefix: string; kuota_online: number; kapasitas: number; sesi: number; standar_menit: number }>(sql`
      select l.kode as lokasi, y.prefix, y.kuota_online, y.standar_menit, sum(s.kapasitas)::int as kapasitas, count(s.id)::int as sesi
      from antrian_layanan y join antrian_lokasi l on l.id = y.lokasi_id join antrian_sesi s on s.layanan_id = y.id
      group by l.kode, y.id order by l.kode, y.prefix`);
    expect(layanan.filter((y) => y.lokasi === 'disdukcapil').map((y) => y.prefix)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    for (const y of layanan) {
      expect(y.kapasitas).toBe(y.kuota_online);
      expect(y.sesi).toBe(3);
    }
    const loket = await rows<{ kode: string; n: number; tanpa: number }>(sql`
      select l.kode, count(*)::int as n, count(*) filter (where not exists (select 1 from antrian_loket_layanan x where x.loket_id = k.id))::int as tanpa
      from antrian_loket k join antrian_lokasi l on l.id = k.lokasi_id group by l.kode`);
    expect(loket.find((k) => k.kode === 'disdukcapil')).toEqual({ kode: 'disdukcapil', n: 6, tanpa: 0 });
    const layar = await rows<{ token_hash: string; kode: string }>(sql`select token_hash, l.kode from antrian_layar y join antrian_lokasi l on l.id = y.lokasi_id`);
    expect(layar).toEqual([{ token_hash: createHash('sha256').update(TOKEN_LAYAR_DEMO).digest('hex'), kode: 'disdukcapil' }]);
  });

  it('should put history only on open days (no weekend, holiday, cuti bersama or closure) within the year before today', async () => {
    const tutup = (await rows<{ t: string }>(sql`select to_char(tanggal, 'YYYY-MM-DD') as t from antrian_tutup`)).map((r) => r.t);
    expect(tutup).toHaveLength(1);
    for (const lokasi of jadwal.keys()) {
      const libur = new Set([...liburNasional(), ...(lokasi === 'disdukcapil' ? tutup : [])]);
      const hari = new Set(riwayat().filter((t) => t.lokasi === lokasi).map((t) => t.tanggal));
      for (const d of hari) expect(isHariKerja(d, { libur, jadwal: jadwal.get(lokasi)! }), `${lokasi} ${d}`).toBe(true);
      expect(hari.has('2025-12-25') || hari.has('2026-08-17') || (lokasi === 'disdukcapil' && hari.has(tutup[0]!))).toBe(false);
    }
    const hari = new Set(riwayat().map((t) => t.tanggal));
    expect([...hari].sort()[0]! >= '2025-11-27').toBe(true);
    // ~240 open days in a year.
    expect(hari.size).toBeGreaterThan(230);
    expect(hari.size).toBeLessThanOrEqual(Math.ceil(HARI_RIWAYAT * 5 / 7));
  });

  it('should number tickets PREFIX-NNN per layanan per day from 1 without gaps or duplicates', () => {
    const grup = new Map<string, number[]>();
    for (const t of tiket) {
      const k = `${t.lokasi}|${t.prefix}|${t.tanggal}`;
      grup.set(k, [...(grup.get(k) ?? []), t.nomor_urut]);
      expect(t.nomor).toBe(`${t.prefix}-${String(t.nomor_urut).padStart(3, '0')}`);
    }
    for (const [k, urut] of grup) expect(urut, k).toEqual(urut.map((_, i) => i + 1));
  });

  const cacheBuka = new Map<string, ReturnType<typeof intervalKerjaPada>>();
  const jamBuka = (lokasi: string, tanggal: string) => {
    const k = `${lokasi}|${tanggal}`;
    if (!cacheBuka.has(k)) cacheBuka.set(k, intervalKerjaPada(tanggal, { libur: new Set(), jadwal: jadwal.get(lokasi)! }));
    return cacheBuka.get(k)!;
  };

  it('should order every ticket\'s timestamps and keep the service ones inside the opening hours of its day', () => {
    for (const t of riwayat()) {
      const urutan = [t.dibuat, t.check_in, t.antri, t.dipanggil, t.panggil_terakhir, t.mulai, t.selesai].filter((x): x is number => x != null);
      expect(urutan, `${t.lokasi} ${t.tanggal} ${t.nomor}`).toEqual([...urutan].sort((a, b) => a - b));
      expect(t.check_in).toBe(t.antri);
      const buka = jamBuka(t.lokasi, t.tanggal);
      for (const x of [t.check_in, t.dipanggil, t.panggil_terakhir, t.mulai, t.selesai]) {
        if (x == null) continue;
        expect(buka.some((iv) => x >= iv.mulai.getTime() && x <= iv.selesai.getTime()), `${t.nomor} ${t.tanggal} ${new Date(x).toISOString()}`).toBe(true);
      }
      if (t.mulai != null) expect(t.mulai - t.dipanggil!).toBeLessThan(5 * 60_000); // same interval: no break between call and start
      if (t.kanal === 'walkin') expect(t.dibuat).toBe(t.antri);
    }
  });

  it('should look like a real office: volume, channel mix, priority, no-shows, cancellations and waits', () => {
    const dk = riwayat().filter((t) => t.lokasi === 'disdukcapil');
    const perHari = new Map<string, number>();
    for (const t of dk) perHari.set(t.tanggal, (perHari.get(t.tanggal) ?? 0) + 1);
    const n = [...perHari.values()];
    const rata = n.reduce((a, b) => a + b, 0) / n.length;
    expect(rata).toBeGreaterThan(150);
    expect(rata).toBeLessThan(300);
    const senin = [...perHari].filter(([d]) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1).map(([, v]) => v);
    expect(senin.reduce((a, b) => a + b, 0) / senin.length).toBeGreaterThan(rata);
    const bagian = (f: (t: TiketRow) => boolean, dari = dk) => dari.filter(f).length / dari.length;
    expect(bagian((t) => t.kanal === 'online')).toBeGreaterThan(0.5);
    expect(bagian((t) => t.kanal === 'online')).toBeLessThan(0.6);
    expect(bagian((t) => t.prioritas != null)).toBeGreaterThan(0.06);
    expect(bagian((t) => t.prioritas != null)).toBeLessThan(0.1);
    expect(bagian((t) => t.status === 'tidak_hadir')).toBeGreaterThan(0.04);
    expect(bagian((t) => t.status === 'tidak_hadir')).toBeLessThan(0.08);
    const online = dk.filter((t) => t.kanal === 'online');
    expect(bagian((t) => t.status === 'dibatalkan' || t.status === 'kedaluwarsa', online)).toBeGreaterThan(0.015);
    expect(bagian((t) => t.status === 'dibatalkan' || t.status === 'kedaluwarsa', online)).toBeLessThan(0.05);
    expect(dk.every((t) => ['selesai', 'tidak_hadir', 'dibatalkan', 'kedaluwarsa'].includes(t.status))).toBe(true);
    const tunggu = dk.filter((t) => t.status === 'selesai').map((t) => (t.dipanggil! - t.antri!) / 60_000).sort((a, b) => a - b);
    const median = tunggu[Math.floor(tunggu.length / 2)]!;
    expect(median).toBeGreaterThan(5);
    expect(median).toBeLessThan(60);
    // Served by 4–6 pegawai; only the demo petugas's tickets carry an akun id.
    const petugas = new Set(dk.map((t) => t.petugas_pegawai_id).filter((x) => x != null));
    expect(petugas.size).toBeGreaterThanOrEqual(4);
    expect(petugas.size).toBeLessThanOrEqual(6);
    expect(petugas.has(org.petugas.id)).toBe(true);
    for (const t of dk) expect(t.petugas_akun_id).toBe(t.petugas_pegawai_id === org.petugas.id ? org.akunId : null);
    // No personal data in the history.
    expect(tiket.every((t) => t.nik_hash == null && t.nama == null)).toBe(true);
  });

  it('should leave today\'s line waiting at Disdukcapil, with events, number counters and quota counters', async () => {
    const hariIni = tiket.filter((t) => t.tanggal === HARI_INI);
    expect(hariIni.length).toBeGreaterThanOrEqual(5);
    expect(hariIni.every((t) => t.lokasi === 'disdukcapil' && t.status === 'menunggu' && t.antri! <= NOW.getTime())).toBe(true);
    const [p] = await rows<{ n: number }>(sql`
      select count(distinct p.tiket_id)::int as n from antrian_peristiwa p join antrian_tiket t on t.id = p.tiket_id where t.tanggal = ${HARI_INI}`);
    expect(p!.n).toBe(hariIni.length);
    const [lama] = await rows<{ n: number }>(sql`select count(*)::int as n from antrian_peristiwa p join antrian_tiket t on t.id = p.tiket_id where t.tanggal < ${HARI_INI}`);
    expect(lama!.n).toBe(0);
    const selisih = await rows(sql`
      select n.layanan_id, n.tanggal from antrian_nomor n
      where n.terakhir <> (select max(nomor_urut) from antrian_tiket t where t.layanan_id = n.layanan_id and t.tanggal = n.tanggal)`);
    expect(selisih).toEqual([]);
    const [nomor] = await rows<{ n: number }>(sql`select count(*)::int as n from antrian_nomor`);
    const [hari] = await rows<{ n: number }>(sql`select count(distinct (layanan_id, tanggal))::int as n from antrian_tiket`);
    expect(nomor!.n).toBe(hari!.n);
    const kuota = await rows<{ kunci: string; terpakai: number }>(sql`
      select k.kunci, k.terpakai from antrian_kuota k join antrian_layanan y on y.id = k.layanan_id join antrian_lokasi l on l.id = y.lokasi_id
      where l.kode = 'disdukcapil' and y.prefix = 'A' and k.tanggal = ${HARI_INI} and k.kunci in ('online', 'walkin') order by k.kunci`);
    const a = hariIni.filter((t) => t.prefix === 'A');
    expect(kuota).toEqual([
      { kunci: 'online', terpakai: a.filter((t) => t.kanal === 'online').length },
      { kunci: 'walkin', terpakai: a.filter((t) => t.kanal === 'walkin').length },
    ]);
  });

  it('should be idempotent and produce the same rows for the same "now"', async () => {
    expect(await seedAntrianDemo(database, { now: NOW })).toEqual({ lokasi: 0, tiket: 0 });
    const sidik = async () => rows<{ m: string; n: number }>(sql`
      select md5(string_agg(concat_ws('|', l.kode, y.prefix, t.tanggal, t.nomor, t.kode, t.kanal, t.status, t.prioritas, k.nomor,
        t.petugas_pegawai_id, t.dibuat_pada, t.antri_pada, t.dipanggil_pada, t.mulai_pada, t.selesai_pada), ',' order by l.kode, y.prefix, t.tanggal, t.nomor_urut)) as m,
        count(*)::int as n
      from antrian_tiket t join antrian_lokasi l on l.id = t.lokasi_id join antrian_layanan y on y.id = t.layanan_id
      left join antrian_loket k on k.id = t.loket_id`);
    const sebelum = await sidik();
    for (const t of ['antrian_peristiwa', 'antrian_kuota', 'antrian_nomor', 'antrian_tiket', 'antrian_layar', 'antrian_tutup', 'antrian_loket_layanan', 'antrian_loket', 'antrian_sesi', 'antrian_layanan', 'antrian_lokasi']) {
      await database.db.execute(sql`delete from ${sql.identifier(t)}`);
    }
    await seedAntrianDemo(database, { now: NOW });
    expect(await sidik()).toEqual(sebelum);
    expect(sebelum[0]!.n).toBe(tiket.length);
  }, 120_000); // a second full year of history: ~7 s alone, much more while other test files run
});
