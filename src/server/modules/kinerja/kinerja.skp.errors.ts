import { defineErrors } from '../../lib/app-error.ts';

/**
 * Error codes of the SKP planning part of module `kinerja` (kinerja.md §1.2–§1.4). Shared codes
 * (SKP_TIDAK_DITEMUKAN 404, AKSES_DITOLAK 403, BUKAN_PEGAWAI 403, TERKUNCI 409, REVISI_USANG 409) are in
 * kinerja.errors.ts.
 */
export const SkpErrors = defineErrors({
  /** 409: the caller already has a running SKP for the year for the same jabatan (a second one only after a mutasi/promosi). */
  SKP_SUDAH_ADA: ['KONFLIK', 'Anda sudah memiliki SKP untuk tahun ini pada jabatan yang sama. Buka dan lengkapi SKP tersebut.'],
  /** 409: the pegawai has no jabatan in the org data (an SKP needs one). */
  TANPA_JABATAN: ['KONFLIK', 'Data jabatan Anda belum tercatat. Hubungi admin kepegawaian OPD Anda untuk melengkapinya.'],
  /** 400 (field body.tahun / query.tahun): a year other than the current or the next one. */
  TAHUN_TIDAK_VALID: ['VALIDASI', 'SKP hanya dapat dibuat untuk tahun berjalan atau tahun berikutnya.'],
  /** 409: after a mutasi there is no room for a new SKP in the year (the move falls in the last period, the year is over, or the running SKP has not started). */
  MUTASI_TIDAK_BISA: ['KONFLIK', 'SKP baru untuk jabatan baru belum dapat dibuat pada tahun ini.'],
  /** 409: the workflow step is not allowed in the SKP's current status (message says which). */
  STATUS_TIDAK_BOLEH: ['KONFLIK', 'Tindakan ini tidak dapat dilakukan pada status SKP sekarang.'],
  /** 409: submitting an SKP that has no pejabat penilai (top of the line): BKPSDM must set one first. */
  TANPA_PENILAI: ['KONFLIK', 'SKP ini belum memiliki pejabat penilai. Hubungi admin BKPSDM untuk menetapkan pejabat penilai.'],
  /** 400: the submit rules are not met; `errors` names each field (`rhk[1].indikator[0].targetSatuan`). Nothing changed. */
  SKP_BELUM_LENGKAP: ['VALIDASI', 'SKP belum lengkap. Lengkapi kolom yang ditandai sebelum mengajukan.'],
  /** 400: the plan sent to PUT has an unknown id, a parent that is not the penilai's RHK, or a bad metric binding; `errors` names each. */
  RENCANA_TIDAK_VALID: ['VALIDASI', 'Rencana kinerja belum benar. Periksa kolom yang ditandai.'],
  /** 409: an RHK/indikator left out of the plan is still used (a bawahan's RHK intervenes in it, or it has realisasi). */
  RHK_DIPAKAI: ['KONFLIK', 'Sebagian RHK atau indikator tidak dapat dihapus karena masih dipakai.'],
  /**
   * 400 (field body.catatan): a run of 16 or more digits (NIK, KK, NIP) in the note for the pegawai. The note
   * goes into the WhatsApp notification, whose renderer refuses such data (pelayanan.md §5.2) — the message
   * would be lost.
   */
  CATATAN_MEMUAT_NIK: ['VALIDASI', 'Catatan tidak boleh memuat angka 16 digit atau lebih (seperti NIK, nomor KK, atau NIP) karena catatan dikirim lewat WhatsApp kepada pegawai.'],
  /** 400 (field body.penilaiId): the chosen penilai is unknown, inactive, or the pegawai themself. */
  PENILAI_TIDAK_VALID: ['VALIDASI', 'Pejabat penilai yang dipilih tidak valid.'],
  /** 400 (field query.opdId): BKPSDM must choose the OPD whose cascade tree to show. */
  OPD_WAJIB: ['VALIDASI', 'Pilih perangkat daerah (OPD) yang ingin ditampilkan.'],
  /** 404 (field query.opdId): no such OPD. */
  OPD_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Perangkat daerah tidak ditemukan.'],
});
