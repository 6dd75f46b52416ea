import type {
  KatalogItem, KatalogQuery, Layanan, LayananAdminDetail, LayananAdminItem, LayananCreate, LayananUpdate, Maklumat,
  MaklumatUpdate, StandarIsi, StandarPublik, StandarVersi, Terbit, VersiRingkas,
} from '../../../contracts/layanan.ts';
import {
  formatBiaya, formatJangkaWaktu, standarBerlakuPada, validasiBerlakuMulai, validasiStandar,
  type PersyaratanItem, type ProsedurLangkah,
} from '../../../domain/layanan/standar.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { AppError } from '../../lib/app-error.ts';
import { pelanggaranUnik } from '../../lib/pg-error.ts';
import type { AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import { KatalogErrors as E } from './layanan.katalog.errors.ts';
import * as repo from './layanan.katalog.repository.ts';
import type { LayananDeps } from './layanan.deps.ts';

/** Who manages the catalogue (route permission `layanan:kelola`: admin, admin_opd). */
export type PengelolaKatalog = Pick<AuthContext, 'akunId' | 'roles' | 'opdId'>;

/**
 * A layanan as other services read it: the public shape plus flat `unitId`/`opdId` for scoping and
 * assignment. `aktif`/`online` are NOT filtered by the read functions: the caller decides (an application
 * needs `aktif && online`).
 */
export type LayananInfo = Layanan & { unitId: number; opdId: number | null };

/** The layanan and the published standard version in force at an instant (see {@link standarBerlaku}). */
export type StandarBerlaku = { layanan: LayananInfo; versi: StandarVersi };

type Unit = { id: number; nama: string; opdId: number | null; aktif: boolean };

const galat = (buat: (m?: string, e?: { field: string; message: string }[]) => AppError, field: string, message: string) =>
  buat(undefined, [{ field, message }]);

/** A stored version → the contract shape (jsonb columns typed; draft → berlakuMulai null). */
export function keStandarVersi(r: repo.VersiRow): StandarVersi {
  const jangkaWaktu = { nilai: r.jangkaWaktuNilai, satuan: r.jangkaWaktuSatuan };
  return {
    id: r.id, layananId: r.layananId, versi: r.versi, terbit: r.terbit,
    berlakuMulai: r.terbit ? r.berlakuMulai.toISOString() : null, skNomor: r.skNomor,
    persyaratan: r.persyaratan as PersyaratanItem[] as StandarVersi['persyaratan'],
    prosedur: r.prosedur as ProsedurLangkah[],
    jangkaWaktuNilai: r.jangkaWaktuNilai, jangkaWaktuSatuan: r.jangkaWaktuSatuan,
    jangkaWaktu: { ...jangkaWaktu, teks: formatJangkaWaktu(jangkaWaktu) },
    biayaRupiah: r.biayaRupiah, biayaKeterangan: r.biayaKeterangan, biayaTeks: formatBiaya(r.biayaRupiah),
    produk: r.produk, pengaduanKanal: r.pengaduanKanal as string[], dasarHukum: r.dasarHukum as string[],
    sarpras: r.sarpras, kompetensiPelaksana: r.kompetensiPelaksana, pengawasanInternal: r.pengawasanInternal,
    jumlahPelaksana: r.jumlahPelaksana, jaminanPelayanan: r.jaminanPelayanan, jaminanKeamanan: r.jaminanKeamanan,
    evaluasiKinerja: r.evaluasiKinerja, dibuatAt: r.createdAt.toISOString(),
  };
}

/** The 14 components of a body → columns (trimmed; empty list entries dropped by validation before). */
function keKolom(s: StandarIsi): Omit<repo.VersiBaru, 'layananId' | 'versi' | 'berlakuMulai'> {
  return {
    persyaratan: s.persyaratan.map((p) => ({ ...p, keterangan: p.keterangan || null })),
    prosedur: s.prosedur,
    jangkaWaktuNilai: s.jangkaWaktuNilai, jangkaWaktuSatuan: s.jangkaWaktuSatuan,
    biayaRupiah: s.biayaRupiah, biayaKeterangan: s.biayaKeterangan || null, produk: s.produk,
    pengaduanKanal: s.pengaduanKanal, dasarHukum: s.dasarHukum,
    sarpras: s.sarpras || null, kompetensiPelaksana: s.kompetensiPelaksana || null,
    pengawasanInternal: s.pengawasanInternal || null, jumlahPelaksana: s.jumlahPelaksana || null,
    jaminanPelayanan: s.jaminanPelayanan || null, jaminanKeamanan: s.jaminanKeamanan || null,
    evaluasiKinerja: s.evaluasiKinerja || null,
  };
}

/** Refuses a standard that breaks a domain rule: 400 with every field under `body.`. */
function periksaStandar(s: StandarIsi): void {
  const masalah = validasiStandar(s);
  if (masalah.length) throw E.STANDAR_TIDAK_VALID(undefined, masalah.map((m) => ({ field: `body.${m.field}`, message: m.message })));
}

/**
 * The service catalogue (pelayanan.md §2.4; UU 25/2009 Pasal 15, 20–23; PermenPANRB 15/2014): layanan,
 * their versioned standar pelayanan and the units' maklumat pelayanan.
 * - Public read: {@link katalog}, {@link standarPublik}, {@link standarPublikVersi}.
 * - Other services (permohonan): {@link getLayanan}, {@link standarBerlaku}, {@link getStandarVersi}.
 * - Admin (`layanan:kelola`): admin manages every layanan; admin_opd only those whose unit belongs to
 *   their OPD (403 `DI_LUAR_OPD`). A published version is immutable; changes are new drafts, published
 *   with a start that is never in the past. Publishing and maklumat changes are audited.
 */
export function createLayananKatalogService(deps: LayananDeps) {
  const { db, org } = deps;

  // ----------------------------------------------------------------------------------- helpers

  const semuaOpd = (p: PengelolaKatalog) => p.roles.includes('admin');

  /** Units by id with their OPD id, through the org module (module boundary: no join on org tables). */
  async function unitMap(ids: number[], tx: DbOrTx = db): Promise<Map<number, Unit>> {
    const out = new Map<number, Unit>();
    for (const id of new Set(ids)) {
      const u = await org.getUnit(id, tx);
      if (u) out.set(id, { id: u.id, nama: u.nama, opdId: u.opdId, aktif: u.aktif });
    }
    const opdIds = [...out.values()].map((u) => u.opdId).filter((x): x is number => x != null && !out.has(x));
    for (const id of new Set(opdIds)) {
      const u = await org.getUnit(id, tx);
      if (u) out.set(id, { id: u.id, nama: u.nama, opdId: u.opdId, aktif: u.aktif });
    }
    return out;
  }

  function keLayanan(r: repo.LayananRow, units: Map<number, Unit>): LayananInfo {
    const unit = units.get(r.unitId);
    const opd = unit?.opdId != null ? units.get(unit.opdId) : undefined;
    return {
      id: r.id, kode: r.kode, nama: r.nama, kategori: r.kategori, ringkasan: r.ringkasan, online: r.online,
      aktif: r.aktif, urutan: r.urutan,
      unit: { id: r.unitId, nama: unit?.nama ?? `Unit ${r.unitId}` },
      opd: opd ? { id: opd.id, nama: opd.nama } : null,
      unitId: r.unitId, opdId: unit?.opdId ?? null,
    };
  }
  /** The public shape (drops the flat ids). */
  const publik = ({ unitId: _u, opdId: _o, ...l }: LayananInfo): Layanan => l;

  async function findLayanan(idAtauKode: number | string, tx: DbOrTx): Promise<repo.LayananRow | null> {
    return typeof idAtauKode === 'number' ? repo.findLayananById(tx, idAtauKode) : repo.findLayananByKode(tx, idAtauKode);
  }

  /** Refuses a unit outside the caller's OPD; 400 when it does not exist or is inactive. */
  async function periksaUnit(p: PengelolaKatalog, unitId: number, field: string, tx: DbOrTx = db): Promise<Unit> {
    const u = await org.getUnit(unitId, tx);
    if (!u || !u.aktif) throw galat(E.UNIT_TIDAK_VALID, field, 'unit tidak ditemukan atau tidak aktif');
    if (!semuaOpd(p) && (p.opdId == null || u.opdId !== p.opdId)) throw E.DI_LUAR_OPD();
    return { id: u.id, nama: u.nama, opdId: u.opdId, aktif: u.aktif };
  }

  /** The layanan if the caller may manage it: 404 unknown, 403 other OPD. */
  async function layananTerkelola(p: PengelolaKatalog, id: number, tx: DbOrTx = db, kunci = false): Promise<repo.LayananRow> {
    const l = kunci ? await repo.lockLayanan(tx, id) : await repo.findLayananById(tx, id);
    if (!l) throw E.LAYANAN_TIDAK_DITEMUKAN();
    if (!semuaOpd(p)) {
      const u = await org.getUnit(l.unitId, tx);
      if (p.opdId == null || !u || u.opdId !== p.opdId) throw E.DI_LUAR_OPD();
    }
    return l;
  }

  /** One transaction; the unique kode index becomes a 409 with its field (no race past a pre-check). */
  async function ubah<T>(kerja: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await db.transaction(kerja);
    } catch (err) {
      const c = pelanggaranUnik(err);
      if (c === 'layanan_kode_uq') throw galat(E.KODE_GANDA, 'body.kode', 'kode sudah dipakai layanan lain');
      if (c === 'layanan_standar_versi_uq') throw E.DRAF_SUDAH_ADA('Versi baru sedang dibuat oleh pengguna lain. Muat ulang halaman.');
      throw err;
    }
  }

  async function maklumatUntuk(unitIds: number[], units: Map<number, Unit>, tx: DbOrTx = db): Promise<Maklumat | null> {
    const rows = await repo.findMaklumat(tx, unitIds);
    for (const id of unitIds) {
      const m = rows.find((r) => r.unitId === id);
      if (m) {
        return {
          unitId: m.unitId, unitNama: units.get(m.unitId)?.nama ?? `Unit ${m.unitId}`, teks: m.teks,
          penandatangan: m.penandatangan, ditetapkan: m.ditetapkan, diubahAt: m.updatedAt.toISOString(),
        };
      }
    }
    return null;
  }

  // ------------------------------------------------------------------- read side for other services

  /**
   * A layanan by id (number) or kode (string), active or not; null when unknown. `tx`: the caller's
   * transaction. Used by the permohonan and pengaduan services.
   */
  async function getLayanan(idAtauKode: number | string, tx: DbOrTx = db): Promise<LayananInfo | null> {
    const r = await findLayanan(idAtauKode, tx);
    if (!r) return null;
    return keLayanan(r, await unitMap([r.unitId], tx));
  }

  /**
   * The layanan (by id or kode) and its published standard version in force at instant `at` (plan
   * decision 2: greatest `berlakuMulai <= at` among `terbit` versions); null when the layanan is unknown
   * or has no version in force at `at`. A permohonan stores `versi.id` at submission and keeps it. The
   * layanan's `aktif`/`online` flags are not checked here.
   */
  async function standarBerlaku(idAtauKode: number | string, at: Date, tx: DbOrTx = db): Promise<StandarBerlaku | null> {
    const r = await findLayanan(idAtauKode, tx);
    if (!r) return null;
    const v = standarBerlakuPada(await repo.listVersiTerbitSampai(tx, at, [r.id]), at);
    if (!v) return null;
    return { layanan: keLayanan(r, await unitMap([r.unitId], tx)), versi: keStandarVersi(v) };
  }

  /** A stored standard version by its id (e.g. permohonan.standar_versi_id), draft or published; null if unknown. */
  async function getStandarVersi(id: number, tx: DbOrTx = db): Promise<StandarVersi | null> {
    const v = await repo.findVersiById(tx, id);
    return v ? keStandarVersi(v) : null;
  }

  // ---------------------------------------------------------------------------------- public side

  /**
   * GET /layanan: the public catalogue at instant `now` — active layanan with a published standard in
   * force, filtered by words (`q`: name, kode, summary, category), `kategori`, and `unitId` (a unit, or an
   * OPD with all its sub-units). Ordered by urutan, nama.
   */
  async function katalog(q: KatalogQuery, now: Date = new Date()): Promise<KatalogItem[]> {
    let unitIds: number[] | null = null;
    if (q.unitId) unitIds = [q.unitId, ...(await org.listUnitIdOpd(q.unitId))];
    const rows = await repo.listLayanan(db, { unitIds, aktifSaja: true, q: q.q, kategori: q.kategori });
    const versi = await repo.listVersiTerbitSampai(db, now, rows.map((r) => r.id));
    const perLayanan = new Map<number, repo.VersiRow[]>();
    for (const v of versi) perLayanan.set(v.layananId, [...(perLayanan.get(v.layananId) ?? []), v]);
    const units = await unitMap(rows.map((r) => r.unitId));
    const out: KatalogItem[] = [];
    for (const r of rows) {
      const v = standarBerlakuPada(perLayanan.get(r.id) ?? [], now);
      if (!v) continue;
      const l = keLayanan(r, units);
      const jw = { nilai: v.jangkaWaktuNilai, satuan: v.jangkaWaktuSatuan };
      out.push({
        id: l.id, kode: l.kode, nama: l.nama, kategori: l.kategori, ringkasan: l.ringkasan, online: l.online,
        unit: l.unit, opd: l.opd, jangkaWaktu: { ...jw, teks: formatJangkaWaktu(jw) },
        biayaRupiah: v.biayaRupiah, biayaTeks: formatBiaya(v.biayaRupiah),
      });
    }
    return out;
  }

  function ringkasVersi(semua: repo.VersiRow[], berlakuId: number | null, now: Date): VersiRingkas[] {
    return semua.filter((v) => v.terbit).sort((a, b) => b.versi - a.versi).map((v) => ({
      versi: v.versi, berlakuMulai: v.berlakuMulai.toISOString(), skNomor: v.skNomor,
      keadaan: v.id === berlakuId ? 'berlaku' as const : v.berlakuMulai.getTime() > now.getTime() ? 'akan_berlaku' as const : 'lama' as const,
    }));
  }

  async function halamanPublik(kode: string, pilih: (semua: repo.VersiRow[], berlaku: repo.VersiRow | null) => repo.VersiRow | null, now: Date): Promise<StandarPublik> {
    const r = await repo.findLayananByKode(db, kode);
    if (!r || !r.aktif) throw E.LAYANAN_TIDAK_DITEMUKAN();
    const semua = await repo.listVersi(db, [r.id]);
    const berlaku = standarBerlakuPada(semua, now);
    const v = pilih(semua, berlaku);
    if (!v) throw E.STANDAR_TIDAK_DITEMUKAN();
    const units = await unitMap([r.unitId]);
    const l = keLayanan(r, units);
    return {
      layanan: publik(l), standar: keStandarVersi(v), versi: ringkasVersi(semua, berlaku?.id ?? null, now),
      maklumat: await maklumatUntuk([r.unitId, ...(l.opdId != null && l.opdId !== r.unitId ? [l.opdId] : [])], units),
    };
  }

  /**
   * GET /layanan/:kode: the standard in force now with the published versions and the maklumat.
   * @throws LAYANAN_TIDAK_DITEMUKAN (404, unknown or inactive) | STANDAR_TIDAK_DITEMUKAN (404, nothing in force yet)
   */
  function standarPublik(kode: string, now: Date = new Date()): Promise<StandarPublik> {
    return halamanPublik(kode, (_s, berlaku) => berlaku, now);
  }

  /**
   * GET /layanan/:kode/versi/:versi: one PUBLISHED version (older, current or announced). Drafts are
   * invisible to the public (404, same as an unknown version).
   * @throws LAYANAN_TIDAK_DITEMUKAN (404) | STANDAR_TIDAK_DITEMUKAN (404)
   */
  function standarPublikVersi(kode: string, versi: number, now: Date = new Date()): Promise<StandarPublik> {
    return halamanPublik(kode, (semua) => semua.find((v) => v.versi === versi && v.terbit) ?? null, now);
  }

  // ---------------------------------------------------------------------------------------- admin

  /** GET /admin/layanan: the layanan the caller manages (admin: all; admin_opd: own OPD), with version state. */
  async function listAdmin(p: PengelolaKatalog, now: Date = new Date()): Promise<LayananAdminItem[]> {
    const unitIds = semuaOpd(p) ? null : p.opdId == null ? [] : await org.listUnitIdOpd(p.opdId);
    const rows = await repo.listLayanan(db, { unitIds });
    const versi = await repo.listVersi(db, rows.map((r) => r.id));
    const units = await unitMap(rows.map((r) => r.unitId));
    return rows.map((r) => {
      const milik = versi.filter((v) => v.layananId === r.id);
      const berlaku = standarBerlakuPada(milik, now);
      const draf = milik.find((v) => !v.terbit);
      const jw = berlaku ? { nilai: berlaku.jangkaWaktuNilai, satuan: berlaku.jangkaWaktuSatuan } : null;
      return {
        ...publik(keLayanan(r, units)),
        versiBerlaku: berlaku?.versi ?? null,
        jangkaWaktu: jw ? { ...jw, teks: formatJangkaWaktu(jw) } : null,
        versiDraf: draf?.versi ?? null,
        jumlahVersi: milik.length,
      };
    });
  }

  async function detailDalam(tx: DbOrTx, r: repo.LayananRow, now: Date): Promise<LayananAdminDetail> {
    const semua = await repo.listVersi(tx, [r.id]);
    const units = await unitMap([r.unitId], tx);
    const l = keLayanan(r, units);
    return {
      layanan: publik(l), versi: semua.map(keStandarVersi), versiBerlaku: standarBerlakuPada(semua, now)?.versi ?? null,
      maklumat: await maklumatUntuk([r.unitId, ...(l.opdId != null && l.opdId !== r.unitId ? [l.opdId] : [])], units, tx),
    };
  }

  /**
   * GET /admin/layanan/:id: the layanan with every version (drafts included).
   * @throws LAYANAN_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
   */
  async function detailAdmin(p: PengelolaKatalog, id: number, now: Date = new Date()): Promise<LayananAdminDetail> {
    return detailDalam(db, await layananTerkelola(p, id), now);
  }

  /**
   * POST /admin/layanan: a new layanan (no standard yet: add a draft, then publish it).
   * @throws UNIT_TIDAK_VALID (400, body.unitId) | DI_LUAR_OPD (403) | KODE_GANDA (409, body.kode)
   */
  async function createLayanan(p: PengelolaKatalog, input: LayananCreate, now: Date = new Date()): Promise<LayananAdminDetail> {
    await periksaUnit(p, input.unitId, 'body.unitId');
    return ubah(async (tx) => {
      if (await repo.findLayananByKode(tx, input.kode)) throw galat(E.KODE_GANDA, 'body.kode', 'kode sudah dipakai layanan lain');
      const r = await repo.insertLayanan(tx, {
        kode: input.kode, nama: input.nama, unitId: input.unitId, kategori: input.kategori, ringkasan: input.ringkasan || null,
        online: input.online ?? true, urutan: input.urutan ?? 0,
      });
      await recordAudit(tx, { akunId: p.akunId, aksi: 'layanan.buat', entitas: 'layanan', entitasId: r.id, data: { kode: r.kode, unitId: r.unitId } });
      return detailDalam(tx, r, now);
    });
  }

  /**
   * PATCH /admin/layanan/:id: basic fields (not the kode, which is the stable public key). Moving the
   * layanan to another unit stays within the caller's scope. Audited.
   * @throws LAYANAN_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | UNIT_TIDAK_VALID (400, body.unitId)
   */
  async function updateLayanan(p: PengelolaKatalog, id: number, input: LayananUpdate, now: Date = new Date()): Promise<LayananAdminDetail> {
    await layananTerkelola(p, id);
    if (input.unitId !== undefined) await periksaUnit(p, input.unitId, 'body.unitId');
    return ubah(async (tx) => {
      const lama = await layananTerkelola(p, id, tx, true);
      const ubahan: Partial<repo.LayananBaru> = {};
      if (input.nama !== undefined) ubahan.nama = input.nama;
      if (input.unitId !== undefined) ubahan.unitId = input.unitId;
      if (input.kategori !== undefined) ubahan.kategori = input.kategori;
      if (input.ringkasan !== undefined) ubahan.ringkasan = input.ringkasan || null;
      if (input.online !== undefined) ubahan.online = input.online;
      if (input.aktif !== undefined) ubahan.aktif = input.aktif;
      if (input.urutan !== undefined) ubahan.urutan = input.urutan;
      const r = Object.keys(ubahan).length ? (await repo.updateLayanan(tx, id, ubahan))! : lama;
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'layanan.ubah', entitas: 'layanan', entitasId: id,
        data: { kolom: Object.keys(ubahan), ...(input.unitId !== undefined && input.unitId !== lama.unitId ? { unitDari: lama.unitId, unitKe: input.unitId } : {}) },
      });
      return detailDalam(tx, r, now);
    });
  }

  /**
   * POST /admin/layanan/:id/standar: a new DRAFT version (versi = last + 1) with all 14 components. One
   * draft at a time.
   * @throws LAYANAN_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | STANDAR_TIDAK_VALID (400, body.…) | DRAF_SUDAH_ADA (409)
   */
  async function createDraf(p: PengelolaKatalog, id: number, isi: StandarIsi, now: Date = new Date()): Promise<StandarVersi> {
    periksaStandar(isi);
    return ubah(async (tx) => {
      await layananTerkelola(p, id, tx, true);
      const semua = await repo.listVersi(tx, [id]);
      const draf = semua.find((v) => !v.terbit);
      if (draf) throw E.DRAF_SUDAH_ADA(`Layanan ini sudah memiliki draf versi ${draf.versi}. Ubah atau hapus draf tersebut.`);
      const v = await repo.insertVersi(tx, {
        ...keKolom(isi), layananId: id, versi: (semua[0]?.versi ?? 0) + 1, terbit: false,
        // Placeholder: a draft never applies (terbit = false); publishing sets the real start.
        berlakuMulai: now, dibuatOleh: p.akunId,
      });
      await recordAudit(tx, { akunId: p.akunId, aksi: 'layanan.standar.draf', entitas: 'layanan_standar_versi', entitasId: v.id, data: { layananId: id, versi: v.versi } });
      return keStandarVersi(v);
    });
  }

  async function versiTerkelola(p: PengelolaKatalog, id: number, versi: number, tx: Tx): Promise<repo.VersiRow> {
    await layananTerkelola(p, id, tx, true);
    const v = await repo.findVersi(tx, id, versi);
    if (!v) throw E.STANDAR_TIDAK_DITEMUKAN();
    if (v.terbit) throw E.STANDAR_SUDAH_TERBIT();
    return v;
  }

  /**
   * PUT /admin/layanan/:id/standar/:versi: replaces the components of a DRAFT. A published version is
   * immutable (409).
   * @throws LAYANAN_TIDAK_DITEMUKAN | STANDAR_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | STANDAR_TIDAK_VALID (400) | STANDAR_SUDAH_TERBIT (409)
   */
  async function updateDraf(p: PengelolaKatalog, id: number, versi: number, isi: StandarIsi): Promise<StandarVersi> {
    periksaStandar(isi);
    return ubah(async (tx) => {
      const v = await versiTerkelola(p, id, versi, tx);
      const r = await repo.updateDraf(tx, v.id, keKolom(isi));
      if (!r) throw E.STANDAR_SUDAH_TERBIT();
      return keStandarVersi(r);
    });
  }

  /**
   * DELETE /admin/layanan/:id/standar/:versi: discards a DRAFT.
   * @throws LAYANAN_TIDAK_DITEMUKAN | STANDAR_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | STANDAR_SUDAH_TERBIT (409)
   */
  async function deleteDraf(p: PengelolaKatalog, id: number, versi: number): Promise<void> {
    await ubah(async (tx) => {
      const v = await versiTerkelola(p, id, versi, tx);
      if (!(await repo.deleteDraf(tx, v.id))) throw E.STANDAR_SUDAH_TERBIT();
      await recordAudit(tx, { akunId: p.akunId, aksi: 'layanan.standar.hapus_draf', entitas: 'layanan_standar_versi', entitasId: v.id, data: { layananId: id, versi } });
    });
  }

  /**
   * POST /admin/layanan/:id/standar/:versi/terbit: publishes a draft with its SK number and start
   * (`berlakuMulai`: omitted = now; 'YYYY-MM-DD' = 00:00 WIB that day; or an ISO instant). The start may
   * not be in the past (no retroactive standard; 5 minutes' tolerance) and must follow every published
   * version's start. From then on the version is immutable. Audited (`layanan.standar.terbit`).
   * @throws LAYANAN_TIDAK_DITEMUKAN | STANDAR_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) |
   *   BERLAKU_TIDAK_VALID (400, body.berlakuMulai) | STANDAR_TIDAK_VALID (400) | STANDAR_SUDAH_TERBIT (409)
   */
  async function terbitkan(p: PengelolaKatalog, id: number, versi: number, input: Terbit, now: Date = new Date()): Promise<StandarVersi> {
    const mulai = input.berlakuMulai === undefined ? now
      : /^\d{4}-\d{2}-\d{2}$/.test(input.berlakuMulai) ? waktuWib(input.berlakuMulai, '00:00') : new Date(input.berlakuMulai);
    return ubah(async (tx) => {
      const v = await versiTerkelola(p, id, versi, tx);
      // Re-check the stored components (a draft saved before a rule tightened must not go out).
      periksaStandar(keStandarVersi(v));
      const terbit = (await repo.listVersi(tx, [id])).filter((x) => x.terbit);
      const masalah = validasiBerlakuMulai({ berlakuMulai: mulai, now, terbitSebelumnya: terbit.map((x) => x.berlakuMulai) });
      if (masalah) throw E.BERLAKU_TIDAK_VALID(masalah.message, [{ field: `body.${masalah.field}`, message: masalah.message }]);
      const r = await repo.updateDraf(tx, v.id, { terbit: true, berlakuMulai: mulai, skNomor: input.skNomor });
      if (!r) throw E.STANDAR_SUDAH_TERBIT();
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'layanan.standar.terbit', entitas: 'layanan_standar_versi', entitasId: r.id,
        data: { layananId: id, versi, berlakuMulai: mulai.toISOString(), skNomor: input.skNomor },
      });
      return keStandarVersi(r);
    });
  }

  /**
   * GET /admin/maklumat/:unitId: the maklumat pelayanan of a unit, or null when none is set.
   * @throws UNIT_TIDAK_VALID (400, params.unitId) | DI_LUAR_OPD (403)
   */
  async function getMaklumat(p: PengelolaKatalog, unitId: number): Promise<Maklumat | null> {
    const u = await periksaUnit(p, unitId, 'params.unitId');
    return maklumatUntuk([unitId], new Map([[u.id, u]]));
  }

  /**
   * PUT /admin/maklumat/:unitId: sets the unit's maklumat pelayanan (UU 25/2009 Pasal 22). Audited
   * (`layanan.maklumat`, with the previous text's length and signer).
   * @throws UNIT_TIDAK_VALID (400, params.unitId) | DI_LUAR_OPD (403)
   */
  async function setMaklumat(p: PengelolaKatalog, unitId: number, input: MaklumatUpdate, now: Date = new Date()): Promise<Maklumat> {
    const u = await periksaUnit(p, unitId, 'params.unitId');
    return db.transaction(async (tx) => {
      const [lama] = await repo.findMaklumat(tx, [unitId]);
      const m = await repo.upsertMaklumat(tx, {
        unitId, teks: input.teks, penandatangan: input.penandatangan || null, ditetapkan: input.ditetapkan ?? null, updatedAt: now,
      });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'layanan.maklumat', entitas: 'layanan_maklumat', entitasId: unitId,
        data: { sebelumnya: lama ? { panjang: lama.teks.length, penandatangan: lama.penandatangan, ditetapkan: lama.ditetapkan } : null, ditetapkan: m.ditetapkan },
      });
      return { unitId, unitNama: u.nama, teks: m.teks, penandatangan: m.penandatangan, ditetapkan: m.ditetapkan, diubahAt: m.updatedAt.toISOString() };
    });
  }

  return {
    getLayanan, standarBerlaku, getStandarVersi,
    katalog, standarPublik, standarPublikVersi,
    listAdmin, detailAdmin, createLayanan, updateLayanan, createDraf, updateDraf, deleteDraf, terbitkan, getMaklumat, setMaklumat,
    formatJangkaWaktu,
  };
}
export type LayananKatalogService = ReturnType<typeof createLayananKatalogService>;
