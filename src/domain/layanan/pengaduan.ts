/**
 * Complaint handling (pengaduan) as in SP4N-LAPOR! — pure rules (pelayanan.md §4.1, §4.2).
 *
 * Legal basis: UU 25/2009 Pasal 36–37 (complaint facilities and mechanism), Perpres 76/2013 (Pengelolaan
 * Pengaduan Pelayanan Publik Nasional), PermenPANRB 62/2018 (Pedoman Nasional Pengelolaan Pengaduan):
 * the coordinator (Admin Instansi) verifies and forwards a report to the handling OPD within 3 hari kerja,
 * the OPD (Pejabat Penghubung) follows it up within 5 hari kerja, and a followed-up report closes itself
 * 10 hari kerja later when the reporter does not reply. The limits are configurable data
 * (`pengaduan_pengaturan`), defaults {@link BATAS_BAWAAN}.
 *
 * Statuses: baru → diverifikasi → diteruskan (to an OPD) → ditindaklanjuti (hasil tuntas | sebagian |
 * tidak_tuntas) → selesai (the reporter confirmed, or auto-closed) ; ditutup (the coordinator closes) ;
 * ditolak (not valid / bukan wewenang, from baru | diverifikasi, reason required). A reporter reply — or
 * "not resolved" — on ditindaklanjuti, or on selesai within the window, reopens the case to diteruskan.
 *
 * Pure: no I/O, no clock ("now" is a parameter). The working-day calendar comes in as {@link Kalender}.
 */
import { intervalKerjaPada, isHariKerja, tambahHariKerja, waktuWib, type Kalender } from '../shared/hari-kerja.ts';
import { NAMA_BULAN, tanggalWib } from '../shared/tanggal.ts';

// --------------------------------------------------------------------------------------------- values

export const STATUS_PENGADUAN = ['baru', 'diverifikasi', 'diteruskan', 'ditindaklanjuti', 'selesai', 'ditutup', 'ditolak'] as const;
export type StatusPengaduan = (typeof STATUS_PENGADUAN)[number];

/** Statuses in which the case is still being handled (Open311 'open'). */
export const STATUS_PENGADUAN_AKTIF: readonly StatusPengaduan[] = ['baru', 'diverifikasi', 'diteruskan', 'ditindaklanjuti'];

/** Labels shown to the reporter and staff (LAPOR! public listing: Belum Terverifikasi → … → Selesai). */
export const STATUS_PENGADUAN_LABEL: Record<StatusPengaduan, string> = {
  baru: 'Belum terverifikasi',
  diverifikasi: 'Terverifikasi',
  diteruskan: 'Diteruskan ke perangkat daerah',
  ditindaklanjuti: 'Ditindaklanjuti',
  selesai: 'Selesai',
  ditutup: 'Ditutup',
  ditolak: 'Ditolak',
};

/** Report classification of SP4N-LAPOR! (pelayanan.md §4.2). */
export const KLASIFIKASI_PENGADUAN = ['pengaduan', 'aspirasi', 'permintaan_informasi'] as const;
export type KlasifikasiPengaduan = (typeof KLASIFIKASI_PENGADUAN)[number];
export const KLASIFIKASI_PENGADUAN_LABEL: Record<KlasifikasiPengaduan, string> = {
  pengaduan: 'Pengaduan',
  aspirasi: 'Aspirasi',
  permintaan_informasi: 'Permintaan informasi',
};

/** Outcome of the OPD's follow-up; 'sebagian' = partly resolved. */
export const HASIL_TINDAK_LANJUT = ['tuntas', 'sebagian', 'tidak_tuntas'] as const;
export type HasilTindakLanjut = (typeof HASIL_TINDAK_LANJUT)[number];
export const HASIL_TINDAK_LANJUT_LABEL: Record<HasilTindakLanjut, string> = {
  tuntas: 'Tuntas',
  sebagian: 'Selesai sebagian',
  tidak_tuntas: 'Tidak dapat dituntaskan',
};

/** Staff actions (POST /pengaduan/:id/aksi). */
export const AKSI_STAF_PENGADUAN = ['verifikasi', 'teruskan', 'tolak', 'tanggapi', 'tindak_lanjut', 'tutup'] as const;
export type AksiStafPengaduan = (typeof AKSI_STAF_PENGADUAN)[number];

/**
 * Every event of a case: staff actions, the reporter's (`ajukan`, `balas`, `konfirmasi_tuntas`,
 * `konfirmasi_belum`) and the system's (`tutup_otomatis`).
 */
export type AksiPengaduan = AksiStafPengaduan | 'ajukan' | 'balas' | 'konfirmasi_tuntas' | 'konfirmasi_belum' | 'tutup_otomatis';

export const AKSI_PENGADUAN_LABEL: Record<AksiPengaduan, string> = {
  ajukan: 'Laporan diterima',
  verifikasi: 'Laporan diverifikasi',
  teruskan: 'Diteruskan ke perangkat daerah',
  tolak: 'Laporan ditolak',
  tanggapi: 'Tanggapan',
  tindak_lanjut: 'Tindak lanjut',
  tutup: 'Laporan ditutup',
  balas: 'Balasan pelapor',
  konfirmasi_tuntas: 'Pelapor menyatakan masalah terselesaikan',
  konfirmasi_belum: 'Pelapor menyatakan masalah belum terselesaikan',
  tutup_otomatis: 'Ditutup otomatis (tidak ada balasan pelapor)',
};

/** Working-day limits of SP4N-LAPOR! (pelayanan.md §0 row 4, §4.2). */
export type BatasPengaduan = { hariVerifikasi: number; hariTindakLanjut: number; hariTutupOtomatis: number };
export const BATAS_BAWAAN: Readonly<BatasPengaduan> = Object.freeze({ hariVerifikasi: 3, hariTindakLanjut: 5, hariTutupOtomatis: 10 });

// --------------------------------------------------------------------------------------------- workflow

type Aturan = { dari: readonly StatusPengaduan[]; ke: StatusPengaduan | null };

/**
 * The transition table. `ke: null` = the status does not change (a reply). `balas` and
 * `konfirmasi_belum` reopen ditindaklanjuti/selesai to diteruskan; on the earlier statuses a reply is
 * only added to the history. On `selesai` the reporter's actions are only allowed within the window
 * (checked by the caller with {@link masihBisaDibuka}).
 */
const ATURAN: Record<AksiPengaduan, Aturan> = {
  ajukan: { dari: [], ke: 'baru' },
  verifikasi: { dari: ['baru'], ke: 'diverifikasi' },
  teruskan: { dari: ['baru', 'diverifikasi', 'diteruskan'], ke: 'diteruskan' },
  tolak: { dari: ['baru', 'diverifikasi'], ke: 'ditolak' },
  tanggapi: { dari: ['baru', 'diverifikasi', 'diteruskan', 'ditindaklanjuti'], ke: null },
  tindak_lanjut: { dari: ['diteruskan'], ke: 'ditindaklanjuti' },
  tutup: { dari: ['baru', 'diverifikasi', 'diteruskan', 'ditindaklanjuti'], ke: 'ditutup' },
  balas: { dari: ['baru', 'diverifikasi', 'diteruskan', 'ditindaklanjuti', 'selesai'], ke: null },
  konfirmasi_tuntas: { dari: ['ditindaklanjuti', 'selesai'], ke: 'selesai' },
  konfirmasi_belum: { dari: ['ditindaklanjuti', 'selesai'], ke: 'diteruskan' },
  tutup_otomatis: { dari: ['ditindaklanjuti'], ke: 'selesai' },
};

export type HasilTransisi = { ok: true; ke: StatusPengaduan } | { ok: false; pesan: string };

/**
 * The status after `aksi` on a case in `status`, or a refusal with an Indonesian message (HTTP 409).
 * A reporter reply (`balas`) on ditindaklanjuti or selesai reopens the case (→ diteruskan: the OPD must
 * answer again); elsewhere it keeps the status.
 * @example transisiPengaduan('baru', 'verifikasi') → { ok: true, ke: 'diverifikasi' }
 * @example transisiPengaduan('selesai', 'tolak') → { ok: false, pesan: 'Laporan berstatus Selesai: …' }
 */
export function transisiPengaduan(status: StatusPengaduan, aksi: AksiPengaduan, nomor?: string): HasilTransisi {
  const a = ATURAN[aksi];
  if (!a.dari.includes(status)) {
    const siapa = nomor ? `Laporan ${nomor}` : 'Laporan ini';
    return {
      ok: false,
      pesan: `${siapa} berstatus "${STATUS_PENGADUAN_LABEL[status]}": tindakan "${AKSI_PENGADUAN_LABEL[aksi]}" tidak dapat dilakukan.`,
    };
  }
  if (aksi === 'balas') return { ok: true, ke: status === 'ditindaklanjuti' || status === 'selesai' ? 'diteruskan' : status };
  return { ok: true, ke: a.ke ?? status };
}

/** The staff actions possible from `status` (for enabling buttons); scope/role is the caller's business. */
export function aksiStafTersedia(status: StatusPengaduan): AksiStafPengaduan[] {
  return AKSI_STAF_PENGADUAN.filter((a) => ATURAN[a].dari.includes(status));
}

// --------------------------------------------------------------------------------------------- deadlines

const HARI_MS = 86_400_000;

/**
 * The deadline `n` working days after `mulai` (pelayanan.md §4.2 LAPOR! "≤ 3/5/10 hari kerja"; §6): the
 * same WIB clock time on the n-th working day after the start. A start outside working hours (evening,
 * break, weekend, holiday) first moves to the start of the next working interval, so a report sent on
 * Saturday counts from Monday 07:30. n = 0 gives that normalised start.
 * @example batasHariKerja(Jumat 4 Des 2026 10:00 WIB, 3, kal ASN) → Rabu 9 Des 2026 10:00 WIB
 * @example batasHariKerja(Sabtu 5 Des 2026 09:00 WIB, 3, kal ASN) → Kamis 10 Des 2026 07:30 WIB
 * @throws RangeError when n is negative or not an integer, or the calendar has no working day.
 */
export function batasHariKerja(mulai: Date, n: number, kal: Kalender): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Jumlah hari kerja harus bilangan bulat ≥ 0: ${n}`);
  const awal = awalKerja(mulai, kal);
  const tanggal = tanggalWib(awal);
  const sejakTengahMalam = awal.getTime() - waktuWib(tanggal, '00:00').getTime();
  const target = tambahHariKerja(tanggal, n, kal);
  return new Date(waktuWib(target, '00:00').getTime() + sejakTengahMalam);
}

/** `t` when it lies in a working interval, else the start of the next working interval. */
function awalKerja(t: Date, kal: Kalender): Date {
  let tanggal = tanggalWib(t);
  for (let i = 0; i < 3660; i++) {
    if (isHariKerja(tanggal, kal)) {
      for (const iv of intervalKerjaPada(tanggal, kal)) {
        if (t.getTime() < iv.selesai.getTime()) return t.getTime() >= iv.mulai.getTime() ? t : iv.mulai;
      }
    }
    tanggal = tanggalWib(new Date(waktuWib(tanggal, '12:00').getTime() + HARI_MS));
  }
  throw new RangeError('Kalender tidak memiliki jam kerja');
}

/** The deadline that matters now for a case, and whether it has passed. */
export type BatasAktif = { jenis: 'verifikasi' | 'tindak_lanjut' | 'tutup_otomatis'; batas: Date; terlambat: boolean } | null;

/**
 * The running deadline of a case: verification+forwarding while baru/diverifikasi, follow-up while
 * diteruskan, the auto-close instant while ditindaklanjuti (never "late": it is the system's). Closed
 * cases have none. `terlambat` = now is after the deadline.
 */
export function batasAktif(
  p: { status: StatusPengaduan; batasVerifikasi: Date; batasTindakLanjut: Date | null; tutupOtomatisAt: Date | null },
  now: Date,
): BatasAktif {
  if (p.status === 'baru' || p.status === 'diverifikasi') {
    return { jenis: 'verifikasi', batas: p.batasVerifikasi, terlambat: now.getTime() > p.batasVerifikasi.getTime() };
  }
  if (p.status === 'diteruskan' && p.batasTindakLanjut) {
    return { jenis: 'tindak_lanjut', batas: p.batasTindakLanjut, terlambat: now.getTime() > p.batasTindakLanjut.getTime() };
  }
  if (p.status === 'ditindaklanjuti' && p.tutupOtomatisAt) return { jenis: 'tutup_otomatis', batas: p.tutupOtomatisAt, terlambat: false };
  return null;
}

/**
 * Whether the reporter may still answer a `selesai` case (reply or "not resolved" reopens it): until
 * `hariTutupOtomatis` working days after it became selesai (the same window the OPD's follow-up had).
 */
export function masihBisaDibuka(selesaiAt: Date, now: Date, hariTutupOtomatis: number, kal: Kalender): boolean {
  return now.getTime() <= batasHariKerja(selesaiAt, hariTutupOtomatis, kal).getTime();
}

/**
 * Whether a follow-up was given in time (the kinerja fact "ditindaklanjuti tepat waktu"): the first
 * follow-up instant is on or before the follow-up deadline.
 */
export function tindakLanjutTepatWaktu(tindakLanjutAt: Date | null, batasTindakLanjut: Date | null): boolean {
  return !!tindakLanjutAt && !!batasTindakLanjut && tindakLanjutAt.getTime() <= batasTindakLanjut.getTime();
}

// --------------------------------------------------------------------------------------------- location

/**
 * A sane bounding box around Kota Tanjungbalai (centre ≈ 2°58′ LU, 99°48′ BT; area 60.52 km²) with a
 * margin of ~10 km, for reported coordinates (pelayanan.md §5.4). A point outside is a mistake
 * (swapped lat/long, another city, 0,0) and is refused.
 */
export const KOTAK_TANJUNGBALAI = Object.freeze({ latMin: 2.85, latMaks: 3.1, lngMin: 99.68, lngMaks: 99.95 });

/** True when (lat, lng) lies in {@link KOTAK_TANJUNGBALAI} (inclusive). */
export function dalamWilayahKota(lat: number, lng: number): boolean {
  const k = KOTAK_TANJUNGBALAI;
  return Number.isFinite(lat) && Number.isFinite(lng) && lat >= k.latMin && lat <= k.latMaks && lng >= k.lngMin && lng <= k.lngMaks;
}

// --------------------------------------------------------------------------------------------- Open311

/**
 * Open311 GeoReport v2 status (pelayanan.md §4.1): the spec knows only 'open' and 'closed'; every
 * handling status is open, selesai/ditutup/ditolak are closed.
 */
export function statusOpen311(status: StatusPengaduan): 'open' | 'closed' {
  return STATUS_PENGADUAN_AKTIF.includes(status) ? 'open' : 'closed';
}

const potong = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * Open311 `status_notes` in Indonesian: what happens now, naming the handling OPD and the latest public
 * answer (≤ 300 characters of it). Never names the reporter.
 * @example catatanStatusOpen311({ status: 'ditindaklanjuti', unitNama: 'Dinas PUPR', hasil: 'tuntas', tanggapan: 'Jalan sudah ditambal.' })
 *   → 'Ditindaklanjuti Dinas PUPR (Tuntas): Jalan sudah ditambal.'
 */
export function catatanStatusOpen311(p: {
  status: StatusPengaduan; unitNama?: string | null; hasil?: HasilTindakLanjut | null; tanggapan?: string | null;
}): string {
  const unit = p.unitNama ?? 'perangkat daerah';
  const isi = p.tanggapan ? `: ${potong(p.tanggapan.trim(), 300)}` : '.';
  const hasil = p.hasil ? ` (${HASIL_TINDAK_LANJUT_LABEL[p.hasil]})` : '';
  switch (p.status) {
    case 'baru': return 'Laporan diterima, menunggu verifikasi.';
    case 'diverifikasi': return 'Laporan terverifikasi, sedang ditentukan perangkat daerah yang menangani.';
    case 'diteruskan': return `Diteruskan ke ${unit}, menunggu tindak lanjut.`;
    case 'ditindaklanjuti': return `Ditindaklanjuti ${unit}${hasil}${isi}`;
    case 'selesai': return `Selesai${p.unitNama ? ` (${p.unitNama})` : ''}${hasil}${isi}`;
    case 'ditutup': return `Ditutup${isi}`;
    case 'ditolak': return `Ditolak${isi}`;
  }
}

// --------------------------------------------------------------------------------------------- access code

/** Alphabet of the private access code: no 0/O, 1/I/L (read out and typed from a phone). */
export const ALFABET_KODE_AKSES = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * The canonical form of a typed access code: upper case, without spaces and dashes ("k7pq m2xd" →
 * "K7PQM2XD"). The stored hash is taken over this form.
 */
export function normalisasiKodeAkses(kode: string): string {
  return kode.toUpperCase().replace(/[\s-]/g, '');
}

/** Display form of an 8-character code: "K7PQ-M2XD". */
export function formatKodeAkses(kode: string): string {
  const k = normalisasiKodeAkses(kode);
  return k.length === 8 ? `${k.slice(0, 4)}-${k.slice(4)}` : k;
}

/** Public case number `PG-2026-000045` (plan decision 1): year in WIB, 6-digit counter per year. */
export function formatNomorPengaduan(tahun: number, urut: number): string {
  return `PG-${tahun}-${String(urut).padStart(6, '0')}`;
}

// --------------------------------------------------------------------------------------------- text

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/**
 * An instant as Indonesians read it, in WIB (PUEBI: a dot between hours and minutes).
 * @example teksWaktuWib(new Date('2026-12-03T03:00:00Z')) → 'Kamis, 3 Desember 2026 pukul 10.00 WIB'
 */
export function teksWaktuWib(d: Date): string {
  const w = new Date(d.getTime() + 7 * 3_600_000);
  const jj = String(w.getUTCHours()).padStart(2, '0');
  const mm = String(w.getUTCMinutes()).padStart(2, '0');
  return `${HARI[w.getUTCDay()]}, ${w.getUTCDate()} ${NAMA_BULAN[w.getUTCMonth()]} ${w.getUTCFullYear()} pukul ${jj}.${mm} WIB`;
}

/**
 * ISO 8601 with the WIB offset, as Open311 clients expect (`2026-11-30T07:50:00+07:00`), whole seconds.
 */
export function isoWib(d: Date): string {
  const w = new Date(d.getTime() + 7 * 3_600_000);
  return `${w.toISOString().slice(0, 19)}+07:00`;
}
