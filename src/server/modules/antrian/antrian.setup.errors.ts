import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of the queue set-up (admin, pelayanan.md §3). Field errors name the request field. */
export const AntrianSetupErrors = defineErrors({
  /** 404: no lokasi with this id / kode. */
  LOKASI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Lokasi antrian tidak ditemukan.'],
  LAYANAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Layanan antrian tidak ditemukan.'],
  SESI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Sesi tidak ditemukan.'],
  LOKET_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Loket tidak ditemukan.'],
  TUTUP_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Hari tutup tidak ditemukan.'],
  LAYAR_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Perangkat layar tidak ditemukan.'],
  /** 403: an admin OPD acting on a lokasi (or unit) of another OPD. */
  DI_LUAR_OPD: ['DILARANG', 'Lokasi atau unit ini milik perangkat daerah lain.'],
  /** 400 (body.unitId): the unit does not exist or is inactive. */
  UNIT_TIDAK_VALID: ['VALIDASI', 'Unit organisasi tidak ditemukan atau tidak aktif.'],
  /** 400 (body.jamLayanan): overlapping/reversed intervals (validasiJadwalMingguan). */
  JADWAL_TIDAK_VALID: ['VALIDASI', 'Jam layanan tidak valid.'],
  /** 400 (body.selesai | body.mulai): reversed, outside the hours on every weekday, or overlapping another session. */
  SESI_TIDAK_VALID: ['VALIDASI', 'Waktu sesi tidak valid.'],
  /** 400 (body.kapasitas | body.kuotaOnline): active session capacities would exceed the daily online quota. */
  KUOTA_SESI_BERLEBIH: ['VALIDASI', 'Jumlah kapasitas sesi melebihi kuota online harian layanan.'],
  /** 400 (body.layananIds): a layanan of another lokasi. */
  LAYANAN_LOKET_TIDAK_VALID: ['VALIDASI', 'Layanan yang dipilih harus berada di lokasi yang sama dengan loket.'],
  /** 409 (body.kode) */
  KODE_GANDA: ['KONFLIK', 'Kode lokasi sudah dipakai lokasi lain.'],
  /** 409 (body.prefix) */
  PREFIX_GANDA: ['KONFLIK', 'Prefiks nomor antrian sudah dipakai layanan lain di lokasi ini.'],
  /** 409 (body.nomor) */
  NOMOR_LOKET_GANDA: ['KONFLIK', 'Nomor loket sudah dipakai di lokasi ini.'],
  /** 409 (body.tanggal) */
  TUTUP_GANDA: ['KONFLIK', 'Tanggal ini sudah tercatat sebagai hari tutup lokasi.'],
});
