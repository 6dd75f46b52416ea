import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of complaints (pengaduan) and their administration (pelayanan.md §4). */
export const PengaduanErrors = defineErrors({
  /** 400: one or more fields are invalid; `errors` names them (e.g. `kategoriKode`, `lat`, `pelapor.telepon`, `foto`). */
  DATA_TIDAK_VALID: ['VALIDASI', 'Data laporan belum benar. Periksa kembali kolom yang ditandai.'],
  /** 404: no complaint with this nomor + kode akses (the same answer for a wrong nomor or a wrong code), or outside the staff scope. */
  PENGADUAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Laporan tidak ditemukan. Periksa kembali nomor laporan dan kode akses.'],
  /** 409: the action is not possible in the current status; the message names status and action. */
  TRANSISI_DITOLAK: ['KONFLIK', 'Tindakan ini tidak dapat dilakukan pada status laporan saat ini.'],
  /** 409: the case changed since the actor loaded it (optimistic concurrency on `revisi`). */
  REVISI_USANG: ['KONFLIK', 'Laporan ini baru saja diubah oleh orang lain. Muat ulang halaman lalu coba lagi.'],
  /** 409: a selesai case whose reply window (hariTutupOtomatis working days) has passed. */
  BATAS_BALAS_LEWAT: ['KONFLIK', 'Laporan ini sudah selesai dan tidak dapat dibuka kembali. Silakan sampaikan laporan baru.'],
  /** 403: the action belongs to the coordinator (verify, forward, reject, close) or to the handling OPD. */
  AKSI_TIDAK_DIIZINKAN: ['DILARANG', 'Peran Anda tidak dapat melakukan tindakan ini pada laporan ini.'],
  /** 404: no attachment with this id on this complaint. */
  LAMPIRAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Lampiran tidak ditemukan.'],
  /** 404: unknown category id. */
  KATEGORI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Kategori pengaduan tidak ditemukan.'],
  /** 409 (field `kode`): a category with this code exists (the code is an Open311 service_code). */
  KATEGORI_KODE_GANDA: ['KONFLIK', 'Kode kategori sudah dipakai.'],
  /** 404: unknown Open311 client id. */
  KLIEN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Klien Open311 tidak ditemukan.'],
});
