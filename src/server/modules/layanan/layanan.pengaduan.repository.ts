import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { StatusPengaduan } from '../../../domain/layanan/pengaduan.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import {
  layanan, layananNomor, open311Klien, pengaduan, pengaduanKategori, pengaduanLampiran, pengaduanPengaturan, pengaduanPeristiwa,
  permohonan,
} from './layanan.table.ts';

/**
 * Queries of complaints (pengaduan), their categories and settings, and the Open311 clients. No
 * decisions here: scope, workflow and deadlines are the service's (layanan.pengaduan.service.ts).
 */

export type PengaduanRow = typeof pengaduan.$inferSelect;
export type PengaduanBaru = typeof pengaduan.$inferInsert;
export type KategoriRow = typeof pengaduanKategori.$inferSelect;
export type PeristiwaRow = typeof pengaduanPeristiwa.$inferSelect;
export type LampiranRow = typeof pengaduanLampiran.$inferSelect;
export type KlienRow = typeof open311Klien.$inferSelect;

/**
 * The next number of a per-year counter (`PG` pengaduan), atomically in the caller's transaction: a
 * rolled-back submission rolls its number back too; the unique index on `nomor` is the last guard.
 */
export async function ambilNomor(tx: DbOrTx, jenis: string, tahun: number): Promise<number> {
  const [r] = await tx.insert(layananNomor).values({ jenis, tahun, terakhir: 1 })
    .onConflictDoUpdate({ target: [layananNomor.jenis, layananNomor.tahun], set: { terakhir: sql`${layananNomor.terakhir} + 1` } })
    .returning({ terakhir: layananNomor.terakhir });
  return r!.terakhir;
}

// ------------------------------------------------------------------------------------------ settings

export async function getPengaturan(db: DbOrTx) {
  const [r] = await db.select().from(pengaduanPengaturan).where(eq(pengaduanPengaturan.id, 1)).limit(1);
  return r ?? null;
}

export async function simpanPengaturan(tx: DbOrTx, v: { hariVerifikasi: number; hariTindakLanjut: number; hariTutupOtomatis: number }, now: Date) {
  await tx.insert(pengaduanPengaturan).values({ id: 1, ...v, updatedAt: now })
    .onConflictDoUpdate({ target: pengaduanPengaturan.id, set: { ...v, updatedAt: now } });
}

// ------------------------------------------------------------------------------------------ categories

export async function listKategori(db: DbOrTx, o: { aktifSaja?: boolean } = {}) {
  return db.select().from(pengaduanKategori)
    .where(o.aktifSaja ? eq(pengaduanKategori.aktif, true) : undefined)
    .orderBy(asc(pengaduanKategori.grup), asc(pengaduanKategori.nama));
}

export async function findKategori(db: DbOrTx, id: number): Promise<KategoriRow | null> {
  const [r] = await db.select().from(pengaduanKategori).where(eq(pengaduanKategori.id, id)).limit(1);
  return r ?? null;
}

export async function findKategoriByKode(db: DbOrTx, kode: string): Promise<KategoriRow | null> {
  const [r] = await db.select().from(pengaduanKategori).where(eq(pengaduanKategori.kode, kode)).limit(1);
  return r ?? null;
}

export async function findKategoriByKodes(db: DbOrTx, kodes: string[]): Promise<KategoriRow[]> {
  if (!kodes.length) return [];
  return db.select().from(pengaduanKategori).where(inArray(pengaduanKategori.kode, kodes));
}

export async function insertKategori(tx: DbOrTx, v: typeof pengaduanKategori.$inferInsert): Promise<KategoriRow> {
  const [r] = await tx.insert(pengaduanKategori).values(v).returning();
  return r!;
}

export async function updateKategori(tx: DbOrTx, id: number, v: Partial<typeof pengaduanKategori.$inferInsert>): Promise<KategoriRow | null> {
  const [r] = await tx.update(pengaduanKategori).set(v).where(eq(pengaduanKategori.id, id)).returning();
  return r ?? null;
}

/** category id → number of complaints filed under it. */
export async function hitungPerKategori(db: DbOrTx): Promise<Map<number, number>> {
  const rows = await db.select({ id: pengaduan.kategoriId, n: sql<number>`count(*)::int` }).from(pengaduan).groupBy(pengaduan.kategoriId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

// ------------------------------------------------------------------------------------------ related records

export async function findLayananByKode(db: DbOrTx, kode: string) {
  const [r] = await db.select({ id: layanan.id, kode: layanan.kode, nama: layanan.nama, unitId: layanan.unitId, aktif: layanan.aktif })
    .from(layanan).where(eq(layanan.kode, kode)).limit(1);
  return r ?? null;
}

export async function findLayanan(db: DbOrTx, id: number) {
  const [r] = await db.select({ id: layanan.id, kode: layanan.kode, nama: layanan.nama, unitId: layanan.unitId })
    .from(layanan).where(eq(layanan.id, id)).limit(1);
  return r ?? null;
}

export async function findPermohonanByNomor(db: DbOrTx, nomor: string) {
  const [r] = await db.select({ id: permohonan.id, nomor: permohonan.nomor, unitId: permohonan.unitId })
    .from(permohonan).where(eq(permohonan.nomor, nomor)).limit(1);
  return r ?? null;
}

export async function findPermohonan(db: DbOrTx, id: number) {
  const [r] = await db.select({ id: permohonan.id, nomor: permohonan.nomor, unitId: permohonan.unitId })
    .from(permohonan).where(eq(permohonan.id, id)).limit(1);
  return r ?? null;
}

// ------------------------------------------------------------------------------------------ complaints

export async function insertPengaduan(tx: DbOrTx, v: PengaduanBaru): Promise<PengaduanRow> {
  const [r] = await tx.insert(pengaduan).values(v).returning();
  return r!;
}

export async function insertLampiran(tx: DbOrTx, rows: Array<typeof pengaduanLampiran.$inferInsert>) {
  if (rows.length) await tx.insert(pengaduanLampiran).values(rows);
}

export async function insertPeristiwa(tx: DbOrTx, v: typeof pengaduanPeristiwa.$inferInsert) {
  await tx.insert(pengaduanPeristiwa).values(v);
}

export async function findPengaduan(db: DbOrTx, id: number): Promise<PengaduanRow | null> {
  const [r] = await db.select().from(pengaduan).where(eq(pengaduan.id, id)).limit(1);
  return r ?? null;
}

export async function findPengaduanByNomor(db: DbOrTx, nomor: string): Promise<PengaduanRow | null> {
  const [r] = await db.select().from(pengaduan).where(eq(pengaduan.nomor, nomor)).limit(1);
  return r ?? null;
}

export async function findPengaduanByNomors(db: DbOrTx, nomors: string[]): Promise<PengaduanRow[]> {
  if (!nomors.length) return [];
  return db.select().from(pengaduan).where(inArray(pengaduan.nomor, nomors)).orderBy(desc(pengaduan.createdAt));
}

/**
 * Applies `set` (and revisi + 1) only when the row still has `revisi` (optimistic concurrency): under
 * PostgreSQL READ COMMITTED a concurrent writer's update makes this one match zero rows. null = stale.
 */
export async function ubahJikaRevisi(tx: DbOrTx, id: number, revisi: number, set: Partial<PengaduanBaru>): Promise<PengaduanRow | null> {
  const [r] = await tx.update(pengaduan).set({ ...set, revisi: sql`${pengaduan.revisi} + 1` })
    .where(and(eq(pengaduan.id, id), eq(pengaduan.revisi, revisi))).returning();
  return r ?? null;
}

export async function listPeristiwa(db: DbOrTx, pengaduanId: number, o: { publikSaja?: boolean } = {}): Promise<PeristiwaRow[]> {
  return db.select().from(pengaduanPeristiwa)
    .where(and(eq(pengaduanPeristiwa.pengaduanId, pengaduanId), o.publikSaja ? eq(pengaduanPeristiwa.publik, true) : undefined))
    .orderBy(asc(pengaduanPeristiwa.at), asc(pengaduanPeristiwa.id));
}

/** The latest public answer (tanggapan, tindak lanjut, rejection or closing note) of each complaint. */
export async function tanggapanTerakhir(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectDistinctOn([pengaduanPeristiwa.pengaduanId], { id: pengaduanPeristiwa.pengaduanId, isi: pengaduanPeristiwa.isi })
    .from(pengaduanPeristiwa)
    .where(and(
      inArray(pengaduanPeristiwa.pengaduanId, ids), eq(pengaduanPeristiwa.publik, true),
      inArray(pengaduanPeristiwa.aksi, ['tanggapi', 'tindak_lanjut', 'tolak', 'tutup']), sql`${pengaduanPeristiwa.isi} is not null`,
    ))
    .orderBy(pengaduanPeristiwa.pengaduanId, desc(pengaduanPeristiwa.at), desc(pengaduanPeristiwa.id));
  return new Map(rows.map((r) => [r.id, r.isi!]));
}

export async function listLampiran(db: DbOrTx, pengaduanId: number): Promise<LampiranRow[]> {
  return db.select().from(pengaduanLampiran).where(eq(pengaduanLampiran.pengaduanId, pengaduanId)).orderBy(asc(pengaduanLampiran.id));
}

export async function findLampiran(db: DbOrTx, pengaduanId: number, id: number): Promise<LampiranRow | null> {
  const [r] = await db.select().from(pengaduanLampiran)
    .where(and(eq(pengaduanLampiran.id, id), eq(pengaduanLampiran.pengaduanId, pengaduanId))).limit(1);
  return r ?? null;
}

export async function hitungLampiran(db: DbOrTx, pengaduanId: number): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(pengaduanLampiran).where(eq(pengaduanLampiran.pengaduanId, pengaduanId));
  return Number(r?.n ?? 0);
}

/** SQL: the case is past its running deadline at `now` (verification while baru/diverifikasi, follow-up while diteruskan). */
function terlambatPada(now: Date): SQL {
  return or(
    and(inArray(pengaduan.status, ['baru', 'diverifikasi']), lt(pengaduan.batasVerifikasi, now)),
    and(eq(pengaduan.status, 'diteruskan'), lt(pengaduan.batasTindakLanjut, now)),
  )!;
}

/** Staff scope: null = every case (coordinator), else cases forwarded to one of these units. */
export type Lingkup = { unitIds: number[] | null };

function lingkupSql(l: Lingkup): SQL | undefined {
  if (l.unitIds === null) return undefined;
  return l.unitIds.length ? inArray(pengaduan.unitId, l.unitIds) : sql`false`;
}

export type FilterList = {
  status?: StatusPengaduan[];
  kategoriId?: number;
  unitId?: number;
  terlambat?: boolean;
  q?: string;
  page: number;
  perHalaman: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of the staff list, open cases first by their running deadline (the most urgent on top), then
 * closed ones by last change. Returns the rows and the total of the filter.
 */
export async function listPengaduan(db: DbOrTx, l: Lingkup, f: FilterList, now: Date) {
  const q = f.q?.trim();
  const where = and(
    lingkupSql(l),
    f.status?.length ? inArray(pengaduan.status, f.status) : undefined,
    f.kategoriId ? eq(pengaduan.kategoriId, f.kategoriId) : undefined,
    f.unitId ? eq(pengaduan.unitId, f.unitId) : undefined,
    f.terlambat ? terlambatPada(now) : undefined,
    q ? (/^PG-\d{4}-\d{6}$/i.test(q) ? eq(pengaduan.nomor, q.toUpperCase()) : sql`${pengaduan.judul} ilike ${`%${escapeLike(q)}%`}`) : undefined,
  );
  const batasBerjalan = sql`case
    when ${pengaduan.status} in ('baru','diverifikasi') then ${pengaduan.batasVerifikasi}
    when ${pengaduan.status} = 'diteruskan' then ${pengaduan.batasTindakLanjut}
    when ${pengaduan.status} = 'ditindaklanjuti' then ${pengaduan.tutupOtomatisAt}
    else null end`;
  const [rows, [jumlah]] = await Promise.all([
    db.select().from(pengaduan).where(where)
      .orderBy(sql`${batasBerjalan} asc nulls last`, desc(pengaduan.updatedAt), desc(pengaduan.id))
      .limit(f.perHalaman).offset((f.page - 1) * f.perHalaman),
    db.select({ n: sql<number>`count(*)::int` }).from(pengaduan).where(where),
  ]);
  return { rows, total: Number(jumlah?.n ?? 0) };
}

/** Counts over a scope: per status, and how many are past their running deadline. */
export async function ringkasan(db: DbOrTx, l: Lingkup, now: Date) {
  const [per, [t]] = await Promise.all([
    db.select({ status: pengaduan.status, n: sql<number>`count(*)::int` }).from(pengaduan).where(lingkupSql(l)).groupBy(pengaduan.status),
    db.select({ n: sql<number>`count(*)::int` }).from(pengaduan).where(and(lingkupSql(l), terlambatPada(now))),
  ]);
  return { perStatus: Object.fromEntries(per.map((r) => [r.status, Number(r.n)])), terlambat: Number(t?.n ?? 0) };
}

/**
 * Auto-close (SP4N-LAPOR!): every ditindaklanjuti case whose `tutup_otomatis_at` ≤ now becomes selesai,
 * in one conditional statement. Two concurrent runs cannot both close a case: under READ COMMITTED the
 * second re-evaluates `status = 'ditindaklanjuti'` after the first commits and skips the row.
 */
export async function tutupOtomatis(tx: DbOrTx, now: Date): Promise<Array<{ id: number; revisi: number }>> {
  const t = now.toISOString();
  const rows = await queryRows<{ id: string | number; revisi: number }>(tx, sql`
    update pengaduan set status = 'selesai', ditutup_at = ${t}::timestamptz, updated_at = ${t}::timestamptz, revisi = revisi + 1
    where status = 'ditindaklanjuti' and tutup_otomatis_at <= ${t}::timestamptz
    returning id, revisi`);
  return rows.map((r) => ({ id: Number(r.id), revisi: Number(r.revisi) }));
}

// ------------------------------------------------------------------------------------------ Open311

export type FilterOpen311 = {
  nomor?: string[];
  kategoriIds?: number[];
  dari?: Date;
  sampai?: Date;
  status?: StatusPengaduan[];
  batas: number;
  offset: number;
};

/** Cases for GET requests.json, newest first. `nomor` (service_request_id) overrides every other filter. */
export async function listOpen311(db: DbOrTx, f: FilterOpen311): Promise<PengaduanRow[]> {
  const where = f.nomor
    ? inArray(pengaduan.nomor, f.nomor)
    : and(
      f.kategoriIds ? inArray(pengaduan.kategoriId, f.kategoriIds) : undefined,
      f.dari ? gte(pengaduan.createdAt, f.dari) : undefined,
      f.sampai ? lte(pengaduan.createdAt, f.sampai) : undefined,
      f.status ? inArray(pengaduan.status, f.status) : undefined,
    );
  return db.select().from(pengaduan).where(where).orderBy(desc(pengaduan.createdAt), desc(pengaduan.id)).limit(f.batas).offset(f.offset);
}

export async function listKlien(db: DbOrTx): Promise<KlienRow[]> {
  return db.select().from(open311Klien).orderBy(desc(open311Klien.aktif), asc(open311Klien.nama));
}

export async function insertKlien(tx: DbOrTx, v: { nama: string; kunciHash: string }): Promise<KlienRow> {
  const [r] = await tx.insert(open311Klien).values(v).returning();
  return r!;
}

export async function cabutKlien(tx: DbOrTx, id: number): Promise<KlienRow | null> {
  const [r] = await tx.update(open311Klien).set({ aktif: false }).where(eq(open311Klien.id, id)).returning();
  return r ?? null;
}

export async function findKlienAktifByHash(db: DbOrTx, kunciHash: string): Promise<KlienRow | null> {
  const [r] = await db.select().from(open311Klien).where(and(eq(open311Klien.kunciHash, kunciHash), eq(open311Klien.aktif, true))).limit(1);
  return r ?? null;
}

export async function sentuhKlien(tx: DbOrTx, id: number, now: Date) {
  await tx.update(open311Klien).set({ terakhirDipakai: now }).where(eq(open311Klien.id, id));
}

// ------------------------------------------------------------------------------------------ kinerja

/** Complaints forwarded to one of `unitIds` and created in [dari, sampai): id, follow-up instant and deadline. */
export async function faktaUnit(db: DbOrTx, unitIds: number[], dari: Date, sampai: Date) {
  if (!unitIds.length) return [];
  return db.select({ id: pengaduan.id, tindakLanjutAt: pengaduan.tindakLanjutAt, batasTindakLanjut: pengaduan.batasTindakLanjut })
    .from(pengaduan)
    .where(and(inArray(pengaduan.unitId, unitIds), gte(pengaduan.createdAt, dari), lt(pengaduan.createdAt, sampai)))
    .orderBy(asc(pengaduan.id));
}

/**
 * Display columns of complaints by id for other modules' evidence lists. Never the title, text, reporter or
 * location (they may hold personal data): number, category, layanan, unit, status and the deadline columns.
 */
export async function listRingkas(db: DbOrTx, ids: number[]) {
  if (!ids.length) return [];
  return db.select({
    id: pengaduan.id, nomor: pengaduan.nomor, status: pengaduan.status, kategori: pengaduanKategori.nama, layanan: layanan.nama,
    createdAt: pengaduan.createdAt, batasTindakLanjut: pengaduan.batasTindakLanjut, tindakLanjutAt: pengaduan.tindakLanjutAt,
  }).from(pengaduan)
    .innerJoin(pengaduanKategori, eq(pengaduanKategori.id, pengaduan.kategoriId))
    .leftJoin(layanan, eq(layanan.id, pengaduan.layananId))
    .where(inArray(pengaduan.id, ids));
}
