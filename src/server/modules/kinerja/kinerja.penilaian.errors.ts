import { defineErrors } from '../../lib/app-error.ts';

/**
 * Error codes of the rating part of module kinerja (penilaian, predikat organisasi, distribusi, penetapan,
 * keberatan; kinerja.md §1.3, §1.5–§1.8). Shared codes (SKP_TIDAK_DITEMUKAN, AKSES_DITOLAK, TERKUNCI,
 * REVISI_USANG, PERIODE_TIDAK_VALID) are in kinerja.errors.ts.
 */
export const PenilaianErrors = defineErrors({
  /** 400 (field body.catatan): the note of a keberatan decision is sent by WhatsApp and must not hold a NIK/KK/NIP-like number. */
  CATATAN_MEMUAT_NIK: ['VALIDASI', 'Catatan tidak boleh memuat angka 16 digit atau lebih (NIK, KK, NIP): catatan ini dikirim melalui WhatsApp.'],
  /** 409: only an approved (disetujui) SKP can be rated. */
  SKP_BELUM_DISETUJUI: ['KONFLIK', 'SKP ini belum disetujui pejabat penilai, sehingga belum dapat dinilai.'],
  /** 409: the period lies outside the SKP span (after a mutasi the old/new SKP covers part of the year only). */
  PERIODE_DI_LUAR_SKP: ['KONFLIK', 'Periode ini berada di luar masa berlaku SKP.'],
  /** 409: the period has not started yet (WIB). */
  PERIODE_BELUM_MULAI: ['KONFLIK', 'Periode ini belum dimulai, sehingga belum dapat dinilai.'],
  /** 409: the annual penilaian belongs on the pegawai's current SKP, not one replaced after a mutasi/promosi. */
  SKP_TIDAK_AKTIF: ['KONFLIK', 'SKP ini sudah digantikan (mutasi/promosi). Penilaian tahunan diberikan pada SKP yang berlaku.'],
  /** 409: an annual penilaian needs at least one periodic penilaian first (kinerja.md §1.8). */
  BELUM_ADA_PENILAIAN_PERIODIK: ['KONFLIK', 'Penilaian tahunan memerlukan sedikitnya satu penilaian periodik.'],
  /** 400 (field body.alasanPredikat): a predikat other than the matrix needs a reason of ≥ 10 characters. */
  ALASAN_PREDIKAT_WAJIB: ['VALIDASI', 'Predikat yang berbeda dari matriks memerlukan alasan (minimal 10 karakter).'],
  /** 404: no such OPD — or one outside the caller's scope (the same answer). */
  OPD_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Perangkat daerah tidak ditemukan.'],
  /** 404: no such unit — or one outside the caller's scope. */
  UNIT_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Unit organisasi tidak ditemukan.'],
  /** 403: the caller leads no unit, so there is no distribution to show. */
  TIDAK_MEMIMPIN_UNIT: ['DILARANG', 'Anda tidak memimpin unit organisasi mana pun, sehingga tidak ada distribusi yang dapat ditampilkan.'],
  /** 403: the caller may see the unit but not set its predikat organisasi (leader of the parent organisation, kinerja.md §1.7). */
  PREDIKAT_ORGANISASI_TIDAK_BERWENANG: ['DILARANG', 'Predikat kinerja organisasi unit ini ditetapkan oleh pimpinan unit di atasnya, admin OPD, atau BKPSDM.'],
  /** 403: penetapan belongs to the kepala OPD, the admin OPD or BKPSDM. */
  PENETAPAN_TIDAK_BERWENANG: ['DILARANG', 'Penetapan predikat kinerja tahunan dilakukan oleh kepala perangkat daerah, admin OPD, atau BKPSDM.'],
  /** 409: a reason to keep needs a predikat organisasi first. */
  PREDIKAT_ORGANISASI_BELUM_ADA: ['KONFLIK', 'Predikat kinerja organisasi unit ini belum ditetapkan.'],
  /** 409: nothing to keep — the distribution fits the pattern. */
  DISTRIBUSI_SESUAI: ['KONFLIK', 'Distribusi predikat unit ini sudah sesuai pola; tidak ada yang perlu dipertahankan.'],
  /** 409: the OPD's year is already ditetapkan. */
  SUDAH_DITETAPKAN: ['KONFLIK', 'Predikat kinerja tahunan perangkat daerah ini sudah ditetapkan.'],
  /** 409: penetapan needs at least one annual penilaian in the OPD. */
  TIDAK_ADA_PENILAIAN_TAHUNAN: ['KONFLIK', 'Belum ada penilaian tahunan pada perangkat daerah ini.'],
  /** 404: no such penilaian — or one the caller may not see. */
  PENILAIAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Penilaian tidak ditemukan.'],
  /** 409: a keberatan is possible only on an annual penilaian after penetapan. */
  BELUM_DITETAPKAN: ['KONFLIK', 'Keberatan hanya dapat diajukan atas penilaian tahunan yang sudah ditetapkan.'],
  /** 409: the window (batasKeberatan, WIB, inclusive) has passed. */
  BATAS_KEBERATAN_LEWAT: ['KONFLIK', 'Batas waktu pengajuan keberatan sudah lewat.'],
  /** 409: one open keberatan at a time. */
  KEBERATAN_MASIH_DIPROSES: ['KONFLIK', 'Masih ada keberatan yang sedang diproses untuk penilaian ini.'],
  /** 404: no such keberatan — or one the caller may not see. */
  KEBERATAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Keberatan tidak ditemukan.'],
  /** 403: only the atasan pejabat penilai (or BKPSDM when there is none) decides. */
  BUKAN_PEMUTUS: ['DILARANG', 'Keberatan ini diputus oleh atasan pejabat penilai.'],
  /** 409: the keberatan is already decided. */
  KEBERATAN_SUDAH_DIPUTUS: ['KONFLIK', 'Keberatan ini sudah diputus.'],
  /** 400 (fields body.ratingHasilKerja / body.ratingPerilaku): diterima needs the new ratings. */
  RATING_WAJIB: ['VALIDASI', 'Keberatan yang diterima memerlukan rating hasil kerja dan rating perilaku yang baru.'],
});
