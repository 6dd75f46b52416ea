import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of module `kalender` (the shared working-day calendar, pelayanan.md §6). */
export const KalenderErrors = defineErrors({
  /** 404: no closed day with this id. */
  HARI_LIBUR_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Hari libur tidak ditemukan.'],
  /** 409 (field `body.tanggal`): the calendar already has an entry on this date (one entry per date). */
  TANGGAL_GANDA: ['KONFLIK', 'Tanggal ini sudah ada di kalender. Ubah entri yang ada bila perlu.'],
});
