/** Date display in WIB (Asia/Jakarta) for the catalogue pages, whatever the device's time zone. */
const ZONA = 'Asia/Jakarta';
const lokal = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/** ISO instant → "1 Juli 2026" (its WIB date). */
export const formatTanggalWib = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lokal(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONA }).format(new Date(iso));

/** ISO instant → "1 Juli 2026 08.00 WIB" (time only when not midnight WIB). */
export function formatBerlaku(iso: string, lang: string): string {
  const d = new Date(iso);
  const jam = new Intl.DateTimeFormat(lokal(lang), { hour: '2-digit', minute: '2-digit', timeZone: ZONA }).format(d);
  const tengahMalam = /^00[.:]00$/.test(jam);
  return tengahMalam ? formatTanggalWib(iso, lang) : `${formatTanggalWib(iso, lang)} ${jam} WIB`;
}

/** 'YYYY-MM-DD' → "15 Desember 2025". */
export const formatTanggal = (tanggal: string, lang: string) =>
  new Intl.DateTimeFormat(lokal(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${tanggal}T00:00:00Z`));
