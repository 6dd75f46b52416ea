/**
 * Kinerja demo (issue #5, kinerja.md §1) for Tanjungbalai: one performance year (default the WIB year of `now`,
 * monthly periods; periods before the running month are complete) on the org, antrian, layanan and SKM demo.
 *
 * - `kinerja_tahun` (bulanan, keberatan window 14 working days, SKP deadline 31 January) and `kinerja_koefisien_ak`
 *   from KOEFISIEN_AK_AWAL under the jenjang codes of `jabatan.jenjang` (kinerja.md §1.9a).
 * - An SKP for every active pegawai except the demo petugas 197101281999012001 (the browser journey drafts it):
 *   snapshots of jabatan, unit, OPD, penilai (= the effective atasan, as org.getAtasan: override, else the
 *   lowest-id holder of the atasan jabatan) and atasan penilai. The Sekda's RHK come from the city goals with
 *   `sumberPk` (the Wali Kota is not a pegawai); every kepala OPD and Asisten is a JPT with a perspektif on each
 *   indikator and RHK cascading from the Sekda's; everybody else has 2–4 RHK utama cascading from an RHK of the
 *   penilai's SKP (kinerja.md §1.2 "RHK pimpinan yang diintervensi"), sometimes one tambahan, 1–3 indikator with
 *   aspek and target. Approved in January; a few leaf SKPs outside Disdukcapil are still diajukan or dikembalikan.
 * - Indikator BOUND to service metrics (plan catalogue codes): every petugas who served antrian tickets or
 *   finished permohonan in the history (own data), heads of service units (IKM, permohonan on time, pengaduan
 *   followed up, waiting time of their queue lokasi). Their realisasi comes from the SAME code the server runs
 *   (`kinerja.realisasi.isiOtomatis`), per month.
 * - Manual realisasi for every month (and part of the running one) in Disdukcapil and four other OPDs
 *   ({@link OPD_REALISASI_PENUH}), with bukti dukung as links and umpan balik; the rest of the city has ratings only.
 * - Penilaian per month for every approved SKP (November: most of Disdukcapil, never the demo petugas) with
 *   predikat = predikatKinerja(hasil kerja, perilaku) (§1.6), and predikat organisasi per OPD (and a few service
 *   units) per month chosen so that most OPD-months fit periksaDistribusi (§1.7). Off-pattern on purpose (warnings
 *   on the OPD view): Dishub March–June (Baik without any Butuh Perbaikan/Kurang, Baik > 70 %), Satpol PP July
 *   (Baik with Sangat Baik dominant), BAPENDA August–October (Istimewa with few Sangat Baik; kept with a recorded
 *   reason and the warnings' snapshot in September and October). Disdukcapil's running-month ratings follow the
 *   Baik pattern but it has no predikat organisasi yet (the browser journey sets one). No annual penilaian and no
 *   penetapan (the year is not over).
 *
 * Deterministic (scripts/seed/prng.ts; one generator per pegawai, per OPD-month…), idempotent (does nothing when
 * the year already has SKPs), fast (planned in memory, written through `unnest` with explicit ids).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type DbOrTx } from '../../src/server/db/client.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createDataPribadi, type DataPribadi } from '../../src/server/lib/data-pribadi.ts';
import { createEventBus } from '../../src/server/lib/event-bus.ts';
import { createOrgService } from '../../src/server/modules/org/index.ts';
import { createKalenderService } from '../../src/server/modules/kalender/index.ts';
import { createNotifikasiService } from '../../src/server/modules/notifikasi/index.ts';
import { createAntrianService } from '../../src/server/modules/antrian/index.ts';
import { createLayananService } from '../../src/server/modules/layanan/index.ts';
import { createSkmService } from '../../src/server/modules/skm/index.ts';
import { createKinerjaService } from '../../src/server/modules/kinerja/index.ts';
import { KOEFISIEN_AK_AWAL } from '../../src/domain/kinerja/angka-kredit.ts';
import { periksaDistribusi, type JumlahPredikat, type PredikatOrganisasi } from '../../src/domain/kinerja/distribusi.ts';
import { predikatKinerja, type Predikat, type Rating } from '../../src/domain/kinerja/predikat.ts';
import { periodeKe } from '../../src/domain/kinerja/periode.ts';
import { cariMetrik, type KodeMetrik } from '../../src/domain/kinerja/metrik.ts';
import { KODE_PERILAKU } from '../../src/domain/kinerja/perilaku.ts';
import { JENJANG_LABEL } from '../../src/domain/org/jabatan.ts';
import { tambahHari, tanggalWib } from '../../src/domain/shared/tanggal.ts';
import { waktuWib } from '../../src/domain/shared/hari-kerja.ts';
import {
  CATATAN_KEMBALI, EKSPEKTASI_KHUSUS, INTI_ASISTEN, INTI_OPD, JAWABAN_PEGAWAI, NARASI_KUALITATIF, RHK_SEKDA, RHK_TAMBAHAN,
  UMPAN_BALIK_PENILAI, UMPAN_BALIK_PERILAKU, rhkAdministrator, rhkFungsional, rhkKepalaOpd, rhkPelaksana, rhkPengawas,
  type Aspek, type IndikatorDef, type Perspektif, type RhkDef, type Tema,
} from './data/kinerja-rhk.ts';
import { buatAcak, type Acak } from './prng.ts';

/** Default PRNG seed of the kinerja demo. */
export const SEED_KINERJA = 5_2026;
/** NIP of the demo petugas: no SKP (the browser journey drafts it). */
export const NIP_PETUGAS_DEMO = '197101281999012001';
/** NIP of the demo Kabid (the petugas's atasan): approved SKP with ≥ 2 RHK utama cascading from the kepala Disdukcapil. */
export const NIP_KABID_DEMO = '197110261996121001';
/** OPD codes (unit kode without "OPD-") with full monthly realisasi; the kecamatan holding a queue lokasi is added. */
export const OPD_REALISASI_PENUH = ['DISDUKCAPIL', 'DPMPTSP', 'DISKOMINFO', 'DISPUSIP'] as const;

/** How an SKP words an indikator bound to each metric of the catalogue (src/domain/kinerja/metrik.ts). */
const URAIAN_METRIK: Record<KodeMetrik, string> = {
  'antrian.tiket_dilayani': 'Jumlah tiket antrean yang dilayani sampai selesai',
  'antrian.layanan_median_menit': 'Median waktu layanan per tiket (paling lama)',
  'antrian.persen_dalam_standar': 'Persentase tiket yang dilayani dalam standar waktu layanan',
  'antrian.tunggu_median_menit': 'Median waktu tunggu pemohon di lokasi layanan (paling lama)',
  'permohonan.selesai': 'Jumlah permohonan daring yang diselesaikan',
  'permohonan.persen_tepat_waktu': 'Persentase permohonan yang selesai dalam standar waktu',
  'pengaduan.persen_tindak_lanjut_tepat': 'Persentase pengaduan yang ditindaklanjuti tepat waktu',
  'skm.ikm': 'Indeks Kepuasan Masyarakat (IKM) unit layanan',
};
type Lingkup = 'pegawai' | 'unit' | 'lokasi';

export type OpsiSeedKinerja = {
  /** "Now" (default: the current time): periods before its month are complete. */
  now?: Date;
  log?: (m: string) => void;
  /** Performance year (default: the WIB year of `now`). */
  tahun?: number;
  /** PRNG seed (default {@link SEED_KINERJA}). */
  seed?: number;
  /** Folder of uploaded files of the services built for the automatic realisasi (default: DATA_DIR/uploads). */
  uploadsDir?: string;
  /** The same DataPribadi as the server (services need one; the seed itself stores no personal data). */
  dataPribadi?: DataPribadi;
};

export type HasilSeedKinerja = {
  skp: number; rhk: number; indikator: number; indikatorTerikat: number; realisasiManual: number; realisasiOtomatis: number;
  penilaian: number; predikatOrganisasi: number; umpanBalik: number; detik: number;
};

// ------------------------------------------------------------------------------------------- types

type JenisJabatan = 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';
type Orang = {
  id: number; nip: string; unitId: number; opdId: number; jabatanId: number; jabatan: string; jenis: JenisJabatan;
  jenjang: string | null; kepalaUnit: boolean; atasanId: number | null; punyaAkun: boolean;
};
type Unit = { id: number; kode: string; nama: string; singkatan: string | null; jenis: string; parentId: number | null; opdId: number };
type Fakta = {
  /** Served tickets per pegawai in the year (up to now) and the lokasi they served most. */
  tiket: Map<number, { n: number; lokasiId: number }>;
  /** Finished permohonan per assignee in the year. */
  permohonan: Map<number, number>;
  /** Days of history the counts cover (for yearly targets). */
  hariTiket: number;
  hariPermohonan: number;
  lokasi: Array<{ id: number; unitId: number; nama: string }>;
  unitLayanan: Set<number>;
  unitSkm: Set<number>;
  unitPengaduan: Set<number>;
};
type IndikatorRow = {
  id: number; rhkId: number; aspek: Aspek; uraian: string; targetAngka: number | null; targetSatuan: string | null; targetNarasi: string | null;
  perspektif: Perspektif | null; metrik: KodeMetrik | null; metrikLingkup: Lingkup | null; metrikRefId: number | null; urutan: number;
};
type RhkRow = { id: number; skpId: number; jenis: 'utama' | 'tambahan'; uraian: string; parentRhkId: number | null; sumberPk: string | null; urutan: number; tema: Tema; indikator: IndikatorRow[] };
type Status = 'disetujui' | 'diajukan' | 'dikembalikan';
type SkpRencana = {
  id: number; orang: Orang; penilaiId: number | null; atasanPenilaiId: number | null; pendekatan: 'kuantitatif' | 'kualitatif';
  status: Status; catatanKembali: string | null; dibuat: Date; diajukan: Date; diputus: Date; rhk: RhkRow[];
  /** Latent ability (≈ N(0,1)) for realisasi and ratings. */
  kemampuan: number; terikat: boolean;
};

// ------------------------------------------------------------------------------------------- helpers

function hashSeed(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
/** A generator for one named thing (pegawai, OPD-month…), independent of the order things are planned in. */
const acakUntuk = (seed: number, kunci: string) => buatAcak(hashSeed(`${seed}|${kunci}`));
/** Standard normal draw (Box–Muller). */
const normal = (acak: Acak) => Math.sqrt(-2 * Math.log(1 - acak.next())) * Math.cos(2 * Math.PI * acak.next());
const dua = (n: number) => String(n).padStart(2, '0');
/** The later of two 'YYYY-MM-DD' dates. */
const maks = (a: string, b: string) => (a > b ? a : b);
const bulat = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
/** A "nice" yearly target: 2 significant digits. */
function targetBulat(x: number): number {
  if (x < 20) return Math.max(1, Math.round(x));
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / p) * p;
}
const PERSPEKTIF_TEMA: Record<Tema, Perspektif> = {
  layanan: 'penerima_layanan', inti: 'proses_bisnis', akuntabilitas: 'penguatan_internal', anggaran: 'anggaran',
};
/** An instant on a WIB date at hh:mm, never after `batas`. */
function pada(tanggal: string, jam: number, menit: number, batas: Date): Date {
  const t = waktuWib(tanggal, `${dua(jam)}:${dua(menit)}`);
  return t.getTime() < batas.getTime() ? t : new Date(batas.getTime() - 60_000);
}

/**
 * Inserts rows in batches as column arrays through `unnest` (one array parameter per column: the same SQL on
 * PGlite and PostgreSQL), as scripts/seed/layanan.ts does. `kolom` = "name type, …"; jsonb sent as JSON text.
 */
async function sisip(tx: DbOrTx, tabel: string, kolom: string, rows: Array<Record<string, unknown>>) {
  const spek = kolom.split(',').map((k) => {
    const [nama, ...jenis] = k.trim().split(/\s+/);
    return { nama: nama!, jenis: jenis.join(' ') };
  });
  for (let i = 0; i < rows.length; i += 20_000) {
    const bagian = rows.slice(i, i + 20_000);
    const larik = spek.map(({ nama, jenis }) => sql`${sql.param(bagian.map((r) => {
      const v = r[nama] ?? null;
      return jenis === 'jsonb' && v != null ? JSON.stringify(v) : v;
    }))}::${sql.raw(jenis)}[]`);
    await tx.execute(sql`
      insert into ${sql.identifier(tabel)} (${sql.raw(spek.map((k) => k.nama).join(', '))})
      select * from unnest(${sql.join(larik, sql`, `)})`);
  }
}

async function maxId(db: DbOrTx, tabel: string): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`select coalesce(max(id), 0)::int as n from ${sql.identifier(tabel)}`);
  return Number(r?.n ?? 0);
}

// ------------------------------------------------------------------------------------------- reading

async function bacaOrang(db: DbOrTx): Promise<Orang[]> {
  // Effective atasan exactly as org.repository ATASAN_EFEKTIF (org.getAtasan): an active override, else the
  // lowest-id active holder of the atasan jabatan (never oneself).
  const rows = await queryRows<{
    id: number; nip: string; unit_id: number; opd_id: number; jabatan_id: number; jabatan: string; jenis: JenisJabatan; jenjang: string | null;
    is_kepala_unit: boolean; atasan_id: number | null; akun: boolean;
  }>(db, sql`
    select p.id, p.nip, p.unit_id, coalesce(u.opd_id, u.id) as opd_id, p.jabatan_id, j.nama as jabatan, j.jenis, j.jenjang, j.is_kepala_unit,
      coalesce(o.id, nullif(pj.pemegang_id, p.id)) as atasan_id,
      exists (select 1 from akun a where a.pegawai_id = p.id) as akun
    from pegawai p
    join unit_organisasi u on u.id = p.unit_id
    join jabatan j on j.id = p.jabatan_id
    left join pegawai o on o.id = p.atasan_override_id and o.aktif
    left join (select jabatan_id, min(id) as pemegang_id from pegawai where aktif and jabatan_id is not null group by jabatan_id) pj
      on pj.jabatan_id = j.atasan_jabatan_id
    where p.aktif
    order by p.id`);
  return rows.map((r) => ({
    id: Number(r.id), nip: r.nip, unitId: Number(r.unit_id), opdId: Number(r.opd_id), jabatanId: Number(r.jabatan_id), jabatan: r.jabatan,
    jenis: r.jenis, jenjang: r.jenjang, kepalaUnit: r.is_kepala_unit, atasanId: r.atasan_id == null ? null : Number(r.atasan_id), punyaAkun: r.akun,
  }));
}

async function bacaUnit(db: DbOrTx): Promise<Map<number, Unit>> {
  const rows = await queryRows<{ id: number; kode: string; nama: string; singkatan: string | null; jenis: string; parent_id: number | null; opd_id: number }>(db, sql`
    select id, kode, nama, singkatan, jenis, parent_id, coalesce(opd_id, id) as opd_id from unit_organisasi`);
  return new Map(rows.map((r) => [Number(r.id), {
    id: Number(r.id), kode: r.kode, nama: r.nama, singkatan: r.singkatan, jenis: r.jenis, parentId: r.parent_id == null ? null : Number(r.parent_id), opdId: Number(r.opd_id),
  }]));
}

/** What the service history says about who delivers services (the year, up to `sampai`). */
async function bacaFakta(db: DbOrTx, tahun: number, sampai: string): Promise<Fakta> {
  const dari = `${tahun}-01-01`;
  const akhirEksklusif = waktuWib(tambahHari(sampai, 1), '00:00');
  const awal = waktuWib(dari, '00:00');
  const tiket = await queryRows<{ id: number; n: number; lokasi_id: number }>(db, sql`
    select petugas_pegawai_id as id, count(*)::int as n, mode() within group (order by lokasi_id) as lokasi_id
    from antrian_tiket where status = 'selesai' and petugas_pegawai_id is not null and tanggal between ${dari} and ${sampai}
    group by petugas_pegawai_id`);
  const [rt] = await queryRows<{ dari: string | null }>(db, sql`
    select min(tanggal)::text as dari from antrian_tiket where tanggal between ${dari} and ${sampai}`);
  const pm = await queryRows<{ id: number; n: number }>(db, sql`
    select petugas_id as id, count(*)::int as n from permohonan
    where status = 'selesai' and petugas_id is not null and selesai_at >= ${awal.toISOString()} and selesai_at < ${akhirEksklusif.toISOString()}
    group by petugas_id`);
  const [rp] = await queryRows<{ dari: string | null }>(db, sql`
    select to_char(min(diajukan_at) at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as dari from permohonan
    where diajukan_at >= ${awal.toISOString()} and diajukan_at < ${akhirEksklusif.toISOString()}`);
  const lokasi = await queryRows<{ id: number; unit_id: number; nama: string }>(db, sql`select id, unit_id, nama from antrian_lokasi where aktif order by id`);
  const ids = async (q: ReturnType<typeof sql>) => new Set((await queryRows<{ id: number }>(db, q)).map((r) => Number(r.id)));
  const hari = (d: string | null | undefined) => (d ? Math.max(1, Math.round((Date.parse(sampai) - Date.parse(d)) / 86_400_000) + 1) : 1);
  return {
    tiket: new Map(tiket.map((r) => [Number(r.id), { n: Number(r.n), lokasiId: Number(r.lokasi_id) }])),
    permohonan: new Map(pm.map((r) => [Number(r.id), Number(r.n)])),
    hariTiket: hari(rt?.dari),
    hariPermohonan: hari(rp?.dari),
    lokasi: lokasi.map((l) => ({ id: Number(l.id), unitId: Number(l.unit_id), nama: l.nama })),
    unitLayanan: await ids(sql`select distinct unit_id as id from layanan where aktif`),
    unitSkm: await ids(sql`select distinct unit_id as id from skm_survei where tahun = ${tahun}`),
    unitPengaduan: await ids(sql`select distinct unit_id as id from pengaduan where unit_id is not null and created_at >= ${awal.toISOString()}`),
  };
}

// ------------------------------------------------------------------------------------------- planning SKPs

/** The unit's name as an SKP would write it ("Sekretariat Disdukcapil", "Bidang Bina Marga", "Kecamatan …"). */
function namaUnit(u: Unit, units: Map<number, Unit>): string {
  const opd = units.get(u.opdId);
  if (u.id === u.opdId) return u.jenis === 'KECAMATAN' ? u.nama : u.singkatan ?? u.nama;
  if (/^(Sekretariat|Bagian Tata Usaha)$/.test(u.nama)) return `${u.nama} ${opd?.singkatan ?? opd?.nama ?? ''}`.trim();
  return u.nama;
}

/** What a pengawas heads, from the jabatan name: "Kepala Seksi X" → "Seksi X", "Lurah X" → "Kelurahan X". */
function bagianPengawas(jabatan: string, unit: string): string {
  if (jabatan.startsWith('Kepala ')) return jabatan.slice('Kepala '.length);
  if (jabatan.startsWith('Lurah ')) return `Kelurahan ${jabatan.slice('Lurah '.length)}`;
  if (jabatan.startsWith('Sekretaris')) return `Sekretariat ${unit}`;
  return unit;
}

const JENJANG_RE = / (Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama|Pemula|Terampil|Mahir|Penyelia)$/;

type Konteks = {
  seed: number; tahun: number; now: Date; units: Map<number, Unit>; fakta: Fakta;
  /** Pegawai whose reporting subtree contains a service petugas (they keep a 'layanan' RHK for the cascade). */
  adaLayananDiBawah: Set<number>;
  ids: { skp: number; rhk: number; indikator: number };
};

/** Picks `k` of the atasan's utama RHK, preferring distinct temas and those in `wajib`. */
function pilihInduk(acak: Acak, induk: RhkRow[], k: number, wajib: Tema[]): RhkRow[] {
  const utama = induk.filter((r) => r.jenis === 'utama');
  const out: RhkRow[] = [];
  for (const t of wajib) {
    const r = utama.find((x) => x.tema === t && !out.includes(x));
    if (r) out.push(r);
  }
  const sisa = utama.filter((r) => !out.includes(r));
  while (out.length < k && sisa.length) out.push(sisa.splice(acak.int(0, sisa.length - 1), 1)[0]!);
  return out.sort((a, b) => a.urutan - b.urutan);
}

/** Parent for a pelaksana/JF RHK: the atasan RHK with the same tema, else one in turn. */
function indukUntuk(induk: RhkRow[], tema: Tema, giliran: number): RhkRow | null {
  const utama = induk.filter((r) => r.jenis === 'utama');
  return utama.find((r) => r.tema === tema) ?? utama[giliran % Math.max(1, utama.length)] ?? null;
}

/**
 * Plans the SKP of one pegawai (rows with explicit ids from `k.ids`). `induk` = the penilai's RHK (null for the
 * top). Pure apart from `k.ids`.
 */
function rencanakanSkp(o: Orang, penilai: Orang | null, atasanPenilaiId: number | null, induk: RhkRow[] | null, status: Status, k: Konteks): SkpRencana {
  const acak = acakUntuk(k.seed, `skp|${o.nip}`);
  const unit = k.units.get(o.unitId)!;
  const opd = k.units.get(o.opdId)!;
  const opdKode = opd.kode.replace(/^OPD-/, '');
  const singkatan = opd.singkatan ?? opd.nama;
  const labelUnit = namaUnit(unit, k.units);
  const skpId = ++k.ids.skp;
  const rhk: RhkRow[] = [];
  const jpt = o.jenis === 'JPT';
  const tiket = k.fakta.tiket.get(o.id);
  const pm = k.fakta.permohonan.get(o.id) ?? 0;
  let terikat = false;

  const kualitatif = !jpt && !tiket && !pm && (o.jenis === 'FUNGSIONAL' || o.jenis === 'PELAKSANA') && acak.chance(0.04);

  const tambah = (def: RhkDef, jenis: 'utama' | 'tambahan', parent: RhkRow | null, opsi: { semua?: boolean; sumberPk?: string | null; metrik?: IndikatorRow[] } = {}) => {
    const id = ++k.ids.rhk;
    const row: RhkRow = {
      id, skpId, jenis, uraian: def.uraian, parentRhkId: parent?.id ?? null, sumberPk: opsi.sumberPk ?? def.sumberPk ?? null,
      urutan: rhk.length + 1, tema: def.tema, indikator: [],
    };
    // Indikator: all for a JPT or when asked; else kuantitas always, the others often (1–3, kinerja.md §1.2).
    const pilih: IndikatorDef[] = opsi.semua || jpt ? def.indikator.slice(0, 3)
      : def.indikator.filter((d, i) => i === 0 || acak.chance(0.55)).slice(0, 3);
    const manual = pilih.map((d): Omit<IndikatorRow, 'id' | 'rhkId' | 'urutan'> => {
      let target = d.target ?? null;
      // Counts vary per person (±20 %, "nice" numbers); rates, months and scores stay as written.
      if (target != null && d.aspek === 'kuantitas' && target >= 20 && !['%', 'Nilai', 'Indeks', 'Skor', 'Level', 'Nilai IKM'].includes(d.satuan ?? '')) {
        target = targetBulat(target * (0.8 + 0.4 * acak.next()));
      }
      return {
        aspek: d.aspek, uraian: d.uraian,
        targetAngka: kualitatif ? null : target, targetSatuan: kualitatif ? null : d.satuan ?? null,
        targetNarasi: kualitatif ? `${d.uraian} ${NARASI_KUALITATIF[d.aspek]}` : d.narasi ?? null,
        perspektif: jpt ? d.perspektif ?? PERSPEKTIF_TEMA[def.tema] : null, metrik: null, metrikLingkup: null, metrikRefId: null,
      };
    });
    const semuaInd = [...(opsi.metrik ?? []), ...manual].slice(0, 4);
    row.indikator = semuaInd.map((x, i) => ({ ...x, id: ++k.ids.indikator, rhkId: id, urutan: i + 1, perspektif: jpt ? x.perspektif ?? PERSPEKTIF_TEMA[def.tema] : null }));
    if (row.indikator.some((x) => x.metrik)) terikat = true;
    rhk.push(row);
    return row;
  };

  /** A bound indikator (satuan from the catalogue). */
  const terikatInd = (metrik: KodeMetrik, lingkup: Lingkup, refId: number | null, target: number): IndikatorRow => {
    const m = cariMetrik(metrik)!;
    return {
      id: 0, rhkId: 0, urutan: 0, aspek: m.aspek, uraian: URAIAN_METRIK[metrik], targetAngka: target, targetSatuan: m.satuan,
      targetNarasi: null, perspektif: null, metrik, metrikLingkup: lingkup, metrikRefId: refId,
    };
  };
  /**
   * Bound indikator of the head of a service unit / lokasi: the unit's IKM, its complaints followed up in time,
   * its queue's median waiting time, and its permohonan finished in time when the unit itself holds layanan
   * (an OPD whose layanan sit in its bidang leaves that figure to the bidang heads: the OPD's figure would
   * repeat theirs, as faktaPermohonanUnit counts sub-units).
   */
  const metrikKepala = (unitId: number): IndikatorRow[] => {
    const out: IndikatorRow[] = [];
    const lok = k.fakta.lokasi.find((l) => l.unitId === unitId);
    if (k.fakta.unitSkm.has(unitId)) out.push(terikatInd('skm.ikm', 'unit', unitId, 82));
    if (k.fakta.unitLayanan.has(unitId)) out.push(terikatInd('permohonan.persen_tepat_waktu', 'unit', unitId, 90));
    if (k.fakta.unitPengaduan.has(unitId)) out.push(terikatInd('pengaduan.persen_tindak_lanjut_tepat', 'unit', unitId, 85));
    if (lok) out.push(terikatInd('antrian.tunggu_median_menit', 'lokasi', lok.id, 30));
    return out;
  };
  const kepalaLayanan = o.kepalaUnit && metrikKepala(o.unitId).length > 0;

  if (!penilai && jpt) {
    // The Sekda: RHK from the city goals (the Wali Kota is not a pegawai: the source is named in sumberPk).
    for (const def of RHK_SEKDA) tambah(def, 'utama', null, { semua: true });
  } else if (jpt && o.kepalaUnit && o.unitId === o.opdId) {
    // Kepala OPD (JPT): the OPD's Perjanjian Kinerja outcome + service, accountability (+ budget) RHK, each
    // intervening in the Sekda's RHK of the same tema.
    const inti = INTI_OPD[opdKode] ?? { uraian: `Meningkatnya kinerja penyelenggaraan urusan ${opd.nama}`, indikator: rhkAdministrator('inti', singkatan, false).indikator };
    const defs: RhkDef[] = [{ tema: 'inti', ...inti }, ...rhkKepalaOpd(singkatan)];
    if (acak.chance(0.4)) defs.pop();
    for (const def of defs) {
      const parent = induk?.find((r) => r.tema === def.tema) ?? null;
      const sumberPk = def.tema === 'inti' ? `Perjanjian Kinerja ${singkatan} ${k.tahun}, sasaran strategis 1` : `Renstra ${singkatan} 2025–2029`;
      const metrik = def.tema === 'layanan' ? metrikKepala(o.unitId) : [];
      if (metrik.length) {
        // Measured from service data: the bound figures replace the hand-typed IKM / complaint indikator.
        tambah({ ...def, indikator: def.indikator.slice(2) }, 'utama', parent, { sumberPk, metrik });
      } else {
        tambah(def, 'utama', parent, { sumberPk });
      }
    }
  } else if (jpt) {
    // Asisten Sekda (JPT): coordination RHK under the Sekda's.
    const a = INTI_ASISTEN.find((x) => o.jabatan.startsWith(x.awalan)) ?? INTI_ASISTEN[0]!;
    tambah({ tema: 'inti', uraian: a.uraian, indikator: a.indikator }, 'utama', induk?.find((r) => r.tema === 'inti') ?? null, { sumberPk: `Perjanjian Kinerja ${o.jabatan} ${k.tahun}` });
    tambah(rhkAdministrator('akuntabilitas', 'bagian yang dikoordinasikan', false), 'utama', induk?.find((r) => r.tema === 'akuntabilitas') ?? null);
    if (acak.chance(0.5)) tambah(rhkAdministrator('anggaran', 'bagian yang dikoordinasikan', false), 'utama', induk?.find((r) => r.tema === 'anggaran') ?? null);
  } else if (o.jenis === 'ADMINISTRATOR' || o.jenis === 'PENGAWAS') {
    const sekretariat = /^(Sekretaris|Kepala Subbagian|Kepala Bagian Tata Usaha)/.test(o.jabatan) || /^Sekretariat/.test(unit.nama);
    const n = o.jenis === 'ADMINISTRATOR' ? acak.int(3, 4) : acak.int(2, 3);
    const wajib: Tema[] = kepalaLayanan || k.adaLayananDiBawah.has(o.id) ? ['layanan'] : [];
    const parents = pilihInduk(acak, induk ?? [], n, wajib);
    for (const p of parents) {
      const def = o.jenis === 'ADMINISTRATOR' ? rhkAdministrator(p.tema, labelUnit, sekretariat) : rhkPengawas(p.tema, bagianPengawas(o.jabatan, labelUnit));
      const metrik = p.tema === 'layanan' && kepalaLayanan ? metrikKepala(o.unitId) : [];
      tambah(metrik.length ? { ...def, indikator: def.indikator.slice(1, 2) } : def, 'utama', p, { metrik });
    }
  } else {
    // Pelaksana and JF: their own work, each RHK intervening in the atasan's RHK of the same tema.
    let defs = o.jenis === 'PELAKSANA' ? rhkPelaksana(o.jabatan, labelUnit) : rhkFungsional(o.jabatan.replace(JENJANG_RE, ''), labelUnit, o.kepalaUnit);
    if (defs.length < 2) defs = [...defs, ...rhkPelaksana('', labelUnit).slice(1)];
    const bound: Array<{ def: RhkDef; metrik: IndikatorRow[] }> = [];
    if (tiket) {
      // Own queue data (plan: antrian.* at lingkup pegawai). Yearly count target from the history's pace.
      const perTahun = targetBulat((tiket.n / k.fakta.hariTiket) * 365 * (0.9 + 0.15 * acak.next()));
      const lok = k.fakta.lokasi.find((l) => l.id === tiket.lokasiId);
      const namaLok = lok ? namaUnit(k.units.get(lok.unitId) ?? unit, k.units) : singkatan;
      bound.push({
        // One bound figure: the other antrian metrics of a pegawai (service minutes, share within the standard)
        // would store the same tickets again as evidence (~5,500 rows a month) — the quality is typed by hand.
        def: {
          tema: 'layanan', uraian: `Terlayaninya pemohon pada loket pelayanan ${namaLok}`,
          indikator: [{ aspek: 'kualitas', uraian: 'Persentase pemohon yang dilayani tanpa keluhan', target: 95, satuan: '%' }],
        },
        metrik: [terikatInd('antrian.tiket_dilayani', 'pegawai', null, perTahun)],
      });
    }
    if (pm) {
      const perTahun = targetBulat((pm / k.fakta.hariPermohonan) * 365 * (0.9 + 0.15 * acak.next()));
      bound.push({
        def: { tema: 'layanan', uraian: 'Terselesaikannya permohonan layanan daring yang ditugaskan', indikator: [] },
        metrik: [terikatInd('permohonan.selesai', 'pegawai', null, perTahun), terikatInd('permohonan.persen_tepat_waktu', 'pegawai', null, 90)],
      });
    }
    let g = acak.int(0, 5);
    for (const b of bound) tambah(b.def, 'utama', indukUntuk(induk ?? [], 'layanan', g++), { metrik: b.metrik });
    const n = Math.max(bound.length ? 1 : 2, Math.min(defs.length, acak.int(2, 3) - bound.length));
    for (const def of defs.slice(0, n)) tambah(def, 'utama', indukUntuk(induk ?? [], def.tema, g++));
  }
  if (!jpt && penilai && acak.chance(0.2)) tambah(acak.pick(RHK_TAMBAHAN), 'tambahan', null);

  // Dates: drafted in the first half of January, submitted a few days later, decided before 31 January.
  const jan = (d: number, jam: number) => pada(`${k.tahun}-01-${dua(d)}`, jam, acak.int(0, 59), k.now);
  const hDibuat = acak.int(2, 12);
  const hAju = Math.min(hDibuat + acak.int(1, 6), 24);
  const hPutus = Math.min(hAju + acak.int(1, 6), 30);
  return {
    id: skpId, orang: o, penilaiId: penilai?.id ?? null, atasanPenilaiId, pendekatan: kualitatif ? 'kualitatif' : 'kuantitatif', status,
    catatanKembali: status === 'dikembalikan' ? acak.pick(CATATAN_KEMBALI) : null,
    dibuat: jan(hDibuat, acak.int(8, 15)), diajukan: jan(hAju, acak.int(8, 15)), diputus: jan(hPutus, acak.int(8, 15)), rhk,
    kemampuan: normal(acak), terikat,
  };
}

/** Plans every SKP top-down along the reporting tree (an RHK's parent always exists before it). */
function rencanakanSemua(orang: Orang[], k: Konteks): SkpRencana[] {
  const byId = new Map(orang.map((o) => [o.id, o]));
  const bawahan = new Map<number, Orang[]>();
  for (const o of orang) if (o.atasanId != null && byId.has(o.atasanId)) bawahan.set(o.atasanId, [...(bawahan.get(o.atasanId) ?? []), o]);
  // Who has a service petugas (or a service head) below: they keep a 'layanan' RHK so the cascade can reach them.
  const pelayan = orang.filter((o) => k.fakta.tiket.has(o.id) || k.fakta.permohonan.has(o.id) || (o.kepalaUnit && (k.fakta.unitLayanan.has(o.unitId) || k.fakta.unitSkm.has(o.unitId))));
  for (const p of pelayan) {
    const seen = new Set<number>();
    for (let a = p.atasanId; a != null && !seen.has(a); a = byId.get(a)?.atasanId ?? null) {
      seen.add(a);
      k.adaLayananDiBawah.add(a);
    }
  }
  const disdukcapil = [...k.units.values()].find((u) => u.kode === 'OPD-DISDUKCAPIL')?.id;
  const hasil: SkpRencana[] = [];
  const rhkSkp = new Map<number, RhkRow[]>();
  const akar = orang.filter((o) => o.atasanId == null || !byId.has(o.atasanId));
  const antre = [...akar];
  const dikunjungi = new Set<number>();
  while (antre.length) {
    const o = antre.shift()!;
    if (dikunjungi.has(o.id)) continue;
    dikunjungi.add(o.id);
    antre.push(...(bawahan.get(o.id) ?? []));
    if (o.nip === NIP_PETUGAS_DEMO) continue;
    const penilai = o.atasanId != null ? byId.get(o.atasanId) ?? null : null;
    const acak = acakUntuk(k.seed, `status|${o.nip}`);
    // A few leaf SKPs are still waiting for (or returned by) the penilai — never in Disdukcapil, never a
    // service petugas or a demo account.
    const bolehTertunda = !bawahan.has(o.id) && o.opdId !== disdukcapil && !o.punyaAkun && !k.fakta.tiket.has(o.id) && !k.fakta.permohonan.has(o.id);
    const r = acak.next();
    const status: Status = bolehTertunda && r < 0.012 ? 'diajukan' : bolehTertunda && r < 0.018 ? 'dikembalikan' : 'disetujui';
    const skp = rencanakanSkp(o, penilai, penilai?.atasanId ?? null, penilai ? rhkSkp.get(penilai.id) ?? null : null, status, k);
    rhkSkp.set(o.id, skp.rhk);
    hasil.push(skp);
  }
  return hasil;
}

// ------------------------------------------------------------------------------------------- realisasi

const SATUAN_TURUN = new Set(['Hari', 'Menit', 'Jam']);
const SATUAN_TINGKAT = new Set(['%', 'Nilai', 'Nilai IKM', 'Indeks', 'Skor', 'Level', 'Opini WTP']);
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A manual monthly realisasi around the target, from the person's ability and the month's luck. */
function nilaiRealisasi(ind: IndikatorRow, kinerja: number, acak: Acak, bulan: string): { angka: number | null; narasi: string | null } {
  if (ind.targetAngka == null) {
    return { angka: null, narasi: kinerja > 0.95 ? `Terlaksana sesuai rencana pada ${bulan}; bukti dukung terlampir.` : `Sebagian terlaksana pada ${bulan}; sisa pekerjaan dilanjutkan bulan berikutnya.` };
  }
  const t = ind.targetAngka;
  const s = ind.targetSatuan ?? '';
  let angka: number;
  if (s === 'Bulan') angka = kinerja < 0.8 ? 0 : 1;
  else if (SATUAN_TURUN.has(s)) angka = bulat(t / kinerja, 1);
  else if (SATUAN_TINGKAT.has(s)) angka = Math.min(s === '%' ? 100 : Infinity, bulat(t * kinerja, t < 10 ? 2 : 1));
  else {
    const perBulan = (t / 12) * kinerja;
    angka = Math.max(0, perBulan < 5 ? Math.round(perBulan + acak.next() - 0.5) : Math.round(perBulan));
  }
  return { angka, narasi: acak.chance(0.12) ? 'Rincian terlampir pada bukti dukung.' : null };
}

// ------------------------------------------------------------------------------------------- ratings

/** Employees' predikat counts for a group of `n` under the organisation's pattern (or a deliberate misfit). */
type Pola = PredikatOrganisasi | 'baik_tanpa_bp' | 'istimewa_lemah' | 'baik_sb_dominan';
function kuota(pola: Pola, n: number, acak: Acak): Record<Predikat, number> {
  const c: Record<Predikat, number> = { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 };
  const r = (p: number) => Math.round(n * p);
  switch (pola) {
    case 'baik': {
      const bawah = Math.max(1, r(0.05 + 0.07 * acak.next()));
      c.kurang = bawah >= 4 && acak.chance(0.6) ? 1 : 0;
      c.butuh_perbaikan = bawah - c.kurang;
      c.sangat_kurang = n >= 40 && acak.chance(0.12) ? 1 : 0;
      c.sangat_baik = r(0.1 + 0.12 * acak.next());
      c.baik = n - c.sangat_baik - bawah - c.sangat_kurang;
      while (c.baik * 100 > 70 * n) { c.baik--; c.sangat_baik++; }
      break;
    }
    case 'istimewa': {
      c.sangat_baik = Math.min(Math.floor(0.7 * n), r(0.5 + 0.15 * acak.next()));
      c.butuh_perbaikan = n >= 20 && acak.chance(0.5) ? 1 : 0;
      c.baik = n - c.sangat_baik - c.butuh_perbaikan;
      break;
    }
    case 'butuh_perbaikan': {
      c.butuh_perbaikan = Math.ceil(0.6 * n) + acak.int(0, 2);
      c.kurang = r(0.04);
      c.baik = n - c.butuh_perbaikan - c.kurang;
      break;
    }
    case 'kurang': {
      c.kurang = Math.ceil(0.6 * n);
      c.butuh_perbaikan = Math.ceil(0.1 * n) + 1;
      c.baik = n - c.kurang - c.butuh_perbaikan;
      break;
    }
    case 'sangat_kurang': {
      c.sangat_kurang = Math.ceil(0.6 * n);
      c.kurang = Math.ceil(0.1 * n) + 1;
      c.baik = n - c.sangat_kurang - c.kurang;
      break;
    }
    case 'baik_tanpa_bp':
      c.sangat_baik = r(0.12);
      c.baik = n - c.sangat_baik;
      break;
    case 'istimewa_lemah':
      c.sangat_baik = r(0.25);
      c.butuh_perbaikan = r(0.05);
      c.baik = n - c.sangat_baik - c.butuh_perbaikan;
      break;
    case 'baik_sb_dominan':
      c.sangat_baik = r(0.5);
      c.butuh_perbaikan = Math.max(1, r(0.08));
      c.baik = n - c.sangat_baik - c.butuh_perbaikan;
      break;
  }
  return c;
}

const PASANGAN: Record<Predikat, { pasangan: Array<[Rating, Rating]>; bobot: number[] }> = {
  sangat_baik: { pasangan: [['di_atas', 'di_atas']], bobot: [1] },
  baik: { pasangan: [['sesuai', 'sesuai'], ['di_atas', 'sesuai'], ['sesuai', 'di_atas']], bobot: [70, 18, 12] },
  butuh_perbaikan: { pasangan: [['di_bawah', 'sesuai'], ['di_bawah', 'di_atas']], bobot: [85, 15] },
  kurang: { pasangan: [['sesuai', 'di_bawah'], ['di_atas', 'di_bawah']], bobot: [85, 15] },
  sangat_kurang: { pasangan: [['di_bawah', 'di_bawah']], bobot: [1] },
};
const CATATAN_PENILAIAN: Partial<Record<Predikat, string>> = {
  butuh_perbaikan: 'Sebagian hasil kerja utama di bawah target; susun rencana perbaikan bersama atasan.',
  kurang: 'Perlu pembinaan perilaku kerja (disiplin dan kerja sama).',
  sangat_kurang: 'Perlu konseling kinerja; hasil kerja dan perilaku di bawah ekspektasi.',
};

// ------------------------------------------------------------------------------------------- main

/**
 * Seeds the kinerja demo year (see the file comment) into a database holding the org, SKM, antrian and layanan
 * demo. Does nothing when the year already has SKPs (logged).
 * @returns row counts and the time taken (s)
 */
export async function seedKinerjaDemo(database: Database, opts: OpsiSeedKinerja = {}): Promise<HasilSeedKinerja> {
  const t0 = performance.now();
  // Wall and CPU time per phase (CPU ≈ wall on a quiet machine: PGlite runs in this process).
  const ukur = () => {
    const c = process.cpuUsage();
    return { w: performance.now(), c: (c.user + c.system) / 1000 };
  };
  const antara = (a: { w: number; c: number }, b: { w: number; c: number }) => `${((b.w - a.w) / 1000).toFixed(2)} s (cpu ${((b.c - a.c) / 1000).toFixed(2)})`;
  const m0 = ukur();
  const { db } = database;
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? new Date();
  const hariIni = tanggalWib(now);
  const tahun = opts.tahun ?? Number(hariIni.slice(0, 4));
  const seed = opts.seed ?? SEED_KINERJA;
  const kosong: HasilSeedKinerja = { skp: 0, rhk: 0, indikator: 0, indikatorTerikat: 0, realisasiManual: 0, realisasiOtomatis: 0, penilaian: 0, predikatOrganisasi: 0, umpanBalik: 0, detik: 0 };
  if ((await queryRows(db, sql`select 1 from skp where tahun = ${tahun} limit 1`)).length) {
    log(`Kinerja demo: SKP ${tahun} sudah ada, dilewati.`);
    return kosong;
  }
  const tahunNow = Number(hariIni.slice(0, 4));
  /** Month running at `now` (13 = the year is over, 0 = not started). */
  const bulanBerjalan = tahunNow > tahun ? 13 : tahunNow < tahun ? 0 : Number(hariIni.slice(5, 7));
  const sampai = bulanBerjalan >= 13 ? `${tahun}-12-31` : hariIni;

  const orang = await bacaOrang(db);
  const units = await bacaUnit(db);
  const fakta = bulanBerjalan > 0 ? await bacaFakta(db, tahun, sampai) : {
    tiket: new Map(), permohonan: new Map(), hariTiket: 1, hariPermohonan: 1, lokasi: [], unitLayanan: new Set<number>(), unitSkm: new Set<number>(), unitPengaduan: new Set<number>(),
  };
  const idAwal = { skp: await maxId(db, 'skp'), rhk: await maxId(db, 'skp_rhk'), indikator: await maxId(db, 'skp_indikator') };
  const k: Konteks = { seed, tahun, now, units, fakta, adaLayananDiBawah: new Set(), ids: { ...idAwal } };
  const skps = rencanakanSemua(orang, k);
  const disetujui = skps.filter((s) => s.status === 'disetujui');
  const opdPenuh = new Set<number>([...units.values()].filter((u) => OPD_REALISASI_PENUH.some((c) => u.kode === `OPD-${c}`)).map((u) => u.id));
  for (const l of fakta.lokasi) {
    const opd = units.get(l.unitId)?.opdId;
    if (opd != null && units.get(opd)?.jenis === 'KECAMATAN') opdPenuh.add(opd);
  }
  const disdukcapilId = [...units.values()].find((u) => u.kode === 'OPD-DISDUKCAPIL')?.id ?? -1;
  const periode = (ke: number) => periodeKe(tahun, 'bulanan', ke);
  const mPlan = ukur();

  // ---- manual realisasi (full OPDs), bukti dukung as links, umpan balik
  let idRealisasi = await maxId(db, 'kinerja_realisasi');
  const realisasi: Array<Record<string, unknown>> = [];
  const bukti: Array<Record<string, unknown>> = [];
  const umpanBalik: Array<Record<string, unknown>> = [];
  const bulanIsi = Math.min(12, bulanBerjalan);
  for (const s of disetujui) {
    const penuh = opdPenuh.has(s.orang.opdId);
    const kabidDemo = s.orang.nip === NIP_KABID_DEMO;
    if (!penuh && !kabidDemo) continue;
    for (let ke = 1; ke <= bulanIsi; ke++) {
      const p = periode(ke);
      const berjalan = ke === bulanBerjalan;
      const acak = acakUntuk(seed, `realisasi|${s.orang.nip}|${ke}`);
      const kinerja = Math.min(1.35, Math.max(0.6, 1 + 0.07 * s.kemampuan + 0.07 * normal(acak)));
      const bulan = `${BULAN[ke - 1]} ${tahun}`;
      if (penuh) {
        for (const r of s.rhk) {
          for (const ind of r.indikator) {
            if (ind.metrik) continue;
            if (berjalan && !acak.chance(0.55)) continue;
            const v = nilaiRealisasi(ind, kinerja, acak, bulan);
            const diisi = berjalan
              ? pada(maks(p.mulai, tambahHari(hariIni, -acak.int(0, 6))), acak.int(8, 16), acak.int(0, 59), now)
              : pada(tambahHari(p.selesai, acak.int(-2, 3)), acak.int(8, 16), acak.int(0, 59), now);
            const id = ++idRealisasi;
            realisasi.push({
              id, indikator_id: ind.id, skp_id: s.id, periode_ke: ke, angka: v.angka, narasi: v.narasi, otomatis: false, catatan: null,
              diisi_oleh: s.orang.id, updated_at: diisi.toISOString(),
            });
            if (acak.chance(0.35)) {
              bukti.push({
                realisasi_id: id, jenis: 'tautan', nama: `Bukti dukung ${r.uraian.split(' ').slice(0, 4).join(' ')} — ${bulan}`,
                url: `https://dokumen.tanjungbalai.example/kinerja/${tahun}/${dua(ke)}/${s.orang.nip}-${ind.id}.pdf`, oleh_pegawai_id: s.orang.id,
                created_at: diisi.toISOString(),
              });
            }
          }
        }
      }
      // Umpan balik berkelanjutan (kinerja.md §1.8): the penilai writes on an RHK, the pegawai sometimes answers.
      if (s.penilaiId != null && (kabidDemo || acak.chance(berjalan ? 0.1 : 0.18))) {
        const r = acak.pick(s.rhk);
        // Mid-month (in the running month: in its days so far, answers on the following days or today).
        const hariKini = berjalan ? Number(hariIni.slice(8, 10)) : 28;
        const hari = Math.max(1, Math.min(hariKini - 1, acak.int(8, 24)));
        const t = pada(`${p.mulai.slice(0, 8)}${dua(hari)}`, acak.int(9, 15), acak.int(0, 59), now);
        umpanBalik.push({ skp_id: s.id, rhk_id: r.id, periode_ke: ke, penulis_pegawai_id: s.penilaiId, peran: 'penilai', isi: acak.pick(UMPAN_BALIK_PENILAI), created_at: t.toISOString() });
        if (acak.chance(0.4)) {
          const j = pada(`${p.mulai.slice(0, 8)}${dua(Math.min(hariKini, hari + acak.int(1, 2)))}`, acak.int(8, 16), acak.int(0, 59), now);
          umpanBalik.push({ skp_id: s.id, rhk_id: r.id, periode_ke: ke, penulis_pegawai_id: s.orang.id, peran: 'pegawai', isi: acak.pick(JAWABAN_PEGAWAI), created_at: j.toISOString() });
        }
        if (acak.chance(0.06)) {
          umpanBalik.push({ skp_id: s.id, rhk_id: null, periode_ke: ke, penulis_pegawai_id: s.penilaiId, peran: 'penilai', isi: acak.pick(UMPAN_BALIK_PERILAKU), created_at: t.toISOString() });
        }
      }
    }
  }

  // ---- write the plan: year settings, koefisien AK, SKP, RHK, indikator, perilaku, riwayat, manual realisasi, bukti
  const rhkRows = skps.flatMap((s) => s.rhk);
  const indRows = rhkRows.flatMap((r) => r.indikator);
  const tahunAwal = pada(`${tahun}-01-02`, 8, 0, now).toISOString();
  await db.transaction(async (tx) => {
    // Bulk load of rows consistent by construction: a superuser connection skips the per-row FK triggers (as
    // scripts/seed/layanan.ts and pg_restore --disable-triggers); other roles keep the checks.
    const [peran] = await queryRows<{ super: boolean }>(tx, sql`select rolsuper as super from pg_roles where rolname = current_user`);
    if (peran?.super) await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`insert into kinerja_tahun (tahun, jenis_periode, batas_keberatan_hari_kerja, batas_penyusunan_skp, updated_at)
      values (${tahun}, 'bulanan', 14, ${`${tahun}-01-31`}, ${tahunAwal}) on conflict (tahun) do nothing`);
    const labelKode = new Map(Object.entries(JENJANG_LABEL).map(([kode, label]) => [label, kode]));
    for (const [label, koefisien] of Object.entries(KOEFISIEN_AK_AWAL)) {
      const kode = labelKode.get(label);
      if (!kode) continue;
      await tx.execute(sql`insert into kinerja_koefisien_ak (jenjang, label, koefisien, updated_at) values (${kode}, ${label}, ${koefisien}, ${tahunAwal})
        on conflict (jenjang) do nothing`);
    }
    await sisip(tx, 'skp',
      'id int, pegawai_id int, tahun int, periode_mulai date, periode_selesai date, jabatan_id int, jabatan_nama text, jenis_jabatan text, jenjang text, unit_id int, opd_id int, penilai_id int, atasan_penilai_id int, pendekatan text, status text, catatan_kembali text, alasan_baru text, aktif boolean, revisi int, diajukan_at timestamptz, disetujui_at timestamptz, created_at timestamptz, updated_at timestamptz',
      skps.map((s) => ({
        id: s.id, pegawai_id: s.orang.id, tahun, periode_mulai: `${tahun}-01-01`, periode_selesai: `${tahun}-12-31`, jabatan_id: s.orang.jabatanId,
        jabatan_nama: s.orang.jabatan, jenis_jabatan: s.orang.jenis, jenjang: s.orang.jenjang, unit_id: s.orang.unitId, opd_id: s.orang.opdId,
        penilai_id: s.penilaiId, atasan_penilai_id: s.atasanPenilaiId, pendekatan: s.pendekatan, status: s.status, catatan_kembali: s.catatanKembali,
        alasan_baru: 'awal', aktif: true, revisi: s.status === 'diajukan' ? 2 : 3, diajukan_at: s.diajukan.toISOString(),
        disetujui_at: s.status === 'disetujui' ? s.diputus.toISOString() : null, created_at: s.dibuat.toISOString(),
        updated_at: (s.status === 'diajukan' ? s.diajukan : s.diputus).toISOString(),
      })));
    await sisip(tx, 'skp_rhk', 'id int, skp_id int, jenis text, uraian text, parent_rhk_id int, sumber_pk text, urutan int',
      rhkRows.map((r) => ({ id: r.id, skp_id: r.skpId, jenis: r.jenis, uraian: r.uraian, parent_rhk_id: r.parentRhkId, sumber_pk: r.sumberPk, urutan: r.urutan })));
    await sisip(tx, 'skp_indikator',
      'id int, rhk_id int, aspek text, uraian text, target_angka float8, target_satuan text, target_narasi text, perspektif text, metrik text, metrik_lingkup text, metrik_ref_id int, urutan int',
      indRows.map((i) => ({
        id: i.id, rhk_id: i.rhkId, aspek: i.aspek, uraian: i.uraian, target_angka: i.targetAngka, target_satuan: i.targetSatuan, target_narasi: i.targetNarasi,
        perspektif: i.perspektif, metrik: i.metrik, metrik_lingkup: i.metrikLingkup, metrik_ref_id: i.metrikRefId, urutan: i.urutan,
      })));
    // Ekspektasi khusus of the penilai (kinerja.md §1.4) on about a quarter of the SKPs.
    await sisip(tx, 'skp_perilaku', 'skp_id int, aspek text, ekspektasi_khusus text', skps.flatMap((s) => {
      const acak = acakUntuk(seed, `perilaku|${s.orang.nip}`);
      if (s.penilaiId == null || !acak.chance(0.25)) return [];
      const a = acak.int(0, 6);
      const b = acak.chance(0.4) ? (a + acak.int(1, 6)) % 7 : null;
      return [a, b].filter((x): x is number => x != null).map((i) => ({ skp_id: s.id, aspek: KODE_PERILAKU[i], ekspektasi_khusus: EKSPEKTASI_KHUSUS[i] }));
    }));
    await sisip(tx, 'skp_riwayat', 'skp_id int, aksi text, oleh_pegawai_id int, catatan text, at timestamptz', skps.flatMap((s) => [
      { skp_id: s.id, aksi: 'dibuat', oleh_pegawai_id: s.orang.id, catatan: null, at: s.dibuat.toISOString() },
      { skp_id: s.id, aksi: 'diajukan', oleh_pegawai_id: s.orang.id, catatan: null, at: s.diajukan.toISOString() },
      ...(s.status === 'diajukan' ? [] : [{ skp_id: s.id, aksi: s.status, oleh_pegawai_id: s.penilaiId, catatan: s.catatanKembali, at: s.diputus.toISOString() }]),
    ]));
    await sisip(tx, 'kinerja_realisasi',
      'id int, indikator_id int, skp_id int, periode_ke int, angka float8, narasi text, otomatis boolean, catatan text, diisi_oleh int, updated_at timestamptz', realisasi);
    await sisip(tx, 'kinerja_bukti', 'realisasi_id int, jenis text, nama text, url text, oleh_pegawai_id int, created_at timestamptz', bukti);
    for (const t of ['skp', 'skp_rhk', 'skp_indikator', 'kinerja_realisasi']) {
      await tx.execute(sql`select setval(pg_get_serial_sequence(${t}, 'id'), coalesce((select max(id) from ${sql.identifier(t)}), 0) + 1, false)`);
    }
  });
  const mTulis = ukur();

  // ---- automatic realisasi from the service data: the SAME code the server runs (kinerja.realisasi.isiOtomatis)
  const skpTerikat = disetujui.filter((s) => s.terikat).map((s) => s.id);
  if (skpTerikat.length && bulanIsi > 0) {
    const { realisasi: layananRealisasi } = layananKinerja(database, opts);
    for (let ke = 1; ke <= bulanIsi; ke++) await layananRealisasi.isiOtomatis({ skpIds: skpTerikat, tahun, periodeKe: ke, now });
  }
  const mOtomatis = ukur();

  // How each bound person did by their automatic figures (ratio to the monthly target, direction-aware).
  const bonus = new Map<string, number>();
  if (skpTerikat.length) {
    const rows = await queryRows<{ skp_id: number; periode_ke: number; angka: number | null; target: number | null; metrik: string }>(db, sql`
      select r.skp_id, r.periode_ke, r.angka, i.target_angka as target, i.metrik from kinerja_realisasi r join skp_indikator i on i.id = r.indikator_id
      where r.otomatis and i.metrik is not null and r.skp_id in (select id from skp where tahun = ${tahun})`);
    const kumpul = new Map<string, number[]>();
    for (const r of rows) {
      if (r.angka == null || !r.target) continue;
      const m = cariMetrik(r.metrik);
      if (!m) continue;
      // Counts have a yearly target; the month is compared with a twelfth of it.
      const target = m.agregasiTahunan === 'jumlah' ? r.target / 12 : r.target;
      const turun = m.arah === 'turun';
      const rasio = turun ? target / Math.max(0.1, r.angka) : r.angka / Math.max(0.1, target);
      const key = `${r.skp_id}|${r.periode_ke}`;
      kumpul.set(key, [...(kumpul.get(key) ?? []), Math.max(-0.5, Math.min(0.5, Math.log(Math.max(0.01, rasio))))]);
    }
    for (const [key, xs] of kumpul) bonus.set(key, (2.5 * xs.reduce((a, b) => a + b, 0)) / xs.length);
  }

  // ---- penilaian and predikat organisasi
  const sekda = orang.find((o) => o.atasanId == null && o.jenis === 'JPT');
  const [adminAkun] = await queryRows<{ id: number }>(db, sql`select id from akun where 'admin' = any(roles) order by id limit 1`);
  const kepalaOpd = new Map<number, Orang>();
  for (const o of orang) if (o.kepalaUnit && o.unitId === o.opdId && !kepalaOpd.has(o.opdId)) kepalaOpd.set(o.opdId, o);
  const opdIds = [...new Set(disetujui.map((s) => s.orang.opdId))].sort((a, b) => a - b);
  // Three OPDs off the pattern in some months (warnings on the OPD view); one keeps it with a reason.
  const kode = (id: number) => units.get(id)?.kode.replace(/^OPD-/, '') ?? '';
  const menyimpang = (opdId: number, ke: number): Pola | null => {
    if (kode(opdId) === 'DISHUB' && ke >= 3 && ke <= 6) return 'baik_tanpa_bp';
    if (kode(opdId) === 'BAPENDA' && ke >= 8 && ke <= 10) return 'istimewa_lemah';
    if (kode(opdId) === 'SATPOLPP' && ke === 7) return 'baik_sb_dominan';
    return null;
  };
  const ISTIMEWA = new Set(['BPKAD', 'DPMPTSP', 'BKPSDM', 'INSPEKTORAT']);
  const polaOpd = (opdId: number, ke: number, acak: Acak): PredikatOrganisasi => {
    if (ISTIMEWA.has(kode(opdId)) && (ke === 6 || ke === 9 || acak.chance(0.15))) return 'istimewa';
    if (kode(opdId) === 'DISPORAPAR' && ke === 4) return 'butuh_perbaikan';
    return 'baik';
  };
  // A few service units get their own predikat organisasi (sub-unit rows of the distribution view).
  const anggotaUnit = new Map<number, SkpRencana[]>();
  for (const s of disetujui) anggotaUnit.set(s.orang.unitId, [...(anggotaUnit.get(s.orang.unitId) ?? []), s]);
  const subUnit = [...anggotaUnit.entries()]
    .filter(([u, xs]) => units.get(u)?.opdId !== u && xs.length >= 10 && (fakta.unitLayanan.has(u) || fakta.unitSkm.has(u)))
    .map(([u]) => u).sort((a, b) => a - b);

  const penilaian: Array<Record<string, unknown>> = [];
  const predikatOrg: Array<Record<string, unknown>> = [];
  const bulanNilai = Math.min(12, bulanBerjalan);
  for (const opdId of opdIds) {
    const anggota = disetujui.filter((s) => s.orang.opdId === opdId);
    for (let ke = 1; ke <= bulanNilai; ke++) {
      const berjalan = ke === bulanBerjalan;
      if (berjalan && opdId !== disdukcapilId) continue;
      const acak = acakUntuk(seed, `opd|${opdId}|${ke}`);
      const p = periode(ke);
      const awalBerikut = tambahHari(p.selesai, 1);
      const off = berjalan ? null : menyimpang(opdId, ke);
      const org = berjalan ? 'baik' : off === 'istimewa_lemah' ? 'istimewa' : off ? 'baik' : polaOpd(opdId, ke, acak);
      const pola: Pola = off ?? org;
      // Running month: most of Disdukcapil already rated (never the demo petugas, who has no SKP yet).
      const dinilai = berjalan ? anggota.filter((s) => acakUntuk(seed, `nov|${s.orang.nip}|${ke}`).chance(0.88)) : anggota;
      // Ability, the month's luck and the automatic figures; leaders are seldom rated below expectation.
      const skor = (s: SkpRencana) => s.kemampuan + 0.6 * normal(acakUntuk(seed, `skor|${s.orang.nip}|${ke}`)) + (bonus.get(`${s.id}|${ke}`) ?? 0)
        + ({ JPT: 1.2, ADMINISTRATOR: 0.6, PENGAWAS: 0.2, PELAKSANA: 0, FUNGSIONAL: 0 } as const)[s.orang.jenis];
      const unitSendiri = berjalan || off ? [] : subUnit.filter((u) => units.get(u)?.opdId === opdId);
      const kelompok: SkpRencana[][] = [
        ...unitSendiri.map((u) => dinilai.filter((s) => s.orang.unitId === u)),
        dinilai.filter((s) => !unitSendiri.includes(s.orang.unitId)),
      ].filter((g) => g.length);
      const jumlahOpd: JumlahPredikat = {};
      for (const g of kelompok) {
        const c = kuota(pola, g.length, acak);
        const urut = g.map((s) => ({ s, v: skor(s) })).sort((a, b) => b.v - a.v || a.s.id - b.s.id);
        const label: Predikat[] = [
          ...Array<Predikat>(c.sangat_baik).fill('sangat_baik'), ...Array<Predikat>(c.baik).fill('baik'),
          ...Array<Predikat>(c.butuh_perbaikan).fill('butuh_perbaikan'), ...Array<Predikat>(c.kurang).fill('kurang'),
          ...Array<Predikat>(c.sangat_kurang).fill('sangat_kurang'),
        ];
        // Kurang/Misconduct is about behaviour, not results: swap those into random places of the lower half.
        for (let i = label.length - 1; i >= Math.ceil(label.length / 2); i--) {
          if (label[i] !== 'kurang') continue;
          const j = acak.int(Math.ceil(label.length / 2), label.length - 1);
          [label[i], label[j]] = [label[j]!, label[i]!];
        }
        urut.forEach(({ s }, i) => {
          const target = label[i]!;
          const a = acakUntuk(seed, `nilai|${s.orang.nip}|${ke}`);
          const opsi = PASANGAN[target];
          const [hk, pk] = a.weighted(opsi.pasangan, opsi.bobot);
          const predikat = predikatKinerja(hk, pk);
          jumlahOpd[predikat] = (jumlahOpd[predikat] ?? 0) + 1;
          const at = berjalan
            ? pada(maks(p.mulai, tambahHari(hariIni, -a.int(1, 10))), a.int(8, 16), a.int(0, 59), now)
            : pada(tambahHari(awalBerikut, a.int(0, 9)), a.int(8, 16), a.int(0, 59), now);
          penilaian.push({
            skp_id: s.id, pegawai_id: s.orang.id, tahun, jenis_periode: 'bulanan', periode_ke: ke, unit_id: s.orang.unitId, opd_id: s.orang.opdId,
            rating_hasil_kerja: hk, rating_perilaku: pk, predikat_matriks: predikat, predikat, alasan_predikat: null,
            catatan: CATATAN_PENILAIAN[predikat] ?? null, penilai_id: s.penilaiId, dinilai_at: at.toISOString(), revisi: 0,
          });
        });
        if (!berjalan) {
          // Sub-unit row (only for the unit groups): set by the kepala OPD.
          const u = g[0]!.orang.unitId;
          if (unitSendiri.includes(u) && g.every((s) => s.orang.unitId === u)) {
            predikatOrg.push({
              unit_id: u, tahun, periode_ke: ke, predikat: org, capaian: capaian(org, acak), alasan_pertahankan: null, peringatan: null,
              oleh_pegawai_id: kepalaOpd.get(opdId)?.id ?? null, oleh_akun_id: null, updated_at: pada(awalBerikut, 8, acak.int(0, 59), now).toISOString(),
            });
          }
        }
      }
      if (berjalan) continue;
      // The OPD's predikat organisasi: set by the kepala OPD's penilai (the Sekda), or BKPSDM for the Setda itself.
      const kepala = kepalaOpd.get(opdId);
      const oleh = kepala?.atasanId ?? null;
      const simpan = off === 'istimewa_lemah' && ke >= 9;
      predikatOrg.push({
        unit_id: opdId, tahun, periode_ke: ke, predikat: org, capaian: capaian(org, acak),
        alasan_pertahankan: simpan ? 'Target pendapatan asli daerah terlampaui 112 %; beberapa pegawai baru dimutasi masuk sehingga predikat individu belum sejalan. Distribusi dipertahankan.' : null,
        peringatan: simpan ? periksaDistribusi(org, jumlahOpd) : null,
        oleh_pegawai_id: oleh ?? (opdId === sekda?.opdId ? null : sekda?.id ?? null), oleh_akun_id: oleh == null ? adminAkun?.id ?? null : null,
        updated_at: pada(awalBerikut, 7, acak.int(0, 59), now).toISOString(),
      });
    }
  }

  await db.transaction(async (tx) => {
    const [peran] = await queryRows<{ super: boolean }>(tx, sql`select rolsuper as super from pg_roles where rolname = current_user`);
    if (peran?.super) await tx.execute(sql`set local session_replication_role = replica`);
    await sisip(tx, 'kinerja_penilaian',
      'skp_id int, pegawai_id int, tahun int, jenis_periode text, periode_ke int, unit_id int, opd_id int, rating_hasil_kerja text, rating_perilaku text, predikat_matriks text, predikat text, alasan_predikat text, catatan text, penilai_id int, dinilai_at timestamptz, revisi int',
      penilaian);
    await sisip(tx, 'kinerja_predikat_organisasi',
      'unit_id int, tahun int, periode_ke int, predikat text, capaian text, alasan_pertahankan text, peringatan jsonb, oleh_pegawai_id int, oleh_akun_id int, updated_at timestamptz',
      predikatOrg);
    await sisip(tx, 'kinerja_umpan_balik', 'skp_id int, rhk_id int, periode_ke int, penulis_pegawai_id int, peran text, isi text, created_at timestamptz', umpanBalik);
  });
  for (const t of ['skp', 'skp_rhk', 'skp_indikator', 'kinerja_realisasi', 'kinerja_penilaian', 'kinerja_predikat_organisasi']) {
    await db.execute(sql`analyze ${sql.identifier(t)}`);
  }
  const [ot] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from kinerja_realisasi where otomatis and skp_id in (select id from skp where tahun = ${tahun})`);
  const hasil: HasilSeedKinerja = {
    skp: skps.length, rhk: rhkRows.length, indikator: indRows.length, indikatorTerikat: indRows.filter((i) => i.metrik).length,
    realisasiManual: realisasi.length, realisasiOtomatis: Number(ot?.n ?? 0), penilaian: penilaian.length, predikatOrganisasi: predikatOrg.length,
    umpanBalik: umpanBalik.length, detik: (performance.now() - t0) / 1000,
  };
  const mAkhir = ukur();
  log(`  kinerja: baca+rencana ${antara(m0, mPlan)}, tulis SKP ${antara(mPlan, mTulis)}, otomatis ${antara(mTulis, mOtomatis)} (${skpTerikat.length} SKP × ${bulanIsi} bulan), `
    + `penilaian ${antara(mOtomatis, mAkhir)}; total ${antara(m0, mAkhir)}`);
  log(`Kinerja demo ${tahun}: ${hasil.skp} SKP (${skps.length - disetujui.length} belum disetujui), ${hasil.rhk} RHK, ${hasil.indikator} indikator (${hasil.indikatorTerikat} terikat data layanan), `
    + `${hasil.realisasiManual} realisasi manual + ${hasil.realisasiOtomatis} otomatis, ${hasil.penilaian} penilaian, ${hasil.predikatOrganisasi} predikat organisasi (${hasil.detik.toFixed(1)} s).`);
  return hasil;
}

/** "Capaian Perjanjian Kinerja 97,4 %": above 100 % for Istimewa, lower for the weaker predikat. */
function capaian(p: PredikatOrganisasi, acak: Acak): string {
  const rentang: Record<PredikatOrganisasi, readonly [number, number]> = {
    istimewa: [104, 115], baik: [90, 100], butuh_perbaikan: [75, 88], kurang: [60, 74], sangat_kurang: [40, 59],
  };
  const [lo, hi] = rentang[p];
  return `Capaian Perjanjian Kinerja ${(lo + (hi - lo) * acak.next()).toFixed(1).replace('.', ',')} %`;
}

/**
 * The kinerja services wired as app.ts buildServices does, for the automatic realisasi only (no HTTP, no jobs):
 * org, kalender, notifikasi (queue only), antrian, layanan, skm. Secrets are not used by the fact queries.
 */
function layananKinerja(database: Database, opts: OpsiSeedKinerja) {
  const { db } = database;
  const env = opts.dataPribadi && opts.uploadsDir ? null : loadConfig();
  const dataPribadi = opts.dataPribadi ?? createDataPribadi(env!.dataKey);
  const uploadsDir = opts.uploadsDir ?? env!.uploadsDir;
  const ambangAnonim = Number(process.env.SKM_AMBANG_ANONIM ?? 10) || 10;
  const secret = 'seed-kinerja-demo';
  const org = createOrgService(db);
  const kalender = createKalenderService(db);
  const notifikasi = createNotifikasiService(db, { dataPribadi });
  const bus = createEventBus(database, database.schema);
  const antrian = createAntrianService({ db, org, kalender, notifikasi, bus, dataPribadi, secret, cacheTiketMs: 0 });
  const layanan = createLayananService({ db, org, kalender, notifikasi, antrian, bus, dataPribadi, secret, uploadsDir, maksBerkasByte: 5 * 1024 * 1024, maksJumlahBerkas: 12 });
  const skm = createSkmService(db, { org, secret, ambangAnonim });
  return createKinerjaService({ db, org, kalender, notifikasi, antrian, layanan, skm, uploadsDir, maksBerkasByte: 5 * 1024 * 1024 });
}
