import { and, asc, desc, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { layanan, layananMaklumat, layananStandarVersi } from './layanan.table.ts';

/** Queries of the service catalogue (layanan, standar versions, maklumat). No decisions here. */

export type LayananRow = typeof layanan.$inferSelect;
export type LayananBaru = typeof layanan.$inferInsert;
export type VersiRow = typeof layananStandarVersi.$inferSelect;
export type VersiBaru = typeof layananStandarVersi.$inferInsert;
export type MaklumatRow = typeof layananMaklumat.$inferSelect;

export async function findLayananById(db: DbOrTx, id: number): Promise<LayananRow | null> {
  const [r] = await db.select().from(layanan).where(eq(layanan.id, id)).limit(1);
  return r ?? null;
}

export async function findLayananByKode(db: DbOrTx, kode: string): Promise<LayananRow | null> {
  const [r] = await db.select().from(layanan).where(eq(layanan.kode, kode)).limit(1);
  return r ?? null;
}

/** Locks the layanan row for the rest of the transaction (version numbering, publishing). */
export async function lockLayanan(tx: DbOrTx, id: number): Promise<LayananRow | null> {
  const [r] = await tx.select().from(layanan).where(eq(layanan.id, id)).for('update').limit(1);
  return r ?? null;
}

export type LayananFilter = {
  /** Only these units (null = all). */
  unitIds?: number[] | null;
  aktifSaja?: boolean;
  q?: string;
  kategori?: string;
};

/** Layanan by urutan, nama. */
export function listLayanan(db: DbOrTx, f: LayananFilter = {}): Promise<LayananRow[]> {
  const syarat: (SQL | undefined)[] = [];
  if (f.unitIds) syarat.push(f.unitIds.length ? inArray(layanan.unitId, f.unitIds) : sql`false`);
  if (f.aktifSaja) syarat.push(eq(layanan.aktif, true));
  if (f.kategori) syarat.push(eq(layanan.kategori, f.kategori));
  if (f.q) {
    for (const kata of f.q.split(/\s+/).filter(Boolean).slice(0, 6)) {
      const pola = `%${kata.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      syarat.push(or(ilike(layanan.nama, pola), ilike(layanan.kode, pola), ilike(layanan.ringkasan, pola), ilike(layanan.kategori, pola)));
    }
  }
  return db.select().from(layanan).where(and(...syarat)).orderBy(asc(layanan.urutan), asc(layanan.nama));
}

export async function insertLayanan(db: DbOrTx, v: LayananBaru): Promise<LayananRow> {
  const [r] = await db.insert(layanan).values(v).returning();
  return r!;
}

export async function updateLayanan(db: DbOrTx, id: number, v: Partial<LayananBaru>): Promise<LayananRow | null> {
  const [r] = await db.update(layanan).set(v).where(eq(layanan.id, id)).returning();
  return r ?? null;
}

/** Every version of the given layanan (drafts too), newest first. */
export function listVersi(db: DbOrTx, layananIds: number[]): Promise<VersiRow[]> {
  if (!layananIds.length) return Promise.resolve([]);
  return db.select().from(layananStandarVersi).where(inArray(layananStandarVersi.layananId, layananIds))
    .orderBy(asc(layananStandarVersi.layananId), desc(layananStandarVersi.versi));
}

/** Published versions that started at or before `at` (candidates for "in force"), of the given layanan or all. */
export function listVersiTerbitSampai(db: DbOrTx, at: Date, layananIds?: number[]): Promise<VersiRow[]> {
  return db.select().from(layananStandarVersi)
    .where(and(
      eq(layananStandarVersi.terbit, true),
      lte(layananStandarVersi.berlakuMulai, at),
      layananIds ? (layananIds.length ? inArray(layananStandarVersi.layananId, layananIds) : sql`false`) : undefined,
    ))
    .orderBy(asc(layananStandarVersi.layananId), desc(layananStandarVersi.berlakuMulai), desc(layananStandarVersi.versi));
}

export async function findVersi(db: DbOrTx, layananId: number, versi: number): Promise<VersiRow | null> {
  const [r] = await db.select().from(layananStandarVersi)
    .where(and(eq(layananStandarVersi.layananId, layananId), eq(layananStandarVersi.versi, versi))).limit(1);
  return r ?? null;
}

export async function findVersiById(db: DbOrTx, id: number): Promise<VersiRow | null> {
  const [r] = await db.select().from(layananStandarVersi).where(eq(layananStandarVersi.id, id)).limit(1);
  return r ?? null;
}

export async function maxVersi(db: DbOrTx, layananId: number): Promise<number> {
  const [r] = await db.select({ m: sql<number | null>`max(${layananStandarVersi.versi})` }).from(layananStandarVersi)
    .where(eq(layananStandarVersi.layananId, layananId));
  return Number(r?.m ?? 0);
}

export async function insertVersi(db: DbOrTx, v: VersiBaru): Promise<VersiRow> {
  const [r] = await db.insert(layananStandarVersi).values(v).returning();
  return r!;
}

/** Updates a DRAFT only (the `terbit = false` guard makes a published version immutable even under a race). */
export async function updateDraf(db: DbOrTx, id: number, v: Partial<VersiBaru>): Promise<VersiRow | null> {
  const [r] = await db.update(layananStandarVersi).set(v)
    .where(and(eq(layananStandarVersi.id, id), eq(layananStandarVersi.terbit, false))).returning();
  return r ?? null;
}

/** Deletes a DRAFT only. */
export async function deleteDraf(db: DbOrTx, id: number): Promise<VersiRow | null> {
  const [r] = await db.delete(layananStandarVersi)
    .where(and(eq(layananStandarVersi.id, id), eq(layananStandarVersi.terbit, false))).returning();
  return r ?? null;
}

export async function findMaklumat(db: DbOrTx, unitIds: number[]): Promise<MaklumatRow[]> {
  if (!unitIds.length) return [];
  return db.select().from(layananMaklumat).where(inArray(layananMaklumat.unitId, unitIds));
}

export async function upsertMaklumat(db: DbOrTx, v: { unitId: number; teks: string; penandatangan: string | null; ditetapkan: string | null; updatedAt: Date }): Promise<MaklumatRow> {
  const [r] = await db.insert(layananMaklumat).values(v)
    .onConflictDoUpdate({ target: layananMaklumat.unitId, set: { teks: v.teks, penandatangan: v.penandatangan, ditetapkan: v.ditetapkan, updatedAt: v.updatedAt } })
    .returning();
  return r!;
}
