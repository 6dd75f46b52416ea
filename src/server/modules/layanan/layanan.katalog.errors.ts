import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of the service catalogue (module `layanan`: standar pelayanan, versions, maklumat). */
export const KatalogErrors = defineErrors({
  /** 404: no (active) layanan with this id or kode. */
  LAYANAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Layanan tidak ditemukan.'],
  /** 404: the layanan has no published standard in force (public), or no such version (public: drafts are invisible). */
  STANDAR_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Standar pelayanan versi ini tidak ditemukan.'],
  /** 403: admin_opd acting on a layanan or unit of another OPD. */
  DI_LUAR_OPD: ['DILARANG', 'Layanan atau unit ini milik perangkat daerah lain.'],
  /** 400 (field body.unitId / params.unitId): the unit does not exist or is inactive. */
  UNIT_TIDAK_VALID: ['VALIDASI', 'Unit tidak ditemukan atau tidak aktif.'],
  /** 409 (field body.kode): another layanan already uses this kode. */
  KODE_GANDA: ['KONFLIK', 'Kode layanan sudah dipakai.'],
  /** 400: a standard version breaks a rule of validasiStandar (fields under body.…). */
  STANDAR_TIDAK_VALID: ['VALIDASI', 'Standar pelayanan belum lengkap atau tidak valid.'],
  /** 409: a published version is immutable; make a new draft version instead. */
  STANDAR_SUDAH_TERBIT: ['KONFLIK', 'Versi ini sudah terbit dan tidak dapat diubah. Buat versi (draf) baru.'],
  /** 409: the layanan already has an open draft; edit or delete it first. */
  DRAF_SUDAH_ADA: ['KONFLIK', 'Layanan ini sudah memiliki draf. Ubah atau hapus draf tersebut.'],
  /** 400 (field body.berlakuMulai): in the past, or not after the previous published version's start. */
  BERLAKU_TIDAK_VALID: ['VALIDASI', 'Tanggal berlaku tidak valid.'],
});
