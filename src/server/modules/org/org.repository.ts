import { eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { pegawai } from './org.table.ts';

/**
 * Queries of module `org` (no decisions: scope and rules are the service's). Raw SQL goes through
 * {@link queryRows} so it runs the same on PGlite and PostgreSQL; dates are cast to text and counts to
 * int so both drivers answer the same JS types.
 */

/**
 * Which pegawai a caller may see. `semua` for admin/pimpinan; otherwise the union of the OPD scope
 * (units whose opd_id = `opdId`) and the reporting-line scope (`atasanPegawaiId` and everyone below them
 * on the effective line). Both null = nobody.
 */
export type Lingkup = { semua: true } | { semua: false; opdId: number | null; atasanPegawaiId: number | null };

export type FilterPegawai = {
  q?: string;
  opdId?: number;
  unitId?: number;
  jenisAsn?: 'PNS' | 'PPPK';
  golongan?: string;
  jenisJabatan?: string;
};

/**
 * Effective atasan of every active pegawai (CTE body, named `ae` by callers):
 * `atasan_override_id` when it points at an active pegawai, else the active holder of
 * `jabatan.atasan_jabatan_id` with the lowest id. `sumber` is 'override' | 'jabatan' | null;
 * `atasan_jabatan_id` is the jabatan-based atasan regardless of any override.
 */
const ATASAN_EFEKTIF = sql`
  select p.id,
    coalesce(o.id, nullif(pj.pemegang_id, p.id)) as atasan_id,
    case when o.id is not null then 'override' when nullif(pj.pemegang_id, p.id) is not null then 'jabatan' end as sumber,
    nullif(pj.pemegang_id, p.id) as atasan_jabatan_id
  from pegawai p
  left join pegawai o on o.id = p.atasan_override_id and o.aktif
  left join jabatan j on j.id = p.jabatan_id
  left join (
    select jabatan_id, min(id) as pemegang_id from pegawai where aktif and jabatan_id is not null group by jabatan_id
  ) pj on pj.jabatan_id = j.atasan_jabatan_id
  where p.aktif`;

/** CTEs (after `with recursive`) and the WHERE condition on alias `p`/`u` for a scope. */
function lingkupSql(l: Lingkup): { ctes: SQL[]; where: SQL } {
  if (l.semua) return { ctes: [], where: sql`true` };
  const syarat: SQL[] = [];
  const ctes: SQL[] = [];
  if (l.opdId != null) syarat.push(sql`u.opd_id = ${l.opdId}`);
  if (l.atasanPegawaiId != null) {
    // `union` (not `union all`) deduplicates, so the walk ends even if bad data holds a loop.
    ctes.push(sql`lingkup(id) as (
      select ${l.atasanPegawaiId}::int
      union
      select ae.id from ae join lingkup g on ae.atasan_id = g.id)`);
    syarat.push(sql`p.id in (select id from lingkup)`);
  }
  return { ctes, where: syarat.length ? sql`(${sql.join(syarat, sql` or `)})` : sql`false` };
}

function filterSql(f: FilterPegawai): { ctes: SQL[]; where: SQL[] } {
  const where: SQL[] = [];
  const ctes: SQL[] = [];
  if (f.q) {
    // Every word typed must start a word of the name as shown, gelar included ("dr. Tri", "Siregar, S.Sos"),
    // commas ignored; so "uji b" finds "Staf Uji B" but not "Kabid Uji".
    const lengkap = sql`(' ' || lower(replace(concat_ws(' ', p.gelar_depan, p.nama, p.gelar_belakang), ',', ' ')))`;
    const kata = f.q.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean).slice(0, 8);
    const nama = kata.length ? sql`(${sql.join(kata.map((k) => sql`position(${' ' + k} in ${lengkap}) > 0`), sql` and `)})` : sql`true`;
    const digit = f.q.replace(/[\s.]/g, '');
    where.push(/^\d+$/.test(digit) ? sql`(${nama} or p.nip like ${digit + '%'})` : nama);
  }
  if (f.opdId != null) where.push(sql`u.opd_id = ${f.opdId}`);
  if (f.unitId != null) {
    ctes.push(sql`unit_pilih(id) as (
      select ${f.unitId}::int
      union
      select c.id from unit_organisasi c join unit_pilih s on c.parent_id = s.id)`);
    where.push(sql`p.unit_id in (select id from unit_pilih)`);
  }
  if (f.jenisAsn) where.push(sql`p.jenis_asn = ${f.jenisAsn}`);
  if (f.golongan) where.push(sql`p.golongan = ${f.golongan}`);
  if (f.jenisJabatan) where.push(sql`j.jenis = ${f.jenisJabatan}`);
  return { ctes, where };
}

/** `with recursive ae as (…), <ctes>`; `ae` is only computed when a CTE walks the line. */
const withClause = (ctes: SQL[]) =>
  ctes.length ? sql`with recursive ae as materialized (${ATASAN_EFEKTIF}), ${sql.join(ctes, sql`, `)}` : sql``;

/**
 * The effective atasan of one row `p` (with its jabatan `j`), as a LATERAL subquery: the same rule as
 * {@link ATASAN_EFEKTIF} but evaluated per row through the pegawai_jabatan index, so a page of 50
 * does not compute the line of all 4,000.
 */
const ATASAN_BARIS = sql`left join lateral (
    select coalesce(o.id, pj.id) as atasan_id,
      case when o.id is not null then 'override' when pj.id is not null then 'jabatan' end as sumber,
      pj.id as atasan_jabatan_id
    from (select 1) satu
    left join pegawai o on o.id = p.atasan_override_id and o.aktif
    left join lateral (select nullif(min(x.id), p.id) as id from pegawai x where x.jabatan_id = j.atasan_jabatan_id and x.aktif) pj on true
  ) ae on true
  left join pegawai a on a.id = ae.atasan_id`;

const FROM_DASAR = sql`
  from pegawai p
  join unit_organisasi u on u.id = p.unit_id
  left join unit_organisasi o on o.id = u.opd_id
  left join jabatan j on j.id = p.jabatan_id`;

const KOLOM_ITEM = sql`
  p.id, p.nip, p.jenis_asn as "jenisAsn", p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang",
  p.jenis_kelamin as "jenisKelamin", p.golongan, j.nama as "jabatan", j.jenis as "jenisJabatan",
  u.nama as "unitNama", o.nama as "opdNama",
  a.id as "atasanId", a.nama as "atasanNama", a.gelar_depan as "atasanGelarDepan", a.gelar_belakang as "atasanGelarBelakang"`;

export type PegawaiItemRow = {
  id: number; nip: string; jenisAsn: 'PNS' | 'PPPK'; nama: string; gelarDepan: string | null; gelarBelakang: string | null;
  jenisKelamin: 'L' | 'P'; golongan: string; jabatan: string | null;
  jenisJabatan: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL' | null;
  unitNama: string; opdNama: string | null;
  atasanId: number | null; atasanNama: string | null; atasanGelarDepan: string | null; atasanGelarBelakang: string | null;
};

export type PegawaiDetailRow = PegawaiItemRow & {
  tanggalLahir: string; tmtCpns: string | null; jabatanId: number | null; jenjang: string | null;
  unitId: number; opdId: number | null; aktif: boolean;
  atasanNip: string | null; atasanJabatan: string | null; atasanSumber: 'jabatan' | 'override' | null;
  atasanJabatanPegawaiId: number | null; atasanJabatanNama: string | null;
  atasanJabatanGelarDepan: string | null; atasanJabatanGelarBelakang: string | null;
};

/** One page of active pegawai matching `filter` inside `lingkup`, ordered by name, plus the total. */
export async function listPegawai(
  db: DbOrTx, filter: FilterPegawai, lingkup: Lingkup, page: { limit: number; offset: number },
): Promise<{ rows: PegawaiItemRow[]; total: number }> {
  const s = lingkupSql(lingkup);
  const f = filterSql(filter);
  const where = sql.join([sql`p.aktif`, s.where, ...f.where], sql` and `);
  const ctes = [...s.ctes, ...f.ctes];
  const [c] = await queryRows<{ n: number }>(db, sql`${withClause(ctes)} select count(*)::int as n ${FROM_DASAR} where ${where}`);
  const halaman = sql`halaman as (select p.id ${FROM_DASAR} where ${where} order by lower(p.nama), p.id limit ${page.limit} offset ${page.offset})`;
  const rows = await queryRows<PegawaiItemRow>(
    db,
    sql`${ctes.length ? withClause([...ctes, halaman]) : sql`with ${halaman}`}
      select ${KOLOM_ITEM}
      from halaman h join pegawai p on p.id = h.id
      join unit_organisasi u on u.id = p.unit_id
      left join unit_organisasi o on o.id = u.opd_id
      left join jabatan j on j.id = p.jabatan_id
      ${ATASAN_BARIS}
      order by lower(p.nama), p.id`,
  );
  return { rows, total: Number(c?.n ?? 0) };
}

/** One pegawai (active or not) with jabatan, unit, effective and jabatan-based atasan; null when absent or outside `lingkup`. */
export async function findPegawaiDetail(db: DbOrTx, id: number, lingkup: Lingkup = { semua: true }): Promise<PegawaiDetailRow | null> {
  const s = lingkupSql(lingkup);
  const [row] = await queryRows<PegawaiDetailRow>(
    db,
    sql`${withClause(s.ctes)}
      select ${KOLOM_ITEM},
        p.tanggal_lahir::text as "tanggalLahir", to_char(p.tmt_cpns, 'YYYY-MM') as "tmtCpns", p.jabatan_id as "jabatanId",
        j.jenjang, p.unit_id as "unitId", u.opd_id as "opdId", p.aktif,
        a.nip as "atasanNip", aj.nama as "atasanJabatan", ae.sumber as "atasanSumber",
        b.id as "atasanJabatanPegawaiId", b.nama as "atasanJabatanNama",
        b.gelar_depan as "atasanJabatanGelarDepan", b.gelar_belakang as "atasanJabatanGelarBelakang"
      ${FROM_DASAR}
      ${ATASAN_BARIS}
      left join jabatan aj on aj.id = a.jabatan_id
      left join pegawai b on b.id = ae.atasan_jabatan_id
      where p.id = ${id} and ${s.where}`,
  );
  return row ?? null;
}

/** Whether pegawai `id` is active and inside `lingkup`. */
export async function isPegawaiDalamLingkup(db: DbOrTx, id: number, lingkup: Lingkup): Promise<boolean> {
  const s = lingkupSql(lingkup);
  const [r] = await queryRows<{ n: number }>(
    db,
    sql`${withClause(s.ctes)} select count(*)::int as n from pegawai p join unit_organisasi u on u.id = p.unit_id
      where p.id = ${id} and p.aktif and ${s.where}`,
  );
  return Number(r?.n ?? 0) > 0;
}

/** Minimal facts about one pegawai: existence, active flag, OPD (for scope checks). */
export async function findPegawaiDasar(db: DbOrTx, id: number) {
  const [r] = await queryRows<{ id: number; nama: string; aktif: boolean; opdId: number | null; atasanOverrideId: number | null }>(
    db,
    sql`select p.id, p.nama, p.aktif, u.opd_id as "opdId", p.atasan_override_id as "atasanOverrideId"
      from pegawai p join unit_organisasi u on u.id = p.unit_id where p.id = ${id}`,
  );
  return r ?? null;
}

/**
 * The effective-atasan chain going up from `startId` (inclusive): pegawai id → atasan id (null at the
 * top). Ends at the top, or when an id repeats (a loop in bad data).
 */
export async function findRantaiAtasan(db: DbOrTx, startId: number): Promise<Map<number, number | null>> {
  const rows = await queryRows<{ id: number; atasanId: number | null }>(
    db,
    sql`with recursive ae as (${ATASAN_EFEKTIF}),
      naik(id, atasan_id) as (
        select ae.id, ae.atasan_id from ae where ae.id = ${startId}
        union
        select ae.id, ae.atasan_id from ae join naik n on ae.id = n.atasan_id)
      select id, atasan_id as "atasanId" from naik`,
  );
  return new Map(rows.map((r) => [r.id, r.atasanId]));
}

/** Names of pegawai by id (for messages). */
export async function findNamaPegawai(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await queryRows<{ id: number; nama: string }>(
    db,
    sql`select id, nama from pegawai where id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.id, r.nama]));
}

/** Number of direct and of all (direct + indirect) bawahan of `id` on the effective line. */
export async function countBawahan(db: DbOrTx, id: number): Promise<{ langsung: number; total: number }> {
  const [r] = await queryRows<{ langsung: number; total: number }>(
    db,
    sql`with recursive ae as (${ATASAN_EFEKTIF}),
      turun(id) as (
        select ae.id from ae where ae.atasan_id = ${id}
        union
        select ae.id from ae join turun t on ae.atasan_id = t.id)
      select (select count(*)::int from ae where ae.atasan_id = ${id}) as langsung,
        (select count(*)::int from turun where turun.id <> ${id}) as total`,
  );
  return { langsung: Number(r?.langsung ?? 0), total: Number(r?.total ?? 0) };
}

export type BawahanRow = {
  id: number; nip: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null;
  jabatan: string | null; jenisJabatan: string | null; unitId: number; langsung: boolean;
};

/** Bawahan of `id` on the effective line: direct only, or direct and indirect; ordered by name. */
export async function listBawahan(db: DbOrTx, id: number, tidakLangsung: boolean): Promise<BawahanRow[]> {
  return queryRows<BawahanRow>(
    db,
    sql`with recursive ae as (${ATASAN_EFEKTIF}),
      turun(id, langsung) as (
        select ae.id, true from ae where ae.atasan_id = ${id}
        union
        select ae.id, false from ae join turun t on ae.atasan_id = t.id where ${tidakLangsung}::boolean)
      select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang",
        j.nama as jabatan, j.jenis as "jenisJabatan", p.unit_id as "unitId", bool_or(t.langsung) as langsung
      from turun t join pegawai p on p.id = t.id left join jabatan j on j.id = p.jabatan_id
      where p.id <> ${id}
      group by p.id, j.id
      order by lower(p.nama), p.id`,
  );
}

/** Serialises atasan changes in one transaction, so two concurrent overrides cannot build a loop together. */
export async function lockGarisAtasan(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7401, 1)`);
}

/** Sets or clears `pegawai.atasan_override_id`. */
export async function updateAtasanOverride(tx: DbOrTx, id: number, atasanId: number | null): Promise<void> {
  await tx.update(pegawai).set({ atasanOverrideId: atasanId, updatedAt: new Date() }).where(eq(pegawai.id, id));
}

/** Every active unit, ordered for display (urutan, id). */
export async function listUnitAktif(db: DbOrTx) {
  return queryRows<{
    id: number; kode: string; nama: string; singkatan: string | null; jenis: string; parentId: number | null;
    isOpd: boolean; isUnitLayanan: boolean; wilayahKode: string | null;
  }>(
    db,
    sql`select id, kode, nama, singkatan, jenis, parent_id as "parentId", is_opd as "isOpd",
      is_unit_layanan as "isUnitLayanan", wilayah_kode as "wilayahKode"
      from unit_organisasi where aktif order by urutan, id`,
  );
}

/** Active pegawai per unit id. */
export async function countPegawaiPerUnit(db: DbOrTx): Promise<Map<number, number>> {
  const rows = await queryRows<{ unitId: number; n: number }>(
    db,
    sql`select unit_id as "unitId", count(*)::int as n from pegawai where aktif group by unit_id`,
  );
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}

/** Active OPDs (is_opd), ordered by urutan then name. */
export async function listOpd(db: DbOrTx) {
  return queryRows<{ id: number; kode: string; nama: string; singkatan: string | null; jenis: string }>(
    db,
    sql`select id, kode, nama, singkatan, jenis from unit_organisasi where is_opd and aktif order by urutan, nama, id`,
  );
}

/** Every wilayah row, ordered by kode. */
export async function listWilayah(db: DbOrTx) {
  return queryRows<{ kode: string; nama: string; tingkat: string; indukKode: string | null; kodePasti: boolean }>(
    db,
    sql`select kode, nama, tingkat, induk_kode as "indukKode", kode_pasti as "kodePasti" from wilayah order by kode`,
  );
}
