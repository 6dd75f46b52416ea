import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import {
  PermohonanAjukanDataSchema, PerbaikanDataSchema, type AksiBody, type Berkas, type Inbox, type InboxItem, type InboxQuery,
  type MassalBody, type MassalHasil, type PermohonanDetail, type PermohonanDiterima, type PermohonanLacak, type Petugas,
  type Riwayat, type Sla, type TugaskanBody, type Verifikasi,
} from '../../../contracts/permohonan.ts';
import { namaDenganGelar } from '../../../domain/org/atasan.ts';
import { teksWaktuWib } from '../../../domain/layanan/pengaduan.ts';
import {
  aksiTersedia, formatNomorPermohonan, kodeAksesDari, LABEL_PERISTIWA, LABEL_STATUS_PERMOHONAN, normalisasiKodeAkses,
  normalisasiNomor, pesanTransisiDitolak, STATUS_AKHIR, transisi, validasiPerbaikan, type AksiPetugas, type ItemPerbaikan,
  type StatusPermohonan,
} from '../../../domain/layanan/permohonan.ts';
import {
  batasSegera, hitungSla, jedaSla, lanjutkanSla, mulaiSla, rentangKalender, tepatWaktu, type KeadaanSla,
} from '../../../domain/layanan/sla.ts';
import { formatJangkaWaktu, type JangkaWaktu, type PersyaratanItem } from '../../../domain/layanan/standar.ts';
import { menitKerjaAntara, type Kalender } from '../../../domain/shared/hari-kerja.ts';
import { validasiKk } from '../../../domain/shared/kk.ts';
import { memuatDeretNik, samarkanNik, validasiNik } from '../../../domain/shared/nik.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import { normalisasiTelepon } from '../../../domain/shared/telepon.ts';
import type { Tx } from '../../db/client.ts';
import { AppError, type FieldError } from '../../lib/app-error.ts';
import { akhir } from '../../lib/data-pribadi.ts';
import { createPenyimpanan, headerUnduhan, type BerkasMasuk } from '../../lib/unggahan.ts';
import type { AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import { createUndangan } from '../skm/index.ts';
import type { LayananDeps } from './layanan.deps.ts';
import { PermohonanErrors as E } from './layanan.permohonan.errors.ts';
import * as repo from './layanan.permohonan.repository.ts';
import type { PermohonanRow, PermohonanUbah, VersiRow } from './layanan.permohonan.repository.ts';

/** The signed-in staff member (from `requireAuth`). */
export type PelakuPermohonan = Pick<AuthContext, 'akunId' | 'roles' | 'opdId' | 'pegawaiId'>;

/** Events shown to staff only (not on the applicant's tracking page). */
const PERISTIWA_INTERNAL = new Set(['tugaskan', 'lepas_tugas', 'eskalasi', 'unggah_hasil']);
const KECAMATAN_CACHE_MS = 10 * 60_000;
/** Escalations handled per job run (the next run continues). */
const ESKALASI_PER_JALAN = 200;
/** Assignees per statement of {@link faktaPermohonanPegawaiMassal} (keeps the IN list far below the bind-parameter limit). */
const BATAS_MASSAL = 1000;

/** Facts of finished cases for kinerja (see faktaPermohonanPegawai). */
export interface FaktaPermohonan {
  /** Cases finished (status selesai) in the range. */
  selesai: number;
  /** Of those, finished within the standard (tepatWaktu = true). */
  tepatWaktu: number;
  /** tepatWaktu / selesai in %, 2 decimals; null without cases. */
  persenTepatWaktu: number | null;
  /** Median working days (450 working minutes = 1 day) from submission to selesai, 2 decimals; null without cases. */
  medianHariKerja: number | null;
  /** Ids of the cases (permohonan.id) in completion order (selesai_at, id). */
  permohonanIds: number[];
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The hash stored for an access code (plan decision 1): sha256 of its canonical form ("K7PQM2XD"). */
export function hashKodeAkses(kode: string): string {
  return sha256(normalisasiKodeAkses(kode));
}

const jangkaDari = (v: VersiRow): JangkaWaktu => ({ nilai: v.jangkaWaktuNilai, satuan: v.jangkaWaktuSatuan });
const persyaratanDari = (v: VersiRow) => (v.persyaratan ?? []) as PersyaratanItem[];
const keadaanDari = (r: PermohonanRow): KeadaanSla => ({
  awal: r.diajukanAt, slaMulai: r.slaMulai ?? r.diajukanAt, terpakaiMenit: r.slaTerpakaiMenit, jedaMulai: r.jedaMulai,
});


/**
 * Online applications (permohonan) of module `layanan` (pelayanan.md §2, §5.2, §6; issue #4; plan
 * decisions 1–8): public submission with uploads, tracking by number + access code, the applicant's
 * correction round, staff inbox/detail/actions with optimistic concurrency, assignment (manual and
 * round-robin), bulk actions, the digital product with a verification token, downloads, SLA escalation
 * (job) and facts for kinerja.
 *
 * Personal data (UU 27/2022): NIK/KK/phone/email are stored encrypted, looked up by keyed hash, shown
 * masked; the whole NIK only through {@link lihatNik} (audited). Nothing of it goes into events,
 * notifications, audit data or URLs.
 *
 * PGlite note: inside `db.transaction` only the transaction handle is used (PGlite has one connection; a
 * query on `db` there would wait for the transaction forever), so reads of other modules and the calendar
 * happen before the transaction opens.
 */
export function createLayananPermohonanService(deps: LayananDeps) {
  const { db } = deps;
  const penyimpanan = createPenyimpanan(deps.uploadsDir);

  // ------------------------------------------------------------------ helpers

  const isAdmin = (p: PelakuPermohonan) => p.roles.includes('admin');

  /** The OPD of a unit (itself when it is an OPD), or null. */
  async function opdDari(unitId: number, tx?: Tx): Promise<number | null> {
    const u = await deps.org.getUnit(unitId, tx);
    if (!u) return null;
    return u.opdId ?? (u.isOpd ? u.id : null);
  }

  /** Units a staff member sees (plan decision 6): null = all (admin), else the units of their OPD. */
  async function unitLingkup(p: PelakuPermohonan): Promise<number[] | null> {
    if (isAdmin(p)) return null;
    return p.opdId == null ? [] : deps.org.listUnitIdOpd(p.opdId);
  }

  /** A case in the staff member's scope, or PERMOHONAN_TIDAK_DITEMUKAN (404, also for another OPD's case). */
  async function kasusLingkup(p: PelakuPermohonan, id: number): Promise<PermohonanRow> {
    const row = await repo.findById(db, id);
    if (!row) throw E.PERMOHONAN_TIDAK_DITEMUKAN();
    if (!isAdmin(p) && (p.opdId == null || (await opdDari(row.unitId)) !== p.opdId)) throw E.PERMOHONAN_TIDAK_DITEMUKAN();
    return row;
  }

  /** The calendar (holidays from the kalender service, ASN hours) wide enough for a case from `awal` to `sampai`. */
  async function kalenderUntuk(j: JangkaWaktu, awal: Date, sampai: Date): Promise<Kalender> {
    const r = rentangKalender(j, awal, sampai);
    return deps.kalender.kalender(r.dari, r.sampai);
  }

  /** SLA of a stored case at `now` (stored due instant; clock stopped at selesai/ditolak). */
  function slaDari(row: PermohonanRow, j: JangkaWaktu, kal: Kalender, now: Date): Sla {
    const berhenti = row.status === 'selesai' || row.status === 'ditolak'
      ? { status: row.status, at: row.selesaiAt ?? row.updatedAt, jatuhTempo: row.jatuhTempo }
      : undefined;
    const h = hitungSla({ ...keadaanDari(row), jangkaWaktu: j, now, kal, jatuhTempo: row.jatuhTempo, berhenti });
    return { badge: h.badge, sisaMenitKerja: h.sisaMenitKerja, teks: h.teks, jatuhTempo: iso(h.jatuhTempo) };
  }

  let kecamatan: { set: Promise<Set<string>>; sampai: number } | null = null;
  /** Known Tanjungbalai kecamatan codes (6 digits), cached; no check while the wilayah table is empty. */
  async function kecamatanDikenal(now: Date): Promise<((kode6: string) => boolean) | undefined> {
    if (!kecamatan || kecamatan.sampai < now.getTime()) {
      const set = deps.org.getWilayah().then((w) => new Set(w.kecamatan.map((k) => k.kode.replaceAll('.', ''))));
      kecamatan = { set, sampai: now.getTime() + KECAMATAN_CACHE_MS };
      set.catch(() => { kecamatan = null; });
    }
    const set = await kecamatan.set;
    return set.size > 0 ? (k) => set.has(k) : undefined;
  }

  /** Unit name for display. */
  async function namaUnit(unitId: number): Promise<string> {
    return (await deps.org.getUnitNames([unitId])).get(unitId) ?? '';
  }

  async function namaPegawaiMap(ids: Array<number | null | undefined>) {
    const m = await repo.namaPegawai(db, ids.filter((x): x is number => x != null));
    return new Map([...m].map(([id, v]) => [id, namaDenganGelar(v)]));
  }

  /** Writes the accepted files; on any failure removes those already written and rethrows. */
  async function tulisBerkas(files: BerkasMasuk[], awalan: string, now: Date) {
    const tertulis: Array<BerkasMasuk & { path: string; sha256: string; ukuran: number }> = [];
    try {
      for (const f of files) tertulis.push({ ...f, ...(await penyimpanan.simpan(f.isi, { awalan, jenis: f.jenis, now })) });
    } catch (e) {
      await hapusBerkas(tertulis.map((t) => t.path));
      throw e;
    }
    return tertulis;
  }
  async function hapusBerkas(paths: string[]) {
    await Promise.all(paths.map((p) => penyimpanan.hapus(p).catch(() => undefined)));
  }

  /** Kode of a `berkas.<kode>` field, or null for any other field name. */
  const kodeBerkas = (field: string) => (/^berkas\.([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(field)?.[1] ?? null);

  /**
   * Checks uploaded files against the standard: each field must be `berkas.<kode>` of an uploadable
   * persyaratan; `wajib` lists the kode that need at least one file. Field errors, never throws.
   */
  function periksaBerkas(files: BerkasMasuk[], persyaratan: PersyaratanItem[], wajib: Array<{ kode: string; nama: string }>): FieldError[] {
    const errors: FieldError[] = [];
    const bisaUnggah = new Map(persyaratan.filter((p) => p.unggah).map((p) => [p.kode, p]));
    const ada = new Set<string>();
    for (const f of files) {
      const kode = kodeBerkas(f.field);
      if (!kode || !bisaUnggah.has(kode)) {
        if (!errors.some((e) => e.field === f.field)) errors.push({ field: f.field, message: 'Berkas ini tidak termasuk persyaratan layanan' });
      } else ada.add(kode);
    }
    for (const w of wajib) {
      if (!ada.has(w.kode)) errors.push({ field: `berkas.${w.kode}`, message: `Unggah berkas: ${w.nama}` });
    }
    return errors;
  }

  /** Checks isian values: known kode of an 'isian' persyaratan, required ones present, no NIK/KK-like numbers. */
  function periksaIsian(isian: Record<string, string>, persyaratan: PersyaratanItem[], wajibSemua: boolean): FieldError[] {
    const errors: FieldError[] = [];
    const item = new Map(persyaratan.filter((p) => p.jenis === 'isian').map((p) => [p.kode, p]));
    for (const [k, v] of Object.entries(isian)) {
      if (!item.has(k)) errors.push({ field: `isian.${k}`, message: 'Isian ini tidak dikenal pada layanan ini' });
      else if (memuatDeretNik(v)) errors.push({ field: `isian.${k}`, message: 'Jangan menulis NIK atau nomor KK di isian; gunakan kolom NIK/KK' });
    }
    if (wajibSemua) {
      for (const p of item.values()) {
        if (p.wajib === 'wajib' && !(isian[p.kode] ?? '').trim()) errors.push({ field: `isian.${p.kode}`, message: `${p.nama} wajib diisi` });
      }
    }
    return errors;
  }

  /**
   * Assignee for a new case (plan decision 6): the next petugas of the OPD after the layanan's last one,
   * by pegawai id (round-robin), recorded on the layanan row (locked). Null when the OPD has no petugas.
   */
  async function giliranBerikut(tx: Tx, layananId: number, kandidat: number[]): Promise<number | null> {
    if (!kandidat.length) return null;
    const l = await repo.lockLayanan(tx, layananId);
    const terakhir = l?.giliranTerakhir ?? 0;
    const berikut = kandidat.find((id) => id > terakhir) ?? kandidat[0]!;
    await repo.setGiliran(tx, layananId, berikut);
    return berikut;
  }

  /** The access code of a submission: random, or — with an Idempotency-Key — derived, so a retry gets the same one back. */
  function kodeAksesUntuk(idemHash: string | null, nikHash: string): string {
    if (!idemHash) return kodeAksesDari(randomBytes(8));
    return kodeAksesDari(createHmac('sha256', deps.secret).update(`permohonan-kode:${idemHash}:${nikHash}`).digest());
  }

  // ------------------------------------------------------------------ verification token of the product

  /** `v1.<berkasId base36>.<HMAC-SHA256(secret, berkasId), 22 chars base64url>` (plan §3: verification QR). */
  function tokenVerifikasi(berkasId: number): string {
    const tanda = createHmac('sha256', deps.secret).update(`permohonan-hasil:${berkasId}`).digest().subarray(0, 16).toString('base64url');
    return `v1.${berkasId.toString(36)}.${tanda}`;
  }
  function bacaTokenVerifikasi(token: string): number | null {
    const m = /^v1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(token);
    if (!m) return null;
    const id = parseInt(m[1]!, 36);
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const a = Buffer.from(tokenVerifikasi(id).split('.')[2]!);
    const b = Buffer.from(m[2]!);
    return a.length === b.length && timingSafeEqual(a, b) ? id : null;
  }
  const tautanVerifikasi = (berkasId: number) => `/verifikasi/${tokenVerifikasi(berkasId)}`;

  // ------------------------------------------------------------------ views

  const keBerkas = (b: repo.BerkasRow, berlaku: boolean): Berkas => ({
    id: b.id, jenis: b.jenis, persyaratanKode: b.persyaratanKode, namaFile: b.namaFile, mime: b.mime, ukuran: b.ukuran,
    putaran: b.putaran, berlaku, diunggahAt: b.createdAt.toISOString(),
  });

  /** Files with `berlaku` = the latest round of their persyaratan (and the current product). */
  function daftarBerkas(rows: repo.BerkasRow[], dokumenHasilId: number | null): Berkas[] {
    const putaranMaks = new Map<string, number>();
    for (const b of rows) if (b.jenis === 'persyaratan' && b.persyaratanKode) putaranMaks.set(b.persyaratanKode, Math.max(putaranMaks.get(b.persyaratanKode) ?? 0, b.putaran));
    return rows.map((b) => keBerkas(b, b.jenis === 'hasil' ? b.id === dokumenHasilId : b.jenis === 'lampiran' || putaranMaks.get(b.persyaratanKode ?? '') === b.putaran));
  }

  function keRiwayat(e: repo.PeristiwaRow): Riwayat {
    return {
      at: e.at.toISOString(), aksi: e.aksi, label: LABEL_PERISTIWA[e.aksi] ?? e.aksi, aktor: e.aktor, catatan: e.catatan,
      status: (e.keStatus as StatusPermohonan | null) ?? null,
    };
  }

  function perbaikanDari(row: PermohonanRow) {
    if (row.status !== 'perlu_perbaikan' || !Array.isArray(row.catatanPerbaikan)) return null;
    return (row.catatanPerbaikan as Array<{ persyaratanKode?: string | null; persyaratanNama?: string | null; catatan: string }>).map((i) => ({
      persyaratanKode: i.persyaratanKode ?? null, persyaratanNama: i.persyaratanNama ?? null, catatan: i.catatan,
    }));
  }

  /** The SKM link and pick-up text stored on the 'selesaikan' event (link encrypted: it is a one-time bearer token). */
  function dataSelesai(e: repo.PeristiwaRow | null): { tautanSurvei: string | null; pengambilanTeks: string | null } {
    const d = (e?.data ?? {}) as { survei?: string; pengambilan?: string };
    let tautanSurvei: string | null = null;
    if (d.survei) {
      try { tautanSurvei = deps.dataPribadi.dekripsi(d.survei); } catch { tautanSurvei = null; }
    }
    return { tautanSurvei, pengambilanTeks: d.pengambilan ?? null };
  }

  /** The applicant's view (tracking page). */
  async function keLacak(row: PermohonanRow, now: Date): Promise<PermohonanLacak> {
    const [layanan, versi, berkas, peristiwa, unitNama] = await Promise.all([
      repo.findLayananById(db, row.layananId), repo.findVersiById(db, row.standarVersiId), repo.listBerkas(db, row.id),
      repo.listPeristiwa(db, row.id), namaUnit(row.unitId),
    ]);
    const j = jangkaDari(versi!);
    const kal = await kalenderUntuk(j, row.diajukanAt, row.jatuhTempo && row.jatuhTempo > now ? row.jatuhTempo : now);
    const selesai = row.status === 'selesai';
    const sd = dataSelesai(peristiwa.filter((e) => e.aksi === 'selesaikan').at(-1) ?? null);
    const hasilTersedia = selesai && row.dokumenHasilId != null;
    return {
      nomor: row.nomor,
      layanan: { kode: layanan!.kode, nama: layanan!.nama },
      unit: { nama: unitNama },
      status: row.status,
      statusLabel: LABEL_STATUS_PERMOHONAN[row.status],
      pemohon: { nama: row.pemohonNama, nikSamar: nikSamar(row) },
      diajukanAt: row.diajukanAt.toISOString(),
      jatuhTempo: iso(row.jatuhTempo),
      sla: slaDari(row, j, kal, now),
      jangkaWaktu: { ...j, teks: formatJangkaWaktu(j) },
      riwayat: peristiwa.filter((e) => !PERISTIWA_INTERNAL.has(e.aksi)).map(keRiwayat),
      perbaikan: perbaikanDari(row),
      alasanTolak: row.alasanTolak,
      berkas: daftarBerkas(berkas, row.dokumenHasilId).filter((b) => b.jenis === 'persyaratan' || (b.jenis === 'hasil' && hasilTersedia && b.berlaku)),
      persyaratan: persyaratanDari(versi!),
      isian: (row.isian ?? {}) as Record<string, string>,
      pengambilan: row.pengambilan,
      pengambilanTeks: selesai && row.pengambilan === 'ambil' ? sd.pengambilanTeks : null,
      dokumenHasil: row.pengambilan === 'unduh' || row.dokumenHasilId != null
        ? { tersedia: hasilTersedia, berkasId: hasilTersedia ? row.dokumenHasilId : null, tautanVerifikasi: hasilTersedia ? tautanVerifikasi(row.dokumenHasilId!) : null }
        : null,
      selesaiAt: iso(row.selesaiAt),
      tepatWaktu: row.tepatWaktu,
      tautanSurvei: selesai ? sd.tautanSurvei : null,
      tautanAntrian: selesai && row.pengambilan === 'ambil' && deps.antrian ? '/antrian' : null,
    };
  }

  /** The staff view of one case. */
  async function keDetail(row: PermohonanRow, now: Date): Promise<PermohonanDetail> {
    const [layanan, versi, berkas, peristiwa, unitNama] = await Promise.all([
      repo.findLayananById(db, row.layananId), repo.findVersiById(db, row.standarVersiId), repo.listBerkas(db, row.id),
      repo.listPeristiwa(db, row.id), namaUnit(row.unitId),
    ]);
    const nama = await namaPegawaiMap([row.petugasId, row.eskalasiKe, ...peristiwa.map((e) => e.aktorPegawaiId)]);
    const j = jangkaDari(versi!);
    const kal = await kalenderUntuk(j, row.diajukanAt, row.jatuhTempo && row.jatuhTempo > now ? row.jatuhTempo : now);
    const hasil = row.dokumenHasilId != null ? berkas.find((b) => b.id === row.dokumenHasilId) : undefined;
    const selesaiE = peristiwa.filter((e) => e.aksi === 'selesaikan').at(-1) ?? null;
    return {
      id: row.id,
      nomor: row.nomor,
      layanan: { id: layanan!.id, kode: layanan!.kode, nama: layanan!.nama },
      unit: { id: row.unitId, nama: unitNama },
      status: row.status,
      statusLabel: LABEL_STATUS_PERMOHONAN[row.status],
      revisi: row.revisi,
      pemohon: {
        nama: row.pemohonNama,
        nikSamar: nikSamar(row),
        kkSamar: row.kkAkhir ? `************${row.kkAkhir}` : null,
        teleponSamar: row.teleponAkhir ? `••••${row.teleponAkhir}` : null,
        adaEmail: row.emailEnc != null,
      },
      isian: (row.isian ?? {}) as Record<string, string>,
      pengambilan: row.pengambilan,
      petugas: row.petugasId ? { id: row.petugasId, nama: nama.get(row.petugasId) ?? `#${row.petugasId}` } : null,
      diajukanAt: row.diajukanAt.toISOString(),
      selesaiAt: iso(row.selesaiAt),
      tepatWaktu: row.tepatWaktu,
      sla: slaDari(row, j, kal, now),
      jangkaWaktu: { ...j, teks: formatJangkaWaktu(j) },
      standarVersi: versi!.versi,
      eskalasi: row.eskalasiAt ? { at: row.eskalasiAt.toISOString(), ke: row.eskalasiKe ? { id: row.eskalasiKe, nama: nama.get(row.eskalasiKe) ?? `#${row.eskalasiKe}` } : null } : null,
      perbaikan: perbaikanDari(row),
      alasanTolak: row.alasanTolak,
      berkas: daftarBerkas(berkas, row.dokumenHasilId),
      riwayat: peristiwa.map((e) => ({ ...keRiwayat(e), aktorNama: e.aktorPegawaiId ? nama.get(e.aktorPegawaiId) ?? null : null })),
      persyaratan: persyaratanDari(versi!),
      aksi: aksiTersedia(row.status),
      dokumenHasil: hasil ? { berkasId: hasil.id, namaFile: hasil.namaFile, tautanVerifikasi: tautanVerifikasi(hasil.id) } : null,
      adaUndanganSkm: dataSelesai(selesaiE).tautanSurvei != null,
    };
  }

  /** '1274********0001' from the stored parts: the first 4 digits come from the encrypted NIK. */
  function nikSamar(row: PermohonanRow): string {
    try {
      return samarkanNik(deps.dataPribadi.dekripsi(row.nikEnc));
    } catch {
      return `************${row.nikAkhir}`;
    }
  }

  /** Finds a case by number + access code; the same 404 for either mismatch (plan decision 1). */
  async function kasusPemohon(nomor: string, kodeAkses: string): Promise<PermohonanRow> {
    const row = await repo.findByNomor(db, normalisasiNomor(nomor));
    const a = Buffer.from(hashKodeAkses(kodeAkses));
    const b = Buffer.from(row?.kodeAksesHash ?? '0'.repeat(64));
    if (!row || a.length !== b.length || !timingSafeEqual(a, b)) throw E.LACAK_TIDAK_COCOK();
    return row;
  }

  /** Notification data of a case (no personal data; plan §Notification templates). */
  function dataPesan(row: PermohonanRow, layananNama: string, lain: Record<string, string | null> = {}) {
    return { nomor: row.nomor, layanan: layananNama, status: LABEL_STATUS_PERMOHONAN[row.status], tautan: '/lacak', ...lain };
  }
  const teleponDari = (row: PermohonanRow) => (row.teleponEnc ? deps.dataPribadi.dekripsi(row.teleponEnc) : null);

  // ------------------------------------------------------------------ public: submission

  /**
   * POST /permohonan (multipart: `data` JSON + files `berkas.<kode>`; the route has read and type-checked the
   * files with bacaMultipart). Validates everything first (layanan online with a standard in force, NIK, KK,
   * phone, consent, isian, every required upload present, no unknown file), then writes the files, then one
   * transaction: case number, case row (SLA started: "persyaratan lengkap"), files, 'diajukan' event,
   * round-robin assignment among the OPD's petugas, 'permohonan.diterima' notification. If the transaction
   * fails the written files are removed. With an Idempotency-Key, a repeat of a successful submission (same
   * NIK, layanan and key) returns the same case and access code without storing anything (`baru: false`).
   *
   * @returns `{ hasil: {nomor, kodeAkses (shown once), status, jatuhTempo…}, baru }`
   * @throws DATA_TIDAK_VALID (400, fields `data`, `pemohon.nik`, `pemohon.kk`, `pemohon.telepon`, `persetujuan`,
   *   `isian.<kode>`, `berkas.<kode>`) | LAYANAN_TIDAK_DITEMUKAN (404, field layananKode) | LAYANAN_TIDAK_ONLINE (400)
   *   | STANDAR_BELUM_BERLAKU (409)
   */
  async function ajukan(
    masuk: { fields: Record<string, string>; files: BerkasMasuk[] },
    klien: { idempotencyKey?: string } = {},
    now = new Date(),
  ): Promise<{ hasil: PermohonanDiterima; baru: boolean }> {
    const data = bacaJson(masuk.fields.data);
    const parsed = PermohonanAjukanDataSchema.safeParse(data);
    if (!parsed.success) {
      throw E.DATA_TIDAK_VALID(undefined, parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'data', message: i.message })));
    }
    const v = parsed.data;
    const layanan = await repo.findLayananByKode(db, v.layananKode);
    if (!layanan || !layanan.aktif) throw E.LAYANAN_TIDAK_DITEMUKAN(undefined, [{ field: 'layananKode', message: 'Layanan tidak ditemukan' }]);
    if (!layanan.online) throw E.LAYANAN_TIDAK_ONLINE(undefined, [{ field: 'layananKode', message: 'Layanan ini tidak menerima permohonan online' }]);
    const versi = await repo.findStandarBerlaku(db, layanan.id, now);
    if (!versi) throw E.STANDAR_BELUM_BERLAKU();
    const persyaratan = persyaratanDari(versi);

    const errors: FieldError[] = [];
    const hariIni = tanggalWib(now);
    const nik = validasiNik(v.pemohon.nik, { hariIni, kodeWilayahDikenal: await kecamatanDikenal(now) });
    if (!nik.ok) errors.push({ field: 'pemohon.nik', message: nik.pesan });
    const kkTeks = v.pemohon.kk?.trim() || null;
    if (kkTeks) {
      const kk = validasiKk(kkTeks, { hariIni });
      if (!kk.ok) errors.push({ field: 'pemohon.kk', message: kk.pesan });
    }
    const teleponTeks = v.pemohon.telepon?.trim() || null;
    const telepon = teleponTeks ? normalisasiTelepon(teleponTeks) : null;
    if (teleponTeks && !telepon) errors.push({ field: 'pemohon.telepon', message: 'Nomor HP tidak valid (contoh: 0812 3456 7890)' });
    if (memuatDeretNik(v.pemohon.nama)) errors.push({ field: 'pemohon.nama', message: 'Nama tidak boleh berisi NIK' });
    const isian = v.isian ?? {};
    errors.push(...periksaIsian(isian, persyaratan, true));
    const wajib = persyaratan.filter((p) => p.unggah && p.wajib === 'wajib');
    errors.push(...periksaBerkas(masuk.files, persyaratan, wajib));
    if (errors.length) throw E.DATA_TIDAK_VALID(undefined, errors);

    const nikBersih = v.pemohon.nik.trim();
    const nikHash = deps.dataPribadi.hash(nikBersih);
    const idemHash = klien.idempotencyKey ? sha256(`permohonan:${klien.idempotencyKey}`) : null;
    const layananRef = { kode: layanan.kode, nama: layanan.nama };
    const j = jangkaDari(versi);
    if (idemHash) {
      const lama = await repo.findIdempotensi(db, { nikHash, layananId: layanan.id, idemHash });
      if (lama) return { hasil: keDiterima(lama, kodeAksesUntuk(idemHash, nikHash), layananRef, j), baru: false };
    }

    const kal = await kalenderUntuk(j, now, now);
    const opdId = await opdDari(layanan.unitId);
    const petugas = opdId != null ? (await repo.listPetugasOpd(db, opdId)).map((p) => p.id) : [];
    const kodeAkses = kodeAksesUntuk(idemHash, nikHash);
    const tertulis = await tulisBerkas(masuk.files, 'permohonan', now);
    try {
      const { row, baru } = await db.transaction(async (tx) => {
        if (idemHash) {
          // Two simultaneous requests with the same key (a double click, a retry while the first is still
          // running) both pass the check above: the layanan row lock serialises them, and the second finds
          // the first's case here (read committed: a fresh snapshot after the lock).
          await repo.lockLayanan(tx, layanan.id);
          const lama = await repo.findIdempotensi(tx, { nikHash, layananId: layanan.id, idemHash });
          if (lama) return { row: lama, baru: false };
        }
        const tahun = Number(hariIni.slice(0, 4));
        const nomor = formatNomorPermohonan(tahun, await repo.nomorBerikut(tx, 'PM', tahun));
        const sla = mulaiSla(j, now, kal);
        const petugasId = await giliranBerikut(tx, layanan.id, petugas);
        const email = v.pemohon.email?.trim() || null;
        const kasus = await repo.insertPermohonan(tx, {
          nomor, kodeAksesHash: hashKodeAkses(kodeAkses), layananId: layanan.id, standarVersiId: versi.id, unitId: layanan.unitId,
          status: 'diajukan', pemohonNama: v.pemohon.nama,
          nikEnc: deps.dataPribadi.enkripsi(nikBersih), nikHash, nikAkhir: akhir(nikBersih),
          kkEnc: kkTeks ? deps.dataPribadi.enkripsi(kkTeks) : null, kkHash: kkTeks ? deps.dataPribadi.hash(kkTeks, 'kk') : null, kkAkhir: kkTeks ? akhir(kkTeks) : null,
          teleponEnc: telepon ? deps.dataPribadi.enkripsi(telepon) : null, teleponAkhir: telepon ? akhir(telepon) : null,
          emailEnc: email ? deps.dataPribadi.enkripsi(email.toLowerCase()) : null,
          isian: Object.keys(isian).length ? isian : null,
          persetujuanVersi: v.persetujuanVersi, persetujuanAt: now, pengambilan: v.pengambilan, petugasId,
          slaMulai: sla.slaMulai, jedaMulai: null, slaTerpakaiMenit: 0, jatuhTempo: sla.jatuhTempo,
          diajukanAt: now, createdAt: now, updatedAt: now,
        });
        await repo.insertBerkas(tx, tertulis.map((f) => ({
          permohonanId: kasus.id, jenis: 'persyaratan' as const, persyaratanKode: kodeBerkas(f.field), putaran: 1,
          namaFile: f.namaFile, mime: f.mime, ukuran: f.ukuran, sha256: f.sha256, path: f.path, createdAt: now,
        })));
        await repo.insertPeristiwa(tx, {
          permohonanId: kasus.id, aksi: 'diajukan', dariStatus: null, keStatus: 'diajukan', aktor: 'pemohon', at: now,
          data: { berkas: tertulis.length, standarVersi: versi.versi, ...(idemHash ? { idem: idemHash } : {}) },
        });
        if (petugasId) {
          await repo.insertPeristiwa(tx, {
            permohonanId: kasus.id, aksi: 'tugaskan', aktor: 'sistem', at: now, data: { petugasId, cara: 'bergilir' },
          });
        }
        await deps.notifikasi.antrikan(tx, {
          kunci: `permohonan:diterima:${kasus.id}`, templat: 'permohonan.diterima', telepon,
          data: dataPesan(kasus, layanan.nama, { jatuhTempo: teksWaktuWib(sla.jatuhTempo) }),
        });
        return { row: kasus, baru: true };
      });
      if (!baru) await hapusBerkas(tertulis.map((t) => t.path));
      return { hasil: keDiterima(row, kodeAkses, layananRef, j), baru };
    } catch (e) {
      await hapusBerkas(tertulis.map((t) => t.path));
      throw e;
    }
  }

  function keDiterima(row: PermohonanRow, kodeAkses: string, layanan: { kode: string; nama: string }, j: JangkaWaktu): PermohonanDiterima {
    return {
      nomor: row.nomor, kodeAkses, status: row.status, statusLabel: LABEL_STATUS_PERMOHONAN[row.status], layanan,
      diajukanAt: row.diajukanAt.toISOString(), jatuhTempo: iso(row.jatuhTempo),
      jatuhTempoTeks: row.jatuhTempo ? teksWaktuWib(row.jatuhTempo) : null, jangkaWaktu: { ...j, teks: formatJangkaWaktu(j) },
    };
  }

  // ------------------------------------------------------------------ public: tracking

  /**
   * POST /permohonan/lacak: the applicant's view by number + access code.
   * @throws LACAK_TIDAK_COCOK (404, same for a wrong number or a wrong code)
   */
  async function lacak(nomor: string, kodeAkses: string, now = new Date()): Promise<PermohonanLacak> {
    return keLacak(await kasusPemohon(nomor, kodeAkses), now);
  }

  /**
   * POST /permohonan/lacak/perbaikan (multipart `data` {nomor, kodeAkses, catatan?, isian?} + files
   * `berkas.<kode>`): the applicant's correction round. Every listed persyaratan that is uploaded needs a new
   * file; the new files get putaran + 1 (the old ones stay, marked not berlaku); corrected isian values are
   * merged. The case returns to diajukan and the SLA clock resumes (plan decision 3). Files are removed if
   * the transaction fails.
   * @throws LACAK_TIDAK_COCOK (404) | TIDAK_MENUNGGU_PERBAIKAN (409) | DATA_TIDAK_VALID (400, fields `berkas.<kode>`,
   *   `isian.<kode>`) | PERMOHONAN_BERUBAH (409, a staff action happened meanwhile)
   */
  async function kirimPerbaikan(masuk: { fields: Record<string, string>; files: BerkasMasuk[] }, now = new Date()): Promise<PermohonanLacak> {
    const parsed = PerbaikanDataSchema.safeParse(bacaJson(masuk.fields.data));
    if (!parsed.success) {
      throw E.DATA_TIDAK_VALID(undefined, parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'data', message: i.message })));
    }
    const v = parsed.data;
    const row = await kasusPemohon(v.nomor, v.kodeAkses);
    if (row.status !== 'perlu_perbaikan') throw E.TIDAK_MENUNGGU_PERBAIKAN();
    const versi = (await repo.findVersiById(db, row.standarVersiId))!;
    const persyaratan = persyaratanDari(versi);
    const diminta = (perbaikanDari(row) ?? []).map((i) => i.persyaratanKode).filter((k): k is string => !!k);
    const wajib = persyaratan.filter((p) => p.unggah && diminta.includes(p.kode)).map((p) => ({ kode: p.kode, nama: p.nama }));
    const errors = [...periksaBerkas(masuk.files, persyaratan, wajib), ...periksaIsian(v.isian ?? {}, persyaratan, false)];
    if (v.catatan && memuatDeretNik(v.catatan)) errors.push({ field: 'catatan', message: 'Jangan menulis NIK atau nomor KK di catatan' });
    if (errors.length) throw E.DATA_TIDAK_VALID(undefined, errors);

    const j = jangkaDari(versi);
    const kal = await kalenderUntuk(j, row.diajukanAt, now);
    const layanan = (await repo.findLayananById(db, row.layananId))!;
    const tertulis = await tulisBerkas(masuk.files, 'permohonan', now);
    try {
      const baru = await db.transaction(async (tx) => {
        const kini = await repo.lockById(tx, row.id);
        if (!kini || kini.revisi !== row.revisi) throw E.PERMOHONAN_BERUBAH();
        const ke = transisi(kini.status, 'ajukan_ulang');
        if (!ke) throw E.TIDAK_MENUNGGU_PERBAIKAN(pesanTransisiDitolak(kini.status, 'ajukan_ulang'));
        const putaran = (await repo.putaranTerakhir(tx, kini.id)) + 1;
        await repo.insertBerkas(tx, tertulis.map((f) => ({
          permohonanId: kini.id, jenis: 'persyaratan' as const, persyaratanKode: kodeBerkas(f.field), putaran,
          namaFile: f.namaFile, mime: f.mime, ukuran: f.ukuran, sha256: f.sha256, path: f.path, createdAt: now,
        })));
        const sla = lanjutkanSla(j, keadaanDari(kini), now, kal);
        const isian = { ...((kini.isian ?? {}) as Record<string, string>), ...(v.isian ?? {}) };
        const hasil = await repo.ubah(tx, kini.id, {
          status: ke, slaMulai: sla.slaMulai, jedaMulai: null, jatuhTempo: sla.jatuhTempo, catatanPerbaikan: null,
          isian: Object.keys(isian).length ? isian : null,
        }, now);
        await repo.insertPeristiwa(tx, {
          permohonanId: kini.id, aksi: 'ajukan_ulang', dariStatus: kini.status, keStatus: ke, aktor: 'pemohon', at: now,
          catatan: v.catatan ?? null, data: { putaran, berkas: tertulis.length, perbaikan: kini.catatanPerbaikan },
        });
        await deps.notifikasi.antrikan(tx, {
          kunci: `permohonan:status:${hasil.id}:${hasil.revisi}`, templat: 'permohonan.status', telepon: teleponDari(hasil),
          data: dataPesan(hasil, layanan.nama, { jatuhTempo: sla.jatuhTempo ? teksWaktuWib(sla.jatuhTempo) : null }),
        });
        return hasil;
      });
      return keLacak(baru, now);
    } catch (e) {
      await hapusBerkas(tertulis.map((t) => t.path));
      throw e;
    }
  }

  /**
   * POST /permohonan/lacak/berkas: one file of the applicant's own case — their uploads, and the product once
   * the case is selesai. Never staff attachments or another case's file.
   * @returns a read stream and the response headers (attachment, nosniff, no-store)
   * @throws LACAK_TIDAK_COCOK (404) | BERKAS_TIDAK_DITEMUKAN (404)
   */
  async function berkasPemohon(nomor: string, kodeAkses: string, berkasId: number): Promise<{ stream: ReadStream; header: Record<string, string> }> {
    const row = await kasusPemohon(nomor, kodeAkses);
    const b = await repo.findBerkas(db, berkasId);
    const boleh = b && b.permohonanId === row.id
      && (b.jenis === 'persyaratan' || (b.jenis === 'hasil' && row.status === 'selesai' && row.dokumenHasilId === b.id));
    if (!boleh) throw E.BERKAS_TIDAK_DITEMUKAN();
    return { stream: penyimpanan.buka(b.path), header: headerUnduhan({ namaFile: b.namaFile, mime: b.mime, ukuran: b.ukuran }) };
  }

  /**
   * GET /verifikasi/:token: is the digital product genuine? Valid signature, the case's current product, and
   * the case selesai → `sah: true` with the case facts (name, masked NIK, finish time, sha256 of the PDF).
   * Anything else → `sah: false` (never an error, so the page can say so plainly).
   */
  async function verifikasi(token: string): Promise<Verifikasi> {
    const tidak: Verifikasi = { sah: false, nomor: null, layanan: null, unit: null, pemohonNama: null, nikSamar: null, selesaiAt: null, namaFile: null, sha256: null };
    const id = bacaTokenVerifikasi(token);
    if (!id) return tidak;
    const b = await repo.findBerkas(db, id);
    if (!b || b.jenis !== 'hasil') return tidak;
    const row = await repo.findById(db, b.permohonanId);
    if (!row || row.status !== 'selesai' || row.dokumenHasilId !== b.id) return tidak;
    const layanan = await repo.findLayananById(db, row.layananId);
    return {
      sah: true, nomor: row.nomor, layanan: layanan?.nama ?? null, unit: await namaUnit(row.unitId), pemohonNama: row.pemohonNama,
      nikSamar: nikSamar(row), selesaiAt: iso(row.selesaiAt), namaFile: b.namaFile, sha256: b.sha256,
    };
  }

  // ------------------------------------------------------------------ staff: inbox and detail

  /**
   * GET /permohonan: the staff inbox (plan decision 6 scope) with filters, sorting, paging and the counts of
   * the whole scope (overdue, due soon, unassigned, escalated to me, per status). Badges per item from the
   * stored due instant and the calendar.
   */
  async function inbox(p: PelakuPermohonan, q: InboxQuery, now = new Date()): Promise<Inbox> {
    const page = q.page ?? 1;
    const perHalaman = q.perHalaman ?? 25;
    const unitIds = await unitLingkup(p);
    const jangkaJalan = await repo.jangkaWaktuBerjalan(db, unitIds);
    const kalSekarang = await deps.kalender.kalender(tanggalWib(new Date(now.getTime() - 86_400_000)), tanggalWib(new Date(now.getTime() + 400 * 86_400_000)));
    const segera = { now, batas: jangkaJalan.map((j) => ({ ...j, batas: batasSegera(j, now, kalSekarang) })) };
    const pegawaiId = p.pegawaiId ?? -1;
    const f: repo.InboxFilter = {
      unitIds, status: q.status, layananId: q.layananId, unitId: q.unitId, q: q.q,
      ...(q.tugas === 'saya' ? { petugasId: pegawaiId } : q.tugas === 'belum' ? { belumDitugaskan: true } : q.tugas === 'eskalasi' ? { eskalasiKe: pegawaiId } : {}),
      ...(q.tenggat === 'terlambat' ? { terlambatPada: now } : q.tenggat === 'segera' ? { segera } : {}),
    };
    const [rows, total, terlambat, jumlahSegera, belumDitugaskan, eskalasiSaya, perStatus] = await Promise.all([
      repo.listInbox(db, f, { urut: q.urut ?? 'jatuhTempo', limit: perHalaman, offset: (page - 1) * perHalaman }),
      repo.countInbox(db, f),
      repo.countInbox(db, { unitIds, terlambatPada: now }),
      repo.countInbox(db, { unitIds, segera }),
      repo.countInbox(db, { unitIds, belumDitugaskan: true }),
      repo.countInbox(db, { unitIds, eskalasiKe: pegawaiId }),
      repo.hitungPerStatus(db, unitIds),
    ]);
    const nama = await namaPegawaiMap(rows.map((r) => r.petugasId));
    let kal = kalSekarang;
    if (rows.length) {
      const awal = new Date(Math.min(...rows.map((r) => r.diajukanAt.getTime())));
      const akhirDue = new Date(Math.max(now.getTime(), ...rows.map((r) => r.jatuhTempo?.getTime() ?? 0)));
      kal = await kalenderUntuk({ nilai: 0, satuan: 'hari_kerja' }, awal, akhirDue);
    }
    const items: InboxItem[] = rows.map((r) => {
      const sla = slaDari(r, { nilai: r.nilai, satuan: r.satuan }, kal, now);
      return {
        id: r.id, nomor: r.nomor, layanan: { id: r.layananId, kode: r.layananKode, nama: r.layananNama }, status: r.status,
        statusLabel: LABEL_STATUS_PERMOHONAN[r.status], pemohonNama: r.pemohonNama, nikSamar: nikSamar(r),
        petugas: r.petugasId ? { id: r.petugasId, nama: nama.get(r.petugasId) ?? `#${r.petugasId}` } : null,
        diajukanAt: r.diajukanAt.toISOString(), jatuhTempo: iso(r.jatuhTempo), badge: sla.badge, sisaTeks: sla.teks,
        eskalasi: r.eskalasiAt != null, revisi: r.revisi,
      };
    });
    return { items, total, page, perHalaman, ringkasan: { terlambat, segera: jumlahSegera, belumDitugaskan, eskalasiSaya, perStatus } };
  }

  /** GET /permohonan/:id. @throws PERMOHONAN_TIDAK_DITEMUKAN (404, also outside the OPD) */
  async function detail(p: PelakuPermohonan, id: number, now = new Date()): Promise<PermohonanDetail> {
    return keDetail(await kasusLingkup(p, id), now);
  }

  /**
   * GET /permohonan/:id/berkas/:berkasId: a file of a case in scope (images inline, the rest as download).
   * @throws PERMOHONAN_TIDAK_DITEMUKAN | BERKAS_TIDAK_DITEMUKAN (404)
   */
  async function berkasStaf(p: PelakuPermohonan, id: number, berkasId: number): Promise<{ stream: ReadStream; header: Record<string, string> }> {
    const row = await kasusLingkup(p, id);
    const b = await repo.findBerkas(db, berkasId);
    if (!b || b.permohonanId !== row.id) throw E.BERKAS_TIDAK_DITEMUKAN();
    return {
      stream: penyimpanan.buka(b.path),
      header: headerUnduhan({ namaFile: b.namaFile, mime: b.mime, ukuran: b.ukuran, inline: b.mime.startsWith('image/') }),
    };
  }

  /**
   * POST /permohonan/:id/nik: the whole NIK and KK for staff who must check them against the documents;
   * audited (`permohonan.lihat_nik`, without the numbers) — UU 27/2022, DESIGN.md §5.
   */
  async function lihatNik(p: PelakuPermohonan, id: number): Promise<{ nik: string; kk: string | null }> {
    const row = await kasusLingkup(p, id);
    await recordAudit(db, { akunId: p.akunId, aksi: 'permohonan.lihat_nik', entitas: 'permohonan', entitasId: row.id, data: { nomor: row.nomor } });
    return { nik: deps.dataPribadi.dekripsi(row.nikEnc), kk: row.kkEnc ? deps.dataPribadi.dekripsi(row.kkEnc) : null };
  }

  /** GET /permohonan/petugas: assignable petugas of my OPD (admin: of `unitId`'s OPD, or none). */
  async function listPetugas(p: PelakuPermohonan, unitId?: number): Promise<Petugas[]> {
    const opdId = isAdmin(p) ? (unitId ? await opdDari(unitId) : p.opdId) : p.opdId;
    if (opdId == null) return [];
    return (await repo.listPetugasOpd(db, opdId)).map((r) => ({ id: r.id, nama: namaDenganGelar(r), nip: r.nip, jumlahAktif: r.jumlahAktif }));
  }

  // ------------------------------------------------------------------ staff: actions

  /**
   * POST /permohonan/:id/aksi: one workflow step (plan decision 4) in one transaction with the row locked:
   * the `revisi` the officer saw must still be current; the transition must be allowed. minta_perbaikan
   * pauses the SLA clock and stores what to fix; selesaikan (pengambilan 'unduh' needs the product first)
   * stops it, records tepat_waktu, issues ONE SKM invitation for the case (sumber 'permohonan', sumberRef =
   * nomor; skipped when the unit has no active survey) and the 'permohonan.selesai' message; tolak needs a
   * reason. Each step writes an event (actor, time), bumps `revisi`, queues the citizen's notification and
   * is audited.
   * @throws PERMOHONAN_TIDAK_DITEMUKAN (404) | DATA_TIDAK_VALID (400, body.perbaikan…, body.alasan)
   *   | PERMOHONAN_BERUBAH (409, stale revisi) | TRANSISI_TIDAK_BOLEH (409) | HASIL_BELUM_DIUNGGAH (409)
   */
  async function aksi(p: PelakuPermohonan, id: number, body: AksiBody, now = new Date()): Promise<PermohonanDetail> {
    const row = await kasusLingkup(p, id);
    return keDetail(await jalankanAksi(p, row, body, now), now);
  }

  async function jalankanAksi(p: PelakuPermohonan, row: PermohonanRow, body: AksiBody, now: Date): Promise<PermohonanRow> {
    const versi = (await repo.findVersiById(db, row.standarVersiId))!;
    const persyaratan = persyaratanDari(versi);
    const j = jangkaDari(versi);
    const errors: FieldError[] = [];
    let perbaikan: Array<ItemPerbaikan & { persyaratanNama: string | null }> = [];
    if (body.aksi === 'minta_perbaikan') {
      errors.push(...validasiPerbaikan(body.perbaikan, persyaratan.map((x) => x.kode)).map((m) => ({ field: `body.${m.field}`, message: m.message })));
      perbaikan = (body.perbaikan ?? []).map((i) => ({
        persyaratanKode: i.persyaratanKode || null, catatan: i.catatan.trim(),
        persyaratanNama: persyaratan.find((x) => x.kode === i.persyaratanKode)?.nama ?? null,
      }));
    }
    // Notes reach the citizen's notification: a NIK typed into them would be stored and sent in clear.
    const catatanStaf: Array<[string, string | null | undefined]> = [
      ['body.catatan', body.catatan], ['body.alasan', body.alasan], ['body.pengambilanTeks', body.pengambilanTeks],
      ...(body.perbaikan ?? []).map((i, n) => [`body.perbaikan.${n}.catatan`, i.catatan] as [string, string]),
    ];
    for (const [field, teks] of catatanStaf) {
      if (teks && memuatDeretNik(teks)) errors.push({ field, message: 'Jangan menulis NIK atau nomor KK di catatan (data pribadi)' });
    }
    if (body.aksi === 'tolak' && (body.alasan ?? '').trim().length < 5) {
      errors.push({ field: 'body.alasan', message: 'Tuliskan alasan penolakan (minimal 5 karakter)' });
    }
    if (errors.length) throw E.DATA_TIDAK_VALID(undefined, errors);

    const kal = await kalenderUntuk(j, row.diajukanAt, now);
    const layanan = (await repo.findLayananById(db, row.layananId))!;
    const unitNama = await namaUnit(row.unitId);
    const opdId = await opdDari(row.unitId);
    const petugasNama = p.pegawaiId ? (await namaPegawaiMap([p.pegawaiId])).get(p.pegawaiId) : undefined;

    return db.transaction(async (tx) => {
      const kini = await repo.lockById(tx, row.id);
      if (!kini) throw E.PERMOHONAN_TIDAK_DITEMUKAN();
      if (kini.revisi !== body.revisi) throw E.PERMOHONAN_BERUBAH();
      const ke = transisi(kini.status, body.aksi);
      if (!ke) throw E.TRANSISI_TIDAK_BOLEH(pesanTransisiDitolak(kini.status, body.aksi));
      const ubah: PermohonanUbah = { status: ke };
      const data: Record<string, unknown> = { akunId: p.akunId };
      let catatan = body.catatan?.trim() || null;
      if (body.aksi === 'minta_perbaikan') {
        const s = jedaSla(keadaanDari(kini), now, kal);
        Object.assign(ubah, { jedaMulai: s.jedaMulai, slaTerpakaiMenit: s.terpakaiMenit, jatuhTempo: null, catatanPerbaikan: perbaikan });
        data.perbaikan = perbaikan;
        catatan ??= perbaikan.map((i) => (i.persyaratanNama ? `${i.persyaratanNama}: ${i.catatan}` : i.catatan)).join('; ');
      } else if (body.aksi === 'selesaikan') {
        if (kini.pengambilan === 'unduh' && !kini.dokumenHasilId) throw E.HASIL_BELUM_DIUNGGAH();
        Object.assign(ubah, { selesaiAt: now, tepatWaktu: tepatWaktu(now, kini.jatuhTempo) });
      } else if (body.aksi === 'tolak') {
        const alasan = body.alasan!.trim();
        Object.assign(ubah, { alasanTolak: alasan, selesaiAt: now });
        catatan = alasan;
      }
      const baru = await repo.ubah(tx, kini.id, ubah, now);
      const telepon = teleponDari(baru);
      const dasar = dataPesan(baru, layanan.nama);
      switch (body.aksi) {
        case 'verifikasi':
        case 'proses':
          await deps.notifikasi.antrikan(tx, {
            kunci: `permohonan:status:${baru.id}:${baru.revisi}`, templat: 'permohonan.status', telepon,
            data: { ...dasar, jatuhTempo: baru.jatuhTempo ? teksWaktuWib(baru.jatuhTempo) : null },
          });
          break;
        case 'minta_perbaikan':
          await deps.notifikasi.antrikan(tx, {
            kunci: `permohonan:perbaikan:${baru.id}:${baru.revisi}`, templat: 'permohonan.perbaikan', telepon, data: { ...dasar, catatan },
          });
          break;
        case 'tolak':
          await deps.notifikasi.antrikan(tx, {
            kunci: `permohonan:ditolak:${baru.id}`, templat: 'permohonan.ditolak', telepon, data: { ...dasar, alasan: catatan },
          });
          break;
        case 'selesaikan': {
          const pengambilan = baru.pengambilan === 'unduh'
            ? 'Dokumen Anda dapat diunduh di halaman lacak dengan nomor registrasi dan kode akses.'
            : body.pengambilanTeks?.trim()
              || `Ambil dokumen di ${unitNama} pada hari dan jam kerja (Senin–Kamis 07.30–16.00, Jumat 07.30–16.30 WIB) dengan menunjukkan nomor registrasi.${deps.antrian ? ' Anda dapat mengambil nomor antrian lebih dulu di menu Ambil antrian.' : ''}`;
          data.pengambilan = pengambilan;
          const survei = await undanganSkm(tx, baru, layanan.nama, opdId, petugasNama ?? p.pegawaiId ?? p.akunId, now);
          if (survei) data.survei = deps.dataPribadi.enkripsi(survei);
          else data.skm = 'tidak_ada_survei_aktif';
          await deps.notifikasi.antrikan(tx, {
            kunci: `permohonan:selesai:${baru.id}`, templat: 'permohonan.selesai', telepon, data: { ...dasar, pengambilan, tautanSurvei: survei },
          });
          break;
        }
      }
      await repo.insertPeristiwa(tx, {
        permohonanId: baru.id, aksi: body.aksi, dariStatus: kini.status, keStatus: ke, aktor: 'petugas',
        aktorPegawaiId: p.pegawaiId, catatan, data, at: now,
      });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: `permohonan.${body.aksi}`, entitas: 'permohonan', entitasId: baru.id,
        data: { nomor: baru.nomor, dari: kini.status, ke },
      });
      return baru;
    });
  }

  /**
   * ONE SKM invitation for a finished case (PermenPANRB 14/2017; plan decision 1 "one tracking number per
   * case": sumber 'permohonan', sumberRef = nomor): the active survey of the case's unit, else of its OPD.
   * Returns the survey path, or null when neither has an active survey (or the case already has one).
   */
  async function undanganSkm(tx: Tx, row: PermohonanRow, layananNama: string, opdId: number | null, petugas: string | number, now: Date): Promise<string | null> {
    const unitCoba = [row.unitId, ...(opdId && opdId !== row.unitId ? [opdId] : [])];
    for (const unitId of unitCoba) {
      try {
        const u = await createUndangan(tx, {
          unitId, layanan: layananNama, sumber: 'permohonan', sumberRef: row.nomor,
          konteks: { layanan: layananNama, petugas: typeof petugas === 'string' ? petugas.slice(0, 200) : petugas },
        }, now);
        return u.tautan;
      } catch (e) {
        if (e instanceof AppError && e.code === 'SURVEI_AKTIF_TIDAK_ADA') continue;
        if (e instanceof AppError && e.code === 'UNDANGAN_SUDAH_ADA') return null;
        throw e;
      }
    }
    return null;
  }

  /**
   * POST /permohonan/:id/tugaskan: assign a petugas of the case's OPD (`petugasId`), unassign (`null`), or
   * round-robin (`otomatis`). Checks `revisi`; event + audit.
   * @throws PERMOHONAN_TIDAK_DITEMUKAN (404) | PETUGAS_TIDAK_VALID (400, body.petugasId) | TIDAK_ADA_PETUGAS (409)
   *   | PERMOHONAN_BERUBAH (409) | TRANSISI_TIDAK_BOLEH (409, a final case)
   */
  async function tugaskan(p: PelakuPermohonan, id: number, body: TugaskanBody, now = new Date()): Promise<PermohonanDetail> {
    const row = await kasusLingkup(p, id);
    return keDetail(await jalankanTugaskan(p, row, body, now), now);
  }

  async function jalankanTugaskan(p: PelakuPermohonan, row: PermohonanRow, body: TugaskanBody, now: Date): Promise<PermohonanRow> {
    if (STATUS_AKHIR.includes(row.status)) throw E.TRANSISI_TIDAK_BOLEH(`Permohonan berstatus ${LABEL_STATUS_PERMOHONAN[row.status]} tidak dapat ditugaskan lagi.`);
    const opdId = await opdDari(row.unitId);
    const kandidat = opdId != null ? (await repo.listPetugasOpd(db, opdId)).map((x) => x.id) : [];
    if (body.otomatis && !kandidat.length) throw E.TIDAK_ADA_PETUGAS();
    if (!body.otomatis && body.petugasId != null && !kandidat.includes(body.petugasId)) {
      throw E.PETUGAS_TIDAK_VALID(undefined, [{ field: 'body.petugasId', message: 'Bukan petugas layanan pada perangkat daerah ini' }]);
    }
    return db.transaction(async (tx) => {
      const kini = await repo.lockById(tx, row.id);
      if (!kini) throw E.PERMOHONAN_TIDAK_DITEMUKAN();
      if (kini.revisi !== body.revisi) throw E.PERMOHONAN_BERUBAH();
      if (STATUS_AKHIR.includes(kini.status)) throw E.TRANSISI_TIDAK_BOLEH(pesanTransisiDitolak(kini.status, 'verifikasi'));
      const petugasId = body.otomatis ? await giliranBerikut(tx, kini.layananId, kandidat) : (body.petugasId ?? null);
      const baru = await repo.ubah(tx, kini.id, { petugasId }, now);
      await repo.insertPeristiwa(tx, {
        permohonanId: kini.id, aksi: petugasId ? 'tugaskan' : 'lepas_tugas', aktor: 'petugas', aktorPegawaiId: p.pegawaiId, at: now,
        data: { akunId: p.akunId, dari: kini.petugasId, petugasId, cara: body.otomatis ? 'bergilir' : 'manual' },
      });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'permohonan.tugaskan', entitas: 'permohonan', entitasId: kini.id,
        data: { nomor: kini.nomor, dari: kini.petugasId, ke: petugasId },
      });
      return baru;
    });
  }

  /**
   * POST /permohonan/massal: 'tugaskan' (petugasId, or round-robin when null), 'verifikasi' or 'proses' on
   * many cases. Each id is its own transaction with the case's current revisi; one failing id does not undo
   * the others. @returns per id `{ ok, pesan }` (pesan = the error's message)
   */
  async function massal(p: PelakuPermohonan, body: MassalBody, now = new Date()): Promise<MassalHasil> {
    const hasil: MassalHasil['hasil'] = [];
    for (const id of [...new Set(body.ids)]) {
      try {
        const row = await kasusLingkup(p, id);
        if (body.aksi === 'tugaskan') {
          await jalankanTugaskan(p, row, { petugasId: body.petugasId ?? null, otomatis: body.petugasId == null, revisi: row.revisi }, now);
        } else {
          await jalankanAksi(p, row, { aksi: body.aksi, revisi: row.revisi }, now);
        }
        hasil.push({ id, ok: true, pesan: null });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        hasil.push({ id, ok: false, pesan: e.message });
      }
    }
    return { hasil };
  }

  /**
   * POST /permohonan/:id/hasil (multipart `berkas`, PDF only): the digital product. Allowed while the case is
   * diajukan/diverifikasi/diproses; a new upload replaces the current product (the old file stays in the
   * history). Written first, then one transaction (file row, case, event, audit); removed if it fails.
   * @throws PERMOHONAN_TIDAK_DITEMUKAN (404) | DATA_TIDAK_VALID (400, field berkas) | TRANSISI_TIDAK_BOLEH (409)
   */
  async function unggahHasil(p: PelakuPermohonan, id: number, files: BerkasMasuk[], now = new Date()): Promise<PermohonanDetail> {
    const row = await kasusLingkup(p, id);
    const berkas = files.filter((f) => f.field === 'berkas');
    if (berkas.length !== 1 || files.length !== 1 || berkas[0]!.jenis !== 'pdf') {
      throw E.DATA_TIDAK_VALID(undefined, [{ field: 'berkas', message: 'Unggah tepat satu berkas PDF pada kolom "berkas"' }]);
    }
    if (STATUS_AKHIR.includes(row.status) || row.status === 'perlu_perbaikan') {
      throw E.TRANSISI_TIDAK_BOLEH(`Dokumen hasil tidak dapat diunggah pada permohonan berstatus ${LABEL_STATUS_PERMOHONAN[row.status]}.`);
    }
    const [f] = await tulisBerkas(berkas, 'permohonan-hasil', now);
    try {
      const baru = await db.transaction(async (tx) => {
        const kini = await repo.lockById(tx, row.id);
        if (!kini || STATUS_AKHIR.includes(kini.status) || kini.status === 'perlu_perbaikan') throw E.PERMOHONAN_BERUBAH();
        const [b] = await repo.insertBerkas(tx, [{
          permohonanId: kini.id, jenis: 'hasil', persyaratanKode: null, putaran: 1, namaFile: f!.namaFile, mime: f!.mime,
          ukuran: f!.ukuran, sha256: f!.sha256, path: f!.path, diunggahOleh: p.akunId, createdAt: now,
        }]);
        const hasil = await repo.ubah(tx, kini.id, { dokumenHasilId: b!.id }, now);
        await repo.insertPeristiwa(tx, {
          permohonanId: kini.id, aksi: 'unggah_hasil', aktor: 'petugas', aktorPegawaiId: p.pegawaiId, at: now,
          data: { akunId: p.akunId, berkasId: b!.id, sha256: f!.sha256 },
        });
        await recordAudit(tx, { akunId: p.akunId, aksi: 'permohonan.unggah_hasil', entitas: 'permohonan', entitasId: kini.id, data: { nomor: kini.nomor, berkasId: b!.id } });
        return hasil;
      });
      return keDetail(baru, now);
    } catch (e) {
      await hapusBerkas([f!.path]);
      throw e;
    }
  }

  // ------------------------------------------------------------------ job: escalation

  /**
   * Job (every 5 min, plan decision 5): running cases past their due instant and not yet escalated get
   * `eskalasi_at` and `eskalasi_ke` = the assignee's atasan (org.getAtasan), or — unassigned, or the assignee
   * has none — the head of the case's unit, else of its OPD; plus an 'eskalasi' event. The conditional
   * UPDATE (`eskalasi_at IS NULL`) makes each case escalate exactly once even when two job runners race
   * (the runner's advisory lock normally prevents that already, ADR 0009).
   * @returns how many cases this run escalated
   */
  async function eskalasiTerlambat(now = new Date()): Promise<{ dieskalasi: number }> {
    const calon = await repo.listTerlambatBelumEskalasi(db, now, ESKALASI_PER_JALAN);
    // Memo per run: many overdue cases share an assignee or a unit.
    const atasanMemo = new Map<number, Promise<number | null>>();
    const kepalaMemo = new Map<number, Promise<number | null>>();
    const atasanDari = (id: number) => {
      if (!atasanMemo.has(id)) atasanMemo.set(id, deps.org.getAtasan(id).then((a) => a?.id ?? null));
      return atasanMemo.get(id)!;
    };
    const kepalaDari = (unitId: number) => {
      if (!kepalaMemo.has(unitId)) {
        kepalaMemo.set(unitId, (async () => {
          const k = await repo.findKepalaUnit(db, unitId);
          if (k != null) return k;
          const opdId = await opdDari(unitId);
          return opdId != null && opdId !== unitId ? repo.findKepalaUnit(db, opdId) : null;
        })());
      }
      return kepalaMemo.get(unitId)!;
    };
    let dieskalasi = 0;
    for (const row of calon) {
      let ke: number | null = row.petugasId ? await atasanDari(row.petugasId) : null;
      if (ke == null) ke = await kepalaDari(row.unitId);
      // The head of the unit is the assignee: escalate one level higher.
      if (ke != null && ke === row.petugasId) ke = await atasanDari(ke);
      const ok = await db.transaction(async (tx) => {
        if (!(await repo.tandaiEskalasi(tx, row.id, { at: now, ke }))) return false;
        await repo.insertPeristiwa(tx, {
          permohonanId: row.id, aksi: 'eskalasi', aktor: 'sistem', at: now,
          data: { ke, jatuhTempo: iso(row.jatuhTempo) },
        });
        return true;
      });
      if (ok) dieskalasi++;
    }
    return { dieskalasi };
  }

  // ------------------------------------------------------------------ facts for kinerja

  /** [dari, sampai] WIB dates → instants [00:00 WIB of dari, 00:00 WIB of the day after sampai). */
  const rentangWib = (dari: string, sampai: string) => ({
    dari: new Date(`${dari}T00:00:00+07:00`), sampai: new Date(new Date(`${sampai}T00:00:00+07:00`).getTime() + 86_400_000),
  });

  /** The range of holidays {@link ringkasFakta} needs for these rows (from the first submission to the last completion). */
  function rentangKalenderFakta(rows: repo.FaktaRow[]) {
    let awal = Infinity;
    let akhir = -Infinity;
    for (const r of rows) {
      awal = Math.min(awal, r.diajukanAt.getTime());
      akhir = Math.max(akhir, r.selesaiAt.getTime());
    }
    return rentangKalender({ nilai: 0, satuan: 'hari_kerja' }, new Date(awal), new Date(akhir));
  }

  /**
   * The facts of a list of finished cases. `kal`: a calendar covering at least {@link rentangKalenderFakta} of
   * these rows (the bulk variant fetches one for all groups; only holidays between a case's submission and
   * completion are read, so a wider calendar gives the same figures); fetched here when absent.
   */
  async function ringkasFakta(rows: repo.FaktaRow[], kal?: Kalender): Promise<FaktaPermohonan> {
    const selesai = rows.length;
    const tepat = rows.filter((r) => r.tepatWaktu === true).length;
    let medianHariKerja: number | null = null;
    if (selesai) {
      if (!kal) {
        const r = rentangKalenderFakta(rows);
        kal = await deps.kalender.kalender(r.dari, r.sampai);
      }
      const k = kal;
      const hari = rows.map((x) => menitKerjaAntara(x.diajukanAt, x.selesaiAt, k) / 450).sort((a, b) => a - b);
      const m = Math.floor(hari.length / 2);
      medianHariKerja = Math.round((hari.length % 2 ? hari[m]! : (hari[m - 1]! + hari[m]!) / 2) * 100) / 100;
    }
    return {
      selesai, tepatWaktu: tepat, persenTepatWaktu: selesai ? Math.round((tepat / selesai) * 10000) / 100 : null,
      medianHariKerja, permohonanIds: rows.map((r) => r.id),
    };
  }

  /**
   * For kinerja (service facts as evidence, DESIGN.md §1): cases a pegawai finished as assignee between two
   * WIB dates (inclusive). `medianHariKerja`: median working days from submission to selesai (450 working
   * minutes = 1 day; pauses included). `persenTepatWaktu` in %, 2 decimals, null without cases.
   * @returns `{ selesai, tepatWaktu, persenTepatWaktu, medianHariKerja, permohonanIds }` (ids link the evidence)
   */
  async function faktaPermohonanPegawai(o: { pegawaiId: number; dari: string; sampai: string }) {
    return ringkasFakta(await repo.listSelesai(db, { petugasId: o.pegawaiId, ...rentangWib(o.dari, o.sampai) }));
  }

  /**
   * Bulk {@link faktaPermohonanPegawai} for kinerja (filling many SKPs at once; no scope check): the facts of
   * every pegawai in `pegawaiIds` between the same two WIB dates (inclusive), from ONE query of the finished
   * cases (per chunk of 1,000 assignees) and ONE holiday calendar for all of them. Each value is exactly what
   * faktaPermohonanPegawai returns for that pegawai (`medianHariKerja` in working days of 450 working minutes,
   * `persenTepatWaktu` in %, 2 decimals, case ids in completion order); a pegawai without finished cases gets
   * `{ selesai: 0, tepatWaktu: 0, persenTepatWaktu: null, medianHariKerja: null, permohonanIds: [] }`. Every
   * requested id is a key (duplicates once). DESIGN.md §1 (service facts as evidence); kinerja.md §1.8, ADR 0014.
   * @returns Map pegawaiId → FaktaPermohonan
   */
  async function faktaPermohonanPegawaiMassal(o: { pegawaiIds: number[]; dari: string; sampai: string }): Promise<Map<number, FaktaPermohonan>> {
    const ids = [...new Set(o.pegawaiIds)];
    const per = new Map<number, repo.FaktaRow[]>(ids.map((id) => [id, []]));
    const semua: repo.FaktaRow[] = [];
    for (let i = 0; i < ids.length; i += BATAS_MASSAL) {
      for (const { petugasId, ...r } of await repo.listSelesaiPerPetugas(db, { petugasIds: ids.slice(i, i + BATAS_MASSAL), ...rentangWib(o.dari, o.sampai) })) {
        per.get(petugasId)?.push(r);
        semua.push(r);
      }
    }
    let kal: Kalender | undefined;
    if (semua.length) {
      const r = rentangKalenderFakta(semua);
      kal = await deps.kalender.kalender(r.dari, r.sampai);
    }
    const hasil = new Map<number, FaktaPermohonan>();
    for (const id of ids) hasil.set(id, await ringkasFakta(per.get(id)!, kal));
    return hasil;
  }

  /** As {@link faktaPermohonanPegawai} for a unit (an OPD includes its sub-units). */
  async function faktaPermohonanUnit(o: { unitId: number; dari: string; sampai: string }) {
    const u = await deps.org.getUnit(o.unitId);
    const unitIds = u && (u.isOpd || u.opdId === u.id) ? await deps.org.listUnitIdOpd(u.id) : [o.unitId];
    return ringkasFakta(await repo.listSelesai(db, { unitIds: unitIds.length ? unitIds : [o.unitId], ...rentangWib(o.dari, o.sampai) }));
  }

  /**
   * For kinerja (evidence list of an automatic realisasi; no scope check — the caller decides who may see
   * it): display rows of the cases with these ids, in the order of `ids` (unknown ids skipped). NO personal
   * data — never the applicant's name, NIK, KK, phone or form fields: number, layanan, status, submission
   * and completion instants, whether it finished within the standard, and the standard as text
   * ("3 hari kerja").
   */
  async function ringkasPermohonan(ids: number[]) {
    const rows = await repo.listRingkas(db, [...new Set(ids)]);
    const per = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.flatMap((id) => {
      const r = per.get(id);
      if (!r) return [];
      return [{
        id: Number(r.id), nomor: r.nomor, layanan: r.layanan, status: r.status, diajukanAt: r.diajukanAt, selesaiAt: r.selesaiAt,
        tepatWaktu: r.tepatWaktu, standar: formatJangkaWaktu({ nilai: r.jangkaWaktuNilai, satuan: r.jangkaWaktuSatuan }),
      }];
    });
  }

  /** Upload limits the routes pass to bacaMultipart (config LAYANAN_MAKS_BERKAS_MB, LAYANAN_MAKS_JUMLAH_BERKAS). */
  const batasUnggah = { maksBerkasByte: deps.maksBerkasByte, maksJumlahBerkas: deps.maksJumlahBerkas };

  return {
    batasUnggah, ajukan, lacak, kirimPerbaikan, berkasPemohon, verifikasi,
    inbox, detail, berkasStaf, lihatNik, listPetugas, aksi, tugaskan, massal, unggahHasil,
    eskalasiTerlambat, faktaPermohonanPegawai, faktaPermohonanPegawaiMassal, faktaPermohonanUnit, ringkasPermohonan,
  };
}
export type LayananPermohonanService = ReturnType<typeof createLayananPermohonanService>;

/** The multipart `data` field as JSON; a missing or broken field is a 400 naming `data`. */
function bacaJson(teks: string | undefined): unknown {
  if (teks === undefined || teks === '') {
    throw E.DATA_TIDAK_VALID(undefined, [{ field: 'data', message: 'Kolom "data" (JSON) wajib dikirim' }]);
  }
  try {
    return JSON.parse(teks);
  } catch {
    throw E.DATA_TIDAK_VALID(undefined, [{ field: 'data', message: 'Kolom "data" bukan JSON yang valid' }]);
  }
}

export type { AksiPetugas };
