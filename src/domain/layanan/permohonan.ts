/**
 * The workflow of an online application (permohonan) for a layanan (pelayanan.md §2.2, §2.3; issue #4;
 * plan decision 4). The modern Disdukcapil flow (online loket → front office verifies → processing →
 * product, pelayanan.md §2.2 "Modern flow") reduced to the states every office shares:
 *
 * ```
 *   diajukan ──verifikasi──▶ diverifikasi ──proses──▶ diproses ──selesaikan──▶ selesai
 *      │  ▲                      │                       │
 *      │  └──ajukan_ulang── perlu_perbaikan ◀──minta_perbaikan── (from diajukan | diverifikasi | diproses)
 *      └──────────── tolak ──────┴───────────────────────┴──▶ ditolak   (reason required)
 * ```
 *
 * `minta_perbaikan` needs the list of what to fix; the SLA clock pauses until the applicant resubmits
 * (`ajukan_ulang`, pelayanan.md §2.3 "counted from persyaratan lengkap"; see sla.ts). Every other move
 * is refused with an Indonesian message (HTTP 409 at the service). Pure: no I/O, no clock.
 */
import { formatKodeAkses, normalisasiKodeAkses, ALFABET_KODE_AKSES } from './pengaduan.ts';

export const STATUS_PERMOHONAN = ['diajukan', 'diverifikasi', 'diproses', 'perlu_perbaikan', 'selesai', 'ditolak'] as const;
export type StatusPermohonan = (typeof STATUS_PERMOHONAN)[number];

/** Statuses in which the office is working on the case (SLA clock running). */
export const STATUS_BERJALAN: readonly StatusPermohonan[] = ['diajukan', 'diverifikasi', 'diproses'];
/** Final statuses: nothing moves afterwards. */
export const STATUS_AKHIR: readonly StatusPermohonan[] = ['selesai', 'ditolak'];

/** Status labels as the citizen and staff read them. */
export const LABEL_STATUS_PERMOHONAN: Record<StatusPermohonan, string> = {
  diajukan: 'Diajukan',
  diverifikasi: 'Diverifikasi',
  diproses: 'Diproses',
  perlu_perbaikan: 'Perlu perbaikan',
  selesai: 'Selesai',
  ditolak: 'Ditolak',
};

/** Actions of staff (permission layanan:proses) on a case. */
export const AKSI_PETUGAS = ['verifikasi', 'proses', 'minta_perbaikan', 'selesaikan', 'tolak'] as const;
export type AksiPetugas = (typeof AKSI_PETUGAS)[number];
/** Every transition: staff actions plus the applicant's resubmission after a perbaikan request. */
export type AksiPermohonan = AksiPetugas | 'ajukan_ulang';
/** Who may perform an action. */
export type AktorPermohonan = 'pemohon' | 'petugas' | 'sistem';

/** Labels of the actions (buttons) and of the history entries (riwayat). */
export const LABEL_AKSI_PERMOHONAN: Record<AksiPermohonan, string> = {
  verifikasi: 'Verifikasi berkas',
  proses: 'Proses',
  minta_perbaikan: 'Minta perbaikan',
  selesaikan: 'Selesaikan',
  tolak: 'Tolak',
  ajukan_ulang: 'Ajukan ulang',
};

/**
 * Labels of the history entries (`permohonan_peristiwa.aksi`), including non-transition events. Unknown
 * aksi values fall back to the raw word (older data stays readable).
 */
export const LABEL_PERISTIWA: Record<string, string> = {
  diajukan: 'Permohonan diajukan',
  verifikasi: 'Berkas diverifikasi',
  proses: 'Permohonan diproses',
  minta_perbaikan: 'Perbaikan diminta',
  ajukan_ulang: 'Perbaikan dikirim pemohon',
  selesaikan: 'Permohonan selesai',
  tolak: 'Permohonan ditolak',
  tugaskan: 'Petugas ditugaskan',
  lepas_tugas: 'Penugasan dilepas',
  eskalasi: 'Terlambat: dieskalasi ke atasan',
  unggah_hasil: 'Dokumen hasil diunggah',
};

const TRANSISI: Record<AksiPermohonan, { dari: readonly StatusPermohonan[]; ke: StatusPermohonan; aktor: AktorPermohonan }> = {
  verifikasi: { dari: ['diajukan'], ke: 'diverifikasi', aktor: 'petugas' },
  proses: { dari: ['diverifikasi'], ke: 'diproses', aktor: 'petugas' },
  selesaikan: { dari: ['diproses'], ke: 'selesai', aktor: 'petugas' },
  minta_perbaikan: { dari: ['diajukan', 'diverifikasi', 'diproses'], ke: 'perlu_perbaikan', aktor: 'petugas' },
  tolak: { dari: ['diajukan', 'diverifikasi', 'diproses'], ke: 'ditolak', aktor: 'petugas' },
  ajukan_ulang: { dari: ['perlu_perbaikan'], ke: 'diajukan', aktor: 'pemohon' },
};

/**
 * The status after `aksi` on a case in `status`, or null when the move is not allowed (plan decision 4).
 * @example transisi('diajukan', 'verifikasi') → 'diverifikasi'; transisi('selesai', 'tolak') → null
 */
export function transisi(status: StatusPermohonan, aksi: AksiPermohonan): StatusPermohonan | null {
  const t = TRANSISI[aksi];
  return t && t.dari.includes(status) ? t.ke : null;
}

/** Who performs an action: staff for every action except the applicant's `ajukan_ulang`. */
export function aktorAksi(aksi: AksiPermohonan): AktorPermohonan {
  return TRANSISI[aksi].aktor;
}

/** The staff actions possible in a status, in the order the buttons are shown. */
export function aksiTersedia(status: StatusPermohonan): AksiPetugas[] {
  return AKSI_PETUGAS.filter((a) => transisi(status, a) !== null);
}

/**
 * Why a move is refused, in plain Indonesian (the 409 message).
 * @example pesanTransisiDitolak('selesai', 'tolak') → 'Permohonan berstatus Selesai tidak dapat ditolak.'
 */
export function pesanTransisiDitolak(status: StatusPermohonan, aksi: AksiPermohonan): string {
  const s = LABEL_STATUS_PERMOHONAN[status];
  if (STATUS_AKHIR.includes(status)) return `Permohonan berstatus ${s} tidak dapat diubah lagi.`;
  switch (aksi) {
    case 'verifikasi': return `Hanya permohonan berstatus Diajukan yang dapat diverifikasi (status sekarang: ${s}).`;
    case 'proses': return `Permohonan harus diverifikasi dulu sebelum diproses (status sekarang: ${s}).`;
    case 'selesaikan': return `Permohonan harus diproses dulu sebelum diselesaikan (status sekarang: ${s}).`;
    case 'minta_perbaikan': return `Perbaikan sudah diminta; menunggu pemohon mengirim perbaikan (status sekarang: ${s}).`;
    case 'tolak': return `Permohonan berstatus ${s} tidak dapat ditolak.`;
    case 'ajukan_ulang': return `Permohonan tidak sedang menunggu perbaikan (status sekarang: ${s}).`;
  }
}

/** One item the applicant has to fix: a persyaratan (its kode) or a general note. */
export type ItemPerbaikan = { persyaratanKode?: string | null; catatan: string };

export type MasalahIsian = { field: string; message: string };

/**
 * Checks a perbaikan request (plan decision 4: the list is required): at least one item, each with a note
 * (≥ 3 characters), each persyaratanKode one of the case's standard, no kode twice.
 * Field paths are relative to the body (`perbaikan.0.catatan`).
 */
export function validasiPerbaikan(items: readonly ItemPerbaikan[] | undefined, kodeSah: readonly string[]): MasalahIsian[] {
  if (!items || items.length === 0) return [{ field: 'perbaikan', message: 'Sebutkan minimal satu hal yang perlu diperbaiki' }];
  const masalah: MasalahIsian[] = [];
  const dipakai = new Set<string>();
  items.forEach((it, i) => {
    if (!it.catatan || it.catatan.trim().length < 3) masalah.push({ field: `perbaikan.${i}.catatan`, message: 'Jelaskan apa yang perlu diperbaiki (minimal 3 karakter)' });
    const k = it.persyaratanKode;
    if (k) {
      if (!kodeSah.includes(k)) masalah.push({ field: `perbaikan.${i}.persyaratanKode`, message: `Persyaratan "${k}" tidak ada pada standar layanan ini` });
      else if (dipakai.has(k)) masalah.push({ field: `perbaikan.${i}.persyaratanKode`, message: `Persyaratan "${k}" disebut dua kali` });
      dipakai.add(k);
    }
  });
  return masalah;
}

// ----------------------------------------------------------------------------------------- numbers

/**
 * Public case number of a permohonan (plan decision 1): `PM-<year WIB>-<6-digit counter per year>`.
 * @example formatNomorPermohonan(2026, 123) → 'PM-2026-000123'
 */
export function formatNomorPermohonan(tahun: number, urut: number): string {
  return `PM-${tahun}-${String(urut).padStart(6, '0')}`;
}

/** A typed case number in canonical form: trimmed, upper case ("pm-2026-000123 " → "PM-2026-000123"). */
export function normalisasiNomor(nomor: string): string {
  return nomor.trim().toUpperCase();
}

/** Whether a (normalised) number has the shape of a permohonan number. */
export const POLA_NOMOR_PERMOHONAN = /^PM-\d{4}-\d{6,}$/;

/**
 * The private access code from random bytes (8 characters of {@link ALFABET_KODE_AKSES}, ~39 bits; the
 * public endpoints are rate-limited). Modulo bias: 256 mod 31 = 8, negligible for an access code that is
 * also throttled. Returned in display form "K7PQ-M2XD"; store the sha256 of {@link normalisasiKodeAkses}.
 * @throws RangeError with fewer than 8 bytes
 */
export function kodeAksesDari(acak: Uint8Array): string {
  if (acak.length < 8) throw new RangeError('Butuh minimal 8 byte acak');
  let k = '';
  for (let i = 0; i < 8; i++) k += ALFABET_KODE_AKSES[acak[i]! % ALFABET_KODE_AKSES.length];
  return formatKodeAkses(k);
}
export { normalisasiKodeAkses, formatKodeAkses };
