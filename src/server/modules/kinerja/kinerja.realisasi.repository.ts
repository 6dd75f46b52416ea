import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { namaDenganGelar } from '../../../domain/org/atasan.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import {
  kinerjaBukti, kinerjaPenetapan, kinerjaPenilaian, kinerjaRealisasi, kinerjaRealisasiSumber, kinerjaUmpanBalik, skp, skpIndikator, skpRhk,
} from './kinerja.table.ts';

/**
 * Queries of the realisasi part of module `kinerja` (kinerja_realisasi, _sumber, _bukti, _umpan_balik; reads
 * of skp, skp_rhk, skp_indikator, kinerja_penilaian, kinerja_penetapan) and the few read-only look-ups of org
 * tables by raw SQL (pegawai names and phone), as layanan.permohonan.repository does. No decisions here.
 * The SKP row is read here directly (not through the skp part), so this part does not depend on it.
 */

export type SkpRow = typeof skp.$inferSelect;
export type RhkRow = typeof skpRhk.$inferSelect;
export type IndikatorRow = typeof skpIndikator.$inferSelect;
export type RealisasiRow = typeof kinerjaRealisasi.$inferSelect;
export type BuktiRow = typeof kinerjaBukti.$inferSelect;
export type BuktiBaru = typeof kinerjaBukti.$inferInsert;
export type UmpanBalikRow = typeof kinerjaUmpanBalik.$inferSelect;
export type PenilaianRow = typeof kinerjaPenilaian.$inferSelect;

const daftarId = (ids: readonly number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);

export async function findSkp(db: DbOrTx, id: number): Promise<SkpRow | null> {
  const [r] = await db.select().from(skp).where(eq(skp.id, id)).limit(1);
  return r ?? null;
}

/** An indikator with its RHK's SKP id, or null. */
export async function findIndikator(db: DbOrTx, id: number): Promise<(IndikatorRow & { skpId: number }) | null> {
  const [r] = await db.select({ i: skpIndikator, skpId: skpRhk.skpId }).from(skpIndikator)
    .innerJoin(skpRhk, eq(skpRhk.id, skpIndikator.rhkId)).where(eq(skpIndikator.id, id)).limit(1);
  return r ? { ...r.i, skpId: r.skpId } : null;
}

/** The RHK of an SKP (utama first, then by urutan, id) and their indikator (by urutan, id). */
export async function listRencana(db: DbOrTx, skpId: number): Promise<{ rhk: RhkRow[]; indikator: IndikatorRow[] }> {
  const rhk = await db.select().from(skpRhk).where(eq(skpRhk.skpId, skpId))
    .orderBy(sql`case when ${skpRhk.jenis} = 'utama' then 0 else 1 end`, asc(skpRhk.urutan), asc(skpRhk.id));
  const indikator = rhk.length
    ? await db.select().from(skpIndikator).where(inArray(skpIndikator.rhkId, rhk.map((r) => r.id))).orderBy(asc(skpIndikator.urutan), asc(skpIndikator.id))
    : [];
  return { rhk, indikator };
}

export async function rhkMilikSkp(db: DbOrTx, rhkId: number, skpId: number): Promise<boolean> {
  const [r] = await db.select({ id: skpRhk.id }).from(skpRhk).where(and(eq(skpRhk.id, rhkId), eq(skpRhk.skpId, skpId))).limit(1);
  return !!r;
}

/** Realisasi rows of an SKP: one period, or every period when `periodeKe` is undefined. */
export async function listRealisasi(db: DbOrTx, skpId: number, periodeKe?: number): Promise<RealisasiRow[]> {
  return db.select().from(kinerjaRealisasi)
    .where(and(eq(kinerjaRealisasi.skpId, skpId), periodeKe === undefined ? undefined : eq(kinerjaRealisasi.periodeKe, periodeKe)))
    .orderBy(asc(kinerjaRealisasi.periodeKe), asc(kinerjaRealisasi.id));
}

export async function findRealisasi(db: DbOrTx, id: number): Promise<RealisasiRow | null> {
  const [r] = await db.select().from(kinerjaRealisasi).where(eq(kinerjaRealisasi.id, id)).limit(1);
  return r ?? null;
}

export async function findRealisasiKunci(db: DbOrTx, indikatorId: number, periodeKe: number): Promise<RealisasiRow | null> {
  const [r] = await db.select().from(kinerjaRealisasi)
    .where(and(eq(kinerjaRealisasi.indikatorId, indikatorId), eq(kinerjaRealisasi.periodeKe, periodeKe))).limit(1);
  return r ?? null;
}

/**
 * Creates the realisasi of (indikator, period) if absent — with `otomatis` as given — and returns it. Two
 * concurrent first writes meet on the unique (indikator_id, periode_ke): the second one reads the first's row.
 */
export async function pastikanRealisasi(tx: DbOrTx, v: { indikatorId: number; skpId: number; periodeKe: number; otomatis: boolean }): Promise<RealisasiRow> {
  await tx.insert(kinerjaRealisasi).values(v).onConflictDoNothing({ target: [kinerjaRealisasi.indikatorId, kinerjaRealisasi.periodeKe] });
  return (await findRealisasiKunci(tx, v.indikatorId, v.periodeKe))!;
}

/** Locks a realisasi row until the end of the transaction (serialises concurrent bukti uploads on it). */
export async function kunciRealisasi(tx: DbOrTx, id: number): Promise<void> {
  await tx.select({ id: kinerjaRealisasi.id }).from(kinerjaRealisasi).where(eq(kinerjaRealisasi.id, id)).for('update');
}

export async function ubahRealisasi(tx: DbOrTx, id: number, patch: Partial<Pick<RealisasiRow, 'angka' | 'narasi' | 'catatan' | 'diisiOleh' | 'updatedAt'>>) {
  const [r] = await tx.update(kinerjaRealisasi).set(patch).where(eq(kinerjaRealisasi.id, id)).returning();
  return r!;
}

export async function listBukti(db: DbOrTx, realisasiIds: number[]): Promise<BuktiRow[]> {
  if (!realisasiIds.length) return [];
  return db.select().from(kinerjaBukti).where(inArray(kinerjaBukti.realisasiId, realisasiIds)).orderBy(asc(kinerjaBukti.id));
}

/** A bukti with its realisasi's SKP and period, or null. */
export async function findBukti(db: DbOrTx, id: number) {
  const [r] = await db.select({ b: kinerjaBukti, skpId: kinerjaRealisasi.skpId, periodeKe: kinerjaRealisasi.periodeKe })
    .from(kinerjaBukti).innerJoin(kinerjaRealisasi, eq(kinerjaRealisasi.id, kinerjaBukti.realisasiId)).where(eq(kinerjaBukti.id, id)).limit(1);
  return r ? { ...r.b, skpId: r.skpId, periodeKe: r.periodeKe } : null;
}

export async function insertBukti(tx: DbOrTx, v: BuktiBaru): Promise<BuktiRow> {
  const [r] = await tx.insert(kinerjaBukti).values(v).returning();
  return r!;
}

export async function deleteBukti(tx: DbOrTx, id: number): Promise<void> {
  await tx.delete(kinerjaBukti).where(eq(kinerjaBukti.id, id));
}

export async function listUmpanBalik(db: DbOrTx, skpId: number, periodeKe: number): Promise<UmpanBalikRow[]> {
  return db.select().from(kinerjaUmpanBalik)
    .where(and(eq(kinerjaUmpanBalik.skpId, skpId), eq(kinerjaUmpanBalik.periodeKe, periodeKe))).orderBy(asc(kinerjaUmpanBalik.createdAt), asc(kinerjaUmpanBalik.id));
}

export async function insertUmpanBalik(tx: DbOrTx, v: typeof kinerjaUmpanBalik.$inferInsert): Promise<UmpanBalikRow> {
  const [r] = await tx.insert(kinerjaUmpanBalik).values(v).returning();
  return r!;
}

/** The penilaian of an SKP in a period (0 = annual), or null (written by the penilaian part). */
export async function findPenilaian(db: DbOrTx, skpId: number, periodeKe: number): Promise<PenilaianRow | null> {
  const [r] = await db.select().from(kinerjaPenilaian)
    .where(and(eq(kinerjaPenilaian.skpId, skpId), eq(kinerjaPenilaian.periodeKe, periodeKe))).limit(1);
  return r ?? null;
}

/** How many periodic (ke ≥ 1) penilaian an SKP has. */
export async function hitungPenilaianPeriodik(db: DbOrTx, skpId: number): Promise<number> {
  const [r] = await db.select({ n: count() }).from(kinerjaPenilaian)
    .where(and(eq(kinerjaPenilaian.skpId, skpId), sql`${kinerjaPenilaian.periodeKe} > 0`));
  return Number(r?.n ?? 0);
}

/**
 * Whether the SKP's year is locked by penetapan (kinerja.md §1.7 "Format Penetapan"): a penetapan of its
 * OPD and year exists, or its annual penilaian carries `ditetapkanAt`.
 */
export async function tahunTerkunci(db: DbOrTx, s: Pick<SkpRow, 'id' | 'opdId' | 'tahun'>): Promise<boolean> {
  const [a] = await db.select({ id: kinerjaPenetapan.id }).from(kinerjaPenetapan)
    .where(and(eq(kinerjaPenetapan.opdId, s.opdId), eq(kinerjaPenetapan.tahun, s.tahun))).limit(1);
  if (a) return true;
  const [b] = await db.select({ id: kinerjaPenilaian.id }).from(kinerjaPenilaian)
    .where(and(eq(kinerjaPenilaian.skpId, s.id), eq(kinerjaPenilaian.periodeKe, 0), isNotNull(kinerjaPenilaian.ditetapkanAt))).limit(1);
  return !!b;
}

export type OrangRow = { id: number; nama: string; nip: string; jabatan: string | null; telepon: string | null };

/** Pegawai by id: name with gelar, NIP, current jabatan name, phone (for notifications only). */
export async function listOrang(db: DbOrTx, ids: Array<number | null | undefined>): Promise<Map<number, OrangRow>> {
  const unik = [...new Set(ids.filter((x): x is number => x != null))];
  if (!unik.length) return new Map();
  const rows = await queryRows<{ id: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string; jabatan: string | null; telepon: string | null }>(db, sql`
    select p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.nama as jabatan, p.telepon
    from pegawai p left join jabatan j on j.id = p.jabatan_id where p.id in (${daftarId(unik)})`);
  return new Map(rows.map((r) => [Number(r.id), {
    id: Number(r.id), nama: namaDenganGelar({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
    nip: r.nip, jabatan: r.jabatan, telepon: r.telepon,
  }]));
}

// ------------------------------------------------------------------ automatic figures

/** A bound indikator of an SKP due for computation in one period (see {@link listTerikat}). */
export type TerikatRow = {
  indikatorId: number;
  metrik: string;
  lingkup: 'pegawai' | 'unit' | 'lokasi' | null;
  refId: number | null;
  targetAngka: number | null;
  skpId: number;
  pegawaiId: number;
  unitId: number;
  skpMulai: string;
  skpSelesai: string;
  realisasiId: number | null;
  dihitungAt: string | null;
  sidik: string | null;
};

/**
 * Every indikator bound to a metric of the disetujui SKPs of `tahun` whose span overlaps [mulai, selesai],
 * optionally only `skpIds`, whose period `periodeKe` is NOT rated and whose year is NOT ditetapkan — with
 * its current realisasi (id, when computed, record fingerprint). ONE query (bulk-friendly).
 */
export async function listTerikat(
  db: DbOrTx, o: { tahun: number; periodeKe: number; mulai: string; selesai: string; skpIds?: number[] },
): Promise<TerikatRow[]> {
  if (o.skpIds && !o.skpIds.length) return [];
  const rows = await queryRows<TerikatRow>(db, sql`
    select i.id as "indikatorId", i.metrik, i.metrik_lingkup as lingkup, i.metrik_ref_id as "refId", i.target_angka as "targetAngka",
      s.id as "skpId", s.pegawai_id as "pegawaiId", s.unit_id as "unitId",
      to_char(s.periode_mulai, 'YYYY-MM-DD') as "skpMulai", to_char(s.periode_selesai, 'YYYY-MM-DD') as "skpSelesai",
      r.id as "realisasiId", r.sumber->>'dihitungAt' as "dihitungAt", r.sumber->>'sidik' as sidik
    from skp s
      join skp_rhk h on h.skp_id = s.id
      join skp_indikator i on i.rhk_id = h.id
      left join kinerja_realisasi r on r.indikator_id = i.id and r.periode_ke = ${o.periodeKe}
    where s.tahun = ${o.tahun} and s.status = 'disetujui' and i.metrik is not null
      and s.periode_mulai <= ${o.selesai}::date and s.periode_selesai >= ${o.mulai}::date
      ${o.skpIds ? sql`and s.id in (${daftarId(o.skpIds)})` : sql``}
      and not exists (select 1 from kinerja_penilaian p where p.skp_id = s.id and p.periode_ke = ${o.periodeKe})
      and not exists (select 1 from kinerja_penilaian p where p.skp_id = s.id and p.periode_ke = 0 and p.ditetapkan_at is not null)
      and not exists (select 1 from kinerja_penetapan t where t.opd_id = s.opd_id and t.tahun = s.tahun)
    order by s.id, i.id`);
  return rows.map((r) => ({
    ...r, indikatorId: Number(r.indikatorId), skpId: Number(r.skpId), pegawaiId: Number(r.pegawaiId), unitId: Number(r.unitId),
    refId: r.refId == null ? null : Number(r.refId), targetAngka: r.targetAngka == null ? null : Number(r.targetAngka),
    realisasiId: r.realisasiId == null ? null : Number(r.realisasiId),
  }));
}

/** One computed figure to store (see {@link simpanOtomatis}). */
export type FigurOtomatis = {
  indikatorId: number;
  skpId: number;
  periodeKe: number;
  angka: number | null;
  sumber: Record<string, unknown> & { sidik: string };
  jenis: string;
  refIds: number[];
  /** True when the stored record ids are the same (same fingerprint): the _sumber rows are kept. */
  sumberSama: boolean;
};

const CHUNK_REALISASI = 500;
const CHUNK_SUMBER = 50_000;

/**
 * Stores automatic figures in bulk: one multi-row upsert per 500 figures (angka, narasi null, otomatis,
 * sumber; catatan and bukti kept) — skipped for a period that got rated meanwhile — then, for figures whose
 * record set changed, the _sumber rows are replaced (multi-row inserts of 5 000). Run inside a transaction.
 * @returns how many realisasi rows were written
 */
export async function simpanOtomatis(tx: DbOrTx, figur: FigurOtomatis[], now: Date): Promise<number> {
  let ditulis = 0;
  for (let i = 0; i < figur.length; i += CHUNK_REALISASI) {
    const bagian = figur.slice(i, i + CHUNK_REALISASI);
    const rows = await tx.insert(kinerjaRealisasi).values(bagian.map((f) => ({
      indikatorId: f.indikatorId, skpId: f.skpId, periodeKe: f.periodeKe, angka: f.angka, narasi: null, otomatis: true, sumber: f.sumber, updatedAt: now,
    }))).onConflictDoUpdate({
      target: [kinerjaRealisasi.indikatorId, kinerjaRealisasi.periodeKe],
      set: { angka: sql`excluded.angka`, narasi: sql`null`, otomatis: sql`true`, sumber: sql`excluded.sumber`, updatedAt: sql`excluded.updated_at` },
      setWhere: sql`not exists (select 1 from kinerja_penilaian p where p.skp_id = excluded.skp_id and p.periode_ke = excluded.periode_ke)`,
    }).returning({ id: kinerjaRealisasi.id, indikatorId: kinerjaRealisasi.indikatorId });
    ditulis += rows.length;
    const idPer = new Map(rows.map((r) => [r.indikatorId, r.id]));
    const berubah = bagian.filter((f) => !f.sumberSama && idPer.has(f.indikatorId));
    if (!berubah.length) continue;
    await tx.delete(kinerjaRealisasiSumber).where(inArray(kinerjaRealisasiSumber.realisasiId, berubah.map((f) => idPer.get(f.indikatorId)!)));
    const sumber = berubah.flatMap((f) => [...new Set(f.refIds)].map((refId) => ({ realisasiId: idPer.get(f.indikatorId)!, jenis: f.jenis, refId })));
    // Column arrays through unnest (3 parameters per statement): multi-row VALUES costs ~3.5× the CPU on PGlite,
    // and a year of a city's evidence is ~200 000 rows (scripts/seed/kinerja.ts).
    for (let j = 0; j < sumber.length; j += CHUNK_SUMBER) {
      const b = sumber.slice(j, j + CHUNK_SUMBER);
      await tx.execute(sql`insert into kinerja_realisasi_sumber (realisasi_id, jenis, ref_id)
        select * from unnest(${sql.param(b.map((x) => x.realisasiId))}::int[], ${sql.param(b.map((x) => x.jenis))}::text[], ${sql.param(b.map((x) => x.refId))}::bigint[])
        on conflict do nothing`);
    }
  }
  return ditulis;
}

/** A page of the source record ids of a realisasi (by id) and their total. */
export async function listSumber(db: DbOrTx, realisasiId: number, limit: number, offset: number) {
  const [rows, [n]] = await Promise.all([
    db.select({ jenis: kinerjaRealisasiSumber.jenis, refId: kinerjaRealisasiSumber.refId }).from(kinerjaRealisasiSumber)
      .where(eq(kinerjaRealisasiSumber.realisasiId, realisasiId)).orderBy(asc(kinerjaRealisasiSumber.refId)).limit(limit).offset(offset),
    db.select({ n: count() }).from(kinerjaRealisasiSumber).where(eq(kinerjaRealisasiSumber.realisasiId, realisasiId)),
  ]);
  return { ids: rows.map((r) => Number(r.refId)), total: Number(n?.n ?? 0) };
}
