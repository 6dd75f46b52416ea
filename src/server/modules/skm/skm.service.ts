import { createHash, createHmac, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import QRCode from 'qrcode';
import { z } from 'zod';
import {
  JENIS_KELAMIN, PEKERJAAN, PENDIDIKAN, USIA, tautanSurvei, tautanUndangan,
  type IkmHasil, type ResponBody, type Survei, type SurveiCreate, type SurveiHasil, type SurveiPublik,
  type SurveiUpdateSchema, type SurveiListQuerySchema,
} from '../../../contracts/skm.ts';
import { IkmError, computeIkmFromSums, type IkmBobot } from '../../../domain/skm/ikm.ts';
import { validateIkmRows } from '../../../domain/skm/ikm-input.ts';
import { progresSampel, sampelKrejcieMorgan } from '../../../domain/skm/sampel.ts';
import { UNSUR, UNSUR_KODE, type UnsurKode } from '../../../domain/skm/unsur.ts';
import { hitungPeriode, labelPeriode } from '../../../domain/skm/periode.ts';
import { NAMA_BULAN, tambahHari, tanggalWib } from '../../../domain/shared/tanggal.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { CommonErrors } from '../../lib/app-error.ts';
import { TabularFileError, readTabularBuffer } from '../../lib/tabular-file.ts';
import type { AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import type { OrgService } from '../org/index.ts';
import { SkmErrors } from './skm.errors.ts';
import { buildSkmPdf, buildSkmXlsx, type SkmLaporanData } from './skm.export.ts';
import * as repo from './skm.repository.ts';
import type { AgregatRespon, BatasRilis, PerKanal, ResponInsert, Rilis, SurveiRow } from './skm.repository.ts';

// ------------------------------------------------------------------ pure helpers (exported for tests)

export { tambahHari, tanggalWib } from '../../../domain/shared/tanggal.ts';
export { labelPeriode } from '../../../domain/skm/periode.ts';

/**
 * The calendar period of a survey (rule in src/domain/skm/periode.ts), or the HTTP error for a bad `ke`.
 * @throws SkmErrors.PERIODE_TIDAK_VALID (400, field `body.ke`) when `ke` does not fit the period type
 */
export function periodeSurvei(p: { jenisPeriode: SurveiRow['jenisPeriode']; tahun: number; ke?: number | null }) {
  const r = hitungPeriode(p);
  if (!r.ok) throw SkmErrors.PERIODE_TIDAK_VALID(`Periode survei tidak valid: ${r.pesan}`, [{ field: 'body.ke', message: r.pesan }]);
  return { mulai: r.mulai, selesai: r.selesai, label: r.label };
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** A public survey code: 8 random base32 characters (lowercase), 40 bits, not derived from the id. */
export function buatKodeSurvei(): string {
  return [...randomBytes(8)].map((b) => BASE32[b & 31]).join('');
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The network a client address belongs to, for the per-IP cap: an IPv4 address as is (also when written
 * IPv4-mapped, `::ffff:a.b.c.d`), an IPv6 address reduced to its /64 prefix — one home or phone gets a
 * whole /64 and can rotate addresses inside it at will.
 * @example jaringanIp('2001:db8:1:2:aaaa::1') → '2001:db8:1:2::/64'; jaringanIp('::ffff:10.0.0.1') → '10.0.0.1'
 */
export function jaringanIp(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  const alamat = ip.split('%')[0]!;
  if (!isIPv6(alamat)) return ip;
  const bagian = (x: string | undefined) => (x ? x.split(':') : []);
  const lebar = (xs: string[]) => xs.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  let grup: string[];
  if (alamat.includes('::')) {
    const [kiri, kanan] = alamat.split('::');
    const a = bagian(kiri);
    const b = bagian(kanan);
    grup = [...a, ...Array<string>(Math.max(0, 8 - lebar(a) - lebar(b))).fill('0'), ...b];
  } else {
    grup = bagian(alamat);
  }
  return `${grup.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
const TOKEN_RE = /^[A-Za-z0-9_-]{32}$/;

/**
 * IKM result of a survey's aggregate (PermenPANRB 14/2017 §1.3–§1.4 via {@link computeIkmFromSums}).
 * 0 responses → every value null. Responses but an unsur nobody answered (possible with paper imports)
 * → the IKM is null (the regulation's IKM needs all nine NRR) while answered unsur still get NRR/mutu.
 * `unsurTerlemah` = the unsur with the lowest NRR (first in U1…U9 order on a tie).
 */
export function hitungHasil(agregat: AgregatRespon, bobot: IkmBobot): IkmHasil {
  const kosong = UNSUR.map((u) => ({ kode: u.kode, nama: u.nama, nrr: null, nilaiKonversi: null, mutu: null, jumlahJawaban: agregat.sums[u.kode].count }));
  const base = { responden: agregat.responden, bobot };
  if (agregat.responden === 0) {
    return { ...base, ikm: null, mutu: null, kinerja: null, perUnsur: kosong, unsurTerlemah: null };
  }
  let hasil: IkmHasil;
  try {
    const r = computeIkmFromSums({ sums: agregat.sums, responden: agregat.responden, bobot });
    hasil = {
      ...base, ikm: r.ikm, mutu: r.mutu, kinerja: r.kinerja, unsurTerlemah: null,
      perUnsur: r.perUnsur.map((u) => ({ kode: u.kode, nama: u.nama, nrr: u.nrr, nilaiKonversi: u.nilaiKonversi, mutu: u.mutu, jumlahJawaban: u.jumlahJawaban })),
    };
  } catch (e) {
    if (!(e instanceof IkmError) || e.code !== 'UNSUR_TANPA_JAWABAN') throw e;
    // Per-unsur values are computed independently by the domain function, so fill the unanswered unsur
    // with an answered one's sums, keep only the answered unsur's entries, and leave the IKM null.
    const terisi = UNSUR_KODE.find((k) => agregat.sums[k].count > 0)!;
    const sums = { ...agregat.sums };
    for (const k of e.unsur) sums[k] = agregat.sums[terisi];
    const r = computeIkmFromSums({ sums, responden: agregat.responden, bobot });
    hasil = {
      ...base, ikm: null, mutu: null, kinerja: null, unsurTerlemah: null,
      perUnsur: r.perUnsur.map((u, i) => (e.unsur.includes(u.kode)
        ? kosong[i]!
        : { kode: u.kode, nama: u.nama, nrr: u.nrr, nilaiKonversi: u.nilaiKonversi, mutu: u.mutu, jumlahJawaban: u.jumlahJawaban })),
    };
  }
  let lemah: { kode: UnsurKode; nrr: number } | null = null;
  for (const u of hasil.perUnsur) if (u.nrr != null && (!lemah || u.nrr < lemah.nrr)) lemah = { kode: u.kode, nrr: u.nrr };
  hasil.unsurTerlemah = lemah?.kode ?? null;
  return hasil;
}

/** Progress against the Krejcie–Morgan target (pelayanan.md §1.5); no population → no target. */
export function hitungProgres(populasi: number | null, responden: number): SurveiHasil['progres'] {
  if (populasi == null) return { populasi: null, target: null, responden, persen: null, tercapai: false };
  const p = progresSampel({ populasi, responden });
  return { populasi, target: p.target, responden, persen: p.persen, tercapai: p.tercapai };
}

// ------------------------------------------------------------------ invitations (public API for other modules)

/** What other modules may copy onto a response: where and by whom the service was given (never who received it). */
export const KonteksUndanganSchema = z.object({
  lokasi: z.union([z.string().max(200), z.number()]).optional(),
  layanan: z.union([z.string().max(200), z.number()]).optional(),
  loket: z.union([z.string().max(100), z.number()]).optional(),
  petugas: z.union([z.string().max(200), z.number()]).optional(),
});
export type KonteksUndangan = z.infer<typeof KonteksUndanganSchema>;

/** Input of {@link createUndangan}: a survey (surveiId, or unitId + optional layanan), the service event (sumber + sumberRef), konteks, validity in days. */
export const UndanganBaruSchema = z
  .object({
    surveiId: z.number().int().positive().optional(),
    unitId: z.number().int().positive().optional(),
    layanan: z.string().trim().max(200).nullish(),
    sumber: z.string().trim().min(1).max(40),
    sumberRef: z.string().trim().min(1).max(200),
    konteks: KonteksUndanganSchema.nullish(),
    berlakuHari: z.number().int().min(1).max(90).default(7),
  })
  .refine((v) => v.surveiId != null || v.unitId != null, { message: 'isi surveiId atau unitId', path: ['surveiId'] });
export type UndanganBaru = z.input<typeof UndanganBaruSchema>;

function konteksBersih(k: unknown): KonteksUndangan | null {
  const r = KonteksUndanganSchema.safeParse(k ?? {});
  if (!r.success) return null;
  const out = Object.fromEntries(Object.entries(r.data).filter(([, v]) => v !== undefined && v !== ''));
  return Object.keys(out).length ? (out as KonteksUndangan) : null;
}

/**
 * Issues ONE one-time survey invitation for a service event (a finished queue ticket, a completed
 * application), inside the caller's transaction. PermenPANRB 14/2017 (the surveyed population must be
 * real service users; pelayanan.md §1.6 "one response per ticket").
 *
 * - Survey: `surveiId`, or else the `aktif` survey of `unitId` whose period contains today (WIB), for
 *   `layanan` if one exists, otherwise the unit-wide one (layanan null).
 * - Token: 24 random bytes, base64url (32 chars); only its SHA-256 is stored. It is returned once.
 * - `konteks` (lokasi, layanan, loket, petugas; other keys are dropped) is copied onto the response;
 *   the response never references the invitation (anonymity).
 * - Idempotence: (sumber, sumberRef) is unique, so one service event yields at most one invitation. A
 *   repeat does NOT return the earlier token (it is not stored) but throws UNDANGAN_SUDAH_ADA; the insert
 *   uses ON CONFLICT DO NOTHING, so the caller's transaction is still usable after catching it.
 *
 * @param tx     the caller's transaction (or db)
 * @param input  {@link UndanganBaruSchema}; `berlakuHari` 1–90, default 7 (expiry = now + berlakuHari × 24 h)
 * @returns `{ token, tautan }`, tautan = `/survei/<kode>?undangan=<token>` (a path; prefix the public URL)
 * @throws CommonErrors.VALIDASI (bad input) | SkmErrors.SURVEI_TIDAK_DITEMUKAN | SURVEI_TIDAK_AKTIF (409)
 *   | SURVEI_AKTIF_TIDAK_ADA (422) | UNDANGAN_SUDAH_ADA (409)
 */
export async function createUndangan(tx: DbOrTx, input: UndanganBaru, now = new Date()): Promise<{ token: string; tautan: string }> {
  const parsed = UndanganBaruSchema.safeParse(input);
  if (!parsed.success) {
    throw CommonErrors.VALIDASI(undefined, parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message })));
  }
  const v = parsed.data;
  let survei: SurveiRow | null;
  if (v.surveiId != null) {
    survei = await repo.findSurveiById(tx, v.surveiId);
    if (!survei) throw SkmErrors.SURVEI_TIDAK_DITEMUKAN();
    if (survei.status !== 'aktif') throw SkmErrors.SURVEI_TIDAK_AKTIF();
  } else {
    [survei = null] = await repo.listSurveiAktifUnitPada(tx, v.unitId!, v.layanan ?? null, tanggalWib(now));
    if (!survei) throw SkmErrors.SURVEI_AKTIF_TIDAK_ADA();
  }
  const token = randomBytes(24).toString('base64url');
  const ids = await repo.insertUndangan(tx, [{
    surveiId: survei.id, tokenHash: sha256(token), sumber: v.sumber, sumberRef: v.sumberRef,
    konteks: konteksBersih(v.konteks), kedaluwarsa: new Date(now.getTime() + v.berlakuHari * 86_400_000),
  }]);
  if (ids.length === 0) throw SkmErrors.UNDANGAN_SUDAH_ADA();
  return { token, tautan: tautanUndangan(survei.kode, token) };
}

// ------------------------------------------------------------------ the service

/** The caller of an admin use case (from `requireAuth`). */
export type Pelaku = Pick<AuthContext, 'akunId' | 'roles' | 'opdId'>;
/** The network facts of an open-link submission, used ONLY for the anti-stuffing fingerprint. */
/**
 * Download file name a person can recognise: `SKM-<unit>-<periode>-<kode>` in ASCII (safe in a
 * Content-Disposition header), e.g. `SKM-Dinas-Kependudukan-dan-Pencatatan-Sipil-Triwulan-IV-2026-ab12cd34`.
 */
export function namaDasar(s: { unitNama: string; periodeLabel: string; kode: string }): string {
  const slug = (x: string) => x.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return ['SKM', slug(s.unitNama), slug(s.periodeLabel), s.kode].filter(Boolean).join('-');
}

export type Klien = {
  ip: string;
  userAgent: string;
  idempotencyKey?: string;
  /**
   * Set when the answer is given on a counter kiosk/tablet signed in as role `petugas` (ADR 0005, kiosk
   * mode): many citizens then share one device, so the per-device daily cap does not apply (the per-IP cap
   * and the per-account kiosk cap {@link KIOSK_MAKS_PER_HARI} do) and the response's kanal is 'kiosk'.
   * Only for surveys of the petugas's own OPD. The account is never stored with the response; the first
   * kiosk answer of the day per account and survey is audited (`skm.kiosk.mulai`, no answer data).
   */
  kiosk?: { akunId: number; opdId: number | null };
};

export type SkmDeps = {
  org: OrgService;
  /** Key of the HMAC fingerprints (config SESSION_SECRET). */
  secret: string;
  /** Open-link responses accepted per fingerprint (day, survey, IP, user agent); default 3. */
  maxPerHari?: number;
  /** Open-link responses accepted per (day, survey, IP), whatever the user agent (config SKM_MAX_PER_IP_HARI); default 300. */
  maxPerIpHari?: number;
  /**
   * Batch size K of the release in batches (config SKM_AMBANG_ANONIM, ADR 0005); default 10. While a survey
   * is not `ditutup` every output counts only the first floor(n/K)·K responses in insertion order.
   */
  ambangAnonim?: number;
  /** Absolute base of public links (config PUBLIC_URL), e.g. https://sikap.tanjungbalaikota.go.id. */
  publicUrl?: string;
  /** Kiosk answers accepted per staff account, survey and day; default {@link KIOSK_MAKS_PER_HARI} (tests may lower it). */
  maxKioskPerHari?: number;
};

/**
 * Kiosk answers (kanal 'kiosk') one petugas account may record for one survey in one day (WIB), counted in
 * skm_pembatas under HMAC(secret, `kiosk|date|survey|akunId`). 150 is about one answer every 3 minutes over
 * a full service day — enough for a busy counter — while a single insider can no longer flood a batch
 * with hundreds of known answers (the "n − 1" attack, ADR 0005) without it showing in the audit log.
 */
export const KIOSK_MAKS_PER_HARI = 150;

/** Days after the period end during which paper questionnaires collected in the period may still be imported. */
export const IMPOR_KERTAS_TENGGANG_HARI = 30;

/** `2027-01-01` → `1 Januari 2027` (for error messages). */
export function tanggalIndonesia(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${d} ${NAMA_BULAN[(m ?? 1) - 1]} ${y}`;
}

/**
 * Whether every response of a survey counts (ADR 0005): its period has ended (selesai < today, WIB) — no
 * answer can arrive any more — or it is `ditutup` (an admin OPD can close only after the period end; admin
 * BKPSDM may close early, audited). Otherwise the survey is released in batches of K.
 */
export function surveiFinal(s: Pick<SurveiRow, 'status' | 'selesai'>, hariIni: string): boolean {
  return s.status === 'ditutup' || s.selesai < hariIni;
}

/**
 * Refuses an answer (web, undangan, kiosk) outside the survey period [mulai, selesai] (WIB, inclusive):
 * a unit must not collect answers for a period that has not started or is over (ADR 0005, F1).
 * @throws SURVEI_BELUM_DIMULAI (409) | SURVEI_PERIODE_BERAKHIR (410)
 */
export function cekPeriodeJawab(s: Pick<SurveiRow, 'mulai' | 'selesai'>, hariIni: string): void {
  if (hariIni < s.mulai) {
    throw SkmErrors.SURVEI_BELUM_DIMULAI(`Periode survei ini baru dimulai pada ${tanggalIndonesia(s.mulai)}; jawaban belum dapat diterima.`);
  }
  if (hariIni > s.selesai) {
    throw SkmErrors.SURVEI_PERIODE_BERAKHIR(`Periode survei ini sudah berakhir pada ${tanggalIndonesia(s.selesai)}; jawaban tidak dapat diterima lagi. Terima kasih atas kesediaan Anda.`);
  }
}

const PESAN_DITERIMA = 'Terima kasih! Jawaban Anda sudah kami terima dan membantu kami memperbaiki pelayanan.';
const MAKS_BARIS_IMPOR = 20_000;
const MAKS_SARAN = 200;
/** Floor of the paper-import bound: small units without a population still get 2 × 100 paper rows. */
const MIN_DASAR_KERTAS = 100;

/**
 * The most paper questionnaires (kanal 'kertas') one survey may hold, over all its imports (ADR 0005):
 * 2 × max(Krejcie–Morgan target of `populasi`, 100) — twice the sample the regulation asks for, so a
 * real paper-only survey fits, while a unit cannot bury its online answers under thousands of all-4 rows.
 * The table saturates at 384, so the bound never exceeds 768 whatever `populasi` is set to.
 * @example batasKertas(null) → 200; batasKertas(3000) → 682; batasKertas(1_000_000) → 768
 */
export function batasKertas(populasi: number | null): { batas: number; target: number | null } {
  const target = populasi == null ? null : sampelKrejcieMorgan(populasi);
  return { batas: 2 * Math.max(target ?? 0, MIN_DASAR_KERTAS), target };
}

/**
 * How many of `total` responses are released (ADR 0005): for a final survey ({@link surveiFinal}: period
 * ended or `ditutup`) all of them, but only when they are at least K (otherwise none: a tiny survey is held
 * back); for a running one whole batches of K in insertion order.
 * @example jumlahDirilis(23, false, 10) → 20; jumlahDirilis(23, true, 10) → 23; jumlahDirilis(7, true, 10) → 0
 */
export function jumlahDirilis(total: number, final: boolean, k: number): number {
  if (final) return total >= k ? total : 0;
  return Math.floor(total / k) * k;
}

/** The hasil of a held-back survey (final, fewer than K responses): the count only, every value null. */
function hasilDitahan(responden: number, bobot: IkmBobot): IkmHasil {
  return { ...hitungHasil(repo.agregatKosong(), bobot), responden };
}

/**
 * Survei Kepuasan Masyarakat (module `skm`, PermenPANRB 14/2017, pelayanan.md §1): surveys per unit and
 * period, open links and one-time invitations, anonymous responses, IKM results computed in SQL + domain.
 *
 * Access: routes check the permission (`skm:kelola` admin/admin_opd, `skm:hasil` admin/admin_opd/pimpinan);
 * the service adds the scope: admin and pimpinan see every unit, admin_opd only units whose `opdId` is
 * theirs. Org data comes only through `deps.org`.
 */
export function createSkmService(db: Db, deps: SkmDeps) {
  const maxPerHari = deps.maxPerHari ?? 3;
  const maxPerIpHari = deps.maxPerIpHari ?? 300;
  const maxKioskPerHari = deps.maxKioskPerHari ?? KIOSK_MAKS_PER_HARI;
  const k = Math.max(1, Math.trunc(deps.ambangAnonim ?? 10));
  let purgedFor: string | null = null;

  const sidik = (s: string) => createHmac('sha256', deps.secret).update(s).digest('hex');
  /** Per-survey key of the pseudo-random order of suggestions and export rows (never the secret itself). */
  const kunciUrut = (s: SurveiRow) => sidik(`urut|${s.id}|${s.kode}`);
  const isAdmin = (p: Pelaku) => p.roles.includes('admin');

  /**
   * surveiId → release limit of each survey (ADR 0005): a final survey ({@link surveiFinal}) counts all its
   * responses but is held back (`ditahan`, nothing released) while it has fewer than K; a running one
   * releases whole batches of K.
   */
  async function rilisSurvei(rows: SurveiRow[], hariIni: string): Promise<Map<number, Rilis>> {
    const out = await repo.hitungRilis(db, rows.map((r) => ({ id: r.id, semua: surveiFinal(r, hariIni) })), k);
    for (const [id, r] of out) {
      if (r.batas === null && r.total > 0 && r.total < k) out.set(id, { batas: 0, total: r.total, ditahan: true });
    }
    return out;
  }
  /** The result of a survey from its released aggregate, or the held-back result (count only). */
  const hasilRilis = (s: SurveiRow, agregat: AgregatRespon | undefined, r: Rilis | undefined): IkmHasil =>
    (r?.ditahan ? hasilDitahan(r.total, s.bobot) : hitungHasil(agregat ?? repo.agregatKosong(), s.bobot));
  const batasDari = (rilis: Map<number, Rilis>) => new Map<number, BatasRilis>([...rilis].map(([id, r]) => [id, r.batas]));

  // ---------------------------------------------------------------- scope

  /** null = every unit; a number = only units of that OPD. */
  function lingkup(p: Pelaku, mode: 'lihat' | 'kelola'): number | null {
    if (p.roles.includes('admin')) return null;
    if (mode === 'lihat' && p.roles.includes('pimpinan')) return null;
    if (p.roles.includes('admin_opd')) {
      if (p.opdId == null) throw SkmErrors.DI_LUAR_OPD('Akun admin OPD ini belum terhubung ke perangkat daerah.');
      return p.opdId;
    }
    throw CommonErrors.DILARANG();
  }

  async function cekUnitDalamLingkup(unitId: number, opdId: number | null) {
    if (opdId == null) return;
    const unit = await deps.org.getUnit(unitId);
    if (!unit || unit.opdId !== opdId) throw SkmErrors.DI_LUAR_OPD();
  }

  /** The survey or 404; 403 when it belongs to another OPD than the admin OPD's. */
  async function surveiDalamLingkup(p: Pelaku, id: number, mode: 'lihat' | 'kelola'): Promise<SurveiRow> {
    const opdId = lingkup(p, mode);
    const s = await repo.findSurveiById(db, id);
    if (!s) throw SkmErrors.SURVEI_TIDAK_DITEMUKAN();
    await cekUnitDalamLingkup(s.unitId, opdId);
    return s;
  }

  async function unitIdsOpd(opdId: number): Promise<number[]> {
    return deps.org.listUnitIdOpd(opdId);
  }

  // ---------------------------------------------------------------- DTOs

  /** The admin DTO; every figure from the released responses only (`agregat`), plus the count still held back. */
  function toSurvei(s: SurveiRow, unitNama: string, agregat: AgregatRespon | undefined, rilis: Rilis | undefined): Survei {
    const hasil = hasilRilis(s, agregat, rilis);
    const total = rilis?.total ?? 0;
    const ditahan = rilis?.ditahan ?? false;
    return {
      id: s.id, kode: s.kode, unitId: s.unitId, unitNama, layanan: s.layanan, judul: s.judul,
      jenisPeriode: s.jenisPeriode, tahun: s.tahun, ke: s.ke, periodeLabel: labelPeriode(s),
      mulai: s.mulai, selesai: s.selesai, populasi: s.populasi, bobot: s.bobot, status: s.status,
      demografi: s.demografi, responden: hasil.responden, ikm: hasil.ikm, mutu: hasil.mutu, tautan: tautanSurvei(s.kode),
      responTertunda: ditahan || rilis?.batas === null ? 0 : total - jumlahDirilis(total, false, k), ambangAnonim: k,
      ditahan,
      alasanDitahan: ditahan
        ? `Hasil tidak ditampilkan: survei ini hanya memiliki ${total} respon, kurang dari ${k} respon minimum untuk menjaga kerahasiaan responden.`
        : null,
    };
  }

  async function toSurveiList(rows: SurveiRow[], hariIni: string): Promise<Survei[]> {
    const [names, rilis] = await Promise.all([deps.org.getUnitNames(rows.map((r) => r.unitId)), rilisSurvei(rows, hariIni)]);
    const agg = await repo.agregatRespon(db, batasDari(rilis));
    return rows.map((r) => toSurvei(r, names.get(r.unitId) ?? '—', agg.get(r.id), rilis.get(r.id)));
  }

  function toPublik(s: SurveiRow, unitNama: string): SurveiPublik {
    return {
      kode: s.kode, judul: s.judul, unitNama, layanan: s.layanan, periodeLabel: labelPeriode(s), demografi: s.demografi,
      unsur: UNSUR.map((u) => ({ kode: u.kode, nama: u.nama, pertanyaan: u.pertanyaan, pilihan: u.label.map((label, i) => ({ nilai: i + 1, label })) })),
    };
  }

  async function unitNama(unitId: number) {
    return (await deps.org.getUnitNames([unitId])).get(unitId) ?? '—';
  }

  function nilaiRespon(s: SurveiRow, body: ResponBody, kanal: ResponInsert['kanal'], tanggal: string, konteks: KonteksUndangan | null): ResponInsert {
    const j = body.jawaban;
    const saran = body.saran?.trim();
    const layananDiterima = body.layananDiterima?.trim();
    return {
      surveiId: s.id, tanggal, kanal,
      u1: j.U1, u2: j.U2, u3: j.U3, u4: j.U4, u5: j.U5, u6: j.U6, u7: j.U7, u8: j.U8, u9: j.U9,
      jenisKelamin: s.demografi ? body.jenisKelamin ?? null : null,
      usia: s.demografi ? body.usia ?? null : null,
      pendidikan: s.demografi ? body.pendidikan ?? null : null,
      pekerjaan: s.demografi ? body.pekerjaan ?? null : null,
      layananDiterima: layananDiterima || null,
      saran: saran || null,
      konteks,
    };
  }

  function cekIdempotencyKey(key: string | undefined) {
    if (key !== undefined && (key.length < 8 || key.length > 200)) {
      throw CommonErrors.VALIDASI('Header Idempotency-Key harus 8–200 karakter.', [{ field: 'headers.idempotency-key', message: 'panjang 8–200 karakter' }]);
    }
  }

  // ---------------------------------------------------------------- public

  /**
   * Surveys open to the public: status `aktif` AND today (WIB) within [mulai, selesai] — answers outside the
   * period are refused (ADR 0005, F1), so such a survey is not listed. GET /skm/publik/survei → SurveiPublikListSchema.
   */
  /**
   * Open surveys of one unit: the target of the unit's permanent link `/survei/unit/:id` (a printed poster
   * or QR stays valid from one period to the next). `[]` when the unit has none open.
   */
  async function listSurveiPublikUnit(unitId: number, now = new Date()) {
    return listSurveiPublik(unitId, now);
  }

  /**
   * SVG QR code of a unit's permanent survey link (`/survei/unit/:id`), for posters at the service office.
   * @throws SkmErrors.UNIT_TIDAK_VALID (404 semantics: unknown unit)
   */
  async function qrUnit(unitId: number, asal: string): Promise<string> {
    const u = await deps.org.getUnit(unitId);
    if (!u) throw CommonErrors.TIDAK_DITEMUKAN('Unit tidak ditemukan.');
    const url = new URL(`/survei/unit/${unitId}`, deps.publicUrl ?? asal).toString();
    return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  async function listSurveiPublik(unitId?: number, now = new Date()) {
    const hariIni = tanggalWib(now);
    const rows = (await repo.listSurveiAktif(db))
      .filter((r) => (unitId === undefined || r.unitId === unitId) && r.mulai <= hariIni && hariIni <= r.selesai);
    const names = await deps.org.getUnitNames(rows.map((r) => r.unitId));
    return rows.map((r) => {
      const { unsur: _unsur, ...rest } = toPublik(r, names.get(r.unitId) ?? '—');
      void _unsur;
      return rest;
    });
  }

  /**
   * The questionnaire of an open survey (the 9 unsur of PermenPANRB 14/2017 with their 1–4 wording).
   * @throws SkmErrors.SURVEI_TIDAK_DITEMUKAN (404) when unknown or not `aktif` | SURVEI_BELUM_DIMULAI (409) | SURVEI_PERIODE_BERAKHIR (410)
   */
  async function getSurveiPublik(kode: string, now = new Date()): Promise<SurveiPublik> {
    const s = await repo.findSurveiByKode(db, kode);
    if (!s || s.status !== 'aktif') throw SkmErrors.SURVEI_TIDAK_DITEMUKAN();
    cekPeriodeJawab(s, tanggalWib(now));
    return toPublik(s, await unitNama(s.unitId));
  }

  /**
   * Records an anonymous response through the open link (kanal 'web'). One transaction, holding the survey
   * row lock (so response ids follow commit order — the release in batches relies on it, ADR 0005):
   * 1. with an Idempotency-Key: a keyed marker in skm_pembatas; a replay answers the same without saving again;
   * 2. anti-stuffing per device: sidik = HMAC-SHA256(secret, `tanggalWIB|surveiId|ip|userAgent`) counted in
   *    skm_pembatas; above `maxPerHari` → 429 BATAS_HARIAN;
   * 3. anti-stuffing per IP (rotating the user agent does not help): HMAC(secret, `ip|tanggalWIB|surveiId|net`),
   *    net = the IPv4 address or the IPv6 /64 ({@link jaringanIp}),
   *    above `maxPerIpHari` → 429 BATAS_IP_HARIAN. A refused submission rolls back, so it counts nowhere;
   *    the fingerprints are never linked to the response;
   * 4. the response (date only, no time, IP or agent), then rows dated before yesterday are purged (once a day per process).
   * Only while today (WIB) is within the survey period ({@link cekPeriodeJawab}). Kiosk ({@link Klien.kiosk}):
   * no per-device cap, but {@link KIOSK_MAKS_PER_HARI} per account, survey and day; first one of the day audited.
   * @throws SkmErrors.SURVEI_TIDAK_DITEMUKAN (404) | SURVEI_BELUM_DIMULAI (409) | SURVEI_PERIODE_BERAKHIR (410) | BATAS_HARIAN (429)
   *   | BATAS_IP_HARIAN (429) | BATAS_KIOS_HARIAN (429) | CommonErrors.VALIDASI (bad Idempotency-Key)
   */
  async function kirimRespon(kode: string, body: ResponBody, klien: Klien, now = new Date()) {
    cekIdempotencyKey(klien.idempotencyKey);
    const found = await repo.findSurveiByKode(db, kode);
    if (!found || found.status !== 'aktif') throw SkmErrors.SURVEI_TIDAK_DITEMUKAN();
    const tanggal = tanggalWib(now);
    cekPeriodeJawab(found, tanggal);
    const kiosk = klien.kiosk && klien.kiosk.opdId != null && (await deps.org.getUnit(found.unitId))?.opdId === klien.kiosk.opdId
      ? klien.kiosk
      : null;
    await db.transaction(async (tx) => {
      const s = await repo.kunciSurvei(tx, found.id);
      if (!s || s.status !== 'aktif') throw SkmErrors.SURVEI_TIDAK_DITEMUKAN();
      cekPeriodeJawab(s, tanggal);
      if (purgedFor !== tanggal) await repo.hapusPembatasSebelum(tx, tambahHari(tanggal, -1));
      if (klien.idempotencyKey && !(await repo.tandaiSekali(tx, sidik(`idem|${tanggal}|${s.id}|${klien.idempotencyKey}`), tanggal))) return;
      if (!kiosk) {
        const jumlah = await repo.tambahPembatas(tx, sidik(`${tanggal}|${s.id}|${klien.ip}|${klien.userAgent}`), tanggal);
        if (jumlah > maxPerHari) throw SkmErrors.BATAS_HARIAN();
      } else {
        const jumlahKios = await repo.tambahPembatas(tx, sidik(`kiosk|${tanggal}|${s.id}|${kiosk.akunId}`), tanggal);
        if (jumlahKios > maxKioskPerHari) {
          throw SkmErrors.BATAS_KIOS_HARIAN(`Akun ini sudah mencatat ${maxKioskPerHari} jawaban survei melalui mode kios hari ini (batas harian). Silakan lanjutkan besok atau minta responden mengisi melalui perangkat sendiri.`);
        }
        // One audit row per account, survey and day — never per answer, and without any answer data.
        if (jumlahKios === 1) {
          await recordAudit(tx, { akunId: kiosk.akunId, aksi: 'skm.kiosk.mulai', entitas: 'skm_survei', entitasId: s.id, data: { tanggal } });
        }
      }
      const jumlahIp = await repo.tambahPembatas(tx, sidik(`ip|${tanggal}|${s.id}|${jaringanIp(klien.ip)}`), tanggal);
      if (jumlahIp > maxPerIpHari) throw SkmErrors.BATAS_IP_HARIAN();
      await repo.insertRespon(tx, [nilaiRespon(s, body, kiosk ? 'kiosk' : 'web', tanggal, null)]);
    });
    purgedFor = tanggal;
    return { diterima: true as const, pesan: PESAN_DITERIMA };
  }

  async function undanganValid(token: string, now: Date) {
    if (!TOKEN_RE.test(token)) throw SkmErrors.UNDANGAN_TIDAK_DITEMUKAN();
    const u = await repo.findUndanganByHash(db, sha256(token));
    if (!u) throw SkmErrors.UNDANGAN_TIDAK_DITEMUKAN();
    if (u.digunakan) throw SkmErrors.UNDANGAN_TERPAKAI();
    if (u.kedaluwarsa.getTime() <= now.getTime()) throw SkmErrors.UNDANGAN_KEDALUWARSA();
    return u;
  }

  /**
   * The questionnaire behind a one-time invitation.
   * @throws SkmErrors.UNDANGAN_TIDAK_DITEMUKAN (404) | UNDANGAN_TERPAKAI (410) | UNDANGAN_KEDALUWARSA (410) | SURVEI_DITUTUP (410)
   */
  async function getUndanganPublik(token: string, now = new Date()): Promise<SurveiPublik> {
    const u = await undanganValid(token, now);
    const s = await repo.findSurveiById(db, u.surveiId);
    if (!s || s.status !== 'aktif') throw SkmErrors.SURVEI_DITUTUP();
    cekPeriodeJawab(s, tanggalWib(now));
    return toPublik(s, await unitNama(s.unitId));
  }

  /**
   * Records the response of a one-time invitation (kanal 'undangan'). In ONE transaction the invitation is
   * flipped `digunakan` false → true (a conditional UPDATE, so two concurrent submissions cannot both win)
   * and the response is inserted with the invitation's `konteks` copied — never its id, token or a time.
   * No daily cap applies (the token itself is the limit). An Idempotency-Key replay of the SAME submission
   * answers 201 again instead of 410.
   * @throws SkmErrors.UNDANGAN_TIDAK_DITEMUKAN (404) | UNDANGAN_TERPAKAI (410) | UNDANGAN_KEDALUWARSA (410) | SURVEI_DITUTUP (410)
   */
  async function kirimResponUndangan(token: string, body: ResponBody, klien: Pick<Klien, 'idempotencyKey'> = {}, now = new Date()) {
    cekIdempotencyKey(klien.idempotencyKey);
    if (!TOKEN_RE.test(token)) throw SkmErrors.UNDANGAN_TIDAK_DITEMUKAN();
    const hash = sha256(token);
    const tanggal = tanggalWib(now);
    await db.transaction(async (tx) => {
      if (klien.idempotencyKey && !(await repo.tandaiSekali(tx, sidik(`idem-undangan|${hash}|${klien.idempotencyKey}`), tanggal))) return;
      const u = await repo.pakaiUndangan(tx, hash, now);
      if (!u) {
        const ada = await repo.findUndanganByHash(tx, hash);
        if (!ada) throw SkmErrors.UNDANGAN_TIDAK_DITEMUKAN();
        throw ada.digunakan ? SkmErrors.UNDANGAN_TERPAKAI() : SkmErrors.UNDANGAN_KEDALUWARSA();
      }
      const s = await repo.kunciSurvei(tx, u.surveiId);
      if (!s || s.status !== 'aktif') throw SkmErrors.SURVEI_DITUTUP();
      // Outside the period → the whole transaction rolls back, so the invitation stays unused.
      cekPeriodeJawab(s, tanggal);
      await repo.insertRespon(tx, [nilaiRespon(s, body, 'undangan', tanggal, konteksBersih(u.konteks))]);
    });
    return { diterima: true as const, pesan: PESAN_DITERIMA };
  }

  /**
   * The IKM publication (UU 25/2009 Pasal 15; PermenPANRB 14/2017 lampiran: the results of each survey
   * period must be published): per (unit, layanan) the latest survey — by tahun, then period end — whose
   * period ended before today (WIB) whatever its status (a `ditutup` running or future period is NOT
   * published), never a draft, not held back (at least K responses, all counted) and whose responses give a
   * computable IKM (every unsur answered at least once). A running period is not published: a figure that
   * moves while citizens answer could be diffed (ADR 0005). `kertas` = paper questionnaires among
   * `responden`. Sorted by unit name, then layanan.
   */
  async function listPublikasi(now = new Date()) {
    const hariIni = tanggalWib(now);
    const rows = await repo.listSurveiTerbit(db, hariIni);
    const rilis = await rilisSurvei(rows, hariIni);
    const agg = await repo.agregatRespon(db, batasDari(rilis));
    const pilih = new Map<string, { survei: SurveiRow; hasil: IkmHasil; kertas: number }>();
    for (const survei of rows) {
      const key = `${survei.unitId}|${survei.layanan ?? ''}`;
      if (pilih.has(key) || rilis.get(survei.id)?.ditahan) continue;
      const agregat = agg.get(survei.id) ?? repo.agregatKosong();
      const hasil = hitungHasil(agregat, survei.bobot);
      if (hasil.ikm != null) pilih.set(key, { survei, hasil, kertas: agregat.perKanal.kertas });
    }
    const list = [...pilih.values()];
    const names = await deps.org.getUnitNames(list.map((x) => x.survei.unitId));
    return list
      .map(({ survei, hasil, kertas }) => ({
        surveiId: survei.id, unitNama: names.get(survei.unitId) ?? '—', layanan: survei.layanan,
        periodeLabel: labelPeriode(survei), responden: hasil.responden, kertas, ikm: hasil.ikm!, mutu: hasil.mutu!, kinerja: hasil.kinerja!,
        perUnsur: hasil.perUnsur,
      }))
      .sort((a, b) => a.unitNama.localeCompare(b.unitNama, 'id') || (a.layanan ?? '').localeCompare(b.layanan ?? '', 'id'));
  }

  /**
   * SVG QR code of an open survey's public link, absolute: `publicUrl` when configured, else `asal`
   * (the request's scheme + host).
   * @throws SkmErrors.SURVEI_TIDAK_DITEMUKAN (404) when unknown or not `aktif`
   */
  async function qrSurvei(kode: string, asal: string): Promise<string> {
    const s = await repo.findSurveiByKode(db, kode);
    if (!s || s.status !== 'aktif') throw SkmErrors.SURVEI_TIDAK_DITEMUKAN();
    const url = new URL(tautanSurvei(s.kode), deps.publicUrl ?? asal).toString();
    return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  // ---------------------------------------------------------------- admin

  /**
   * Surveys visible to the caller, newest period first, with responden/IKM/mutu (SurveiListQuerySchema →
   * `{ items: Survei[], total, page, per_page }`). admin_opd: only units of their OPD.
   */
  async function listSurvei(p: Pelaku, q: z.output<typeof SurveiListQuerySchema>, now = new Date()) {
    const opdId = lingkup(p, 'lihat');
    const unitIds = opdId == null ? null : await unitIdsOpd(opdId);
    const { rows, total } = await repo.listSurvei(db, {
      unitIds, unitId: q.unit_id, tahun: q.tahun, status: q.status, limit: q.per_page, offset: (q.page - 1) * q.per_page,
    });
    return { items: await toSurveiList(rows, tanggalWib(now)), total, page: q.page, per_page: q.per_page };
  }

  /**
   * Creates a survey for a unit penyelenggara pelayanan and one period (PermenPANRB 14/2017: at least yearly).
   * mulai/selesai come from {@link periodeSurvei}; judul defaults to "SKM <unit> <periode>"; kode is random;
   * status `aktif`. Audited (`skm.survei.buat`).
   * @throws PERIODE_TIDAK_VALID (400 body.ke) | UNIT_TIDAK_VALID (400 body.unitId) | DI_LUAR_OPD (403) | SURVEI_GANDA (409)
   */
  async function createSurvei(p: Pelaku, input: SurveiCreate): Promise<Survei> {
    const opdId = lingkup(p, 'kelola');
    const periode = periodeSurvei(input);
    const unit = await deps.org.getUnit(input.unitId);
    if (!unit || !unit.aktif || !unit.isUnitLayanan) {
      throw SkmErrors.UNIT_TIDAK_VALID(undefined, [{ field: 'body.unitId', message: 'unit tidak ditemukan atau bukan unit penyelenggara pelayanan' }]);
    }
    if (opdId != null && unit.opdId !== opdId) throw SkmErrors.DI_LUAR_OPD();
    const layanan = input.layanan?.trim() || null;
    const ke = input.jenisPeriode === 'tahun' ? null : input.ke ?? null;
    const judul = input.judul?.trim() || `SKM ${unit.nama}${layanan ? ` — ${layanan}` : ''} ${periode.label}`;
    const row = await db.transaction(async (tx) => {
      if (await repo.findSurveiSamaPeriode(tx, { unitId: unit.id, layanan, jenisPeriode: input.jenisPeriode, tahun: input.tahun, ke })) {
        throw SkmErrors.SURVEI_GANDA();
      }
      let kode = buatKodeSurvei();
      while (await repo.findSurveiByKode(tx, kode)) kode = buatKodeSurvei();
      const r = await repo.insertSurvei(tx, {
        unitId: unit.id, layanan, judul, jenisPeriode: input.jenisPeriode, tahun: input.tahun, ke,
        mulai: periode.mulai, selesai: periode.selesai, populasi: input.populasi ?? null,
        bobot: input.bobot ?? 'exact', status: 'aktif', kode, demografi: input.demografi ?? true,
      });
      await recordAudit(tx, { akunId: p.akunId, aksi: 'skm.survei.buat', entitas: 'skm_survei', entitasId: r.id, data: { unitId: r.unitId, layanan, periode: periode.label, kode } });
      return r;
    });
    return toSurvei(row, unit.nama, undefined, undefined);
  }

  /** One survey (admin view). @throws SURVEI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) */
  async function getSurvei(p: Pelaku, id: number, now = new Date()): Promise<Survei> {
    const s = await surveiDalamLingkup(p, id, 'lihat');
    return (await toSurveiList([s], tanggalWib(now)))[0]!;
  }

  /**
   * Changes judul, populasi, bobot, status (draf/aktif/ditutup) or demografi. Audited (`skm.survei.ubah`,
   * before/after of the changed fields; a status change also records `respon`, the number of responses
   * stored at that moment).
   *
   * Status rules (ADR 0005 — a unit must not be able to rework its own published result):
   * - a `ditutup` survey can be reopened (`aktif`) or set to `draf` only by role `admin` (BKPSDM);
   * - an admin OPD can set a survey to `draf` only while it has no response at all (hiding a result);
   * - an admin OPD can set `ditutup` only after the period has ended (selesai < today, WIB): closing early
   *   releases every response at once, so only admin BKPSDM may do it (audited with `respon`);
   * - the `bobot` of a `ditutup` survey can be changed only by admin (it changes a final result).
   * @throws SURVEI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | STATUS_KHUSUS_ADMIN (403) | TUTUP_SEBELUM_BERAKHIR (403) | BOBOT_KHUSUS_ADMIN (403)
   */
  async function updateSurvei(p: Pelaku, id: number, patch: z.output<typeof SurveiUpdateSchema>, now = new Date()): Promise<Survei> {
    const s = await surveiDalamLingkup(p, id, 'kelola');
    const hariIni = tanggalWib(now);
    const ubahStatus = patch.status !== undefined && patch.status !== s.status;
    const jumlahRespon = ubahStatus ? (await repo.hitungRilis(db, [{ id: s.id, semua: true }], k)).get(s.id)!.total : 0;
    if (ubahStatus && !isAdmin(p)) {
      if (s.status === 'ditutup') throw SkmErrors.STATUS_KHUSUS_ADMIN();
      if (patch.status === 'draf' && jumlahRespon > 0) {
        throw SkmErrors.STATUS_KHUSUS_ADMIN('Survei yang sudah memiliki respon tidak dapat dijadikan draf kecuali oleh admin BKPSDM. Tutup survei bila periodenya selesai.');
      }
      if (patch.status === 'ditutup' && !(s.selesai < hariIni)) {
        throw SkmErrors.TUTUP_SEBELUM_BERAKHIR(`Survei ini baru dapat ditutup setelah periodenya berakhir (${tanggalIndonesia(s.selesai)}). Penutupan lebih awal hanya dapat dilakukan oleh admin BKPSDM.`);
      }
    }
    if (patch.bobot !== undefined && patch.bobot !== s.bobot && s.status === 'ditutup' && !isAdmin(p)) throw SkmErrors.BOBOT_KHUSUS_ADMIN();
    const set: Partial<repo.SurveiInsert> = {};
    if (patch.judul !== undefined) set.judul = patch.judul;
    if (patch.populasi !== undefined) set.populasi = patch.populasi;
    if (patch.bobot !== undefined) set.bobot = patch.bobot;
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.demografi !== undefined) set.demografi = patch.demografi;
    const changed = Object.keys(set).filter((k) => set[k as keyof typeof set] !== s[k as keyof SurveiRow]) as Array<keyof typeof set>;
    if (changed.length === 0) return getSurvei(p, id, now);
    await db.transaction(async (tx) => {
      await repo.updateSurvei(tx, id, set);
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'skm.survei.ubah', entitas: 'skm_survei', entitasId: id,
        data: {
          sebelum: Object.fromEntries(changed.map((f) => [f, s[f as keyof SurveiRow]])), sesudah: Object.fromEntries(changed.map((f) => [f, set[f]])),
          ...(changed.includes('status') ? { respon: jumlahRespon } : {}),
        },
      });
    });
    return getSurvei(p, id, now);
  }

  /**
   * The IKM result of a survey (SurveiHasilSchema), over its RELEASED responses only (ADR 0005: while the
   * survey is not `ditutup`, the first floor(n/K)·K in insertion order; each survey of the trend by its own
   * status): the IKM computed from ONE aggregate query (`count(*)`, `sum(uN)`, `count(uN)`) fed to
   * computeIkmFromSums with the survey's bobot; counts per kanal; progress against the Krejcie–Morgan
   * target; trend over the same unit + layanan (oldest first); demographic counts (every listed value, zeros
   * included, plus "Tidak diisi"); up to 200 non-empty suggestions in a keyed pseudo-random order.
   * @throws SURVEI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
   */
  async function getHasil(p: Pelaku, id: number, now = new Date()): Promise<SurveiHasil> {
    return (await hasilDirilis(p, id, now)).hasil;
  }

  async function hasilDirilis(p: Pelaku, id: number, now: Date): Promise<{ s: SurveiRow; batas: BatasRilis; hasil: SurveiHasil }> {
    const s = await surveiDalamLingkup(p, id, 'lihat');
    const jalur = await repo.listSurveiSatuJalur(db, s.unitId, s.layanan);
    const rilis = await rilisSurvei(jalur, tanggalWib(now));
    // null = everything released (ditutup); `??` would turn it into 0, so test for the entry explicitly.
    const r = rilis.get(s.id);
    const batas: BatasRilis = r === undefined ? 0 : r.batas;
    const [agg, nama, demo, saran] = await Promise.all([
      repo.agregatRespon(db, batasDari(rilis)),
      unitNama(s.unitId),
      repo.hitungDemografi(db, s.id, batas),
      repo.listSaran(db, s.id, batas, kunciUrut(s), MAKS_SARAN),
    ]);
    const survei = toSurvei(s, nama, agg.get(s.id), rilis.get(s.id));
    const hasil = hasilRilis(s, agg.get(s.id), rilis.get(s.id));
    const tren = jalur.map((x) => {
      const h = hasilRilis(x, agg.get(x.id), rilis.get(x.id));
      return { surveiId: x.id, periodeLabel: labelPeriode(x), responden: h.responden, ikm: h.ikm, mutu: h.mutu };
    });
    const daftar: Record<string, readonly string[]> = { jenisKelamin: JENIS_KELAMIN, usia: USIA, pendidikan: PENDIDIKAN, pekerjaan: PEKERJAAN };
    const demografi: SurveiHasil['demografi'] = {};
    for (const [field, nilai] of Object.entries(daftar)) {
      const rows = demo.filter((d) => d.field === field);
      const lain = rows.filter((d) => d.nilai != null && !nilai.includes(d.nilai));
      const kosong = rows.find((d) => d.nilai == null)?.jumlah ?? 0;
      demografi[field] = [
        ...nilai.map((v) => ({ nilai: v, jumlah: rows.find((d) => d.nilai === v)?.jumlah ?? 0 })),
        ...lain.map((d) => ({ nilai: d.nilai!, jumlah: d.jumlah })),
        ...(kosong > 0 ? [{ nilai: 'Tidak diisi', jumlah: kosong }] : []),
      ];
    }
    const perKanal: PerKanal = { ...(agg.get(s.id) ?? repo.agregatKosong()).perKanal };
    return { s, batas, hasil: { survei, hasil, progres: hitungProgres(s.populasi, hasil.responden), perKanal, tren, demografi, saran } };
  }

  /**
   * Everything the XLSX/PDF report needs (SkmLaporanData): the survey, its IKM, progress, counts per kanal,
   * one row per RELEASED response (date, channel, answers, demographics — nothing identifying exists to
   * include) in a keyed pseudo-random order (never by submission time, ADR 0005) and suggestions.
   * @param now  the generation time written in the report
   * @throws SURVEI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
   */
  async function buildLaporan(p: Pelaku, id: number, now = new Date()): Promise<SkmLaporanData> {
    const { s, batas, hasil: h } = await hasilDirilis(p, id, now);
    const rows = await repo.listResponLaporan(db, id, batas, kunciUrut(s));
    return {
      survei: h.survei, hasil: h.hasil, progres: h.progres, perKanal: h.perKanal, saran: h.saran, dibuatPada: now.toISOString(),
      responden: rows.map((r, i) => ({
        // Coarsened per row (ADR 0005): the month only, and electronic channels merged, so that inside a
        // released batch the one invitation answer of a given day cannot be picked out.
        no: i + 1, tanggal: r.tanggal.slice(0, 7), kanal: r.kanal === 'kertas' ? 'kertas' : 'elektronik',
        jawaban: { U1: r.u1, U2: r.u2, U3: r.u3, U4: r.u4, U5: r.u5, U6: r.u6, U7: r.u7, U8: r.u8, U9: r.u9 },
        jenisKelamin: r.jenisKelamin, usia: r.usia, pendidikan: r.pendidikan, pekerjaan: r.pekerjaan,
      })),
    };
  }

  /** XLSX of every response + the IKM (skm.export.ts). @returns `{ namaBerkas: 'SKM-<unit>-<periode>-<kode>.xlsx', isi }` */
  async function eksporXlsx(p: Pelaku, id: number, now = new Date()) {
    const data = await buildLaporan(p, id, now);
    return { namaBerkas: `${namaDasar(data.survei)}.xlsx`, isi: await buildSkmXlsx(data) };
  }

  /** PDF "Laporan Hasil SKM" (skm.export.ts). @returns `{ namaBerkas: 'SKM-<unit>-<periode>-<kode>.pdf', isi }` */
  async function laporanPdf(p: Pelaku, id: number, now = new Date()) {
    const data = await buildLaporan(p, id, now);
    return { namaBerkas: `${namaDasar(data.survei)}.pdf`, isi: await buildSkmPdf(data) };
  }

  /**
   * Imports paper questionnaires (kanal 'kertas'): a .csv/.xlsx with columns U1…U9, one row per respondent,
   * blank = unanswered, a fully blank row skipped (validateIkmRows, PermenPANRB 14/2017 §1.2 scale 1–4).
   * All or nothing: any problem → 400 IMPOR_TIDAK_VALID listing every error as
   * `{ field: 'baris N, kolom U3', message }` (or field `file` for the file itself) and nothing saved;
   * otherwise every row is inserted in one transaction, dated today (WIB). Audited (`skm.respon.impor`:
   * `jumlah`, `barisKosong`, `totalKertas` = paper rows of the survey afterwards).
   *
   * Bounds (ADR 0005, so a unit cannot inflate its own IKM with paper): the survey must not be `ditutup`
   * (409 IMPOR_SURVEI_DITUTUP), and ALL its paper rows together, this file included, may not exceed
   * {@link batasKertas} = 2 × max(Krejcie–Morgan target of populasi, 100) (400 IMPOR_TIDAK_VALID, field `file`);
   * and today (WIB) must lie between the period start and {@link IMPOR_KERTAS_TENGGANG_HARI} days after its
   * end (questionnaires collected during the period may be typed in shortly after; 409 IMPOR_DI_LUAR_PERIODE).
   * @returns `{ diimpor }` the number of responses saved
   * @throws IMPOR_TIDAK_VALID (400) | SURVEI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | IMPOR_SURVEI_DITUTUP (409) | IMPOR_DI_LUAR_PERIODE (409)
   */
  async function imporKertas(p: Pelaku, id: number, berkas: { namaBerkas: string; isi: Buffer }, now = new Date()) {
    const s = await surveiDalamLingkup(p, id, 'kelola');
    if (s.status === 'ditutup') throw SkmErrors.IMPOR_SURVEI_DITUTUP();
    const hariIni = tanggalWib(now);
    const akhirImpor = tambahHari(s.selesai, IMPOR_KERTAS_TENGGANG_HARI);
    if (hariIni < s.mulai || hariIni > akhirImpor) {
      throw SkmErrors.IMPOR_DI_LUAR_PERIODE(
        `Kuesioner kertas survei ini hanya dapat diimpor dari ${tanggalIndonesia(s.mulai)} sampai ${tanggalIndonesia(akhirImpor)} `
        + `(awal periode sampai ${IMPOR_KERTAS_TENGGANG_HARI} hari setelah periode berakhir, untuk kuesioner yang dikumpulkan selama periode). Tidak ada data yang disimpan.`,
      );
    }
    let tabel;
    try {
      tabel = await readTabularBuffer(berkas.isi, berkas.namaBerkas);
    } catch (e) {
      if (e instanceof TabularFileError) throw SkmErrors.IMPOR_TIDAK_VALID(undefined, [{ field: 'file', message: e.message }]);
      throw e;
    }
    const v = validateIkmRows({ rows: tabel.rows, firstDataRow: tabel.firstDataRow, kolom: tabel.header });
    if (!v.ok) {
      throw SkmErrors.IMPOR_TIDAK_VALID(undefined, v.errors.map((e) => ({ field: `baris ${e.baris}, kolom ${e.kolom}`, message: e.pesan })));
    }
    if (v.responses.length === 0) throw SkmErrors.IMPOR_TIDAK_VALID(undefined, [{ field: 'file', message: 'berkas tidak berisi satu pun baris jawaban' }]);
    if (v.responses.length > MAKS_BARIS_IMPOR) {
      throw SkmErrors.IMPOR_TIDAK_VALID(undefined, [{ field: 'file', message: `maksimal ${MAKS_BARIS_IMPOR} baris per berkas; bagi berkas menjadi beberapa bagian` }]);
    }
    const tanggal = tanggalWib(now);
    const rows: ResponInsert[] = v.responses.map((r) => ({
      surveiId: s.id, tanggal, kanal: 'kertas',
      u1: r.U1 ?? null, u2: r.U2 ?? null, u3: r.U3 ?? null, u4: r.U4 ?? null, u5: r.U5 ?? null,
      u6: r.U6 ?? null, u7: r.U7 ?? null, u8: r.U8 ?? null, u9: r.U9 ?? null,
    }));
    await db.transaction(async (tx) => {
      const terkunci = await repo.kunciSurvei(tx, s.id);
      if (!terkunci || terkunci.status === 'ditutup') throw SkmErrors.IMPOR_SURVEI_DITUTUP();
      const { batas, target } = batasKertas(terkunci.populasi);
      const ada = await repo.hitungKanal(tx, s.id, 'kertas');
      if (ada + rows.length > batas) {
        const dasar = target == null ? 'populasi belum diisi' : `target sampel ${target}`;
        const pesan = `kuesioner kertas per survei paling banyak ${batas} baris (2 × maks(target sampel, ${MIN_DASAR_KERTAS}); ${dasar}); `
          + `survei ini sudah berisi ${ada} baris kertas dan berkas ini ${rows.length} baris`;
        throw SkmErrors.IMPOR_TIDAK_VALID(`Berkas tidak dapat diimpor: ${pesan}. Tidak ada data yang disimpan.`, [{ field: 'file', message: pesan }]);
      }
      await repo.insertRespon(tx, rows);
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'skm.respon.impor', entitas: 'skm_survei', entitasId: s.id,
        data: { jumlah: rows.length, barisKosong: v.barisKosong.length, totalKertas: ada + rows.length },
      });
    });
    return { diimpor: rows.length };
  }

  /**
   * Issues `jumlah` one-time invitations for printing or a kiosk (sumber 'admin', no sumberRef). They
   * expire at the end of the survey period (WIB) but never sooner than 7 days from now. Audited
   * (`skm.undangan.buat`, the count only — never the tokens). All printed invitations of a survey together
   * may not exceed 2 × max(Krejcie–Morgan target of populasi, 100) (same bound as paper, {@link batasKertas};
   * counted under the survey lock) → 409 UNDANGAN_MELEBIHI_BATAS stating the bound.
   * @returns `[{ token, tautan }]` (the tokens are shown once; only their SHA-256 is stored)
   * @throws SURVEI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | SURVEI_TIDAK_AKTIF (409) | UNDANGAN_MELEBIHI_BATAS (409)
   */
  async function buatUndanganCetak(p: Pelaku, id: number, jumlah: number, now = new Date()) {
    const s = await surveiDalamLingkup(p, id, 'kelola');
    if (s.status !== 'aktif') throw SkmErrors.SURVEI_TIDAK_AKTIF();
    const akhirPeriode = Date.parse(`${tambahHari(s.selesai, 1)}T00:00:00+07:00`);
    const kedaluwarsa = new Date(Math.max(akhirPeriode, now.getTime() + 7 * 86_400_000));
    const tokens = Array.from({ length: jumlah }, () => randomBytes(24).toString('base64url'));
    await db.transaction(async (tx) => {
      const terkunci = await repo.kunciSurvei(tx, s.id);
      if (!terkunci || terkunci.status !== 'aktif') throw SkmErrors.SURVEI_TIDAK_AKTIF();
      const { batas, target } = batasKertas(terkunci.populasi);
      const ada = await repo.hitungUndanganCetak(tx, s.id);
      if (ada + jumlah > batas) {
        const dasar = target == null ? 'populasi belum diisi' : `target sampel ${target}`;
        throw SkmErrors.UNDANGAN_MELEBIHI_BATAS(
          `Undangan cetak per survei paling banyak ${batas} (2 × maks(target sampel, ${MIN_DASAR_KERTAS}); ${dasar}); `
          + `survei ini sudah memiliki ${ada} undangan cetak dan permintaan ini ${jumlah}. Tidak ada undangan yang dibuat.`,
        );
      }
      await repo.insertUndangan(tx, tokens.map((t) => ({ surveiId: s.id, tokenHash: sha256(t), sumber: 'admin', sumberRef: null, konteks: null, kedaluwarsa })));
      await recordAudit(tx, { akunId: p.akunId, aksi: 'skm.undangan.buat', entitas: 'skm_survei', entitasId: s.id, data: { jumlah } });
    });
    return tokens.map((token) => ({ token, tautan: tautanUndangan(s.kode, token) }));
  }

  /** Units that can run an SKM (org.listUnitLayanan), scoped to the admin OPD's own OPD. */
  async function listUnit(p: Pelaku) {
    const opdId = lingkup(p, 'kelola');
    const rows = await deps.org.listUnitLayanan(opdId == null ? {} : { opdId });
    return rows.map((r) => ({ id: r.id, nama: r.nama, opdNama: r.opdNama }));
  }

  // ---------------------------------------------------------------- for other modules (kinerja)

  /**
   * For kinerja (IKM of a unit as an objective service indicator, issue #5; no scope check — the caller
   * decides who may see it): the IKM per PermenPANRB 14/2017 (25–100, via {@link hitungHasil} on the pooled
   * sums) over the responses dated (WIB) `dari`–`sampai` of the surveys of `unitId` (an OPD: of all its
   * units) whose period overlaps the range — counting ONLY RELEASED responses (ADR 0005: a running survey
   * releases whole batches of K, a final one with fewer than K is held back) and, of the running surveys, only
   * the first ⌊n/K⌋·K in the range by id (a later batch can release answers dated in the range), so the figure
   * moves in steps of K and cannot be diffed to one answer (final surveys count all, as their own result).
   * Below K pooled responses (or when an unsur has no answer) `ikm` is null with `alasan`.
   * Evidence = the survey ids with released responses in the range, never response ids.
   * @returns `{ ikm, mutu, responden, surveiIds, ambangAnonim, alasan }` (ikm 2 decimals as the domain rounds)
   */
  async function faktaIkmUnit(q: { unitId: number; dari: string; sampai: string }, now = new Date()) {
    const u = await deps.org.getUnit(q.unitId);
    const unitIds = !u ? [] : u.isOpd ? await deps.org.listUnitIdOpd(u.id) : [u.id];
    const surveis = await repo.listSurveiUnitRentang(db, unitIds, q.dari, q.sampai);
    const rilis = batasDari(await rilisSurvei(surveis, tanggalWib(now)));
    // Of the running surveys (released in batches) only the first ⌊n/K⌋·K answers dated in the range, by id: a
    // later batch may release answers dated in this range (a batch straddling two periods, a paper form typed
    // in late) and the figure must then move by whole batches. Final surveys count all, as their own result.
    const rentang = { dari: q.dari, sampai: q.sampai };
    const berjalan = new Map([...rilis].filter(([, b]) => b != null));
    const { n, batas } = await repo.batasKelipatanRentang(db, berjalan, rentang, k);
    const sisa = n % k;
    const dipakai = sisa === 0 ? rilis : new Map([...rilis].map(([id, b]) => [id, b == null ? null : Math.min(b, batas)]));
    const agg = await repo.agregatRespon(db, dipakai, rentang);
    const total = repo.agregatKosong();
    const surveiIds: number[] = [];
    for (const s of surveis) {
      const a = agg.get(s.id);
      if (!a || a.responden === 0) continue;
      surveiIds.push(s.id);
      total.responden += a.responden;
      for (const kode of UNSUR_KODE) {
        total.sums[kode].sum += a.sums[kode].sum;
        total.sums[kode].count += a.sums[kode].count;
      }
    }
    const bobotSama = new Set(surveis.filter((s) => surveiIds.includes(s.id)).map((s) => s.bobot));
    const bobot: IkmBobot = bobotSama.size === 1 ? [...bobotSama][0]! : 'exact';
    const dasar = { responden: total.responden, surveiIds, ambangAnonim: k };
    if (total.responden < k) {
      // Below K: the count of every released answer in the range (a count, never a figure).
      const responden = total.responden + sisa < k ? total.responden + sisa : total.responden;
      return {
        ...dasar, responden, ikm: null, mutu: null,
        alasan: `Belum cukup responden: ${responden} dari minimal ${k} jawaban yang dapat dihitung, untuk menjaga kerahasiaan responden.`,
      };
    }
    const h = hitungHasil(total, bobot);
    return {
      ...dasar, ikm: h.ikm, mutu: h.mutu,
      alasan: h.ikm == null ? 'IKM belum dapat dihitung: ada unsur pelayanan yang belum dijawab responden.' : null,
    };
  }

  /**
   * For kinerja (the evidence list of an IKM figure; no scope check): display rows of the surveys with
   * these ids, in the order of `ids` (unknown skipped) — title, unit, layanan, period, status. Never a
   * response or a count that could isolate one.
   */
  async function ringkasSurvei(ids: number[]) {
    const rows = await repo.listSurveiById(db, [...new Set(ids)]);
    const names = await deps.org.getUnitNames(rows.map((r) => r.unitId));
    const per = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const s = per.get(id);
      if (!s) return [];
      return [{
        id: s.id, judul: s.judul, unitNama: names.get(s.unitId) ?? '—', layanan: s.layanan, periodeLabel: labelPeriode(s),
        mulai: s.mulai, selesai: s.selesai, status: s.status,
      }];
    });
  }

  return {
    faktaIkmUnit, ringkasSurvei,
    listSurveiPublik, listSurveiPublikUnit, qrUnit, getSurveiPublik, kirimRespon, getUndanganPublik, kirimResponUndangan, listPublikasi, qrSurvei,
    listSurvei, createSurvei, getSurvei, updateSurvei, getHasil, buildLaporan, eksporXlsx, laporanPdf, imporKertas,
    buatUndanganCetak, listUnit,
    /** See {@link createUndangan} (same function, for callers holding the service). */
    createUndangan,
  };
}
export type SkmService = ReturnType<typeof createSkmService>;
