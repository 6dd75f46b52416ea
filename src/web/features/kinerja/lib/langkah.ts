import type { SkpRingkas, StatusSkp, Tim } from '../../../../contracts/kinerja-skp.ts';

/**
 * "What now?" for the pegawai's SKP of a year, in plain words (issue #5 Planning; workflow kinerja.md §7.5):
 * - no SKP → `susun` "Susun SKP Anda";
 * - draft → `lengkapi` "Lengkapi SKP Anda lalu ajukan ke <penilai>" (`tanpaPenilai` when nobody rates it yet);
 * - diajukan → `menunggu` "Menunggu persetujuan <penilai>";
 * - dikembalikan → `dikembalikan` "Dikembalikan: <catatan>";
 * - disetujui → `disetujui` "Disetujui — isi realisasi tiap periode".
 * Returns an i18n key under `langkah.` and its values; the page translates it.
 */
export type Langkah = { kunci: 'susun' | 'lengkapi' | 'tanpaPenilai' | 'menunggu' | 'dikembalikan' | 'disetujui'; nilai: Record<string, string> };

export function langkahBerikut(
  skp: Pick<SkpRingkas, 'status' | 'catatanKembali' | 'penilai'> | null,
  penilaiSaatIni?: { nama: string } | null,
): Langkah {
  if (!skp) return { kunci: 'susun', nilai: {} };
  const nama = skp.penilai?.nama ?? penilaiSaatIni?.nama ?? null;
  switch (skp.status) {
    case 'draft':
      return nama ? { kunci: 'lengkapi', nilai: { nama } } : { kunci: 'tanpaPenilai', nilai: {} };
    case 'diajukan':
      return nama ? { kunci: 'menunggu', nilai: { nama } } : { kunci: 'tanpaPenilai', nilai: {} };
    case 'dikembalikan':
      return { kunci: 'dikembalikan', nilai: { catatan: skp.catatanKembali?.trim() || '—' } };
    case 'disetujui':
      return { kunci: 'disetujui', nilai: {} };
  }
}

/**
 * The SKP the "my year" card puts first: the running one (`aktif`), else the latest. My SKPs come oldest
 * first; after a mutasi there are two (the old one ended, the new one running).
 */
export function skpUtama<T extends Pick<SkpRingkas, 'aktif'>>(daftar: readonly T[]): T | null {
  return [...daftar].reverse().find((s) => s.aktif) ?? daftar.at(-1) ?? null;
}

/** Light-badge colour per SKP status (the text is always written too: colour is never the only signal). */
export const WARNA_STATUS_SKP: Record<StatusSkp, string> = {
  draft: 'gray', diajukan: 'blue', disetujui: 'green', dikembalikan: 'orange',
};

export type BarisTim = Tim['bawahan'][number];

/**
 * The team list in the order an atasan works through it: direct bawahan first (those needing an action
 * first within each group), then the indirect ones (read-only), each group by name.
 */
export function urutkanTim(bawahan: readonly BarisTim[]): BarisTim[] {
  const perlu = (b: BarisTim) => (b.perluTindakan.length > 0 ? 0 : 1);
  return [...bawahan].sort((a, b) =>
    Number(b.langsung) - Number(a.langsung) || perlu(a) - perlu(b) || a.pegawai.nama.localeCompare(b.pegawai.nama, 'id'));
}

/**
 * Pending actions of one bawahan as badge texts' keys: "SKP menunggu persetujuan", "Periode Oktober 2026
 * belum dinilai" (one per unrated period, the oldest first, at most `maks`; the rest counted in `lainnya`),
 * "Penilaian tahunan belum diisi".
 * @param labelPeriode ke → label ("Oktober 2026") from the year's periods
 */
export function tindakanTim(
  b: Pick<BarisTim, 'perluTindakan' | 'periodeBelumDinilai'>,
  labelPeriode: (ke: number) => string,
  maks = 2,
): { lencana: { kunci: 'setujuiSkp' | 'nilaiPeriode' | 'nilaiTahunan'; nilai: Record<string, string>; ke?: number }[]; lainnya: number } {
  const lencana: { kunci: 'setujuiSkp' | 'nilaiPeriode' | 'nilaiTahunan'; nilai: Record<string, string>; ke?: number }[] = [];
  if (b.perluTindakan.includes('setujui_skp')) lencana.push({ kunci: 'setujuiSkp', nilai: {} });
  let lainnya = 0;
  if (b.perluTindakan.includes('nilai_periode')) {
    const ke = [...b.periodeBelumDinilai].sort((x, y) => x - y);
    for (const k of ke.slice(0, maks)) lencana.push({ kunci: 'nilaiPeriode', nilai: { periode: labelPeriode(k) }, ke: k });
    lainnya = Math.max(0, ke.length - maks);
  }
  if (b.perluTindakan.includes('nilai_tahunan')) lencana.push({ kunci: 'nilaiTahunan', nilai: {} });
  return { lencana, lainnya };
}

/** "Oktober 2026" → "Oktober" when the year is the one on screen (badges say "Periode Oktober belum dinilai"). */
export function labelTanpaTahun(label: string, tahun: number): string {
  const akhir = ` ${tahun}`;
  return label.endsWith(akhir) ? label.slice(0, -akhir.length) : label;
}
