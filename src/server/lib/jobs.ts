import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseKind, type Db } from '../db/client.ts';

/**
 * In-process scheduled jobs (ADR 0009): expiry of missed bookings, expiry of held tickets, notification
 * delivery. Every job is an interval (`setiapMs`), run by a self-rescheduling `setTimeout` — the next run
 * is planned only after the previous one ended, so runs of one job never overlap in a process, and a slow
 * run delays the next instead of piling up. (croner is kept for wall-clock schedules such as a nightly
 * aggregate; none is needed yet.)
 *
 * Several server processes on one PostgreSQL: each run takes the advisory lock of its job name
 * (`pg_try_advisory_xact_lock(hashtext('sikap-job:' || nama))` in a transaction held for the run), so
 * only one process runs a job at a time; the others skip that round. PGlite is single-connection (a held
 * transaction would block the job's own queries) and single-process, so there the runner takes the
 * session-level `pg_try_advisory_lock` on the one connection and releases it after the run.
 *
 * A job's error is logged and never stops the runner or the process.
 */

export type Job = {
  /** Unique name, also the advisory-lock key. */
  nama: string;
  /** Interval between the end of one run and the start of the next, milliseconds (> 0). */
  setiapMs: number;
  /** The work; `now` is the run's start instant. */
  jalankan: (now: Date) => Promise<unknown>;
};

/** The part of a pino/Fastify logger the runner uses. */
export interface LogJob {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type HasilJob = 'selesai' | 'dilewati' | 'galat';

/**
 * Names held on PGlite, per database handle: session-level advisory locks are re-entrant on the one
 * connection, so two runners sharing one PGlite (tests) are kept apart here.
 */
const dipegangPglite = new WeakMap<object, Set<string>>();

const kunciJob = (nama: string) => sql`hashtext(${`sikap-job:${nama}`})`;

export function createJobRunner(o: { db: Db; log: LogJob; kind?: DatabaseKind }) {
  const kind = o.kind ?? 'postgresql';
  type Terdaftar = Job & { timer: NodeJS.Timeout | null; berjalan: Promise<HasilJob> | null };
  const jobs = new Map<string, Terdaftar>();
  let aktif = false;

  /** Runs `f` holding the job's advisory lock; false (f not called) when another runner holds it. */
  async function denganKunci(nama: string, f: () => Promise<unknown>): Promise<boolean> {
    if (kind === 'postgresql') {
      return o.db.transaction(async (tx) => {
        const [r] = await queryRows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${kunciJob(nama)}) as ok`);
        if (!r?.ok) return false;
        await f();
        return true;
      });
    }
    const dipegang = dipegangPglite.get(o.db) ?? new Set<string>();
    dipegangPglite.set(o.db, dipegang);
    if (dipegang.has(nama)) return false;
    const [r] = await queryRows<{ ok: boolean }>(o.db, sql`select pg_try_advisory_lock(${kunciJob(nama)}) as ok`);
    if (!r?.ok) return false;
    dipegang.add(nama);
    try {
      await f();
      return true;
    } finally {
      dipegang.delete(nama);
      await queryRows(o.db, sql`select pg_advisory_unlock(${kunciJob(nama)})`);
    }
  }

  async function eksekusi(job: Terdaftar, now: Date): Promise<HasilJob> {
    try {
      return (await denganKunci(job.nama, () => job.jalankan(now))) ? 'selesai' : 'dilewati';
    } catch (err) {
      o.log.error({ job: job.nama, err }, `job ${job.nama} gagal`);
      return 'galat';
    }
  }

  function jadwalkan(job: Terdaftar) {
    if (!aktif) return;
    job.timer = setTimeout(() => {
      job.timer = null;
      void jalankanSekali(job.nama).then(() => jadwalkan(job));
    }, job.setiapMs);
    job.timer.unref();
  }

  /**
   * Runs a registered job once now (also used by tests): 'dilewati' when it is already running in this
   * runner or another process holds its lock; 'galat' when it threw (logged).
   * @throws Error for an unknown job name
   */
  async function jalankanSekali(nama: string, now: Date = new Date()): Promise<HasilJob> {
    const job = jobs.get(nama);
    if (!job) throw new Error(`Job tidak dikenal: ${nama}`);
    if (job.berjalan) return 'dilewati';
    job.berjalan = eksekusi(job, now);
    try {
      return await job.berjalan;
    } finally {
      job.berjalan = null;
    }
  }

  return {
    /** Registers a job (before or after start). @throws Error for a duplicate name or a non-positive interval */
    daftar(job: Job) {
      if (jobs.has(job.nama)) throw new Error(`Job ${job.nama} sudah terdaftar`);
      if (!(job.setiapMs > 0)) throw new Error(`Interval job ${job.nama} harus lebih dari 0 ms`);
      const t: Terdaftar = { ...job, timer: null, berjalan: null };
      jobs.set(job.nama, t);
      jadwalkan(t);
    },
    jalankanSekali,
    /** Starts the timers (idempotent): each job first runs `setiapMs` after start. */
    start() {
      if (aktif) return;
      aktif = true;
      for (const job of jobs.values()) jadwalkan(job);
      o.log.info({ jobs: [...jobs.keys()] }, 'job terjadwal dimulai');
    },
    /** Stops the timers and waits for running jobs to finish (call before closing the database). */
    async stop() {
      aktif = false;
      for (const job of jobs.values()) {
        if (job.timer) clearTimeout(job.timer);
        job.timer = null;
      }
      await Promise.all([...jobs.values()].map((j) => j.berjalan?.catch(() => undefined)));
    },
    /** Registered job names. */
    get nama(): string[] {
      return [...jobs.keys()];
    },
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;

/**
 * What the standard jobs need from the services. The antrian functions are typed loosely: they are
 * optional at runtime (`typeof fn === 'function'`), so this file compiles whether or not the antrian
 * package has written them yet.
 */
export interface LayananJob {
  notifikasi: { kirimSekarang(now?: Date): Promise<unknown> };
  antrian: { tiket: object; loket: object };
  layanan?: { permohonan: object; pengaduan: object };
  kinerja?: { realisasi: object };
}

/** `obj[nama]` as a job body when it is a function, else null. */
function fungsiJob(obj: object, nama: string): ((now: Date) => Promise<unknown>) | null {
  const f = (obj as Record<string, unknown>)[nama];
  return typeof f === 'function' ? (now: Date) => Promise.resolve(f.call(obj, now)) : null;
}

/**
 * Registers SIKAP's standard jobs:
 * - `notifikasi.kirim` every NOTIFIKASI_INTERVAL_MS (not at all when 0): `notifikasi.kirimSekarang(now)`;
 * - `antrian.kedaluwarsakan` every 60 s: `antrian.tiket.kedaluwarsakan(now)` (bookings not checked in
 *   before the window closed → kedaluwarsa, pelayanan.md §3), when present;
 * - `antrian.hapusDataPribadiLama` every 6 h: personal data of bookings older than 12 months erased
 *   (UU 27/2022; the booking form's privacy notice);
 * - `antrian.kadaluarsakanTahanan` every 60 s: `antrian.loket.kadaluarsakanTahanan(now)` (held tickets
 *   past maksTahanMenit), when present.
 */
export function daftarJobSikap(runner: JobRunner, s: LayananJob, o: { intervalNotifikasiMs: number }) {
  if (o.intervalNotifikasiMs > 0) {
    runner.daftar({ nama: 'notifikasi.kirim', setiapMs: o.intervalNotifikasiMs, jalankan: (now) => s.notifikasi.kirimSekarang(now) });
  }
  const kedaluwarsakan = fungsiJob(s.antrian.tiket, 'kedaluwarsakan');
  if (kedaluwarsakan) runner.daftar({ nama: 'antrian.kedaluwarsakan', setiapMs: 60_000, jalankan: kedaluwarsakan });
  const hapus = fungsiJob(s.antrian.tiket, 'hapusDataPribadiLama');
  if (hapus) runner.daftar({ nama: 'antrian.hapusDataPribadiLama', setiapMs: 6 * 3_600_000, jalankan: hapus });
  const tahanan = fungsiJob(s.antrian.loket, 'kadaluarsakanTahanan');
  if (tahanan) runner.daftar({ nama: 'antrian.kadaluarsakanTahanan', setiapMs: 60_000, jalankan: tahanan });
  if (s.layanan) {
    // Overdue applications escalate to the assignee's atasan (pelayanan.md §2.3, §6).
    const eskalasi = fungsiJob(s.layanan.permohonan, 'eskalasiTerlambat');
    if (eskalasi) runner.daftar({ nama: 'layanan.permohonan.eskalasi', setiapMs: 5 * 60_000, jalankan: eskalasi });
    // LAPOR! limits (pelayanan.md §4.2): overdue verification / follow-up flags, auto-close after 10 working days.
    const batas = fungsiJob(s.layanan.pengaduan, 'periksaBatas');
    if (batas) runner.daftar({ nama: 'layanan.pengaduan.periksaBatas', setiapMs: 15 * 60_000, jalankan: batas });
  }
  if (s.kinerja) {
    // Realisasi of indikator bound to service metrics, refreshed for the running period (issue #5).
    const isi = fungsiJob(s.kinerja.realisasi, 'isiOtomatisJob');
    if (isi) runner.daftar({ nama: 'kinerja.realisasi.isiOtomatis', setiapMs: 60 * 60_000, jalankan: isi });
  }
}
