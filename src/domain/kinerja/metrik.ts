/**
 * Objective service indicators (issue #5 "Objective service indicators"; kinerja.md §1.8 bukti dukung):
 * the catalogue of service metrics an indikator kinerja individu can be BOUND to, so that its realisasi
 * per period is filled by the system from the antrian / layanan / skm data attributed to the pegawai, their
 * unit or a queue lokasi — with the source records as evidence.
 *
 * The figure is evidence, not a rating: PermenPANRB 6/2022 rates hasil kerja with "no mathematical formula
 * and no weighting" (kinerja.md §1.5). {@link bandingkanTarget} only gives the pejabat penilai a HINT of how
 * a figure compares with its target; the rating stays the penilai's judgement.
 */

/** Where a metric's data comes from (the module read through its public service). */
export const SUMBER_METRIK = ['antrian', 'layanan', 'skm'] as const;
export type SumberMetrik = (typeof SUMBER_METRIK)[number];

/** Whose data: the pegawai's own work, a unit (an OPD includes its sub-units), or a queue lokasi. */
export const LINGKUP_METRIK = ['pegawai', 'unit', 'lokasi'] as const;
export type LingkupMetrik = (typeof LINGKUP_METRIK)[number];

/** Aspek of an indikator (kinerja.md §1.2: kuantitas, kualitas, waktu, biaya). */
export const ASPEK_INDIKATOR = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type AspekIndikator = (typeof ASPEK_INDIKATOR)[number];

/** The kind of source record behind a figure (kinerja_realisasi_sumber.jenis). */
export const JENIS_REKAMAN = ['tiket', 'permohonan', 'pengaduan', 'skm_survei'] as const;
export type JenisRekaman = (typeof JENIS_REKAMAN)[number];

/** Whether a higher figure is better (`naik`) or a lower one (`turun`, e.g. waiting minutes). */
export type ArahMetrik = 'naik' | 'turun';

/**
 * How the annual sheet (periodeKe 0) combines the periods' figures (kinerja.md §1.8 "Tahunan: from the
 * periodic results"):
 * - `jumlah`: the sum of the periods (counts: tickets, applications);
 * - `rata_tertimbang`: the periods' figures weighted by their number of records — for a share (%) this
 *   equals the share over the whole year exactly; for a median or an IKM it is an approximation of the
 *   year's figure (a median of medians is not the year's median) and is labelled as such in the UI.
 */
export const AGREGASI_TAHUNAN = ['jumlah', 'rata_tertimbang'] as const;
export type AgregasiTahunan = (typeof AGREGASI_TAHUNAN)[number];

export const KODE_METRIK = [
  'antrian.tiket_dilayani',
  'antrian.layanan_median_menit',
  'antrian.persen_dalam_standar',
  'antrian.tunggu_median_menit',
  'permohonan.selesai',
  'permohonan.persen_tepat_waktu',
  'pengaduan.persen_tindak_lanjut_tepat',
  'skm.ikm',
] as const;
export type KodeMetrik = (typeof KODE_METRIK)[number];

export type Metrik = {
  kode: KodeMetrik;
  label: { id: string; en: string };
  /** Unit of the figure as written in an SKP target ("tiket", "menit", "%", …). */
  satuan: string;
  /** The aspek an indikator bound to this metric normally has. */
  aspek: AspekIndikator;
  /** Scopes the metric can be computed for (the indikator's `metrikLingkup` must be one of them). */
  lingkup: readonly LingkupMetrik[];
  arah: ArahMetrik;
  sumber: SumberMetrik;
  /** The kind of evidence record listed as the figure's source. */
  jenisRekaman: JenisRekaman;
  agregasiTahunan: AgregasiTahunan;
  /** What exactly is counted, in Bahasa Indonesia (shown beside the figure). */
  definisi: string;
};

/**
 * The catalogue (plan "Service metrics"). Definitions follow the source modules' public fact functions:
 * antrian.statistik.faktaLayananPegawai / faktaLayananLokasi (served tickets, service and waiting minutes,
 * share within the layanan's standarMenit; pelayanan.md §3.2), layanan.permohonan.faktaPermohonanPegawai /
 * faktaPermohonanUnit (cases finished, share within the working-day standard), layanan.pengaduan.
 * faktaPengaduanUnit (complaints followed up by their deadline), skm.faktaIkmUnit (IKM per PermenPANRB
 * 14/2017, 25–100, only above the anonymity threshold of ADR 0005).
 */
export const METRIK: readonly Metrik[] = [
  {
    kode: 'antrian.tiket_dilayani', label: { id: 'Tiket antrian dilayani', en: 'Queue tickets served' }, satuan: 'tiket',
    aspek: 'kuantitas', lingkup: ['pegawai'], arah: 'naik', sumber: 'antrian', jenisRekaman: 'tiket', agregasiTahunan: 'jumlah',
    definisi: 'Jumlah tiket antrian yang dilayani pegawai sampai selesai dalam periode.',
  },
  {
    kode: 'antrian.layanan_median_menit', label: { id: 'Median waktu layanan loket', en: 'Median counter service time' }, satuan: 'menit',
    aspek: 'waktu', lingkup: ['pegawai', 'lokasi'], arah: 'turun', sumber: 'antrian', jenisRekaman: 'tiket', agregasiTahunan: 'rata_tertimbang',
    definisi: 'Median menit dari tiket dipanggil sampai selesai dilayani, atas tiket yang selesai dalam periode.',
  },
  {
    kode: 'antrian.persen_dalam_standar', label: { id: 'Tiket dilayani dalam standar waktu', en: 'Tickets served within the standard time' }, satuan: '%',
    aspek: 'kualitas', lingkup: ['pegawai', 'lokasi'], arah: 'naik', sumber: 'antrian', jenisRekaman: 'tiket', agregasiTahunan: 'rata_tertimbang',
    definisi: 'Persentase tiket selesai yang waktu layanannya tidak melebihi standar menit layanannya.',
  },
  {
    kode: 'antrian.tunggu_median_menit', label: { id: 'Median waktu tunggu antrian', en: 'Median queue waiting time' }, satuan: 'menit',
    aspek: 'waktu', lingkup: ['lokasi'], arah: 'turun', sumber: 'antrian', jenisRekaman: 'tiket', agregasiTahunan: 'rata_tertimbang',
    definisi: 'Median menit dari check-in sampai panggilan pertama di lokasi antrian.',
  },
  {
    kode: 'permohonan.selesai', label: { id: 'Permohonan diselesaikan', en: 'Applications completed' }, satuan: 'permohonan',
    aspek: 'kuantitas', lingkup: ['pegawai', 'unit'], arah: 'naik', sumber: 'layanan', jenisRekaman: 'permohonan', agregasiTahunan: 'jumlah',
    definisi: 'Jumlah permohonan daring yang selesai dalam periode (oleh pegawai sebagai petugas, atau oleh unit).',
  },
  {
    kode: 'permohonan.persen_tepat_waktu', label: { id: 'Permohonan selesai tepat waktu', en: 'Applications completed on time' }, satuan: '%',
    aspek: 'waktu', lingkup: ['pegawai', 'unit'], arah: 'naik', sumber: 'layanan', jenisRekaman: 'permohonan', agregasiTahunan: 'rata_tertimbang',
    definisi: 'Persentase permohonan selesai dalam periode yang selesai dalam jangka waktu standar pelayanan (hari kerja).',
  },
  {
    kode: 'pengaduan.persen_tindak_lanjut_tepat', label: { id: 'Pengaduan ditindaklanjuti tepat waktu', en: 'Complaints followed up on time' }, satuan: '%',
    aspek: 'waktu', lingkup: ['unit'], arah: 'naik', sumber: 'layanan', jenisRekaman: 'pengaduan', agregasiTahunan: 'rata_tertimbang',
    definisi: 'Persentase pengaduan yang masuk ke unit dalam periode dan ditindaklanjuti sebelum batas waktunya.',
  },
  {
    kode: 'skm.ikm', label: { id: 'Indeks Kepuasan Masyarakat (IKM) unit', en: 'Community Satisfaction Index (IKM) of the unit' }, satuan: 'nilai IKM (25–100)',
    aspek: 'kualitas', lingkup: ['unit'], arah: 'naik', sumber: 'skm', jenisRekaman: 'skm_survei', agregasiTahunan: 'rata_tertimbang',
    definisi: 'IKM (PermenPANRB 14/2017, skala 25–100) dari jawaban survei unit yang masuk dalam periode; kosong bila responden belum mencapai ambang anonimitas.',
  },
];

const PER_KODE = new Map<string, Metrik>(METRIK.map((m) => [m.kode, m]));

/** The catalogue entry of a code, or undefined for an unknown code. */
export function cariMetrik(kode: string | null | undefined): Metrik | undefined {
  return kode ? PER_KODE.get(kode) : undefined;
}

/** Whether `lingkup` is a scope the metric can be computed for. */
export function lingkupSah(kode: string, lingkup: string | null | undefined): boolean {
  const m = cariMetrik(kode);
  return !!m && !!lingkup && (m.lingkup as readonly string[]).includes(lingkup);
}

/** Hint of {@link bandingkanTarget}: how a figure compares with its target. */
export type HasilBanding = 'di_atas' | 'sesuai' | 'di_bawah';

/**
 * A HINT for the pejabat penilai of how an automatic figure compares with the indikator's target — never a
 * rating (kinerja.md §1.5: ratings are set "with no mathematical formula and no weighting"; the penilai
 * judges from realisasi and bukti dukung). Rule:
 * - `naik` (higher is better): nilai < target → di_bawah; target ≤ nilai < target × (1 + margin) → sesuai;
 *   nilai ≥ target × (1 + margin) → di_atas;
 * - `turun` (lower is better, e.g. minutes): nilai > target → di_bawah; target × (1 − margin) < nilai ≤
 *   target → sesuai; nilai ≤ target × (1 − margin) → di_atas.
 * `margin` is a fraction (default 0.1 = 10 % beyond the target counts as "above").
 * @returns null when there is no figure or no meaningful target (null, not finite, or ≤ 0)
 */
export function bandingkanTarget(
  nilai: number | null | undefined, target: number | null | undefined, arah: ArahMetrik, margin = 0.1,
): HasilBanding | null {
  if (nilai == null || target == null || !Number.isFinite(nilai) || !Number.isFinite(target) || target <= 0) return null;
  // Thresholds rounded to 1e-9 so that 100 × 1.1 is 110, not 110.00000000000001.
  const batas = (f: number) => Math.round(target * f * 1e9) / 1e9;
  if (arah === 'naik') {
    if (nilai < target) return 'di_bawah';
    return nilai >= batas(1 + margin) ? 'di_atas' : 'sesuai';
  }
  if (nilai > target) return 'di_bawah';
  return nilai <= batas(1 - margin) ? 'di_atas' : 'sesuai';
}

/**
 * The share of an indikator's target that applies to one evaluation period, for comparing a period's figure
 * ({@link bandingkanTarget}). An SKP target is set for the SKP's span, normally the year (kinerja.md §1.2:
 * "12 Dokumen", "1.200 tiket"); a COUNT (`agregasiTahunan` 'jumlah', e.g. tickets served) builds up over the
 * year, so a month is compared with target × 1/12, a quarter with 3/12. Percentages, medians and IKM
 * ('rata_tertimbang') hold in every period and keep the whole target.
 * @param bulanPeriode months the period spans (1 month, 3 quarter, 6 semester, 12 the year)
 * @param bulanSkp months the SKP spans (12 normally; fewer after a mutasi)
 * @returns the period's target, or null without a target
 */
export function targetPeriode(
  target: number | null | undefined, cara: AgregasiTahunan, bulanPeriode: number, bulanSkp = 12,
): number | null {
  if (target == null || !Number.isFinite(target)) return null;
  if (cara !== 'jumlah' || bulanSkp <= 0 || bulanPeriode >= bulanSkp) return target;
  return Math.round(((target * bulanPeriode) / bulanSkp) * 100) / 100;
}

/** Months from the month of `dari` to the month of `sampai` inclusive ('YYYY-MM-DD'); 1 for one month. */
export function jumlahBulan(dari: string, sampai: string): number {
  const [y1, m1] = dari.split('-').map(Number) as [number, number];
  const [y2, m2] = sampai.split('-').map(Number) as [number, number];
  return Math.max(1, (y2 * 12 + m2) - (y1 * 12 + m1) + 1);
}

/** One period's figure as input to {@link agregatTahunan}. */
export type NilaiPeriode = { angka: number | null; bobot: number };

/**
 * The annual figure of a metric from the periods' figures (see {@link AgregasiTahunan}): `jumlah` sums the
 * periods with a figure; `rata_tertimbang` averages them weighted by `bobot` (records behind each figure;
 * periods with bobot 0 or no figure are left out), rounded to 2 decimals.
 * @returns null when no period has a figure
 */
export function agregatTahunan(cara: AgregasiTahunan, nilai: readonly NilaiPeriode[]): number | null {
  const ada = nilai.filter((n): n is { angka: number; bobot: number } => n.angka != null && Number.isFinite(n.angka));
  if (!ada.length) return null;
  if (cara === 'jumlah') return Math.round(ada.reduce((s, n) => s + n.angka, 0) * 100) / 100;
  const berbobot = ada.filter((n) => n.bobot > 0);
  if (!berbobot.length) return null;
  const w = berbobot.reduce((s, n) => s + n.bobot, 0);
  return Math.round((berbobot.reduce((s, n) => s + n.angka * n.bobot, 0) / w) * 100) / 100;
}
