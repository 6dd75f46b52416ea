import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periksaDistribusi, type PredikatOrganisasi } from '../../src/domain/kinerja/distribusi.ts';
import { predikatKinerja, type Predikat, type Rating } from '../../src/domain/kinerja/predikat.ts';
import { periksaSkpUntukDiajukan, type RencanaSkp } from '../../src/domain/kinerja/skp.ts';
import { queryRows, type Database } from '../../src/server/db/client.ts';
import { createDataPribadi } from '../../src/server/lib/data-pribadi.ts';
import { createOrgService } from '../../src/server/modules/org/index.ts';
import { createTestDatabase } from '../../src/server/testing/test-app.ts';
import { seedDemo } from './index.ts';
import { NIP_KABID_DEMO, NIP_PETUGAS_DEMO, seedKinerjaDemo, type OpsiSeedKinerja } from './kinerja.ts';

/**
 * The kinerja demo (scripts/seed/kinerja.ts) on the whole demo seed with short service histories (20 days, as
 * seed.test.ts) and a fixed "now": Tuesday 10 November 2026, 10:00 WIB — so January–October are complete periods,
 * November is running, and October holds 10 days of queue and application history for the automatic figures.
 */
/** Map.groupBy (ES2024) for the ES2023 lib of tsconfig. */
function kelompokkan<T, K>(xs: readonly T[], kunci: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) m.set(kunci(x), [...(m.get(kunci(x)) ?? []), x]);
  return m;
}

const NOW = new Date('2026-11-10T03:00:00.000Z');
const TAHUN = 2026;
const opsiLayanan = {
  dataPribadi: createDataPribadi('kunci-data-uji-seed-0123456789abcdef'),
  uploadsDir: mkdtempSync(path.join(os.tmpdir(), 'sikap-seed-kinerja-')),
};

/** Checksum of every kinerja row the seed writes, in a stable order (same SQL on PGlite and PostgreSQL). */
async function checksum(db: Database['db']) {
  const [r] = await queryRows<Record<string, string | null>>(db, sql`select
    (select md5(string_agg(concat_ws('|', id, pegawai_id, tahun, periode_mulai, periode_selesai, jabatan_id, jabatan_nama, jenis_jabatan, jenjang, unit_id, opd_id,
      penilai_id, atasan_penilai_id, pendekatan, status, catatan_kembali, alasan_baru, aktif, revisi, diajukan_at, disetujui_at, created_at), ',' order by id)) from skp) as skp,
    (select md5(string_agg(concat_ws('|', id, skp_id, jenis, uraian, parent_rhk_id, sumber_pk, urutan), ',' order by id)) from skp_rhk) as rhk,
    (select md5(string_agg(concat_ws('|', id, rhk_id, aspek, uraian, target_angka, target_satuan, target_narasi, perspektif, metrik, metrik_lingkup, metrik_ref_id, urutan), ',' order by id)) from skp_indikator) as ind,
    (select md5(string_agg(concat_ws('|', skp_id, aspek, ekspektasi_khusus), ',' order by skp_id, aspek)) from skp_perilaku) as perilaku,
    (select md5(string_agg(concat_ws('|', skp_id, aksi, oleh_pegawai_id, catatan, at), ',' order by skp_id, at, aksi)) from skp_riwayat) as riwayat,
    (select md5(string_agg(concat_ws('|', indikator_id, periode_ke, angka, narasi, otomatis, diisi_oleh, updated_at), ',' order by indikator_id, periode_ke)) from kinerja_realisasi) as realisasi,
    (select md5(string_agg(concat_ws('|', r.indikator_id, r.periode_ke, s.jenis, s.ref_id), ',' order by r.indikator_id, r.periode_ke, s.jenis, s.ref_id))
      from kinerja_realisasi_sumber s join kinerja_realisasi r on r.id = s.realisasi_id) as sumber,
    (select md5(string_agg(concat_ws('|', r.indikator_id, r.periode_ke, b.jenis, b.nama, b.url, b.created_at), ',' order by r.indikator_id, r.periode_ke, b.nama))
      from kinerja_bukti b join kinerja_realisasi r on r.id = b.realisasi_id) as bukti,
    (select md5(string_agg(concat_ws('|', skp_id, rhk_id, periode_ke, penulis_pegawai_id, peran, isi, created_at), ',' order by skp_id, periode_ke, created_at, peran, isi)) from kinerja_umpan_balik) as umpan,
    (select md5(string_agg(concat_ws('|', skp_id, pegawai_id, tahun, periode_ke, unit_id, opd_id, rating_hasil_kerja, rating_perilaku, predikat_matriks, predikat, catatan, penilai_id, dinilai_at), ',' order by skp_id, periode_ke)) from kinerja_penilaian) as penilaian,
    (select md5(string_agg(concat_ws('|', unit_id, tahun, periode_ke, predikat, capaian, alasan_pertahankan, peringatan::text, oleh_pegawai_id, oleh_akun_id, updated_at), ',' order by unit_id, periode_ke)) from kinerja_predikat_organisasi) as org,
    (select md5(string_agg(concat_ws('|', tahun, jenis_periode, batas_keberatan_hari_kerja, batas_penyusunan_skp), ',' order by tahun)) from kinerja_tahun) as tahun,
    (select md5(string_agg(concat_ws('|', jenjang, label, koefisien), ',' order by jenjang)) from kinerja_koefisien_ak) as ak`);
  return r!;
}

describe('seedKinerjaDemo', () => {
  let database: Database;
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(database.db, q);
  const opsi: OpsiSeedKinerja = { now: NOW, ...opsiLayanan };

  beforeAll(async () => {
    database = await createTestDatabase();
    const t0 = performance.now();
    await seedDemo(database, {
      argon2: { memoryCost: 1024, timeCost: 1 }, now: NOW, antrianHariRiwayat: 20, layananHariRiwayat: 20, ...opsiLayanan,
      log: (m) => { if (/kinerja/i.test(m)) console.log(m); },
    });
    console.log(`seedDemo (short histories) on ${database.kind}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  });
  afterAll(async () => { await database?.close(); });

  it('should set up the year (monthly, 14 working days) and the koefisien AK under the jabatan jenjang codes', async () => {
    expect(await rows(sql`select tahun, jenis_periode, batas_keberatan_hari_kerja, batas_penyusunan_skp::text as batas from kinerja_tahun`))
      .toEqual([{ tahun: TAHUN, jenis_periode: 'bulanan', batas_keberatan_hari_kerja: 14, batas: '2026-01-31' }]);
    const ak = await rows<{ jenjang: string; koefisien: number }>(sql`select jenjang, koefisien from kinerja_koefisien_ak order by jenjang`);
    expect(Object.fromEntries(ak.map((a) => [a.jenjang, a.koefisien]))).toEqual({
      AHLI_MADYA: 37.5, AHLI_MUDA: 25, AHLI_PERTAMA: 12.5, AHLI_UTAMA: 50, MAHIR: 12.5, PEMULA: 3.75, PENYELIA: 25, TERAMPIL: 5,
    });
    // Every JF jenjang in use has a coefficient.
    const [tanpa] = await rows<{ n: number }>(sql`select count(*)::int as n from skp s where s.jenis_jabatan = 'FUNGSIONAL'
      and not exists (select 1 from kinerja_koefisien_ak k where k.jenjang = s.jenjang)`);
    expect(tanpa!.n).toBe(0);
  });

  it('should give every active pegawai one SKP for the year except the demo petugas (the journey drafts it)', async () => {
    const [r] = await rows<{ pegawai: number; skp: number; ganda: number; petugas: number }>(sql`select
      (select count(*)::int from pegawai where aktif) as pegawai,
      (select count(*)::int from skp where tahun = ${TAHUN}) as skp,
      (select count(*)::int from (select pegawai_id from skp where tahun = ${TAHUN} group by pegawai_id having count(*) > 1) x) as ganda,
      (select count(*)::int from skp s join pegawai p on p.id = s.pegawai_id where p.nip = ${NIP_PETUGAS_DEMO}) as petugas`);
    expect(r!.petugas).toBe(0);
    expect(r!.ganda).toBe(0);
    expect(r!.skp).toBe(r!.pegawai - 1);
    const status = await rows<{ status: string; n: number }>(sql`select status, count(*)::int as n from skp where tahun = ${TAHUN} group by status`);
    const per = Object.fromEntries(status.map((s) => [s.status, s.n]));
    expect(per.disetujui! / r!.skp).toBeGreaterThan(0.97);
    expect(per.diajukan ?? 0).toBeGreaterThan(0);
    expect(per.dikembalikan ?? 0).toBeGreaterThan(0);
    expect(per.draft ?? 0).toBe(0);
    // Pending SKPs: never in Disdukcapil, always with a note when returned, and nobody rates them.
    const [x] = await rows<{ dukcapil: number; tanpaCatatan: number; dinilai: number }>(sql`select
      (select count(*)::int from skp s join unit_organisasi o on o.id = s.opd_id where s.status <> 'disetujui' and o.kode = 'OPD-DISDUKCAPIL') as dukcapil,
      (select count(*)::int from skp where status = 'dikembalikan' and coalesce(catatan_kembali, '') = '') as "tanpaCatatan",
      (select count(*)::int from kinerja_penilaian p join skp s on s.id = p.skp_id where s.status <> 'disetujui') as dinilai`);
    expect(x).toEqual({ dukcapil: 0, tanpaCatatan: 0, dinilai: 0 });
  });

  it('should snapshot the effective atasan as penilai and the penilai’s atasan as atasan penilai (org.getAtasan)', async () => {
    const org = createOrgService(database.db);
    const sampel = await rows<{ pegawai_id: number; penilai_id: number | null; atasan_penilai_id: number | null; jabatan_nama: string; jabatan: string; unit_id: number; unit: number }>(sql`
      select s.pegawai_id, s.penilai_id, s.atasan_penilai_id, s.jabatan_nama, j.nama as jabatan, s.unit_id, p.unit_id as unit
      from skp s join pegawai p on p.id = s.pegawai_id join jabatan j on j.id = p.jabatan_id
      where s.id % 97 = 0 or p.nip = ${NIP_KABID_DEMO} order by s.id`);
    expect(sampel.length).toBeGreaterThan(30);
    for (const s of sampel) {
      const atasan = await org.getAtasan(s.pegawai_id);
      expect(s.penilai_id).toBe(atasan?.id ?? null);
      expect(s.atasan_penilai_id).toBe(atasan ? (await org.getAtasan(atasan.id))?.id ?? null : null);
      expect([s.jabatan_nama, s.unit_id]).toEqual([s.jabatan, s.unit]);
    }
  });

  it('should pass the submit rules of src/domain/kinerja/skp.ts on every SKP, cascading from the penilai’s RHK', async () => {
    const skps = await rows<{ id: number; pegawai_id: number; penilai_id: number | null; jenis_jabatan: RencanaSkp['jenisJabatan']; pendekatan: RencanaSkp['pendekatan'] }>(sql`
      select id, pegawai_id, penilai_id, jenis_jabatan, pendekatan from skp where tahun = ${TAHUN} order by id`);
    const rhk = await rows<{ id: number; skp_id: number; jenis: 'utama' | 'tambahan'; uraian: string; parent_rhk_id: number | null; sumber_pk: string | null }>(sql`
      select r.id, r.skp_id, r.jenis, r.uraian, r.parent_rhk_id, r.sumber_pk from skp_rhk r order by r.skp_id, r.urutan`);
    const ind = await rows<{ rhk_id: number; aspek: 'kuantitas'; uraian: string; target_angka: number | null; target_satuan: string | null; target_narasi: string | null; perspektif: null; metrik: string | null; metrik_lingkup: string | null; metrik_ref_id: number | null }>(sql`
      select rhk_id, aspek, uraian, target_angka, target_satuan, target_narasi, perspektif, metrik, metrik_lingkup, metrik_ref_id from skp_indikator order by rhk_id, urutan`);
    const indPer = kelompokkan(ind, (i) => i.rhk_id);
    const rhkPer = kelompokkan(rhk, (r) => r.skp_id);
    const skpPegawai = new Map(skps.map((s) => [s.pegawai_id, s.id]));
    const salah: Array<{ id: number; galat: unknown }> = [];
    for (const s of skps) {
      const milikPenilai = s.penilai_id != null ? (rhkPer.get(skpPegawai.get(s.penilai_id) ?? -1) ?? []).map((r) => r.id) : [];
      const galat = periksaSkpUntukDiajukan({
        jenisJabatan: s.jenis_jabatan, pendekatan: s.pendekatan,
        rhk: (rhkPer.get(s.id) ?? []).map((r) => ({
          jenis: r.jenis, uraian: r.uraian, parentRhkId: r.parent_rhk_id,
          indikator: (indPer.get(r.id) ?? []).map((i) => ({
            aspek: i.aspek, uraian: i.uraian, targetAngka: i.target_angka, targetSatuan: i.target_satuan, targetNarasi: i.target_narasi,
            perspektif: i.perspektif, metrik: i.metrik, metrikLingkup: i.metrik_lingkup, metrikRefId: i.metrik_ref_id,
          })),
        })),
      }, milikPenilai);
      if (galat.length) salah.push({ id: s.id, galat });
      // Every utama RHK of someone with a penilai intervenes in the penilai's SKP (kepala OPD and Asisten included).
      if (s.penilai_id != null) {
        for (const r of rhkPer.get(s.id) ?? []) if (r.jenis === 'utama' && !milikPenilai.includes(r.parent_rhk_id ?? -1)) salah.push({ id: s.id, galat: `rhk ${r.id} tanpa induk` });
      }
      const n = (rhkPer.get(s.id) ?? []).filter((r) => r.jenis === 'utama').length;
      if (n < 2 || n > 4) salah.push({ id: s.id, galat: `${n} RHK utama` });
    }
    expect(salah.slice(0, 5)).toEqual([]);
    // The Sekda (top ASN; the Wali Kota is not a pegawai): RHK from the city goals with their source named.
    const sekda = skps.filter((s) => s.penilai_id == null);
    expect(sekda).toHaveLength(1);
    expect((rhkPer.get(sekda[0]!.id) ?? []).every((r) => r.parent_rhk_id == null && (r.sumber_pk ?? '').length > 10)).toBe(true);
    // Some SKPs are written with the kualitatif approach (narrative targets).
    expect(skps.some((s) => s.pendekatan === 'kualitatif')).toBe(true);
  });

  it('should give the demo Kabid an approved SKP with ≥ 2 RHK utama cascading from the kepala Disdukcapil’s SKP', async () => {
    const r = await rows<{ status: string; n: number; dari_kepala: number; penilai_kepala: boolean }>(sql`
      select s.status, count(*)::int as n,
        (count(*) filter (where ps.pegawai_id = k.id and ps.tahun = s.tahun))::int as dari_kepala,
        bool_and(s.penilai_id = k.id) as penilai_kepala
      from skp s join pegawai p on p.id = s.pegawai_id
      join skp_rhk r on r.skp_id = s.id and r.jenis = 'utama'
      left join skp_rhk pr on pr.id = r.parent_rhk_id left join skp ps on ps.id = pr.skp_id
      cross join (select p2.id from pegawai p2 join jabatan j on j.id = p2.jabatan_id where j.nama = 'Kepala Dinas Kependudukan dan Pencatatan Sipil') k
      where p.nip = ${NIP_KABID_DEMO} and s.tahun = ${TAHUN}
      group by s.status`);
    expect(r).toHaveLength(1);
    expect(r[0]!.status).toBe('disetujui');
    expect(r[0]!.n).toBeGreaterThanOrEqual(2);
    expect(r[0]!.dari_kepala).toBe(r[0]!.n);
    expect(r[0]!.penilai_kepala).toBe(true);
  });

  it('should give every JPT indikator a perspektif and no one else one', async () => {
    const [r] = await rows<{ jpt_tanpa: number; lain_dengan: number; kepala_opd: number }>(sql`select
      (select count(*)::int from skp_indikator i join skp_rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id where s.jenis_jabatan = 'JPT' and i.perspektif is null) as jpt_tanpa,
      (select count(*)::int from skp_indikator i join skp_rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id where s.jenis_jabatan <> 'JPT' and i.perspektif is not null) as lain_dengan,
      (select count(*)::int from skp s join jabatan j on j.id = s.jabatan_id where j.is_kepala_unit and s.unit_id = s.opd_id and s.jenis_jabatan = 'JPT') as kepala_opd`);
    expect(r!.jpt_tanpa).toBe(0);
    expect(r!.lain_dengan).toBe(0);
    expect(r!.kepala_opd).toBeGreaterThan(25);
  });

  it('should bind the service people’s indikator to service metrics: every petugas with tickets or finished cases, and the heads of service units', async () => {
    const pelayan = await rows<{ id: number; nip: string; terikat: number }>(sql`
      with x as (
        select petugas_pegawai_id as id from antrian_tiket where status = 'selesai' and petugas_pegawai_id is not null and tanggal between '2026-01-01' and '2026-11-10'
        union select petugas_id from permohonan where status = 'selesai' and petugas_id is not null and selesai_at >= '2026-01-01' and selesai_at < '2026-11-11')
      select p.id, p.nip, (select count(*)::int from skp s join skp_rhk r on r.skp_id = s.id join skp_indikator i on i.rhk_id = r.id
        where s.pegawai_id = p.id and i.metrik is not null and i.metrik_lingkup = 'pegawai') as terikat
      from x join pegawai p on p.id = x.id order by p.id`);
    expect(pelayan.length).toBeGreaterThan(3);
    expect(pelayan.filter((p) => p.nip !== NIP_PETUGAS_DEMO && p.terikat === 0)).toEqual([]);
    const kepala = await rows<{ metrik: string; lingkup: string; n: number }>(sql`
      select i.metrik, i.metrik_lingkup as lingkup, count(*)::int as n from skp_indikator i join skp_rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id
      where i.metrik_lingkup in ('unit', 'lokasi') group by 1, 2 order by 1, 2`);
    const metrik = kepala.map((k) => k.metrik);
    expect(metrik).toEqual(expect.arrayContaining(['skm.ikm', 'permohonan.persen_tepat_waktu', 'pengaduan.persen_tindak_lanjut_tepat', 'antrian.tunggu_median_menit']));
    // The unit or lokasi of a binding exists.
    const [yatim] = await rows<{ n: number }>(sql`select count(*)::int as n from skp_indikator i where
      (i.metrik_lingkup = 'unit' and not exists (select 1 from unit_organisasi u where u.id = i.metrik_ref_id))
      or (i.metrik_lingkup = 'lokasi' and not exists (select 1 from antrian_lokasi l where l.id = i.metrik_ref_id))
      or (i.metrik_lingkup = 'pegawai' and i.metrik_ref_id is not null)`);
    expect(yatim!.n).toBe(0);
  });

  it('should fill every bound indikator automatically for every period up to now, with the source records behind the figures', async () => {
    const r = await rows<{ indikator: number; ke: number; otomatis: boolean | null; angka: number | null; sumber: number; metrik: string }>(sql`
      select i.id as indikator, g.ke, r.otomatis, r.angka, i.metrik,
        (select count(*)::int from kinerja_realisasi_sumber x where x.realisasi_id = r.id) as sumber
      from skp_indikator i join skp_rhk h on h.id = i.rhk_id join skp s on s.id = h.skp_id and s.status = 'disetujui'
      cross join generate_series(1, 11) as g(ke)
      left join kinerja_realisasi r on r.indikator_id = i.id and r.periode_ke = g.ke
      where i.metrik is not null`);
    expect(r.length).toBeGreaterThan(0);
    expect(r.filter((x) => x.otomatis !== true)).toEqual([]);
    // Counts equal their evidence; October (10 days of history) has served tickets and finished cases.
    const hitung = r.filter((x) => x.metrik === 'antrian.tiket_dilayani' || x.metrik === 'permohonan.selesai');
    expect(hitung.filter((x) => (x.angka ?? 0) !== x.sumber)).toEqual([]);
    expect(hitung.some((x) => x.ke === 10 && x.sumber > 0)).toBe(true);
    expect(r.filter((x) => (x.angka ?? 0) > 0 && x.sumber === 0)).toEqual([]);
    // Manual realisasi never on a bound indikator; bukti dukung are links only (no files).
    const [m] = await rows<{ manualTerikat: number; berkas: number; tautan: number }>(sql`select
      (select count(*)::int from kinerja_realisasi r join skp_indikator i on i.id = r.indikator_id where i.metrik is not null and not r.otomatis) as "manualTerikat",
      (select count(*)::int from kinerja_bukti where jenis <> 'tautan' or url is null) as berkas,
      (select count(*)::int from kinerja_bukti) as tautan`);
    expect(m).toMatchObject({ manualTerikat: 0, berkas: 0 });
    expect(m!.tautan).toBeGreaterThan(100);
  });

  it('should fill manual realisasi every month for Disdukcapil and a few other OPDs, part of November, and none elsewhere', async () => {
    const r = await rows<{ kode: string; ke: number; n: number; indikator: number }>(sql`
      select o.kode, r.periode_ke as ke, count(*)::int as n,
        (select count(*)::int from skp s2 join skp_rhk h2 on h2.skp_id = s2.id join skp_indikator i2 on i2.rhk_id = h2.id
          where s2.opd_id = o.id and s2.status = 'disetujui' and i2.metrik is null) as indikator
      from kinerja_realisasi r join skp s on s.id = r.skp_id join unit_organisasi o on o.id = s.opd_id
      where not r.otomatis group by o.kode, o.id, r.periode_ke order by 1, 2`);
    const per = kelompokkan(r, (x) => x.kode);
    const opd = [...per.keys()];
    expect(opd).toContain('OPD-DISDUKCAPIL');
    expect(opd.length).toBeGreaterThanOrEqual(4);
    expect(opd.length).toBeLessThanOrEqual(6);
    for (const [, xs] of per) {
      // The demo Kabid's own OPD is complete; others too: Jan–Oct every manual indikator, November about half.
      expect(xs.filter((x) => x.ke <= 10).map((x) => x.n === x.indikator)).toEqual(Array(10).fill(true));
      const nov = xs.find((x) => x.ke === 11);
      expect(nov!.n).toBeGreaterThan(0);
      expect(nov!.n).toBeLessThan(nov!.indikator);
    }
    const [u] = await rows<{ n: number; kabid: number }>(sql`select (select count(*)::int from kinerja_umpan_balik) as n,
      (select count(distinct u.periode_ke)::int from kinerja_umpan_balik u join skp s on s.id = u.skp_id join pegawai p on p.id = s.pegawai_id where p.nip = ${NIP_KABID_DEMO} and u.peran = 'penilai') as kabid`);
    expect(u!.n).toBeGreaterThan(100);
    expect(u!.kabid).toBe(11);
  });

  it('should rate every approved SKP for January–October and most of Disdukcapil in November, with predikat = the matrix', async () => {
    const p = await rows<{ ke: number; hk: Rating; pk: Rating; matriks: Predikat; predikat: Predikat; ok: boolean; opd: string; jenis: string; tahun: number }>(sql`
      select p.periode_ke as ke, p.rating_hasil_kerja as hk, p.rating_perilaku as pk, p.predikat_matriks as matriks, p.predikat, p.tahun, p.jenis_periode as jenis, o.kode as opd,
        (p.unit_id = s.unit_id and p.opd_id = s.opd_id and p.pegawai_id = s.pegawai_id and p.penilai_id is not distinct from s.penilai_id) as ok
      from kinerja_penilaian p join skp s on s.id = p.skp_id join unit_organisasi o on o.id = p.opd_id`);
    expect(p.filter((x) => x.matriks !== predikatKinerja(x.hk, x.pk) || x.predikat !== x.matriks || !x.ok || x.tahun !== TAHUN || x.jenis !== 'bulanan')).toEqual([]);
    expect(p.filter((x) => x.ke === 0 || x.ke > 11)).toEqual([]);
    const [n] = await rows<{ disetujui: number }>(sql`select count(*)::int as disetujui from skp where tahun = ${TAHUN} and status = 'disetujui'`);
    for (let ke = 1; ke <= 10; ke++) expect(p.filter((x) => x.ke === ke).length).toBe(n!.disetujui);
    const nov = p.filter((x) => x.ke === 11);
    expect(nov.every((x) => x.opd === 'OPD-DISDUKCAPIL')).toBe(true);
    const [d] = await rows<{ n: number }>(sql`select count(*)::int as n from skp s join unit_organisasi o on o.id = s.opd_id where o.kode = 'OPD-DISDUKCAPIL' and s.status = 'disetujui'`);
    expect(nov.length / d!.n).toBeGreaterThan(0.75);
    expect(nov.length).toBeLessThan(d!.n);
    // Realistic shape over the year: mostly Baik, some Sangat Baik, few Butuh Perbaikan, rare Kurang / Sangat Kurang.
    const share = (q: Predikat) => p.filter((x) => x.predikat === q).length / p.length;
    expect(share('baik')).toBeGreaterThan(0.55);
    expect(share('sangat_baik')).toBeGreaterThan(0.1);
    expect(share('sangat_baik')).toBeLessThan(0.35);
    expect(share('butuh_perbaikan')).toBeGreaterThan(0.03);
    expect(share('butuh_perbaikan')).toBeLessThan(0.2);
    expect(share('kurang')).toBeGreaterThan(0);
    expect(share('kurang')).toBeLessThan(0.03);
    expect(share('sangat_kurang')).toBeLessThan(0.01);
    expect(await rows(sql`select 1 from kinerja_penetapan`)).toEqual([]);
  });

  it('should set predikat organisasi for every OPD January–October so that ≥ 90 % of OPD-months fit the pattern, ≥ 2 do not, one kept with a reason', async () => {
    const org = await rows<{ unit_id: number; ke: number; predikat: PredikatOrganisasi; alasan: string | null; peringatan: unknown; opd: boolean; kode: string }>(sql`
      select k.unit_id, k.periode_ke as ke, k.predikat, k.alasan_pertahankan as alasan, k.peringatan, (u.opd_id = u.id or u.opd_id is null) as opd, u.kode
      from kinerja_predikat_organisasi k join unit_organisasi u on u.id = k.unit_id where k.tahun = ${TAHUN}`);
    const jumlah = await rows<{ unit_id: number; opd_id: number; ke: number; predikat: string; n: number }>(sql`
      select unit_id, opd_id, periode_ke as ke, predikat, count(*)::int as n from kinerja_penilaian where tahun = ${TAHUN} group by 1, 2, 3, 4`);
    const hitung = (f: (j: (typeof jumlah)[number]) => boolean) => {
      const out: Record<string, number> = {};
      for (const j of jumlah.filter(f)) out[j.predikat] = (out[j.predikat] ?? 0) + j.n;
      return out;
    };
    const opdDinilai = [...new Set(jumlah.filter((j) => j.ke <= 10).map((j) => j.opd_id))];
    const baris = org.filter((o) => o.opd);
    expect(baris.filter((o) => o.ke > 10)).toEqual([]);
    expect(baris.length).toBe(opdDinilai.length * 10);
    const peringatan = baris.map((o) => ({ ...o, w: periksaDistribusi(o.predikat, hitung((j) => j.opd_id === o.unit_id && j.ke === o.ke)) }));
    const sesuai = peringatan.filter((o) => o.w.length === 0).length;
    expect(sesuai / baris.length).toBeGreaterThanOrEqual(0.9);
    expect(baris.length - sesuai).toBeGreaterThanOrEqual(2);
    expect(new Set(peringatan.filter((o) => o.w.length).map((o) => o.kode)).size).toBeGreaterThanOrEqual(2);
    const disimpan = peringatan.filter((o) => o.alasan);
    expect(disimpan.length).toBeGreaterThanOrEqual(1);
    for (const o of disimpan) expect(o.peringatan).toEqual(JSON.parse(JSON.stringify(o.w)));
    // Sub-units (service units) with their own predikat fit too; none for Disdukcapil in the running month.
    const sub = org.filter((o) => !o.opd);
    expect(sub.length).toBeGreaterThan(0);
    expect(sub.filter((o) => periksaDistribusi(o.predikat, hitung((j) => j.unit_id === o.unit_id && j.ke === o.ke)).length)).toEqual([]);
    expect(org.filter((o) => o.ke === 11)).toEqual([]);
    expect(new Set(baris.map((o) => o.predikat)).size).toBeGreaterThanOrEqual(2);
  });

  it('should be deterministic and idempotent: the same seed gives the same rows; a second run does nothing', { timeout: 300_000 }, async () => {
    const pertama = await checksum(database.db);
    expect(await seedKinerjaDemo(database, opsi)).toMatchObject({ skp: 0 });
    expect(await checksum(database.db)).toEqual(pertama);
    await database.db.execute(sql`truncate skp, kinerja_tahun, kinerja_koefisien_ak, kinerja_predikat_organisasi restart identity cascade`);
    const t0 = performance.now();
    const h = await seedKinerjaDemo(database, opsi);
    console.log(`seedKinerjaDemo again on ${database.kind}: ${((performance.now() - t0) / 1000).toFixed(2)} s`, h);
    expect(await checksum(database.db)).toEqual(pertama);
  });
});
