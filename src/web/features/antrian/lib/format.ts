import { normalisasiTelepon } from '../../../../domain/shared/telepon.ts';

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

/**
 * A mobile number shown back on the confirmation step with its middle hidden, in the national form:
 * '+62 812-3456-7890' → '0812****7890'. Text that is not an Indonesian mobile number comes back unchanged.
 */
export function samarkanTelepon(telepon: string): string {
  const n = normalisasiTelepon(telepon);
  if (!n) return telepon;
  const nasional = `0${n.slice(2)}`;
  return `${nasional.slice(0, 4)}${'*'.repeat(nasional.length - 8)}${nasional.slice(-4)}`;
}
