/**
 * Client-side checks of complaint photos before upload (the server checks again by content: unggahan.ts
 * `kenaliBerkas`). Pure, so the rules are tested without a browser.
 */

export type JenisFoto = 'jpeg' | 'png';

/** Photos per complaint (plan: `foto` up to 3 JPEG/PNG). */
export const MAKS_FOTO = 3;
/** Default size cap per photo (LAYANAN_MAKS_BERKAS_MB = 5), used when the API does not say otherwise. */
export const MAKS_FOTO_BYTE = 5 * 1024 * 1024;

/**
 * The image kind from a file's first bytes: JPEG starts FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A; null otherwise
 * (a renamed PDF or HEIC photo is refused before it is sent, with the same rule the server applies).
 */
export function kenaliFoto(awal: Uint8Array): JenisFoto | null {
  if (awal.length >= 3 && awal[0] === 0xff && awal[1] === 0xd8 && awal[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (awal.length >= 8 && png.every((b, i) => awal[i] === b)) return 'png';
  return null;
}

export type CalonFoto = { nama: string; ukuran: number; jenis: JenisFoto | null };
export type GalatFoto = { nama: string; alasan: 'jenis' | 'ukuran' | 'jumlah' };

/**
 * Which of the newly chosen photos may join the `sudah` already attached: each must be JPEG/PNG by content
 * and at most `maksByte`; photos beyond `maksJumlah` in total are refused ('jumlah'), in the order chosen.
 *
 * @returns the indexes of `baru` accepted, and one error per refused photo
 */
export function saringFoto(
  sudah: number,
  baru: CalonFoto[],
  o: { maksByte: number; maksJumlah: number } = { maksByte: MAKS_FOTO_BYTE, maksJumlah: MAKS_FOTO },
): { diterima: number[]; galat: GalatFoto[] } {
  const diterima: number[] = [];
  const galat: GalatFoto[] = [];
  baru.forEach((f, i) => {
    if (!f.jenis) galat.push({ nama: f.nama, alasan: 'jenis' });
    else if (f.ukuran > o.maksByte) galat.push({ nama: f.nama, alasan: 'ukuran' });
    else if (sudah + diterima.length >= o.maksJumlah) galat.push({ nama: f.nama, alasan: 'jumlah' });
    else diterima.push(i);
  });
  return { diterima, galat };
}
