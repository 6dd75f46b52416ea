/**
 * Display helpers of the kinerja feature. Dates of the performance year are WIB calendar dates
 * 'YYYY-MM-DD' (shown without any time-zone shift); instants are shown in WIB (Asia/Jakarta).
 */
const lokal = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/** '2026-01-31' → "31 Januari 2026" (en: "31 January 2026"); anything else is returned unchanged. */
export function formatTanggal(tanggal: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  if (!m) return tanggal;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lokal(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** ISO instant → "30 Nov 2026, 07.50 WIB" (history). */
export function formatWaktu(iso: string, lang: string): string {
  const s = new Intl.DateTimeFormat(lokal(lang), {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
  return `${s} WIB`;
}

/** A target as read: 12 + "dokumen" → "12 dokumen", 12.5 + "%" → "12,5%" (no space before %), narrative as is. */
export function formatTarget(
  x: { targetAngka: number | null; targetSatuan: string | null; targetNarasi: string | null },
  pendekatan: 'kuantitatif' | 'kualitatif',
  lang: string,
): string {
  if (pendekatan === 'kualitatif') return x.targetNarasi?.trim() || '—';
  if (x.targetAngka == null) return '—';
  const angka = new Intl.NumberFormat(lokal(lang), { maximumFractionDigits: 2 }).format(x.targetAngka);
  const satuan = x.targetSatuan?.trim();
  if (!satuan) return angka;
  return satuan === '%' ? `${angka}%` : `${angka} ${satuan}`;
}

/** The years offered by the year picker: from the year before the shown one to the next year, plus the shown one. */
export function pilihanTahun(tahun: number, kini: number): number[] {
  const s = new Set([kini - 1, kini, kini + 1, tahun]);
  return [...s].sort((a, b) => b - a);
}
