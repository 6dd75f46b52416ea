import { and, asc, between, eq, gte, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  antrianLayanan, antrianLayar, antrianLokasi, antrianLoket, antrianLoketLayanan, antrianSesi, antrianTutup,
} from './antrian.table.ts';

/** Queries of the queue set-up (antrian.setup.service.ts). */

/** A lokasi as stored; the service adds its unit's name and OPD from the org module (admin OPD scope). */
export type LokasiRow = typeof antrianLokasi.$inferSelect;
export type LayananRow = typeof antrianLayanan.$inferSelect;
export type SesiRow = typeof antrianSesi.$inferSelect;
export type LoketRow = typeof antrianLoket.$inferSelect & { layananIds: number[] };
export type TutupRow = typeof antrianTutup.$inferSelect;
export type LayarRow = typeof antrianLayar.$inferSelect;

const pilihLokasi = (db: DbOrTx) => db.select().from(antrianLokasi);

/**
 * The keys of a partial change whose value is not `undefined` (a PATCH leaves absent fields alone).
 * Drizzle refuses an UPDATE without values ("No values to set"), so callers skip it when this is empty.
 */
export function perubahan<T extends object>(v: T): Partial<T> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Partial<T>;
}
/** Whether a partial change sets at least one column. */
export const adaPerubahan = (v: object): boolean => Object.keys(perubahan(v)).length > 0;

/** Lokasi by nama; only those whose unit is in `unitIds` when given. */
export async function listLokasi(db: DbOrTx, unitIds: number[] | null): Promise<LokasiRow[]> {
  if (unitIds && !unitIds.length) return [];
  const rows = await pilihLokasi(db).where(unitIds ? inArray(antrianLokasi.unitId, unitIds) : undefined).orderBy(asc(antrianLokasi.nama));
  return rows;
}

export async function findLokasi(db: DbOrTx, id: number): Promise<LokasiRow | null> {
  const [r] = await pilihLokasi(db).where(eq(antrianLokasi.id, id)).limit(1);
  return r ?? null;
}

export async function findLokasiByKode(db: DbOrTx, kode: string): Promise<LokasiRow | null> {
  const [r] = await pilihLokasi(db).where(eq(antrianLokasi.kode, kode)).limit(1);
  return r ?? null;
}

export async function insertLokasi(db: DbOrTx, v: typeof antrianLokasi.$inferInsert): Promise<number> {
  const [r] = await db.insert(antrianLokasi).values(v).returning({ id: antrianLokasi.id });
  return r!.id;
}

export async function updateLokasi(db: DbOrTx, id: number, v: Partial<typeof antrianLokasi.$inferInsert>): Promise<void> {
  const set = perubahan(v);
  if (adaPerubahan(set)) await db.update(antrianLokasi).set(set).where(eq(antrianLokasi.id, id));
}

// ------------------------------------------------------------------------------------------ layanan

export function listLayanan(db: DbOrTx, lokasiId: number): Promise<LayananRow[]> {
  return db.select().from(antrianLayanan).where(eq(antrianLayanan.lokasiId, lokasiId)).orderBy(asc(antrianLayanan.urutan), asc(antrianLayanan.prefix));
}

export async function findLayanan(db: DbOrTx, id: number): Promise<LayananRow | null> {
  const [r] = await db.select().from(antrianLayanan).where(eq(antrianLayanan.id, id)).limit(1);
  return r ?? null;
}

export async function insertLayanan(db: DbOrTx, v: typeof antrianLayanan.$inferInsert): Promise<LayananRow> {
  const [r] = await db.insert(antrianLayanan).values(v).returning();
  return r!;
}

export async function updateLayanan(db: DbOrTx, id: number, v: Partial<typeof antrianLayanan.$inferInsert>): Promise<LayananRow> {
  const set = perubahan(v);
  if (!adaPerubahan(set)) return (await findLayanan(db, id))!;
  const [r] = await db.update(antrianLayanan).set(set).where(eq(antrianLayanan.id, id)).returning();
  return r!;
}

// --------------------------------------------------------------------------------------------- sesi

export function listSesi(db: DbOrTx, layananIds: number[]): Promise<SesiRow[]> {
  if (!layananIds.length) return Promise.resolve([]);
  return db.select().from(antrianSesi).where(inArray(antrianSesi.layananId, layananIds)).orderBy(asc(antrianSesi.layananId), asc(antrianSesi.mulai));
}

export async function findSesi(db: DbOrTx, id: number): Promise<SesiRow | null> {
  const [r] = await db.select().from(antrianSesi).where(eq(antrianSesi.id, id)).limit(1);
  return r ?? null;
}

export async function insertSesi(db: DbOrTx, v: typeof antrianSesi.$inferInsert): Promise<SesiRow> {
  const [r] = await db.insert(antrianSesi).values(v).returning();
  return r!;
}

export async function updateSesi(db: DbOrTx, id: number, v: Partial<typeof antrianSesi.$inferInsert>): Promise<SesiRow> {
  const set = perubahan(v);
  if (!adaPerubahan(set)) return (await findSesi(db, id))!;
  const [r] = await db.update(antrianSesi).set(set).where(eq(antrianSesi.id, id)).returning();
  return r!;
}

/** Serialises set-up changes of one layanan (session capacities vs quota) within a transaction. */
export async function kunciLayanan(tx: DbOrTx, id: number): Promise<void> {
  await tx.execute(sql`select 1 from antrian_layanan where id = ${id} for update`);
}

// -------------------------------------------------------------------------------------------- loket

export async function listLoket(db: DbOrTx, lokasiId: number, id?: number): Promise<LoketRow[]> {
  const loket = await db.select().from(antrianLoket)
    .where(and(eq(antrianLoket.lokasiId, lokasiId), id ? eq(antrianLoket.id, id) : undefined))
    .orderBy(asc(antrianLoket.nomor));
  if (!loket.length) return [];
  const pasangan = await db.select().from(antrianLoketLayanan).where(inArray(antrianLoketLayanan.loketId, loket.map((l) => l.id)));
  return loket.map((l) => ({
    ...l, layananIds: pasangan.filter((p) => p.loketId === l.id).map((p) => p.layananId).sort((a, b) => a - b),
  }));
}

export async function findLoket(db: DbOrTx, id: number): Promise<typeof antrianLoket.$inferSelect | null> {
  const [r] = await db.select().from(antrianLoket).where(eq(antrianLoket.id, id)).limit(1);
  return r ?? null;
}

export async function insertLoket(db: DbOrTx, v: typeof antrianLoket.$inferInsert): Promise<number> {
  const [r] = await db.insert(antrianLoket).values(v).returning({ id: antrianLoket.id });
  return r!.id;
}

export async function updateLoket(db: DbOrTx, id: number, v: Partial<typeof antrianLoket.$inferInsert>): Promise<void> {
  const set = perubahan(v);
  if (adaPerubahan(set)) await db.update(antrianLoket).set(set).where(eq(antrianLoket.id, id));
}

/** Replaces the set of layanan a loket serves. */
export async function setLoketLayanan(db: DbOrTx, loketId: number, layananIds: number[]): Promise<void> {
  await db.delete(antrianLoketLayanan).where(eq(antrianLoketLayanan.loketId, loketId));
  if (layananIds.length) await db.insert(antrianLoketLayanan).values([...new Set(layananIds)].map((layananId) => ({ loketId, layananId })));
}

/** How many of `ids` are layanan of `lokasiId`. */
export async function hitungLayananDiLokasi(db: DbOrTx, lokasiId: number, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db.select({ id: antrianLayanan.id }).from(antrianLayanan).where(and(eq(antrianLayanan.lokasiId, lokasiId), inArray(antrianLayanan.id, ids)));
  return rows.length;
}

// -------------------------------------------------------------------------------------------- tutup

export function listTutupSejak(db: DbOrTx, lokasiId: number, dari: string): Promise<TutupRow[]> {
  return db.select().from(antrianTutup).where(and(eq(antrianTutup.lokasiId, lokasiId), gte(antrianTutup.tanggal, dari))).orderBy(asc(antrianTutup.tanggal));
}

export async function tanggalTutupAntara(db: DbOrTx, lokasiId: number, dari: string, sampai: string): Promise<string[]> {
  const rows = await db.select({ tanggal: antrianTutup.tanggal }).from(antrianTutup)
    .where(and(eq(antrianTutup.lokasiId, lokasiId), between(antrianTutup.tanggal, dari, sampai)));
  return rows.map((r) => r.tanggal);
}

export async function findTutup(db: DbOrTx, id: number): Promise<TutupRow | null> {
  const [r] = await db.select().from(antrianTutup).where(eq(antrianTutup.id, id)).limit(1);
  return r ?? null;
}

export async function insertTutup(db: DbOrTx, v: typeof antrianTutup.$inferInsert): Promise<TutupRow> {
  const [r] = await db.insert(antrianTutup).values(v).returning();
  return r!;
}

export async function deleteTutup(db: DbOrTx, id: number): Promise<void> {
  await db.delete(antrianTutup).where(eq(antrianTutup.id, id));
}

// -------------------------------------------------------------------------------------------- layar

/** Active display devices of a lokasi (revoked ones are kept for the audit trail, not listed). */
export function listLayarAktif(db: DbOrTx, lokasiId: number): Promise<LayarRow[]> {
  return db.select().from(antrianLayar).where(and(eq(antrianLayar.lokasiId, lokasiId), eq(antrianLayar.aktif, true))).orderBy(asc(antrianLayar.id));
}

export async function findLayar(db: DbOrTx, id: number): Promise<LayarRow | null> {
  const [r] = await db.select().from(antrianLayar).where(eq(antrianLayar.id, id)).limit(1);
  return r ?? null;
}

export async function insertLayar(db: DbOrTx, v: typeof antrianLayar.$inferInsert): Promise<LayarRow> {
  const [r] = await db.insert(antrianLayar).values(v).returning();
  return r!;
}

export async function cabutLayar(db: DbOrTx, id: number): Promise<void> {
  await db.update(antrianLayar).set({ aktif: false }).where(eq(antrianLayar.id, id));
}

/** The active device of lokasi `kode` with this token hash, or null. */
export async function findLayarAktifByToken(db: DbOrTx, kode: string, tokenHash: string): Promise<{ layarId: number; lokasiId: number } | null> {
  const [r] = await db
    .select({ layarId: antrianLayar.id, lokasiId: antrianLayar.lokasiId })
    .from(antrianLayar)
    .innerJoin(antrianLokasi, eq(antrianLokasi.id, antrianLayar.lokasiId))
    .where(and(eq(antrianLokasi.kode, kode), eq(antrianLayar.tokenHash, tokenHash), eq(antrianLayar.aktif, true)))
    .limit(1);
  return r ?? null;
}

/** Marks a device as seen now, at most once a minute (one conditional UPDATE, no write when recent). */
export async function tandaiLayarTerlihat(db: DbOrTx, layarId: number): Promise<void> {
  await db.update(antrianLayar).set({ terakhirTerlihat: sql`now()` })
    .where(and(eq(antrianLayar.id, layarId), sql`(${antrianLayar.terakhirTerlihat} is null or ${antrianLayar.terakhirTerlihat} < now() - interval '1 minute')`));
}
