import { defineErrors } from '../../lib/app-error.ts';

/**
 * Error codes of the realisasi part of module `kinerja` (realisasi, bukti dukung, umpan balik, service
 * metrics). Shared codes (SKP_TIDAK_DITEMUKAN, AKSES_DITOLAK, PERIODE_TIDAK_VALID, TERKUNCI) are in
 * kinerja.errors.ts. A 404 for an object under an SKP the caller has no relation to is the same answer as
 * for one that does not exist (never reveal existence).
 */
export const RealisasiErrors = defineErrors({
  /** 404: no such indikator, or one under an SKP the caller may not see. */
  INDIKATOR_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Indikator tidak ditemukan.'],
  /** 404: no such realisasi, or one the caller may not see. */
  REALISASI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Realisasi tidak ditemukan.'],
  /** 404: no such bukti dukung, or one the caller may not see. */
  BUKTI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Bukti dukung tidak ditemukan.'],
  /** 404: the realisasi was typed by the pegawai — there are no source records to list. */
  SUMBER_TIDAK_ADA: ['TIDAK_DITEMUKAN', 'Realisasi ini diisi manual oleh pegawai; tidak ada data sumber layanan.'],
  /** 409: the indikator is bound to a service metric — its figure comes from the data and cannot be typed over (field names angka/narasi). */
  REALISASI_OTOMATIS: ['KONFLIK', 'Realisasi indikator ini diisi otomatis dari data layanan dan tidak dapat diubah. Anda tetap dapat menambahkan catatan.'],
  /** 409: the period has been rated — its realisasi and bukti are frozen. */
  SUDAH_DINILAI: ['KONFLIK', 'Periode ini sudah dinilai oleh pejabat penilai; realisasi dan bukti dukungnya tidak dapat diubah lagi.'],
  /** 409: the period has not started yet (WIB). */
  PERIODE_BELUM_MULAI: ['KONFLIK', 'Periode ini belum dimulai.'],
  /** 409: the period lies outside the SKP's span (e.g. after a mutasi the old SKP ended). */
  PERIODE_DI_LUAR_SKP: ['KONFLIK', 'Periode ini berada di luar masa berlaku SKP.'],
  /** 409: realisasi, bukti and umpan balik need an SKP approved by the penilai. */
  SKP_BELUM_DISETUJUI: ['KONFLIK', 'SKP belum disetujui pejabat penilai; realisasi dan umpan balik baru dapat diisi setelah SKP disetujui.'],
  /** 400: the annual sheet (periode 0) has no own realisasi or bukti — they belong to the periods. */
  PERIODE_TAHUNAN: ['VALIDASI', 'Realisasi dan bukti dukung diisi per periode, bukan pada evaluasi tahunan.'],
  /** 400: a link that is not http(s) (field body.tautan). */
  TAUTAN_TIDAK_VALID: ['VALIDASI', 'Tautan harus berupa alamat web yang diawali http:// atau https://.'],
  /** 400: multipart upload without the `berkas` file. */
  BERKAS_WAJIB: ['VALIDASI', 'Pilih berkas bukti dukung (PDF, JPEG atau PNG).'],
  /** 400: umpan balik about an RHK that is not part of this SKP (field body.rhkId). */
  RHK_TIDAK_VALID: ['VALIDASI', 'RHK tidak ditemukan pada SKP ini.'],
});
