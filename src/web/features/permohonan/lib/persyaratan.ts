import type { PersyaratanItem } from '../../../../contracts/layanan.ts';

/**
 * Does the layanan need the applicant's KK number? Yes when a required persyaratan item is the Kartu
 * Keluarga (kode `kk`, `kk-…`, `…-kk`, or a name mentioning "Kartu Keluarga"): Disdukcapil services that
 * change or rely on the family record (pelayanan.md §2.2). Otherwise the KK field is optional.
 */
export function perluKk(persyaratan: readonly Pick<PersyaratanItem, 'kode' | 'nama' | 'wajib'>[]): boolean {
  return persyaratan.some((p) => p.wajib === 'wajib' && (/(^|-)kk($|-)/.test(p.kode) || /kartu keluarga/i.test(p.nama)));
}
