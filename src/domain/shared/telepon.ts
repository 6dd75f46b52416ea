/**
 * Indonesian mobile numbers for WhatsApp/SMS notifications (pelayanan.md §3.2 "SMS/WhatsApp
 * notification"). Pure.
 */

/**
 * Normalises a mobile number typed as `08…`, `628…` or `+62 8…` (spaces, dots, dashes and brackets
 * ignored) to the international form `628…` used by WhatsApp gateways. Valid when the national form
 * (`08…`) has 10–15 digits.
 * @example normalisasiTelepon('0812-3456-7890') → '6281234567890'
 * @returns the normalised number, or null when it is not an Indonesian mobile number
 */
export function normalisasiTelepon(teks: string): string | null {
  const bersih = teks.trim().replace(/[\s.\-()]/g, '');
  const m = /^(?:\+?62|0)(8\d*)$/.exec(bersih);
  if (!m) return null;
  const nasional = `0${m[1]}`;
  return nasional.length >= 10 && nasional.length <= 15 ? `62${m[1]}` : null;
}
