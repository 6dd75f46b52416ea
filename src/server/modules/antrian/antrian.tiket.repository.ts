import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import {
  antrianKuota, antrianLayanan, antrianLokasi, antrianLoket, antrianPeristiwa, antrianSesi, antrianTiket, antrianTutup,
} from './antrian.table.ts';

/**
 * Queries of the citizen side of the queue (booking, kiosk, ticket page). Capacity and numbering are
 * atomic single statements (pelayanan.md §3.2 "reserve transactionally"), identical on PGlite and PG 15.
 */

export type LokasiRow = typeof antrianLokasi.$inferSelect;
export type LayananRow = typeof antrianLayanan.$inferSelect;
export type SesiRow = typeof antrianSesi.$inferSelect;
export type TiketRow = typeof antrianTiket.$inferSelect;
export type TiketBaru = typeof antrianTiket.$inferInsert;
export type StatusTiket = TiketRow['status'];

/** Capacity counter keys of antrian_kuota. */
export const KUNCI = { online: 'online', walkin: 'walkin', sesi: (id: number) => `sesi:${id}` } as const;

export async function listLokasiAktif(db: DbOrTx, opts: { unitIds?: number[] } = {}) {
  if (opts.unitIds && opts.unitIds.length === 0) return [];
  return db.select().from(antrianLokasi)
    .where(and(eq(antrianLokasi.aktif, true), opts.unitIds ? inArray(antrianLokasi.unitId, opts.unitIds) : undefined))
    .orderBy(asc(antrianLokasi.nama));
}

export async function listLayananAktif(db: DbOrTx, lokasiIds: number[]) {
  if (lokasiIds.length === 0) return [];
  return db.select().from(antrianLayanan)
    .where(and(inArray(antrianLayanan.lokasiId, lokasiIds), eq(antrianLayanan.aktif, true)))
    .orderBy(asc(antrianLayanan.urutan), asc(antrianLayanan.prefix));
}

export async function findLokasiByKode(db: DbOrTx, kode: string): Promise<LokasiRow | null> {
  const [r] = await db.select().from(antrianLokasi).where(eq(antrianLokasi.kode, kode)).limit(1);
  return r ?? null;
}

export async function findLokasi(db: DbOrTx, id: number): Promise<LokasiRow | null> {
  const [r] = await db.select().from(antrianLokasi).where(eq(antrianLokasi.id, id)).limit(1);
  return r ?? null;
}

/** A layanan with its lokasi. */
export async function findLayanan(db: DbOrTx, id: number): Promise<{ layanan: LayananRow; lokasi: LokasiRow } | null> {
  const [r] = await db.select({ layanan: antrianLayanan, lokasi: antrianLokasi }).from(antrianLayanan)
    .innerJoin(antrianLokasi, eq(antrianLokasi.id, antrianLayanan.lokasiId))
    .where(eq(antrianLayanan.id, id)).limit(1);
  return r ?? null;
}

export async function listSesiAktif(db: DbOrTx, layananId: number): Promise<SesiRow[]> {
  return db.select().from(antrianSesi)
    .where(and(eq(antrianSesi.layananId, layananId), eq(antrianSesi.aktif, true)))
    .orderBy(asc(antrianSesi.mulai));
}

export async function findSesi(db: DbOrTx, id: number): Promise<SesiRow | null> {
  const [r] = await db.select().from(antrianSesi).where(eq(antrianSesi.id, id)).limit(1);
  return r ?? null;
}

/** The lokasi's own closed dates between two WIB dates (inclusive). */
export async function listTutup(db: DbOrTx, lokasiId: number, dari: string, sampai: string): Promise<string[]> {
  const rows = await db.select({ tanggal: antrianTutup.tanggal }).from(antrianTutup)
    .where(and(eq(antrianTutup.lokasiId, lokasiId), gte(antrianTutup.tanggal, dari), lte(antrianTutup.tanggal, sampai)));
  return rows.map((r) => r.tanggal);
}

/** Used places per (layanan, tanggal, kunci) for the given layanan and dates. */
export async function listKuota(db: DbOrTx, layananIds: number[], tanggal: string[]) {
  if (layananIds.length === 0 || tanggal.length === 0) return [];
  return db.select().from(antrianKuota)
    .where(and(inArray(antrianKuota.layananId, layananIds), inArray(antrianKuota.tanggal, tanggal)));
}

/**
 * Takes one place of EACH counter atomically in ONE statement (pelayanan.md §3.2 "no double-booking"):
 * an upsert that creates the day's counter with terpakai 1, or adds 1 only while terpakai < the current
 * kapasitas (the quota in force; a lowered quota is never exceeded). Rows are locked in the given order,
 * the same in every transaction, so concurrent bookings cannot deadlock.
 * @returns true when every counter had a place; false otherwise (the caller rolls back)
 */
export async function pakaiKuotaSemua(tx: DbOrTx, rows: Array<{ layananId: number; tanggal: string; kunci: string; kapasitas: number }>): Promise<boolean> {
  if (rows.some((r) => r.kapasitas < 1)) return false;
  const hasil = await tx.insert(antrianKuota).values(rows.map((r) => ({ ...r, terpakai: 1 }))).onConflictDoUpdate({
    target: [antrianKuota.layananId, antrianKuota.tanggal, antrianKuota.kunci],
    set: { terpakai: sql`${antrianKuota.terpakai} + 1`, kapasitas: sql`excluded.kapasitas` },
    setWhere: sql`${antrianKuota.terpakai} < excluded.kapasitas`,
  }).returning({ kunci: antrianKuota.kunci });
  return hasil.length === rows.length;
}

/** Gives one place back (cancel, reschedule), never below zero. */
export async function lepasKuota(tx: DbOrTx, layananId: number, tanggal: string, kunci: string): Promise<void> {
  await tx.update(antrianKuota).set({ terpakai: sql`greatest(${antrianKuota.terpakai} - 1, 0)` })
    .where(and(eq(antrianKuota.layananId, layananId), eq(antrianKuota.tanggal, tanggal), eq(antrianKuota.kunci, kunci)));
}

/** The next ticket sequence of (layanan, WIB day), atomically: 1 for the first ticket of the day. */
export async function nomorBerikut(tx: DbOrTx, layananId: number, tanggal: string): Promise<number> {
  const [r] = await queryRows<{ terakhir: number }>(tx, sql`
    insert into antrian_nomor (layanan_id, tanggal, terakhir) values (${layananId}, ${tanggal}, 1)
    on conflict (layanan_id, tanggal) do update set terakhir = antrian_nomor.terakhir + 1
    returning terakhir`);
  return Number(r!.terakhir);
}

export async function insertTiket(tx: DbOrTx, values: TiketBaru): Promise<TiketRow> {
  const [r] = await tx.insert(antrianTiket).values(values).returning();
  return r!;
}

export async function insertPeristiwa(tx: DbOrTx, p: {
  tiketId: number; aksi: string; dari: string | null; ke: string; akunId: number | null; catatan?: string | null; pada: Date;
}) {
  await tx.insert(antrianPeristiwa).values({ ...p, catatan: p.catatan ?? null });
}

export async function findTiketByKode(db: DbOrTx, kode: string): Promise<TiketRow | null> {
  const [r] = await db.select().from(antrianTiket).where(eq(antrianTiket.kode, kode)).limit(1);
  return r ?? null;
}

/**
 * The ticket as it is now, row-locked until the caller's transaction ends (`FOR UPDATE`): a change that
 * reads this row cannot race another change of the same ticket (the second waits, then sees the first).
 */
export async function kunciTiket(tx: DbOrTx, id: number): Promise<TiketRow | null> {
  const [r] = await tx.select().from(antrianTiket).where(eq(antrianTiket.id, id)).for('update').limit(1);
  return r ?? null;
}

export async function findTiket(db: DbOrTx, id: number): Promise<TiketRow | null> {
  const [r] = await db.select().from(antrianTiket).where(eq(antrianTiket.id, id)).limit(1);
  return r ?? null;
}

/**
 * Moves a ticket from `dari` to new values only if it is still in `dari` (optimistic: a concurrent
 * transition wins, this one updates nothing). Bumps `versi`.
 * @returns the updated row, or null when the status had changed meanwhile
 */
export async function ubahTiketJika(tx: DbOrTx, id: number, dari: StatusTiket, set: Partial<TiketBaru>): Promise<TiketRow | null> {
  const [r] = await tx.update(antrianTiket).set({ ...set, versi: sql`${antrianTiket.versi} + 1` })
    .where(and(eq(antrianTiket.id, id), eq(antrianTiket.status, dari))).returning();
  return r ?? null;
}

/**
 * The ticket a booking with this Idempotency-Key created (its 'pesan' event carries the key's hash),
 * scoped to the same NIK, layanan and day so a key never reveals someone else's ticket.
 */
export async function findTiketIdempoten(db: DbOrTx, p: { nikHash: string; layananId: number; tanggal: string; kunciHash: string }) {
  const [r] = await db.select({ tiket: antrianTiket }).from(antrianTiket)
    .innerJoin(antrianPeristiwa, and(eq(antrianPeristiwa.tiketId, antrianTiket.id), eq(antrianPeristiwa.aksi, 'pesan')))
    .where(and(
      eq(antrianTiket.nikHash, p.nikHash), eq(antrianTiket.layananId, p.layananId), eq(antrianTiket.tanggal, p.tanggal),
      eq(antrianPeristiwa.catatan, p.kunciHash),
    ))
    .orderBy(desc(antrianTiket.id)).limit(1);
  return r?.tiket ?? null;
}

/** Waiting (menunggu) tickets of a layanan on a day, as the call order needs them (no personal data). */
/** Erases name, NIK and phone (cipher, hash, last digits) of tickets dated before `tanggal`. @returns rows changed */
export async function hapusDataPribadiSebelum(db: DbOrTx, tanggal: string): Promise<number> {
  const rows = await queryRows<{ id: number }>(db, sql`
    update antrian_tiket set nama = null, nik_enc = null, nik_hash = null, nik_akhir = null,
      telepon_enc = null, telepon_hash = null, telepon_akhir = null
    where tanggal < ${tanggal}
      and (nama is not null or nik_enc is not null or nik_hash is not null or telepon_enc is not null or telepon_hash is not null)
    returning id`);
  return rows.length;
}

/** Active (not finished, cancelled or expired) tickets booked with this phone hash for a WIB day, any layanan. */
export async function hitungAktifTelepon(db: DbOrTx, teleponHash: string, tanggal: string): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n from antrian_tiket
    where telepon_hash = ${teleponHash} and tanggal = ${tanggal}
      and status in ('dipesan','menunggu','dipanggil','dilayani','ditahan')`);
  return Number(r?.n ?? 0);
}

export async function listMenungguLayanan(db: DbOrTx, layananId: number, tanggal: string) {
  return db.select({
    id: antrianTiket.id, layananId: antrianTiket.layananId, kanal: antrianTiket.kanal, prioritas: antrianTiket.prioritas,
    antriPada: antrianTiket.antriPada, dibuatPada: antrianTiket.dibuatPada, loketTujuanId: antrianTiket.loketTujuanId,
    tanggal: antrianTiket.tanggal, sesiMulai: antrianSesi.mulai,
  }).from(antrianTiket)
    .leftJoin(antrianSesi, eq(antrianSesi.id, antrianTiket.sesiId))
    .where(and(eq(antrianTiket.layananId, layananId), eq(antrianTiket.tanggal, tanggal), eq(antrianTiket.status, 'menunggu')));
}

/** Regular (non-priority) calls at the lokasi today since the last priority call (all calls if none). */
export async function regulerSejakPrioritas(db: DbOrTx, lokasiId: number, tanggal: string): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n from antrian_tiket
    where lokasi_id = ${lokasiId} and tanggal = ${tanggal} and dipanggil_pada is not null and prioritas is null
      and dipanggil_pada > coalesce((
        select max(dipanggil_pada) from antrian_tiket
        where lokasi_id = ${lokasiId} and tanggal = ${tanggal} and prioritas is not null and dipanggil_pada is not null
      ), '-infinity'::timestamptz)`);
  return Number(r?.n ?? 0);
}

/** Active counters of a layanan: active loket serving it with a petugas logged in. */
export async function jumlahLoketAktif(db: DbOrTx, layananId: number): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n from antrian_loket_layanan ll
    join antrian_loket l on l.id = ll.loket_id and l.aktif
    join antrian_loket_petugas lp on lp.loket_id = ll.loket_id
    where ll.layanan_id = ${layananId}`);
  return Number(r?.n ?? 0);
}

/** Mean service minutes of the last `n` finished tickets of the layanan, or null when there are none. */
export async function rataRataMenitLayanan(db: DbOrTx, layananId: number, n = 20): Promise<number | null> {
  const [r] = await queryRows<{ m: number | null }>(db, sql`
    select avg(extract(epoch from (selesai_pada - mulai_pada)) / 60)::float8 as m from (
      select selesai_pada, mulai_pada from antrian_tiket
      where layanan_id = ${layananId} and status = 'selesai' and mulai_pada is not null and selesai_pada is not null
      order by selesai_pada desc limit ${n}
    ) x`);
  return r?.m == null ? null : Number(r.m);
}

export async function findLoket(db: DbOrTx, id: number) {
  const [r] = await db.select().from(antrianLoket).where(eq(antrianLoket.id, id)).limit(1);
  return r ?? null;
}

/** Waiting counts per layanan of a lokasi on a day (the `antrean` event). */
export async function hitungMenunggu(db: DbOrTx, lokasiId: number, tanggal: string): Promise<Record<string, number>> {
  const rows = await db.select({ layananId: antrianTiket.layananId, n: sql<number>`count(*)::int` }).from(antrianTiket)
    .where(and(eq(antrianTiket.lokasiId, lokasiId), eq(antrianTiket.tanggal, tanggal), eq(antrianTiket.status, 'menunggu')))
    .groupBy(antrianTiket.layananId);
  return Object.fromEntries(rows.map((r) => [String(r.layananId), Number(r.n)]));
}

/**
 * Booked tickets whose check-in window has closed by `now` → kedaluwarsa, in one statement (window end =
 * session start in WIB + the lokasi's checkInSesudahMenit). The day is computed in WIB (UTC+7, no DST).
 * @returns the expired tickets (id, lokasiId)
 */
export async function kedaluwarsakanDipesan(tx: DbOrTx, now: Date) {
  return queryRows<{ id: number; lokasi_id: number }>(tx, sql`
    update antrian_tiket t set status = 'kedaluwarsa', versi = t.versi + 1
    from antrian_sesi s, antrian_lokasi l
    where t.status = 'dipesan' and s.id = t.sesi_id and l.id = t.lokasi_id
      and ((t.tanggal + s.mulai::time) at time zone 'UTC') - interval '7 hours'
          + make_interval(mins => l.check_in_sesudah_menit) < ${now.toISOString()}::timestamptz
    returning t.id, t.lokasi_id`);
}
