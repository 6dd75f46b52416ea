import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of module `org`. Each is rendered as problem+json by plugins/errors.ts. */
export const OrgErrors = defineErrors({
  /** The pegawai does not exist, or lies outside the caller's scope (own OPD / own reporting line). */
  PEGAWAI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Pegawai tidak ditemukan atau di luar wewenang Anda.'],
  /** PATCH atasan: the proposed atasan does not exist, is inactive, or is outside the admin OPD's own OPD. */
  ATASAN_TIDAK_VALID: ['VALIDASI', 'Atasan yang dipilih tidak ditemukan atau tidak aktif.'],
  /** PATCH atasan: a pegawai cannot be their own atasan. */
  ATASAN_DIRI_SENDIRI: ['KONFLIK', 'Pegawai tidak dapat menjadi atasan bagi dirinya sendiri.'],
  /** 403: an admin OPD changing their own reporting line (who rates them): only BKPSDM may. */
  ATASAN_SENDIRI_KHUSUS_ADMIN: ['DILARANG', 'Atasan (pejabat penilai) Anda sendiri hanya dapat diubah oleh admin BKPSDM.'],
  /** PATCH atasan: the proposed atasan is a (direct or indirect) bawahan of the pegawai: the line would loop. */
  ATASAN_SIKLUS: ['KONFLIK', 'Atasan yang dipilih adalah bawahan (langsung atau tidak langsung) dari pegawai ini, sehingga garis atasan menjadi melingkar.'],
});
