/**
 * Evaluation periods of a performance year — PermenPANRB 6/2022 (penilaian periodik: bulanan,
 * triwulanan or semesteran as the instansi chooses; kinerja.md §1.8). Dates are WIB calendar dates
 * 'YYYY-MM-DD'; the year is the calendar year (1 January – 31 December).
 */
import { NAMA_BULAN } from '../shared/tanggal.ts';

export const JENIS_PERIODE = ['bulanan', 'triwulanan', 'semesteran'] as const;
export type JenisPeriode = (typeof JENIS_PERIODE)[number];

export type PeriodeEvaluasi = {
  tahun: number;
  jenis: JenisPeriode;
  /** 1-based: month 1–12, quarter 1–4, semester 1–2. */
  ke: number;
  mulai: string;
  selesai: string;
  /** Months the period spans (for pro-rata angka kredit). */
  bulan: number;
  label: string;
};

const ROMAWI = ['I', 'II', 'III', 'IV'];
const LEBAR: Record<JenisPeriode, number> = { bulanan: 1, triwulanan: 3, semesteran: 6 };

const pad = (n: number) => String(n).padStart(2, '0');
const hariTerakhir = (tahun: number, bulan: number) => new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();

function label(jenis: JenisPeriode, ke: number, tahun: number): string {
  if (jenis === 'bulanan') return `${NAMA_BULAN[ke - 1]} ${tahun}`;
  if (jenis === 'triwulanan') return `Triwulan ${ROMAWI[ke - 1]} ${tahun}`;
  return `Semester ${ke === 1 ? 'I' : 'II'} ${tahun}`;
}

/**
 * The `ke`-th period of `jenis` in `tahun`.
 * @throws RangeError when `ke` is outside 1..(12 / months per period) or the year is not 1900–2999
 */
export function periodeKe(tahun: number, jenis: JenisPeriode, ke: number): PeriodeEvaluasi {
  const lebar = LEBAR[jenis];
  const jumlah = 12 / lebar;
  if (!Number.isInteger(tahun) || tahun < 1900 || tahun > 2999) throw new RangeError('tahun tidak valid');
  if (!Number.isInteger(ke) || ke < 1 || ke > jumlah) throw new RangeError(`periode ${jenis} harus 1–${jumlah}`);
  const bulanAwal = (ke - 1) * lebar + 1;
  const bulanAkhir = bulanAwal + lebar - 1;
  return {
    tahun, jenis, ke, bulan: lebar, label: label(jenis, ke, tahun),
    mulai: `${tahun}-${pad(bulanAwal)}-01`,
    selesai: `${tahun}-${pad(bulanAkhir)}-${pad(hariTerakhir(tahun, bulanAkhir))}`,
  };
}

/** All periods of a year, in order (12 months, 4 quarters or 2 semesters). */
export function daftarPeriode(tahun: number, jenis: JenisPeriode): PeriodeEvaluasi[] {
  return Array.from({ length: 12 / LEBAR[jenis] }, (_, i) => periodeKe(tahun, jenis, i + 1));
}

/** The period of `jenis` containing the WIB date `tanggal` ('YYYY-MM-DD'). */
export function periodePada(tanggal: string, jenis: JenisPeriode): PeriodeEvaluasi {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  if (!m) throw new RangeError('tanggal harus YYYY-MM-DD');
  const bulan = Number(m[2]);
  return periodeKe(Number(m[1]), jenis, Math.ceil(bulan / LEBAR[jenis]));
}
