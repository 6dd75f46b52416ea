import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { StatusPermohonan } from '../../../domain/layanan/permohonan.ts';
import { STATUS_PERMOHONAN } from '../../../domain/layanan/permohonan.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import {
  layanan, layananNomor, layananStandarVersi, permohonan, permohonanBerkas, permohonanPeristiwa,
} from './layanan.table.ts';

/**
 * Queries of online applications (permohonan, permohonan_berkas, permohonan_peristiwa, layanan_nomor) and
 * the few read-only look-ups of the org/auth tables they need by raw SQL (assignable petugas, head of a
 * unit, pegawai names), as antrian.loket.repository reads `akun`. No decisions here.
 */

/** The domain's status list and the column's must agree (compile-time check). */
const _statusSama: readonly StatusPermohonan[] = permohonan.status.enumValues;
void _statusSama;
void STATUS_PERMOHONAN;

export type PermohonanRow = typeof permohonan.$inferSelect;
export type PermohonanBaru = typeof permohonan.$inferInsert;
export type PermohonanUbah = Partial<Omit<PermohonanBaru, 'id' | 'nomor'>>;
export type BerkasRow = typeof permohonanBerkas.$inferSelect;
export type BerkasBaru = typeof permohonanBerkas.$inferInsert;
export type PeristiwaRow = typeof permohonanPeristiwa.$inferSelect;
export type PeristiwaBaru = typeof permohonanPeristiwa.$inferInsert;
export type LayananRow = typeof layanan.$inferSelect;
export type VersiRow = typeof layananStandarVersi.$inferSelect;

/** Statuses in which the SLA clock runs. */
export const STATUS_JALAN: StatusPermohonan[] = ['diajukan', 'diverifikasi', 'diproses'];
/** Not final. */
export const STATUS_AKTIF: StatusPermohonan[] = ['diajukan', 'diverifikasi', 'diproses', 'perlu_perbaikan'];

// ------------------------------------------------------------------------------------ catalogue

export async function findLayananByKode(db: DbOrTx, kode: string): Promise<LayananRow | null> {
  const [r] = await db.select().from(layanan).where(eq(layanan.kode, kode)).limit(1);
  return r ?? null;
}

export async function findLayananById(db: DbOrTx, id: number): Promise<LayananRow | null> {
  const [r] = await db.select().from(layanan).where(eq(layanan.id, id)).limit(1);
  return r ?? null;
}

/**
 * The standar version in force at `at` (plan decision 2; same rule as domain `standarBerlakuPada`): the
 * published version with the greatest berlaku_mulai ≤ at, ties to the higher versi.
 */
export async function findStandarBerlaku(db: DbOrTx, layananId: number, at: Date): Promise<VersiRow | null> {
  const [r] = await db.select().from(layananStandarVersi)
    .where(and(eq(layananStandarVersi.layananId, layananId), eq(layananStandarVersi.terbit, true), lte(layananStandarVersi.berlakuMulai, at)))
    .orderBy(desc(layananStandarVersi.berlakuMulai), desc(layananStandarVersi.versi))
    .limit(1);
  return r ?? null;
}

export async function findVersiById(db: DbOrTx, id: number): Promise<VersiRow | null> {
  const [r] = await db.select().from(layananStandarVersi).where(eq(layananStandarVersi.id, id)).limit(1);
  return r ?? null;
}

export async function listVersiById(db: DbOrTx, ids: number[]): Promise<VersiRow[]> {
  if (!ids.length) return [];
  return db.select().from(layananStandarVersi).where(inArray(layananStandarVersi.id, [...new Set(ids)]));
}

export async function listLayananById(db: DbOrTx, ids: number[]): Promise<LayananRow[]> {
  if (!ids.length) return [];
  return db.select().from(layanan).where(inArray(layanan.id, [...new Set(ids)]));
}

/**
 * The next case number of `jenis` ('PM') in `tahun` (WIB year), in the caller's transaction: one
 * statement, row-locked per (jenis, tahun), so concurrent submissions never share a number and a rolled
 * back submission rolls its number back too (plan decision 1).
 */
export async function nomorBerikut(tx: DbOrTx, jenis: string, tahun: number): Promise<number> {
  const [r] = await tx.insert(layananNomor).values({ jenis, tahun, terakhir: 1 })
    .onConflictDoUpdate({ target: [layananNomor.jenis, layananNomor.tahun], set: { terakhir: sql`${layananNomor.terakhir} + 1` } })
    .returning({ terakhir: layananNomor.terakhir });
  return r!.terakhir;
}

/** Locks the layanan row and sets its last round-robin assignee. */
export async function lockLayanan(tx: DbOrTx, id: number): Promise<LayananRow | null> {
  const [r] = await tx.select().from(layanan).where(eq(layanan.id, id)).for('update').limit(1);
  return r ?? null;
}
export async function setGiliran(tx: DbOrTx, layananId: number, pegawaiId: number): Promise<void> {
  await tx.update(layanan).set({ giliranTerakhir: pegawaiId }).where(eq(layanan.id, layananId));
}

// ------------------------------------------------------------------------------------ cases

export async function insertPermohonan(tx: DbOrTx, v: PermohonanBaru): Promise<PermohonanRow> {
  const [r] = await tx.insert(permohonan).values(v).returning();
  return r!;
}

export async function findById(db: DbOrTx, id: number): Promise<PermohonanRow | null> {
  const [r] = await db.select().from(permohonan).where(eq(permohonan.id, id)).limit(1);
  return r ?? null;
}

/** Locks the case row for the rest of the transaction. */
export async function lockById(tx: DbOrTx, id: number): Promise<PermohonanRow | null> {
  const [r] = await tx.select().from(permohonan).where(eq(permohonan.id, id)).for('update').limit(1);
  return r ?? null;
}

export async function findByNomor(db: DbOrTx, nomor: string): Promise<PermohonanRow | null> {
  const [r] = await db.select().from(permohonan).where(eq(permohonan.nomor, nomor)).limit(1);
  return r ?? null;
}

export async function listByIds(db: DbOrTx, ids: number[]): Promise<PermohonanRow[]> {
  if (!ids.length) return [];
  return db.select().from(permohonan).where(inArray(permohonan.id, ids));
}

/** Updates a case, bumps `revisi` and `updated_at`; returns the new row. */
export async function ubah(tx: DbOrTx, id: number, v: PermohonanUbah, now: Date): Promise<PermohonanRow> {
  const [r] = await tx.update(permohonan)
    .set({ ...v, revisi: sql`${permohonan.revisi} + 1`, updatedAt: now })
    .where(eq(permohonan.id, id)).returning();
  return r!;
}

/**
 * An earlier submission by the same NIK (keyed hash) for the same layanan whose 'diajukan' event carries
 * this Idempotency-Key hash (ADR 0007 pattern: no extra table; scoped by NIK so a key never reveals
 * someone else's case).
 */
export async function findIdempotensi(db: DbOrTx, o: { nikHash: string; layananId: number; idemHash: string }): Promise<PermohonanRow | null> {
  const [r] = await db.select({ p: permohonan }).from(permohonan)
    .innerJoin(permohonanPeristiwa, and(eq(permohonanPeristiwa.permohonanId, permohonan.id), eq(permohonanPeristiwa.aksi, 'diajukan')))
    .where(and(
      eq(permohonan.nikHash, o.nikHash), eq(permohonan.layananId, o.layananId),
      sql`${permohonanPeristiwa.data} ->> 'idem' = ${o.idemHash}`,
    ))
    .limit(1);
  return r?.p ?? null;
}

// ------------------------------------------------------------------------------------ files & events

export async function insertBerkas(tx: DbOrTx, rows: BerkasBaru[]): Promise<BerkasRow[]> {
  if (!rows.length) return [];
  return tx.insert(permohonanBerkas).values(rows).returning();
}

export function listBerkas(db: DbOrTx, permohonanId: number): Promise<BerkasRow[]> {
  return db.select().from(permohonanBerkas).where(eq(permohonanBerkas.permohonanId, permohonanId))
    .orderBy(asc(permohonanBerkas.putaran), asc(permohonanBerkas.id));
}

export async function findBerkas(db: DbOrTx, id: number): Promise<BerkasRow | null> {
  const [r] = await db.select().from(permohonanBerkas).where(eq(permohonanBerkas.id, id)).limit(1);
  return r ?? null;
}

export async function putaranTerakhir(db: DbOrTx, permohonanId: number): Promise<number> {
  const [r] = await db.select({ m: sql<number>`coalesce(max(${permohonanBerkas.putaran}), 1)::int` }).from(permohonanBerkas)
    .where(and(eq(permohonanBerkas.permohonanId, permohonanId), eq(permohonanBerkas.jenis, 'persyaratan')));
  return Number(r?.m ?? 1);
}

export async function insertPeristiwa(tx: DbOrTx, v: PeristiwaBaru): Promise<void> {
  await tx.insert(permohonanPeristiwa).values(v);
}

export function listPeristiwa(db: DbOrTx, permohonanId: number): Promise<PeristiwaRow[]> {
  return db.select().from(permohonanPeristiwa).where(eq(permohonanPeristiwa.permohonanId, permohonanId))
    .orderBy(asc(permohonanPeristiwa.at), asc(permohonanPeristiwa.id));
}

/** The 'selesaikan' event of a case (it carries the SKM link, encrypted), if any. */
export async function findPeristiwaSelesai(db: DbOrTx, permohonanId: number): Promise<PeristiwaRow | null> {
  const [r] = await db.select().from(permohonanPeristiwa)
    .where(and(eq(permohonanPeristiwa.permohonanId, permohonanId), eq(permohonanPeristiwa.aksi, 'selesaikan')))
    .orderBy(desc(permohonanPeristiwa.id)).limit(1);
  return r ?? null;
}

// ------------------------------------------------------------------------------------ people (org/auth, read-only)

export type PetugasRow = { id: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string | null; jumlahAktif: number };

/**
 * Assignable petugas of an OPD (plan decision 6): active pegawai of a unit of that OPD that have an active
 * account with role 'petugas', by id (the round-robin order), with their open cases.
 */
export async function listPetugasOpd(db: DbOrTx, opdId: number): Promise<PetugasRow[]> {
  const rows = await queryRows<{ id: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string | null; jumlah: number | string }>(db, sql`
    SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip,
      (SELECT count(*) FROM permohonan x WHERE x.petugas_id = p.id AND x.status IN ('diajukan','diverifikasi','diproses','perlu_perbaikan')) AS jumlah
    FROM pegawai p
    JOIN unit_organisasi u ON u.id = p.unit_id
    WHERE p.aktif AND (u.opd_id = ${opdId} OR u.id = ${opdId})
      AND EXISTS (SELECT 1 FROM akun a WHERE a.pegawai_id = p.id AND a.aktif AND 'petugas' = ANY(a.roles))
    ORDER BY p.id`);
  return rows.map((r) => ({ id: Number(r.id), nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, nip: r.nip, jumlahAktif: Number(r.jumlah) }));
}

/** The head of a unit (holder of its jabatan marked kepala unit), lowest id; null when vacant. */
export async function findKepalaUnit(db: DbOrTx, unitId: number): Promise<number | null> {
  const [r] = await queryRows<{ id: number }>(db, sql`
    SELECT p.id FROM pegawai p JOIN jabatan j ON j.id = p.jabatan_id
    WHERE j.unit_id = ${unitId} AND j.is_kepala_unit AND p.aktif ORDER BY p.id LIMIT 1`);
  return r ? Number(r.id) : null;
}

/** pegawai id → { nama, gelar } for labelling. */
export async function namaPegawai(db: DbOrTx, ids: number[]): Promise<Map<number, { nama: string; gelarDepan: string | null; gelarBelakang: string | null }>> {
  const unik = [...new Set(ids.filter((x) => x != null))];
  if (!unik.length) return new Map();
  const rows = await queryRows<{ id: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null }>(db, sql`
    SELECT id, nama, gelar_depan, gelar_belakang FROM pegawai WHERE id IN (${sql.join(unik.map((i) => sql`${i}`), sql`, `)})`);
  return new Map(rows.map((r) => [Number(r.id), { nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }]));
}

// ------------------------------------------------------------------------------------ inbox

export type InboxFilter = {
  /** Units in scope; null = all (admin). */
  unitIds: number[] | null;
  status?: StatusPermohonan | 'aktif';
  layananId?: number;
  unitId?: number;
  /** Assigned to this pegawai / unassigned / escalated to this pegawai. */
  petugasId?: number;
  belumDitugaskan?: boolean;
  eskalasiKe?: number;
  terlambatPada?: Date;
  /** Due soon: running, now ≤ jatuh_tempo ≤ batas of the case's jangka waktu. */
  segera?: { now: Date; batas: Array<{ satuan: string; nilai: number; batas: Date }> };
  q?: string;
};

function syaratInbox(f: InboxFilter): SQL | undefined {
  const s: (SQL | undefined)[] = [];
  if (f.unitIds) s.push(f.unitIds.length ? inArray(permohonan.unitId, f.unitIds) : sql`false`);
  if (f.unitId) s.push(eq(permohonan.unitId, f.unitId));
  if (f.status === 'aktif') s.push(inArray(permohonan.status, STATUS_AKTIF));
  else if (f.status) s.push(eq(permohonan.status, f.status));
  if (f.layananId) s.push(eq(permohonan.layananId, f.layananId));
  if (f.petugasId !== undefined) s.push(eq(permohonan.petugasId, f.petugasId));
  if (f.belumDitugaskan) s.push(and(isNull(permohonan.petugasId), inArray(permohonan.status, STATUS_AKTIF)));
  if (f.eskalasiKe !== undefined) s.push(eq(permohonan.eskalasiKe, f.eskalasiKe));
  if (f.terlambatPada) s.push(and(inArray(permohonan.status, STATUS_JALAN), lt(permohonan.jatuhTempo, f.terlambatPada)));
  if (f.segera) s.push(syaratSegera(f.segera));
  if (f.q) {
    const pola = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    s.push(or(ilike(permohonan.nomor, pola), ilike(permohonan.pemohonNama, pola)));
  }
  return and(...s);
}

function syaratSegera(g: NonNullable<InboxFilter['segera']>): SQL {
  if (!g.batas.length) return sql`false`;
  return and(
    inArray(permohonan.status, STATUS_JALAN),
    gte(permohonan.jatuhTempo, g.now),
    or(...g.batas.map((b) => and(
      eq(layananStandarVersi.jangkaWaktuSatuan, b.satuan as VersiRow['jangkaWaktuSatuan']),
      eq(layananStandarVersi.jangkaWaktuNilai, b.nilai),
      lte(permohonan.jatuhTempo, b.batas),
    ))),
  )!;
}

export type InboxRow = PermohonanRow & { layananKode: string; layananNama: string; satuan: VersiRow['jangkaWaktuSatuan']; nilai: number };

/** One page of the inbox: ordered by due date (paused/none last) or by submission (newest first). */
export async function listInbox(
  db: DbOrTx, f: InboxFilter, o: { urut: 'jatuhTempo' | 'diajukan'; limit: number; offset: number },
): Promise<InboxRow[]> {
  const urut = o.urut === 'diajukan'
    ? [desc(permohonan.diajukanAt), desc(permohonan.id)]
    : [sql`${permohonan.jatuhTempo} asc nulls last`, asc(permohonan.diajukanAt), asc(permohonan.id)];
  const rows = await db.select({
    p: permohonan, layananKode: layanan.kode, layananNama: layanan.nama,
    satuan: layananStandarVersi.jangkaWaktuSatuan, nilai: layananStandarVersi.jangkaWaktuNilai,
  }).from(permohonan)
    .innerJoin(layanan, eq(layanan.id, permohonan.layananId))
    .innerJoin(layananStandarVersi, eq(layananStandarVersi.id, permohonan.standarVersiId))
    .where(syaratInbox(f))
    .orderBy(...urut)
    .limit(o.limit).offset(o.offset);
  return rows.map((r) => ({ ...r.p, layananKode: r.layananKode, layananNama: r.layananNama, satuan: r.satuan, nilai: r.nilai }));
}

export async function countInbox(db: DbOrTx, f: InboxFilter): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(permohonan)
    .innerJoin(layananStandarVersi, eq(layananStandarVersi.id, permohonan.standarVersiId))
    .where(syaratInbox(f));
  return Number(r?.n ?? 0);
}

/** Distinct jangka waktu of running cases in scope (to turn 'segera' into instants per jangka waktu). */
export async function jangkaWaktuBerjalan(db: DbOrTx, unitIds: number[] | null): Promise<Array<{ satuan: VersiRow['jangkaWaktuSatuan']; nilai: number }>> {
  return db.selectDistinct({ satuan: layananStandarVersi.jangkaWaktuSatuan, nilai: layananStandarVersi.jangkaWaktuNilai })
    .from(permohonan)
    .innerJoin(layananStandarVersi, eq(layananStandarVersi.id, permohonan.standarVersiId))
    .where(and(inArray(permohonan.status, STATUS_JALAN), unitIds ? (unitIds.length ? inArray(permohonan.unitId, unitIds) : sql`false`) : undefined));
}

/** Counts per status within the scope. */
export async function hitungPerStatus(db: DbOrTx, unitIds: number[] | null): Promise<Record<string, number>> {
  const rows = await db.select({ status: permohonan.status, n: sql<number>`count(*)::int` }).from(permohonan)
    .where(unitIds ? (unitIds.length ? inArray(permohonan.unitId, unitIds) : sql`false`) : undefined)
    .groupBy(permohonan.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

// ------------------------------------------------------------------------------------ escalation

/** Running cases past their due instant and not yet escalated (oldest due first). */
export function listTerlambatBelumEskalasi(db: DbOrTx, now: Date, limit: number): Promise<PermohonanRow[]> {
  return db.select().from(permohonan)
    .where(and(inArray(permohonan.status, STATUS_JALAN), isNull(permohonan.eskalasiAt), isNotNull(permohonan.jatuhTempo), lt(permohonan.jatuhTempo, now)))
    .orderBy(asc(permohonan.jatuhTempo)).limit(limit);
}

/**
 * Marks one case escalated, only if nobody did it first (`eskalasi_at IS NULL`, idempotent under concurrent
 * job runners) and it is still running and overdue at `at` (it may have been paused, resumed with a new due
 * instant or finished since the job listed it); true when this call did it.
 */
export async function tandaiEskalasi(tx: DbOrTx, id: number, o: { at: Date; ke: number | null }): Promise<boolean> {
  const r = await tx.update(permohonan).set({ eskalasiAt: o.at, eskalasiKe: o.ke })
    .where(and(
      eq(permohonan.id, id), isNull(permohonan.eskalasiAt), inArray(permohonan.status, STATUS_JALAN),
      isNotNull(permohonan.jatuhTempo), lt(permohonan.jatuhTempo, o.at),
    ))
    .returning({ id: permohonan.id });
  return r.length > 0;
}

// ------------------------------------------------------------------------------------ facts for kinerja

export type FaktaRow = { id: number; diajukanAt: Date; selesaiAt: Date; tepatWaktu: boolean | null; slaTerpakaiMenit: number };

/** Cases finished in [dari, sampai) by an assignee or in units. */
export function listSelesai(db: DbOrTx, o: { petugasId?: number; unitIds?: number[]; dari: Date; sampai: Date }): Promise<FaktaRow[]> {
  return db.select({
    id: permohonan.id, diajukanAt: permohonan.diajukanAt, selesaiAt: sql<Date>`${permohonan.selesaiAt}`.mapWith(permohonan.selesaiAt),
    tepatWaktu: permohonan.tepatWaktu, slaTerpakaiMenit: permohonan.slaTerpakaiMenit,
  }).from(permohonan)
    .where(and(
      eq(permohonan.status, 'selesai'), gte(permohonan.selesaiAt, o.dari), lt(permohonan.selesaiAt, o.sampai),
      o.petugasId !== undefined ? eq(permohonan.petugasId, o.petugasId) : undefined,
      o.unitIds ? (o.unitIds.length ? inArray(permohonan.unitId, o.unitIds) : sql`false`) : undefined,
    ))
    .orderBy(asc(permohonan.selesaiAt), asc(permohonan.id));
}

/**
 * As {@link listSelesai} for many assignees at once (bulk kinerja facts): the cases finished in [dari, sampai)
 * whose petugas is one of `petugasIds`, with that petugas, in the same order (selesai_at, id) — so each
 * assignee's rows come out exactly as listSelesai gives them for that assignee alone.
 */
export function listSelesaiPerPetugas(db: DbOrTx, o: { petugasIds: number[]; dari: Date; sampai: Date }): Promise<Array<FaktaRow & { petugasId: number }>> {
  if (!o.petugasIds.length) return Promise.resolve([]);
  return db.select({
    id: permohonan.id, diajukanAt: permohonan.diajukanAt, selesaiAt: sql<Date>`${permohonan.selesaiAt}`.mapWith(permohonan.selesaiAt),
    tepatWaktu: permohonan.tepatWaktu, slaTerpakaiMenit: permohonan.slaTerpakaiMenit, petugasId: sql<number>`${permohonan.petugasId}`.mapWith(Number),
  }).from(permohonan)
    .where(and(
      eq(permohonan.status, 'selesai'), gte(permohonan.selesaiAt, o.dari), lt(permohonan.selesaiAt, o.sampai),
      inArray(permohonan.petugasId, o.petugasIds),
    ))
    .orderBy(asc(permohonan.selesaiAt), asc(permohonan.id));
}

/** Display columns of cases by id for other modules' evidence lists (no personal-data column is read). */
export function listRingkas(db: DbOrTx, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.select({
    id: permohonan.id, nomor: permohonan.nomor, status: permohonan.status, layanan: layanan.nama,
    diajukanAt: permohonan.diajukanAt, selesaiAt: permohonan.selesaiAt, tepatWaktu: permohonan.tepatWaktu,
    jangkaWaktuNilai: layananStandarVersi.jangkaWaktuNilai, jangkaWaktuSatuan: layananStandarVersi.jangkaWaktuSatuan,
  }).from(permohonan)
    .innerJoin(layanan, eq(layanan.id, permohonan.layananId))
    .innerJoin(layananStandarVersi, eq(layananStandarVersi.id, permohonan.standarVersiId))
    .where(inArray(permohonan.id, ids));
}
