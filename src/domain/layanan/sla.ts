/**
 * The SLA clock of a permohonan in working time (pelayanan.md §2.3 and §6; issue #4; plan decision 3).
 *
 * - The jangka waktu of the standar pelayanan is counted from "persyaratan lengkap": the clock starts at
 *   submission (every required item uploaded), PAUSES while the case waits for the applicant's perbaikan,
 *   resumes when the applicant resubmits, and stops at selesai/ditolak.
 * - Working time = the office's weekly hours (default JAM_KERJA_ASN, Perpres 21/2023) minus closed days
 *   (national holidays, cuti bersama — SKB 3 Menteri —, local closures) from the shared calendar.
 * - Units: 'menit' and 'jam' are a budget of working minutes (jam × 60). 'hari_kerja' n: due = the same WIB
 *   clock time n working days later; a start outside working hours counts from the next working interval's
 *   start (a submission at 20:00 on Monday counts from Tuesday 07:30, so 3 hari kerja → Friday 07:30).
 * - A pause of k working minutes moves the due instant k working minutes later.
 *
 * Stored state (table `permohonan`): `awal` (= diajukan_at, the first start, never changes), `slaMulai`
 * (start of the current running stretch), `terpakaiMenit` (working minutes used before it), `jedaMulai`
 * (set while paused) and `jatuhTempo` (null while paused). Pure: no I/O, "now" is a parameter.
 */
import {
  intervalKerjaPada, menitDariJam, menitKerjaAntara, tambahHariKerja, tambahMenitKerja, waktuWib, type Kalender,
} from '../shared/hari-kerja.ts';
import { tambahHari, tanggalWib } from '../shared/tanggal.ts';
import { menitAnggaran, type JangkaWaktu } from './standar.ts';

/** Badges of the staff inbox and the tracking page (plan decision 3). */
export const BADGE_SLA = ['aman', 'segera', 'terlambat', 'jeda', 'selesai'] as const;
export type BadgeSla = (typeof BADGE_SLA)[number];

/** Share of the budget left below which a case is 'segera' (due soon). */
export const AMBANG_SEGERA = 0.25;

const MS_MENIT = 60_000;
const BATAS_HARI = 3660;

/**
 * The instant the clock really starts: `t` itself when it lies inside a working interval, otherwise the
 * start of the next working interval (after a break, after hours, on a closed day).
 * @example awalHitungan(Senin 20:00 WIB, asn) → Selasa 07:30 WIB
 * @throws RangeError when the calendar has no working time within ~10 years
 */
export function awalHitungan(t: Date, kal: Kalender): Date {
  let tanggal = tanggalWib(t);
  for (let i = 0; i < BATAS_HARI; i++, tanggal = tambahHari(tanggal, 1)) {
    for (const iv of intervalKerjaPada(tanggal, kal)) {
      if (t.getTime() < iv.selesai.getTime()) return t.getTime() >= iv.mulai.getTime() ? new Date(t.getTime()) : iv.mulai;
    }
  }
  throw new RangeError('Kalender tidak memiliki jam kerja');
}

/**
 * Due instant of a jangka waktu in hari kerja started at `awal` without pauses: the same WIB clock time
 * (to the millisecond) `n` working days after the effective start ({@link awalHitungan}).
 * A due time that falls outside the hours of the due day (e.g. 11:45 on a Friday, whose morning ends at
 * 11:30) stays as is: the working minutes up to it are what count.
 * @example jatuhTempoHariKerja(Kamis 24 Des 2026 10:00, 1, kal with 25 Dec Natal) → Senin 28 Des 10:00
 */
export function jatuhTempoHariKerja(awal: Date, n: number, kal: Kalender): Date {
  const a = awalHitungan(awal, kal);
  const tanggal = tanggalWib(a);
  const sejakTengahMalam = a.getTime() - waktuWib(tanggal, '00:00').getTime();
  return new Date(waktuWib(tambahHariKerja(tanggal, n, kal), '00:00').getTime() + sejakTengahMalam);
}

/** The due instant of an uninterrupted clock started at `awal`. */
function jatuhTempoDasar(j: JangkaWaktu, awal: Date, kal: Kalender): Date {
  const m = menitAnggaran(j);
  return m === null ? jatuhTempoHariKerja(awal, j.nilai, kal) : tambahMenitKerja(awal, m, kal);
}

/**
 * The budget in working minutes of a jangka waktu started at `awal`: nilai (menit), nilai × 60 (jam), or
 * for hari_kerja the working minutes from the effective start to {@link jatuhTempoHariKerja} (450 per
 * day under Perpres 21/2023 hours, but a start on a Friday afternoon differs, hence computed).
 */
export function anggaranMenit(j: JangkaWaktu, awal: Date, kal: Kalender): number {
  const m = menitAnggaran(j);
  return m ?? menitKerjaAntara(awal, jatuhTempoHariKerja(awal, j.nilai, kal), kal);
}

/** What the clock needs: the standard's jangka waktu and the stored state of the case. */
export type KeadaanSla = {
  /** First start (diajukan_at): the reference of hari_kerja counting. */
  awal: Date;
  /** Start of the current running stretch (= awal until the first pause). */
  slaMulai: Date;
  /** Working minutes used before `slaMulai`. */
  terpakaiMenit: number;
  /** Set while paused (perlu_perbaikan). */
  jedaMulai: Date | null;
};

/**
 * The due instant (plan decision 3), null while paused. Without pauses: {@link jatuhTempoDasar}. After
 * pauses: that instant moved later by the paused working minutes, which are the working minutes elapsed
 * from `awal` to `slaMulai` that were not used (`− terpakaiMenit`); differences under one minute (the
 * stored minutes are whole) are ignored.
 */
export function hitungJatuhTempo(j: JangkaWaktu, k: KeadaanSla, kal: Kalender): Date | null {
  if (k.jedaMulai) return null;
  const dasar = jatuhTempoDasar(j, k.awal, kal);
  const jeda = menitKerjaAntara(k.awal, k.slaMulai, kal) - k.terpakaiMenit;
  return jeda >= 1 ? tambahMenitKerja(dasar, jeda, kal) : dasar;
}

/** Starts the clock at submission ("persyaratan lengkap"). */
export function mulaiSla(j: JangkaWaktu, at: Date, kal: Kalender): KeadaanSla & { jatuhTempo: Date } {
  const k: KeadaanSla = { awal: at, slaMulai: at, terpakaiMenit: 0, jedaMulai: null };
  return { ...k, jatuhTempo: hitungJatuhTempo(j, k, kal)! };
}

/**
 * Pauses the clock at `at` (perlu_perbaikan): the working minutes of the running stretch are added to
 * `terpakaiMenit` (rounded to whole minutes), `jatuhTempo` becomes null. Already paused → unchanged.
 */
export function jedaSla(k: KeadaanSla, at: Date, kal: Kalender): KeadaanSla & { jatuhTempo: Date | null } {
  if (k.jedaMulai) return { ...k, jatuhTempo: null };
  return { ...k, terpakaiMenit: k.terpakaiMenit + Math.round(menitKerjaAntara(k.slaMulai, at, kal)), jedaMulai: at, jatuhTempo: null };
}

/** Resumes the clock at `at` (the applicant resubmitted): new running stretch, new due instant. Not paused → unchanged. */
export function lanjutkanSla(j: JangkaWaktu, k: KeadaanSla, at: Date, kal: Kalender): KeadaanSla & { jatuhTempo: Date | null } {
  if (!k.jedaMulai) return { ...k, jatuhTempo: hitungJatuhTempo(j, k, kal) };
  const baru: KeadaanSla = { ...k, slaMulai: at, jedaMulai: null };
  return { ...baru, jatuhTempo: hitungJatuhTempo(j, baru, kal) };
}

/**
 * Finished within the standard (set at selesai): `selesaiAt ≤ jatuhTempo`. A case without a due instant
 * (never started) counts as on time.
 */
export function tepatWaktu(selesaiAt: Date, jatuhTempo: Date | null): boolean {
  return !jatuhTempo || selesaiAt.getTime() <= jatuhTempo.getTime();
}

/**
 * Working minutes left at or below which a running case is 'segera' (due soon, plan decision 3): 25 % of the
 * budget, and for a jangka waktu in hari kerja at least one working day. The budget of n hari kerja is taken
 * as n × {@link menitSehari} here (not the start-dependent exact minutes), so the inbox filter — which turns
 * this into an instant per jangka waktu, {@link batasSegera} — and each case's badge always agree.
 */
export function ambangSegeraMenit(j: JangkaWaktu, sehari = 450): number {
  const anggaran = menitAnggaran(j) ?? j.nilai * sehari;
  return Math.max(AMBANG_SEGERA * anggaran, j.satuan === 'hari_kerja' ? sehari : 0);
}

/**
 * The latest due instant that is 'segera' at `now` for a jangka waktu: a running case with
 * `now ≤ jatuhTempo ≤ batasSegera` is due soon. Lets the inbox filter and count in SQL.
 */
export function batasSegera(j: JangkaWaktu, now: Date, kal: Kalender): Date {
  return tambahMenitKerja(now, ambangSegeraMenit(j, menitSehari(kal)), kal);
}

/** Working minutes of a full working day of the schedule (the longest weekday; 450 for Perpres 21/2023). */
export function menitSehari(kal: Kalender): number {
  let maks = 0;
  for (const iv of Object.values(kal.jadwal)) {
    const jumlah = (iv ?? []).reduce((s, i) => s + menitDariJam(i.selesai) - menitDariJam(i.mulai), 0);
    maks = Math.max(maks, jumlah);
  }
  return maks || 450;
}

/**
 * A duration in working minutes as a person reads it: "2 hari kerja 3 jam", "1 hari kerja", "3 jam 20 menit",
 * "45 menit", "kurang dari 1 menit". A working day = {@link menitSehari} minutes; whole units, rounded down.
 */
export function teksDurasiKerja(menit: number, sehari = 450): string {
  const m = Math.floor(Math.abs(menit));
  if (m < 1) return 'kurang dari 1 menit';
  if (m >= sehari) {
    const hari = Math.floor(m / sehari);
    const jam = Math.floor((m - hari * sehari) / 60);
    return `${hari} hari kerja${jam ? ` ${jam} jam` : ''}`;
  }
  if (m >= 60) {
    const jam = Math.floor(m / 60);
    const sisa = m % 60;
    return `${jam} jam${sisa ? ` ${sisa} menit` : ''}`;
  }
  return `${m} menit`;
}

export type HasilSla = {
  jatuhTempo: Date | null;
  /** Working minutes left (negative = overdue by), whole minutes; while paused: the frozen remainder; stopped: null. */
  sisaMenitKerja: number | null;
  badge: BadgeSla;
  teks: string;
};

/**
 * The SLA state of a case at `now` (plan decision 3):
 * - stopped (`berhenti`: selesai or ditolak): badge 'selesai', teks "selesai tepat waktu" / "selesai,
 *   terlambat 2 jam" / "ditolak";
 * - paused (`jedaMulai`): badge 'jeda', the remaining budget frozen, teks "menunggu perbaikan pemohon (waktu
 *   layanan berhenti)";
 * - running: 'terlambat' when now > jatuhTempo; 'segera' when the working minutes left are ≤ 25 % of the
 *   budget or — for a jangka waktu in hari kerja — ≤ one working day; else 'aman'. teks "sisa 2 hari kerja",
 *   "terlambat 3 jam".
 *
 * @example hitungSla({ jangkaWaktu: {nilai: 3, satuan: 'hari_kerja'}, awal: Senin 10:00, slaMulai: Senin
 *   10:00, terpakaiMenit: 0, jedaMulai: null, now: Senin 10:00, kal }) → { jatuhTempo: Kamis 10:00,
 *   sisaMenitKerja: 1350, badge: 'aman', teks: 'sisa 3 hari kerja' }
 */
export function hitungSla(o: KeadaanSla & {
  jangkaWaktu: JangkaWaktu;
  now: Date;
  kal: Kalender;
  /**
   * The stored due instant of a running case: used as is instead of recomputing it (a holiday added to the
   * calendar later does not silently move a promise already made; the inbox, the escalation job and the
   * badge then agree).
   */
  jatuhTempo?: Date | null;
  /** Clock stopped: the case is selesai (with its finish instant) or ditolak. */
  berhenti?: { status: 'selesai' | 'ditolak'; at: Date; jatuhTempo: Date | null };
}): HasilSla {
  const sehari = menitSehari(o.kal);
  if (o.berhenti) {
    const jt = o.berhenti.jatuhTempo;
    if (o.berhenti.status === 'ditolak') return { jatuhTempo: jt, sisaMenitKerja: null, badge: 'selesai', teks: 'ditolak' };
    if (tepatWaktu(o.berhenti.at, jt)) return { jatuhTempo: jt, sisaMenitKerja: null, badge: 'selesai', teks: 'selesai tepat waktu' };
    const lewat = menitKerjaAntara(jt!, o.berhenti.at, o.kal);
    return { jatuhTempo: jt, sisaMenitKerja: null, badge: 'selesai', teks: lewat >= 1 ? `selesai, terlambat ${teksDurasiKerja(lewat, sehari)}` : 'selesai, lewat jatuh tempo' };
  }
  if (o.jedaMulai) {
    const sisa = Math.round(anggaranMenit(o.jangkaWaktu, o.awal, o.kal) - o.terpakaiMenit);
    return { jatuhTempo: null, sisaMenitKerja: sisa, badge: 'jeda', teks: 'menunggu perbaikan pemohon (waktu layanan berhenti)' };
  }
  const jatuhTempo = o.jatuhTempo ?? hitungJatuhTempo(o.jangkaWaktu, o, o.kal)!;
  if (o.now.getTime() > jatuhTempo.getTime()) {
    const lewat = menitKerjaAntara(jatuhTempo, o.now, o.kal);
    return {
      jatuhTempo, sisaMenitKerja: -Math.floor(lewat), badge: 'terlambat',
      teks: lewat >= 1 ? `terlambat ${teksDurasiKerja(lewat, sehari)}` : 'lewat jatuh tempo',
    };
  }
  const sisa = menitKerjaAntara(o.now, jatuhTempo, o.kal);
  const ambang = ambangSegeraMenit(o.jangkaWaktu, sehari);
  return {
    jatuhTempo,
    sisaMenitKerja: Math.floor(sisa),
    badge: sisa <= ambang ? 'segera' : 'aman',
    teks: sisa >= 1 ? `sisa ${teksDurasiKerja(sisa, sehari)}` : 'jatuh tempo sekarang',
  };
}

/**
 * How far a calendar must reach for computations on a case: from its first start to comfortably after
 * the due date (the service asks the kalender service for this WIB date range). Generous: 3 calendar
 * days per working day plus 60 days of slack for pauses and long holiday stretches (Idulfitri cuti bersama).
 */
export function rentangKalender(j: JangkaWaktu, awal: Date, sampai: Date): { dari: string; sampai: string } {
  const hariKerja = j.satuan === 'hari_kerja' ? j.nilai : Math.ceil((menitAnggaran(j) ?? 0) / 450);
  const akhir = new Date(Math.max(awal.getTime(), sampai.getTime()) + (hariKerja * 3 + 60) * 86_400_000);
  return { dari: tanggalWib(new Date(awal.getTime() - 86_400_000)), sampai: tanggalWib(akhir) };
}
