import { and, asc, count, desc, eq, gt, inArray, isNull, lt, lte, gte, ne, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { UNSUR_KODE, type UnsurKode } from '../../../domain/skm/unsur.ts';
import { skmPembatas, skmRespon, skmSurvei, skmUndangan } from './skm.table.ts';

/**
 * Queries of module `skm` (no decisions: the service decides). Every function takes a db or a
 * transaction handle so that one use case runs in one transaction.
 */

export type SurveiRow = typeof skmSurvei.$inferSelect;
export type SurveiInsert = typeof skmSurvei.$inferInsert;
export type ResponInsert = typeof skmRespon.$inferInsert;
export type UndanganInsert = typeof skmUndangan.$inferInsert;

/** Sums and counts of the answers of one survey (`sum(uN)`, `count(uN)` per unsur, `count(*)`). */
export type AgregatRespon = {
  responden: number;
  sums: Record<UnsurKode, { sum: number; count: number }>;
};

const KOLOM_U = {
  U1: skmRespon.u1, U2: skmRespon.u2, U3: skmRespon.u3, U4: skmRespon.u4, U5: skmRespon.u5,
  U6: skmRespon.u6, U7: skmRespon.u7, U8: skmRespon.u8, U9: skmRespon.u9,
} as const;

/** An empty aggregate (a survey without responses). */
export function agregatKosong(): AgregatRespon {
  const sums = {} as AgregatRespon['sums'];
  for (const k of UNSUR_KODE) sums[k] = { sum: 0, count: 0 };
  return { responden: 0, sums };
}

/** `layanan = $1`, treating null as a value (a unit-wide survey has layanan null). */
const samaLayanan = (layanan: string | null) => (layanan == null ? isNull(skmSurvei.layanan) : eq(skmSurvei.layanan, layanan));

/** The survey with this id, or null. */
export async function findSurveiById(db: DbOrTx, id: number): Promise<SurveiRow | null> {
  const [r] = await db.select().from(skmSurvei).where(eq(skmSurvei.id, id)).limit(1);
  return r ?? null;
}

/** The survey with this public code, or null. */
export async function findSurveiByKode(db: DbOrTx, kode: string): Promise<SurveiRow | null> {
  const [r] = await db.select().from(skmSurvei).where(eq(skmSurvei.kode, kode)).limit(1);
  return r ?? null;
}

/** A survey of the same unit, layanan and period (for the duplicate check). */
export async function findSurveiSamaPeriode(
  db: DbOrTx,
  p: { unitId: number; layanan: string | null; jenisPeriode: SurveiRow['jenisPeriode']; tahun: number; ke: number | null },
): Promise<SurveiRow | null> {
  const [r] = await db
    .select()
    .from(skmSurvei)
    .where(and(
      eq(skmSurvei.unitId, p.unitId), samaLayanan(p.layanan), eq(skmSurvei.jenisPeriode, p.jenisPeriode),
      eq(skmSurvei.tahun, p.tahun), p.ke == null ? isNull(skmSurvei.ke) : eq(skmSurvei.ke, p.ke),
    ))
    .limit(1);
  return r ?? null;
}

/** Inserts a survey and returns the row. */
export async function insertSurvei(tx: DbOrTx, values: SurveiInsert): Promise<SurveiRow> {
  const [r] = await tx.insert(skmSurvei).values(values).returning();
  return r!;
}

/** Updates a survey and returns the row. */
export async function updateSurvei(tx: DbOrTx, id: number, patch: Partial<SurveiInsert>): Promise<SurveiRow> {
  const [r] = await tx.update(skmSurvei).set(patch).where(eq(skmSurvei.id, id)).returning();
  return r!;
}

/** One page of surveys, newest period first; `unitIds` null = no scope, [] = nothing visible. */
export async function listSurvei(
  db: DbOrTx,
  q: { unitIds: number[] | null; unitId?: number; tahun?: number; status?: SurveiRow['status']; limit: number; offset: number },
): Promise<{ rows: SurveiRow[]; total: number }> {
  if (q.unitIds && q.unitIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    q.unitIds ? inArray(skmSurvei.unitId, q.unitIds) : undefined,
    q.unitId != null ? eq(skmSurvei.unitId, q.unitId) : undefined,
    q.tahun != null ? eq(skmSurvei.tahun, q.tahun) : undefined,
    q.status ? eq(skmSurvei.status, q.status) : undefined,
  );
  const [t] = await db.select({ n: count() }).from(skmSurvei).where(where);
  const rows = await db
    .select()
    .from(skmSurvei)
    .where(where)
    .orderBy(desc(skmSurvei.tahun), desc(skmSurvei.mulai), desc(skmSurvei.selesai), desc(skmSurvei.id))
    .limit(q.limit)
    .offset(q.offset);
  return { rows, total: Number(t?.n ?? 0) };
}

/** Surveys with status `aktif` (the public list), by unit then period. */
export async function listSurveiAktif(db: DbOrTx): Promise<SurveiRow[]> {
  return db.select().from(skmSurvei).where(eq(skmSurvei.status, 'aktif'))
    .orderBy(asc(skmSurvei.unitId), asc(skmSurvei.layanan), desc(skmSurvei.mulai), asc(skmSurvei.id));
}

/** Every unit that has at least one survey (for the admin OPD scope). */
export async function listUnitIdBerSurvei(db: DbOrTx): Promise<number[]> {
  const rows = await db.selectDistinct({ unitId: skmSurvei.unitId }).from(skmSurvei);
  return rows.map((r) => r.unitId);
}

/** Surveys of one unit and layanan (all periods), oldest period first (the trend). */
export async function listSurveiSatuJalur(db: DbOrTx, unitId: number, layanan: string | null): Promise<SurveiRow[]> {
  return db.select().from(skmSurvei).where(and(eq(skmSurvei.unitId, unitId), samaLayanan(layanan)))
    .orderBy(asc(skmSurvei.mulai), asc(skmSurvei.selesai), asc(skmSurvei.id));
}

/**
 * The IKM inputs of each survey in ONE aggregate query: `count(*)` and `sum(uN)`, `count(uN)` per
 * unsur (PermenPANRB 14/2017 §1.3: each NRR over the answers actually given). Surveys without responses
 * are absent from the map.
 */
export async function agregatRespon(db: DbOrTx, surveiIds: number[]): Promise<Map<number, AgregatRespon>> {
  const out = new Map<number, AgregatRespon>();
  if (surveiIds.length === 0) return out;
  const cols: Record<string, SQL.Aliased<number> | typeof skmRespon.surveiId> = { surveiId: skmRespon.surveiId };
  cols.n = sql<number>`count(*)::int`.mapWith(Number).as('n');
  for (const k of UNSUR_KODE) {
    cols[`s${k}`] = sql<number>`coalesce(sum(${KOLOM_U[k]}), 0)::int`.mapWith(Number).as(`s_${k}`);
    cols[`c${k}`] = sql<number>`count(${KOLOM_U[k]})::int`.mapWith(Number).as(`c_${k}`);
  }
  const rows = (await db.select(cols).from(skmRespon).where(inArray(skmRespon.surveiId, surveiIds))
    .groupBy(skmRespon.surveiId)) as Array<Record<string, number>>;
  for (const r of rows) {
    const a = agregatKosong();
    a.responden = Number(r.n);
    for (const k of UNSUR_KODE) a.sums[k] = { sum: Number(r[`s${k}`]), count: Number(r[`c${k}`]) };
    out.set(Number(r.surveiId), a);
  }
  return out;
}

/** Counts per value of each demographic field (null = not filled in). */
export async function hitungDemografi(db: DbOrTx, surveiId: number): Promise<Array<{ field: string; nilai: string | null; jumlah: number }>> {
  const rows = await queryRows<{ field: string; nilai: string | null; jumlah: number }>(db, sql`
    select 'jenisKelamin' as field, jenis_kelamin as nilai, count(*)::int as jumlah from skm_respon where survei_id = ${surveiId} group by jenis_kelamin
    union all
    select 'usia', usia, count(*)::int from skm_respon where survei_id = ${surveiId} group by usia
    union all
    select 'pendidikan', pendidikan, count(*)::int from skm_respon where survei_id = ${surveiId} group by pendidikan
    union all
    select 'pekerjaan', pekerjaan, count(*)::int from skm_respon where survei_id = ${surveiId} group by pekerjaan
  `);
  return rows.map((r) => ({ field: r.field, nilai: r.nilai, jumlah: Number(r.jumlah) }));
}

/** Non-empty suggestions, newest first (by date, then insertion order). */
export async function listSaran(db: DbOrTx, surveiId: number, limit: number): Promise<string[]> {
  const rows = await db
    .select({ saran: skmRespon.saran })
    .from(skmRespon)
    .where(and(eq(skmRespon.surveiId, surveiId), sql`coalesce(btrim(${skmRespon.saran}), '') <> ''`))
    .orderBy(desc(skmRespon.tanggal), desc(skmRespon.id))
    .limit(limit);
  return rows.map((r) => r.saran!);
}

/** Every response of a survey for the export (answers, date, channel, demographics), in order. */
export async function listResponLaporan(db: DbOrTx, surveiId: number) {
  return db
    .select({
      tanggal: skmRespon.tanggal, kanal: skmRespon.kanal,
      u1: skmRespon.u1, u2: skmRespon.u2, u3: skmRespon.u3, u4: skmRespon.u4, u5: skmRespon.u5,
      u6: skmRespon.u6, u7: skmRespon.u7, u8: skmRespon.u8, u9: skmRespon.u9,
      jenisKelamin: skmRespon.jenisKelamin, usia: skmRespon.usia, pendidikan: skmRespon.pendidikan, pekerjaan: skmRespon.pekerjaan,
    })
    .from(skmRespon)
    .where(eq(skmRespon.surveiId, surveiId))
    .orderBy(asc(skmRespon.tanggal), asc(skmRespon.id));
}

/** Inserts responses with multi-row INSERTs (chunks keep the bind-parameter count well below 65 535). */
export async function insertRespon(tx: DbOrTx, rows: ResponInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(skmRespon).values(rows.slice(i, i + 1000));
  }
}

/** Increments the day counter of a fingerprint (creating it at 1) and returns the new count. */
export async function tambahPembatas(tx: DbOrTx, sidik: string, tanggal: string): Promise<number> {
  const [r] = await tx
    .insert(skmPembatas)
    .values({ sidik, jumlah: 1, tanggal })
    .onConflictDoUpdate({ target: skmPembatas.sidik, set: { jumlah: sql`${skmPembatas.jumlah} + 1` } })
    .returning({ jumlah: skmPembatas.jumlah });
  return r!.jumlah;
}

/** Records a one-off marker (jumlah 0); false when it already existed. */
export async function tandaiSekali(tx: DbOrTx, sidik: string, tanggal: string): Promise<boolean> {
  const r = await tx.insert(skmPembatas).values({ sidik, jumlah: 0, tanggal }).onConflictDoNothing().returning({ sidik: skmPembatas.sidik });
  return r.length > 0;
}

/** Deletes fingerprint rows dated before `tanggal`. */
export async function hapusPembatasSebelum(tx: DbOrTx, tanggal: string): Promise<void> {
  await tx.delete(skmPembatas).where(lt(skmPembatas.tanggal, tanggal));
}

/**
 * Inserts invitations; a row whose (sumber, sumber_ref) already exists is skipped (ON CONFLICT DO NOTHING,
 * so the caller's transaction is not aborted). Returns the ids actually inserted.
 */
export async function insertUndangan(tx: DbOrTx, rows: UndanganInsert[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const r = await tx.insert(skmUndangan).values(rows).onConflictDoNothing().returning({ id: skmUndangan.id });
  return r.map((x) => x.id);
}

/**
 * Atomically marks an unused, unexpired invitation as used (`digunakan` false → true) and returns its
 * survey and context; null when no such invitation (unknown, already used or expired).
 */
export async function pakaiUndangan(tx: DbOrTx, tokenHash: string, now: Date) {
  const [r] = await tx
    .update(skmUndangan)
    .set({ digunakan: true })
    .where(and(eq(skmUndangan.tokenHash, tokenHash), eq(skmUndangan.digunakan, false), gt(skmUndangan.kedaluwarsa, now)))
    .returning({ surveiId: skmUndangan.surveiId, konteks: skmUndangan.konteks });
  return r ?? null;
}

/** An invitation's survey, use flag and expiry by token hash (SHA-256 hex), or null. */
export async function findUndanganByHash(db: DbOrTx, tokenHash: string) {
  const [r] = await db
    .select({ surveiId: skmUndangan.surveiId, digunakan: skmUndangan.digunakan, kedaluwarsa: skmUndangan.kedaluwarsa })
    .from(skmUndangan)
    .where(eq(skmUndangan.tokenHash, tokenHash))
    .limit(1);
  return r ?? null;
}

/**
 * Active surveys of a unit whose period contains `tanggal` (YYYY-MM-DD), for `layanan` or unit-wide
 * (layanan null); exact layanan first, then the shortest period.
 */
export async function listSurveiAktifUnitPada(tx: DbOrTx, unitId: number, layanan: string | null, tanggal: string): Promise<SurveiRow[]> {
  return tx
    .select()
    .from(skmSurvei)
    .where(and(
      eq(skmSurvei.unitId, unitId), eq(skmSurvei.status, 'aktif'), lte(skmSurvei.mulai, tanggal), gte(skmSurvei.selesai, tanggal),
      layanan == null ? isNull(skmSurvei.layanan) : sql`(${skmSurvei.layanan} = ${layanan} or ${skmSurvei.layanan} is null)`,
    ))
    .orderBy(sql`${skmSurvei.layanan} is null`, asc(sql`${skmSurvei.selesai} - ${skmSurvei.mulai}`), desc(skmSurvei.id));
}

/**
 * Every non-draft survey with at least one response, with its aggregate (the same sums as
 * {@link agregatRespon}), latest period first (tahun desc, period end desc, id desc).
 */
export async function listSurveiBerespon(db: DbOrTx): Promise<Array<{ survei: SurveiRow; agregat: AgregatRespon }>> {
  const rows = await db
    .select()
    .from(skmSurvei)
    .where(and(ne(skmSurvei.status, 'draf'), sql`exists (select 1 from ${skmRespon} where ${skmRespon.surveiId} = ${skmSurvei.id})`))
    .orderBy(desc(skmSurvei.tahun), desc(skmSurvei.selesai), desc(skmSurvei.id));
  const agg = await agregatRespon(db, rows.map((r) => r.id));
  return rows.map((survei) => ({ survei, agregat: agg.get(survei.id) ?? agregatKosong() }));
}
