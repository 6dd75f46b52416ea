import { sql, type SQL } from 'drizzle-orm';
import type { KelompokStatistik } from '../../../contracts/antrian-statistik.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';

/** Which tickets are counted: WIB business days `dari`–`sampai` (antrian_tiket.tanggal, inclusive). */
export interface SaringanTiket {
  dari: string;
  sampai: string;
  /** null = every lokasi; [] = none. */
  lokasiIds: number[] | null;
  petugasPegawaiId?: number;
  /** Only tickets served by one of these pegawai ([] = none); for the bulk facts of many pegawai at once. */
  petugasPegawaiIds?: number[];
}

/** Raw aggregate of one group (kunci) or of the whole selection (`total`); durations in unrounded minutes. */
export interface AgregatRow {
  total: boolean;
  kunci: number | string | null;
  jumlahTiket: number;
  dilayani: number;
  tidakHadir: number;
  dibatalkan: number;
  kedaluwarsa: number;
  /** Tickets that reached menunggu (denominator of the no-show rate). */
  hadir: number;
  /** Served tickets with a measured service time, and those within the layanan's standarMenit. */
  layananTerukur: number;
  dalamStandar: number;
  tungguRata: number | null;
  tungguP50: number | null;
  tungguP90: number | null;
  layananRata: number | null;
  layananP50: number | null;
  layananP90: number | null;
}

/**
 * The group key of each kelompok. `jam` is the WIB hour the ticket arrived (check-in, walk-ins at issue;
 * else when it entered the line) — null when it never arrived; `hari` is the ticket's WIB business day.
 */
const KUNCI: Record<KelompokStatistik, SQL> = {
  layanan: sql`t.layanan_id`,
  loket: sql`t.loket_id`,
  petugas: sql`t.petugas_pegawai_id`,
  jam: sql`extract(hour from (coalesce(t.check_in_pada, t.antri_pada) at time zone 'Asia/Jakarta'))::int`,
  hari: sql`to_char(t.tanggal, 'YYYY-MM-DD')`,
};

function kondisi(s: SaringanTiket): SQL {
  const syarat: SQL[] = [sql`t.tanggal between ${s.dari}::date and ${s.sampai}::date`];
  if (s.lokasiIds) {
    syarat.push(s.lokasiIds.length ? sql`t.lokasi_id in (${sql.join(s.lokasiIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`);
  }
  if (s.petugasPegawaiId != null) syarat.push(sql`t.petugas_pegawai_id = ${s.petugasPegawaiId}`);
  if (s.petugasPegawaiIds) {
    syarat.push(s.petugasPegawaiIds.length
      ? sql`t.petugas_pegawai_id in (${sql.join(s.petugasPegawaiIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`);
  }
  return sql.join(syarat, sql` and `);
}

/**
 * Figures per group AND the overall total in ONE statement (GROUPING SETS ((kunci), ()), so both come from
 * the same snapshot). Definitions as src/domain/antrian/statistik.ts: waiting = first call − coalesce(check-in,
 * entered line); service = selesai − mulai of selesai tickets; negatives clamp to 0; percentiles are
 * `percentile_cont` (linear interpolation). The total row has `total = true`; with no ticket there is none.
 */
export async function hitungAgregat(db: DbOrTx, s: SaringanTiket, kelompok: KelompokStatistik | null): Promise<AgregatRow[]> {
  const kunci = kelompok ? KUNCI[kelompok] : sql`null::int`;
  return queryRows<AgregatRow>(db, sql`
    with t as (
      select t.status, ${kunci} as kunci, l.standar_menit,
        (t.check_in_pada is not null or t.antri_pada is not null) as hadir,
        case when t.dipanggil_pada is not null and coalesce(t.check_in_pada, t.antri_pada) is not null
          then greatest(0, extract(epoch from (t.dipanggil_pada - coalesce(t.check_in_pada, t.antri_pada))))::float8 / 60 end as tunggu,
        case when t.status = 'selesai' and t.mulai_pada is not null and t.selesai_pada is not null
          then greatest(0, extract(epoch from (t.selesai_pada - t.mulai_pada)))::float8 / 60 end as layanan
      from antrian_tiket t join antrian_layanan l on l.id = t.layanan_id
      where ${kondisi(s)}
    )
    select grouping(kunci) = 1 as "total", kunci,
      count(*)::int as "jumlahTiket",
      (count(*) filter (where status = 'selesai'))::int as "dilayani",
      (count(*) filter (where status = 'tidak_hadir'))::int as "tidakHadir",
      (count(*) filter (where status = 'dibatalkan'))::int as "dibatalkan",
      (count(*) filter (where status = 'kedaluwarsa'))::int as "kedaluwarsa",
      (count(*) filter (where hadir))::int as "hadir",
      count(layanan)::int as "layananTerukur",
      (count(*) filter (where layanan <= standar_menit))::int as "dalamStandar",
      avg(tunggu)::float8 as "tungguRata",
      (percentile_cont(0.5) within group (order by tunggu))::float8 as "tungguP50",
      (percentile_cont(0.9) within group (order by tunggu))::float8 as "tungguP90",
      avg(layanan)::float8 as "layananRata",
      (percentile_cont(0.5) within group (order by layanan))::float8 as "layananP50",
      (percentile_cont(0.9) within group (order by layanan))::float8 as "layananP90"
    from t
    group by grouping sets ((kunci), ())
    order by grouping(kunci), kunci nulls last`);
}

/** Ids of the tickets served to the end (selesai) in the selection, oldest first: the evidence of the facts. */
export async function listTiketDilayani(db: DbOrTx, s: SaringanTiket): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, sql`
    select t.id from antrian_tiket t where ${kondisi(s)} and t.status = 'selesai' order by t.selesai_pada, t.id`);
  return rows.map((r) => r.id);
}

/**
 * Minutes of `akhir − awal` (two timestamptz; clamped at 0) as float8 — bit for bit what the statistics above
 * compute with `greatest(0, extract(epoch from (akhir − awal)))::float8 / 60`, at a fraction of the cost (extract
 * returns numeric, whose arithmetic and text round-trip to float8 dominate an aggregate on PGlite). Why equal:
 * every date_part below is an integer (days, hours, minutes, seconds·10⁶ + µs of the justified interval), so
 * their sum is the exact number of microseconds (exact in float8 below 2⁵³ µs, ~285 years); dividing it by 10⁶
 * rounds once, correctly (IEEE 754), as does the numeric → float8 cast of the exact numeric seconds; the sign is
 * the same, so greatest(0, ·) agrees; then the same / 60. Proven on both engines in kinerja.metrik.massal.test.ts.
 */
export function menitAntara(awal: SQL, akhir: SQL): SQL {
  const iv = sql`(${akhir} - ${awal})`;
  return sql`greatest(0, (date_part('day', ${iv}) * 86400000000 + date_part('hour', ${iv}) * 3600000000
    + date_part('minute', ${iv}) * 60000000 + date_part('microseconds', ${iv})) / 1000000) / 60`;
}

/** Per group of the bulk facts: the figures the kinerja facts read, unrounded; ids of the served tickets. */
export interface FaktaMassalRow {
  /** petugas_pegawai_id or lokasi_id. */
  kunci: number;
  jumlahTiket: number;
  dilayani: number;
  tidakHadir: number;
  hadir: number;
  layananTerukur: number;
  dalamStandar: number;
  /** Minutes (unrounded), percentile_cont(0.5) as in {@link hitungAgregat}. */
  tungguP50: number | null;
  layananP50: number | null;
  /** Served (selesai) tickets of the group, ordered as {@link listTiketDilayani} (selesai_pada, id). */
  tiketIds: number[];
}

/**
 * The facts of many petugas (`per` = 'petugas': only their selesai tickets are read, so only dilayani, the
 * service columns and the ids mean what they say — jumlahTiket = dilayani, no waiting time) or many lokasi (`per` = 'lokasi': every ticket) in ONE grouped
 * statement — the same definitions as {@link hitungAgregat} + {@link listTiketDilayani} for one of them (a
 * group's figures over the group's tickets equal the single query's over the same tickets; percentile_cont per
 * group). Groups without a ticket are absent.
 */
export async function hitungFaktaMassal(db: DbOrTx, s: SaringanTiket, per: 'petugas' | 'lokasi'): Promise<FaktaMassalRow[]> {
  const kunci = per === 'petugas' ? sql`t.petugas_pegawai_id` : sql`t.lokasi_id`;
  const tunggu = per === 'petugas' ? sql`null::float8`
    : sql`case when t.dipanggil_pada is not null and coalesce(t.check_in_pada, t.antri_pada) is not null
        then ${menitAntara(sql`coalesce(t.check_in_pada, t.antri_pada)`, sql`t.dipanggil_pada`)} end`;
  const rows = await queryRows<FaktaMassalRow>(db, sql`
    with t as (
      select t.id, t.status, t.selesai_pada, ${kunci} as kunci, l.standar_menit,
        (t.check_in_pada is not null or t.antri_pada is not null) as hadir,
        ${tunggu} as tunggu,
        case when t.status = 'selesai' and t.mulai_pada is not null and t.selesai_pada is not null
          then ${menitAntara(sql`t.mulai_pada`, sql`t.selesai_pada`)} end as layanan
      from antrian_tiket t join antrian_layanan l on l.id = t.layanan_id
      where ${kondisi(s)} ${per === 'petugas' ? sql`and t.status = 'selesai'` : sql``} and ${kunci} is not null
    )
    select kunci,
      count(*)::int as "jumlahTiket",
      (count(*) filter (where status = 'selesai'))::int as "dilayani",
      (count(*) filter (where status = 'tidak_hadir'))::int as "tidakHadir",
      (count(*) filter (where hadir))::int as "hadir",
      count(layanan)::int as "layananTerukur",
      (count(*) filter (where layanan <= standar_menit))::int as "dalamStandar",
      (percentile_cont(0.5) within group (order by tunggu))::float8 as "tungguP50",
      (percentile_cont(0.5) within group (order by layanan))::float8 as "layananP50",
      array_agg(id order by selesai_pada, id) filter (where status = 'selesai') as "tiketIds"
    from t
    group by kunci`);
  return rows.map((r) => ({
    ...r, kunci: Number(r.kunci), tungguP50: r.tungguP50 == null ? null : Number(r.tungguP50),
    layananP50: r.layananP50 == null ? null : Number(r.layananP50), tiketIds: (r.tiketIds ?? []).map(Number),
  }));
}

/** One served/recorded ticket as evidence for other modules (no personal data columns are read). */
export interface TiketRingkasRow {
  id: number;
  nomor: string;
  tanggal: string;
  status: string;
  selesaiPada: Date | null;
  lokasi: string;
  layanan: string;
  standarMenit: number;
  /** Minutes, unrounded; null when not measured. */
  tungguMenit: number | null;
  layananMenit: number | null;
}

/** The tickets with these ids (any order; unknown ids are absent), with durations as in {@link hitungAgregat}. */
export async function listTiketRingkas(db: DbOrTx, ids: number[]): Promise<TiketRingkasRow[]> {
  if (!ids.length) return [];
  const rows = await queryRows<TiketRingkasRow & { selesaiPada: Date | string | null }>(db, sql`
    select t.id, t.nomor, to_char(t.tanggal, 'YYYY-MM-DD') as tanggal, t.status, t.selesai_pada as "selesaiPada",
      o.nama as lokasi, l.nama as layanan, l.standar_menit as "standarMenit",
      case when t.dipanggil_pada is not null and coalesce(t.check_in_pada, t.antri_pada) is not null
        then greatest(0, extract(epoch from (t.dipanggil_pada - coalesce(t.check_in_pada, t.antri_pada))))::float8 / 60 end as "tungguMenit",
      case when t.status = 'selesai' and t.mulai_pada is not null and t.selesai_pada is not null
        then greatest(0, extract(epoch from (t.selesai_pada - t.mulai_pada)))::float8 / 60 end as "layananMenit"
    from antrian_tiket t join antrian_layanan l on l.id = t.layanan_id join antrian_lokasi o on o.id = t.lokasi_id
    where t.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return rows.map((r) => ({
    ...r, id: Number(r.id), standarMenit: Number(r.standarMenit),
    selesaiPada: r.selesaiPada == null ? null : new Date(r.selesaiPada),
    tungguMenit: r.tungguMenit == null ? null : Number(r.tungguMenit),
    layananMenit: r.layananMenit == null ? null : Number(r.layananMenit),
  }));
}

export interface LokasiRow { id: number; kode: string; nama: string; unitId: number; aktif: boolean }

/** Lokasi, all (unitIds null) or those whose unit is in `unitIds`, by name. */
export async function listLokasi(db: DbOrTx, unitIds: number[] | null): Promise<LokasiRow[]> {
  const filter = unitIds == null ? sql`true`
    : unitIds.length ? sql`unit_id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`;
  return queryRows<LokasiRow>(db, sql`
    select id, kode, nama, unit_id as "unitId", aktif from antrian_lokasi where ${filter} order by nama, id`);
}

export async function findLokasi(db: DbOrTx, id: number): Promise<LokasiRow | null> {
  const [r] = await queryRows<LokasiRow>(db, sql`
    select id, kode, nama, unit_id as "unitId", aktif from antrian_lokasi where id = ${id}`);
  return r ?? null;
}

/** Labels of layanan (`nama (prefix)`) and loket (`Loket n – nama`) by id, each with its lokasi name. */
export async function findLabelLayanan(db: DbOrTx, ids: number[]) {
  if (!ids.length) return [];
  return queryRows<{ id: number; nama: string; prefix: string; lokasiNama: string }>(db, sql`
    select l.id, l.nama, l.prefix, o.nama as "lokasiNama" from antrian_layanan l join antrian_lokasi o on o.id = l.lokasi_id
    where l.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
}

export async function findLabelLoket(db: DbOrTx, ids: number[]) {
  if (!ids.length) return [];
  return queryRows<{ id: number; nomor: number; nama: string; lokasiNama: string }>(db, sql`
    select k.id, k.nomor, k.nama, o.nama as "lokasiNama" from antrian_loket k join antrian_lokasi o on o.id = k.lokasi_id
    where k.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
}
