import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import type { StatusTiket as StatusDomain } from '../../../domain/antrian/status.ts';
import {
  antrianLayanan, antrianLokasi, antrianLoket, antrianLoketLayanan, antrianLoketPetugas, antrianPeristiwa,
  antrianSesi, antrianTiket, STATUS_TIKET,
} from './antrian.table.ts';

/** The domain's status list and the column's must agree (compile-time check). */
const _statusSama: readonly StatusDomain[] = STATUS_TIKET;
void _statusSama;

export type LokasiRow = typeof antrianLokasi.$inferSelect;
export type LoketRow = typeof antrianLoket.$inferSelect;
export type TiketRow = typeof antrianTiket.$inferSelect;
export type TiketPerubahan = Partial<Omit<typeof antrianTiket.$inferInsert, 'id'>>;

/** The columns the console shows, with the layanan's name and the lokasi's recall limit. */
const kolomTiket = {
  id: antrianTiket.id,
  lokasiId: antrianTiket.lokasiId,
  nomor: antrianTiket.nomor,
  kode: antrianTiket.kode,
  layananId: antrianTiket.layananId,
  layananNama: antrianLayanan.nama,
  kanal: antrianTiket.kanal,
  status: antrianTiket.status,
  prioritas: antrianTiket.prioritas,
  jumlahPanggil: antrianTiket.jumlahPanggil,
  maksPanggil: antrianLokasi.maksPanggil,
  loketId: antrianTiket.loketId,
  loketTujuanId: antrianTiket.loketTujuanId,
  antriPada: antrianTiket.antriPada,
  dipanggilPada: antrianTiket.dipanggilPada,
  mulaiPada: antrianTiket.mulaiPada,
  ditahanPada: antrianTiket.ditahanPada,
};
export type TiketTampil = {
  id: number; lokasiId: number; nomor: string; kode: string; layananId: number; layananNama: string;
  kanal: 'online' | 'walkin'; status: StatusDomain; prioritas: TiketRow['prioritas']; jumlahPanggil: number; maksPanggil: number;
  loketId: number | null; loketTujuanId: number | null; antriPada: Date | null; dipanggilPada: Date | null;
  mulaiPada: Date | null; ditahanPada: Date | null;
};

const pilihTiket = (db: DbOrTx) =>
  db.select(kolomTiket).from(antrianTiket)
    .innerJoin(antrianLayanan, eq(antrianLayanan.id, antrianTiket.layananId))
    .innerJoin(antrianLokasi, eq(antrianLokasi.id, antrianTiket.lokasiId));


/** Queries of the counter console and display board (antrian_loket*, antrian_tiket, antrian_peristiwa, antrian_layar). */
export const loketRepo = {
  async lokasiAktifDariUnit(db: DbOrTx, unitIds: number[]): Promise<LokasiRow[]> {
    if (!unitIds.length) return [];
    return db.select().from(antrianLokasi)
      .where(and(inArray(antrianLokasi.unitId, unitIds), eq(antrianLokasi.aktif, true)))
      .orderBy(asc(antrianLokasi.nama));
  },
  async lokasiById(db: DbOrTx, id: number): Promise<LokasiRow | null> {
    const [r] = await db.select().from(antrianLokasi).where(eq(antrianLokasi.id, id));
    return r ?? null;
  },
  async lokasiByKode(db: DbOrTx, kode: string): Promise<LokasiRow | null> {
    const [r] = await db.select().from(antrianLokasi).where(and(eq(antrianLokasi.kode, kode), eq(antrianLokasi.aktif, true)));
    return r ?? null;
  },
  async loketById(db: DbOrTx, id: number): Promise<LoketRow | null> {
    const [r] = await db.select().from(antrianLoket).where(eq(antrianLoket.id, id));
    return r ?? null;
  },
  async loketAktifLokasi(db: DbOrTx, lokasiIds: number[]): Promise<LoketRow[]> {
    if (!lokasiIds.length) return [];
    return db.select().from(antrianLoket)
      .where(and(inArray(antrianLoket.lokasiId, lokasiIds), eq(antrianLoket.aktif, true)))
      .orderBy(asc(antrianLoket.nomor));
  },
  async layananAktifLokasi(db: DbOrTx, lokasiIds: number[]) {
    if (!lokasiIds.length) return [];
    return db.select({ id: antrianLayanan.id, lokasiId: antrianLayanan.lokasiId, nama: antrianLayanan.nama, prefix: antrianLayanan.prefix })
      .from(antrianLayanan)
      .where(and(inArray(antrianLayanan.lokasiId, lokasiIds), eq(antrianLayanan.aktif, true)))
      .orderBy(asc(antrianLayanan.urutan), asc(antrianLayanan.prefix));
  },
  async layananById(db: DbOrTx, id: number) {
    const [r] = await db.select().from(antrianLayanan).where(eq(antrianLayanan.id, id));
    return r ?? null;
  },
  /** loketId → layanan ids it serves. */
  async layananLoket(db: DbOrTx, loketIds: number[]): Promise<Map<number, number[]>> {
    const peta = new Map<number, number[]>(loketIds.map((id) => [id, []]));
    if (!loketIds.length) return peta;
    const rows = await db.select().from(antrianLoketLayanan).where(inArray(antrianLoketLayanan.loketId, loketIds));
    for (const r of rows) peta.get(r.loketId)?.push(r.layananId);
    for (const ids of peta.values()) ids.sort((a, b) => a - b);
    return peta;
  },

  // ---------------------------------------------------------------- who sits where

  /** Sign-ins of these loket, with the account's display name (read from the auth module's `akun` table). */
  async petugasLoket(db: DbOrTx, loketIds: number[]): Promise<Map<number, { akunId: number; nama: string }>> {
    if (!loketIds.length) return new Map();
    const rows = await queryRows<{ loket_id: number; akun_id: number; nama: string }>(db, sql`
      select p.loket_id, p.akun_id, coalesce(a.nama, 'petugas lain') as nama
      from antrian_loket_petugas p left join akun a on a.id = p.akun_id
      where p.loket_id in (${sql.join(loketIds.map((id) => sql`${id}`), sql`, `)})`);
    return new Map(rows.map((r) => [Number(r.loket_id), { akunId: Number(r.akun_id), nama: r.nama }]));
  },
  /** The petugas's sign-in; `kunci` locks it (FOR UPDATE) so one console's actions run one at a time. */
  async loketPetugas(db: DbOrTx, akunId: number, kunci = false) {
    const q = db.select().from(antrianLoketPetugas).where(eq(antrianLoketPetugas.akunId, akunId));
    const [r] = kunci ? await q.for('update') : await q;
    return r ?? null;
  },
  /** Signs in; false when the loket or the account is taken meanwhile (unique keys). */
  async masuk(db: DbOrTx, v: { loketId: number; akunId: number; pegawaiId: number | null }): Promise<boolean> {
    const rows = await db.insert(antrianLoketPetugas).values(v).onConflictDoNothing().returning({ loketId: antrianLoketPetugas.loketId });
    return rows.length === 1;
  },
  async keluar(db: DbOrTx, akunId: number): Promise<void> {
    await db.delete(antrianLoketPetugas).where(eq(antrianLoketPetugas.akunId, akunId));
  },

  // ---------------------------------------------------------------- tickets

  async tiketTampil(db: DbOrTx, id: number): Promise<TiketTampil | null> {
    const [r] = await pilihTiket(db).where(eq(antrianTiket.id, id));
    return (r as TiketTampil | undefined) ?? null;
  },
  /** The full row, locked for the rest of the transaction. */
  async tiketUntukUbah(db: DbOrTx, id: number): Promise<TiketRow | null> {
    const [r] = await db.select().from(antrianTiket).where(eq(antrianTiket.id, id)).for('update');
    return r ?? null;
  },
  /** The ticket called or served at a loket now. */
  async tiketAktifLoket(db: DbOrTx, loketId: number): Promise<TiketTampil | null> {
    const [r] = await pilihTiket(db)
      .where(and(eq(antrianTiket.loketId, loketId), inArray(antrianTiket.status, ['dipanggil', 'dilayani'])))
      .orderBy(desc(antrianTiket.panggilTerakhirPada)).limit(1);
    return (r as TiketTampil | undefined) ?? null;
  },
  async tiketDitahanLoket(db: DbOrTx, loketId: number): Promise<TiketTampil[]> {
    return (await pilihTiket(db)
      .where(and(eq(antrianTiket.loketId, loketId), eq(antrianTiket.status, 'ditahan')))
      .orderBy(asc(antrianTiket.ditahanPada), asc(antrianTiket.id))) as TiketTampil[];
  },
  /**
   * Waiting tickets (menunggu) of a lokasi's WIB day for these layanan that this loket may call
   * (loketTujuanId null or this loket), with the start of their booked session ("HH:MM" WIB → instant).
   */
  async kandidat(db: DbOrTx, p: { lokasiId: number; tanggal: string; layananIds: number[]; loketId: number }) {
    if (!p.layananIds.length) return [];
    const rows = await db.select({ ...kolomTiket, sesiJam: antrianSesi.mulai, tanggal: antrianTiket.tanggal })
      .from(antrianTiket)
      .innerJoin(antrianLayanan, eq(antrianLayanan.id, antrianTiket.layananId))
      .innerJoin(antrianLokasi, eq(antrianLokasi.id, antrianTiket.lokasiId))
      .leftJoin(antrianSesi, eq(antrianSesi.id, antrianTiket.sesiId))
      .where(and(
        eq(antrianTiket.lokasiId, p.lokasiId),
        eq(antrianTiket.tanggal, p.tanggal),
        eq(antrianTiket.status, 'menunggu'),
        inArray(antrianTiket.layananId, p.layananIds),
        or(isNull(antrianTiket.loketTujuanId), eq(antrianTiket.loketTujuanId, p.loketId)),
      ));
    return rows.map((r) => ({
      ...(r as unknown as TiketTampil),
      sesiMulai: r.sesiJam ? new Date(`${r.tanggal}T${r.sesiJam}:00+07:00`) : null,
    }));
  },
  /**
   * Regular (non-priority) calls at the lokasi today since its last priority call — or all of today's
   * calls when none was a priority call. Feeds `regulerSejakPrioritas` of urutkanAntrean.
   */
  async regulerSejakPrioritas(db: DbOrTx, lokasiId: number, tanggal: string): Promise<number> {
    const [r] = await queryRows<{ n: number }>(db, sql`
      with panggil as (
        select p.pada, t.prioritas is not null as prio
        from antrian_peristiwa p join antrian_tiket t on t.id = p.tiket_id
        where t.lokasi_id = ${lokasiId} and t.tanggal = ${tanggal} and p.aksi = 'panggil'
      )
      select count(*)::int as n from panggil
      where not prio and pada > coalesce((select max(pada) from panggil where prio), '-infinity'::timestamptz)`);
    return Number(r?.n ?? 0);
  },
  /**
   * Claims a waiting ticket for a loket: an atomic conditional UPDATE (status still menunggu), so two
   * consoles calling at once never get the same ticket. null when someone else took it first.
   */
  async klaim(db: DbOrTx, tiketId: number, v: { loketId: number; akunId: number; pegawaiId: number | null; now: Date }): Promise<TiketRow | null> {
    const [r] = await db.update(antrianTiket).set({
      status: 'dipanggil',
      loketId: v.loketId,
      loketTujuanId: null,
      petugasAkunId: v.akunId,
      petugasPegawaiId: v.pegawaiId,
      jumlahPanggil: sql`${antrianTiket.jumlahPanggil} + 1`,
      dipanggilPada: sql`coalesce(${antrianTiket.dipanggilPada}, ${v.now.toISOString()}::timestamptz)`,
      panggilTerakhirPada: v.now,
      versi: sql`${antrianTiket.versi} + 1`,
    }).where(and(eq(antrianTiket.id, tiketId), eq(antrianTiket.status, 'menunggu'))).returning();
    return r ?? null;
  },
  /** Applies a transition only if the ticket is still in `dari` (optimistic guard on top of the row lock). */
  async ubah(db: DbOrTx, id: number, dari: StatusDomain, set: TiketPerubahan): Promise<TiketRow | null> {
    const [r] = await db.update(antrianTiket).set({ ...set, versi: sql`${antrianTiket.versi} + 1` })
      .where(and(eq(antrianTiket.id, id), eq(antrianTiket.status, dari))).returning();
    return r ?? null;
  },
  async catatPeristiwa(db: DbOrTx, v: typeof antrianPeristiwa.$inferInsert): Promise<void> {
    await db.insert(antrianPeristiwa).values(v);
  },
  /** Marks the "N orang lagi" notification as sent; false when it already was (once per ticket). */
  async tandaiNotifSisa(db: DbOrTx, id: number): Promise<boolean> {
    const r = await db.update(antrianTiket).set({ notifSisaTerkirim: true })
      .where(and(eq(antrianTiket.id, id), eq(antrianTiket.notifSisaTerkirim, false))).returning({ id: antrianTiket.id });
    return r.length === 1;
  },
  async teleponEnc(db: DbOrTx, id: number): Promise<string | null> {
    const [r] = await db.select({ t: antrianTiket.teleponEnc }).from(antrianTiket).where(eq(antrianTiket.id, id));
    return r?.t ?? null;
  },
  /** Waiting tickets per layanan id of a lokasi's day. */
  async jumlahMenunggu(db: DbOrTx, lokasiId: number, tanggal: string): Promise<Record<string, number>> {
    const rows = await db.select({ layananId: antrianTiket.layananId, n: sql<number>`count(*)::int` }).from(antrianTiket)
      .where(and(eq(antrianTiket.lokasiId, lokasiId), eq(antrianTiket.tanggal, tanggal), eq(antrianTiket.status, 'menunggu')))
      .groupBy(antrianTiket.layananId);
    return Object.fromEntries(rows.map((r) => [String(r.layananId), Number(r.n)]));
  },
  /** Tickets parked longer than their lokasi's maksTahanMenit, locked (SKIP LOCKED: a console may hold one). */
  async tahananLewatBatas(db: DbOrTx, now: Date) {
    return queryRows<{ id: number; lokasi_id: number; loket_id: number | null }>(db, sql`
      select t.id, t.lokasi_id, t.loket_id from antrian_tiket t join antrian_lokasi l on l.id = t.lokasi_id
      where t.status = 'ditahan'
        and t.ditahan_pada <= ${now.toISOString()}::timestamptz - make_interval(mins => l.maks_tahan_menit)
      for update of t skip locked`);
  },

  // ---------------------------------------------------------------- display board

  /** Tickets called or served now at the lokasi, by loket. */
  async tiketAktifLokasi(db: DbOrTx, lokasiId: number) {
    return db.select({ id: antrianTiket.id, nomor: antrianTiket.nomor, status: antrianTiket.status, loketId: antrianTiket.loketId })
      .from(antrianTiket)
      .where(and(eq(antrianTiket.lokasiId, lokasiId), inArray(antrianTiket.status, ['dipanggil', 'dilayani'])));
  },
  /** The last `n` calls (panggil / panggil_ulang) of the lokasi's day, newest first. */
  async panggilanTerakhir(db: DbOrTx, lokasiId: number, tanggal: string, n: number) {
    return db.select({
      tiketId: antrianTiket.id, nomor: antrianTiket.nomor, layananId: antrianTiket.layananId, pada: antrianPeristiwa.pada,
      loketNomor: antrianLoket.nomor, loketNama: antrianLoket.nama,
    }).from(antrianPeristiwa)
      .innerJoin(antrianTiket, eq(antrianTiket.id, antrianPeristiwa.tiketId))
      .innerJoin(antrianLoket, eq(antrianLoket.id, antrianPeristiwa.loketId))
      .where(and(eq(antrianTiket.lokasiId, lokasiId), eq(antrianTiket.tanggal, tanggal), inArray(antrianPeristiwa.aksi, ['panggil', 'panggil_ulang'])))
      .orderBy(desc(antrianPeristiwa.pada), desc(antrianPeristiwa.id)).limit(n);
  },
};
