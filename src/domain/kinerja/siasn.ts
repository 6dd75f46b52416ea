import { periodeKe, type JenisPeriode } from './periode.ts';
import { LABEL_PREDIKAT, LABEL_RATING, type Predikat, type Rating } from './predikat.ts';

/**
 * SIASN-shaped records of performance results — kinerja.md §5.6 (BKN SIASN `skp22` for the annual result,
 * `kinerjaperiodik` for a periodic one). SIKAP only EXPORTS these shapes (sending them to BKN needs an
 * official agreement), with BKN's exact field names so an integration can forward them unchanged; inside
 * SIKAP its own names are kept. Pure: no I/O, no clock.
 *
 * Value conventions (plan issue #5, documented for the integration):
 * - ratings and predikat as their Indonesian labels ("Sesuai Ekspektasi", "Baik") — kinerja.md §1.5–§1.6;
 * - `pnsDinilaiOrang` / `PnsDinilaiId` = the NIP: SIKAP has no BKN person id; the integration maps NIP → id;
 * - `statusPenilai` "ASN" when the penilai is a pegawai (PNS or PPPK), "NON ASN" when none is recorded;
 * - `KoefisienId` = SIKAP's koefisien key (the jenjang code, e.g. "AHLI_PERTAMA") for a jabatan fungsional, else "";
 * - `PeriodikId` = SIKAP's period key "<jenisPeriode>-<ke>" (e.g. "bulanan-11", "triwulanan-2").
 */

/** Field order of an `skp22` record (kinerja.md §5.6, as listed there). */
export const KOLOM_SKP22 = [
  'tahun', 'hasilKinerjaNilai', 'perilakuKerjaNilai', 'kuadranKinerjaNilai', 'pnsDinilaiOrang',
  'penilaiNama', 'penilaiNipNrp', 'penilaiGolongan', 'penilaiJabatan', 'penilaiUnorNama', 'statusPenilai',
] as const;

/** Field order of a `kinerjaperiodik` record: the skp22 fields, then the periodic ones (kinerja.md §5.6). */
export const KOLOM_KINERJA_PERIODIK = [
  ...KOLOM_SKP22,
  'PnsDinilaiId', 'KoefisienId', 'BulanMulaiPenilaian', 'BulanSelesaiPenilaian', 'TahunMulaiPenilaian',
  'TahunSelesaiPenilaian', 'PeriodikId',
] as const;

export type Skp22 = {
  tahun: number;
  hasilKinerjaNilai: string;
  perilakuKerjaNilai: string;
  kuadranKinerjaNilai: string;
  pnsDinilaiOrang: string;
  penilaiNama: string;
  penilaiNipNrp: string;
  penilaiGolongan: string;
  penilaiJabatan: string;
  penilaiUnorNama: string;
  statusPenilai: 'ASN' | 'NON ASN';
};

export type KinerjaPeriodik = Skp22 & {
  PnsDinilaiId: string;
  KoefisienId: string;
  BulanMulaiPenilaian: number;
  BulanSelesaiPenilaian: number;
  TahunMulaiPenilaian: number;
  TahunSelesaiPenilaian: number;
  PeriodikId: string;
};

/** One SIKAP penilaian as the export needs it (built by the service from kinerja_penilaian + skp + pegawai). */
export type PenilaianSiasn = {
  tahun: number;
  /** The year's period kind (for a periodic row); ignored for the annual row. */
  jenisPeriode: JenisPeriode;
  /** 0 = annual (skp22); ≥ 1 = the period (kinerjaperiodik). */
  periodeKe: number;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  /** NIP of the rated pegawai. */
  nip: string;
  /** The SKP's jenis jabatan and jenjang (KoefisienId for a jabatan fungsional). */
  jenisJabatan: string;
  jenjang: string | null;
  /** The pejabat penilai who rated (or the SKP's penilai); null when none is recorded. */
  penilai: { nama: string; nip: string; golongan: string; jabatan: string; unor: string } | null;
};

/**
 * The annual result as an SIASN `skp22` record (kinerja.md §5.6). Field order = {@link KOLOM_SKP22}.
 * @throws RangeError when given a periodic row (periodeKe ≠ 0)
 */
export function keSkp22(p: PenilaianSiasn): Skp22 {
  if (p.periodeKe !== 0) throw new RangeError('skp22 hanya untuk penilaian tahunan (periodeKe 0)');
  return dasar(p);
}

/**
 * A periodic result as an SIASN `kinerjaperiodik` record (kinerja.md §5.6): the skp22 fields plus the
 * period's first/last month and year from the year's period kind (a quarter → 3 months, e.g. Triwulan II =
 * months 4–6). Field order = {@link KOLOM_KINERJA_PERIODIK}.
 * @throws RangeError for the annual row (periodeKe 0) or a period the kind does not have
 */
export function keKinerjaPeriodik(p: PenilaianSiasn): KinerjaPeriodik {
  if (p.periodeKe < 1) throw new RangeError('kinerjaperiodik hanya untuk penilaian periodik (periodeKe ≥ 1)');
  const per = periodeKe(p.tahun, p.jenisPeriode, p.periodeKe);
  const jf = p.jenisJabatan === 'FUNGSIONAL' && p.jenjang ? p.jenjang : '';
  return {
    ...dasar(p),
    PnsDinilaiId: p.nip,
    KoefisienId: jf,
    BulanMulaiPenilaian: Number(per.mulai.slice(5, 7)),
    BulanSelesaiPenilaian: Number(per.selesai.slice(5, 7)),
    TahunMulaiPenilaian: Number(per.mulai.slice(0, 4)),
    TahunSelesaiPenilaian: Number(per.selesai.slice(0, 4)),
    PeriodikId: `${p.jenisPeriode}-${p.periodeKe}`,
  };
}

function dasar(p: PenilaianSiasn): Skp22 {
  return {
    tahun: p.tahun,
    hasilKinerjaNilai: LABEL_RATING[p.ratingHasilKerja],
    perilakuKerjaNilai: LABEL_RATING[p.ratingPerilaku],
    kuadranKinerjaNilai: LABEL_PREDIKAT[p.predikat],
    pnsDinilaiOrang: p.nip,
    penilaiNama: p.penilai?.nama ?? '',
    penilaiNipNrp: p.penilai?.nip ?? '',
    penilaiGolongan: p.penilai?.golongan ?? '',
    penilaiJabatan: p.penilai?.jabatan ?? '',
    penilaiUnorNama: p.penilai?.unor ?? '',
    statusPenilai: p.penilai ? 'ASN' : 'NON ASN',
  };
}

/** One CSV field per RFC 4180 §2: enclosed in double quotes when it holds a comma, quote, CR or LF; quotes doubled. */
export function fieldCsv(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Records → CSV text (RFC 4180): a header row of the field names, one row per record in the order of
 * `kolom` (default: the keys of the first record), CRLF after EVERY row, and a UTF-8 byte-order mark first so
 * Excel reads the names correctly. Values are written as they are (no formula escaping: the file is meant to
 * be forwarded unchanged); null/undefined → empty field.
 */
export function keCsv<T extends object>(records: readonly T[], kolom?: readonly (keyof T & string)[]): string {
  const k = kolom ?? (records[0] ? (Object.keys(records[0]) as (keyof T & string)[]) : []);
  const baris = [k.map(fieldCsv).join(','), ...records.map((r) => k.map((n) => fieldCsv(r[n])).join(','))];
  return `\uFEFF${baris.map((b) => `${b}\r\n`).join('')}`;
}
