/** Number and date formatting of the statistics screen in the UI language (Indonesian: "12,5"; dates "30 Nov 2026"). */
const angka = new Map<string, Intl.NumberFormat>();
const locale = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/** A figure with at most `digits` decimals, or an en dash when there is nothing to measure. */
export function formatAngka(v: number | null | undefined, lang: string, digits = 1): string {
  if (v == null || !Number.isFinite(v)) return '–';
  const key = `${locale(lang)}:${digits}`;
  let f = angka.get(key);
  if (!f) angka.set(key, (f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits })));
  return f.format(v);
}

/** A percentage figure (already 0–100) with its sign: "66,7 %" / "66.7%". */
export function formatPersen(v: number | null | undefined, lang: string): string {
  if (v == null) return '–';
  return lang.startsWith('en') ? `${formatAngka(v, lang)}%` : `${formatAngka(v, lang)} %`;
}

const TANGGAL = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 'YYYY-MM-DD' (a WIB calendar day) as a short date; `panjang` adds the year. Safe for any input (chart
 * callbacks pass `undefined` while no point is hovered): anything that is not a valid calendar day comes
 * back as text unchanged ('' for null/undefined) instead of throwing "Invalid time value".
 */
export function formatTanggal(tanggal: unknown, lang: string, panjang = false): string {
  if (tanggal == null) return '';
  const teks = String(tanggal);
  const d = new Date(`${teks}T00:00:00Z`);
  if (!TANGGAL.test(teks) || Number.isNaN(d.getTime())) return teks;
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', day: 'numeric', month: 'short', year: panjang ? 'numeric' : undefined }).format(d);
}
