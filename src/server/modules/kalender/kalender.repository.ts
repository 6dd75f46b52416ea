import { asc, between, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { hariLibur } from './kalender.table.ts';

export type HariLiburRow = typeof hariLibur.$inferSelect;
export type HariLiburBaru = typeof hariLibur.$inferInsert;

/** Closed days between two dates inclusive, by date. */
export function listAntara(db: DbOrTx, dari: string, sampai: string): Promise<HariLiburRow[]> {
  return db.select().from(hariLibur).where(between(hariLibur.tanggal, dari, sampai)).orderBy(asc(hariLibur.tanggal));
}

export async function findById(db: DbOrTx, id: number): Promise<HariLiburRow | null> {
  const [r] = await db.select().from(hariLibur).where(eq(hariLibur.id, id)).limit(1);
  return r ?? null;
}

export async function findByTanggal(db: DbOrTx, tanggal: string): Promise<HariLiburRow | null> {
  const [r] = await db.select().from(hariLibur).where(eq(hariLibur.tanggal, tanggal)).limit(1);
  return r ?? null;
}

export async function insert(db: DbOrTx, v: HariLiburBaru): Promise<HariLiburRow> {
  const [r] = await db.insert(hariLibur).values(v).returning();
  return r!;
}

export async function update(db: DbOrTx, id: number, v: Partial<HariLiburBaru>): Promise<HariLiburRow | null> {
  const [r] = await db.update(hariLibur).set({ ...v, diubahPada: sql`now()` }).where(eq(hariLibur.id, id)).returning();
  return r ?? null;
}

export async function remove(db: DbOrTx, id: number): Promise<HariLiburRow | null> {
  const [r] = await db.delete(hariLibur).where(eq(hariLibur.id, id)).returning();
  return r ?? null;
}

/** The years (of `tahun`) that already have at least one entry. */
export async function tahunTerisi(db: DbOrTx, tahun: number[]): Promise<Set<number>> {
  if (!tahun.length) return new Set();
  const rows = await queryRows<{ tahun: number }>(db, sql`
    select distinct extract(year from tanggal)::int as tahun from hari_libur
    where extract(year from tanggal)::int in (${sql.join(tahun.map((t) => sql`${t}`), sql`, `)})`);
  return new Set(rows.map((r) => Number(r.tahun)));
}

/** Inserts many entries in one statement; dates already present are left as they are. */
export async function insertBanyak(db: DbOrTx, rows: HariLiburBaru[]): Promise<number> {
  if (!rows.length) return 0;
  const r = await db.insert(hariLibur).values(rows).onConflictDoNothing({ target: hariLibur.tanggal }).returning({ id: hariLibur.id });
  return r.length;
}
