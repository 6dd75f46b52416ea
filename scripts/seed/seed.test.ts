import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataPribadi } from '../../src/server/lib/data-pribadi.ts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOLONGAN_PNS, GOLONGAN_PPPK, type GolonganPns } from '../../src/domain/org/golongan.ts';
import { RENTANG_GOLONGAN_JF, type JenjangJf } from '../../src/domain/org/jabatan.ts';
import { parseNip } from '../../src/domain/org/nip.ts';
import { queryRows, type Database } from '../../src/server/db/client.ts';
import { createAuthService } from '../../src/server/modules/auth/index.ts';
import { createOrgService } from '../../src/server/modules/org/index.ts';
import { createTestDatabase } from '../../src/server/testing/test-app.ts';
import { seedDemo, type SeedResult } from './index.ts';
import { rencanakanOrg, SANDI_DEMO } from './org.ts';
import { bacaWilayahJson } from './wilayah.ts';

const ARGON2_UJI = { memoryCost: 1024, timeCost: 1 };

/** Checksum of every org row that matters, in id order (same SQL on PGlite and PostgreSQL). */
async function checksum(db: Database['db']) {
  const [r] = await queryRows<{ p: string; j: string; u: string; w: string }>(db, sql`select
    (select md5(string_agg(concat_ws('|', id, nip, jenis_asn, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, golongan, tmt_cpns, jabatan_id, unit_id), ',' order by id)) from pegawai) as p,
    (select md5(string_agg(concat_ws('|', id, unit_id, nama, jenis, jenjang, kelas_jabatan, atasan_jabatan_id, is_kepala_unit), ',' order by id)) from jabatan) as j,
    (select md5(string_agg(concat_ws('|', id, kode, nama, jenis, parent_id, opd_id, is_opd, is_unit_layanan, wilayah_kode, urutan), ',' order by id)) from unit_organisasi) as u,
    (select md5(string_agg(concat_ws('|', kode, nama, tingkat, induk_kode, kode_pasti), ',' order by kode)) from wilayah) as w`);
  return r!;
}

/** A short application/complaint history, encrypted with a test key, files in a temporary folder (never ./data). */
const layananUji = () => ({
  layananHariRiwayat: 20,
  dataPribadi: createDataPribadi('kunci-data-uji-seed-0123456789abcdef'),
  uploadsDir: mkdtempSync(path.join(os.tmpdir(), 'sikap-seed-')),
});

describe('seedDemo', () => {
  let database: Database;
  let hasil: SeedResult;
  let detik: number;
  const admin = { akunId: 0, roles: ['admin' as const], pegawaiId: null, opdId: null };

  beforeAll(async () => {
    database = await createTestDatabase();
    const t0 = performance.now();
    hasil = await seedDemo(database, { argon2: ARGON2_UJI, antrianHariRiwayat: 20, ...layananUji() });
    detik = (performance.now() - t0) / 1000;
    console.log(`seedDemo on a fresh ${database.kind}: ${detik.toFixed(2)} s`);
  });
  afterAll(async () => { await database?.close(); });

  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(database.db, q);

  it('should seed about 4,000 pegawai, ~15 % of them PPPK, in seconds', async () => {
    const [r] = await rows<{ n: number; pppk: number }>(sql`select count(*)::int as n, (count(*) filter (where jenis_asn = 'PPPK'))::int as pppk from pegawai`);
    expect(r!.n).toBeGreaterThanOrEqual(3800);
    expect(r!.n).toBeLessThanOrEqual(4200);
    expect(r!.pppk / r!.n).toBeGreaterThan(0.1);
    expect(r!.pppk / r!.n).toBeLessThan(0.2);
    expect(detik).toBeLessThan(60); // generous: the point is "seconds", measured and printed above
  });

  it('should load the Tanjungbalai wilayah: 6 kecamatan and 31 kelurahan with Kemendagri codes', async () => {
    const w = await createOrgService(database.db).getWilayah();
    expect(w.kota).toEqual({ kode: '12.74', nama: 'Kota Tanjungbalai' });
    expect(w.provinsi).toEqual({ kode: '12', nama: 'Sumatera Utara' });
    expect(w.kecamatan).toHaveLength(6);
    expect(w.kecamatan.flatMap((k) => k.kelurahan)).toHaveLength(31);
    const kel = new Map(w.kecamatan.flatMap((k) => k.kelurahan.map((x) => [x.nama, x] as const)));
    expect(kel.get('Gading')).toEqual({ kode: '12.74.05.1003', nama: 'Gading', kodePasti: true });
    expect(kel.get('Pulau Simardan')).toEqual({ kode: '12.74.06.1001', nama: 'Pulau Simardan', kodePasti: true });
    // Teluk Nibung: 1005 and 1004 are known, so the others take 1001, 1002, 1003 in list order.
    expect(['Pematang Pasir', 'Perjuangan', 'Sei Merbau'].map((n) => kel.get(n)?.kode)).toEqual(['12.74.04.1001', '12.74.04.1002', '12.74.04.1003']);
    expect(kel.get('Sei Merbau')?.kodePasti).toBe(false);
    expect(kel.get('Indra Sakti')).toEqual({ kode: '12.74.01.1001', nama: 'Indra Sakti', kodePasti: false });
    expect(w.kecamatan.map((k) => k.kodePasti)).toEqual([false, false, false, true, true, true]);
  });

  it('should build kecamatan OPDs with their kelurahan as child units', async () => {
    const kec = await rows<{ id: number; wilayah_kode: string; opd_id: number; n: number }>(sql`
      select k.id, k.wilayah_kode, k.opd_id, (select count(*)::int from unit_organisasi c where c.parent_id = k.id and c.jenis = 'KELURAHAN' and c.opd_id = k.id and c.wilayah_kode is not null) as n
      from unit_organisasi k where k.jenis = 'KECAMATAN' order by k.wilayah_kode`);
    expect(kec.map((k) => k.wilayah_kode)).toEqual(['12.74.01', '12.74.02', '12.74.03', '12.74.04', '12.74.05', '12.74.06']);
    expect(kec.every((k) => k.opd_id === k.id)).toBe(true);
    expect(kec.map((k) => k.n)).toEqual([6, 5, 5, 5, 5, 5]);
  });

  it('should mark the service units (Disdukcapil and its two pelayanan bidang, DPMPTSP, RSUD, Dinkes, kecamatan, kelurahan)', async () => {
    const u = await rows<{ kode: string; nama: string; jenis: string }>(sql`select kode, nama, jenis from unit_organisasi where is_unit_layanan order by id`);
    const nama = u.map((x) => x.nama);
    expect(nama).toEqual(expect.arrayContaining([
      'Dinas Kependudukan dan Pencatatan Sipil', 'Bidang Pelayanan Pendaftaran Penduduk', 'Bidang Pelayanan Pencatatan Sipil',
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Rumah Sakit Umum Daerah Dr. Tengku Mansyur', 'Dinas Kesehatan',
    ]));
    expect(u.filter((x) => x.jenis === 'KECAMATAN')).toHaveLength(6);
    expect(u.filter((x) => x.jenis === 'KELURAHAN')).toHaveLength(31);
    expect(u).toHaveLength(6 + 6 + 31);
  });

  it('should give every PNS a valid NIP matching the stored birth date, sex and TMT, and no PPPK a NIP', async () => {
    const p = await rows<{ nip: string; jenis_asn: string; jenis_kelamin: string; tanggal_lahir: string; tmt: string | null }>(
      sql`select nip, jenis_asn, jenis_kelamin, tanggal_lahir::text as tanggal_lahir, to_char(tmt_cpns, 'YYYY-MM') as tmt from pegawai`);
    const salah: string[] = [];
    for (const x of p) {
      const r = parseNip(x.nip, { hariIni: '2026-12-31' });
      if (x.jenis_asn === 'PNS') {
        if (!r.ok || r.tanggalLahir !== x.tanggal_lahir || r.jenisKelamin !== x.jenis_kelamin || r.tmtCpns !== x.tmt) salah.push(x.nip);
      } else if (r.ok || !/^\d{18}$/.test(x.nip) || x.nip.slice(12, 14) !== '21') {
        salah.push(x.nip);
      }
    }
    expect(salah).toEqual([]);
    expect(new Set(p.map((x) => x.nip)).size).toBe(p.length);
  });

  it('should give golongan that fit the jabatan (kinerja.md §5.3–5.4)', async () => {
    const p = await rows<{ golongan: string; jenis_asn: string; jenis: string; jenjang: string | null }>(
      sql`select p.golongan, p.jenis_asn, j.jenis, j.jenjang from pegawai p join jabatan j on j.id = p.jabatan_id`);
    const idx = (g: string) => GOLONGAN_PNS.indexOf(g as GolonganPns);
    const dalam = (g: string, [a, b]: readonly [string, string]) => idx(g) >= idx(a) && idx(g) <= idx(b);
    const rentang: Record<string, readonly [string, string]> = {
      JPT: ['IV/b', 'IV/c'], ADMINISTRATOR: ['III/d', 'IV/b'], PENGAWAS: ['III/b', 'III/d'], PELAKSANA: ['II/a', 'III/b'],
    };
    const salah = p.filter((x) => {
      if (x.jenis_asn === 'PPPK') return !['V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI'].includes(x.golongan) || !(GOLONGAN_PPPK as readonly string[]).includes(x.golongan);
      if (x.jenis === 'FUNGSIONAL') return !dalam(x.golongan, RENTANG_GOLONGAN_JF[x.jenjang as JenjangJf]);
      return !dalam(x.golongan, rentang[x.jenis]!);
    });
    expect(salah).toEqual([]);
    const [pppkStruktural] = await rows<{ n: number }>(sql`select count(*)::int as n from pegawai p join jabatan j on j.id = p.jabatan_id where p.jenis_asn = 'PPPK' and j.jenis in ('JPT', 'ADMINISTRATOR', 'PENGAWAS')`);
    expect(pppkStruktural!.n).toBe(0);
  });

  it('should give every pegawai an atasan except the Sekda (the top ASN)', async () => {
    const org = createOrgService(database.db);
    const tanpa: string[] = [];
    let total = 0;
    for (let page = 1; ; page++) {
      const r = await org.listPegawai(admin, { page, per_page: 200 });
      total = r.total;
      for (const i of r.items) if (!i.atasan) tanpa.push(i.jabatan ?? '?');
      if (page * 200 >= r.total) break;
    }
    expect(total).toBeGreaterThan(3800);
    expect(tanpa).toEqual(['Sekretaris Daerah']);
    const [kosong] = await rows<{ n: number }>(sql`
      select count(*)::int as n from jabatan j where exists (select 1 from jabatan b where b.atasan_jabatan_id = j.id)
        and not exists (select 1 from pegawai p where p.jabatan_id = j.id and p.aktif)`);
    expect(kosong!.n).toBe(0);
  });

  it('should create the demo accounts with one shared password, roles and scope', async () => {
    expect(hasil.logins.map((l) => l.peran)).toEqual([
      'Admin BKPSDM', 'Admin OPD Disdukcapil', 'Atasan (Kabid Disdukcapil)', 'Petugas loket Disdukcapil', 'Pimpinan (Sekda)', 'Pegawai',
    ]);
    expect(new Set(hasil.logins.map((l) => l.password))).toEqual(new Set([SANDI_DEMO]));
    const a = await rows<{ username: string; roles: string[]; opd: string | null; jabatan: string | null; password_hash: string }>(sql`
      select a.username, a.roles, o.singkatan as opd, j.nama as jabatan, a.password_hash
      from akun a left join unit_organisasi o on o.id = a.opd_id left join pegawai p on p.id = a.pegawai_id left join jabatan j on j.id = p.jabatan_id
      order by a.id`);
    // The six listed logins come first; the layanan seed adds petugas accounts in the OPDs with online
    // services (the inbox's round-robin needs more than one petugas) — pegawai + petugas only.
    const tambahan = a.slice(6);
    expect(tambahan.length).toBeGreaterThan(0);
    expect(tambahan.filter((x) => [...x.roles].sort().join() !== 'pegawai,petugas' || !x.opd)).toEqual([]);
    expect(a.slice(0, 6).map((x) => [x.roles, x.opd, x.jabatan])).toEqual([
      [['admin'], 'BKPSDM', null],
      [['admin_opd', 'atasan', 'pegawai'], 'Disdukcapil', 'Kepala Dinas Kependudukan dan Pencatatan Sipil'],
      [['atasan', 'pegawai'], 'Disdukcapil', 'Kepala Bidang Pelayanan Pendaftaran Penduduk'],
      [['pegawai', 'petugas'], 'Disdukcapil', 'Operator Layanan Operasional'],
      [['pimpinan', 'atasan', 'pegawai'], null, 'Sekretaris Daerah'],
      [['pegawai'], 'Diskominfo', expect.any(String)],
    ]);
    expect(new Set(a.map((x) => x.password_hash)).size).toBe(1);
    const auth = createAuthService(database.db, { argon2: ARGON2_UJI, sessionTtlHours: 1 });
    for (const l of hasil.logins) await expect(auth.login({ username: l.username, password: l.password })).resolves.toMatchObject({ token: expect.any(String) });
  });

  it('should put the demo petugas inside the demo Kabid’s reporting line', async () => {
    const org = createOrgService(database.db);
    const [kabid, petugas] = await rows<{ pegawai_id: number }>(sql`select pegawai_id from akun where username in (${hasil.logins[2]!.username}, ${hasil.logins[3]!.username}) order by id`);
    const line = await org.listBawahan(kabid!.pegawai_id, { tidakLangsung: true });
    expect(line.map((b) => b.id)).toContain(petugas!.pegawai_id);
    // …as a DIRECT report (atasan override): the demo Atasan login is the petugas's pejabat penilai (kinerja demo).
    expect(await org.getAtasan(petugas!.pegawai_id)).toMatchObject({ id: kabid!.pegawai_id, sumber: 'override' });
  });

  it('should be deterministic: a second fresh database gets identical rows', { timeout: 180_000 }, async () => {
    const first = await checksum(database.db);
    const second = await createTestDatabase();
    try {
      const r2 = await seedDemo(second, { argon2: ARGON2_UJI, antrianHariRiwayat: 20, ...layananUji() });
      expect(r2.logins.map((l) => l.username)).toEqual(hasil.logins.map((l) => l.username));
      expect(await checksum(second.db)).toEqual(first);
    } finally {
      await second.close();
    }
    // …and a different PRNG seed would give different people (the checksum can tell them apart).
    const w = bacaWilayahJson();
    expect(rencanakanOrg({ wilayah: w, seed: 1 }).pegawai[0]!.nip).not.toBe(rencanakanOrg({ wilayah: w }).pegawai[0]!.nip);
  });
});
