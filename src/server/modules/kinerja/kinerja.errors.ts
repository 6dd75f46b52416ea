import { defineErrors } from '../../lib/app-error.ts';

/**
 * Error codes shared by every part of the kinerja module. Each part (skp, realisasi, penilaian, dokumen)
 * adds its own in `kinerja.<bagian>.errors.ts`.
 */
export const KinerjaErrors = defineErrors({
  /** 404: no SKP with this id — or one the caller may not see (the same answer, so existence is not revealed). */
  SKP_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'SKP tidak ditemukan.'],
  /** 403: the caller may see the SKP but this action belongs to someone else (e.g. only the pejabat penilai rates). */
  AKSES_DITOLAK: ['DILARANG', 'Tindakan ini hanya dapat dilakukan oleh pihak yang berwenang atas SKP ini.'],
  /** 403: the account is not linked to a pegawai (e.g. the BKPSDM admin account) and the action needs one. */
  BUKAN_PEGAWAI: ['DILARANG', 'Akun ini tidak terhubung dengan data pegawai.'],
  /** 400: a period number outside the year's periods; field names it. */
  PERIODE_TIDAK_VALID: ['VALIDASI', 'Periode penilaian tidak valid.'],
  /** 409: the SKP (or the year's penilaian) is locked by penetapan. */
  TERKUNCI: ['KONFLIK', 'Penilaian tahun ini sudah ditetapkan dan tidak dapat diubah.'],
  /** 409: someone changed it since it was loaded (optimistic concurrency on `revisi`). */
  REVISI_USANG: ['KONFLIK', 'Data ini baru saja diubah oleh orang lain. Muat ulang halaman lalu coba lagi.'],
});
