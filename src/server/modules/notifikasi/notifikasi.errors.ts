import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of module `notifikasi` (the outbox). */
export const NotifikasiErrors = defineErrors({
  /** 404: no outbox message with this id. */
  NOTIFIKASI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Notifikasi tidak ditemukan.'],
  /** 409: only a message with status `gagal` can be sent again (others are queued, in flight, sent or have no number). */
  NOTIFIKASI_BUKAN_GAGAL: ['KONFLIK', 'Hanya notifikasi yang gagal terkirim yang dapat dikirim ulang.'],
});
