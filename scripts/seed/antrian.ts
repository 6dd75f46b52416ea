/**
 * Demo queue ("antrian online", pelayanan.md §3) for Tanjungbalai: three lokasi (Kantor Disdukcapil, the
 * Mal Pelayanan Publik and one kantor kecamatan) with their layanan (prefix, online/walk-in quota,
 * standard time), booking sessions, loket, the display device of Disdukcapil (fixed demo token
 * {@link TOKEN_LAYAR_DEMO}), one year of ticket history and, today, a handful of tickets waiting at
 * Disdukcapil so the loket console has something to call.
 *
 * History (the year ending yesterday, WIB) is simulated per lokasi and per open day (weekdays that are
 * neither a national holiday/cuti bersama — scripts/seed/data/hari-libur-nasional.json plus any
 * `hari_libur` row — nor a closure in `antrian_tutup`): arrivals with a morning peak, ~55 % online /
 * 45 % walk-in, ~8 % priority, ~6 % tidak hadir, ~3 % of online bookings cancelled or expired; the loket
 * serve the line (checked-in appointments whose session has started first, one priority ticket per
 * `rasioPrioritas` regular calls, then arrival order) with lognormal service times around the layanan's
 * standard, so waiting times grow with the day's load. Deterministic: each (lokasi, date) has its own
 * seeded PRNG (scripts/seed/prng.ts), so a given day always gets the same tickets whatever `now` is.
 *
 * Rows are written with `json_to_recordset` (one parameter per batch, same SQL on PGlite and PostgreSQL).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type DbOrTx } from '../../src/server/db/client.ts';
import {
  antrianLayanan, antrianLayar, antrianLokasi, antrianLoket, antrianLoketLayanan, antrianPeristiwa, antrianSesi, antrianTiket,
  antrianTutup, type PRIORITAS,
} from '../../src/server/modules/antrian/antrian.table.ts';
import { hariIso, intervalKerjaPada, isHariKerja, menitDariJam, waktuWib, type JadwalMingguan, type Kalender } from '../../src/domain/shared/hari-kerja.ts';
import { formatNomor } from '../../src/domain/antrian/nomor.ts';
import { tambahHari, tanggalWib } from '../../src/domain/shared/tanggal.ts';
import { buatAcak, type Acak } from './prng.ts';

/** The display-board token of the demo (README: /layar/disdukcapil?token=layar-demo-disdukcapil). Stored as sha256 hex. */
export const TOKEN_LAYAR_DEMO = 'layar-demo-disdukcapil';
/** How many days of history, ending yesterday (WIB). */
export const HARI_RIWAYAT = 365;

type Prioritas = (typeof PRIORITAS)[number];
type Unit = { id: number; kode: string; nama: string; jenis: string; opd_id: number | null };

type RencanaLayanan = {
  prefix: string; nama: string; layananKode?: string; kuotaOnline: number; kuotaWalkin: number; standarMenit: number;
  /** Relative share of the lokasi's tickets. */
  bobot: number;
};
type RencanaLokasi = {
  kode: string;
  nama: (unit: Unit) => string;
  alamat: string;
  cariUnit: (units: Unit[]) => Unit | undefined;
  jamLayanan: JadwalMingguan;
  layanan: RencanaLayanan[];
  /** Loket in nomor order: name and the prefixes of the layanan it serves. */
  loket: Array<{ nama: string; prefix: string[] }>;
  /** Tickets on an ordinary Tuesday–Thursday. */
  tiketPerHari: number;
};

const JAM_KANTOR: JadwalMingguan = {
  '1': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '15:30' }],
  '2': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '15:30' }],
  '3': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '15:30' }],
  '4': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '15:30' }],
  // Friday prayer: a longer break.
  '5': [{ mulai: '08:00', selesai: '11:30' }, { mulai: '13:30', selesai: '15:30' }],
};

/** Booking sessions of every layanan, with the share of the online quota each gets (morning-heavy). */
const SESI = [
  { mulai: '08:00', selesai: '10:00', bagian: 0.4 },
  { mulai: '10:00', selesai: '12:00', bagian: 0.35 },
  { mulai: '13:30', selesai: '15:30', bagian: 0.25 },
] as const;

const kodeUnit = (u: Unit, ...kode: string[]) => kode.some((k) => u.kode === k || u.kode === `OPD-${k}`);
const cariDisdukcapil = (units: Unit[]) => units.find((u) => kodeUnit(u, 'DISDUKCAPIL'));

const LOKASI: readonly RencanaLokasi[] = [
  {
    kode: 'disdukcapil',
    nama: () => 'Kantor Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungbalai',
    alamat: 'Kota Tanjungbalai, Sumatera Utara',
    cariUnit: cariDisdukcapil,
    jamLayanan: JAM_KANTOR,
    layanan: [
      { prefix: 'A', nama: 'KTP-el', layananKode: 'ktp-el-baru', kuotaOnline: 120, kuotaWalkin: 80, standarMenit: 10, bobot: 30 },
      { prefix: 'B', nama: 'Kartu Keluarga', layananKode: 'kk-baru', kuotaOnline: 100, kuotaWalkin: 70, standarMenit: 12, bobot: 25 },
      { prefix: 'C', nama: 'Akta Kelahiran', layananKode: 'akta-kelahiran', kuotaOnline: 80, kuotaWalkin: 50, standarMenit: 15, bobot: 15 },
      { prefix: 'D', nama: 'Akta Kematian', layananKode: 'akta-kematian', kuotaOnline: 60, kuotaWalkin: 40, standarMenit: 12, bobot: 6 },
      { prefix: 'E', nama: 'Pindah Datang (SKPWNI)', layananKode: 'skpwni', kuotaOnline: 60, kuotaWalkin: 40, standarMenit: 20, bobot: 10 },
      { prefix: 'F', nama: 'Kartu Identitas Anak (KIA)', layananKode: 'kia', kuotaOnline: 60, kuotaWalkin: 40, standarMenit: 10, bobot: 14 },
    ],
    loket: [
      { nama: 'Loket 1 — KTP-el dan KIA', prefix: ['A', 'F'] },
      { nama: 'Loket 2 — KTP-el dan KK', prefix: ['A', 'B'] },
      { nama: 'Loket 3 — KK dan Pindah Datang', prefix: ['B', 'E'] },
      { nama: 'Loket 4 — Akta Pencatatan Sipil', prefix: ['C', 'D'] },
      { nama: 'Loket 5 — Akta, KIA dan Pindah', prefix: ['C', 'D', 'E', 'F'] },
      { nama: 'Loket 6 — Prioritas', prefix: ['A', 'B', 'C', 'D', 'E', 'F'] },
    ],
    tiketPerHari: 205,
  },
  {
    kode: 'mpp',
    nama: () => 'Mal Pelayanan Publik Kota Tanjungbalai',
    alamat: 'Kota Tanjungbalai, Sumatera Utara',
    cariUnit: (units) => units.find((u) => kodeUnit(u, 'DPMPTSP')) ?? cariDisdukcapil(units),
    jamLayanan: JAM_KANTOR,
    layanan: [
      { prefix: 'A', nama: 'Perizinan Berusaha (NIB/OSS)', layananKode: 'pendampingan-nib', kuotaOnline: 40, kuotaWalkin: 40, standarMenit: 20, bobot: 45 },
      { prefix: 'B', nama: 'Persetujuan Bangunan Gedung', kuotaOnline: 20, kuotaWalkin: 20, standarMenit: 20, bobot: 20 },
      { prefix: 'C', nama: 'Konsultasi dan Pengaduan Perizinan', kuotaOnline: 30, kuotaWalkin: 30, standarMenit: 15, bobot: 35 },
    ],
    loket: [
      { nama: 'Loket 1 — Perizinan Berusaha', prefix: ['A'] },
      { nama: 'Loket 2 — PBG', prefix: ['B', 'A'] },
      { nama: 'Loket 3 — Konsultasi', prefix: ['C', 'A', 'B'] },
    ],
    tiketPerHari: 60,
  },
  {
    kode: 'kecamatan',
    nama: (u) => `Kantor Camat ${u.nama.replace(/^Kecamatan\s+/i, '')}`,
    alamat: 'Kota Tanjungbalai, Sumatera Utara',
    cariUnit: (units) => units.find((u) => u.jenis === 'KECAMATAN'),
    jamLayanan: JAM_KANTOR,
    layanan: [
      { prefix: 'A', nama: 'Surat Keterangan', kuotaOnline: 20, kuotaWalkin: 25, standarMenit: 10, bobot: 60 },
      { prefix: 'B', nama: 'Legalisasi Dokumen', kuotaOnline: 15, kuotaWalkin: 20, standarMenit: 10, bobot: 40 },
    ],
    loket: [
      { nama: 'Loket 1', prefix: ['A', 'B'] },
      { nama: 'Loket 2', prefix: ['B', 'A'] },
    ],
    tiketPerHari: 30,
  },
];

// ------------------------------------------------------------------------------------------ calendar

type HariLiburJson = Record<string, Array<{ tanggal: string }> | string>;

/**
 * The end of 2025, which a year of history ending in late 2026 reaches but the shared file (2026–2027)
 * does not cover: Natal and its cuti bersama (SKB 3 Menteri 2025).
 */
const LIBUR_AKHIR_2025 = ['2025-12-25', '2025-12-26'];

/** National holidays and cuti bersama of the shared file (the kalender package seeds the same file). */
export function liburNasional(): Set<string> {
  const json = JSON.parse(readFileSync(new URL('./data/hari-libur-nasional.json', import.meta.url), 'utf8')) as HariLiburJson;
  return new Set([...LIBUR_AKHIR_2025, ...Object.values(json).flatMap((v) => (Array.isArray(v) ? v.map((h) => h.tanggal) : []))]);
}

/** The closed dates of a lokasi: the JSON, the `hari_libur` table (whatever the kalender seed wrote) and `antrian_tutup`. */
async function tanggalTutup(db: DbOrTx, lokasiId: number, nasional: ReadonlySet<string>): Promise<Set<string>> {
  const rows = await queryRows<{ t: string }>(db, sql`
    select to_char(tanggal, 'YYYY-MM-DD') as t from hari_libur
    union select to_char(tanggal, 'YYYY-MM-DD') from antrian_tutup where lokasi_id = ${lokasiId}`);
  return new Set([...nasional, ...rows.map((r) => r.t)]);
}

// --------------------------------------------------------------------------------------- simulation

type Layanan = RencanaLayanan & { id: number; sesi: Array<{ id: number; mulai: string; kapasitas: number }> };
type Loket = { id: number; nomor: number; layanan: Set<number> };
type Petugas = { pegawaiId: number; akunId: number | null };

/** One simulated ticket; times are epoch ms. */
type Tiket = {
  layanan: Layanan; kanal: 'online' | 'walkin'; prioritas: Prioritas | null; sesiId: number | null; sesiMulai: number | null;
  status: 'selesai' | 'tidak_hadir' | 'dibatalkan' | 'kedaluwarsa' | 'menunggu';
  dibuat: number; antri: number | null;
  /** When the loket can first call it: a few minutes after joining the line (finding a seat, the board refreshing). */
  siap: number;
  dipanggil?: number; panggilTerakhir?: number; mulai?: number; selesai?: number;
  loketId?: number; petugas?: Petugas | null; jumlahPanggil: number;
};

const MENIT = 60_000;
const JENIS_PRIORITAS: readonly Prioritas[] = ['lansia', 'disabilitas', 'ibu_hamil', 'anak'];

function hashSeed(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** A lognormal draw (Box–Muller) with the given median and log-sd. */
function lognormal(acak: Acak, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - acak.next())) * Math.cos(2 * Math.PI * acak.next());
  return median * Math.exp(sigma * z);
}

/**
 * Relative walk-in arrival rate at a WIB minute of the day: a morning peak 08:30–10:30, a quieter late
 * morning, a smaller afternoon wave, almost nobody in the last half hour.
 */
function lajuKedatangan(menit: number, tutupMenit: number): number {
  if (menit >= tutupMenit - 30) return 0.1;
  if (menit < 8 * 60 + 30) return 1.2;
  if (menit < 10 * 60 + 30) return 2.6;
  if (menit < 12 * 60) return 1.1;
  if (menit < 14 * 60 + 30) return 1;
  return 0.5;
}

/** A walk-in arrival instant on a day, drawn from {@link lajuKedatangan} over the open intervals (5-minute slots). */
function waktuDatang(acak: Acak, tanggal: string, interval: Array<{ mulai: Date; selesai: Date }>): number {
  const awalHari = waktuWib(tanggal, '00:00').getTime();
  const tutup = (interval.at(-1)!.selesai.getTime() - awalHari) / MENIT;
  const slot: number[] = [];
  for (const iv of interval) for (let t = iv.mulai.getTime(); t < iv.selesai.getTime(); t += 5 * MENIT) slot.push(t);
  const t = acak.weighted(slot, slot.map((s) => lajuKedatangan((s - awalHari) / MENIT, tutup)));
  return t + acak.int(0, 299) * 1000;
}

/** How busy a day is: Mondays and the first day after a holiday are busier, Fridays quieter (with noise). */
function faktorHari(acak: Acak, tanggal: string, kal: Kalender): number {
  const hari = hariIso(tanggal);
  let f = hari === 1 ? 1.25 : hari === 5 ? 0.8 : 1;
  const kemarin = tambahHari(tanggal, -1);
  const setelahLibur = kal.libur.has(kemarin) || (hari === 1 && kal.libur.has(tambahHari(tanggal, -3)));
  if (setelahLibur) f *= 1.25;
  return f * (0.88 + acak.next() * 0.24);
}

/** Arrivals of one day: who comes, for which layanan, by which channel, when (before any service). */
function buatKedatangan(acak: Acak, tanggal: string, kal: Kalender, r: RencanaLokasi, layanan: Layanan[]): Tiket[] {
  const interval = intervalKerjaPada(tanggal, kal);
  const n = Math.round(r.tiketPerHari * faktorHari(acak, tanggal, kal));
  const sisa = new Map<string, number>(); // 'online:<id>' | 'walkin:<id>' | 'sesi:<id>' → places left
  for (const l of layanan) {
    sisa.set(`online:${l.id}`, l.kuotaOnline);
    sisa.set(`walkin:${l.id}`, l.kuotaWalkin);
    for (const s of l.sesi) sisa.set(`sesi:${s.id}`, s.kapasitas);
  }
  const ambil = (k: string) => {
    const v = sisa.get(k) ?? 0;
    if (v > 0) sisa.set(k, v - 1);
    return v > 0;
  };
  const tiket: Tiket[] = [];
  for (let i = 0; i < n; i++) {
    const l = acak.weighted(layanan, layanan.map((x) => x.bobot));
    const prioritas = acak.chance(0.08) ? acak.weighted(JENIS_PRIORITAS, [45, 15, 20, 20]) : null;
    const sesi = acak.weighted(l.sesi, SESI.map((s) => s.bagian));
    const online = acak.chance(0.55) && ambil(`sesi:${sesi.id}`) && ambil(`online:${l.id}`);
    if (online) {
      // Booked 1–10 days before, between 06:00 and 22:00 WIB (citizens book from their phones at any hour).
      const dibuat = waktuWib(tambahHari(tanggal, -acak.int(1, 10)), '06:00').getTime() + acak.int(0, 16 * 60) * MENIT;
      const sesiMulai = waktuWib(tanggal, sesi.mulai).getTime();
      const batal = acak.chance(0.03);
      // Check-in inside the window (−30/+15 min) and inside the opening hours.
      const buka = interval.find((iv) => iv.selesai.getTime() > sesiMulai) ?? interval[0]!;
      const datang = Math.max(buka.mulai.getTime(), sesiMulai + acak.int(-25, 14) * MENIT) + acak.int(0, 59) * 1000;
      tiket.push({
        layanan: l, kanal: 'online', prioritas, sesiId: sesi.id, sesiMulai, dibuat, jumlahPanggil: 0,
        status: batal ? acak.pick(['dibatalkan', 'kedaluwarsa'] as const) : 'selesai',
        antri: batal ? null : datang, siap: datang + acak.int(60, 300) * 1000,
      });
    } else if (ambil(`walkin:${l.id}`)) {
      const datang = waktuDatang(acak, tanggal, interval);
      tiket.push({
        layanan: l, kanal: 'walkin', prioritas, sesiId: null, sesiMulai: null, dibuat: datang, antri: datang,
        siap: datang + acak.int(60, 300) * 1000, jumlahPanggil: 0, status: 'selesai',
      });
    }
  }
  return tiket;
}

type Server = { loket: Loket; petugas: Petugas | null; bebas: number };

/**
 * The next ticket a loket calls at `t` (the call order of the plan's urutkanAntrean, simplified for the
 * seed): a checked-in appointment whose session has started, else a priority ticket when `rasio` regular
 * calls have passed since the last one, else the earliest arrival.
 */
function pilihTiket(antre: Tiket[], t: number, loket: Loket, regulerSejak: number, rasio: number): Tiket | undefined {
  const siap = antre.filter((x) => x.siap <= t && loket.layanan.has(x.layanan.id));
  const awal = (a: Tiket, b: Tiket) => a.antri! - b.antri!;
  const janji = siap.filter((x) => x.kanal === 'online' && x.sesiMulai! <= t).sort((a, b) => a.sesiMulai! - b.sesiMulai! || awal(a, b));
  if (janji[0]) return janji[0];
  const prioritas = siap.filter((x) => x.prioritas).sort(awal);
  if (prioritas[0] && regulerSejak >= rasio) return prioritas[0];
  return siap.sort(awal)[0];
}

/**
 * Serves one day's line with the day's staffed loket. Each call: the loket calls (dipanggilPada), the
 * citizen walks up (mulaiPada, 20–75 s later), service takes a lognormal time with a median of 50 % of
 * the layanan's standard (most within the standard, a tail above it). ~6 % never come: three calls over
 * ~4 minutes, then tidak_hadir. A service never runs past the end of an open interval. Tickets left
 * uncalled at closing time keep no `dipanggil` and the caller drops them (the kiosk stops issuing
 * tickets when the line cannot be served that day).
 */
function layani(acak: Acak, tanggal: string, kal: Kalender, antre: Tiket[], servers: Server[], rasio: number): void {
  const interval = intervalKerjaPada(tanggal, kal).map((iv) => ({ mulai: iv.mulai.getTime(), selesai: iv.selesai.getTime() }));
  const menunggu = new Set(antre);
  let regulerSejak = 0;
  let aktif = servers.map((s) => ({ ...s, bebas: interval[0]!.mulai }));
  while (menunggu.size && aktif.length) {
    const s = aktif.reduce((a, b) => (b.bebas < a.bebas || (b.bebas === a.bebas && b.loket.nomor < a.loket.nomor) ? b : a));
    const iv = interval.find((x) => s.bebas < x.selesai - 3 * MENIT);
    if (!iv) {
      aktif = aktif.filter((x) => x !== s);
      continue;
    }
    const t = Math.max(s.bebas, iv.mulai);
    const x = pilihTiket([...menunggu], t, s.loket, regulerSejak, rasio);
    if (!x) {
      const berikut = [...menunggu].filter((y) => s.loket.layanan.has(y.layanan.id) && y.siap > t).map((y) => y.siap);
      if (berikut.length) s.bebas = Math.min(...berikut);
      else aktif = aktif.filter((y) => y !== s);
      continue;
    }
    menunggu.delete(x);
    regulerSejak = x.prioritas ? 0 : regulerSejak + 1;
    Object.assign(x, { dipanggil: t, loketId: s.loket.id, petugas: s.petugas, jumlahPanggil: 1 });
    if (acak.chance(0.06)) {
      Object.assign(x, { status: 'tidak_hadir', jumlahPanggil: 3, panggilTerakhir: Math.min(t + acak.int(150, 240) * 1000, iv.selesai) });
      s.bebas = x.panggilTerakhir! + 20_000;
      continue;
    }
    const mulai = Math.min(t + acak.int(20, 75) * 1000, iv.selesai - 2 * MENIT);
    const durasi = Math.max(2 * MENIT, lognormal(acak, x.layanan.standarMenit * 0.5, 0.35) * MENIT);
    Object.assign(x, { panggilTerakhir: t, mulai, selesai: Math.min(mulai + Math.round(durasi), iv.selesai), status: 'selesai' });
    s.bebas = x.selesai! + acak.int(10, 40) * 1000;
  }
}

// ------------------------------------------------------------------------------------------ writing

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A random public booking code (10 base32 characters), unique within the seed. */
function kodeBaru(acak: Acak, dipakai: Set<string>): string {
  for (;;) {
    const k = Array.from({ length: 10 }, () => BASE32[acak.int(0, 31)]).join('');
    if (!dipakai.has(k)) {
      dipakai.add(k);
      return k;
    }
  }
}

const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());

/** Numbers a day's tickets PREFIX-NNN per layanan from 1, in order of issue (booking or kiosk time), and makes DB rows. */
function barisTiket(acak: Acak, tanggal: string, lokasiId: number, tiket: Tiket[], kode: Set<string>) {
  const urut = new Map<number, number>();
  return [...tiket].sort((a, b) => a.dibuat - b.dibuat).map((x) => {
    const n = (urut.get(x.layanan.id) ?? 0) + 1;
    urut.set(x.layanan.id, n);
    const dilayani = x.status === 'selesai' || x.status === 'tidak_hadir' || x.status === 'menunggu';
    return {
      lokasi_id: lokasiId, layanan_id: x.layanan.id, tanggal, nomor_urut: n, nomor: formatNomor(x.layanan.prefix, n),
      kode: kodeBaru(acak, kode), kanal: x.kanal, sesi_id: x.sesiId, status: x.status, prioritas: x.prioritas,
      loket_id: x.loketId ?? null, petugas_pegawai_id: x.petugas?.pegawaiId ?? null, petugas_akun_id: x.petugas?.akunId ?? null,
      jumlah_panggil: x.jumlahPanggil, dibuat_pada: iso(x.dibuat),
      check_in_pada: dilayani ? iso(x.antri) : null, antri_pada: dilayani ? iso(x.antri) : null,
      dipanggil_pada: iso(x.dipanggil), panggil_terakhir_pada: iso(x.panggilTerakhir), mulai_pada: iso(x.mulai), selesai_pada: iso(x.selesai),
    };
  });
}
type BarisTiket = ReturnType<typeof barisTiket>[number];

/**
 * Inserts ticket rows in batches through `json_to_recordset` (one text parameter per batch).
 * Demo history holds no personal data: nama, NIK (nikEnc/nikHash/nikAkhir) and telephone stay null —
 * the tickets exist for statistics (waiting/service time, who served), not to show citizens.
 */
async function sisipTiket(db: DbOrTx, rows: BarisTiket[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    await db.execute(sql`
      insert into antrian_tiket (lokasi_id, layanan_id, tanggal, nomor_urut, nomor, kode, kanal, sesi_id, status, prioritas,
        loket_id, petugas_pegawai_id, petugas_akun_id, jumlah_panggil, dibuat_pada, check_in_pada, antri_pada, dipanggil_pada,
        panggil_terakhir_pada, mulai_pada, selesai_pada)
      select lokasi_id, layanan_id, tanggal, nomor_urut, nomor, kode, kanal, sesi_id, status, prioritas,
        loket_id, petugas_pegawai_id, petugas_akun_id, jumlah_panggil, dibuat_pada, check_in_pada, antri_pada, dipanggil_pada,
        panggil_terakhir_pada, mulai_pada, selesai_pada
      from json_to_recordset(${JSON.stringify(rows.slice(i, i + 5000))}::json) as x(
        lokasi_id int, layanan_id int, tanggal date, nomor_urut int, nomor text, kode text, kanal text, sesi_id int, status text,
        prioritas text, loket_id int, petugas_pegawai_id int, petugas_akun_id int, jumlah_panggil smallint, dibuat_pada timestamptz,
        check_in_pada timestamptz, antri_pada timestamptz, dipanggil_pada timestamptz, panggil_terakhir_pada timestamptz,
        mulai_pada timestamptz, selesai_pada timestamptz)`);
  }
}

// ------------------------------------------------------------------------------------------- set-up

/** Splits the online quota over {@link SESI}; the capacities add up to `kuotaOnline`. */
function kapasitasSesi(kuotaOnline: number): number[] {
  const k = SESI.map((s) => Math.floor(kuotaOnline * s.bagian));
  k[0]! += kuotaOnline - k.reduce((a, b) => a + b, 0);
  return k;
}

/** Creates a lokasi with its layanan, sessions, loket (+ their layanan); returns what the simulation needs. */
async function buatLokasi(tx: DbOrTx, r: RencanaLokasi, unit: Unit) {
  const [lokasi] = await tx.insert(antrianLokasi).values({
    kode: r.kode, nama: r.nama(unit), alamat: r.alamat, unitId: unit.id, jamLayanan: r.jamLayanan,
  }).returning();
  const layanan: Layanan[] = [];
  for (const [i, l] of r.layanan.entries()) {
    const [row] = await tx.insert(antrianLayanan).values({
      lokasiId: lokasi!.id, nama: l.nama, layananKode: l.layananKode, prefix: l.prefix, kuotaOnline: l.kuotaOnline,
      kuotaWalkin: l.kuotaWalkin, standarMenit: l.standarMenit, urutan: i + 1,
    }).returning();
    const kapasitas = kapasitasSesi(l.kuotaOnline);
    const sesi = await tx.insert(antrianSesi).values(SESI.map((s, j) => ({ layananId: row!.id, mulai: s.mulai, selesai: s.selesai, kapasitas: kapasitas[j]! }))).returning();
    layanan.push({ ...l, id: row!.id, sesi: sesi.map((s) => ({ id: s.id, mulai: s.mulai, kapasitas: s.kapasitas })) });
  }
  const idPrefix = new Map(layanan.map((l) => [l.prefix, l.id]));
  const loketRows = await tx.insert(antrianLoket).values(r.loket.map((k, i) => ({ lokasiId: lokasi!.id, nomor: i + 1, nama: k.nama }))).returning();
  const loket: Loket[] = loketRows.map((k, i) => ({ id: k.id, nomor: k.nomor, layanan: new Set(r.loket[i]!.prefix.map((p) => idPrefix.get(p)!)) }));
  await tx.insert(antrianLoketLayanan).values(loket.flatMap((k) => [...k.layanan].map((layananId) => ({ loketId: k.id, layananId }))));
  return { lokasi: lokasi!, layanan, loket };
}

/**
 * Staff of the lokasi's OPD who serve at the loket, deterministically: pelaksana, "Operator Layanan
 * Operasional" first, by id; at Disdukcapil the demo petugas account's pegawai is always one of them
 * (the only one with an akun id on tickets).
 */
async function pilihPetugas(db: DbOrTx, unit: Unit, jumlah: number): Promise<Petugas[]> {
  const opdId = unit.opd_id ?? unit.id;
  const akun = await queryRows<{ id: number; pegawai_id: number }>(db, sql`
    select id, pegawai_id from akun where 'petugas' = any(roles) and opd_id = ${opdId} and pegawai_id is not null and aktif
    order by (username = '197101281999012001') desc, id limit 1`);
  const pegawai = await queryRows<{ id: number }>(db, sql`
    select p.id from pegawai p join unit_organisasi u on u.id = p.unit_id left join jabatan j on j.id = p.jabatan_id
    where (u.id = ${opdId} or u.opd_id = ${opdId}) and p.aktif and coalesce(j.jenis, 'PELAKSANA') = 'PELAKSANA'
    order by (j.nama = 'Operator Layanan Operasional') desc, p.id limit ${jumlah}`);
  const demo = akun[0] ? [{ pegawaiId: Number(akun[0].pegawai_id), akunId: Number(akun[0].id) }] : [];
  const lain = pegawai.map((p) => Number(p.id)).filter((id) => id !== demo[0]?.pegawaiId).map((id) => ({ pegawaiId: id, akunId: null }));
  return [...demo, ...lain].slice(0, jumlah);
}

/** A shuffled copy (Fisher–Yates). */
function acakUrutan<T>(acak: Acak, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = acak.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The loket staffed on a day: every loket, or one fewer on ~25 % of days (leave, training); staff rotate. */
function jadwalPetugas(acak: Acak, loket: Loket[], petugas: Petugas[]): Server[] {
  // Without known staff (an OPD with no pegawai yet) the loket still serve; the tickets name no petugas.
  const urut: Array<Petugas | null> = petugas.length ? acakUrutan(acak, petugas) : loket.map(() => null);
  const n = Math.min(loket.length, urut.length) - (loket.length > 2 && acak.chance(0.25) ? 1 : 0);
  // The last loket (the all-layanan one at Disdukcapil) is always staffed.
  const buka = [...loket.slice(0, n - 1), loket.at(-1)!];
  return buka.map((k, i) => ({ loket: k, petugas: urut[i]!, bebas: 0 }));
}

/**
 * Today's demo line at Disdukcapil: eight tickets waiting (menunggu), walk-in and checked-in online, one
 * lansia, placed at `now` whatever the calendar says so the console always has something to call. Their
 * transitions are recorded in antrian_peristiwa (the year of history has none: it is statistics only).
 */
async function antreanHariIni(tx: DbOrTx, now: Date, lokasiId: number, layanan: Layanan[], kode: Set<string>) {
  const hariIni = tanggalWib(now);
  const acak = buatAcak(hashSeed(`disdukcapil|hari-ini|${hariIni}`));
  const menit = (m: number) => now.getTime() - m * MENIT;
  const byPrefix = new Map(layanan.map((l) => [l.prefix, l]));
  const jam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  const rencana: Array<[string, 'online' | 'walkin', Prioritas | null, number]> = [
    ['A', 'online', null, 42], ['A', 'walkin', null, 35], ['B', 'walkin', null, 31], ['A', 'walkin', 'lansia', 27],
    ['C', 'online', null, 22], ['B', 'walkin', null, 15], ['F', 'walkin', null, 9], ['E', 'walkin', null, 4],
  ];
  const tiket: Tiket[] = rencana.map(([p, kanal, prioritas, lalu]) => {
    const l = byPrefix.get(p)!;
    // An online ticket belongs to the session running now (or the last one that started).
    const sesi = [...l.sesi].reverse().find((s) => menitDariJam(s.mulai) <= menitDariJam(jam)) ?? l.sesi[0]!;
    const online = kanal === 'online';
    return {
      layanan: l, kanal, prioritas, sesiId: online ? sesi.id : null, sesiMulai: online ? waktuWib(hariIni, sesi.mulai).getTime() : null,
      status: 'menunggu', dibuat: online ? menit(lalu + 18 * 60) : menit(lalu), antri: menit(lalu), siap: menit(lalu), jumlahPanggil: 0,
    };
  });
  const rows = barisTiket(acak, hariIni, lokasiId, tiket, kode);
  const ids = await tx.insert(antrianTiket).values(rows.map((r) => ({
    lokasiId: r.lokasi_id, layananId: r.layanan_id, tanggal: r.tanggal, nomorUrut: r.nomor_urut, nomor: r.nomor, kode: r.kode,
    kanal: r.kanal, sesiId: r.sesi_id, status: 'menunggu' as const, prioritas: r.prioritas, dibuatPada: new Date(r.dibuat_pada!),
    checkInPada: new Date(r.check_in_pada!), antriPada: new Date(r.antri_pada!),
  }))).returning({ id: antrianTiket.id, kanal: antrianTiket.kanal, dibuatPada: antrianTiket.dibuatPada, antriPada: antrianTiket.antriPada });
  await tx.insert(antrianPeristiwa).values(ids.flatMap((t) => t.kanal === 'online'
    ? [
      { tiketId: t.id, aksi: 'pesan', dari: null, ke: 'dipesan', pada: t.dibuatPada },
      { tiketId: t.id, aksi: 'check_in', dari: 'dipesan', ke: 'menunggu', pada: t.antriPada! },
    ]
    : [{ tiketId: t.id, aksi: 'ambil', dari: null, ke: 'menunggu', pada: t.antriPada! }]));
  return rows.length;
}

/** Number counters (antrian_nomor) for every seeded day, and today's quota counters (antrian_kuota). */
async function sisipPenghitung(tx: DbOrTx, lokasiIds: number[], hariIni: string): Promise<void> {
  const ids = sql.join(lokasiIds.map((id) => sql`${id}`), sql`, `);
  await tx.execute(sql`
    insert into antrian_nomor (layanan_id, tanggal, terakhir)
    select layanan_id, tanggal, max(nomor_urut) from antrian_tiket where lokasi_id in (${ids}) group by layanan_id, tanggal`);
  await tx.execute(sql`
    insert into antrian_kuota (layanan_id, tanggal, kunci, kapasitas, terpakai)
    select l.id, ${hariIni}::date, k.kunci, case k.kunci when 'online' then l.kuota_online else l.kuota_walkin end,
      (select count(*)::int from antrian_tiket t where t.layanan_id = l.id and t.tanggal = ${hariIni}::date and t.kanal = k.kunci
         and t.status not in ('dibatalkan', 'kedaluwarsa'))
    from antrian_layanan l cross join (values ('online'), ('walkin')) as k(kunci) where l.lokasi_id in (${ids})
    union all
    select s.layanan_id, ${hariIni}::date, 'sesi:' || s.id, s.kapasitas,
      (select count(*)::int from antrian_tiket t where t.sesi_id = s.id and t.tanggal = ${hariIni}::date and t.status not in ('dibatalkan', 'kedaluwarsa'))
    from antrian_sesi s join antrian_layanan l on l.id = s.layanan_id where l.lokasi_id in (${ids})`);
}

/**
 * Seeds the demo queue: lokasi `disdukcapil`, `mpp` and `kecamatan` (units looked up by kode/kind; a lokasi
 * whose unit is missing is skipped and logged), the display device of Disdukcapil with the token
 * {@link TOKEN_LAYAR_DEMO} (sha256 hex in antrian_layar.token_hash), one past closure day at Disdukcapil,
 * {@link HARI_RIWAYAT} days of history ending yesterday (WIB) and today's waiting line at Disdukcapil.
 * Idempotent: does nothing when a lokasi `disdukcapil` already exists.
 *
 * @param database  an open, migrated database whose org data (units, pegawai, demo accounts) is seeded
 * @param opts.now  "today" (default: the current time); the history ends the WIB day before it
 * @param opts.log  progress lines (Indonesian)
 * @param opts.hariRiwayat  days of history (default {@link HARI_RIWAYAT}; tests that only need the shape pass fewer)
 * @returns the number of lokasi and tickets inserted (0, 0 when already seeded or no unit found)
 */
export async function seedAntrianDemo(
  database: Database,
  opts: { now?: Date; log?: (m: string) => void; hariRiwayat?: number } = {},
): Promise<{ lokasi: number; tiket: number }> {
  const { db } = database;
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? new Date();
  const hariIni = tanggalWib(now);
  if ((await queryRows(db, sql`select 1 from antrian_lokasi where kode = 'disdukcapil'`)).length) {
    log('Antrian demo: lokasi disdukcapil sudah ada, dilewati.');
    return { lokasi: 0, tiket: 0 };
  }
  const units = await queryRows<Unit>(db, sql`select id, kode, nama, jenis, opd_id from unit_organisasi where aktif order by urutan, id`);
  const nasional = liburNasional();
  const kode = new Set<string>();
  let nLokasi = 0;
  let nTiket = 0;
  await db.transaction(async (tx) => {
    const lokasiIds: number[] = [];
    for (const r of LOKASI) {
      const unit = r.cariUnit(units);
      if (!unit) {
        log(`Antrian demo: unit untuk lokasi ${r.kode} tidak ditemukan, dilewati.`);
        continue;
      }
      const { lokasi, layanan, loket } = await buatLokasi(tx, r, unit);
      lokasiIds.push(lokasi.id);
      nLokasi++;
      if (r.kode === 'disdukcapil') {
        await tx.insert(antrianLayar).values({ lokasiId: lokasi.id, nama: 'Layar ruang tunggu', tokenHash: createHash('sha256').update(TOKEN_LAYAR_DEMO).digest('hex') });
        await tx.insert(antrianTutup).values({ lokasiId: lokasi.id, tanggal: hariTutupDemo(hariIni, nasional, r.jamLayanan), alasan: 'Pemeliharaan jaringan SIAK terpusat' });
      }
      const kal: Kalender = { libur: await tanggalTutup(tx, lokasi.id, nasional), jadwal: r.jamLayanan };
      const petugas = await pilihPetugas(tx, unit, Math.min(loket.length, 6));
      const rows: BarisTiket[] = [];
      for (let d = opts.hariRiwayat ?? HARI_RIWAYAT; d >= 1; d--) {
        const tanggal = tambahHari(hariIni, -d);
        if (!isHariKerja(tanggal, kal)) continue;
        const acak = buatAcak(hashSeed(`${r.kode}|${tanggal}`));
        const tiket = buatKedatangan(acak, tanggal, kal, r, layanan);
        layani(acak, tanggal, kal, tiket.filter((x) => x.antri != null), jadwalPetugas(acak, loket, petugas), lokasi.rasioPrioritas);
        rows.push(...barisTiket(acak, tanggal, lokasi.id, tiket.filter((x) => x.antri == null || x.dipanggil != null), kode));
      }
      await sisipTiket(tx, rows);
      nTiket += rows.length;
      if (r.kode === 'disdukcapil') nTiket += await antreanHariIni(tx, now, lokasi.id, layanan, kode);
      log(`Antrian demo: ${lokasi.nama} — ${layanan.length} layanan, ${loket.length} loket, ${rows.length} tiket riwayat.`);
    }
    if (lokasiIds.length) await sisipPenghitung(tx, lokasiIds, hariIni);
  });
  await db.execute(sql`analyze antrian_tiket`);
  log(`Antrian demo: ${nLokasi} lokasi, ${nTiket} tiket.`);
  return { lokasi: nLokasi, tiket: nTiket };
}

/** A past closure of Disdukcapil: the open weekday closest to 100 days before today (not a holiday). */
function hariTutupDemo(hariIni: string, libur: ReadonlySet<string>, jadwal: JadwalMingguan): string {
  let t = tambahHari(hariIni, -100);
  while (!isHariKerja(t, { libur, jadwal })) t = tambahHari(t, -1);
  return t;
}
