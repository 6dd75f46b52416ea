/**
 * The ticket state machine of the queue (pelayanan.md §3.2 "Ticket state machine", Indonesian names):
 *
 *   dipesan ─check_in→ menunggu ─panggil→ dipanggil ─mulai→ dilayani ─selesai→ selesai
 *
 * side states: ditahan (park, from dipanggil/dilayani; `lanjutkan` puts it back in menunggu),
 * tidak_hadir (no-show, from dipanggil after the recall limit), dibatalkan (from dipesan/menunggu),
 * kedaluwarsa (dipesan without check-in by the end of the window, or ditahan longer than
 * `maksTahanMenit`). `lewati` sends a called ticket back to the end of the waiting line; `alihkan`
 * (transfer) puts a ticket back in menunggu at another layanan or loket (it keeps its nomor).
 * Pure; no I/O.
 */

/** The same list as the `antrian_tiket.status` column (antrian.table.ts); the repository checks they agree. */
export const STATUS_TIKET = [
  'dipesan', 'menunggu', 'dipanggil', 'dilayani', 'ditahan', 'selesai', 'tidak_hadir', 'dibatalkan', 'kedaluwarsa',
] as const;
export type StatusTiket = (typeof STATUS_TIKET)[number];

export const AKSI_TIKET = [
  'check_in', 'panggil', 'panggil_ulang', 'mulai', 'selesai', 'tahan', 'lanjutkan', 'lewati', 'alihkan', 'batal',
  'kedaluwarsa', 'tidak_hadir',
] as const;
export type AksiTiket = (typeof AKSI_TIKET)[number];

/** Allowed transitions: aksi → (from status → to status). Anything not listed is refused. */
const TRANSISI: Record<AksiTiket, Partial<Record<StatusTiket, StatusTiket>>> = {
  check_in: { dipesan: 'menunggu' },
  panggil: { menunggu: 'dipanggil' },
  panggil_ulang: { dipanggil: 'dipanggil' },
  mulai: { dipanggil: 'dilayani' },
  selesai: { dilayani: 'selesai' },
  tahan: { dipanggil: 'ditahan', dilayani: 'ditahan' },
  lanjutkan: { ditahan: 'menunggu' },
  lewati: { dipanggil: 'menunggu' },
  alihkan: { menunggu: 'menunggu', dipanggil: 'menunggu', dilayani: 'menunggu', ditahan: 'menunggu' },
  batal: { dipesan: 'dibatalkan', menunggu: 'dibatalkan' },
  kedaluwarsa: { dipesan: 'kedaluwarsa', ditahan: 'kedaluwarsa' },
  tidak_hadir: { dipanggil: 'tidak_hadir' },
};

/** Statuses a ticket never leaves. */
export const STATUS_AKHIR: readonly StatusTiket[] = ['selesai', 'tidak_hadir', 'dibatalkan', 'kedaluwarsa'];
/** Statuses in which a ticket occupies its loket (the petugas must finish or park it before calling the next). */
export const STATUS_DI_LOKET: readonly StatusTiket[] = ['dipanggil', 'dilayani'];

/** Human labels (Indonesian) used in refusal messages and on screens. */
export const LABEL_STATUS: Record<StatusTiket, string> = {
  dipesan: 'dipesan (belum check-in)',
  menunggu: 'menunggu',
  dipanggil: 'sedang dipanggil',
  dilayani: 'sedang dilayani',
  ditahan: 'ditahan',
  selesai: 'sudah selesai',
  tidak_hadir: 'tercatat tidak hadir',
  dibatalkan: 'sudah dibatalkan',
  kedaluwarsa: 'sudah kedaluwarsa',
};
export const LABEL_AKSI: Record<AksiTiket, string> = {
  check_in: 'check-in',
  panggil: 'dipanggil',
  panggil_ulang: 'dipanggil ulang',
  mulai: 'mulai dilayani',
  selesai: 'diselesaikan',
  tahan: 'ditahan',
  lanjutkan: 'dilanjutkan',
  lewati: 'dilewati',
  alihkan: 'dialihkan',
  batal: 'dibatalkan',
  kedaluwarsa: 'dikedaluwarsakan',
  tidak_hadir: 'dicatat tidak hadir',
};

/** Whether `aksi` is allowed on a ticket in `status`. */
export function bolehTransisi(status: StatusTiket, aksi: AksiTiket): boolean {
  return TRANSISI[aksi][status] !== undefined;
}

/** Refusal of an impossible transition; `message` is Indonesian and names the ticket when given. */
export class TransisiDitolak extends Error {
  constructor(
    public readonly status: StatusTiket,
    public readonly aksi: AksiTiket,
    nomor?: string,
  ) {
    super(pesanTransisiDitolak(status, aksi, nomor));
    this.name = 'TransisiDitolak';
  }
}

/**
 * The Indonesian refusal text, e.g. `pesanTransisiDitolak('selesai', 'panggil_ulang', 'A-007')` →
 * "Tiket A-007 sudah selesai; tidak dapat dipanggil ulang".
 */
export function pesanTransisiDitolak(status: StatusTiket, aksi: AksiTiket, nomor?: string): string {
  return `Tiket${nomor ? ` ${nomor}` : ''} ${LABEL_STATUS[status]}; tidak dapat ${LABEL_AKSI[aksi]}`;
}

/**
 * The status after `aksi` (pelayanan.md §3.2).
 * @throws TransisiDitolak when the transition is impossible (e.g. recalling a finished ticket).
 * @example transisi('menunggu', 'panggil') → 'dipanggil'
 */
export function transisi(status: StatusTiket, aksi: AksiTiket, nomor?: string): StatusTiket {
  const ke = TRANSISI[aksi][status];
  if (ke === undefined) throw new TransisiDitolak(status, aksi, nomor);
  return ke;
}
