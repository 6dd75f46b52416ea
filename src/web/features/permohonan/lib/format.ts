/**
 * Display helpers of the permohonan feature. Every instant is shown in WIB (Asia/Jakarta, UTC+7, no DST;
 * pelayanan.md §6), whatever the device's time zone.
 */
const ZONA = 'Asia/Jakarta';
const lokal = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/**
 * ISO instant → the due date in plain words, in WIB:
 * '2026-12-03T03:00:00Z' → "Kamis, 3 Desember 2026 pukul 10.00 WIB" (en: "Thursday, 3 December 2026 at 10:00 WIB").
 */
export function formatTanggalJam(iso: string, lang: string): string {
  const s = new Intl.DateTimeFormat(lokal(lang), {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONA,
  }).format(new Date(iso));
  return `${s} WIB`;
}

/** ISO instant → "3 Des 2026, 10.00 WIB" (tables, history). */
export function formatWaktu(iso: string, lang: string): string {
  const s = new Intl.DateTimeFormat(lokal(lang), {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONA,
  }).format(new Date(iso));
  return `${s} WIB`;
}

/** Bytes → "850 KB" / "1,2 MB" (decimal comma in Indonesian). 1 KB = 1024 bytes. */
export function formatUkuran(byte: number, lang: string): string {
  const nf = new Intl.NumberFormat(lokal(lang), { maximumFractionDigits: 1 });
  if (byte < 1024) return `${byte} B`;
  if (byte < 1024 * 1024) return `${nf.format(Math.round(byte / 1024))} KB`;
  return `${nf.format(byte / (1024 * 1024))} MB`;
}

/** A fresh Idempotency-Key for one submission attempt (a retried request after a network error reuses it). */
export const kunciBaru = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * A 16-digit number shown back with its middle hidden, as the server masks it (pelayanan.md §5.2):
 * '1274015506900001' → '1274********0001'. Anything else comes back unchanged.
 */
export function samarkan16(nomor: string): string {
  const n = nomor.trim();
  return /^\d{16}$/.test(n) ? `${n.slice(0, 4)}********${n.slice(-4)}` : n;
}

/**
 * Normalises what a citizen types as a case number: trims, upper-cases, turns spaces/underscores into
 * dashes ('pm 2026 000123' → 'PM-2026-000123').
 */
export function normalisasiNomor(nomor: string): string {
  return nomor.trim().toUpperCase().replace(/[\s_]+/g, '-');
}

/** Kind of a public case number: 'PM' permohonan, 'PG' pengaduan, null for anything else (plan decision 1). */
export function jenisNomor(nomor: string): 'PM' | 'PG' | null {
  const m = /^(PM|PG)-\d{4}-\d{1,9}$/.exec(normalisasiNomor(nomor));
  return m ? (m[1] as 'PM' | 'PG') : null;
}

/** Normalises an access code ('k7pq m2xd' → 'K7PQ-M2XD'; 8 characters get the dash in the middle). */
export function normalisasiKode(kode: string): string {
  const s = kode.trim().toUpperCase().replace(/[\s_-]+/g, '');
  return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4)}` : kode.trim().toUpperCase();
}
