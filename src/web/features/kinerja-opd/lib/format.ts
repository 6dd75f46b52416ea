import { ZONA_WIB } from '../../../../domain/shared/tanggal.ts';

/**
 * Number, percent and WIB date formatting of the kinerja-opd screens. Instants from the API are ISO UTC and
 * are shown in WIB; dates 'YYYY-MM-DD' are WIB calendar dates and are shown as such (never shifted).
 */
const lokal = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/** A count or a value with up to `desimal` decimals in the language's notation (1.234,5 / 1,234.5). */
export const formatAngka = (n: number, lang: string, desimal = 0) =>
  new Intl.NumberFormat(lokal(lang), { maximumFractionDigits: desimal, minimumFractionDigits: 0 }).format(n);

/** A percentage with one decimal ("66,7%"), or "—" for null (nothing to divide). */
export const formatPersen = (n: number | null, lang: string) => (n === null ? '—' : `${formatAngka(n, lang, 1)}%`);

/** An instant in WIB, e.g. "30 Nov 2026 07.50 WIB". */
export function formatWaktu(iso: string, lang: string): string {
  const s = new Intl.DateTimeFormat(lokal(lang), {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONA_WIB,
  }).format(new Date(iso));
  return `${s} WIB`;
}

/** A WIB calendar date 'YYYY-MM-DD' as "14 Des 2026" (weekday optional), without any timezone shift. */
export function formatTanggal(tanggal: string, lang: string, hari = false): string {
  const [y, m, d] = tanggal.split('-').map(Number);
  return new Intl.DateTimeFormat(lokal(lang), {
    weekday: hari ? 'long' : undefined, day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
