import { randomBytes } from 'node:crypto';
import type {
  Layanan, LayananCreate, LayananUpdate, LayarBaru, LayarCreate, Layar, Lokasi, LokasiCreate, LokasiDetail, LokasiUpdate,
  Loket, LoketCreate, LoketUpdate, Sesi, SesiCreate, SesiUpdate, Tutup, TutupCreate,
} from '../../../contracts/antrian-setup.ts';
import { intervalBertumpang, sesiDalamJamLayanan, tanggalBuka, validasiJadwalMingguan } from '../../../domain/antrian/jadwal.ts';
import type { JadwalMingguan } from '../../../domain/shared/hari-kerja.ts';
import { tambahHari, tanggalWib } from '../../../domain/shared/tanggal.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { AppError } from '../../lib/app-error.ts';
import { pelanggaranUnik } from '../../lib/pg-error.ts';
import { hashToken, type AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import type { AntrianDeps } from './antrian.deps.ts';
import { AntrianSetupErrors as E } from './antrian.setup.errors.ts';
import * as repo from './antrian.setup.repository.ts';

/** Who manages the queue set-up (route permission `antrian:kelola`: admin, admin_opd). */
export type PengelolaAntrian = Pick<AuthContext, 'akunId' | 'roles' | 'opdId'>;

const galat = (buat: (m?: string, e?: { field: string; message: string }[]) => AppError, field: string, message: string) =>
  buat(undefined, [{ field, message }]);

/** Unique indexes of the set-up tables → the 409 a person understands, with the field to fix. */
const UNIK: Record<string, () => AppError> = {
  antrian_lokasi_kode_uq: () => galat(E.KODE_GANDA, 'body.kode', 'kode sudah dipakai lokasi lain'),
  antrian_layanan_prefix_uq: () => galat(E.PREFIX_GANDA, 'body.prefix', 'prefiks sudah dipakai layanan lain di lokasi ini'),
  antrian_loket_nomor_uq: () => galat(E.NOMOR_LOKET_GANDA, 'body.nomor', 'nomor loket sudah dipakai di lokasi ini'),
  antrian_tutup_uq: () => galat(E.TUTUP_GANDA, 'body.tanggal', 'tanggal ini sudah tercatat sebagai hari tutup'),
};

/** A stored lokasi with its unit's name and OPD (from the org module). */
type LokasiUnit = repo.LokasiRow & { unitNama: string | null; unitOpdId: number | null };

const keLokasi = (r: LokasiUnit): Lokasi => ({
  id: r.id, kode: r.kode, nama: r.nama, alamat: r.alamat, unitId: r.unitId, unitNama: r.unitNama,
  jamLayanan: r.jamLayanan as JadwalMingguan, checkInSebelumMenit: r.checkInSebelumMenit, checkInSesudahMenit: r.checkInSesudahMenit,
  rasioPrioritas: r.rasioPrioritas, maksPanggil: r.maksPanggil, maksTahanMenit: r.maksTahanMenit,
  hariPesanKeDepan: r.hariPesanKeDepan, notifikasiSisa: r.notifikasiSisa, aktif: r.aktif,
});
const keLayanan = (r: repo.LayananRow): Layanan => ({ ...r });
const keSesi = (r: repo.SesiRow): Sesi => ({ ...r });
const keLoket = (r: repo.LoketRow): Loket => ({ ...r });
const keTutup = (r: repo.TutupRow): Tutup => ({ ...r });
const keLayar = (r: repo.LayarRow): Layar => ({
  id: r.id, lokasiId: r.lokasiId, nama: r.nama, aktif: r.aktif,
  dibuatPada: r.dibuatPada.toISOString(), terakhirTerlihat: r.terakhirTerlihat?.toISOString() ?? null,
});

/** Refuses a weekly schedule with overlapping/reversed intervals (pelayanan.md §6 "weekly hours with breaks"). */
function periksaJadwal(jadwal: JadwalMingguan): void {
  const masalah = validasiJadwalMingguan(jadwal);
  if (masalah.length) throw E.JADWAL_TIDAK_VALID(`Jam layanan tidak valid: ${masalah.join('; ')}.`, [{ field: 'body.jamLayanan', message: masalah.join('; ') }]);
}

/**
 * Queue set-up (admin; pelayanan.md §3.2): lokasi, hours, layanan, sessions, loket, closure days and
 * display devices. Scope: `admin` manages every lokasi; `admin_opd` only lokasi whose unit belongs to
 * their OPD (403 `DI_LUAR_OPD` otherwise). Every change is one transaction with its audit entry.
 * Also the read side the other antrian services use: {@link getLokasi}, {@link getLokasiByKode},
 * {@link hariBuka}, {@link verifikasiTokenLayar}.
 */
export function createAntrianSetupService(deps: AntrianDeps) {
  const { db, org, kalender } = deps;

  // ------------------------------------------------------------------------------------- scope helpers

  const semuaOpd = (p: PengelolaAntrian) => p.roles.includes('admin');

  /** Refuses a unit outside the caller's OPD; 400 when the unit does not exist. Outside transactions (org uses `db`). */
  async function periksaUnit(p: PengelolaAntrian, unitId: number): Promise<void> {
    const unit = await org.getUnit(unitId);
    if (!unit || !unit.aktif) throw galat(E.UNIT_TIDAK_VALID, 'body.unitId', 'unit tidak ditemukan atau tidak aktif');
    if (!semuaOpd(p) && (p.opdId == null || unit.opdId !== p.opdId)) throw E.DI_LUAR_OPD();
  }

  /** Adds each lokasi's unit name and OPD through the org service (module boundary: no join on org tables). */
  async function denganUnit(rows: repo.LokasiRow[], tx: DbOrTx = db): Promise<LokasiUnit[]> {
    const units = new Map<number, { nama: string; opdId: number | null } | null>();
    for (const id of new Set(rows.map((r) => r.unitId))) units.set(id, await org.getUnit(id, tx));
    return rows.map((r) => ({ ...r, unitNama: units.get(r.unitId)?.nama ?? null, unitOpdId: units.get(r.unitId)?.opdId ?? null }));
  }
  async function satuDenganUnit(r: repo.LokasiRow | null, tx: DbOrTx = db): Promise<LokasiUnit | null> {
    return r ? (await denganUnit([r], tx))[0]! : null;
  }

  /** The lokasi, if the caller may manage it: 404 unknown, 403 other OPD. */
  async function lokasiTerkelola(p: PengelolaAntrian, id: number, tx: DbOrTx = db): Promise<LokasiUnit> {
    const lokasi = await satuDenganUnit(await repo.findLokasi(tx, id), tx);
    if (!lokasi) throw E.LOKASI_TIDAK_DITEMUKAN();
    if (!semuaOpd(p) && (p.opdId == null || lokasi.unitOpdId !== p.opdId)) throw E.DI_LUAR_OPD();
    return lokasi;
  }

  async function layananTerkelola(p: PengelolaAntrian, id: number, tx: DbOrTx) {
    const layanan = await repo.findLayanan(tx, id);
    if (!layanan) throw E.LAYANAN_TIDAK_DITEMUKAN();
    return { layanan, lokasi: await lokasiTerkelola(p, layanan.lokasiId, tx) };
  }

  /** One transaction; a unique-index violation becomes its 409 with the field (no race past a pre-check). */
  async function ubah<T>(kerja: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await db.transaction(kerja);
    } catch (err) {
      const buat = UNIK[pelanggaranUnik(err) ?? ''];
      throw buat ? buat() : err;
    }
  }

  const audit = (tx: DbOrTx, p: PengelolaAntrian, aksi: string, entitas: string, entitasId: number, data: unknown) =>
    recordAudit(tx, { akunId: p.akunId, aksi: `antrian.${aksi}`, entitas, entitasId, data });

  // ------------------------------------------------------------------------------------------- lokasi

  /** GET /antrian/lokasi: the lokasi the caller may manage, by nama. */
  async function listLokasi(p: PengelolaAntrian): Promise<Lokasi[]> {
    const unitIds = semuaOpd(p) ? null : p.opdId == null ? [] : await org.listUnitIdOpd(p.opdId);
    return (await denganUnit(await repo.listLokasi(db, unitIds))).map(keLokasi);
  }

  /**
   * GET /antrian/lokasi/:id: the lokasi with its layanan, sesi, loket (with layananIds), closure days
   * from today (WIB) and active display devices.
   * @throws LOKASI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
   */
  async function detailLokasi(p: PengelolaAntrian, id: number): Promise<LokasiDetail> {
    const lokasi = await lokasiTerkelola(p, id);
    const layanan = await repo.listLayanan(db, id);
    const [sesi, loket, tutup, layar] = [
      await repo.listSesi(db, layanan.map((l) => l.id)),
      await repo.listLoket(db, id),
      await repo.listTutupSejak(db, id, tanggalWib(new Date())),
      await repo.listLayarAktif(db, id),
    ];
    return {
      ...keLokasi(lokasi), layanan: layanan.map(keLayanan), sesi: sesi.map(keSesi), loket: loket.map(keLoket),
      tutup: tutup.map(keTutup), layar: layar.map(keLayar),
    };
  }

  /**
   * POST /antrian/lokasi. Audited (`antrian.lokasi.buat`).
   * @throws UNIT_TIDAK_VALID (400 body.unitId) | JADWAL_TIDAK_VALID (400 body.jamLayanan) | DI_LUAR_OPD (403) | KODE_GANDA (409 body.kode)
   */
  async function createLokasi(p: PengelolaAntrian, input: LokasiCreate): Promise<LokasiDetail> {
    periksaJadwal(input.jamLayanan);
    await periksaUnit(p, input.unitId);
    const id = await ubah(async (tx) => {
      const id = await repo.insertLokasi(tx, { ...input, alamat: input.alamat || null });
      await audit(tx, p, 'lokasi.buat', 'antrian_lokasi', id, { kode: input.kode, unitId: input.unitId });
      return id;
    });
    return detailLokasi(p, id);
  }

  /**
   * PATCH /antrian/lokasi/:id (moving it to another unit needs that unit in scope too). Audited (`antrian.lokasi.ubah`); an empty body changes nothing and returns the current state (200, no audit entry).
   * @throws LOKASI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | UNIT_TIDAK_VALID / JADWAL_TIDAK_VALID (400) | KODE_GANDA (409)
   */
  async function updateLokasi(p: PengelolaAntrian, id: number, input: LokasiUpdate): Promise<LokasiDetail> {
    if (input.jamLayanan) periksaJadwal(input.jamLayanan);
    await lokasiTerkelola(p, id);
    if (input.unitId != null) await periksaUnit(p, input.unitId);
    if (!repo.adaPerubahan(input)) return detailLokasi(p, id); // empty PATCH: no-op, no audit entry
    await ubah(async (tx) => {
      await repo.updateLokasi(tx, id, { ...input, alamat: input.alamat === undefined ? undefined : input.alamat || null });
      await audit(tx, p, 'lokasi.ubah', 'antrian_lokasi', id, input);
    });
    return detailLokasi(p, id);
  }

  // ------------------------------------------------------------------------------------------ layanan

  /** Sum of the active session capacities of a layanan (optionally without one session). */
  async function kapasitasSesiAktif(tx: DbOrTx, layananId: number, kecualiSesiId?: number): Promise<number> {
    const sesi = await repo.listSesi(tx, [layananId]);
    return sesi.filter((s) => s.aktif && s.id !== kecualiSesiId).reduce((n, s) => n + s.kapasitas, 0);
  }

  /**
   * POST /antrian/lokasi/:id/layanan. Audited (`antrian.layanan.buat`).
   * @throws LOKASI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | PREFIX_GANDA (409 body.prefix)
   */
  async function createLayanan(p: PengelolaAntrian, lokasiId: number, input: LayananCreate): Promise<Layanan> {
    return ubah(async (tx) => {
      await lokasiTerkelola(p, lokasiId, tx);
      const row = await repo.insertLayanan(tx, { ...input, lokasiId, layananKode: input.layananKode || null });
      await audit(tx, p, 'layanan.buat', 'antrian_layanan', row.id, { lokasiId, prefix: row.prefix, kuotaOnline: row.kuotaOnline, kuotaWalkin: row.kuotaWalkin });
      return keLayanan(row);
    });
  }

  /**
   * PATCH /antrian/layanan/:id. The online quota may not drop below the active session capacities
   * (ADR 0006: refused, not warned, so every published place can really be booked). Audited (`antrian.layanan.ubah`); an empty body changes nothing and returns the current state (200, no audit entry).
   * @throws LAYANAN_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | KUOTA_SESI_BERLEBIH (400 body.kuotaOnline) | PREFIX_GANDA (409 body.prefix)
   */
  async function updateLayanan(p: PengelolaAntrian, id: number, input: LayananUpdate): Promise<Layanan> {
    return ubah(async (tx) => {
      const { layanan } = await layananTerkelola(p, id, tx);
      if (!repo.adaPerubahan(input)) return keLayanan(layanan); // empty PATCH: no-op, no audit entry
      await repo.kunciLayanan(tx, id);
      if (input.kuotaOnline != null) {
        const terpakai = await kapasitasSesiAktif(tx, id);
        if (terpakai > input.kuotaOnline) {
          throw galat(E.KUOTA_SESI_BERLEBIH, 'body.kuotaOnline', `kuota online tidak boleh kurang dari jumlah kapasitas sesi aktif (${terpakai})`);
        }
      }
      const row = await repo.updateLayanan(tx, id, { ...input, layananKode: input.layananKode === undefined ? undefined : input.layananKode || null });
      await audit(tx, p, 'layanan.ubah', 'antrian_layanan', id, input);
      return keLayanan(row);
    });
  }

  // --------------------------------------------------------------------------------------------- sesi

  /**
   * The rules of a session (pelayanan.md §3.2 "slot = office, layanan, date, start, capacity"): mulai
   * before selesai; inside the lokasi's hours on at least one weekday; no overlap with another active
   * session of the layanan; active capacities summing to at most the layanan's daily online quota.
   */
  async function periksaSesi(tx: DbOrTx, ctx: { layanan: repo.LayananRow; lokasi: repo.LokasiRow }, sesi: SesiCreate, kecualiId?: number) {
    if (sesi.mulai >= sesi.selesai) throw galat(E.SESI_TIDAK_VALID, 'body.selesai', 'jam selesai harus setelah jam mulai');
    if (!sesiDalamJamLayanan(sesi, ctx.lokasi.jamLayanan as JadwalMingguan)) {
      throw galat(E.SESI_TIDAK_VALID, 'body.mulai', 'sesi harus berada di dalam jam layanan lokasi (paling tidak pada satu hari)');
    }
    if (sesi.aktif === false) return;
    const lain = (await repo.listSesi(tx, [ctx.layanan.id])).filter((s) => s.aktif && s.id !== kecualiId);
    const bentrok = lain.find((s) => intervalBertumpang(s, sesi));
    if (bentrok) throw galat(E.SESI_TIDAK_VALID, 'body.mulai', `bertumpang tindih dengan sesi ${bentrok.mulai}–${bentrok.selesai}`);
    const jumlah = lain.reduce((n, s) => n + s.kapasitas, 0) + sesi.kapasitas;
    if (jumlah > ctx.layanan.kuotaOnline) {
      throw galat(E.KUOTA_SESI_BERLEBIH, 'body.kapasitas', `jumlah kapasitas sesi aktif (${jumlah}) melebihi kuota online harian (${ctx.layanan.kuotaOnline})`);
    }
  }

  /**
   * POST /antrian/layanan/:id/sesi. Audited (`antrian.sesi.buat`).
   * @throws LAYANAN_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | SESI_TIDAK_VALID (400 body.mulai/body.selesai) | KUOTA_SESI_BERLEBIH (400 body.kapasitas)
   */
  async function createSesi(p: PengelolaAntrian, layananId: number, input: SesiCreate): Promise<Sesi> {
    return ubah(async (tx) => {
      const ctx = await layananTerkelola(p, layananId, tx);
      await repo.kunciLayanan(tx, layananId);
      await periksaSesi(tx, ctx, input);
      const row = await repo.insertSesi(tx, { ...input, layananId });
      await audit(tx, p, 'sesi.buat', 'antrian_sesi', row.id, { layananId, mulai: row.mulai, selesai: row.selesai, kapasitas: row.kapasitas });
      return keSesi(row);
    });
  }

  /**
   * PATCH /antrian/sesi/:id (aktif: false retires a session; existing tickets keep it). Audited (`antrian.sesi.ubah`); an empty body changes nothing and returns the current state (200, no audit entry).
   * @throws SESI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | SESI_TIDAK_VALID | KUOTA_SESI_BERLEBIH (400)
   */
  async function updateSesi(p: PengelolaAntrian, id: number, input: SesiUpdate): Promise<Sesi> {
    return ubah(async (tx) => {
      const lama = await repo.findSesi(tx, id);
      if (!lama) throw E.SESI_TIDAK_DITEMUKAN();
      const ctx = await layananTerkelola(p, lama.layananId, tx);
      if (!repo.adaPerubahan(input)) return keSesi(lama); // empty PATCH: no-op, no audit entry
      await repo.kunciLayanan(tx, lama.layananId);
      await periksaSesi(tx, ctx, { mulai: lama.mulai, selesai: lama.selesai, kapasitas: lama.kapasitas, aktif: lama.aktif, ...repo.perubahan(input) }, id);
      const row = await repo.updateSesi(tx, id, input);
      await audit(tx, p, 'sesi.ubah', 'antrian_sesi', id, input);
      return keSesi(row);
    });
  }

  // -------------------------------------------------------------------------------------------- loket

  async function periksaLayananLoket(tx: DbOrTx, lokasiId: number, layananIds: number[] | undefined) {
    if (!layananIds?.length) return;
    const unik = [...new Set(layananIds)];
    if ((await repo.hitungLayananDiLokasi(tx, lokasiId, unik)) !== unik.length) {
      throw galat(E.LAYANAN_LOKET_TIDAK_VALID, 'body.layananIds', 'pilih layanan dari lokasi yang sama');
    }
  }

  async function loketTerkelola(p: PengelolaAntrian, id: number, tx: DbOrTx) {
    const loket = await repo.findLoket(tx, id);
    if (!loket) throw E.LOKET_TIDAK_DITEMUKAN();
    await lokasiTerkelola(p, loket.lokasiId, tx);
    return loket;
  }

  /**
   * POST /antrian/lokasi/:id/loket. Audited (`antrian.loket.buat`).
   * @throws LOKASI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | LAYANAN_LOKET_TIDAK_VALID (400 body.layananIds) | NOMOR_LOKET_GANDA (409 body.nomor)
   */
  async function createLoket(p: PengelolaAntrian, lokasiId: number, input: LoketCreate): Promise<Loket> {
    return ubah(async (tx) => {
      await lokasiTerkelola(p, lokasiId, tx);
      await periksaLayananLoket(tx, lokasiId, input.layananIds);
      const { layananIds = [], ...kolom } = input;
      const id = await repo.insertLoket(tx, { ...kolom, lokasiId });
      await repo.setLoketLayanan(tx, id, layananIds);
      await audit(tx, p, 'loket.buat', 'antrian_loket', id, { lokasiId, nomor: input.nomor, layananIds });
      return keLoket((await repo.listLoket(tx, lokasiId, id))[0]!);
    });
  }

  /**
   * PATCH /antrian/loket/:id (`layananIds` replaces the whole set). Audited (`antrian.loket.ubah`); an empty body changes nothing and returns the current state (200, no audit entry).
   * @throws LOKET_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | LAYANAN_LOKET_TIDAK_VALID (400) | NOMOR_LOKET_GANDA (409)
   */
  async function updateLoket(p: PengelolaAntrian, id: number, input: LoketUpdate): Promise<Loket> {
    return ubah(async (tx) => {
      const loket = await loketTerkelola(p, id, tx);
      if (!repo.adaPerubahan(input)) return keLoket((await repo.listLoket(tx, loket.lokasiId, id))[0]!); // empty PATCH: no-op
      await periksaLayananLoket(tx, loket.lokasiId, input.layananIds);
      const { layananIds, ...kolom } = input;
      await repo.updateLoket(tx, id, kolom);
      if (layananIds) await repo.setLoketLayanan(tx, id, layananIds);
      await audit(tx, p, 'loket.ubah', 'antrian_loket', id, input);
      return keLoket((await repo.listLoket(tx, loket.lokasiId, id))[0]!);
    });
  }

  // -------------------------------------------------------------------------------------------- tutup

  /**
   * POST /antrian/lokasi/:id/tutup: a day this lokasi is closed on top of the city calendar. Bookings
   * already made for that day are NOT moved here (re-planning is a later issue). Audited (`antrian.tutup.buat`).
   * @throws LOKASI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | TUTUP_GANDA (409 body.tanggal)
   */
  async function createTutup(p: PengelolaAntrian, lokasiId: number, input: TutupCreate): Promise<Tutup> {
    return ubah(async (tx) => {
      await lokasiTerkelola(p, lokasiId, tx);
      const row = await repo.insertTutup(tx, { ...input, lokasiId });
      await audit(tx, p, 'tutup.buat', 'antrian_tutup', row.id, { lokasiId, tanggal: row.tanggal, alasan: row.alasan });
      return keTutup(row);
    });
  }

  /**
   * DELETE /antrian/tutup/:id. Audited (`antrian.tutup.hapus`).
   * @throws TUTUP_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
   */
  async function removeTutup(p: PengelolaAntrian, id: number): Promise<void> {
    await ubah(async (tx) => {
      const tutup = await repo.findTutup(tx, id);
      if (!tutup) throw E.TUTUP_TIDAK_DITEMUKAN();
      await lokasiTerkelola(p, tutup.lokasiId, tx);
      await repo.deleteTutup(tx, id);
      await audit(tx, p, 'tutup.hapus', 'antrian_tutup', id, { lokasiId: tutup.lokasiId, tanggal: tutup.tanggal });
    });
  }

  // -------------------------------------------------------------------------------------------- layar

  /** Board address for a device token: absolute under PUBLIC_URL when configured. */
  function urlLayar(kode: string, token: string): string {
    const jalur = `/layar/${encodeURIComponent(kode)}?token=${token}`;
    return deps.publicUrl ? new URL(jalur, deps.publicUrl).toString() : jalur;
  }

  /**
   * POST /antrian/lokasi/:id/layar: registers a display-board device. The token (24 random bytes,
   * base64url) is returned ONCE with the board URL; only its SHA-256 (hex) is stored. Audited
   * (`antrian.layar.buat`, without the token).
   * @throws LOKASI_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
   */
  async function createLayar(p: PengelolaAntrian, lokasiId: number, input: LayarCreate): Promise<LayarBaru> {
    const token = randomBytes(24).toString('base64url');
    return ubah(async (tx) => {
      const lokasi = await lokasiTerkelola(p, lokasiId, tx);
      const row = await repo.insertLayar(tx, { lokasiId, nama: input.nama, tokenHash: hashToken(token), dibuatOleh: p.akunId });
      await audit(tx, p, 'layar.buat', 'antrian_layar', row.id, { lokasiId, nama: row.nama });
      return { layar: keLayar(row), token, url: urlLayar(lokasi.kode, token) };
    });
  }

  /**
   * DELETE /antrian/layar/:id: revokes a device (its token stops working at once; the row stays for the audit trail).
   * Audited (`antrian.layar.cabut`).
   * @throws LAYAR_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
   */
  async function cabutLayar(p: PengelolaAntrian, id: number): Promise<void> {
    await ubah(async (tx) => {
      const layar = await repo.findLayar(tx, id);
      if (!layar || !layar.aktif) throw E.LAYAR_TIDAK_DITEMUKAN();
      await lokasiTerkelola(p, layar.lokasiId, tx);
      await repo.cabutLayar(tx, id);
      await audit(tx, p, 'layar.cabut', 'antrian_layar', id, { lokasiId: layar.lokasiId, nama: layar.nama });
    });
  }

  // ------------------------------------------------------------------------- read side for other parts

  /** A lokasi by id (no scope check: for the other antrian services), or null. Callers check `aktif`. */
  async function getLokasi(id: number): Promise<Lokasi | null> {
    const r = await satuDenganUnit(await repo.findLokasi(db, id));
    return r ? keLokasi(r) : null;
  }

  /** A lokasi by its URL slug (e.g. 'disdukcapil'), or null. Callers check `aktif`. */
  async function getLokasiByKode(kode: string): Promise<Lokasi | null> {
    const r = await satuDenganUnit(await repo.findLokasiByKode(db, kode));
    return r ? keLokasi(r) : null;
  }

  /**
   * The dates (WIB 'YYYY-MM-DD', ascending) the lokasi serves among the `jumlahHari` calendar days from
   * `dari` inclusive: weekdays with hours in `jamLayanan`, minus the city calendar (kalender.liburAntara:
   * libur nasional, cuti bersama, libur lokal, tutup darurat) and the lokasi's own closure days
   * (antrian_tutup). pelayanan.md §6 "slot generation skips closed days". Does not look at `aktif`.
   * @throws LOKASI_TIDAK_DITEMUKAN (404)
   */
  async function hariBuka(lokasiId: number, dari: string, jumlahHari: number): Promise<string[]> {
    if (jumlahHari <= 0) return [];
    const lokasi = await repo.findLokasi(db, lokasiId);
    if (!lokasi) throw E.LOKASI_TIDAK_DITEMUKAN();
    const sampai = tambahHari(dari, jumlahHari - 1);
    const libur = await kalender.liburAntara(dari, sampai);
    const tutup = await repo.tanggalTutupAntara(db, lokasiId, dari, sampai);
    return tanggalBuka(dari, jumlahHari, {
      jadwal: lokasi.jamLayanan as JadwalMingguan, libur: new Set(libur.map((l) => l.tanggal)), tutup: new Set(tutup),
    });
  }

  /**
   * Checks a display-board device token for lokasi `kode` (GET /antrian/layar/:kode?token=…): the
   * SHA-256 of the token must match an ACTIVE device of that lokasi. Updates the device's
   * `terakhirTerlihat` at most once a minute. Never throws for a wrong token.
   * @returns `{ lokasiId }`, or null for an unknown/revoked token or another lokasi's token
   */
  async function verifikasiTokenLayar(kode: string, token: string): Promise<{ lokasiId: number } | null> {
    if (!token) return null;
    const layar = await repo.findLayarAktifByToken(db, kode, hashToken(token));
    if (!layar) return null;
    await repo.tandaiLayarTerlihat(db, layar.layarId);
    return { lokasiId: layar.lokasiId };
  }

  return {
    listLokasi, detailLokasi, createLokasi, updateLokasi,
    createLayanan, updateLayanan, createSesi, updateSesi, createLoket, updateLoket,
    createTutup, removeTutup, createLayar, cabutLayar,
    getLokasi, getLokasiByKode, hariBuka, verifikasiTokenLayar,
  };
}
export type AntrianSetupService = ReturnType<typeof createAntrianSetupService>;
