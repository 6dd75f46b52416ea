/**
 * Display helpers of the kinerja evaluation screens. Instants are shown in WIB (Asia/Jakarta), dates
 * 'YYYY-MM-DD' are WIB calendar dates (kinerja.md §0), numbers with the Indonesian decimal comma.
 */
const ZONA = 'Asia/Jakarta';
const lokal = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'id-ID');

/** ISO instant → "30 Nov 2026, 07.50 WIB". */
export function formatWaktu(iso: string, lang: string): string {
  const s = new Intl.DateTimeFormat(lokal(lang), {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONA,
  }).format(new Date(iso));
  return `${s} WIB`;
}

/** WIB date 'YYYY-MM-DD' → "Jumat, 18 Desember 2026" (weekday; the date is read as a calendar date, no zone shift). */
export function formatTanggal(tanggal: string, lang: string, hari = false): string {
  const [y, m, d] = tanggal.split('-').map(Number);
  return new Intl.DateTimeFormat(lokal(lang), {
    ...(hari ? { weekday: 'long' as const } : {}), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** A figure as Bahasa Indonesia writes it: up to 2 decimals, decimal comma (82.5 → "82,5"; 1200 → "1.200"). */
export function formatAngka(n: number, lang: string): string {
  return new Intl.NumberFormat(lokal(lang), { maximumFractionDigits: 2 }).format(n);
}

/**
 * A figure as it is put back into an input: no grouping, decimal comma (1234.5 → "1234,5"), so that
 * {@link bacaAngka} reads it back unchanged whatever the UI language.
 */
export function formatAngkaInput(n: number): string {
  return new Intl.NumberFormat('id-ID', { useGrouping: false, maximumFractionDigits: 10 }).format(n);
}

/** Bytes → "850 KB" / "1,2 MB". */
export function formatUkuran(byte: number, lang: string): string {
  const nf = new Intl.NumberFormat(lokal(lang), { maximumFractionDigits: 1 });
  if (byte < 1024) return `${byte} B`;
  if (byte < 1024 * 1024) return `${nf.format(Math.round(byte / 1024))} KB`;
  return `${nf.format(byte / (1024 * 1024))} MB`;
}

/** Today's WIB date 'YYYY-MM-DD' at `now` (for the keberatan window, which is inclusive of its last date). */
export function tanggalWib(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONA, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Parses what a person types as a figure: "1.234,5" (Indonesian) or "1234.5" → 1234.5; '' → null;
 * anything else → NaN (the form names the field).
 */
export function bacaAngka(teks: string): number | null {
  const s = teks.trim().replace(/\s/g, '');
  if (s === '') return null;
  let norm = s;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) norm = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) norm = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(norm) ? Number(norm) : Number.NaN;
}
