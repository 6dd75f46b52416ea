import { and, asc, count, desc, eq, gt, inArray, isNull, lt, lte, gte, ne, or, sql, type SQL } from 'drizzle-orm';
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

/** Response counts per channel (kanal). */
export type PerKanal = { web: number; undangan: number; kertas: number; kiosk: number };

/** Sums and counts of the answers of one survey (`sum(uN)`, `count(uN)` per unsur, `count(*)`, per kanal). */
export type AgregatRespon = {
  responden: number;
  sums: Record<UnsurKode, { sum: number; count: number }>;
  perKanal: PerKanal;
};

/**
 * Which responses of a survey are released (ADR 0005, k-anonymity batches): `null` = all (the survey is
 * `ditutup`), otherwise the highest released response id (0 = none). Responses are released in insertion
 * (id) order, so "id ≤ batas" is exactly "the first floor(n/K)·K responses".
 */
export type BatasRilis = number | null;
/** The release limit and the total stored count of each survey (see {@link hitungRilis}). */
export type Rilis = { batas: BatasRilis; total: number; ditahan?: boolean };

const KANAL = ['web', 'undangan', 'kertas', 'kiosk'] as const;

const KOLOM_U = {
  U1: skmRespon.u1, U2: skmRespon.u2, U3: skmRespon.u3, U4: skmRespon.u4, U5: skmRespon.u5,
  U6: skmRespon.u6, U7: skmRespon.u7, U8: skmRespon.u8, U9: skmRespon.u9,
} as const;

/** An empty aggregate (a survey without responses). */
export function agregatKosong(): AgregatRespon {
  const sums = {} as AgregatRespon['sums'];
  for (const k of UNSUR_KODE) sums[k] = { sum: 0, count: 0 };
  return { responden: 0, sums, perKanal: { web: 0, undangan: 0, kertas: 0, kiosk: 0 } };
}

/** `id <= batas` for one survey's released responses (true when everything is released). */
const dirilis = (batas: BatasRilis): SQL => (batas == null ? sql`true` : lte(skmRespon.id, batas)) as SQL;

/** The released responses of several surveys: `(survei_id in (…all…)) or (survei_id = x and id <= b) or …`. */
function kondisiRilis(rilis: Map<number, BatasRilis>): SQL {
  const semua: number[] = [];
  const parts: SQL[] = [];
  for (const [id, batas] of rilis) {
    if (batas == null) semua.push(id);
    else if (batas > 0) parts.push(and(eq(skmRespon.surveiId, id), lte(skmRespon.id, batas))!);
  }
  if (semua.length) parts.unshift(inArray(skmRespon.surveiId, semua));
  return parts.length ? or(...parts)! : sql`false`;
}

/**
 * The release limit of each survey (ADR 0005). A survey marked `semua` (the service decides: its period
 * has ended or it is `ditutup`) releases every response; any other releases the first floor(n/K)·K
 * responses in insertion order (ONE window query over the ids of those surveys). Also returns the total
 * stored count (for "responTertunda" and the minimum-count rule of the service).
 *
 * @param surveis  id + whether every response counts
 * @param k        batch size K (config SKM_AMBANG_ANONIM, ≥ 1)
 * @returns a map with an entry for every given survey
 */
export async function hitungRilis(db: DbOrTx, surveis: Array<{ id: number; semua: boolean }>, k: number): Promise<Map<number, Rilis>> {
  const out = new Map<number, Rilis>();
  if (surveis.length === 0) return out;
  const ditutup = surveis.filter((s) => s.semua).map((s) => s.id);
  const terbuka = surveis.filter((s) => !s.semua).map((s) => s.id);
  for (const id of ditutup) out.set(id, { batas: null, total: 0 });
  for (const id of terbuka) out.set(id, { batas: 0, total: 0 });
  if (ditutup.length) {
    const rows = await db.select({ surveiId: skmRespon.surveiId, n: sql<number>`count(*)::int`.mapWith(Number) })
      .from(skmRespon).where(inArray(skmRespon.surveiId, ditutup)).groupBy(skmRespon.surveiId);
    for (const r of rows) out.set(r.surveiId, { batas: null, total: Number(r.n) });
  }
  if (terbuka.length) {
    const rows = await queryRows<{ survei_id: number; n: number; batas: number | null }>(db, sql`
      select survei_id, max(n)::int as n, coalesce(max(id) filter (where urut <= (n / ${k}::int) * ${k}::int), 0)::int as batas
      from (
        select survei_id, id, row_number() over (partition by survei_id order by id) as urut, count(*) over (partition by survei_id) as n
        from skm_respon where survei_id in (${sql.join(terbuka.map((id) => sql`${id}`), sql`, `)})
      ) x
      group by survei_id`);
    for (const r of rows) out.set(Number(r.survei_id), { batas: Number(r.batas), total: Number(r.n) });
  }
  return out;
}

/** How many printed/kiosk invitations (sumber 'admin', from POST /skm/survei/:id/undangan) a survey has. */
export async function hitungUndanganCetak(db: DbOrTx, surveiId: number): Promise<number> {
  const [r] = await db.select({ n: count() }).from(skmUndangan).where(and(eq(skmUndangan.surveiId, surveiId), eq(skmUndangan.sumber, 'admin')));
  return Number(r?.n ?? 0);
}

/** The survey row locked FOR UPDATE until the end of the transaction (serialises inserts per survey), or null. */
export async function kunciSurvei(tx: DbOrTx, id: number): Promise<SurveiRow | null> {
  const [r] = await tx.select().from(skmSurvei).where(eq(skmSurvei.id, id)).for('update').limit(1);
  return r ?? null;
}

/** How many responses of one channel a survey has stored (all of them, released or not). */
export async function hitungKanal(db: DbOrTx, surveiId: number, kanal: ResponInsert['kanal']): Promise<number> {
  const [r] = await db.select({ n: count() }).from(skmRespon).where(and(eq(skmRespon.surveiId, surveiId), eq(skmRespon.kanal, kanal)));
  return Number(r?.n ?? 0);
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

/** Surveys of one unit and layanan (all periods), oldest period first (the trend). */
export async function listSurveiSatuJalur(db: DbOrTx, unitId: number, layanan: string | null): Promise<SurveiRow[]> {
  return db.select().from(skmSurvei).where(and(eq(skmSurvei.unitId, unitId), samaLayanan(layanan)))
    .orderBy(asc(skmSurvei.mulai), asc(skmSurvei.selesai), asc(skmSurvei.id));
}

/**
 * The IKM inputs of each survey in ONE aggregate query over its RELEASED responses only (ADR 0005):
 * `count(*)`, `sum(uN)`, `count(uN)` per unsur (PermenPANRB 14/2017 §1.3: each NRR over the answers
 * actually given) and `count(*)` per kanal. Surveys without released responses are absent from the map.
 *
 * @param rilis  surveiId → release limit (from {@link hitungRilis}); only these surveys are read
 * @param rentang  optional: only responses dated (WIB, `tanggal`) within [dari, sampai], inclusive
 */
export async function agregatRespon(
  db: DbOrTx, rilis: Map<number, BatasRilis>, rentang?: { dari: string; sampai: string },
): Promise<Map<number, AgregatRespon>> {
  const out = new Map<number, AgregatRespon>();
  if (rilis.size === 0) return out;
  const cols: Record<string, SQL.Aliased<number> | typeof skmRespon.surveiId> = { surveiId: skmRespon.surveiId };
  cols.n = sql<number>`count(*)::int`.mapWith(Number).as('n');
  for (const k of UNSUR_KODE) {
    cols[`s${k}`] = sql<number>`coalesce(sum(${KOLOM_U[k]}), 0)::int`.mapWith(Number).as(`s_${k}`);
    cols[`c${k}`] = sql<number>`count(${KOLOM_U[k]})::int`.mapWith(Number).as(`c_${k}`);
  }
  for (const kanal of KANAL) cols[`k_${kanal}`] = sql<number>`(count(*) filter (where ${skmRespon.kanal} = ${kanal}))::int`.mapWith(Number).as(`k_${kanal}`);
  const dalamRentang = rentang ? and(gte(skmRespon.tanggal, rentang.dari), lte(skmRespon.tanggal, rentang.sampai)) : undefined;
  const rows = (await db.select(cols).from(skmRespon).where(and(kondisiRilis(rilis), dalamRentang))
    .groupBy(skmRespon.surveiId)) as Array<Record<string, number>>;
  for (const r of rows) {
    const a = agregatKosong();
    a.responden = Number(r.n);
    for (const k of UNSUR_KODE) a.sums[k] = { sum: Number(r[`s${k}`]), count: Number(r[`c${k}`]) };
    for (const kanal of KANAL) a.perKanal[kanal] = Number(r[`k_${kanal}`]);
    out.set(Number(r.surveiId), a);
  }
  return out;
}

/**
 * For a figure pooled over a date range (kinerja's IKM per period, via faktaIkmUnit): how many released responses
 * of `rilis` (the running surveys) are dated in `rentang` (`n`), and the highest id among the first ⌊n/k⌋·k of them
 * by id (`batas`; 0 when n < k). Counting only those keeps such a figure moving in whole steps of k when a later batch releases responses
 * dated earlier (a batch straddling two periods, a paper form typed in late): two figures never differ by fewer
 * than k answers (ADR 0005).
 */
export async function batasKelipatanRentang(
  db: DbOrTx, rilis: Map<number, BatasRilis>, rentang: { dari: string; sampai: string }, k: number,
): Promise<{ n: number; batas: number }> {
  const [r] = await queryRows<{ n: number | null; batas: number | null }>(db, sql`
    select max(n)::int as n, coalesce(max(id) filter (where urut <= (n / ${k}::int) * ${k}::int), 0)::int as batas
    from (
      select ${skmRespon.id} as id, row_number() over (order by ${skmRespon.id}) as urut, count(*) over () as n
      from ${skmRespon} where ${and(kondisiRilis(rilis), gte(skmRespon.tanggal, rentang.dari), lte(skmRespon.tanggal, rentang.sampai))}
    ) x`);
  return { n: Number(r?.n ?? 0), batas: Number(r?.batas ?? 0) };
}

/** Counts per value of each demographic field (null = not filled in), over the released responses. */
export async function hitungDemografi(db: DbOrTx, surveiId: number, batas: BatasRilis): Promise<Array<{ field: string; nilai: string | null; jumlah: number }>> {
  const w = sql`survei_id = ${surveiId} and ${batas == null ? sql`true` : sql`id <= ${batas}`}`;
  const rows = await queryRows<{ field: string; nilai: string | null; jumlah: number }>(db, sql`
    select 'jenisKelamin' as field, jenis_kelamin as nilai, count(*)::int as jumlah from skm_respon where ${w} group by jenis_kelamin
    union all
    select 'usia', usia, count(*)::int from skm_respon where ${w} group by usia
    union all
    select 'pendidikan', pendidikan, count(*)::int from skm_respon where ${w} group by pendidikan
    union all
    select 'pekerjaan', pekerjaan, count(*)::int from skm_respon where ${w} group by pekerjaan
  `);
  return rows.map((r) => ({ field: r.field, nilai: r.nilai, jumlah: Number(r.jumlah) }));
}

/**
 * A keyed pseudo-random order of responses: `md5(id || kunci)`. Without the key (derived from the server
 * secret and the survey) the position of a row says nothing about when it was submitted (ADR 0005).
 */
const urutAcak = (kunci: string) => sql`md5(${skmRespon.id}::text || ${kunci})`;

/** Non-empty suggestions of the released responses, in the keyed pseudo-random order (never by time). */
export async function listSaran(db: DbOrTx, surveiId: number, batas: BatasRilis, kunci: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ saran: skmRespon.saran })
    .from(skmRespon)
    .where(and(eq(skmRespon.surveiId, surveiId), dirilis(batas), sql`coalesce(btrim(${skmRespon.saran}), '') <> ''`))
    .orderBy(urutAcak(kunci))
    .limit(limit);
  return rows.map((r) => r.saran!);
}

/**
 * The released responses of a survey for the export (answers, date, channel, demographics), in the keyed
 * pseudo-random order (never by time or id).
 */
export async function listResponLaporan(db: DbOrTx, surveiId: number, batas: BatasRilis, kunci: string) {
  return db
    .select({
      tanggal: skmRespon.tanggal, kanal: skmRespon.kanal,
      u1: skmRespon.u1, u2: skmRespon.u2, u3: skmRespon.u3, u4: skmRespon.u4, u5: skmRespon.u5,
      u6: skmRespon.u6, u7: skmRespon.u7, u8: skmRespon.u8, u9: skmRespon.u9,
      jenisKelamin: skmRespon.jenisKelamin, usia: skmRespon.usia, pendidikan: skmRespon.pendidikan, pekerjaan: skmRespon.pekerjaan,
    })
    .from(skmRespon)
    .where(and(eq(skmRespon.surveiId, surveiId), dirilis(batas)))
    .orderBy(urutAcak(kunci));
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
 * The publishable surveys (ADR 0005): not draft, with a period that ended before `hariIni` (YYYY-MM-DD) —
 * whatever the status, never a running or future period — with at least one stored response; latest period first (tahun desc, period end
 * desc, id desc). Aggregates are the caller's (released responses only).
 */
export async function listSurveiTerbit(db: DbOrTx, hariIni: string): Promise<SurveiRow[]> {
  return db
    .select()
    .from(skmSurvei)
    .where(and(
      ne(skmSurvei.status, 'draf'),
      lt(skmSurvei.selesai, hariIni),
      sql`exists (select 1 from ${skmRespon} where ${skmRespon.surveiId} = ${skmSurvei.id})`,
    ))
    .orderBy(desc(skmSurvei.tahun), desc(skmSurvei.selesai), desc(skmSurvei.id));
}

/** Surveys of these units whose period [mulai, selesai] overlaps [dari, sampai] (WIB dates), any status, by id. */
export async function listSurveiUnitRentang(db: DbOrTx, unitIds: number[], dari: string, sampai: string): Promise<SurveiRow[]> {
  if (!unitIds.length) return [];
  return db.select().from(skmSurvei)
    .where(and(inArray(skmSurvei.unitId, unitIds), lte(skmSurvei.mulai, sampai), gte(skmSurvei.selesai, dari)))
    .orderBy(asc(skmSurvei.id));
}

/** The surveys with these ids (any order). */
export async function listSurveiById(db: DbOrTx, ids: number[]): Promise<SurveiRow[]> {
  if (!ids.length) return [];
  return db.select().from(skmSurvei).where(inArray(skmSurvei.id, ids));
}
