import { defineErrors } from '../../lib/app-error.ts';

/**
 * Error codes of the kinerja dokumen part (documents, exports, angka kredit, year settings). The SKP-level
 * 404 is KinerjaErrors.SKP_TIDAK_DITEMUKAN (kinerja.errors.ts).
 */
export const DokumenErrors = defineErrors({
  /**
   * 404: no OPD with this id — or one the caller may not see (admin: any; admin OPD: own; the kepala OPD:
   * the OPD they head). The same answer either way, so existence is not revealed.
   */
  OPD_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Perangkat daerah tidak ditemukan.'],
  /** 409: the year already has realisasi or penilaian, so its period kind can no longer change (field body.jenisPeriode). */
  PERIODE_TERKUNCI: ['KONFLIK', 'Jenis periode tidak dapat diubah karena tahun ini sudah memiliki realisasi atau penilaian.'],
  /** 400: a setting is out of range (fields under body.…). */
  PENGATURAN_TIDAK_VALID: ['VALIDASI', 'Pengaturan tahun kinerja tidak valid.'],
  /** 404: the jenjang has no koefisien row (should not happen after lazy seeding). */
  KOEFISIEN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Koefisien angka kredit untuk jenjang ini tidak ditemukan.'],
});
