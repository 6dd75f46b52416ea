import { eq, sql } from 'drizzle-orm';
import type { Predikat, Rating } from '../../../domain/kinerja/predikat.ts';
import { namaDenganGelar } from '../../../domain/org/atasan.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { kinerjaKoefisienAk, kinerjaTahun, skp } from './kinerja.table.ts';

/**
 * Queries of the kinerja dokumen part (documents, exports, angka kredit, year settings). Read-only joins on
 * the org and auth tables (pegawai, jabatan, unit_organisasi, akun) are raw SQL, as other modules' reads of
 * people are (module boundary: no import of another module's table file).
 */

const ids = (xs: number[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);
const n = (x: unknown) => (x == null ? null : Number(x));

// ------------------------------------------------------------------------------------------- SKP

export type SkpRow = typeof skp.$inferSelect;

/** The SKP row, or null. */
export async function findSkp(db: DbOrTx, id: number): Promise<SkpRow | null> {
  const [r] = await db.select().from(skp).where(eq(skp.id, id)).limit(1);
  return r ?? null;
}

/** A person as the documents show them: name parts, NIP, golongan, ASN kind, current jabatan and unit. */
export type OrangRow = {
  id: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string; golongan: string;
  jenisAsn: 'PNS' | 'PPPK'; jabatan: string | null; unit: string | null;
};

/** People by id (current jabatan and unit). */
export async function findOrang(db: DbOrTx, pegawaiIds: number[]): Promise<Map<number, OrangRow>> {
  const unik = [...new Set(pegawaiIds)];
  if (!unik.length) return new Map();
  const rows = await queryRows<{
    id: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string; golongan: string;
    jenis_asn: 'PNS' | 'PPPK'; jabatan: string | null; unit: string | null;
  }>(db, sql`
    SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, p.golongan, p.jenis_asn, j.nama AS jabatan, u.nama AS unit
    FROM pegawai p LEFT JOIN jabatan j ON j.id = p.jabatan_id LEFT JOIN unit_organisasi u ON u.id = p.unit_id
    WHERE p.id IN (${ids(unik)})`);
  return new Map(rows.map((r) => [Number(r.id), {
    id: Number(r.id), nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, nip: r.nip, golongan: r.golongan,
    jenisAsn: r.jenis_asn, jabatan: r.jabatan, unit: r.unit,
  }]));
}

/** Unit names by id. */
export async function namaUnit(db: DbOrTx, unitIds: number[]): Promise<Map<number, string>> {
  const unik = [...new Set(unitIds)];
  if (!unik.length) return new Map();
  const rows = await queryRows<{ id: number; nama: string }>(db, sql`SELECT id, nama FROM unit_organisasi WHERE id IN (${ids(unik)})`);
  return new Map(rows.map((r) => [Number(r.id), r.nama]));
}

/** A unit and its ancestors up to (and including) its OPD, nearest first. */
export async function rantaiUnit(db: DbOrTx, unitId: number): Promise<{ id: number; nama: string; isOpd: boolean }[]> {
  const rows = await queryRows<{ id: number; nama: string; is_opd: boolean; d: number }>(db, sql`
    WITH RECURSIVE naik(id, parent_id, nama, is_opd, d) AS (
      SELECT id, parent_id, nama, is_opd, 0 FROM unit_organisasi WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id, u.nama, u.is_opd, naik.d + 1 FROM unit_organisasi u JOIN naik ON u.id = naik.parent_id
      WHERE NOT naik.is_opd AND naik.d < 20
    )
    SELECT id, nama, is_opd, d FROM naik ORDER BY d`);
  return rows.map((r) => ({ id: Number(r.id), nama: r.nama, isOpd: r.is_opd }));
}

export type RhkRow = {
  id: number; jenis: 'utama' | 'tambahan'; uraian: string; sumberPk: string | null; urutan: number;
  parentUraian: string | null; parentPegawai: string | null;
};
export type IndikatorRow = {
  id: number; rhkId: number; aspek: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya'; uraian: string; targetAngka: number | null;
  targetSatuan: string | null; targetNarasi: string | null; perspektif: string | null; metrik: string | null;
};

/** RHK of an SKP in order (utama first), with the intervened RHK of the atasan and its owner's name. */
export async function findRhk(db: DbOrTx, skpId: number): Promise<RhkRow[]> {
  const rows = await queryRows<{
    id: number; jenis: 'utama' | 'tambahan'; uraian: string; sumber_pk: string | null; urutan: number; parent_uraian: string | null;
    parent_nama: string | null; parent_gd: string | null; parent_gb: string | null;
  }>(db, sql`
    SELECT r.id, r.jenis, r.uraian, r.sumber_pk, r.urutan, pr.uraian AS parent_uraian,
      pp.nama AS parent_nama, pp.gelar_depan AS parent_gd, pp.gelar_belakang AS parent_gb
    FROM skp_rhk r
    LEFT JOIN skp_rhk pr ON pr.id = r.parent_rhk_id
    LEFT JOIN skp ps ON ps.id = pr.skp_id
    LEFT JOIN pegawai pp ON pp.id = ps.pegawai_id
    WHERE r.skp_id = ${skpId}
    ORDER BY CASE r.jenis WHEN 'utama' THEN 0 ELSE 1 END, r.urutan, r.id`);
  return rows.map((r) => ({
    id: Number(r.id), jenis: r.jenis, uraian: r.uraian, sumberPk: r.sumber_pk, urutan: Number(r.urutan), parentUraian: r.parent_uraian,
    parentPegawai: r.parent_nama == null ? null : namaDenganGelar({ nama: r.parent_nama, gelarDepan: r.parent_gd, gelarBelakang: r.parent_gb }),
  }));
}

/** Indikator of the SKP's RHK, in order. */
export async function findIndikator(db: DbOrTx, skpId: number): Promise<IndikatorRow[]> {
  const rows = await queryRows<{
    id: number; rhk_id: number; aspek: IndikatorRow['aspek']; uraian: string; target_angka: number | null; target_satuan: string | null;
    target_narasi: string | null; perspektif: string | null; metrik: string | null;
  }>(db, sql`
    SELECT i.id, i.rhk_id, i.aspek, i.uraian, i.target_angka, i.target_satuan, i.target_narasi, i.perspektif, i.metrik
    FROM skp_indikator i JOIN skp_rhk r ON r.id = i.rhk_id
    WHERE r.skp_id = ${skpId} ORDER BY i.rhk_id, i.urutan, i.id`);
  return rows.map((r) => ({
    id: Number(r.id), rhkId: Number(r.rhk_id), aspek: r.aspek, uraian: r.uraian, targetAngka: n(r.target_angka), targetSatuan: r.target_satuan,
    targetNarasi: r.target_narasi, perspektif: r.perspektif, metrik: r.metrik,
  }));
}

/** Ekspektasi khusus per BerAKHLAK code of an SKP. */
export async function findEkspektasi(db: DbOrTx, skpId: number): Promise<Record<string, string>> {
  const rows = await queryRows<{ aspek: string; ekspektasi_khusus: string }>(db, sql`
    SELECT aspek, ekspektasi_khusus FROM skp_perilaku WHERE skp_id = ${skpId}`);
  return Object.fromEntries(rows.map((r) => [r.aspek, r.ekspektasi_khusus]));
}

export type RealisasiRow = {
  indikatorId: number; periodeKe: number; angka: number | null; narasi: string | null; otomatis: boolean; catatan: string | null;
  jumlahRekaman: number | null; bukti: string[];
};

/** Realisasi of an SKP (one period, or every period when `ke` is null) with their bukti dukung names. */
export async function findRealisasi(db: DbOrTx, skpId: number, ke: number | null): Promise<RealisasiRow[]> {
  const rows = await queryRows<{
    indikator_id: number; periode_ke: number; angka: number | null; narasi: string | null; otomatis: boolean; catatan: string | null;
    sumber: { jumlahRekaman?: number } | null; bukti: string[] | null;
  }>(db, sql`
    SELECT r.indikator_id, r.periode_ke, r.angka, r.narasi, r.otomatis, r.catatan, r.sumber,
      (SELECT array_agg(b.nama ORDER BY b.id) FROM kinerja_bukti b WHERE b.realisasi_id = r.id) AS bukti
    FROM kinerja_realisasi r
    WHERE r.skp_id = ${skpId} ${ke == null ? sql`` : sql`AND r.periode_ke = ${ke}`}
    ORDER BY r.periode_ke, r.indikator_id`);
  return rows.map((r) => ({
    indikatorId: Number(r.indikator_id), periodeKe: Number(r.periode_ke), angka: n(r.angka), narasi: r.narasi, otomatis: r.otomatis,
    catatan: r.catatan, jumlahRekaman: n(r.sumber?.jumlahRekaman), bukti: r.bukti ?? [],
  }));
}

export type UmpanBalikRow = { rhkId: number | null; peran: 'penilai' | 'pegawai'; isi: string; createdAt: Date };

/** Umpan balik of an SKP in one period, oldest first. */
export async function findUmpanBalik(db: DbOrTx, skpId: number, ke: number): Promise<UmpanBalikRow[]> {
  const rows = await queryRows<{ rhk_id: number | null; peran: 'penilai' | 'pegawai'; isi: string; created_at: string | Date }>(db, sql`
    SELECT rhk_id, peran, isi, created_at FROM kinerja_umpan_balik
    WHERE skp_id = ${skpId} AND periode_ke = ${ke} ORDER BY created_at, id`);
  return rows.map((r) => ({ rhkId: n(r.rhk_id), peran: r.peran, isi: r.isi, createdAt: new Date(r.created_at) }));
}

export type PenilaianRow = {
  id: number; skpId: number; pegawaiId: number; tahun: number; jenisPeriode: string; periodeKe: number; unitId: number; opdId: number;
  ratingHasilKerja: Rating; ratingPerilaku: Rating; predikat: Predikat; alasanPredikat: string | null; catatan: string | null;
  penilaiId: number | null; dinilaiAt: Date; ditetapkanAt: Date | null;
};

const keyPenilaian = (r: Record<string, unknown>): PenilaianRow => ({
  id: Number(r.id), skpId: Number(r.skp_id), pegawaiId: Number(r.pegawai_id), tahun: Number(r.tahun), jenisPeriode: String(r.jenis_periode),
  periodeKe: Number(r.periode_ke), unitId: Number(r.unit_id), opdId: Number(r.opd_id), ratingHasilKerja: r.rating_hasil_kerja as Rating,
  ratingPerilaku: r.rating_perilaku as Rating, predikat: r.predikat as Predikat, alasanPredikat: (r.alasan_predikat as string | null) ?? null,
  catatan: (r.catatan as string | null) ?? null, penilaiId: n(r.penilai_id), dinilaiAt: new Date(r.dinilai_at as string),
  ditetapkanAt: r.ditetapkan_at == null ? null : new Date(r.ditetapkan_at as string),
});

/** The penilaian of an SKP in one period (0 = annual), or null. */
export async function findPenilaian(db: DbOrTx, skpId: number, ke: number): Promise<PenilaianRow | null> {
  const [r] = await queryRows<Record<string, unknown>>(db, sql`SELECT * FROM kinerja_penilaian WHERE skp_id = ${skpId} AND periode_ke = ${ke}`);
  return r ? keyPenilaian(r) : null;
}

/** Every penilaian of an OPD's year (periodic and annual). */
export async function findPenilaianOpd(db: DbOrTx, opdId: number, tahun: number): Promise<PenilaianRow[]> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    SELECT * FROM kinerja_penilaian WHERE opd_id = ${opdId} AND tahun = ${tahun} ORDER BY skp_id, periode_ke`);
  return rows.map(keyPenilaian);
}

// ------------------------------------------------------------------------------ organisation results

export type PredikatOrganisasiRow = { unitId: number; periodeKe: number; predikat: 'istimewa' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang'; capaian: string | null; alasanPertahankan: string | null };

/** Predikat organisasi of some units in a year (every period, or one). */
export async function findPredikatOrganisasi(db: DbOrTx, unitIds: number[], tahun: number, ke?: number): Promise<PredikatOrganisasiRow[]> {
  if (!unitIds.length) return [];
  const rows = await queryRows<{ unit_id: number; periode_ke: number; predikat: PredikatOrganisasiRow['predikat']; capaian: string | null; alasan_pertahankan: string | null }>(db, sql`
    SELECT unit_id, periode_ke, predikat, capaian, alasan_pertahankan FROM kinerja_predikat_organisasi
    WHERE unit_id IN (${ids(unitIds)}) AND tahun = ${tahun} ${ke == null ? sql`` : sql`AND periode_ke = ${ke}`}`);
  return rows.map((r) => ({ unitId: Number(r.unit_id), periodeKe: Number(r.periode_ke), predikat: r.predikat, capaian: r.capaian, alasanPertahankan: r.alasan_pertahankan }));
}

/**
 * Employees per predikat of a unit in one period (kinerja.md §1.7): for an OPD every penilaian with that
 * opdId, for a sub-unit those with that unitId (the plan's counting rule, the same as the distribution view).
 */
export async function jumlahPredikat(db: DbOrTx, unit: { id: number; isOpd: boolean }, tahun: number, ke: number): Promise<Partial<Record<Predikat, number>>> {
  const kolom = unit.isOpd ? sql`opd_id` : sql`unit_id`;
  const rows = await queryRows<{ predikat: Predikat; n: number }>(db, sql`
    SELECT predikat, count(*)::int AS n FROM kinerja_penilaian
    WHERE ${kolom} = ${unit.id} AND tahun = ${tahun} AND periode_ke = ${ke} GROUP BY predikat`);
  return Object.fromEntries(rows.map((r) => [r.predikat, Number(r.n)]));
}

/** The units of an OPD (the OPD first, then by urutan/nama) with their parent. */
export async function findUnitOpd(db: DbOrTx, opdId: number): Promise<{ id: number; nama: string; parentId: number | null; isOpd: boolean; aktif: boolean }[]> {
  const rows = await queryRows<{ id: number; nama: string; parent_id: number | null; is_opd: boolean; aktif: boolean }>(db, sql`
    SELECT id, nama, parent_id, is_opd, aktif FROM unit_organisasi WHERE id = ${opdId} OR opd_id = ${opdId}
    ORDER BY CASE WHEN id = ${opdId} THEN 0 ELSE 1 END, urutan, nama`);
  return rows.map((r) => ({ id: Number(r.id), nama: r.nama, parentId: n(r.parent_id), isOpd: r.is_opd, aktif: r.aktif }));
}

/** An OPD unit (is_opd), or null. */
export async function findOpd(db: DbOrTx, opdId: number): Promise<{ id: number; nama: string } | null> {
  const [r] = await queryRows<{ id: number; nama: string }>(db, sql`SELECT id, nama FROM unit_organisasi WHERE id = ${opdId} AND is_opd`);
  return r ? { id: Number(r.id), nama: r.nama } : null;
}

/** Whether the pegawai currently heads the unit (holds a jabatan of that unit marked kepala unit, active). */
export async function kepalaUnit(db: DbOrTx, pegawaiId: number, unitId: number): Promise<boolean> {
  const [r] = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM pegawai p JOIN jabatan j ON j.id = p.jabatan_id
    WHERE p.id = ${pegawaiId} AND p.aktif AND j.unit_id = ${unitId} AND j.is_kepala_unit`);
  return Number(r?.n ?? 0) > 0;
}

export type SkpOpdRow = {
  id: number; pegawaiId: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string;
  jabatan: string; jenisJabatan: string; jenjang: string | null; unitId: number; unit: string; periodeMulai: string; periodeSelesai: string; aktif: boolean;
};

/** SKPs of an OPD's year (every status), by pegawai name then start. */
export async function findSkpOpd(db: DbOrTx, opdId: number, tahun: number, opts: { hanyaJf?: boolean } = {}): Promise<SkpOpdRow[]> {
  const rows = await queryRows<{
    id: number; pegawai_id: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string; jabatan_nama: string;
    jenis_jabatan: string; jenjang: string | null; unit_id: number; unit: string; periode_mulai: string; periode_selesai: string; aktif: boolean;
  }>(db, sql`
    SELECT s.id, s.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, s.jabatan_nama, s.jenis_jabatan, s.jenjang, s.unit_id,
      u.nama AS unit, s.periode_mulai::text AS periode_mulai, s.periode_selesai::text AS periode_selesai, s.aktif
    FROM skp s JOIN pegawai p ON p.id = s.pegawai_id JOIN unit_organisasi u ON u.id = s.unit_id
    WHERE s.opd_id = ${opdId} AND s.tahun = ${tahun}
      ${opts.hanyaJf ? sql`AND s.jenis_jabatan = 'FUNGSIONAL' AND s.jenjang IS NOT NULL` : sql``}
    ORDER BY lower(p.nama), p.nip, s.periode_mulai`);
  return rows.map((r) => ({
    id: Number(r.id), pegawaiId: Number(r.pegawai_id), nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, nip: r.nip,
    jabatan: r.jabatan_nama, jenisJabatan: r.jenis_jabatan, jenjang: r.jenjang, unitId: Number(r.unit_id), unit: r.unit,
    periodeMulai: r.periode_mulai, periodeSelesai: r.periode_selesai, aktif: r.aktif,
  }));
}

// ------------------------------------------------------------------------------------------- SIASN

export type SiasnRow = PenilaianRow & {
  nip: string; jenisJabatan: string; jenjang: string | null;
  penilaiNama: string | null; penilaiGelarDepan: string | null; penilaiGelarBelakang: string | null; penilaiNip: string | null;
  penilaiGolongan: string | null; penilaiJabatan: string | null; penilaiUnit: string | null;
};

/**
 * Penilaian for the SIASN export: annual (`tahunan`) or periodic rows of a year, optionally one OPD / one
 * period / only those fixed by penetapan; with the rated pegawai's NIP and the penilai (who rated, else the
 * SKP's penilai) with golongan, current jabatan and unit. Ordered by OPD, NIP, period.
 */
export async function findPenilaianSiasn(db: DbOrTx, q: { tahun: number; tahunan: boolean; opdId?: number; periodeKe?: number; hanyaDitetapkan?: boolean }): Promise<SiasnRow[]> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    SELECT k.*, p.nip, s.jenis_jabatan, s.jenjang,
      q.nama AS q_nama, q.gelar_depan AS q_gd, q.gelar_belakang AS q_gb, q.nip AS q_nip, q.golongan AS q_gol, qj.nama AS q_jabatan, qu.nama AS q_unit
    FROM kinerja_penilaian k
    JOIN skp s ON s.id = k.skp_id
    JOIN pegawai p ON p.id = k.pegawai_id
    LEFT JOIN pegawai q ON q.id = coalesce(k.penilai_id, s.penilai_id)
    LEFT JOIN jabatan qj ON qj.id = q.jabatan_id
    LEFT JOIN unit_organisasi qu ON qu.id = q.unit_id
    WHERE k.tahun = ${q.tahun}
      AND ${q.tahunan ? sql`k.periode_ke = 0` : sql`k.periode_ke > 0`}
      ${q.opdId == null ? sql`` : sql`AND k.opd_id = ${q.opdId}`}
      ${q.periodeKe == null ? sql`` : sql`AND k.periode_ke = ${q.periodeKe}`}
      ${q.hanyaDitetapkan ? sql`AND k.ditetapkan_at IS NOT NULL` : sql``}
    ORDER BY k.opd_id, p.nip, k.periode_ke, k.id`);
  return rows.map((r) => ({
    ...keyPenilaian(r), nip: String(r.nip), jenisJabatan: String(r.jenis_jabatan), jenjang: (r.jenjang as string | null) ?? null,
    penilaiNama: (r.q_nama as string | null) ?? null, penilaiGelarDepan: (r.q_gd as string | null) ?? null,
    penilaiGelarBelakang: (r.q_gb as string | null) ?? null, penilaiNip: (r.q_nip as string | null) ?? null,
    penilaiGolongan: (r.q_gol as string | null) ?? null, penilaiJabatan: (r.q_jabatan as string | null) ?? null,
    penilaiUnit: (r.q_unit as string | null) ?? null,
  }));
}

// ------------------------------------------------------------------------------------------ koefisien

export type KoefisienRow = typeof kinerjaKoefisienAk.$inferSelect;

/** The koefisien table in insertion order of the seed (by koefisien then jenjang for stability). */
export async function listKoefisien(db: DbOrTx): Promise<(KoefisienRow & { diubahOlehNama: string | null })[]> {
  const rows = await queryRows<{ jenjang: string; label: string; koefisien: number; diubah_oleh: number | null; updated_at: string | Date; akun_nama: string | null }>(db, sql`
    SELECT k.jenjang, k.label, k.koefisien, k.diubah_oleh, k.updated_at, a.nama AS akun_nama
    FROM kinerja_koefisien_ak k LEFT JOIN akun a ON a.id = k.diubah_oleh ORDER BY k.jenjang`);
  return rows.map((r) => ({
    jenjang: r.jenjang, label: r.label, koefisien: Number(r.koefisien), diubahOleh: n(r.diubah_oleh), updatedAt: new Date(r.updated_at),
    diubahOlehNama: r.akun_nama,
  }));
}

/** Inserts the missing jenjang rows (ON CONFLICT DO NOTHING: concurrent seeding is harmless). */
export async function isiKoefisien(db: DbOrTx, rows: { jenjang: string; label: string; koefisien: number }[]): Promise<void> {
  if (!rows.length) return;
  await db.insert(kinerjaKoefisienAk).values(rows).onConflictDoNothing();
}

/** The row of a jenjang, locked for update inside a transaction. */
export async function findKoefisienUntukUbah(tx: DbOrTx, jenjang: string): Promise<KoefisienRow | null> {
  const [r] = await tx.select().from(kinerjaKoefisienAk).where(eq(kinerjaKoefisienAk.jenjang, jenjang)).for('update').limit(1);
  return r ?? null;
}

export async function ubahKoefisien(tx: DbOrTx, jenjang: string, koefisien: number, akunId: number, now: Date): Promise<void> {
  await tx.update(kinerjaKoefisienAk).set({ koefisien, diubahOleh: akunId, updatedAt: now }).where(eq(kinerjaKoefisienAk.jenjang, jenjang));
}

// ------------------------------------------------------------------------------------ year settings

export type TahunRow = typeof kinerjaTahun.$inferSelect;

/** The stored settings row of a year (null = defaults), optionally locked for update. */
export async function findTahun(db: DbOrTx, tahun: number, kunci = false): Promise<(TahunRow & { diubahOlehNama: string | null }) | null> {
  const q = db.select().from(kinerjaTahun).where(eq(kinerjaTahun.tahun, tahun)).limit(1);
  const [r] = kunci ? await q.for('update') : await q;
  if (!r) return null;
  let nama: string | null = null;
  if (r.diubahOleh != null) {
    const [a] = await queryRows<{ nama: string }>(db, sql`SELECT nama FROM akun WHERE id = ${r.diubahOleh}`);
    nama = a?.nama ?? null;
  }
  return { ...r, diubahOlehNama: nama };
}

/** Whether a year already has realisasi or penilaian (its period kind is then fixed). */
export async function adaDataTahun(db: DbOrTx, tahun: number): Promise<boolean> {
  const [r] = await queryRows<{ ada: boolean }>(db, sql`
    SELECT EXISTS (SELECT 1 FROM kinerja_penilaian WHERE tahun = ${tahun})
        OR EXISTS (SELECT 1 FROM kinerja_realisasi r JOIN skp s ON s.id = r.skp_id WHERE s.tahun = ${tahun}) AS ada`);
  return !!r?.ada;
}

export async function simpanTahun(tx: DbOrTx, v: { tahun: number; jenisPeriode: TahunRow['jenisPeriode']; batasKeberatanHariKerja: number; batasPenyusunanSkp: string | null; diubahOleh: number; updatedAt: Date }): Promise<void> {
  await tx.insert(kinerjaTahun).values(v).onConflictDoUpdate({
    target: kinerjaTahun.tahun,
    set: { jenisPeriode: v.jenisPeriode, batasKeberatanHariKerja: v.batasKeberatanHariKerja, batasPenyusunanSkp: v.batasPenyusunanSkp, diubahOleh: v.diubahOleh, updatedAt: v.updatedAt },
  });
}
