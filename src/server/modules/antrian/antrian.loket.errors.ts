import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of the counter console and display board (pelayanan.md §3.2). Messages for petugas. */
export const LoketErrors = defineErrors({
  /** 404: the loket does not exist or is inactive. */
  LOKET_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Loket tidak ditemukan atau tidak aktif.'],
  /** 404: the ticket does not exist (or belongs to another lokasi than the petugas's loket). */
  TIKET_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Tiket tidak ditemukan di lokasi loket Anda.'],
  /** 404: the lokasi does not exist or is inactive. */
  LOKASI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Lokasi layanan tidak ditemukan.'],
  /** 403: the loket's lokasi belongs to a unit outside the petugas's OPD. */
  DI_LUAR_OPD: ['DILARANG', 'Loket ini milik perangkat daerah lain.'],
  /** 409: another petugas is signed in to the loket (the message names them). */
  LOKET_DIPAKAI: ['KONFLIK', 'Loket ini sedang dipakai petugas lain.'],
  /** 409: the petugas is already signed in to another loket (one loket per petugas). */
  SUDAH_DI_LOKET_LAIN: ['KONFLIK', 'Anda masih masuk di loket lain. Keluar dari loket itu terlebih dahulu.'],
  /** 409: a console action without being signed in to a loket. */
  BELUM_MASUK_LOKET: ['KONFLIK', 'Anda belum masuk ke loket. Pilih loket terlebih dahulu.'],
  /** 409: calling the next / leaving while a ticket is still called or served at the loket. */
  MASIH_MELAYANI: ['KONFLIK', 'Selesaikan, tahan, atau lewati tiket yang sedang dipanggil/dilayani terlebih dahulu.'],
  /** 404: nobody waits for the layanan of this loket. */
  ANTRIAN_KOSONG: ['TIDAK_DITEMUKAN', 'Tidak ada antrean yang menunggu untuk loket ini.'],
  /** 409: the ticket's status does not allow the action (the message names ticket, status and action). */
  TRANSISI_DITOLAK: ['KONFLIK', 'Status tiket tidak memungkinkan tindakan ini.'],
  /** 409: the ticket is called/served/parked at another loket. */
  BUKAN_TIKET_LOKET_INI: ['KONFLIK', 'Tiket ini sedang ditangani loket lain.'],
  /** 400: transfer target (layanan or loket) is not an active one of the same lokasi, or the loket does not serve the layanan. */
  TUJUAN_TIDAK_VALID: ['VALIDASI', 'Tujuan pengalihan tidak valid.'],
  /** 401: display-board device token missing, unknown or revoked. */
  TOKEN_LAYAR_TIDAK_VALID: ['TIDAK_TERAUTENTIKASI', 'Perangkat layar belum terdaftar atau tokennya sudah dicabut. Minta admin membuat token layar baru.'],
});
