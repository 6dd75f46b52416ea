/** Date/time display of the pengaduan screens: always WIB (Asia/Jakarta), whatever the device's time zone. */
const ZONA = 'Asia/Jakarta';
const lokal = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/** ISO instant → "30 Nov 2026 07.50 WIB". */
export function formatWaktu(iso: string, lang: string): string {
  const d = new Date(iso);
  const tanggal = new Intl.DateTimeFormat(lokal(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: ZONA }).format(d);
  const jam = new Intl.DateTimeFormat(lokal(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONA }).format(d);
  return `${tanggal} ${jam} WIB`;
}

/** ISO instant → "Kamis, 3 Desember 2026" (the WIB calendar day; deadlines are whole working days). */
export const formatTanggalPanjang = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lokal(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONA })
    .format(new Date(iso));

/** Bytes → "1,5 MB" / "820 KB" (Indonesian decimal comma; 1 MB = 1024 × 1024 bytes, as the server counts). */
export function formatUkuran(byte: number, lang: string): string {
  const nf = (v: number, d: number) => new Intl.NumberFormat(lokal(lang), { maximumFractionDigits: d }).format(v);
  if (byte >= 1024 * 1024) return `${nf(byte / (1024 * 1024), 1)} MB`;
  if (byte >= 1024) return `${nf(byte / 1024, 0)} KB`;
  return `${nf(byte, 0)} B`;
}

/** A coordinate pair for people: "2.96610, 99.80040" (5 decimals ≈ 1 m), point as decimal separator as maps use. */
export const formatKoordinat = (lat: number, lng: number) => `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

/** A link that opens the point on OpenStreetMap (no API key, no tracking script on our pages). */
export const tautanPeta = (lat: number, lng: number) =>
  `https://www.openstreetmap.org/?mlat=${lat.toFixed(6)}&mlon=${lng.toFixed(6)}#map=18/${lat.toFixed(6)}/${lng.toFixed(6)}`;

/** A fresh Idempotency-Key for one submission attempt (a retried POST on a flaky phone network files once). */
export const kunciBaru = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`);
