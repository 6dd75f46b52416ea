import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of the citizen side of module `antrian` (booking, ticket page, kiosk; pelayanan.md §3). */
export const TiketErrors = defineErrors({
  /** 400: one or more fields are invalid (NIK, telepon, tanggal, sesi); `errors` names them. */
  DATA_TIDAK_VALID: ['VALIDASI', 'Data yang Anda isi belum benar. Periksa kembali kolom yang ditandai.'],
  /** 404: the lokasi does not exist or is not active. */
  LOKASI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Lokasi layanan tidak ditemukan atau sedang tidak menerima antrian.'],
  /** 404: the layanan does not exist, is inactive, or belongs to another lokasi. */
  LAYANAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Layanan tidak ditemukan atau sedang tidak dibuka.'],
  /** 404: no ticket with this booking code (or the QR code is not genuine). */
  TIKET_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Tiket dengan kode ini tidak ditemukan. Periksa kembali kode booking Anda.'],
  /** 409: no place left in the session or in the day's online quota (pelayanan.md §3.2). */
  ANTRIAN_PENUH: ['KONFLIK', 'Sesi ini sudah penuh. Silakan pilih sesi atau tanggal lain.'],
  /** 409 (field `nik`): the NIK already holds an active booking for this layanan on this day (pelayanan.md §3.2 per-NIK limits). */
  ANTRIAN_BATAS_TELEPON: ['KONFLIK', 'Nomor WhatsApp ini sudah dipakai untuk terlalu banyak antrian aktif pada tanggal tersebut.'],
  ANTRIAN_NIK_AKTIF: ['KONFLIK', 'NIK ini sudah memiliki antrian aktif untuk layanan ini pada tanggal tersebut.'],
  /** 409: walk-in places of the day are used up. */
  WALKIN_PENUH: ['KONFLIK', 'Kuota antrian langsung (walk-in) untuk layanan ini hari ini sudah habis.'],
  /** 409: the walk-in kiosk is used on a closed day or outside the service hours. */
  DI_LUAR_JAM_LAYANAN: ['KONFLIK', 'Lokasi ini sedang tidak melayani (di luar hari atau jam layanan).'],
  /** 403: the last 4 NIK digits (second factor for cancel/reschedule) do not match. */
  NIK_TIDAK_COCOK: ['DILARANG', 'Empat angka terakhir NIK tidak cocok dengan tiket ini.'],
  /** 409: the ticket can no longer be cancelled/rescheduled (already checked in, called, served or closed). */
  TIKET_TIDAK_DAPAT_DIUBAH: ['KONFLIK', 'Tiket ini tidak dapat diubah lagi karena sudah diproses atau sudah tidak berlaku.'],
  /** 403: a petugas acting on a lokasi of another OPD. */
  DI_LUAR_OPD: ['DILARANG', 'Lokasi layanan ini milik perangkat daerah lain.'],
  /** 409: check-in before the window opens; the message names the opening time (WIB). */
  CHECK_IN_TERLALU_AWAL: ['KONFLIK', 'Check-in belum dibuka.'],
  /** 410: check-in after the window closed; the ticket is now kedaluwarsa. */
  CHECK_IN_TERLAMBAT: ['KEDALUWARSA', 'Anda terlambat: waktu check-in untuk tiket ini sudah lewat. Silakan ambil antrian baru.'],
  /** 409: the ticket is for another lokasi or another day. */
  CHECK_IN_SALAH_TEMPAT: ['KONFLIK', 'Tiket ini bukan untuk lokasi ini atau bukan untuk hari ini.'],
  /** 409: the ticket is not (any more) waiting for a check-in. */
  CHECK_IN_TIDAK_BISA: ['KONFLIK', 'Tiket ini tidak dapat check-in.'],
});
