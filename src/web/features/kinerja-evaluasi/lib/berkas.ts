/**
 * Upload limits of bukti dukung, checked before sending. The server is the judge (content check,
 * src/server/lib/unggahan.ts); these mirror LAYANAN_MAKS_BERKAS_MB (default 5).
 */
export const MAKS_BERKAS_MB = 5;
export const MAKS_BERKAS_BYTE = MAKS_BERKAS_MB * 1024 * 1024;

/** The `accept` attribute of a bukti upload: PDF, JPEG, PNG. */
export const TERIMA_BERKAS = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/** Client-side check of a chosen file (type by MIME or extension, size): the i18n key of the problem, or null. */
export function periksaBerkas(f: { name: string; type: string; size: number }): 'jenisBerkasSalah' | 'berkasBesar' | null {
  const nama = f.name.toLowerCase();
  const ok = ['application/pdf', 'image/jpeg', 'image/png'].includes(f.type) || /\.(pdf|jpe?g|png)$/.test(nama);
  if (!ok) return 'jenisBerkasSalah';
  if (f.size > MAKS_BERKAS_BYTE) return 'berkasBesar';
  return null;
}

/** True when `s` is an http(s) URL (links as bukti dukung; the server refuses javascript:, data:, file:). */
export function isTautanSah(s: string): boolean {
  try {
    const u = new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
