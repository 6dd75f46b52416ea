import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JAM_KERJA_ASN, tambahMenitKerja, type Kalender } from '../../src/domain/shared/hari-kerja.ts';
import { validasiNik } from '../../src/domain/shared/nik.ts';
import { validasiKk } from '../../src/domain/shared/kk.ts';
import { normalisasiTelepon } from '../../src/domain/shared/telepon.ts';
import { transisi, type AksiPermohonan, type StatusPermohonan } from '../../src/domain/layanan/permohonan.ts';
import { batasHariKerja, transisiPengaduan, type AksiPengaduan, type StatusPengaduan } from '../../src/domain/layanan/pengaduan.ts';
import { jedaSla, lanjutkanSla, mulaiSla, tepatWaktu } from '../../src/domain/layanan/sla.ts';
import type { SatuanJangkaWaktu } from '../../src/domain/layanan/standar.ts';
import { queryRows, type Database } from '../../src/server/db/client.ts';
import { createDataPribadi } from '../../src/server/lib/data-pribadi.ts';
import { hashPassword } from '../../src/server/lib/password.ts';
import { akun } from '../../src/server/modules/auth/auth.table.ts';
import { jabatan, pegawai, unitOrganisasi } from '../../src/server/modules/org/org.table.ts';
import { createTestApp, createTestDatabase, loginAs, TEST_PASSWORD } from '../../src/server/testing/test-app.ts';
import { liburNasional } from './antrian.ts';
import { seedLayananKatalog } from './layanan-katalog.ts';
import { BERKAS_DEMO, buatJamKerja, pdfDemo, pngDemo, seedLayananDemo, type HasilSeedLayanan } from './layanan.ts';

/** "Now" of the demo: Monday 30 November 2026, 10:30 WIB (a working day; the journeys' Monday). */
const NOW = new Date('2026-11-30T10:30:00+07:00');
const OPSI = { now: NOW, hariRiwayat: 45, permohonanPerTahun: 8000, pengaduanPerTahun: 2500 };
const NIP_PETUGAS_DEMO = '197101281999012001';

/**
 * A small Tanjungbalai-like org: Disdukcapil with its two service bidang (kabid, a kasi, operators — one of
 * them the demo petugas with an account) and DPMPTSP with its perizinan bidang, so the real catalogue seed
 * (scripts/seed/layanan-katalog.ts) places its Disdukcapil and DPMPTSP layanan.
 */
async function seedOrgKecil(database: Database) {
  const { db } = database;
  const unit = async (v: typeof unitOrganisasi.$inferInsert) => (await db.insert(unitOrganisasi).values(v).returning())[0]!;
  const dukcapil = await unit({ kode: 'OPD-DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', jenis: 'DINAS', isOpd: true, isUnitLayanan: true });
  const dpm = await unit({ kode: 'OPD-DPMPTSP', nama: 'Dinas Penanaman Modal dan PTSP', jenis: 'DINAS', isOpd: true, isUnitLayanan: true });
  await db.update(unitOrganisasi).set({ opdId: sql`id` }).where(sql`id in (${dukcapil.id}, ${dpm.id})`);
  const b1 = await unit({ kode: 'OPD-DISDUKCAPIL-B1', nama: 'Bidang Pelayanan Pendaftaran Penduduk', jenis: 'BIDANG', parentId: dukcapil.id, opdId: dukcapil.id });
  const b2 = await unit({ kode: 'OPD-DISDUKCAPIL-B2', nama: 'Bidang Pelayanan Pencatatan Sipil', jenis: 'BIDANG', parentId: dukcapil.id, opdId: dukcapil.id });
  const b3 = await unit({ kode: 'OPD-DPMPTSP-B1', nama: 'Bidang Pelayanan Perizinan dan Nonperizinan', jenis: 'BIDANG', parentId: dpm.id, opdId: dpm.id });
  const jab = async (unitId: number, nama: string, jenis: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA', atasan: number | null, kepala = false) =>
    (await db.insert(jabatan).values({ unitId, nama, jenis, atasanJabatanId: atasan, isKepalaUnit: kepala }).returning())[0]!.id;
  const jKadis = await jab(dukcapil.id, 'Kepala Dinas Kependudukan dan Pencatatan Sipil', 'JPT', null, true);
  const jKabid1 = await jab(b1.id, 'Kepala Bidang Pelayanan Pendaftaran Penduduk', 'ADMINISTRATOR', jKadis, true);
  const jKasi = await jab(b1.id, 'Kepala Seksi Identitas Penduduk', 'PENGAWAS', jKabid1);
  const jOp1 = await jab(b1.id, 'Operator Layanan Operasional', 'PELAKSANA', jKasi);
  const jKabid2 = await jab(b2.id, 'Kepala Bidang Pelayanan Pencatatan Sipil', 'ADMINISTRATOR', jKadis, true);
  const jOp2 = await jab(b2.id, 'Operator Layanan Operasional', 'PELAKSANA', jKabid2);
  const jKadpm = await jab(dpm.id, 'Kepala Dinas Penanaman Modal dan PTSP', 'JPT', null, true);
  const jKabid3 = await jab(b3.id, 'Kepala Bidang Pelayanan Perizinan', 'ADMINISTRATOR', jKadpm, true);
  const jOp3 = await jab(b3.id, 'Pengadministrasi Perizinan', 'PELAKSANA', jKabid3);
  let n = 0;
  const orang = async (jabatanId: number, unitId: number, nip?: string) => (await db.insert(pegawai).values({
    nip: nip ?? `1980010120100${String(1000 + ++n).padStart(5, '0')}`, jenisAsn: 'PNS', nama: `Pegawai ${n}`, jenisKelamin: 'P',
    tanggalLahir: '1980-01-01', golongan: 'III/a', jabatanId, unitId,
  }).returning())[0]!.id;
  const kadis = await orang(jKadis, dukcapil.id);
  const kabid1 = await orang(jKabid1, b1.id);
  const kasi = await orang(jKasi, b1.id);
  const op1 = [await orang(jOp1, b1.id), await orang(jOp1, b1.id), await orang(jOp1, b1.id, NIP_PETUGAS_DEMO), await orang(jOp1, b1.id)];
  const kabid2 = await orang(jKabid2, b2.id);
  for (let i = 0; i < 3; i++) await orang(jOp2, b2.id);
  const kadpm = await orang(jKadpm, dpm.id);
  const kabid3 = await orang(jKabid3, b3.id);
  for (let i = 0; i < 3; i++) await orang(jOp3, b3.id);
  const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
  await db.insert(akun).values([
    { username: 'admin', nama: 'Admin', passwordHash, roles: ['admin'] },
    { username: NIP_PETUGAS_DEMO, nama: 'Petugas Demo', passwordHash, roles: ['pegawai', 'petugas'], pegawaiId: op1[2]!, opdId: dukcapil.id },
    { username: 'kadis', nama: 'Kadis', passwordHash, roles: ['admin_opd', 'atasan', 'pegawai'], pegawaiId: kadis, opdId: dukcapil.id },
    { username: 'kasi', nama: 'Kasi', passwordHash, roles: ['atasan', 'pegawai'], pegawaiId: kasi, opdId: dukcapil.id },
  ]);
  return { dukcapil, dpm, b1, b2, b3, kadis, kabid1, kasi, petugasDemo: op1[2]!, kabid2, kadpm, kabid3 };
}

type PmRow = {
  id: number; nomor: string; kode_akses_hash: string; layanan_id: number; unit_id: number; opd_id: number; status: StatusPermohonan;
  nik_enc: string; nik_hash: string; nik_akhir: string; kk_enc: string | null; kk_hash: string | null; telepon_enc: string | null;
  telepon_akhir: string | null; isian: unknown; petugas_id: number | null; pengambilan: string; dokumen_hasil_id: number | null;
  sla_mulai: number; jeda_mulai: number | null; sla_terpakai_menit: number; jatuh_tempo: number | null; eskalasi_at: number | null;
  eskalasi_ke: number | null; diajukan_at: number; selesai_at: number | null; tepat_waktu: boolean | null; revisi: number;
  nilai: number; satuan: SatuanJangkaWaktu;
};
type PeristiwaRow = { permohonan_id: number; aksi: string; dari_status: string | null; ke_status: string | null; aktor: string; data: Record<string, unknown> | null; catatan: string | null; at: number };

const ms = (kolom: string) => sql.raw(`(extract(epoch from ${kolom}) * 1000)::float8 as ${kolom.split('.').at(-1)}`);

describe('seedLayananDemo', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let org: Awaited<ReturnType<typeof seedOrgKecil>>;
  let hasil: HasilSeedLayanan;
  let pm: PmRow[];
  let peristiwa: Map<number, PeristiwaRow[]>;
  let kal: Kalender;
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(t.db, q);

  beforeAll(async () => {
    t = await createTestApp({ fixture: false });
    org = await seedOrgKecil(t.database);
    await seedLayananKatalog(t.database);
    hasil = await seedLayananDemo(t.database, { ...OPSI, dataPribadi: t.app.services.dataPribadi, uploadsDir: t.config.uploadsDir, contohLacak: 5 });
    console.log(`seedLayananDemo (${t.database.kind}): ${hasil.permohonan} permohonan, ${hasil.pengaduan} pengaduan in ${hasil.detik.toFixed(2)} s`);
    pm = (await rows<PmRow>(sql`
      select p.id::int as id, p.nomor, p.kode_akses_hash, p.layanan_id, p.unit_id, coalesce(u.opd_id, u.id) as opd_id, p.status,
        p.nik_enc, p.nik_hash, p.nik_akhir, p.kk_enc, p.kk_hash, p.telepon_enc, p.telepon_akhir, p.isian, p.petugas_id, p.pengambilan,
        p.dokumen_hasil_id::int as dokumen_hasil_id, ${ms('p.sla_mulai')}, ${ms('p.jeda_mulai')}, p.sla_terpakai_menit, ${ms('p.jatuh_tempo')},
        ${ms('p.eskalasi_at')}, p.eskalasi_ke, ${ms('p.diajukan_at')}, ${ms('p.selesai_at')}, p.tepat_waktu, p.revisi,
        v.jangka_waktu_nilai as nilai, v.jangka_waktu_satuan as satuan
      from permohonan p join layanan_standar_versi v on v.id = p.standar_versi_id join unit_organisasi u on u.id = p.unit_id
      order by p.id`)).map((r) => ({ ...r, id: Number(r.id), dokumen_hasil_id: r.dokumen_hasil_id == null ? null : Number(r.dokumen_hasil_id) }));
    peristiwa = new Map();
    for (const e of await rows<PeristiwaRow>(sql`
      select permohonan_id::int as permohonan_id, aksi, dari_status, ke_status, aktor, data, catatan, ${ms('at')}
      from permohonan_peristiwa order by permohonan_id, at, id`)) {
      const arr = peristiwa.get(Number(e.permohonan_id)) ?? [];
      arr.push(e);
      peristiwa.set(Number(e.permohonan_id), arr);
    }
    const libur = await rows<{ t: string }>(sql`select to_char(tanggal, 'YYYY-MM-DD') as t from hari_libur`);
    kal = { libur: new Set([...liburNasional(), ...libur.map((r) => r.t)]), jadwal: JAM_KERJA_ASN };
  });
  afterAll(async () => { await t?.close(); });

  it('should seed about the asked volume of applications and complaints, in seconds', () => {
    // 45 days + today of an 8,000/year (2,500/year) city, give or take the weekly and seasonal rhythm.
    expect(hasil.permohonan).toBeGreaterThan(600);
    expect(hasil.permohonan).toBeLessThan(1500);
    expect(hasil.pengaduan).toBeGreaterThan(180);
    expect(hasil.pengaduan).toBeLessThan(480);
    expect(pm).toHaveLength(hasil.permohonan);
    expect(hasil.detik).toBeLessThan(60);
  });

  it('should have realistic outcomes: mostly on time, ~8–15 % late, ~10 % corrections, ~3 % refused', () => {
    const selesai = pm.filter((p) => p.status === 'selesai');
    const telat = selesai.filter((p) => p.tepat_waktu === false).length / selesai.length;
    const perbaikan = pm.filter((p) => peristiwa.get(p.id)!.some((e) => e.aksi === 'minta_perbaikan')).length / pm.length;
    const ditolak = pm.filter((p) => p.status === 'ditolak').length / pm.length;
    expect(selesai.length / pm.length).toBeGreaterThan(0.85);
    expect(telat).toBeGreaterThan(0.04);
    expect(telat).toBeLessThan(0.18);
    expect(perbaikan).toBeGreaterThan(0.05);
    expect(perbaikan).toBeLessThan(0.16);
    expect(ditolak).toBeGreaterThan(0.01);
    expect(ditolak).toBeLessThan(0.07);
  });

  it('should write histories that follow the workflow, end in the stored status and lie before now', () => {
    for (const p of pm) {
      const ev = peristiwa.get(p.id)!;
      expect(ev[0]).toMatchObject({ aksi: 'diajukan', ke_status: 'diajukan', aktor: 'pemohon' });
      expect(ev[0]!.at).toBe(p.diajukan_at);
      let status: StatusPermohonan = 'diajukan';
      let petugas: number | null = null;
      for (const e of ev.slice(1)) {
        expect(e.at).toBeLessThanOrEqual(NOW.getTime());
        if (e.aksi === 'tugaskan' || e.aksi === 'lepas_tugas') petugas = (e.data?.petugasId as number | null) ?? null;
        if (!e.ke_status) continue;
        expect(e.dari_status, `${p.nomor} ${e.aksi}`).toBe(status);
        expect(transisi(status, e.aksi as AksiPermohonan), `${p.nomor} ${status} → ${e.aksi}`).toBe(e.ke_status);
        status = e.ke_status as StatusPermohonan;
      }
      expect(status, p.nomor).toBe(p.status);
      expect(petugas, p.nomor).toBe(p.petugas_id);
      if (p.status === 'selesai' || p.status === 'ditolak') expect(p.selesai_at).toBe(ev.findLast((e) => e.ke_status === p.status)!.at);
    }
  });

  it('should store the SLA clock of src/domain/layanan/sla.ts (pause while perlu_perbaikan, due extended)', () => {
    let dijeda = 0;
    for (const p of pm) {
      const j = { nilai: p.nilai, satuan: p.satuan };
      let s: ReturnType<typeof jedaSla> = mulaiSla(j, new Date(p.diajukan_at), kal);
      for (const e of peristiwa.get(p.id)!) {
        if (e.aksi === 'minta_perbaikan') s = jedaSla(s, new Date(e.at), kal);
        if (e.aksi === 'ajukan_ulang') {
          s = lanjutkanSla(j, s, new Date(e.at), kal);
          dijeda++;
        }
      }
      expect(p.jatuh_tempo, p.nomor).toBe(s.jatuhTempo?.getTime() ?? null);
      expect(p.jeda_mulai, p.nomor).toBe(s.jedaMulai?.getTime() ?? null);
      expect(p.sla_mulai, p.nomor).toBe(s.slaMulai.getTime());
      expect(p.sla_terpakai_menit, p.nomor).toBe(s.terpakaiMenit);
      if (p.status === 'perlu_perbaikan') expect(p.jatuh_tempo).toBeNull();
      if (p.status === 'selesai') expect(p.tepat_waktu, p.nomor).toBe(tepatWaktu(new Date(p.selesai_at!), s.jatuhTempo));
      else expect(p.tepat_waktu).toBeNull();
    }
    expect(dijeda).toBeGreaterThan(20);
  });

  it('should escalate every overdue running case once, to the assignee’s atasan or the head of the unit (as the job would)', async () => {
    const org2 = t.app.services.org;
    const lewat = pm.filter((p) => ['diajukan', 'diverifikasi', 'diproses'].includes(p.status) && p.jatuh_tempo! < NOW.getTime() - 5 * 60_000);
    expect(lewat.length).toBeGreaterThan(0);
    for (const p of lewat) expect(p.eskalasi_at, p.nomor).not.toBeNull();
    for (const p of pm.filter((x) => x.eskalasi_at != null)) {
      const ev = peristiwa.get(p.id)!.filter((e) => e.aksi === 'eskalasi');
      expect(ev, p.nomor).toHaveLength(1);
      expect(ev[0]!.at).toBe(p.eskalasi_at);
      expect(p.eskalasi_at!).toBeGreaterThan(new Date(ev[0]!.data!.jatuhTempo as string).getTime());
      const petugasSaatItu = [...peristiwa.get(p.id)!].filter((e) => e.at <= p.eskalasi_at! && (e.aksi === 'tugaskan' || e.aksi === 'lepas_tugas')).at(-1);
      const pid = (petugasSaatItu?.data?.petugasId as number | null | undefined) ?? null;
      const harap = pid != null ? (await org2.getAtasan(pid))?.id : p.unit_id === org.b1.id ? org.kabid1 : p.unit_id === org.b2.id ? org.kabid2 : org.kabid3;
      expect(p.eskalasi_ke, p.nomor).toBe(harap);
    }
    // The job itself finds nothing left to do but cases that turned overdue in the last minutes.
    const r = await t.app.services.layanan.permohonan.eskalasiTerlambat(NOW);
    expect(r.dieskalasi).toBeLessThanOrEqual(pm.filter((p) => p.eskalasi_at == null && p.jatuh_tempo != null && p.jatuh_tempo > NOW.getTime() - 5 * 60_000 && p.jatuh_tempo <= NOW.getTime()).length);
  });

  it('should give the demo petugas open cases in every status, overdue and escalated ones, and leave some unassigned', async () => {
    const milik = pm.filter((p) => p.petugas_id === org.petugasDemo);
    for (const s of ['diajukan', 'diverifikasi', 'diproses', 'perlu_perbaikan'] as const) expect(milik.some((p) => p.status === s), s).toBe(true);
    expect(milik.filter((p) => p.status === 'diproses' && p.eskalasi_ke === org.kasi).length).toBeGreaterThanOrEqual(2);
    expect(pm.filter((p) => p.petugas_id == null && p.status === 'diajukan').length).toBeGreaterThanOrEqual(3);
    expect(pm.some((p) => p.petugas_id == null && p.eskalasi_ke === org.kabid1)).toBe(true);
    // Every assignee holds a petugas account of the case's OPD (plan decision 6); the seed gave Disdukcapil more.
    const petugas = await rows<{ pegawai_id: number; opd_id: number }>(sql`
      select a.pegawai_id, coalesce(u.opd_id, u.id) as opd_id from akun a join pegawai p on p.id = a.pegawai_id join unit_organisasi u on u.id = p.unit_id
      where 'petugas' = any(a.roles) and a.aktif`);
    expect(petugas.filter((x) => x.opd_id === org.dukcapil.id).length).toBeGreaterThanOrEqual(6);
    const sah = new Set(petugas.map((x) => `${x.pegawai_id}|${x.opd_id}`));
    for (const p of pm.filter((x) => x.petugas_id != null)) expect(sah.has(`${p.petugas_id}|${p.opd_id}`), p.nomor).toBe(true);
  });

  it('should show up in the staff inbox and on the tracking page through the real routes', async () => {
    const h = await loginAs(t.app, NIP_PETUGAS_DEMO);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/v1/permohonan?tugas=saya&status=aktif', headers: h });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const j = inbox.json();
    expect(j.total).toBeGreaterThanOrEqual(8);
    expect(j.ringkasan.belumDitugaskan).toBeGreaterThanOrEqual(3);
    expect(j.items.some((i: { badge: string }) => i.badge === 'terlambat')).toBe(true);
    for (const c of hasil.contohLacak) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/permohonan/lacak', payload: { nomor: c.nomor, kodeAkses: c.kodeAkses } });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ nomor: c.nomor, status: c.status });
    }
    const salah = await t.app.inject({ method: 'POST', url: '/api/v1/permohonan/lacak', payload: { nomor: hasil.contohLacak[0]!.nomor, kodeAkses: 'AAAA-AAAA' } });
    expect(salah.statusCode).toBe(404);
  });

  it('should encrypt personal data with the app’s key: valid synthetic NIK/KK, keyed hashes, last 4 digits, no NIK anywhere in clear', async () => {
    const dp = t.app.services.dataPribadi;
    for (const p of pm) {
      const nik = dp.dekripsi(p.nik_enc);
      expect(validasiNik(nik, { hariIni: '2026-11-30' }), nik).toMatchObject({ ok: true });
      expect(nik.slice(0, 4)).toBe('1274');
      expect(p.nik_hash).toBe(dp.hash(nik));
      expect(p.nik_akhir).toBe(nik.slice(-4));
      if (p.kk_enc) {
        const kk = dp.dekripsi(p.kk_enc);
        expect(validasiKk(kk, { hariIni: '2026-11-30' }), kk).toMatchObject({ ok: true });
        expect(p.kk_hash).toBe(dp.hash(kk, 'kk'));
      }
      if (p.telepon_enc) {
        const hp = dp.dekripsi(p.telepon_enc);
        expect(normalisasiTelepon(hp)).toBe(hp);
        expect(p.telepon_akhir).toBe(hp.slice(-4));
      }
    }
    const teks = await rows<{ t: string }>(sql`
      select coalesce(isian::text, '') || pemohon_nama || coalesce(catatan_perbaikan::text, '') || coalesce(alasan_tolak, '') as t from permohonan
      union all select coalesce(data::text, '') || coalesce(catatan, '') from permohonan_peristiwa
      union all select judul || isi || coalesce(alamat, '') from pengaduan
      union all select coalesce(isi, '') from pengaduan_peristiwa`);
    for (const r of teks) expect(r.t).not.toMatch(/\d{16}/);
  });

  it('should store the access codes as the service does (sha256 of the normalised code)', () => {
    expect(hasil.contohLacak).toHaveLength(5);
    for (const c of hasil.contohLacak) {
      expect(c.kodeAkses).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      const p = pm.find((x) => x.nomor === c.nomor)!;
      expect(p.kode_akses_hash).toBe(createHash('sha256').update(c.kodeAkses.replace('-', '')).digest('hex'));
    }
  });

  it('should point every file row at the shared demo files written under the uploads folder', async () => {
    const pdf = readFileSync(path.join(t.config.uploadsDir, BERKAS_DEMO.pdf));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const png = readFileSync(path.join(t.config.uploadsDir, BERKAS_DEMO.png));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const berkas = await rows<{ path: string; sha256: string; ukuran: number; n: number }>(sql`
      select path, sha256, ukuran, count(*)::int as n from permohonan_berkas group by 1, 2, 3
      union all select path, sha256, ukuran, count(*)::int from pengaduan_lampiran group by 1, 2, 3`);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(berkas).toEqual(expect.arrayContaining([{ path: BERKAS_DEMO.pdf, sha256: sha(pdf), ukuran: pdf.length, n: expect.any(Number) }]));
    for (const b of berkas) expect([[BERKAS_DEMO.pdf, sha(pdf)], [BERKAS_DEMO.png, sha(png)]]).toContainEqual([b.path, b.sha256]);
    // "unduh" and finished → the product is there (the service refuses selesai without it).
    const hasilDok = await rows<{ id: number; permohonan_id: number }>(sql`select id::int as id, permohonan_id::int as permohonan_id from permohonan_berkas where jenis = 'hasil'`);
    for (const p of pm.filter((x) => x.status === 'selesai' && x.pengambilan === 'unduh')) {
      expect(hasilDok.find((b) => b.id === p.dokumen_hasil_id)?.permohonan_id, p.nomor).toBe(p.id);
    }
    expect(pm.some((p) => p.pengambilan === 'unduh' && p.status === 'selesai')).toBe(true);
  });

  it('should number cases PM-/PG-YYYY-NNNNNN without gaps and leave the counters at the last number', async () => {
    const nomor = await rows<{ jenis: string; tahun: number; n: number; maks: number; terakhir: number }>(sql`
      with x as (select substr(nomor, 1, 2) as jenis, substr(nomor, 4, 4)::int as tahun, substr(nomor, 9)::int as urut from permohonan
                 union all select substr(nomor, 1, 2), substr(nomor, 4, 4)::int, substr(nomor, 9)::int from pengaduan)
      select x.jenis, x.tahun, count(*)::int as n, max(urut) as maks, min(l.terakhir) as terakhir
      from x join layanan_nomor l on l.jenis = x.jenis and l.tahun = x.tahun group by 1, 2 order by 1, 2`);
    expect(nomor.map((r) => r.jenis)).toEqual(['PG', 'PM']);
    for (const r of nomor) expect(r).toMatchObject({ n: r.maks, terakhir: r.maks });
  });

  it('should handle complaints within the LAPOR! limits mostly, with anonymous/confidential reports and reopenings', async () => {
    type PgRow = {
      id: number; nomor: string; status: StatusPengaduan; unit_id: number | null; anonim: boolean; rahasia: boolean; pelapor_nama_enc: string | null;
      telepon_enc: string | null; sumber: string; open311_klien_id: number | null; lat: number | null; lng: number | null;
      created_at: number; batas_verifikasi: number; batas_tindak_lanjut: number | null; tindak_lanjut_at: number | null; tutup_otomatis_at: number | null; revisi: number;
    };
    const pg = await rows<PgRow>(sql`
      select id::int as id, nomor, status, unit_id, anonim, rahasia, pelapor_nama_enc, telepon_enc, sumber, open311_klien_id, lat, lng,
        ${ms('created_at')}, ${ms('batas_verifikasi')}, ${ms('batas_tindak_lanjut')}, ${ms('tindak_lanjut_at')}, ${ms('tutup_otomatis_at')}, revisi
      from pengaduan order by id`);
    const ev = await rows<{ pengaduan_id: number; aksi: string; dari_status: string | null; ke_status: string; aktor: string; at: number }>(sql`
      select pengaduan_id::int as pengaduan_id, aksi, dari_status, ke_status, aktor, ${ms('at')} from pengaduan_peristiwa order by pengaduan_id, at, id`);
    let tepatVerif = 0;
    let diverif = 0;
    for (const p of pg) {
      const e = ev.filter((x) => Number(x.pengaduan_id) === p.id);
      expect(e[0]).toMatchObject({ aksi: 'ajukan', ke_status: 'baru', aktor: 'pelapor' });
      let status: StatusPengaduan = 'baru';
      for (const x of e.slice(1)) {
        const tr = transisiPengaduan(status, x.aksi as AksiPengaduan);
        expect(tr, `${p.nomor} ${status} → ${x.aksi}`).toEqual({ ok: true, ke: x.ke_status });
        status = x.ke_status as StatusPengaduan;
        expect(x.at).toBeLessThanOrEqual(NOW.getTime());
      }
      expect(status, p.nomor).toBe(p.status);
      expect(p.revisi).toBe(e.length - 1);
      expect(p.batas_verifikasi).toBe(batasHariKerja(new Date(p.created_at), 3, kal).getTime());
      if (p.anonim) expect([p.pelapor_nama_enc, p.telepon_enc]).toEqual([null, null]);
      if (p.rahasia) expect(p.pelapor_nama_enc).not.toBeNull();
      if (['diteruskan', 'ditindaklanjuti', 'selesai'].includes(p.status)) expect(p.unit_id, p.nomor).not.toBeNull();
      if (p.sumber === 'open311') expect(p.open311_klien_id).not.toBeNull();
      if (p.lat != null) expect([p.lat > 2.85 && p.lat < 3.1, p.lng! > 99.68 && p.lng! < 99.95]).toEqual([true, true]);
      const keputusan = e.find((x) => ['teruskan', 'tolak', 'tutup'].includes(x.aksi));
      if (keputusan) {
        diverif++;
        if (keputusan.at <= p.batas_verifikasi) tepatVerif++;
      }
    }
    expect(tepatVerif / diverif).toBeGreaterThan(0.8);
    const tl = pg.filter((p) => p.tindak_lanjut_at != null && ev.filter((x) => Number(x.pengaduan_id) === p.id && x.aksi === 'tindak_lanjut').length === 1);
    const tepatTl = tl.filter((p) => p.tindak_lanjut_at! <= p.batas_tindak_lanjut!).length / tl.length;
    expect(tepatTl).toBeGreaterThan(0.65);
    expect(tepatTl).toBeLessThan(0.97);
    expect(pg.filter((p) => p.anonim).length / pg.length).toBeGreaterThan(0.08);
    expect(new Set(pg.map((p) => p.status)).size).toBeGreaterThanOrEqual(5);
    expect(ev.some((x) => x.aksi === 'konfirmasi_belum' || x.aksi === 'balas')).toBe(true);
    // The auto-close job finds nothing overdue: every elapsed auto-close instant was applied.
    expect(await t.app.services.layanan.pengaduan.periksaBatas(NOW)).toBe(0);
  });

  it('should leave every foreign key satisfied (the bulk load skips the per-row checks on a superuser connection)', async () => {
    const fk = await rows<{ tabel: string; kolom: string; ref: string; refkolom: string }>(sql`
      select c.conrelid::regclass::text as tabel, a.attname as kolom, c.confrelid::regclass::text as ref, b.attname as refkolom
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
      where c.contype = 'f' and c.conrelid::regclass::text in
        ('permohonan', 'permohonan_peristiwa', 'permohonan_berkas', 'pengaduan', 'pengaduan_peristiwa', 'pengaduan_lampiran', 'akun', 'layanan')`);
    expect(fk.length).toBeGreaterThanOrEqual(12);
    for (const f of fk) {
      const [r] = await rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(f.tabel)} x
        where x.${sql.identifier(f.kolom)} is not null
          and not exists (select 1 from ${sql.identifier(f.ref)} y where y.${sql.identifier(f.refkolom)} = x.${sql.identifier(f.kolom)})`);
      expect(r!.n, `${f.tabel}.${f.kolom} → ${f.ref}`).toBe(0);
    }
  });

  it('should do nothing a second time', async () => {
    const [sebelum] = await rows<{ n: number }>(sql`select (select count(*) from permohonan) + (select count(*) from pengaduan) + (select count(*) from akun) as n`);
    const r = await seedLayananDemo(t.database, { ...OPSI, dataPribadi: t.app.services.dataPribadi, uploadsDir: t.config.uploadsDir });
    expect(r).toMatchObject({ permohonan: 0, pengaduan: 0 });
    const [sesudah] = await rows<{ n: number }>(sql`select (select count(*) from permohonan) + (select count(*) from pengaduan) + (select count(*) from akun) as n`);
    expect(Number(sesudah!.n)).toBe(Number(sebelum!.n));
  });

  it('should be deterministic: a second fresh database gets the same cases', async () => {
    const ringkas = (db: Database['db']) => queryRows<{ h: string }>(db, sql`select md5(string_agg(concat_ws('|', nomor, layanan_id, status, petugas_id,
      diajukan_at, jatuh_tempo, selesai_at, eskalasi_ke, kode_akses_hash, pemohon_nama, nik_hash), ',' order by nomor)) ||
      (select md5(string_agg(concat_ws('|', nomor, status, kategori_id, unit_id, created_at, judul), ',' order by nomor)) from pengaduan) as h from permohonan`);
    const kedua = await createTestDatabase();
    try {
      await seedOrgKecil(kedua);
      await seedLayananKatalog(kedua);
      await seedLayananDemo(kedua, { ...OPSI, dataPribadi: t.app.services.dataPribadi, uploadsDir: t.config.uploadsDir });
      expect(await ringkas(kedua.db)).toEqual(await ringkas(t.db));
    } finally {
      await kedua.close();
    }
  });
});

describe('buatJamKerja', () => {
  it('should place instants exactly as tambahMenitKerja does (breaks, weekends, holidays, interval ends)', () => {
    const kal: Kalender = { libur: new Set(['2026-12-25', '2026-12-24']), jadwal: JAM_KERJA_ASN };
    const jk = buatJamKerja(kal, '2026-11-01', '2027-02-28');
    const awal = new Date('2026-11-27T00:00:00+07:00').getTime();
    // Every 37 minutes over five weeks (inside, at and outside working hours), budgets from 0 to ~3 working days.
    for (let i = 0; i < 1300; i++) {
      const t = awal + i * 37 * 60_000 + (i % 7) * 1000;
      for (const menit of [0, 1, 30, 90, 270, 450, 451, 1350, (i % 13) * 17.5]) {
        expect(jk.tambah(t, menit), `${new Date(t).toISOString()} + ${menit}`).toBe(tambahMenitKerja(new Date(t), menit, kal).getTime());
      }
    }
  });

  it('should fall back to tambahMenitKerja outside its range', () => {
    const kal: Kalender = { libur: new Set(), jadwal: JAM_KERJA_ASN };
    const jk = buatJamKerja(kal, '2026-11-30', '2026-12-01');
    const t = new Date('2026-12-01T15:00:00+07:00').getTime();
    expect(jk.tambah(t, 600)).toBe(tambahMenitKerja(new Date(t), 600, kal).getTime());
    const sebelum = new Date('2026-11-20T09:00:00+07:00').getTime();
    expect(jk.tambah(sebelum, 60)).toBe(tambahMenitKerja(new Date(sebelum), 60, kal).getTime());
  });
});

describe('demo files', () => {
  it('should be a PDF with a valid cross-reference table and a decodable PNG', async () => {
    const pdf = pdfDemo(['Judul (uji)', 'baris dua']).toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    for (const m of pdf.matchAll(/^(\d{10}) 00000 n $/gm)) expect(pdf.slice(Number(m[1]), Number(m[1]) + 8)).toMatch(/^\d+ 0 obj/);
    expect(pdf).toContain('(Judul \\(uji\\))');
    const { inflateSync } = await import('node:zlib');
    const png = pngDemo(8, 4);
    const idat = png.indexOf('IDAT');
    const len = png.readUInt32BE(idat - 4);
    expect(inflateSync(png.subarray(idat + 4, idat + 4 + len))).toHaveLength((8 + 1) * 4);
  });
});

describe('seedLayananDemo at awkward instants', () => {
  // The journeys' clock (Monday 07:50 WIB, before office hours) and a Sunday afternoon (no working time today).
  it.each([
    ['Monday 07:50 WIB', '2026-11-30T07:50:00+07:00'],
    ['Sunday 14:00 WIB', '2026-11-29T14:00:00+07:00'],
  ])('should still give the demo petugas a live inbox on %s, with nothing after now', async (_, waktu) => {
    const now = new Date(waktu);
    const database = await createTestDatabase();
    try {
      const o = await seedOrgKecil(database);
      await seedLayananKatalog(database);
      await seedLayananDemo(database, {
        now, hariRiwayat: 7, permohonanPerTahun: 3000, pengaduanPerTahun: 500,
        dataPribadi: createDataPribadi('k'.repeat(40)), uploadsDir: mkdtempSync(path.join(os.tmpdir(), 'sikap-uji-')),
      });
      const r = await queryRows<{ status: string; n: number; esk: number }>(database.db, sql`
        select status, count(*)::int as n, count(eskalasi_at)::int as esk from permohonan where petugas_id = ${o.petugasDemo} group by 1`);
      const per = new Map(r.map((x) => [x.status, x]));
      for (const s of ['diajukan', 'diverifikasi', 'diproses', 'perlu_perbaikan']) expect(per.get(s)?.n ?? 0, s).toBeGreaterThan(0);
      expect(per.get('diproses')!.esk).toBeGreaterThanOrEqual(2);
      const [maks] = await queryRows<{ pm: number; pg: number }>(database.db, sql`
        select (select (extract(epoch from max(at)) * 1000)::float8 from permohonan_peristiwa) as pm,
          (select (extract(epoch from max(at)) * 1000)::float8 from pengaduan_peristiwa) as pg`);
      expect(maks!.pm).toBeLessThanOrEqual(now.getTime());
      expect(maks!.pg).toBeLessThanOrEqual(now.getTime());
    } finally {
      await database.close();
    }
  });
});
