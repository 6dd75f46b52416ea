import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Predikat } from '../../../domain/kinerja/predikat.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { kinerjaKeberatan, kinerjaPenetapan, kinerjaPenilaian, kinerjaPredikatOrganisasi, skp } from './kinerja.table.ts';

/**
 * Queries of the rating part of module kinerja (penilaian, predikat organisasi, distribusi, ringkasan,
 * penetapan, keberatan). Names of people and units are read from the org tables with plain SQL joins
 * (labels only; the org rules — atasan, scope — go through the org service).
 *
 * The distribution and summary counts are ONE statement each: a GROUP BY over `kinerja_penilaian`
 * (index `kinerja_penilaian_opd_idx (opd_id, tahun, periode_ke)` for an OPD, `kinerja_penilaian_tahun_idx
 * (tahun, periode_ke)` for the city) UNION ALL the SKPs covering the period (index `skp_opd_tahun_idx`).
 */

export type SkpRow = typeof skp.$inferSelect;
export type PenilaianRow = typeof kinerjaPenilaian.$inferSelect;
export type PredikatOrganisasiRow = typeof kinerjaPredikatOrganisasi.$inferSelect;
export type PenetapanRow = typeof kinerjaPenetapan.$inferSelect;
export type KeberatanRow = typeof kinerjaKeberatan.$inferSelect;

const daftar = (ids: readonly number[]) => sql.join(ids.map((i) => sql`${i}`), sql`, `);

// ------------------------------------------------------------------------------------------ skp / penilaian

export async function findSkp(db: DbOrTx, id: number): Promise<SkpRow | null> {
  const [r] = await db.select().from(skp).where(eq(skp.id, id)).limit(1);
  return r ?? null;
}

export async function listPenilaianSkp(db: DbOrTx, skpId: number): Promise<PenilaianRow[]> {
  return db.select().from(kinerjaPenilaian).where(eq(kinerjaPenilaian.skpId, skpId)).orderBy(kinerjaPenilaian.periodeKe);
}

export async function findPenilaian(db: DbOrTx, skpId: number, ke: number): Promise<PenilaianRow | null> {
  const [r] = await db.select().from(kinerjaPenilaian).where(and(eq(kinerjaPenilaian.skpId, skpId), eq(kinerjaPenilaian.periodeKe, ke))).limit(1);
  return r ?? null;
}

/** One penilaian by id, locked for the rest of the transaction when `kunci` (keberatan: one open at a time). */
export async function findPenilaianById(db: DbOrTx, id: number, kunci = false): Promise<PenilaianRow | null> {
  const q = db.select().from(kinerjaPenilaian).where(eq(kinerjaPenilaian.id, id)).limit(1);
  const [r] = kunci ? await q.for('update') : await q;
  return r ?? null;
}

export async function countPenilaianPeriodik(db: DbOrTx, skpId: number): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM kinerja_penilaian WHERE skp_id = ${skpId} AND periode_ke > 0`);
  return Number(r?.n ?? 0);
}

/** Inserts a first penilaian; null when one already exists (a concurrent first rating). */
export async function insertPenilaian(tx: DbOrTx, v: typeof kinerjaPenilaian.$inferInsert): Promise<PenilaianRow | null> {
  const [r] = await tx.insert(kinerjaPenilaian).values(v).onConflictDoNothing({ target: [kinerjaPenilaian.skpId, kinerjaPenilaian.periodeKe] }).returning();
  return r ?? null;
}

/** Updates a penilaian if it still has `revisi` (revisi + 1); null when it changed meanwhile. */
export async function updatePenilaian(
  tx: DbOrTx, id: number, revisi: number, v: Partial<typeof kinerjaPenilaian.$inferInsert>,
): Promise<PenilaianRow | null> {
  const [r] = await tx.update(kinerjaPenilaian).set({ ...v, revisi: revisi + 1 })
    .where(and(eq(kinerjaPenilaian.id, id), eq(kinerjaPenilaian.revisi, revisi))).returning();
  return r ?? null;
}

export type PegawaiLabel = { id: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string; telepon: string | null };

/** Names (and phone for notifications) of pegawai by id. */
export async function pegawaiLabel(db: DbOrTx, ids: Array<number | null | undefined>): Promise<Map<number, PegawaiLabel>> {
  const unik = [...new Set(ids.filter((x): x is number => x != null))];
  if (!unik.length) return new Map();
  const rows = await queryRows<{ id: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string; telepon: string | null }>(
    db, sql`SELECT id, nama, gelar_depan, gelar_belakang, nip, telepon FROM pegawai WHERE id IN (${daftar(unik)})`,
  );
  return new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, nip: r.nip, telepon: r.telepon }]));
}

/** Display names of accounts (the admin who acted without a pegawai). */
export async function namaAkun(db: DbOrTx, ids: Array<number | null | undefined>): Promise<Map<number, string>> {
  const unik = [...new Set(ids.filter((x): x is number => x != null))];
  if (!unik.length) return new Map();
  const rows = await queryRows<{ id: number; nama: string }>(db, sql`SELECT id, nama FROM akun WHERE id IN (${daftar(unik)})`);
  return new Map(rows.map((r) => [Number(r.id), r.nama]));
}

/** The jabatan snapshot of an SKP: whether it heads a unit, and which (kinerja.md §1.5 head of a unit). */
export async function jabatanKepala(db: DbOrTx, jabatanId: number | null): Promise<{ unitId: number; unitNama: string } | null> {
  if (jabatanId == null) return null;
  const [r] = await queryRows<{ unit_id: number; nama: string }>(db, sql`
    SELECT j.unit_id, u.nama FROM jabatan j JOIN unit_organisasi u ON u.id = j.unit_id
    WHERE j.id = ${jabatanId} AND j.is_kepala_unit`);
  return r ? { unitId: Number(r.unit_id), unitNama: r.nama } : null;
}

// ------------------------------------------------------------------------------------------ units and leaders

export type UnitRow = { id: number; nama: string; jenis: string; parentId: number | null; opdId: number | null; isOpd: boolean; urutan: number };

const keUnit = (r: { id: number; nama: string; jenis: string; parent_id: number | null; opd_id: number | null; is_opd: boolean; urutan: number }): UnitRow => ({
  id: Number(r.id), nama: r.nama, jenis: r.jenis, parentId: r.parent_id == null ? null : Number(r.parent_id),
  opdId: r.opd_id == null ? null : Number(r.opd_id), isOpd: r.is_opd, urutan: Number(r.urutan),
});

export async function findUnit(db: DbOrTx, id: number): Promise<UnitRow | null> {
  const [r] = await queryRows<Parameters<typeof keUnit>[0]>(db, sql`
    SELECT id, nama, jenis, parent_id, opd_id, is_opd, urutan FROM unit_organisasi WHERE id = ${id}`);
  return r ? keUnit(r) : null;
}

/** Active units of one OPD (the OPD itself included), or of the whole city when `opdId` is null. */
export async function listUnit(db: DbOrTx, opdId: number | null): Promise<UnitRow[]> {
  const rows = await queryRows<Parameters<typeof keUnit>[0]>(db, sql`
    SELECT id, nama, jenis, parent_id, opd_id, is_opd, urutan FROM unit_organisasi
    WHERE aktif AND opd_id IS NOT NULL ${opdId == null ? sql`` : sql`AND opd_id = ${opdId}`}
    ORDER BY urutan, nama, id`);
  return rows.map(keUnit);
}

/** Active OPDs, in display order. */
export async function listOpd(db: DbOrTx): Promise<Array<{ id: number; nama: string }>> {
  const rows = await queryRows<{ id: number; nama: string }>(db, sql`
    SELECT id, nama FROM unit_organisasi WHERE is_opd AND aktif ORDER BY urutan, nama, id`);
  return rows.map((r) => ({ id: Number(r.id), nama: r.nama }));
}

/**
 * The heads of units: active pegawai holding a jabatan with `is_kepala_unit` in the unit.
 * `unitIds` null = every unit; `pegawaiId` = only that pegawai (the units they head).
 */
export async function kepalaUnit(db: DbOrTx, opts: { unitIds?: number[]; pegawaiIds?: number[] }): Promise<Array<{ unitId: number; pegawaiId: number; opdId: number | null; isOpd: boolean }>> {
  if (opts.unitIds && !opts.unitIds.length) return [];
  if (opts.pegawaiIds && !opts.pegawaiIds.length) return [];
  const rows = await queryRows<{ unit_id: number; pegawai_id: number; opd_id: number | null; is_opd: boolean }>(db, sql`
    SELECT j.unit_id, p.id AS pegawai_id, u.opd_id, u.is_opd FROM jabatan j
    JOIN pegawai p ON p.jabatan_id = j.id AND p.aktif
    JOIN unit_organisasi u ON u.id = j.unit_id AND u.aktif
    WHERE j.is_kepala_unit
      ${opts.unitIds ? sql`AND j.unit_id IN (${daftar(opts.unitIds)})` : sql``}
      ${opts.pegawaiIds ? sql`AND p.id IN (${daftar(opts.pegawaiIds)})` : sql``}`);
  return rows.map((r) => ({ unitId: Number(r.unit_id), pegawaiId: Number(r.pegawai_id), opdId: r.opd_id == null ? null : Number(r.opd_id), isOpd: r.is_opd }));
}

/**
 * OPDs whose kepala's SKP of the year names `penilaiId` as pejabat penilai (the Sekda / Wali Kota, or whom
 * BKPSDM set): the SKP's jabatan snapshot heads the SKP's OPD. Index `skp_penilai_idx (penilai_id, tahun)`.
 */
export async function opdDenganKepalaDinilai(db: DbOrTx, penilaiId: number, tahun: number): Promise<number[]> {
  const rows = await queryRows<{ opd_id: number }>(db, sql`
    SELECT DISTINCT s.opd_id FROM skp s JOIN jabatan j ON j.id = s.jabatan_id AND j.is_kepala_unit AND j.unit_id = s.opd_id
    WHERE s.penilai_id = ${penilaiId} AND s.tahun = ${tahun} AND s.aktif`);
  return rows.map((r) => Number(r.opd_id));
}

// ------------------------------------------------------------------------------------------ distribusi / ringkasan

/** The SKPs that must be rated in a period: spanning it (periodic), or active for the year (annual). */
function skpPeriode(alias: string, tahun: number, ke: number, mulai: string, selesai: string): SQL {
  const a = sql.raw(alias);
  return ke === 0
    ? sql`${a}.tahun = ${tahun} AND ${a}.aktif`
    : sql`${a}.tahun = ${tahun} AND ${a}.periode_mulai <= ${selesai} AND ${a}.periode_selesai >= ${mulai}`;
}

/**
 * `predikat` set: penilaian with that predikat; `predikat` null: SKPs to rate in the period (spanning it; for
 * the year the active ones). Not yet rated = SKPs − penilaian (a penilaian exists only for a period inside
 * its SKP, and the annual one only on the active SKP, so each penilaian counts one SKP of the same unit).
 */
export type BarisHitung = { unitId: number; predikat: Predikat | null; n: number };

/**
 * Counts of one OPD and period in ONE statement, both halves index-backed: penilaian per (unit, predikat)
 * through `kinerja_penilaian_opd_idx (opd_id, tahun, periode_ke)`, and SKPs to rate per unit through
 * `skp_opd_tahun_idx (opd_id, tahun)`. No anti-join (which the planner answered with a scan of the whole
 * city's penilaian of the period).
 */
export async function hitungDistribusiOpd(db: DbOrTx, opdId: number, tahun: number, ke: number, mulai: string, selesai: string): Promise<BarisHitung[]> {
  const rows = await queryRows<{ unit_id: number; predikat: Predikat | null; n: number }>(db, sql`
    SELECT unit_id, predikat, count(*)::int AS n FROM kinerja_penilaian
    WHERE opd_id = ${opdId} AND tahun = ${tahun} AND periode_ke = ${ke}
    GROUP BY unit_id, predikat
    UNION ALL
    SELECT s.unit_id, NULL, count(*)::int FROM skp s
    WHERE s.opd_id = ${opdId} AND ${skpPeriode('s', tahun, ke, mulai, selesai)}
    GROUP BY s.unit_id`);
  return rows.map((r) => ({ unitId: Number(r.unit_id), predikat: r.predikat, n: Number(r.n) }));
}

export type BarisRingkasan = BarisHitung & { opdId: number };

/**
 * City-wide (or one OPD) counts of a period in ONE statement: penilaian per (opd, unit, predikat) through
 * `kinerja_penilaian_tahun_idx (tahun, periode_ke)`, and (predikat null) SKPs to rate per (opd, unit).
 */
export async function hitungRingkasan(db: DbOrTx, tahun: number, ke: number, mulai: string, selesai: string, opdId: number | null): Promise<BarisRingkasan[]> {
  const rows = await queryRows<{ opd_id: number; unit_id: number; predikat: Predikat | null; n: number }>(db, sql`
    SELECT opd_id, unit_id, predikat, count(*)::int AS n FROM kinerja_penilaian
    WHERE tahun = ${tahun} AND periode_ke = ${ke} ${opdId == null ? sql`` : sql`AND opd_id = ${opdId}`}
    GROUP BY opd_id, unit_id, predikat
    UNION ALL
    SELECT s.opd_id, s.unit_id, NULL, count(*)::int FROM skp s
    WHERE ${skpPeriode('s', tahun, ke, mulai, selesai)} ${opdId == null ? sql`` : sql`AND s.opd_id = ${opdId}`}
    GROUP BY s.opd_id, s.unit_id`);
  return rows.map((r) => ({ opdId: Number(r.opd_id), unitId: Number(r.unit_id), predikat: r.predikat, n: Number(r.n) }));
}

export type PegawaiDistribusi = { skpId: number; pegawaiId: number; unitId: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null; jabatan: string; predikat: Predikat | null };

/** The people behind the counts of some units of an OPD (only for callers who may see names), by name. */
export async function pegawaiDistribusi(
  db: DbOrTx, opdId: number, tahun: number, ke: number, mulai: string, selesai: string, unitIds: number[],
): Promise<PegawaiDistribusi[]> {
  if (!unitIds.length) return [];
  const rows = await queryRows<{ skp_id: number; pegawai_id: number; unit_id: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null; jabatan_nama: string; predikat: Predikat | null }>(db, sql`
    SELECT s.id AS skp_id, s.pegawai_id, s.unit_id, g.nama, g.gelar_depan, g.gelar_belakang, s.jabatan_nama, p.predikat
    FROM skp s JOIN pegawai g ON g.id = s.pegawai_id
    LEFT JOIN kinerja_penilaian p ON p.skp_id = s.id AND p.periode_ke = ${ke} AND p.opd_id = ${opdId} AND p.tahun = ${tahun}
    WHERE s.opd_id = ${opdId} AND ${skpPeriode('s', tahun, ke, mulai, selesai)} AND s.unit_id IN (${daftar(unitIds)})
    ORDER BY g.nama, s.id`);
  return rows.map((r) => ({
    skpId: Number(r.skp_id), pegawaiId: Number(r.pegawai_id), unitId: Number(r.unit_id), nama: r.nama,
    gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, jabatan: r.jabatan_nama, predikat: r.predikat,
  }));
}

// ------------------------------------------------------------------------------------------ predikat organisasi

/** Predikat organisasi of some units (null = every unit) for a period. */
export async function listPredikatOrganisasi(db: DbOrTx, unitIds: number[] | null, tahun: number, ke: number): Promise<PredikatOrganisasiRow[]> {
  if (unitIds && !unitIds.length) return [];
  return db.select().from(kinerjaPredikatOrganisasi).where(and(
    eq(kinerjaPredikatOrganisasi.tahun, tahun), eq(kinerjaPredikatOrganisasi.periodeKe, ke),
    unitIds ? inArray(kinerjaPredikatOrganisasi.unitId, unitIds) : undefined,
  ));
}

export async function findPredikatOrganisasi(db: DbOrTx, unitId: number, tahun: number, ke: number): Promise<PredikatOrganisasiRow | null> {
  const [r] = await listPredikatOrganisasi(db, [unitId], tahun, ke);
  return r ?? null;
}

export async function upsertPredikatOrganisasi(tx: DbOrTx, v: typeof kinerjaPredikatOrganisasi.$inferInsert): Promise<PredikatOrganisasiRow> {
  const [r] = await tx.insert(kinerjaPredikatOrganisasi).values(v).onConflictDoUpdate({
    target: [kinerjaPredikatOrganisasi.unitId, kinerjaPredikatOrganisasi.tahun, kinerjaPredikatOrganisasi.periodeKe],
    set: {
      predikat: v.predikat, capaian: v.capaian, alasanPertahankan: v.alasanPertahankan, peringatan: v.peringatan,
      olehPegawaiId: v.olehPegawaiId, olehAkunId: v.olehAkunId, updatedAt: v.updatedAt,
    },
  }).returning();
  return r!;
}

// ------------------------------------------------------------------------------------------ penetapan

export async function findPenetapan(db: DbOrTx, opdId: number, tahun: number): Promise<PenetapanRow | null> {
  const [r] = await db.select().from(kinerjaPenetapan).where(and(eq(kinerjaPenetapan.opdId, opdId), eq(kinerjaPenetapan.tahun, tahun))).limit(1);
  return r ?? null;
}

export async function listPenetapan(db: DbOrTx, tahun: number, opdIds: number[] | null): Promise<PenetapanRow[]> {
  if (opdIds && !opdIds.length) return [];
  return db.select().from(kinerjaPenetapan)
    .where(and(eq(kinerjaPenetapan.tahun, tahun), opdIds ? inArray(kinerjaPenetapan.opdId, opdIds) : undefined))
    .orderBy(kinerjaPenetapan.ditetapkanAt);
}

export async function insertPenetapan(tx: DbOrTx, v: typeof kinerjaPenetapan.$inferInsert): Promise<PenetapanRow | null> {
  const [r] = await tx.insert(kinerjaPenetapan).values(v).onConflictDoNothing({ target: [kinerjaPenetapan.opdId, kinerjaPenetapan.tahun] }).returning();
  return r ?? null;
}

/** Locks every annual penilaian of an OPD-year not yet locked; returns what it locked (for notifications). */
export async function tetapkanPenilaianTahunan(tx: DbOrTx, opdId: number, tahun: number, at: Date, batas: string) {
  return tx.update(kinerjaPenilaian)
    .set({ ditetapkanAt: at, batasKeberatan: batas, revisi: sql`${kinerjaPenilaian.revisi} + 1` })
    .where(and(eq(kinerjaPenilaian.opdId, opdId), eq(kinerjaPenilaian.tahun, tahun), eq(kinerjaPenilaian.periodeKe, 0), isNull(kinerjaPenilaian.ditetapkanAt)))
    .returning({ id: kinerjaPenilaian.id, skpId: kinerjaPenilaian.skpId, pegawaiId: kinerjaPenilaian.pegawaiId, predikat: kinerjaPenilaian.predikat });
}

export async function countPenilaianTahunan(db: DbOrTx, opdId: number, tahun: number): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM kinerja_penilaian WHERE opd_id = ${opdId} AND tahun = ${tahun} AND periode_ke = 0`);
  return Number(r?.n ?? 0);
}

/** Active SKPs of an OPD-year without an annual penilaian. */
export async function countBelumDinilaiTahunan(db: DbOrTx, opdId: number, tahun: number): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM skp s WHERE s.opd_id = ${opdId} AND s.tahun = ${tahun} AND s.aktif
      AND NOT EXISTS (SELECT 1 FROM kinerja_penilaian p WHERE p.skp_id = s.id AND p.periode_ke = 0)`);
  return Number(r?.n ?? 0);
}

// ------------------------------------------------------------------------------------------ keberatan

export async function findKeberatan(db: DbOrTx, id: number, kunci = false): Promise<KeberatanRow | null> {
  const q = db.select().from(kinerjaKeberatan).where(eq(kinerjaKeberatan.id, id)).limit(1);
  const [r] = kunci ? await q.for('update') : await q;
  return r ?? null;
}

export async function listKeberatanPenilaian(db: DbOrTx, penilaianIds: number[]): Promise<KeberatanRow[]> {
  if (!penilaianIds.length) return [];
  return db.select().from(kinerjaKeberatan).where(inArray(kinerjaKeberatan.penilaianId, penilaianIds)).orderBy(desc(kinerjaKeberatan.diajukanAt), desc(kinerjaKeberatan.id));
}

/** Keberatan filed by a pegawai, or to be decided by one (`pemutusId`; null = BKPSDM's), open first then newest. */
export async function listKeberatan(db: DbOrTx, w: { pegawaiId?: number; pemutusId?: number | null }): Promise<KeberatanRow[]> {
  const syarat = w.pegawaiId != null
    ? eq(kinerjaKeberatan.pegawaiId, w.pegawaiId)
    : w.pemutusId === null ? isNull(kinerjaKeberatan.pemutusId) : eq(kinerjaKeberatan.pemutusId, w.pemutusId!);
  return db.select().from(kinerjaKeberatan).where(syarat)
    .orderBy(sql`(${kinerjaKeberatan.status} = 'diajukan') DESC`, desc(kinerjaKeberatan.diajukanAt), desc(kinerjaKeberatan.id));
}

export async function insertKeberatan(tx: DbOrTx, v: typeof kinerjaKeberatan.$inferInsert): Promise<KeberatanRow> {
  const [r] = await tx.insert(kinerjaKeberatan).values(v).returning();
  return r!;
}

export async function updateKeberatan(tx: DbOrTx, id: number, v: Partial<typeof kinerjaKeberatan.$inferInsert>): Promise<KeberatanRow | null> {
  const [r] = await tx.update(kinerjaKeberatan).set(v).where(and(eq(kinerjaKeberatan.id, id), eq(kinerjaKeberatan.status, 'diajukan'))).returning();
  return r ?? null;
}

/** Penilaian rows by id (for keberatan lists). */
export async function listPenilaianById(db: DbOrTx, ids: number[]): Promise<PenilaianRow[]> {
  if (!ids.length) return [];
  return db.select().from(kinerjaPenilaian).where(inArray(kinerjaPenilaian.id, [...new Set(ids)]));
}

export async function listSkpById(db: DbOrTx, ids: number[]): Promise<SkpRow[]> {
  if (!ids.length) return [];
  return db.select().from(skp).where(inArray(skp.id, [...new Set(ids)]));
}
