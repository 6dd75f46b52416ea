import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import {
  kinerjaPenilaian, skp, skpIndikator, skpPerilaku, skpRhk, skpRiwayat,
} from './kinerja.table.ts';

/**
 * Queries of the SKP planning part (skp, skp_rhk, skp_indikator, skp_perilaku, skp_riwayat) and the few
 * read-only look-ups of org/auth tables it needs for labels (pegawai names with gelar, jabatan, phone for
 * notifications, account names in the history) by raw SQL, as layanan.permohonan.repository does.
 * Raw SQL casts dates to text and counts to int so PGlite and PostgreSQL answer the same JS types.
 * No decisions here.
 */

export type SkpRow = typeof skp.$inferSelect;
export type SkpBaru = typeof skp.$inferInsert;
export type RhkRow = typeof skpRhk.$inferSelect;
export type IndikatorRow = typeof skpIndikator.$inferSelect;

/** One SKP, or null. */
export async function findSkp(db: DbOrTx, id: number): Promise<SkpRow | null> {
  const [r] = await db.select().from(skp).where(eq(skp.id, id)).limit(1);
  return r ?? null;
}

/** One SKP locked for the rest of the transaction (workflow steps serialise on it), or null. */
export async function lockSkp(tx: DbOrTx, id: number): Promise<SkpRow | null> {
  const [r] = await tx.select().from(skp).where(eq(skp.id, id)).for('update').limit(1);
  return r ?? null;
}

/** Serialises SKP creation for one pegawai (two tabs pressing "Buat SKP" make one SKP). */
export async function lockPegawaiSkp(tx: DbOrTx, pegawaiId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7405, ${pegawaiId}::int)`);
}

/** The SKPs of a pegawai in a year, oldest first. */
export async function listSkpPegawai(db: DbOrTx, pegawaiId: number, tahun: number): Promise<SkpRow[]> {
  return db.select().from(skp).where(and(eq(skp.pegawaiId, pegawaiId), eq(skp.tahun, tahun))).orderBy(asc(skp.periodeMulai), asc(skp.id));
}

export async function insertSkp(tx: DbOrTx, v: SkpBaru): Promise<SkpRow> {
  const [r] = await tx.insert(skp).values(v).returning();
  return r!;
}

/** Updates an SKP and bumps its `revisi`. */
export async function updateSkp(tx: DbOrTx, id: number, set: Partial<SkpBaru>): Promise<SkpRow> {
  const [r] = await tx.update(skp).set({ updatedAt: new Date(), ...set, revisi: sql`${skp.revisi} + 1` }).where(eq(skp.id, id)).returning();
  return r!;
}

export async function insertRiwayat(
  tx: DbOrTx, v: { skpId: number; aksi: string; olehPegawaiId: number | null; olehAkunId: number | null; catatan?: string | null; at: Date },
): Promise<void> {
  await tx.insert(skpRiwayat).values({ ...v, catatan: v.catatan ?? null });
}

/** The history of an SKP, oldest first, with the actor's name (pegawai with gelar, else the account's name). */
export async function listRiwayat(db: DbOrTx, skpId: number) {
  return queryRows<{ aksi: string; catatan: string | null; at: string; nama: string | null; gelarDepan: string | null; gelarBelakang: string | null; akunNama: string | null }>(
    db,
    sql`select r.aksi, r.catatan, to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
        p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", a.nama as "akunNama"
      from skp_riwayat r
      left join pegawai p on p.id = r.oleh_pegawai_id
      left join akun a on a.id = r.oleh_akun_id
      where r.skp_id = ${skpId}
      order by r.at, r.id`,
  );
}

/** The RHK of an SKP: utama first, then in saved order; with the parent RHK's uraian and owner. */
export async function listRhk(db: DbOrTx, skpId: number) {
  return queryRows<{
    id: number; jenis: 'utama' | 'tambahan'; uraian: string; parentRhkId: number | null; sumberPk: string | null; urutan: number;
    parentUraian: string | null; parentNama: string | null; parentGelarDepan: string | null; parentGelarBelakang: string | null;
  }>(
    db,
    sql`select r.id, r.jenis, r.uraian, r.parent_rhk_id as "parentRhkId", r.sumber_pk as "sumberPk", r.urutan,
        pr.uraian as "parentUraian", pp.nama as "parentNama", pp.gelar_depan as "parentGelarDepan", pp.gelar_belakang as "parentGelarBelakang"
      from skp_rhk r
      left join skp_rhk pr on pr.id = r.parent_rhk_id
      left join skp ps on ps.id = pr.skp_id
      left join pegawai pp on pp.id = ps.pegawai_id
      where r.skp_id = ${skpId}
      order by case when r.jenis = 'utama' then 0 else 1 end, r.urutan, r.id`,
  );
}

/** The indikator of some RHK, in saved order. */
export async function listIndikator(db: DbOrTx, rhkIds: number[]): Promise<IndikatorRow[]> {
  if (!rhkIds.length) return [];
  return db.select().from(skpIndikator).where(inArray(skpIndikator.rhkId, rhkIds)).orderBy(asc(skpIndikator.urutan), asc(skpIndikator.id));
}

/** The ekspektasi khusus of an SKP: aspek kode → text. */
export async function listEkspektasi(db: DbOrTx, skpId: number): Promise<Record<string, string>> {
  const rows = await db.select().from(skpPerilaku).where(eq(skpPerilaku.skpId, skpId));
  return Object.fromEntries(rows.map((r) => [r.aspek, r.ekspektasiKhusus]));
}

/** Sets (text) or clears (null) the ekspektasi khusus of one BerAKHLAK value. */
export async function simpanEkspektasi(tx: DbOrTx, skpId: number, aspek: string, teks: string | null): Promise<void> {
  if (teks == null) {
    await tx.delete(skpPerilaku).where(and(eq(skpPerilaku.skpId, skpId), eq(skpPerilaku.aspek, aspek)));
    return;
  }
  await tx.insert(skpPerilaku).values({ skpId, aspek, ekspektasiKhusus: teks })
    .onConflictDoUpdate({ target: [skpPerilaku.skpId, skpPerilaku.aspek], set: { ekspektasiKhusus: teks } });
}

/**
 * The RHK of every SKP of `penilaiId` in `tahun` (the cascade picker and the submit rule "the parent is
 * an RHK of the penilai's SKP for the same year"): running SKP first, utama first, saved order.
 */
export async function listRhkPegawaiTahun(db: DbOrTx, pegawaiId: number, tahun: number) {
  return queryRows<{ id: number; skpId: number; jenis: 'utama' | 'tambahan'; uraian: string; status: 'draft' | 'diajukan' | 'disetujui' | 'dikembalikan'; aktif: boolean }>(
    db,
    sql`select r.id, r.skp_id as "skpId", r.jenis, r.uraian, s.status, s.aktif
      from skp_rhk r join skp s on s.id = r.skp_id
      where s.pegawai_id = ${pegawaiId} and s.tahun = ${tahun}
      order by s.aktif desc, s.periode_mulai desc, case when r.jenis = 'utama' then 0 else 1 end, r.urutan, r.id`,
  );
}

/** RHK of OTHER SKPs that intervene in one of `rhkIds` (a parent cannot be removed under them). */
export async function listAnakLuar(db: DbOrTx, skpId: number, rhkIds: number[]) {
  if (!rhkIds.length) return [];
  return queryRows<{ parentRhkId: number; uraian: string; nama: string }>(
    db,
    sql`select r.parent_rhk_id as "parentRhkId", r.uraian, p.nama
      from skp_rhk r join skp s on s.id = r.skp_id join pegawai p on p.id = s.pegawai_id
      where r.parent_rhk_id in (${sql.join(rhkIds.map((i) => sql`${i}`), sql`, `)}) and r.skp_id <> ${skpId}
      order by p.nama, r.id`,
  );
}

/** Ids among `indikatorIds` that already have a realisasi row. */
export async function indikatorBerealisasi(db: DbOrTx, indikatorIds: number[]): Promise<number[]> {
  if (!indikatorIds.length) return [];
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select distinct indikator_id as id from kinerja_realisasi where indikator_id in (${sql.join(indikatorIds.map((i) => sql`${i}`), sql`, `)})`,
  );
  return rows.map((r) => Number(r.id));
}

export async function deleteIndikator(tx: DbOrTx, ids: number[]): Promise<void> {
  if (ids.length) await tx.delete(skpIndikator).where(inArray(skpIndikator.id, ids));
}
export async function deleteRhk(tx: DbOrTx, ids: number[]): Promise<void> {
  if (ids.length) await tx.delete(skpRhk).where(inArray(skpRhk.id, ids));
}
export async function insertRhk(tx: DbOrTx, v: typeof skpRhk.$inferInsert): Promise<number> {
  const [r] = await tx.insert(skpRhk).values(v).returning({ id: skpRhk.id });
  return r!.id;
}
export async function updateRhk(tx: DbOrTx, id: number, v: Partial<typeof skpRhk.$inferInsert>): Promise<void> {
  await tx.update(skpRhk).set(v).where(eq(skpRhk.id, id));
}
export async function insertIndikator(tx: DbOrTx, v: typeof skpIndikator.$inferInsert): Promise<void> {
  await tx.insert(skpIndikator).values(v);
}
export async function updateIndikator(tx: DbOrTx, id: number, v: Partial<typeof skpIndikator.$inferInsert>): Promise<void> {
  await tx.update(skpIndikator).set(v).where(eq(skpIndikator.id, id));
}

/**
 * Whether the SKP is locked by the annual penetapan: its annual penilaian (periode 0) is ditetapkan, or
 * its OPD's year has a penetapan.
 */
export async function isTerkunci(db: DbOrTx, s: { id: number; opdId: number; tahun: number }): Promise<boolean> {
  const [r] = await queryRows<{ n: number }>(
    db,
    sql`select ((select count(*) from kinerja_penilaian where skp_id = ${s.id} and periode_ke = 0 and ditetapkan_at is not null)
      + (select count(*) from kinerja_penetapan where opd_id = ${s.opdId} and tahun = ${s.tahun}))::int as n`,
  );
  return Number(r?.n ?? 0) > 0;
}

export type OrangRow = {
  id: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string;
  jabatan: string | null; telepon: string | null; aktif: boolean; unitId: number;
};

/** Pegawai by id with their current jabatan name and phone (labels and notifications). */
export async function findOrang(db: DbOrTx, ids: number[]): Promise<Map<number, OrangRow>> {
  const unik = [...new Set(ids)];
  if (!unik.length) return new Map();
  const rows = await queryRows<OrangRow>(
    db,
    sql`select p.id, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", p.nip,
        j.nama as jabatan, p.telepon, p.aktif, p.unit_id as "unitId"
      from pegawai p left join jabatan j on j.id = p.jabatan_id
      where p.id in (${sql.join(unik.map((i) => sql`${i}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [Number(r.id), r]));
}

/** Number of RHK per SKP. */
export async function countRhk(db: DbOrTx, skpIds: number[]): Promise<Map<number, number>> {
  if (!skpIds.length) return new Map();
  const rows = await queryRows<{ skpId: number; n: number }>(
    db,
    sql`select skp_id as "skpId", count(*)::int as n from skp_rhk where skp_id in (${sql.join(skpIds.map((i) => sql`${i}`), sql`, `)}) group by skp_id`,
  );
  return new Map(rows.map((r) => [Number(r.skpId), Number(r.n)]));
}

// ------------------------------------------------------------------------------------------ trees

/** A flat cascade-tree row; the service nests them by `parentRhkId`. */
export type SimpulRow = {
  rhkId: number; parentRhkId: number | null; uraian: string; jenis: 'utama' | 'tambahan'; urutan: number;
  skpId: number; status: 'draft' | 'diajukan' | 'disetujui' | 'dikembalikan'; aktif: boolean; jabatan: string; jenisJabatan: string;
  pegawaiId: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null;
};

const KOLOM_SIMPUL = sql`r.id as "rhkId", r.parent_rhk_id as "parentRhkId", r.uraian, r.jenis, r.urutan,
  s.id as "skpId", s.status, s.aktif, s.jabatan_nama as jabatan, s.jenis_jabatan as "jenisJabatan",
  p.id as "pegawaiId", p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang"`;
const URUT_SIMPUL = sql`order by case when s.jenis_jabatan = 'JPT' then 0 else 1 end, lower(p.nama), s.periode_mulai, case when r.jenis = 'utama' then 0 else 1 end, r.urutan, r.id`;

/** Cascade loops are impossible by the submit rule (a parent is the penilai's), but bad data must not hang a query. */
const KEDALAMAN_MAKS = 40;

/**
 * The cascade around one SKP in ONE recursive query: its RHK, every ancestor up the parent chain (no
 * siblings), and every RHK below that intervenes in them, directly or indirectly.
 */
export async function pohonSekitarSkp(db: DbOrTx, skpId: number): Promise<SimpulRow[]> {
  return queryRows<SimpulRow>(
    db,
    sql`with recursive
      naik(id, parent_id, d) as (
        select r.id, r.parent_rhk_id, 0 from skp_rhk r where r.skp_id = ${skpId}
        union
        select r.id, r.parent_rhk_id, n.d + 1 from skp_rhk r join naik n on r.id = n.parent_id where n.d < ${KEDALAMAN_MAKS}),
      turun(id, d) as (
        select r.id, 0 from skp_rhk r where r.skp_id = ${skpId}
        union
        select r.id, t.d + 1 from skp_rhk r join turun t on r.parent_rhk_id = t.id where t.d < ${KEDALAMAN_MAKS}),
      semua(id) as (select id from naik union select id from turun)
      select ${KOLOM_SIMPUL}
      from semua x join skp_rhk r on r.id = x.id join skp s on s.id = r.skp_id join pegawai p on p.id = s.pegawai_id
      ${URUT_SIMPUL}`,
  );
}

/** Every RHK of the SKPs of one OPD in a year (one query; the forest is nested by the service). */
export async function pohonOpd(db: DbOrTx, opdId: number, tahun: number): Promise<SimpulRow[]> {
  return queryRows<SimpulRow>(
    db,
    sql`select ${KOLOM_SIMPUL}
      from skp s join skp_rhk r on r.skp_id = s.id join pegawai p on p.id = s.pegawai_id
      where s.opd_id = ${opdId} and s.tahun = ${tahun}
      ${URUT_SIMPUL}`,
  );
}

/** The RHK of a pegawai's SKPs of a year and everything below them, in ONE recursive query. */
export async function pohonBawah(db: DbOrTx, pegawaiId: number, tahun: number): Promise<SimpulRow[]> {
  return queryRows<SimpulRow>(
    db,
    sql`with recursive turun(id, d) as (
        select r.id, 0 from skp_rhk r join skp s on s.id = r.skp_id where s.pegawai_id = ${pegawaiId} and s.tahun = ${tahun}
        union
        select r.id, t.d + 1 from skp_rhk r join turun t on r.parent_rhk_id = t.id where t.d < ${KEDALAMAN_MAKS}),
      semua(id) as (select distinct id from turun)
      select ${KOLOM_SIMPUL}
      from semua x join skp_rhk r on r.id = x.id join skp s on s.id = r.skp_id join pegawai p on p.id = s.pegawai_id
      ${URUT_SIMPUL}`,
  );
}

// ------------------------------------------------------------------------------------------ team

/** SKPs of a year that belong to one of `pegawaiIds` or are rated by `penilaiId` (one query). */
export async function listSkpTim(db: DbOrTx, tahun: number, pegawaiIds: number[], penilaiId: number): Promise<SkpRow[]> {
  const milik = pegawaiIds.length ? inArray(skp.pegawaiId, pegawaiIds) : sql`false`;
  return db.select().from(skp)
    .where(and(eq(skp.tahun, tahun), sql`(${milik} or ${skp.penilaiId} = ${penilaiId})`))
    .orderBy(asc(skp.pegawaiId), asc(skp.periodeMulai), asc(skp.id));
}

/** Periodic and annual penilaian of some SKPs: (skpId, periodeKe, predikat, penilaiId). */
export async function listPenilaianSkp(db: DbOrTx, skpIds: number[]) {
  if (!skpIds.length) return [];
  return db.select({ skpId: kinerjaPenilaian.skpId, periodeKe: kinerjaPenilaian.periodeKe, predikat: kinerjaPenilaian.predikat, penilaiId: kinerjaPenilaian.penilaiId })
    .from(kinerjaPenilaian).where(inArray(kinerjaPenilaian.skpId, skpIds)).orderBy(asc(kinerjaPenilaian.skpId), desc(kinerjaPenilaian.periodeKe));
}
