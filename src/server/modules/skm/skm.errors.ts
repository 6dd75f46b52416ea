import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of module `skm` (Survei Kepuasan Masyarakat, PermenPANRB 14/2017). */
export const SkmErrors = {
  ...defineErrors({
    /** 404: no survey with this id/kode, or (public endpoints) the survey is not `aktif`. */
    SURVEI_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Survei tidak ditemukan atau sudah tidak dibuka.'],
    /** 404: the invitation token is unknown (mistyped link, or never issued). */
    UNDANGAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Tautan undangan survei tidak dikenal. Periksa kembali tautan atau kode QR Anda.'],
    /** 400 (field `body.ke`): `ke` missing/out of range for triwulan (1–4) or semester (1–2), or given for tahun. */
    PERIODE_TIDAK_VALID: ['VALIDASI', 'Periode survei tidak valid.'],
    /** 400 (field `body.unitId`): the unit does not exist, is inactive or is not a unit penyelenggara pelayanan. */
    UNIT_TIDAK_VALID: ['VALIDASI', 'Unit tidak ditemukan atau bukan unit penyelenggara pelayanan.'],
    /** 403: an admin OPD acting on a unit or survey of another OPD. */
    DI_LUAR_OPD: ['DILARANG', 'Unit atau survei ini milik perangkat daerah lain.'],
    /** 409: a survey already exists for the same unit, layanan and period. */
    SURVEI_GANDA: ['KONFLIK', 'Survei untuk unit, layanan dan periode ini sudah ada.'],
    /** 409: invitations can only be issued for a survey with status `aktif`. */
    SURVEI_TIDAK_AKTIF: ['KONFLIK', 'Undangan hanya dapat dibuat untuk survei yang berstatus aktif.'],
    /** 409: `createUndangan` was already called for this (sumber, sumberRef): one service event, one invitation. */
    UNDANGAN_SUDAH_ADA: ['KONFLIK', 'Undangan survei untuk layanan ini sudah pernah dibuat.'],
    /** 422: `createUndangan` without surveiId and the unit has no active survey whose period contains today. */
    SURVEI_AKTIF_TIDAK_ADA: ['TIDAK_DAPAT_DIPROSES', 'Unit ini belum memiliki survei aktif untuk periode berjalan.'],
    /**
     * 403: only role `admin` (BKPSDM) may reopen a `ditutup` survey or set it to `draf`, and an admin OPD may
     * set a survey to `draf` only while it has no response (a published result cannot be hidden).
     */
    STATUS_KHUSUS_ADMIN: ['DILARANG', 'Survei yang sudah ditutup hanya dapat dibuka kembali atau dijadikan draf oleh admin BKPSDM.'],
    /** 409: paper questionnaires cannot be imported into a `ditutup` survey (its result is final). */
    IMPOR_SURVEI_DITUTUP: ['KONFLIK', 'Survei sudah ditutup: kuesioner kertas tidak dapat diimpor lagi. Minta admin BKPSDM membuka kembali survei bila masih ada kuesioner yang belum dimasukkan.'],
    /** 409: an answer (web, undangan, kiosk) before the survey period has started (WIB). */
    SURVEI_BELUM_DIMULAI: ['KONFLIK', 'Periode survei ini belum dimulai; jawaban belum dapat diterima.'],
    /** 410: an answer (web, undangan, kiosk) after the survey period has ended (WIB). */
    SURVEI_PERIODE_BERAKHIR: ['KEDALUWARSA', 'Periode survei ini sudah berakhir; jawaban tidak dapat diterima lagi. Terima kasih atas kesediaan Anda.'],
    /** 409: paper import before the period starts or more than 30 days after it ended. */
    IMPOR_DI_LUAR_PERIODE: ['KONFLIK', 'Kuesioner kertas hanya dapat diimpor sejak awal periode survei sampai 30 hari setelah periode berakhir.'],
    /** 403: an admin OPD closing a survey before its period has ended (only admin BKPSDM may close early). */
    TUTUP_SEBELUM_BERAKHIR: ['DILARANG', 'Survei hanya dapat ditutup setelah periodenya berakhir. Penutupan lebih awal hanya dapat dilakukan oleh admin BKPSDM.'],
    /** 403: the bobot of a `ditutup` survey can only be changed by admin BKPSDM (it would change a final result). */
    BOBOT_KHUSUS_ADMIN: ['DILARANG', 'Bobot survei yang sudah ditutup hanya dapat diubah oleh admin BKPSDM.'],
    /** 429: the daily cap of kiosk answers per staff account and survey is reached. */
    BATAS_KIOS_HARIAN: ['TERLALU_BANYAK', 'Batas harian jawaban survei melalui mode kios untuk akun ini sudah tercapai. Silakan lanjutkan besok atau minta responden mengisi melalui perangkat sendiri.'],
    /** 409: the total of printed invitations of a survey would exceed 2 × max(target sampel, 100). */
    UNDANGAN_MELEBIHI_BATAS: ['KONFLIK', 'Jumlah undangan cetak untuk survei ini sudah mencapai batas.'],
    /** 429: the open-link daily cap per respondent fingerprint (anti-stuffing) is reached. */
    BATAS_HARIAN: ['TERLALU_BANYAK', 'Anda sudah beberapa kali mengisi survei ini hari ini. Terima kasih; silakan kembali besok bila ingin mengisi lagi.'],
    /** 429: the open-link daily cap per IP address for this survey (SKM_MAX_PER_IP_HARI, anti-stuffing) is reached. */
    BATAS_IP_HARIAN: ['TERLALU_BANYAK', 'Sudah terlalu banyak jawaban survei ini yang dikirim dari jaringan Anda hari ini. Terima kasih; silakan coba lagi besok atau gunakan jaringan lain.'],
    /** 400: paper-survey upload rejected; `errors` lists every problem as { field: 'baris N, kolom U3', message }; nothing saved. */
    IMPOR_TIDAK_VALID: ['VALIDASI', 'Berkas tidak dapat diimpor. Perbaiki kesalahan berikut lalu unggah ulang; tidak ada data yang disimpan.'],
    /** 410: the invitation has already been used (one response per invitation). */
    UNDANGAN_TERPAKAI: ['KEDALUWARSA', 'Undangan survei ini sudah digunakan. Setiap undangan hanya dapat dipakai satu kali; terima kasih atas partisipasi Anda.'],
    /** 410: the invitation has expired. */
    UNDANGAN_KEDALUWARSA: ['KEDALUWARSA', 'Masa berlaku undangan survei ini sudah habis.'],
    /** 410: the invitation's survey is no longer open (closed or back to draft). */
    SURVEI_DITUTUP: ['KEDALUWARSA', 'Periode survei untuk undangan ini sudah ditutup.'],
  }),
};
