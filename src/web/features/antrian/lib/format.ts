/** Date/time display in WIB (Asia/Jakarta), whatever the device's time zone. */
const ZONA = 'Asia/Jakarta';
const lokal = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/** 'YYYY-MM-DD' → "Senin, 7 Desember 2026". */
export const formatTanggal = (tanggal: string, lang: string) =>
  new Intl.DateTimeFormat(lokal(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${tanggal}T00:00:00Z`));

/** 'YYYY-MM-DD' → "Sen, 7 Des". */
export const formatTanggalPendek = (tanggal: string, lang: string) =>
  new Intl.DateTimeFormat(lokal(lang), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(`${tanggal}T00:00:00Z`));

/** ISO instant → "07.30" (WIB). */
export const formatJam = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lokal(lang), { hour: '2-digit', minute: '2-digit', timeZone: ZONA }).format(new Date(iso));

/** ISO instant → "7 Des 2026 07.30" (WIB). */
export const formatWaktu = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lokal(lang), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONA }).format(new Date(iso));

/** A fresh Idempotency-Key for one booking attempt. */
export const kunciBaru = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`);
