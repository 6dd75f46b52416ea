/**
 * Demo cases of the layanan module (issue #4, pelayanan.md §2, §4, §6): a city-year of online applications
 * (permohonan) and complaints (pengaduan) for Tanjungbalai, on the catalogue that scripts/seed/layanan-katalog.ts
 * wrote (layanan, published standar versions, complaint categories).
 *
 * **Permohonan** (default {@link PERMOHONAN_PER_TAHUN} a year, ~90 % at Disdukcapil): submissions at any hour
 * with a weekday, holiday and seasonal rhythm (school enrolment in June–July fills KK, akta kelahiran and KIA);
 * each case follows the workflow of src/domain/layanan/permohonan.ts with the SLA clock of
 * src/domain/layanan/sla.ts (working time of Perpres 21/2023 minus the holidays, paused while perlu_perbaikan):
 * staff work a lognormal share of the jangka waktu (median ≈ 40 %, so ~10 % finish late), ~10 % get a perbaikan
 * round (the applicant answers after hours to days; a few never do and the case keeps waiting), ~3 % are refused.
 * Overdue running cases are escalated a few minutes after the due instant to the assignee's atasan (or the head
 * of the unit when unassigned), as the 5-minute job does. Assignees are pegawai of the OPD holding a `petugas`
 * account; the seed gives a handful of Disdukcapil operators (and two pelaksana of every other OPD with online
 * layanan) such accounts with the demo password, next to the demo petugas 197101281999012001. Cases are assigned
 * at submission by the service's round-robin; ~12 % are reassigned by hand (mostly to the demo petugas). History runs up to `now`: the last days' cases are still open in every status, and
 * {@link kasusHariIni} adds a fixed set for the demo petugas (new, verified, in process, due soon, waiting for a
 * correction, overdue and escalated, and unassigned ones) whatever the calendar says.
 *
 * **Pengaduan** (default {@link PENGADUAN_PER_TAHUN} a year): SP4N-LAPOR! handling (src/domain/layanan/pengaduan.ts,
 * PermenPANRB 62/2018): verified and forwarded mostly within 3 hari kerja, followed up by the OPD within 5 hari
 * kerja in ~80 % of cases, outcomes tuntas / sebagian / tidak tuntas, reporters confirming, replying (reopening)
 * or staying silent until the 10-working-day auto-close; some refused or closed as duplicates; ~18 % anonymous,
 * ~10 % confidential; channels web, Open311 (a demo client), WhatsApp, loket, LAPOR!, SMS; locations within
 * Tanjungbalai; some complaints name a (late) permohonan by its number (one tracking number per case).
 *
 * Personal data is handled as the app does (UU 27/2022): NIK, KK, phone and e-mail encrypted with the SAME
 * DataPribadi (DATA_KEY of the environment, or `opts.dataPribadi`), NIK/KK looked up by keyed hash, last 4
 * digits for display; synthetic NIKs are valid per validasiNik (prefix 1274, a Tanjungbalai kecamatan).
 * Files: persyaratan uploads of every case, and the digital product of finished "unduh" cases, are rows
 * pointing to two shared demo files written once under DATA_DIR/uploads/demo/ (a small PDF; complaint photos
 * point to one small PNG) — no per-case files. Access codes are derived from the seeded PRNG (so the bench can
 * read them back) and stored as sha256 of the normalised code, like the service does.
 *
 * Deterministic (scripts/seed/prng.ts, one generator per day and kind), idempotent (does nothing when a
 * permohonan or pengaduan exists), fast (rows through `json_to_recordset`, one parameter per batch).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type DbOrTx } from '../../src/server/db/client.ts';
import { createDataPribadi, type DataPribadi } from '../../src/server/lib/data-pribadi.ts';
import { loadConfig } from '../../src/server/config.ts';
import {
  hariIso, intervalKerjaPada, JAM_KERJA_ASN, menitKerjaAntara, tambahHariKerja, tambahMenitKerja, waktuWib, type Kalender,
} from '../../src/domain/shared/hari-kerja.ts';
import { tambahHari, tanggalWib } from '../../src/domain/shared/tanggal.ts';
import { menitAnggaran, standarBerlakuPada, type PersyaratanItem, type SatuanJangkaWaktu } from '../../src/domain/layanan/standar.ts';
import { formatNomorPermohonan, kodeAksesDari, normalisasiKodeAkses, type StatusPermohonan } from '../../src/domain/layanan/permohonan.ts';
import { jedaSla, lanjutkanSla, mulaiSla, tepatWaktu, type KeadaanSla } from '../../src/domain/layanan/sla.ts';
import { batasHariKerja, formatNomorPengaduan, type HasilTindakLanjut, type StatusPengaduan } from '../../src/domain/layanan/pengaduan.ts';
import { PERSETUJUAN_VERSI_PERMOHONAN } from '../../src/contracts/permohonan.ts';
import { buatNama } from './data/nama.ts';
import { liburNasional } from './antrian.ts';
import { buatAcak, type Acak } from './prng.ts';

/** Days of history ending now (WIB). */
export const HARI_RIWAYAT = 365;
/** Applications a year in the demo (a city of ~184,000; Disdukcapil's online share). */
export const PERMOHONAN_PER_TAHUN = 18_000;
/** Complaints, aspirations and information requests a year. */
export const PENGADUAN_PER_TAHUN = 3_000;
/** Files shared by every demo case, relative to DATA_DIR/uploads. */
export const BERKAS_DEMO = { pdf: 'demo/contoh-berkas-demo.pdf', png: 'demo/contoh-foto-demo.png' } as const;

const MENIT = 60_000;
const JAM = 60 * MENIT;
const HARI = 24 * JAM;
/** Working minutes of one ASN working day (Perpres 21/2023: 37.5 h over 5 days). */
const MENIT_HARI_KERJA = 450;

export type OpsiSeedLayanan = {
  /** "Now" (default: the current time); history ends here. */
  now?: Date;
  log?: (m: string) => void;
  /** Days of history (default {@link HARI_RIWAYAT}). */
  hariRiwayat?: number;
  /** Applications per year (default {@link PERMOHONAN_PER_TAHUN}); the bench asks 60,000 for one OPD. */
  permohonanPerTahun?: number;
  /** Complaints per year (default {@link PENGADUAN_PER_TAHUN}); 0 = none. */
  pengaduanPerTahun?: number;
  /** Only the layanan of this OPD (unit id of the OPD; the bench's "one OPD-year"). */
  opdId?: number;
  /** Encryption and keyed hashes of personal data (default: from DATA_KEY of the environment, as the app). */
  dataPribadi?: DataPribadi;
  /** Folder of uploaded files (default: DATA_DIR/uploads of the environment); the two demo files go there. */
  uploadsDir?: string;
  /** How many (nomor, kodeAkses) pairs of permohonan to return, spread over the year (default 3, for the log). */
  contohLacak?: number;
};

export type HasilSeedLayanan = {
  permohonan: number;
  pengaduan: number;
  /** Tracking pairs (private codes in clear: demo data only) of some applications, spread over the year. */
  contohLacak: Array<{ nomor: string; kodeAkses: string; status: StatusPermohonan }>;
  detik: number;
};

// ------------------------------------------------------------------------------------------- catalogue

type LayananSeed = {
  id: number; kode: string; nama: string; unitId: number; opdId: number;
  versi: VersiSeed[];
  /** Relative share of the applications. */
  bobot: number;
  /** Median share of the jangka waktu the office uses (lognormal); slightly different per service. */
  median: number;
  digital: boolean;
};
type VersiSeed = {
  id: number; versi: number; terbit: boolean; berlakuMulai: Date; persyaratan: PersyaratanItem[];
  jangka: { nilai: number; satuan: SatuanJangkaWaktu };
};

/**
 * Relative demand of a layanan from its kode/nama (Disdukcapil documents dominate; pelayanan.md §2.2). Unknown
 * services of other OPDs get a small share.
 */
function bobotLayanan(kode: string, nama: string): number {
  const s = `${kode} ${nama}`.toLowerCase();
  const ada = (re: RegExp) => re.test(s);
  if (ada(/ktp/)) return ada(/baru/) ? 14 : ada(/hilang|rusak/) ? 8 : ada(/ubah|perubahan/) ? 6 : 8;
  if (ada(/kartu keluarga|(^|[^a-z])kk([^a-z]|$)/)) return ada(/baru/) ? 10 : ada(/hilang|rusak/) ? 5 : ada(/ubah|perubahan/) ? 12 : 8;
  if (ada(/kelahiran/)) return 14;
  if (ada(/kia|identitas anak/)) return 9;
  if (ada(/pindah|skpwni/)) return 7;
  if (ada(/kematian/)) return 5;
  if (ada(/perkawinan/)) return 1.2;
  if (ada(/perceraian/)) return 0.6;
  return 1.5;
}

/** Seasonal demand per month (index 0 = January): school enrolment (June–July), year's end quieter. */
const MUSIM = [1.1, 1, 1, 0.95, 1, 1.3, 1.35, 1.05, 0.95, 0.95, 0.9, 0.85];
/** Online submissions by ISO weekday (1 = Senin): busiest Monday, few at weekends. */
const HARIAN = [0, 1.3, 1.15, 1.1, 1.05, 0.9, 0.45, 0.35];
/** Submission hour (WIB) weights: office hours and the evening after work. */
const JAM_AJU = [0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.6, 1, 2.2, 2.6, 2.5, 2.2, 1.5, 1.9, 2, 1.8, 1.3, 1, 1, 1.5, 1.7, 1.4, 0.8, 0.4];

// ------------------------------------------------------------------------------------------- helpers

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

const dua = (n: number) => String(n).padStart(2, '0');
const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());
const tahunWib = (ms: number) => Number(tanggalWib(new Date(ms)).slice(0, 4));

/** A private access code from the PRNG (display form "K7PQ-M2XD"), as kodeAksesDari does from random bytes. */
function kodeAkses(acak: Acak): string {
  return kodeAksesDari(Uint8Array.from({ length: 8 }, () => acak.int(0, 255)));
}

/** A synthetic NIK valid per validasiNik: 1274 + a Tanjungbalai kecamatan, birth date (+40 for women), sequence. */
function nikSintetis(acak: Acak, jk: 'L' | 'P', hariIni: string, usia: [number, number]): string {
  const tahun = Number(hariIni.slice(0, 4)) - acak.int(usia[0], usia[1]);
  const bulan = acak.int(1, 12);
  const hari = acak.int(1, 28);
  return `1274${dua(acak.int(1, 6))}${dua(hari + (jk === 'P' ? 40 : 0))}${dua(bulan)}${dua(tahun % 100)}${String(acak.int(1, 400)).padStart(4, '0')}`;
}

/** A synthetic KK number valid per validasiKk: 1274 + kecamatan, issue date 2005–last year, sequence. */
function kkSintetis(acak: Acak, hariIni: string): string {
  const tahun = acak.int(2005, Number(hariIni.slice(0, 4)) - 1);
  return `1274${dua(acak.int(1, 6))}${dua(acak.int(1, 28))}${dua(acak.int(1, 12))}${dua(tahun % 100)}${String(acak.int(1, 900)).padStart(4, '0')}`;
}

const PREFIX_HP = ['0812', '0813', '0821', '0822', '0852', '0853', '0877', '0878', '0813', '0895', '0838'];
const teleponSintetis = (acak: Acak) => `${acak.pick(PREFIX_HP)}${String(acak.int(0, 99_999_999)).padStart(8, '0')}`;
const normalHp = (hp: string) => `62${hp.slice(1)}`;

// ------------------------------------------------------------------------------------ working time

/**
 * Working time of the simulation: the working intervals of a date range (from intervalKerjaPada, so the same
 * calendar) as instants with cumulative working milliseconds. `tambah` is tambahMenitKerja by binary search —
 * the same result (an instant landing on the end of an interval stays there) at a fraction of the cost; it places
 * the simulated staff actions (hundreds of thousands of calls). The SLA itself is computed with
 * src/domain/layanan/sla.ts. Outside the range it falls back to tambahMenitKerja.
 */
export function buatJamKerja(kal: Kalender, dari: string, sampai: string) {
  const mulai: number[] = [];
  const akhirKum: number[] = [];
  const kum: number[] = [];
  let total = 0;
  for (let t = dari; t <= sampai; t = tambahHari(t, 1)) {
    for (const iv of intervalKerjaPada(t, kal)) {
      mulai.push(iv.mulai.getTime());
      kum.push(total);
      total += iv.selesai.getTime() - iv.mulai.getTime();
      akhirKum.push(total);
    }
  }
  const n = mulai.length;
  const selesai = (i: number) => mulai[i]! + (akhirKum[i]! - kum[i]!);
  /** Smallest index with pred true (pred monotone), n when none. */
  const cari = (pred: (i: number) => boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (pred(m)) hi = m;
      else lo = m + 1;
    }
    return lo;
  };
  return {
    /** The instant `menit` working minutes after `t` (as tambahMenitKerja). */
    tambah(t: number, menit: number): number {
      if (menit <= 0) return t;
      const i = cari((k) => selesai(k) > t);
      if (n === 0 || i >= n || t < mulai[0]!) return tambahMenitKerja(new Date(t), menit, kal).getTime();
      const posisi = kum[i]! + Math.max(0, t - mulai[i]!) + menit * MENIT;
      const j = cari((k) => akhirKum[k]! >= posisi);
      if (j >= n) return tambahMenitKerja(new Date(t), menit, kal).getTime();
      return mulai[j]! + (posisi - kum[j]!);
    },
  };
}
type JamKerja = ReturnType<typeof buatJamKerja>;

/** The rough budget of a jangka waktu in working minutes (n hari kerja ≈ n × 450), for drawing work durations. */
function anggaranKasar(j: VersiSeed['jangka']): number {
  return menitAnggaran(j) ?? j.nilai * MENIT_HARI_KERJA;
}

// ---------------------------------------------------------------------------------------- staff

type Petugas = { pegawaiId: number; unitId: number; atasanId: number | null; demo: boolean };
type Staf = {
  /** Assignable petugas per OPD, by pegawai id (as the service's round-robin orders them). */
  petugasOpd: Map<number, Petugas[]>;
  /** Head of a unit (pegawai id): escalation target of unassigned cases, who reassigns by hand. */
  kepalaUnit: Map<number, number>;
  /** OPD of every unit that has layanan or petugas. */
  opdUnit: Map<number, number>;
  atasan: Map<number, number | null>;
};

/**
 * Makes sure every OPD with online layanan has petugas accounts (plan decision 6: assignable petugas = pegawai
 * of the OPD holding a `petugas` account): at Disdukcapil up to 8 (the demo petugas plus operators of the
 * service bidang), elsewhere 2 pelaksana. New accounts: username = NIP, roles pegawai + petugas, the password
 * hash of an existing demo account (same demo password; no argon2 run here). Returns the pools, atasan
 * (as org.getAtasan: an active override, else the lowest-id holder of the atasan jabatan) and unit heads.
 */
async function siapkanStaf(tx: DbOrTx, layanan: LayananSeed[]): Promise<Staf> {
  const opdIds = [...new Set(layanan.map((l) => l.opdId))];
  const [hash] = await queryRows<{ password_hash: string }>(tx, sql`
    select password_hash from akun order by ('petugas' = any(roles)) desc, id limit 1`);
  const petugasSql = (opdId: number) => sql`
    select p.id as pegawai_id, p.unit_id from pegawai p join unit_organisasi u on u.id = p.unit_id
    where p.aktif and (u.opd_id = ${opdId} or u.id = ${opdId})
      and exists (select 1 from akun a where a.pegawai_id = p.id and a.aktif and 'petugas' = any(a.roles))`;
  for (const opdId of opdIds) {
    const ada = (await queryRows(tx, petugasSql(opdId))).length;
    const target = layanan.filter((l) => l.opdId === opdId).length >= 6 ? 8 : 2;
    if (ada >= target || !hash) continue;
    const unitIds = sql.join([...new Set(layanan.filter((l) => l.opdId === opdId).map((l) => l.unitId))].map((id) => sql`${id}`), sql`, `);
    await tx.execute(sql`
      insert into akun (username, nama, password_hash, roles, pegawai_id, opd_id)
      select p.nip, concat_ws(' ', p.gelar_depan, p.nama || coalesce(', ' || p.gelar_belakang, '')), ${hash.password_hash},
        array['pegawai', 'petugas']::text[], p.id, ${opdId}
      from pegawai p join unit_organisasi u on u.id = p.unit_id left join jabatan j on j.id = p.jabatan_id
      where (u.id = ${opdId} or u.opd_id = ${opdId}) and p.aktif and coalesce(j.jenis, 'PELAKSANA') = 'PELAKSANA'
        and not exists (select 1 from akun a where a.pegawai_id = p.id or a.username = p.nip)
      order by (p.unit_id in (${unitIds})) desc, (j.nama = 'Operator Layanan Operasional') desc, p.id
      limit ${target - ada}`);
  }
  const staf: Staf = { petugasOpd: new Map(), kepalaUnit: new Map(), opdUnit: new Map(), atasan: new Map() };
  for (const k of await queryRows<{ unit_id: number; pegawai_id: number }>(tx, sql`
    select j.unit_id, min(p.id) as pegawai_id from jabatan j join pegawai p on p.jabatan_id = j.id and p.aktif
    where j.is_kepala_unit group by j.unit_id`)) staf.kepalaUnit.set(Number(k.unit_id), Number(k.pegawai_id));
  for (const u of await queryRows<{ id: number; opd_id: number }>(tx, sql`select id, coalesce(opd_id, id) as opd_id from unit_organisasi`)) {
    staf.opdUnit.set(Number(u.id), Number(u.opd_id));
  }
  for (const opdId of opdIds) {
    const rows = await queryRows<{ pegawai_id: number; unit_id: number; atasan: number | null; demo: boolean }>(tx, sql`
      with x as (${petugasSql(opdId)})
      select x.pegawai_id, x.unit_id,
        coalesce(o.id, (select nullif(min(y.id), p.id) from pegawai y where y.jabatan_id = j.atasan_jabatan_id and y.aktif)) as atasan,
        exists (select 1 from akun a where a.pegawai_id = p.id and a.username = '197101281999012001') as demo
      from x join pegawai p on p.id = x.pegawai_id left join jabatan j on j.id = p.jabatan_id
      left join pegawai o on o.id = p.atasan_override_id and o.aktif
      order by x.pegawai_id`);
    const arr = rows.map((r) => ({ pegawaiId: Number(r.pegawai_id), unitId: Number(r.unit_id), atasanId: r.atasan == null ? null : Number(r.atasan), demo: r.demo }));
    for (const p of arr) staf.atasan.set(p.pegawaiId, p.atasanId);
    staf.petugasOpd.set(opdId, arr);
  }
  return staf;
}

/** Head of the case's unit, else of its OPD (the service's escalation target when nobody is assigned). */
function kepalaUntuk(staf: Staf, unitId: number): number | null {
  return staf.kepalaUnit.get(unitId) ?? staf.kepalaUnit.get(staf.opdUnit.get(unitId) ?? unitId) ?? null;
}

// ------------------------------------------------------------------------------------ permohonan

type Aktor = 'pemohon' | 'petugas' | 'sistem';
type PeristiwaPm = {
  aksi: string; dari: StatusPermohonan | null; ke: StatusPermohonan | null; aktor: Aktor; pegawaiId: number | null;
  catatan: string | null; data: Record<string, unknown> | null; at: number;
};
type BerkasPm = { jenis: 'persyaratan' | 'hasil'; kode: string | null; putaran: number; namaFile: string; at: number };
type Kasus = {
  layanan: LayananSeed; versi: VersiSeed; diajukan: number; kode: string;
  nama: string; nik: string; kk: string | null; telepon: string | null; email: string | null;
  isian: Record<string, string> | null; pengambilan: 'ambil' | 'unduh';
  /** Assigned by the round-robin at submission (the service does it in the submission transaction). */
  petugasAwal: number | null;
  /** Planned events after the submission, in time order (truncated at now when replayed). */
  rencana: PeristiwaPm[];
  berkas: BerkasPm[];
  /** Fixed delay (ms) of the escalation job after the due instant. */
  tundaEskalasi: number;
};

const CATATAN_PERBAIKAN = [
  'Foto dokumen buram, mohon unggah ulang dengan jelas',
  'Halaman belakang dokumen belum diunggah',
  'Nama pada dokumen berbeda dengan data pemohon',
  'Dokumen yang diunggah bukan dokumen yang diminta',
  'Tanda tangan pada formulir belum ada',
];
const ALASAN_TOLAK = [
  'Pemohon bukan penduduk Kota Tanjungbalai',
  'Data sudah tercatat; permohonan ganda dengan permohonan lain',
  'Persyaratan tidak dapat dipenuhi (dokumen asal tidak sah)',
  'Peristiwa kependudukan sudah melewati batas dan memerlukan penetapan pengadilan',
];

/** An applicant: name, NIK (adult), KK (most), phone (90 %), e-mail (35 %). */
function pemohon(acak: Acak, hariIni: string) {
  const jk = acak.chance(0.52) ? 'P' : 'L';
  const nama = buatNama(acak, jk);
  const telepon = acak.chance(0.9) ? teleponSintetis(acak) : null;
  const email = acak.chance(0.35) ? `${nama.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}${acak.int(1, 99)}@contoh.id` : null;
  return { nama, nik: nikSintetis(acak, jk, hariIni, [18, 70]), kk: acak.chance(0.85) ? kkSintetis(acak, hariIni) : null, telepon, email };
}

/** Values of the data fields ('isian') of a standard: plausible text by the field's name. */
function isianDari(acak: Acak, v: VersiSeed, t0: number): Record<string, string> | null {
  const isian = v.persyaratan.filter((p) => p.jenis === 'isian');
  if (!isian.length) return null;
  const hari = tanggalWib(new Date(t0));
  return Object.fromEntries(isian.map((p) => {
    const n = p.nama.toLowerCase();
    if (n.includes('tanggal')) return [p.kode, n.includes('lahir pemohon') ? tambahHari(hari, -acak.int(17 * 365, 60 * 365)) : tambahHari(hari, -acak.int(3, 50))];
    if (n.includes('nama')) return [p.kode, buatNama(acak, acak.chance(0.5) ? 'L' : 'P')];
    if (n.includes('alamat')) return [p.kode, `Jl. ${acak.pick(JALAN)} No. ${acak.int(1, 180)}, Tanjungbalai`];
    return [p.kode, 'Sesuai dokumen terlampir'];
  }));
}

/** The files of a submission: every uploadable persyaratan that is required, and half of the conditional ones. */
function berkasAwal(acak: Acak, v: VersiSeed, at: number): BerkasPm[] {
  return v.persyaratan.filter((p) => p.unggah && (p.wajib === 'wajib' || acak.chance(0.5))).map((p) => ({
    jenis: 'persyaratan' as const, kode: p.kode, putaran: 1, namaFile: `${p.kode}.pdf`, at,
  }));
}

/** A perbaikan request as the service stores it: items with the persyaratan's name, and the joined note. */
function itemPerbaikan(acak: Acak, v: VersiSeed) {
  const kandidat = v.persyaratan.filter((p) => p.unggah);
  const item = kandidat.length ? acak.pick(kandidat) : null;
  const perbaikan = [{ persyaratanKode: item?.kode ?? null, persyaratanNama: item?.nama ?? null, catatan: acak.pick(CATATAN_PERBAIKAN) }];
  return { item, perbaikan, catatan: perbaikan.map((i) => (i.persyaratanNama ? `${i.persyaratanNama}: ${i.catatan}` : i.catatan)).join('; ') };
}

/** A submission before simulation: when, what, and the seed of its own PRNG. */
type Pengajuan = { t: number; layanan: LayananSeed; versi: VersiSeed; seed: number };

/**
 * Simulates one application submitted at `t0` and assigned by the round-robin (`petugasAwal`): sometimes
 * reassigned by hand, verification, processing, completion at a lognormal share of the jangka waktu (working
 * time; the product uploaded first when the applicant chose "unduh"), perbaikan rounds (the clock pauses while
 * the applicant prepares the correction; a few never answer and the case keeps waiting) and refusals.
 * Returns planned events; {@link putar} replays them up to now.
 */
function simulasiPermohonan(acak: Acak, p: Pengajuan, petugasAwal: number | null, staf: Staf, jk: JamKerja, hariIni: string): Kasus {
  const { t: t0, layanan: l, versi: v } = p;
  const orang = pemohon(acak, hariIni);
  const B = anggaranKasar(v.jangka);
  const U = Math.max(6, lognormal(acak, l.median, 0.65) * B);
  const rencana: PeristiwaPm[] = [];
  const berkas = berkasAwal(acak, v, t0);
  const unduh = l.digital && acak.chance(0.35);
  // Working-minute cursor: `u` minutes of office work after the last (re)submission `seg`, `dipakai` before it.
  let seg = t0;
  let dipakai = 0;
  const pada = (u: number) => jk.tambah(seg, Math.max(0, u - dipakai)) + acak.int(0, 59) * 1000;
  /** Appends an event; times never go backwards (the jitter of close steps could swap them). Returns its instant. */
  const ev = (aksi: string, dari: StatusPermohonan | null, ke: StatusPermohonan | null, aktor: Aktor, pegawaiId: number | null, at: number,
    catatan: string | null = null, data: Record<string, unknown> | null = null) => {
    const t = Math.max(at, (rencana.at(-1)?.at ?? t0) + 1000);
    rencana.push({ aksi, dari, ke, aktor, pegawaiId, catatan, data, at: t });
    return t;
  };

  let pid = petugasAwal;
  const pool = staf.petugasOpd.get(l.opdId) ?? [];
  if (pool.length > 1 && acak.chance(0.12)) {
    // Reassigned by hand (leave, workload): by the head of the unit, often to the demo petugas.
    const lain = pool.filter((x) => x.pegawaiId !== pid);
    const ke = acak.weighted(lain, lain.map((x) => (x.demo ? 3 : 1))).pegawaiId;
    ev('tugaskan', null, null, 'petugas', kepalaUntuk(staf, l.unitId), pada(Math.min(0.03 * U, 15)), null, { dari: pid, petugasId: ke, cara: 'manual' });
    pid = ke;
  }
  const tolak = acak.chance(0.027);
  const perbaikan = !tolak && acak.chance(0.1);

  /** A perbaikan round from `status`: false when the applicant never answers. */
  const mintaPerbaikan = (u: number, status: StatusPermohonan, putaran: number): boolean => {
    const { item, perbaikan: items, catatan } = itemPerbaikan(acak, v);
    const t = ev('minta_perbaikan', status, 'perlu_perbaikan', 'petugas', pid, pada(u), catatan, { perbaikan: items });
    // A few applicants never send the correction: the case waits (the workflow has no exit from perlu_perbaikan).
    if (acak.chance(0.02)) return false;
    const balas = ev('ajukan_ulang', 'perlu_perbaikan', 'diajukan', 'pemohon', null, t + Math.min(20 * HARI, Math.max(20 * MENIT, lognormal(acak, 22 * JAM, 1))),
      'Perbaikan dikirim', { putaran, berkas: item ? 1 : 0, perbaikan: items });
    if (item) berkas.push({ jenis: 'persyaratan', kode: item.kode, putaran, namaFile: `${item.kode}-perbaikan.pdf`, at: balas });
    dipakai = u;
    seg = balas;
    return true;
  };

  let u = 0.15 * U;
  if (tolak && acak.chance(0.7)) {
    ev('tolak', 'diajukan', 'ditolak', 'petugas', pid, pada(u), acak.pick(ALASAN_TOLAK));
  } else {
    if (perbaikan && !mintaPerbaikan(u, 'diajukan', 2)) return kasus();
    if (perbaikan) u += 0.05 * U;
    ev('verifikasi', 'diajukan', 'diverifikasi', 'petugas', pid, pada(u));
    u = Math.max(u, 0.3 * U);
    ev('proses', 'diverifikasi', 'diproses', 'petugas', pid, pada(u));
    if (perbaikan && acak.chance(0.15)) {
      u = Math.max(u, 0.45 * U);
      if (!mintaPerbaikan(u, 'diproses', 3)) return kasus();
      ev('verifikasi', 'diajukan', 'diverifikasi', 'petugas', pid, pada((u += 0.03 * U)));
      ev('proses', 'diverifikasi', 'diproses', 'petugas', pid, pada((u += 0.03 * U)));
    }
    if (tolak) {
      ev('tolak', 'diproses', 'ditolak', 'petugas', pid, pada(Math.max(u, 0.5 * U)), acak.pick(ALASAN_TOLAK));
    } else {
      const selesai = pada(Math.max(u + 1, U));
      if (unduh) {
        // The product (a TTE document) is uploaded first; the service refuses selesai for "unduh" without it.
        const at = ev('unggah_hasil', null, null, 'petugas', pid, selesai - 40_000);
        berkas.push({ jenis: 'hasil', kode: null, putaran: 1, namaFile: `${l.kode}-${tanggalWib(new Date(selesai))}.pdf`, at });
      }
      ev('selesaikan', 'diproses', 'selesai', 'petugas', pid, selesai, unduh ? 'Dokumen dapat diunduh melalui halaman lacak' : 'Dokumen dapat diambil di loket pengambilan');
    }
  }
  return kasus();

  function kasus(): Kasus {
    return {
      layanan: l, versi: v, diajukan: t0, kode: kodeAkses(acak), ...orang, isian: isianDari(acak, v, t0), pengambilan: unduh ? 'unduh' : 'ambil',
      petugasAwal, rencana, berkas, tundaEskalasi: acak.int(20, 300) * 1000,
    };
  }
}

/** The DB state of a case replayed up to `now` (events after now are not yet history). */
type Baris = {
  nomor: string; kasus: Kasus; status: StatusPermohonan; petugasId: number | null; peristiwa: PeristiwaPm[];
  sla: KeadaanSla & { jatuhTempo: Date | null }; eskalasiAt: number | null; eskalasiKe: number | null;
  selesaiAt: number | null; tepatWaktu: boolean | null; catatanPerbaikan: unknown; alasanTolak: string | null; revisi: number; diubah: number;
};

/**
 * Replays the planned events of a case up to `now` the way the service records them: the SLA clock of
 * src/domain/layanan/sla.ts (plan decision 3: start at submission, pause at minta_perbaikan, resume at
 * ajukan_ulang; selesai sets tepat_waktu, selesai and ditolak set selesai_at), `revisi` bumped by every change
 * after the submission, and the escalation job (decision 5: once, a few minutes after the due instant of a
 * running case, to the assignee's atasan, else the head of the unit or of the OPD; no revisi bump).
 */
function putar(k: Kasus, now: number, staf: Staf, kal: Kalender): Omit<Baris, 'nomor'> {
  const j = k.versi.jangka;
  const b: Omit<Baris, 'nomor'> = {
    kasus: k, status: 'diajukan', petugasId: k.petugasAwal, sla: mulaiSla(j, new Date(k.diajukan), kal), eskalasiAt: null, eskalasiKe: null,
    selesaiAt: null, tepatWaktu: null, catatanPerbaikan: null, alasanTolak: null, revisi: 0, diubah: k.diajukan,
    peristiwa: [{
      aksi: 'diajukan', dari: null, ke: 'diajukan', aktor: 'pemohon', pegawaiId: null, catatan: null,
      data: { berkas: k.berkas.filter((f) => f.putaran === 1 && f.jenis === 'persyaratan').length, standarVersi: k.versi.versi }, at: k.diajukan,
    }],
  };
  if (k.petugasAwal != null) {
    b.peristiwa.push({ aksi: 'tugaskan', dari: null, ke: null, aktor: 'sistem', pegawaiId: null, catatan: null, data: { petugasId: k.petugasAwal, cara: 'bergilir' }, at: k.diajukan });
  }
  const berjalan = () => b.status === 'diajukan' || b.status === 'diverifikasi' || b.status === 'diproses';
  const cekEskalasi = (sampai: number) => {
    if (b.eskalasiAt != null || !berjalan() || !b.sla.jatuhTempo) return;
    const t = b.sla.jatuhTempo.getTime() + k.tundaEskalasi;
    if (t > sampai) return;
    let ke = (b.petugasId != null ? staf.atasan.get(b.petugasId) : null) ?? kepalaUntuk(staf, k.layanan.unitId);
    if (ke != null && ke === b.petugasId) ke = staf.atasan.get(ke) ?? null;
    b.eskalasiAt = t;
    b.eskalasiKe = ke;
    b.peristiwa.push({ aksi: 'eskalasi', dari: null, ke: null, aktor: 'sistem', pegawaiId: null, catatan: null, data: { ke, jatuhTempo: b.sla.jatuhTempo.toISOString() }, at: t });
  };
  for (const e of k.rencana) {
    if (e.at > now) break;
    cekEskalasi(e.at);
    switch (e.aksi) {
      case 'tugaskan': case 'lepas_tugas': b.petugasId = (e.data?.petugasId as number | null | undefined) ?? null; break;
      case 'minta_perbaikan':
        b.sla = jedaSla(b.sla, new Date(e.at), kal);
        b.catatanPerbaikan = e.data?.perbaikan ?? null;
        break;
      case 'ajukan_ulang':
        b.sla = lanjutkanSla(j, b.sla, new Date(e.at), kal);
        b.catatanPerbaikan = null;
        break;
      case 'selesaikan':
        b.selesaiAt = e.at;
        b.tepatWaktu = tepatWaktu(new Date(e.at), b.sla.jatuhTempo);
        break;
      case 'tolak':
        b.selesaiAt = e.at;
        b.alasanTolak = e.catatan;
        break;
    }
    if (e.ke) b.status = e.ke;
    b.revisi++;
    b.diubah = e.at;
    b.peristiwa.push(e);
  }
  cekEskalasi(now);
  return b;
}

// --------------------------------------------------------------------------------- today's demo set

/**
 * A fixed set of open cases so the inbox looks alive whatever day the demo starts: for the demo petugas one
 * new, two verified, two in process (one due within about two working hours: 'segera'), one waiting for a
 * correction, two overdue and escalated to the petugas's atasan; four released by the head of the unit
 * ("lepas tugas": the assignee is on leave) and waiting for assignment, two of them overdue and escalated to
 * the head of the unit (the demo Kabid's "Eskalasi ke saya"). Built on previous working days so every event lies before `now`.
 */
function kasusHariIni(acak: Acak, now: number, layanan: LayananSeed[], staf: Staf, kal: Kalender, jk: JamKerja, hariIni: string): Kasus[] {
  const punyaDemo = (l: LayananSeed) => (staf.petugasOpd.get(l.opdId) ?? []).some((p) => p.demo);
  const demoL = layanan.find((l) => punyaDemo(l) && l.versi.at(-1)!.jangka.satuan === 'hari_kerja') ?? layanan.find(punyaDemo);
  if (!demoL) return [];
  const demo = staf.petugasOpd.get(demoL.opdId)!.find((p) => p.demo)!;
  const lain = staf.petugasOpd.get(demoL.opdId)!.find((p) => !p.demo) ?? demo;
  const kepala = kepalaUntuk(staf, demoL.unitId);
  const hk = (n: number, jam: string) => waktuWib(tambahHariKerja(hariIni, -n, kal), jam).getTime();
  const hasil: Kasus[] = [];
  const buat = (t0: number, langkah: Array<[string, number]>, petugas: Petugas, lepasPada?: number) => {
    const v = standarBerlakuPada(demoL.versi, new Date(t0)) ?? demoL.versi.at(-1)!;
    const orang = pemohon(acak, hariIni);
    const rencana: PeristiwaPm[] = [];
    let status: StatusPermohonan = 'diajukan';
    for (const [aksi, at] of langkah) {
      if (aksi === 'minta_perbaikan') {
        const { perbaikan, catatan } = itemPerbaikan(acak, v);
        rencana.push({ aksi, dari: status, ke: 'perlu_perbaikan', aktor: 'petugas', pegawaiId: petugas.pegawaiId, catatan, data: { perbaikan }, at });
        status = 'perlu_perbaikan';
      } else {
        const ke: StatusPermohonan = aksi === 'verifikasi' ? 'diverifikasi' : 'diproses';
        rencana.push({ aksi, dari: status, ke, aktor: 'petugas', pegawaiId: petugas.pegawaiId, catatan: null, data: null, at });
        status = ke;
      }
    }
    if (lepasPada != null) {
      rencana.push({ aksi: 'lepas_tugas', dari: null, ke: null, aktor: 'petugas', pegawaiId: kepala, catatan: null, data: { dari: petugas.pegawaiId, petugasId: null, cara: 'manual' }, at: lepasPada });
    }
    hasil.push({
      layanan: demoL, versi: v, diajukan: t0, kode: kodeAkses(acak), ...orang, isian: isianDari(acak, v, t0), pengambilan: 'ambil',
      petugasAwal: petugas.pegawaiId, rencana, berkas: berkasAwal(acak, v, t0), tundaEskalasi: 120_000,
    });
  };
  const jangka = demoL.versi.at(-1)!.jangka;
  const n = jangka.satuan === 'hari_kerja' ? jangka.nilai : 1;
  buat(now - 25 * MENIT, [], demo);
  buat(now - 50 * MENIT, [], demo);
  buat(hk(1, '08:05'), [['verifikasi', hk(1, '09:30')]], demo);
  buat(hk(1, '10:40'), [['verifikasi', hk(1, '14:10')]], demo);
  buat(hk(1, '08:15'), [['verifikasi', hk(1, '08:50')], ['proses', hk(1, '10:20')]], demo);
  // Due about two working hours from now ('segera'): started n working days before that instant, same clock time.
  const tempo = jk.tambah(now, 120);
  const tengahMalam = (ms: number) => waktuWib(tanggalWib(new Date(ms)), '00:00').getTime();
  const mulaiSegera = waktuWib(tambahHariKerja(tanggalWib(new Date(tempo)), -n, kal), '00:00').getTime() + (tempo - tengahMalam(tempo));
  if (mulaiSegera < now - 2 * JAM) {
    buat(mulaiSegera, ([['verifikasi', mulaiSegera + 40 * MENIT], ['proses', mulaiSegera + 100 * MENIT]] as Array<[string, number]>).filter(([, t]) => t < now), demo);
  }
  buat(hk(2, '08:30'), [['minta_perbaikan', hk(1, '09:05')]], demo);
  // Overdue: submitted n+1 and n+2 working days ago; escalated a couple of minutes after the due instant.
  buat(hk(n + 1, '09:10'), [['verifikasi', hk(n + 1, '10:00')], ['proses', hk(n, '08:45')]], demo);
  buat(hk(n + 2, '13:20'), [['verifikasi', hk(n + 2, '14:00')], ['proses', hk(n + 1, '09:00')]], demo);
  // Released by the head of the unit, waiting for assignment (one overdue).
  buat(hk(1, '19:40'), [], lain, hk(0, '07:35') < now ? hk(0, '07:35') : hk(1, '15:50'));
  buat(hk(1, '11:10'), [], lain, hk(1, '15:50'));
  buat(hk(n + 1, '08:40'), [], lain, hk(n + 1, '10:15'));
  buat(hk(n + 2, '14:25'), [['verifikasi', hk(n + 2, '15:05')]], lain, hk(n + 1, '08:00'));
  return hasil;
}

// ------------------------------------------------------------------------------------------ pengaduan

const JALAN = [
  'Sudirman', 'Imam Bonjol', 'Diponegoro', 'Sisingamangaraja', 'Teuku Umar', 'Ahmad Yani', 'Gatot Subroto', 'Asahan', 'Mesjid',
  'Pahlawan', 'HOS Cokroaminoto', 'Veteran', 'Utama', 'Juanda', 'Kartini', 'Sultan Hasanuddin', 'Anwar Idris', 'Datuk Bandar',
  'Sei Raja', 'Pelabuhan', 'Listrik', 'Jumhana', 'MT Haryono', 'Yos Sudarso',
];

/** Complaint texts by category keyword: [pattern, weight, rainy-season factor, [judul, isi]…]. `{jalan}` = a street. */
const TEKS: Array<[RegExp, number, number, Array<[string, string]>]> = [
  [/lampu|penerangan/, 8, 1, [
    ['Lampu jalan mati', 'Lampu penerangan jalan di Jl. {jalan} mati sejak seminggu lalu sehingga jalan gelap dan rawan kejahatan.'],
    ['Tiang lampu jalan miring', 'Tiang lampu penerangan di Jl. {jalan} miring setelah hujan angin dan dikhawatirkan roboh.'],
  ]],
  [/jalan|jembatan/, 15, 1.3, [
    ['Jalan berlubang di Jl. {jalan}', 'Jalan di Jl. {jalan} berlubang cukup dalam dan sudah beberapa kali menyebabkan pengendara sepeda motor terjatuh, terutama malam hari. Mohon segera diperbaiki.'],
    ['Aspal jalan rusak setelah galian', 'Bekas galian pipa di Jl. {jalan} tidak ditutup kembali dengan baik sehingga jalan bergelombang dan licin saat hujan.'],
  ]],
  [/drainase|banjir|parit/, 12, 2, [
    ['Parit tersumbat di Jl. {jalan}', 'Parit di sepanjang Jl. {jalan} tersumbat sampah dan lumpur. Setiap hujan deras air meluap ke rumah warga.'],
    ['Genangan air saat pasang', 'Saat air pasang dan hujan, kawasan Jl. {jalan} tergenang hingga selutut. Mohon normalisasi saluran.'],
  ]],
  [/sampah|kebersihan/, 14, 1.1, [
    ['Sampah tidak diangkut', 'Sampah di TPS dekat Jl. {jalan} sudah tiga hari tidak diangkut dan mulai berbau. Mohon jadwal pengangkutan diperbaiki.'],
    ['Pembuangan sampah liar', 'Ada tumpukan sampah liar di lahan kosong di Jl. {jalan}. Mohon ditertibkan dan dipasang larangan.'],
  ]],
  [/air|pdam/, 8, 0.9, [
    ['Air PDAM tidak mengalir', 'Air PDAM di rumah kami di Jl. {jalan} tidak mengalir sejak dua hari. Mohon informasi dan perbaikan.'],
    ['Air keruh', 'Air yang mengalir di kawasan Jl. {jalan} keruh dan berbau. Mohon diperiksa.'],
  ]],
  [/kependudukan|adminduk|dukcapil|ktp|akta/, 10, 1, [
    ['Permohonan dokumen belum selesai', 'Permohonan dokumen kependudukan saya sudah melewati jangka waktu yang dijanjikan tetapi belum selesai. Mohon ditindaklanjuti.'],
    ['Antrian pengambilan KTP-el lama', 'Pengambilan KTP-el di kantor Disdukcapil memerlukan waktu lama dan informasi di loket kurang jelas.'],
  ]],
  [/kesehatan|puskesmas|rumah sakit/, 7, 1, [
    ['Pelayanan puskesmas', 'Pelayanan di puskesmas dekat Jl. {jalan} lambat dan petugas pendaftaran belum datang pada jam buka.'],
  ]],
  [/pendidikan|sekolah/, 6, 1, [
    ['Informasi penerimaan murid baru', 'Mohon informasi jadwal dan syarat penerimaan peserta didik baru tingkat SD dan SMP tahun ini.'],
  ]],
  [/izin|perizinan|usaha/, 4, 1, [
    ['Proses izin usaha', 'Pengurusan izin usaha mikro saya belum ada kabar. Mohon informasi status dan kekurangan berkas.'],
  ]],
  [/bansos|bantuan sosial/, 5, 1, [
    ['Bantuan sosial tidak tepat sasaran', 'Beberapa keluarga mampu di lingkungan Jl. {jalan} menerima bantuan, sementara tetangga yang kurang mampu tidak terdata. Mohon pendataan ulang.'],
    ['Pendaftaran DTSEN', 'Mohon informasi cara mendaftarkan keluarga kami ke data sosial ekonomi karena belum terdata.'],
  ]],
  [/perilaku|pungli|petugas/, 3, 1, [
    ['Petugas meminta imbalan', 'Saat mengurus dokumen ada oknum yang menawarkan percepatan dengan imbalan uang. Mohon ditertibkan.'],
    ['Petugas kurang ramah', 'Petugas di loket pelayanan kurang ramah dan tidak menjelaskan kekurangan berkas dengan jelas.'],
  ]],
  [/ketertiban|trantib|pedagang|parkir/, 6, 1, [
    ['Pedagang di trotoar', 'Pedagang kaki lima menutup trotoar di Jl. {jalan} sehingga pejalan kaki harus turun ke badan jalan.'],
    ['Parkir liar', 'Parkir liar di Jl. {jalan} menyebabkan kemacetan pada jam sibuk.'],
  ]],
];
const TEKS_UMUM: Array<[string, string]> = [
  ['Saran perbaikan pelayanan', 'Mohon pelayanan di kantor pemerintah kota lebih tepat waktu dan informasi syarat layanan diumumkan dengan jelas.'],
  ['Pertanyaan layanan', 'Mohon informasi prosedur dan syarat layanan yang berlaku di perangkat daerah terkait.'],
];
const TANGGAPAN: Record<HasilTindakLanjut, string[]> = {
  tuntas: [
    'Sudah ditindaklanjuti oleh tim lapangan; perbaikan telah selesai dikerjakan. Terima kasih atas laporannya.',
    'Petugas sudah turun ke lokasi dan masalah telah diselesaikan.',
  ],
  sebagian: [
    'Penanganan sementara sudah dilakukan; perbaikan menyeluruh dijadwalkan dalam anggaran berikutnya.',
    'Sebagian sudah ditangani; sisanya menunggu ketersediaan material.',
  ],
  tidak_tuntas: [
    'Lokasi tersebut merupakan kewenangan instansi vertikal; laporan telah kami sampaikan kepada instansi terkait.',
  ],
};

type KategoriSeed = { id: number; kode: string; nama: string; unitId: number | null; bobot: number; musim: number; teks: Array<[string, string]>; adminduk: boolean };

type PeristiwaPg = { aksi: string; dari: StatusPengaduan | null; ke: StatusPengaduan | null; unitId: number | null; aktor: 'pelapor' | 'koordinator' | 'unit' | 'sistem'; pegawaiId: number | null; isi: string | null; publik: boolean; at: number };
type BarisPg = {
  nomor: string; kode: string; klasifikasi: string; kategoriId: number; layananId: number | null; permohonanNomor: string | null; unitId: number | null;
  status: StatusPengaduan; hasil: HasilTindakLanjut | null; puas: boolean | null; judul: string; isi: string; sumber: string; anonim: boolean; rahasia: boolean;
  nama: string | null; telepon: string | null; email: string | null; kelurahanKode: string | null; alamat: string | null; lat: number | null; lng: number | null;
  open311: boolean; batasVerifikasi: number; batasTindakLanjut: number | null; tindakLanjutAt: number | null; tutupOtomatisAt: number | null;
  ditutupAt: number | null; revisi: number; dibuat: number; diubah: number; peristiwa: PeristiwaPg[]; foto: boolean;
};

/**
 * Simulates one complaint submitted at `t0` and replays it up to `now` the way the service records it
 * (LAPOR! limits of pelayanan.md §4.2 through batasHariKerja: verify+forward ≤ 3 hari kerja, follow-up ≤ 5,
 * auto-close 10 after the follow-up without a reply; actors koordinator / unit / pelapor / sistem; every event
 * bumps revisi).
 */
function simulasiPengaduan(
  acak: Acak, t0: number, now: number, kat: KategoriSeed, kelurahan: string[], kal: Kalender, jk: JamKerja, unitLain: number[],
  terkait: { nomor: string; layananId: number } | null, kepalaUnit: Map<number, number>,
): Omit<BarisPg, 'nomor'> {
  const klasifikasi = acak.weighted(['pengaduan', 'aspirasi', 'permintaan_informasi'] as const, [75, 15, 10]);
  const [judul0, isi0] = acak.pick(kat.teks);
  const jalan = acak.pick(JALAN);
  const sumber = acak.weighted(['web', 'open311', 'wa', 'loket', 'lapor', 'sms'] as const, [60, 12, 10, 8, 6, 4]);
  const anonim = acak.chance(0.18);
  const rahasia = !anonim && acak.chance(0.12);
  const kelamin = acak.chance(0.5) ? 'L' : 'P';
  const nama = anonim ? null : buatNama(acak, kelamin);
  const telepon = anonim ? null : acak.chance(0.85) ? teleponSintetis(acak) : null;
  const email = anonim || !acak.chance(0.3) ? null : `warga${acak.int(100, 99_999)}@contoh.id`;
  const lokasi = kat.teks !== TEKS_UMUM && acak.chance(0.7);
  const koordinat = lokasi && (sumber === 'open311' || acak.chance(0.45));
  const b: Omit<BarisPg, 'nomor'> = {
    kode: kodeAkses(acak), klasifikasi, kategoriId: kat.id, layananId: terkait?.layananId ?? null, permohonanNomor: terkait?.nomor ?? null,
    unitId: null, status: 'baru', hasil: null, puas: null,
    judul: judul0.replace('{jalan}', jalan), isi: terkait ? `${isi0} Nomor permohonan: ${terkait.nomor}.` : isi0.replace('{jalan}', jalan),
    sumber, anonim, rahasia, nama, telepon, email,
    kelurahanKode: lokasi && kelurahan.length ? acak.pick(kelurahan) : null, alamat: lokasi ? `Jl. ${jalan}` : null,
    lat: koordinat ? 2.9667 + (acak.next() - 0.5) * 0.05 : null, lng: koordinat ? 99.8 + (acak.next() - 0.5) * 0.05 : null,
    open311: sumber === 'open311', batasVerifikasi: batasHariKerja(new Date(t0), 3, kal).getTime(), batasTindakLanjut: null,
    tindakLanjutAt: null, tutupOtomatisAt: null, ditutupAt: null, revisi: 0, dibuat: t0, diubah: t0,
    peristiwa: [{ aksi: 'ajukan', dari: null, ke: 'baru', unitId: null, aktor: 'pelapor', pegawaiId: null, isi: null, publik: true, at: t0 }],
    foto: (sumber === 'web' || sumber === 'open311') && lokasi && acak.chance(0.35),
  };
  /** Records an event (if it happened by now) with the row changes the service makes; false = not yet. */
  const ev = (aksi: string, ke: StatusPengaduan | null, at: number, o: Partial<PeristiwaPg> = {}, ubah: Partial<typeof b> = {}): boolean => {
    if (at > now) return false;
    b.peristiwa.push({ aksi, dari: b.status, ke: ke ?? b.status, unitId: null, aktor: 'koordinator', pegawaiId: null, isi: null, publik: true, at, ...o });
    Object.assign(b, ubah);
    if (ke) b.status = ke;
    b.revisi++;
    b.diubah = at;
    return true;
  };
  const kerja = (dari: number, menit: number) => jk.tambah(dari, Math.max(1, menit)) + acak.int(0, 59) * 1000;

  // Coordinator: verification (≤ 3 hari kerja mostly), refusals and duplicates.
  const tv = kerja(t0, lognormal(acak, 0.8 * MENIT_HARI_KERJA, 0.9));
  if (acak.chance(0.05)) {
    const isi = acak.pick(['Laporan tidak memuat informasi yang cukup untuk ditindaklanjuti.', 'Bukan kewenangan Pemerintah Kota Tanjungbalai.']);
    ev('tolak', 'ditolak', tv, { isi }, { ditutupAt: tv });
    return b;
  }
  if (acak.chance(0.02)) {
    ev('tutup', 'ditutup', tv, { isi: 'Laporan ganda dengan laporan lain yang sudah ditangani.' }, { ditutupAt: tv });
    return b;
  }
  if (!ev('verifikasi', 'diverifikasi', tv)) return b;
  const unitTujuan = kat.unitId ?? acak.pick(unitLain);
  const teruskan = (unit: number, at: number) =>
    ev('teruskan', 'diteruskan', at, { unitId: unit }, { unitId: unit, batasTindakLanjut: batasHariKerja(new Date(at), 5, kal).getTime(), tutupOtomatisAt: null });
  let tf = kerja(tv, acak.int(5, 150));
  if (kat.unitId != null && unitLain.length > 1 && acak.chance(0.07)) {
    // Forwarded to the wrong OPD first: it answers internally, the coordinator forwards again.
    if (!teruskan(acak.pick(unitLain.filter((u) => u !== unitTujuan)), tf)) return b;
    tf = kerja(tf, lognormal(acak, 300, 0.8));
    const isi = 'Bukan kewenangan perangkat daerah kami; mohon diteruskan ke perangkat daerah terkait.';
    if (!ev('tanggapi', null, tf, { aktor: 'unit', unitId: b.unitId, isi, publik: false, pegawaiId: kepalaUnit.get(b.unitId!) ?? null })) return b;
    tf = kerja(tf, acak.int(30, 400));
  }
  if (!teruskan(unitTujuan, tf)) return b;

  // Handling OPD: a first answer (half the cases), then the follow-up (≤ 5 hari kerja in ~80 %).
  let mulai = tf;
  for (let putaran = 1; ; putaran++) {
    const unit = { aktor: 'unit' as const, unitId: b.unitId, pegawaiId: kepalaUnit.get(b.unitId!) ?? null };
    const lama = putaran === 1 ? lognormal(acak, 2.5 * MENIT_HARI_KERJA, 0.75) : lognormal(acak, 1.5 * MENIT_HARI_KERJA, 0.6);
    if (acak.chance(0.5) && !ev('tanggapi', null, kerja(mulai, lama * 0.3), { ...unit, isi: 'Laporan sudah kami terima dan sedang dijadwalkan peninjauan lapangan.' })) return b;
    const hasil = acak.weighted(['tuntas', 'sebagian', 'tidak_tuntas'] as const, [70, 20, 10]);
    const tl = kerja(mulai, lama);
    const tutup = batasHariKerja(new Date(tl), 10, kal).getTime();
    if (!ev('tindak_lanjut', 'ditindaklanjuti', tl, { ...unit, isi: acak.pick(TANGGAPAN[hasil]) }, { hasil, tindakLanjutAt: tl, puas: null, tutupOtomatisAt: tutup })) return b;
    // The reporter: confirms, says it is not resolved (reopens), replies (reopens), or stays silent (auto-close).
    const jawab = tl + Math.max(2 * JAM, lognormal(acak, 1.5 * HARI, 0.8));
    const bobot = { tuntas: [50, 5, 5, 40], sebagian: [25, 15, 5, 55], tidak_tuntas: [5, 20, 5, 70] }[hasil];
    const r = putaran < 3 ? acak.weighted(['tuntas', 'belum', 'balas', 'diam'] as const, bobot) : 'diam';
    if (r === 'diam' || jawab >= tutup) {
      ev('tutup_otomatis', 'selesai', tutup, { aktor: 'sistem' }, { ditutupAt: tutup });
      return b;
    }
    if (r === 'tuntas') {
      ev('konfirmasi_tuntas', 'selesai', jawab, { aktor: 'pelapor' }, { puas: true, ditutupAt: jawab, tutupOtomatisAt: null });
      return b;
    }
    const buka = { hasil: null, ditutupAt: null, tutupOtomatisAt: null, batasTindakLanjut: batasHariKerja(new Date(jawab), 5, kal).getTime() };
    const ok = r === 'belum'
      ? ev('konfirmasi_belum', 'diteruskan', jawab, { aktor: 'pelapor' }, { ...buka, puas: false })
      : ev('balas', 'diteruskan', jawab, { aktor: 'pelapor', isi: 'Masalah muncul lagi setelah diperbaiki, mohon dicek kembali.' }, buka);
    if (!ok) return b;
    mulai = jawab;
  }
}

// ------------------------------------------------------------------------------------------ demo files

/** A one-page PDF with a line of text (hand-built, valid xref), shared by every demo case's files. */
export function pdfDemo(baris: string[]): Buffer {
  const teks = baris.map((t, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${770 - i * 22} Td (${t.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  const obj = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(teks)} >>\nstream\n${teks}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offset: number[] = [];
  obj.forEach((o, i) => {
    offset.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${obj.length + 1}\n0000000000 65535 f \n${offset.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${obj.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A small grey PNG (placeholder for complaint photos). */
export function pngDemo(lebar = 64, tinggi = 48): Buffer {
  const chunk = (tipe: string, data: Buffer) => {
    const t = Buffer.from(tipe, 'latin1');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([t, data])));
    return Buffer.concat([len, t, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(lebar, 0);
  ihdr.writeUInt32BE(tinggi, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const baris = Buffer.alloc((lebar + 1) * tinggi);
  for (let y = 0; y < tinggi; y++) for (let x = 0; x < lebar; x++) baris[y * (lebar + 1) + 1 + x] = 150 + ((x + y) % 32);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(baris)), chunk('IEND', Buffer.alloc(0))]);
}

/** Writes the two shared demo files under `dir` (once); returns their size and sha256. */
function tulisBerkasDemo(dir: string) {
  const pdf = pdfDemo(['SIKAP - berkas contoh (data demo)', 'Berkas ini mewakili unggahan pemohon pada data demo.', 'Bukan dokumen resmi.']);
  const png = pngDemo();
  for (const [rel, isi] of [[BERKAS_DEMO.pdf, pdf], [BERKAS_DEMO.png, png]] as const) {
    const full = path.join(dir, rel);
    if (existsSync(full)) continue;
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, isi);
  }
  return { pdf: { ukuran: pdf.length, sha256: sha256(pdf) }, png: { ukuran: png.length, sha256: sha256(png) } };
}

// --------------------------------------------------------------------------------------------- writing

/**
 * Inserts rows in batches as column arrays through `unnest` (one array parameter per column: the same SQL on
 * PGlite and PostgreSQL, about twice as fast as json_to_recordset on PGlite). `kolom` = "name type, …" in table
 * order; jsonb values are sent as JSON text. With SEED_DEBUG=1 each table's rows, wall and CPU time are printed.
 */
async function sisip(tx: DbOrTx, tabel: string, kolom: string, rows: Array<Record<string, unknown>>, returning?: string): Promise<Array<Record<string, unknown>>> {
  const spek = kolom.split(',').map((k) => {
    const [nama, ...jenis] = k.trim().split(/\s+/);
    return { nama: nama!, jenis: jenis.join(' ') };
  });
  const hasil: Array<Record<string, unknown>> = [];
  const tt = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < rows.length; i += 10_000) {
    const bagian = rows.slice(i, i + 10_000);
    const larik = spek.map(({ nama, jenis }) => sql`${sql.param(bagian.map((r) => {
      const v = r[nama] ?? null;
      return jenis === 'jsonb' && v != null ? JSON.stringify(v) : v;
    }))}::${sql.raw(jenis)}[]`);
    const r = await queryRows<Record<string, unknown>>(tx, sql`
      insert into ${sql.identifier(tabel)} (${sql.raw(spek.map((k) => k.nama).join(', '))})
      select * from unnest(${sql.join(larik, sql`, `)})
      ${returning ? sql.raw(`returning ${returning}`) : sql``}`);
    hasil.push(...r);
  }
  if (process.env.SEED_DEBUG) {
    const c = process.cpuUsage(cpu);
    console.log(`    ${tabel}: ${rows.length} baris ${((performance.now() - tt) / 1000).toFixed(2)} s (cpu ${((c.user + c.system) / 1e6).toFixed(2)} s)`);
  }
  return hasil;
}

/**
 * Seeds a year of permohonan and pengaduan (see the file comment). Does nothing when either table already has
 * rows or the catalogue is empty (logged).
 *
 * @param database  an open, migrated database with the org demo, the holidays and the layanan catalogue
 * @param opts  see {@link OpsiSeedLayanan}
 * @returns counts, a few tracking pairs (demo data only) and the time taken
 */
export async function seedLayananDemo(database: Database, opts: OpsiSeedLayanan = {}): Promise<HasilSeedLayanan> {
  const t0 = performance.now();
  const { db } = database;
  const log = opts.log ?? (() => undefined);
  const nowD = opts.now ?? new Date();
  const now = nowD.getTime();
  const hariIni = tanggalWib(nowD);
  const kosong: HasilSeedLayanan = { permohonan: 0, pengaduan: 0, contohLacak: [], detik: 0 };
  if ((await queryRows(db, sql`select 1 from permohonan union all select 1 from pengaduan limit 1`)).length) {
    log('Layanan demo: permohonan/pengaduan sudah ada, dilewati.');
    return kosong;
  }
  const layanan = await bacaLayanan(db, opts.opdId);
  if (!layanan.length) {
    log('Layanan demo: katalog layanan kosong, dilewati.');
    return kosong;
  }
  const env = opts.dataPribadi && opts.uploadsDir ? null : loadConfig();
  const dp = opts.dataPribadi ?? createDataPribadi(env!.dataKey);
  const demoFile = tulisBerkasDemo(opts.uploadsDir ?? env!.uploadsDir);
  const libur = new Set([...liburNasional(), ...(await queryRows<{ t: string }>(db, sql`select to_char(tanggal, 'YYYY-MM-DD') as t from hari_libur`)).map((r) => r.t)]);
  const kal: Kalender = { libur, jadwal: JAM_KERJA_ASN };
  const hariRiwayat = opts.hariRiwayat ?? HARI_RIWAYAT;
  const perTahun = opts.permohonanPerTahun ?? PERMOHONAN_PER_TAHUN;
  const pgPerTahun = opts.pengaduanPerTahun ?? PENGADUAN_PER_TAHUN;

  let hasil = kosong;
  await db.transaction(async (tx) => {
    // Bulk load: the rows are consistent by construction (ids from the database, checked by the seed's tests), so
    // a superuser connection (PGlite's always is) skips the per-row foreign-key triggers for this transaction, as
    // pg_restore --disable-triggers does; ~4 s of the PGlite seed. Other roles keep the checks.
    const [peran] = await queryRows<{ super: boolean }>(tx, sql`select rolsuper as super from pg_roles where rolname = current_user`);
    if (peran?.super) await tx.execute(sql`set local session_replication_role = replica`);
    const staf = await siapkanStaf(tx, layanan);

    // ---- permohonan: plan every day's submissions, simulate, replay up to now.
    const hari: string[] = [];
    for (let d = hariRiwayat; d >= 0; d--) hari.push(tambahHari(hariIni, -d));
    const jk = buatJamKerja(kal, tambahHari(hari[0]!, -1), tambahHari(hariIni, 400));
    const faktor = hari.map((t) => MUSIM[Number(t.slice(5, 7)) - 1]! * (libur.has(t) ? 0.4 : HARIAN[hariIso(t)]!));
    const skala = (perTahun * (hariRiwayat / 365)) / faktor.reduce((a, b) => a + b, 0);
    const totalBobot = layanan.reduce((a, l) => a + l.bobot, 0);
    const pengajuan: Pengajuan[] = [];
    hari.forEach((tanggal, i) => {
      const acak = buatAcak(hashSeed(`permohonan|${tanggal}|${perTahun}`));
      const n = Math.round(faktor[i]! * skala * (0.85 + 0.3 * acak.next()));
      for (let j = 0; j < n; j++) {
        const jam = acak.weighted(JAM_AJU.map((_, h) => h), JAM_AJU);
        const t = waktuWib(tanggal, `${dua(jam)}:00`).getTime() + acak.int(0, 3599) * 1000;
        let r = acak.next() * totalBobot;
        const l = layanan.find((x) => (r -= x.bobot) < 0) ?? layanan.at(-1)!;
        const seed = acak.int(0, 0x7fffffff);
        // No standard in force yet = the service did not take online applications then.
        const v = standarBerlakuPada(l.versi, new Date(t));
        if (t <= now && v) pengajuan.push({ t, layanan: l, versi: v, seed });
      }
    });
    // Round-robin at submission, in time order, as the service does (OPD petugas by pegawai id, per layanan).
    pengajuan.sort((a, b) => a.t - b.t);
    const giliran = new Map<number, number>();
    const kasus: Kasus[] = pengajuan.map((p) => {
      const calon = (staf.petugasOpd.get(p.layanan.opdId) ?? []).map((x) => x.pegawaiId);
      let petugas: number | null = null;
      if (calon.length) {
        petugas = calon.find((id) => id > (giliran.get(p.layanan.id) ?? 0)) ?? calon[0]!;
        giliran.set(p.layanan.id, petugas);
      }
      return simulasiPermohonan(buatAcak(p.seed), p, petugas, staf, jk, hariIni);
    });
    kasus.push(...kasusHariIni(buatAcak(hashSeed(`permohonan|hari-ini|${hariIni}`)), now, layanan, staf, kal, jk, hariIni));
    kasus.sort((a, b) => a.diajukan - b.diajukan);
    const urut = new Map<number, number>();
    const baris: Baris[] = kasus.map((k) => {
      const th = tahunWib(k.diajukan);
      const n = (urut.get(th) ?? 0) + 1;
      urut.set(th, n);
      return { nomor: formatNomorPermohonan(th, n), ...putar(k, now, staf, kal) };
    });

    const tSimulasi = performance.now();
    const ids = await sisip(tx, 'permohonan',
      'nomor text, kode_akses_hash text, layanan_id int, standar_versi_id int, unit_id int, status text, pemohon_nama text, nik_enc text, nik_hash text, nik_akhir text, kk_enc text, kk_hash text, kk_akhir text, telepon_enc text, telepon_akhir text, email_enc text, isian jsonb, persetujuan_versi text, persetujuan_at timestamptz, pengambilan text, petugas_id int, catatan_perbaikan jsonb, alasan_tolak text, sla_mulai timestamptz, jeda_mulai timestamptz, sla_terpakai_menit int, jatuh_tempo timestamptz, eskalasi_at timestamptz, eskalasi_ke int, diajukan_at timestamptz, selesai_at timestamptz, tepat_waktu boolean, revisi int, created_at timestamptz, updated_at timestamptz',
      baris.map((b) => {
        const k = b.kasus;
        const hp = k.telepon ? normalHp(k.telepon) : null;
        return {
          nomor: b.nomor, kode_akses_hash: sha256(normalisasiKodeAkses(k.kode)), layanan_id: k.layanan.id, standar_versi_id: k.versi.id,
          unit_id: k.layanan.unitId, status: b.status, pemohon_nama: k.nama,
          nik_enc: dp.enkripsi(k.nik), nik_hash: dp.hash(k.nik, 'nik'), nik_akhir: k.nik.slice(-4),
          kk_enc: k.kk ? dp.enkripsi(k.kk) : null, kk_hash: k.kk ? dp.hash(k.kk, 'kk') : null, kk_akhir: k.kk?.slice(-4) ?? null,
          telepon_enc: hp ? dp.enkripsi(hp) : null, telepon_akhir: hp?.slice(-4) ?? null, email_enc: k.email ? dp.enkripsi(k.email) : null,
          isian: k.isian, persetujuan_versi: PERSETUJUAN_VERSI_PERMOHONAN, persetujuan_at: iso(k.diajukan), pengambilan: k.pengambilan,
          petugas_id: b.petugasId, catatan_perbaikan: b.catatanPerbaikan, alasan_tolak: b.alasanTolak,
          sla_mulai: b.sla.slaMulai.toISOString(), jeda_mulai: b.sla.jedaMulai?.toISOString() ?? null, sla_terpakai_menit: b.sla.terpakaiMenit,
          jatuh_tempo: b.sla.jatuhTempo?.toISOString() ?? null,
          eskalasi_at: iso(b.eskalasiAt), eskalasi_ke: b.eskalasiKe, diajukan_at: iso(k.diajukan), selesai_at: iso(b.selesaiAt),
          tepat_waktu: b.tepatWaktu, revisi: b.revisi, created_at: iso(k.diajukan), updated_at: iso(b.diubah),
        };
      }), 'id, nomor');
    const idNomor = new Map(ids.map((r) => [r.nomor as string, Number(r.id)]));
    // Files first: the product's history entry carries its berkasId and sha256 (as the service writes it).
    const berkasIds = await sisip(tx, 'permohonan_berkas',
      'permohonan_id bigint, jenis text, persyaratan_kode text, putaran int, nama_file text, mime text, ukuran int, sha256 text, path text, diunggah_oleh int, created_at timestamptz',
      baris.flatMap((b) => b.kasus.berkas.filter((f) => f.at <= now && (f.jenis !== 'hasil' || b.status === 'selesai')).map((f) => ({
        permohonan_id: idNomor.get(b.nomor), jenis: f.jenis, persyaratan_kode: f.kode, putaran: f.putaran, nama_file: f.namaFile,
        mime: 'application/pdf', ukuran: demoFile.pdf.ukuran, sha256: demoFile.pdf.sha256, path: BERKAS_DEMO.pdf,
        diunggah_oleh: f.jenis === 'hasil' ? b.petugasId : null, created_at: iso(f.at),
      }))), 'id, permohonan_id, jenis');
    const hasilDok = new Map(berkasIds.filter((r) => r.jenis === 'hasil').map((r) => [Number(r.permohonan_id), Number(r.id)]));
    await sisip(tx, 'permohonan_peristiwa',
      'permohonan_id bigint, aksi text, dari_status text, ke_status text, aktor text, aktor_pegawai_id int, catatan text, data jsonb, at timestamptz',
      baris.flatMap((b) => {
        const id = idNomor.get(b.nomor)!;
        return b.peristiwa.map((e) => ({
          permohonan_id: id, aksi: e.aksi, dari_status: e.dari, ke_status: e.ke, aktor: e.aktor, aktor_pegawai_id: e.pegawaiId, catatan: e.catatan,
          data: e.aksi === 'unggah_hasil' ? { berkasId: hasilDok.get(id) ?? null, sha256: demoFile.pdf.sha256 } : e.data, at: iso(e.at),
        }));
      }));
    if (hasilDok.size) {
      await tx.execute(sql`
        update permohonan p set dokumen_hasil_id = x.berkas_id
        from unnest(${sql.param([...hasilDok.keys()])}::bigint[], ${sql.param([...hasilDok.values()])}::bigint[]) as x(permohonan_id, berkas_id)
        where p.id = x.permohonan_id`);
    }
    // Round-robin position of every layanan, so the service continues the rotation.
    for (const [layananId, petugasId] of giliran) await tx.execute(sql`update layanan set giliran_terakhir = ${petugasId} where id = ${layananId}`);

    const tTulis = performance.now();
    // ---- pengaduan
    let nPengaduan = 0;
    if (pgPerTahun > 0) nPengaduan = await seedPengaduan(tx, { now, hari, faktor: hari.map((t) => (libur.has(t) ? 0.5 : HARIAN[hariIso(t)]!)), perTahun: pgPerTahun, hariRiwayat, kal, jk, dp, baris, idNomor, staf, demoFile, opdLayanan: [...new Set(layanan.map((l) => l.opdId))] });

    const maks = new Map<number, number>();
    for (const b of baris) maks.set(Number(b.nomor.slice(3, 7)), Math.max(maks.get(Number(b.nomor.slice(3, 7))) ?? 0, Number(b.nomor.slice(8))));
    for (const [tahun, terakhir] of maks) {
      await tx.execute(sql`insert into layanan_nomor (jenis, tahun, terakhir) values ('PM', ${tahun}, ${terakhir})
        on conflict (jenis, tahun) do update set terakhir = greatest(layanan_nomor.terakhir, excluded.terakhir)`);
    }
    const nContoh = opts.contohLacak ?? 3;
    const langkah = Math.max(1, Math.floor(baris.length / Math.max(1, nContoh)));
    const contohLacak = [];
    for (let i = baris.length - 1; i >= 0 && contohLacak.length < nContoh; i -= langkah) {
      contohLacak.push({ nomor: baris[i]!.nomor, kodeAkses: baris[i]!.kasus.kode, status: baris[i]!.status });
    }
    hasil = { permohonan: baris.length, pengaduan: nPengaduan, contohLacak, detik: 0 };
    log(`  permohonan: simulasi ${((tSimulasi - t0) / 1000).toFixed(1)} s, tulis ${((tTulis - tSimulasi) / 1000).toFixed(1)} s; pengaduan ${((performance.now() - tTulis) / 1000).toFixed(1)} s`);
  });
  for (const t of ['permohonan', 'permohonan_peristiwa', 'permohonan_berkas', 'pengaduan', 'pengaduan_peristiwa']) await db.execute(sql`analyze ${sql.identifier(t)}`);
  hasil.detik = (performance.now() - t0) / 1000;
  log(`Layanan demo: ${hasil.permohonan} permohonan, ${hasil.pengaduan} pengaduan (${hasil.detik.toFixed(1)} s).`);
  for (const c of hasil.contohLacak.slice(0, 3)) log(`  lacak demo: ${c.nomor} kode ${c.kodeAkses} (${c.status})`);
  return hasil;
}

/** The online, active layanan with their published versions (optionally of one OPD). */
async function bacaLayanan(db: DbOrTx, opdId?: number): Promise<LayananSeed[]> {
  const rows = await queryRows<{ id: number; kode: string; nama: string; unit_id: number; opd_id: number | null }>(db, sql`
    select l.id, l.kode, l.nama, l.unit_id, coalesce(u.opd_id, u.id) as opd_id from layanan l join unit_organisasi u on u.id = l.unit_id
    where l.online and l.aktif ${opdId != null ? sql`and coalesce(u.opd_id, u.id) = ${opdId}` : sql``} order by l.id`);
  const versi = await queryRows<{ id: number; layanan_id: number; versi: number; terbit: boolean; berlaku_mulai: Date | string; persyaratan: PersyaratanItem[]; nilai: number; satuan: SatuanJangkaWaktu }>(db, sql`
    select id, layanan_id, versi, terbit, berlaku_mulai, persyaratan, jangka_waktu_nilai as nilai, jangka_waktu_satuan as satuan
    from layanan_standar_versi where terbit order by layanan_id, versi`);
  return rows.map((r) => {
    const v = versi.filter((x) => Number(x.layanan_id) === Number(r.id)).map((x) => ({
      id: Number(x.id), versi: Number(x.versi), terbit: x.terbit, berlakuMulai: new Date(x.berlaku_mulai),
      persyaratan: typeof x.persyaratan === 'string' ? JSON.parse(x.persyaratan) : x.persyaratan,
      jangka: { nilai: Number(x.nilai), satuan: x.satuan },
    }));
    const acak = buatAcak(hashSeed(`layanan|${r.kode}`));
    return {
      id: Number(r.id), kode: r.kode, nama: r.nama, unitId: Number(r.unit_id), opdId: Number(r.opd_id), versi: v,
      bobot: bobotLayanan(r.kode, r.nama), median: 0.34 + acak.next() * 0.12, digital: !/ktp|kia|identitas anak/i.test(`${r.kode} ${r.nama}`),
    };
  }).filter((l) => l.versi.length);
}

/** Complaints of the whole period; returns how many were written. */
async function seedPengaduan(tx: DbOrTx, c: {
  now: number; hari: string[]; faktor: number[]; perTahun: number; hariRiwayat: number; kal: Kalender; jk: JamKerja; dp: DataPribadi;
  baris: Baris[]; idNomor: Map<string, number>; staf: Staf; demoFile: ReturnType<typeof tulisBerkasDemo>; opdLayanan: number[];
}): Promise<number> {
  const katRows = await queryRows<{ id: number; kode: string; nama: string; unit_id: number | null; opd_id: number | null }>(tx, sql`
    select k.id, k.kode, k.nama, k.unit_id, coalesce(u.opd_id, u.id) as opd_id from pengaduan_kategori k left join unit_organisasi u on u.id = k.unit_id
    where k.aktif order by k.id`);
  if (!katRows.length) return 0;
  const kategori: KategoriSeed[] = katRows.map((k) => {
    const s = `${k.kode} ${k.nama}`.toLowerCase();
    const t = TEKS.find(([re]) => re.test(s));
    return {
      id: Number(k.id), kode: k.kode, nama: k.nama, unitId: k.unit_id == null ? null : Number(k.unit_id), bobot: t?.[1] ?? 4, musim: t?.[2] ?? 1,
      teks: t?.[3] ?? TEKS_UMUM, adminduk: !!t && t[0].test('kependudukan'),
    };
  });
  const kelurahan = (await queryRows<{ kode: string }>(tx, sql`select kode from wilayah where tingkat = 'kelurahan' order by kode`)).map((r) => r.kode);
  // OPDs a complaint can be forwarded to: the categories' default units, and the OPDs with layanan (never empty).
  const unitLain = [...new Set([...kategori.map((k) => k.unitId), ...c.opdLayanan].filter((u): u is number => u != null))];
  const [klien] = await queryRows<{ id: number }>(tx, sql`
    insert into open311_klien (nama, kunci_hash) values ('Aplikasi warga Tanjungbalai (demo Open311)', ${sha256(`demo-open311|${c.hari[0]}`)})
    on conflict (kunci_hash) do update set nama = excluded.nama returning id`);
  await tx.execute(sql`insert into pengaduan_pengaturan (id) values (1) on conflict (id) do nothing`);
  // Late or corrected applications a citizen may complain about (one tracking number per case).
  const telat = c.baris.filter((b) => b.eskalasiAt != null || (b.tepatWaktu === false));

  const skala = (c.perTahun * (c.hariRiwayat / 365)) / c.faktor.reduce((a, b) => a + b, 0);
  const daftar: Array<Omit<BarisPg, 'nomor'>> = [];
  c.hari.forEach((tanggal, i) => {
    const acak = buatAcak(hashSeed(`pengaduan|${tanggal}|${c.perTahun}`));
    const bulan = Number(tanggal.slice(5, 7));
    const hujan = bulan >= 10 || bulan <= 1;
    const n = Math.round(c.faktor[i]! * skala * (0.8 + 0.4 * acak.next()));
    for (let j = 0; j < n; j++) {
      const t = waktuWib(tanggal, `${dua(acak.weighted(JAM_AJU.map((_, h) => h), JAM_AJU))}:00`).getTime() + acak.int(0, 3599) * 1000;
      if (t > c.now) continue;
      const kat = acak.weighted(kategori, kategori.map((k) => k.bobot * (hujan ? k.musim : 1)));
      let terkait: { nomor: string; layananId: number } | null = null;
      if (kat.adminduk && acak.chance(0.4)) {
        const cocok = telat.filter((b) => b.eskalasiAt != null && b.eskalasiAt < t && b.eskalasiAt > t - 20 * HARI);
        if (cocok.length) {
          const b = acak.pick(cocok);
          terkait = { nomor: b.nomor, layananId: b.kasus.layanan.id };
        }
      }
      daftar.push(simulasiPengaduan(acak, t, c.now, kat, kelurahan, c.kal, c.jk, unitLain, terkait, c.staf.kepalaUnit));
    }
  });
  daftar.sort((a, b) => a.dibuat - b.dibuat);
  const urut = new Map<number, number>();
  const baris: BarisPg[] = daftar.map((d) => {
    const th = tahunWib(d.dibuat);
    const n = (urut.get(th) ?? 0) + 1;
    urut.set(th, n);
    return { ...d, nomor: formatNomorPengaduan(th, n) };
  });
  const ids = await sisip(tx, 'pengaduan',
      'nomor text, kode_akses_hash text, klasifikasi text, kategori_id int, layanan_id int, permohonan_id bigint, unit_id int, status text, hasil text, puas boolean, judul text, isi text, sumber text, anonim boolean, rahasia boolean, pelapor_nama_enc text, telepon_enc text, telepon_akhir text, email_enc text, kelurahan_kode text, alamat text, lat double precision, lng double precision, open311_klien_id int, batas_verifikasi timestamptz, batas_tindak_lanjut timestamptz, tindak_lanjut_at timestamptz, tutup_otomatis_at timestamptz, ditutup_at timestamptz, revisi int, created_at timestamptz, updated_at timestamptz',
    baris.map((b) => {
      const hp = b.telepon ? normalHp(b.telepon) : null;
      return {
        nomor: b.nomor, kode_akses_hash: sha256(normalisasiKodeAkses(b.kode)), klasifikasi: b.klasifikasi, kategori_id: b.kategoriId,
        layanan_id: b.layananId, permohonan_id: b.permohonanNomor ? c.idNomor.get(b.permohonanNomor) ?? null : null, unit_id: b.unitId,
        status: b.status, hasil: b.hasil, puas: b.puas, judul: b.judul, isi: b.isi, sumber: b.sumber, anonim: b.anonim, rahasia: b.rahasia,
        pelapor_nama_enc: b.nama ? c.dp.enkripsi(b.nama) : null, telepon_enc: hp ? c.dp.enkripsi(hp) : null, telepon_akhir: hp?.slice(-4) ?? null,
        email_enc: b.email ? c.dp.enkripsi(b.email) : null, kelurahan_kode: b.kelurahanKode, alamat: b.alamat, lat: b.lat, lng: b.lng,
        open311_klien_id: b.open311 ? klien?.id ?? null : null, batas_verifikasi: iso(b.batasVerifikasi), batas_tindak_lanjut: iso(b.batasTindakLanjut),
        tindak_lanjut_at: iso(b.tindakLanjutAt), tutup_otomatis_at: iso(b.tutupOtomatisAt), ditutup_at: iso(b.ditutupAt), revisi: b.revisi,
        created_at: iso(b.dibuat), updated_at: iso(b.diubah),
      };
    }), 'id, nomor');
  const idPg = new Map(ids.map((r) => [r.nomor as string, Number(r.id)]));
  await sisip(tx, 'pengaduan_peristiwa',
      'pengaduan_id bigint, aksi text, dari_status text, ke_status text, unit_id int, aktor text, aktor_pegawai_id int, isi text, publik boolean, at timestamptz',
    baris.flatMap((b) => b.peristiwa.map((e) => ({
      pengaduan_id: idPg.get(b.nomor), aksi: e.aksi, dari_status: e.dari, ke_status: e.ke, unit_id: e.unitId, aktor: e.aktor,
      aktor_pegawai_id: e.pegawaiId, isi: e.isi, publik: e.publik, at: iso(e.at),
    }))));
  await sisip(tx, 'pengaduan_lampiran',
      'pengaduan_id bigint, nama_file text, mime text, ukuran int, sha256 text, path text, created_at timestamptz',
    baris.filter((b) => b.foto).map((b) => ({
      pengaduan_id: idPg.get(b.nomor), nama_file: 'foto-lokasi.png', mime: 'image/png', ukuran: c.demoFile.png.ukuran, sha256: c.demoFile.png.sha256,
      path: BERKAS_DEMO.png, created_at: iso(b.dibuat),
    })));
  const maks = new Map<number, number>();
  for (const b of baris) maks.set(Number(b.nomor.slice(3, 7)), Math.max(maks.get(Number(b.nomor.slice(3, 7))) ?? 0, Number(b.nomor.slice(8))));
  for (const [tahun, terakhir] of maks) {
    await tx.execute(sql`insert into layanan_nomor (jenis, tahun, terakhir) values ('PG', ${tahun}, ${terakhir})
      on conflict (jenis, tahun) do update set terakhir = greatest(layanan_nomor.terakhir, excluded.terakhir)`);
  }
  return baris.length;
}
