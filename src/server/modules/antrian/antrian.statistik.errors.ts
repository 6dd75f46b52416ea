import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of the queue statistics (antrian.statistik.*). */
export const StatistikErrors = defineErrors({
  /** 400 (field `querystring.sampai`): dari after sampai, or a range longer than 366 days. */
  ANTRIAN_RENTANG_TIDAK_VALID: ['VALIDASI', 'Rentang tanggal tidak valid.'],
  /** 404: the lokasiId of the filter does not exist. */
  ANTRIAN_LOKASI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Lokasi antrian tidak ditemukan.'],
  /** 403: an admin OPD asking for a lokasi whose unit belongs to another OPD. */
  ANTRIAN_DI_LUAR_OPD: ['DILARANG', 'Lokasi antrian ini milik perangkat daerah lain.'],
  /** 403: the caller holds none of the roles that may read queue statistics (admin, admin_opd, pimpinan). */
  ANTRIAN_STATISTIK_DILARANG: ['DILARANG', 'Anda tidak memiliki akses ke statistik antrian.'],
});
