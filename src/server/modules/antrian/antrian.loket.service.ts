import type {
  AlihkanBody, Antrean, AntreanEvent, LayarSnapshot, LoketSaya, PanggilEvent, PeristiwaLangsung, Prioritas, TiketLoket,
} from '../../../contracts/antrian-loket.ts';
import { STATUS_AKHIR, STATUS_DI_LOKET, TransisiDitolak, transisi, type AksiTiket, type StatusTiket } from '../../../domain/antrian/status.ts';
import { teksPanggilan } from '../../../domain/antrian/ucapan.ts';
import { urutkanAntrean } from '../../../domain/antrian/urutan.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import type { AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import { createUndangan } from '../skm/index.ts';
import { topikLokasi, type AntrianDeps } from './antrian.deps.ts';
import { LoketErrors } from './antrian.loket.errors.ts';
import { loketRepo as repo, type LokasiRow, type LoketRow, type TiketPerubahan, type TiketRow, type TiketTampil } from './antrian.loket.repository.ts';

/** The signed-in petugas (from `requireAuth`). */
export type Petugas = Pick<AuthContext, 'akunId' | 'pegawaiId' | 'opdId'>;

/** Statuses in which a ticket belongs to the loket that called it (loketId): at the counter or parked there. */
const STATUS_DIPEGANG: readonly StatusTiket[] = [...STATUS_DI_LOKET, 'ditahan'];

/** How many recent calls the board lists. */
export const JUMLAH_PANGGILAN_TERAKHIR = 10;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const keTampil = (t: TiketTampil): TiketLoket => ({
  id: t.id, nomor: t.nomor, layananId: t.layananId, layananNama: t.layananNama, kanal: t.kanal, status: t.status,
  prioritas: t.prioritas, jumlahPanggil: t.jumlahPanggil, maksPanggil: t.maksPanggil, loketId: t.loketId,
  loketTujuanId: t.loketTujuanId, antriPada: iso(t.antriPada), dipanggilPada: iso(t.dipanggilPada),
  mulaiPada: iso(t.mulaiPada), ditahanPada: iso(t.ditahanPada),
});

/** A console action on one ticket: what it needs from the ticket and what it changes. */
type Langkah = {
  aksi: AksiTiket;
  /** Where the ticket must sit: at my loket (called/served/parked by it), or anywhere in my lokasi. */
  cakupan: 'loket_saya' | 'lokasi_saya';
  /** Column changes besides the status (computed from the locked row). */
  ubah?: (t: TiketRow, k: KonteksLoket, now: Date) => TiketPerubahan;
};
type KonteksLoket = { petugas: Petugas; loket: LoketRow; lokasi: LokasiRow; layananIds: number[] };

/**
 * The counter console, call logic and display board (pelayanan.md §3.2; ADR 0008). Every use case runs
 * in one transaction: scope check (the loket's lokasi belongs to the petugas's OPD), the state machine
 * (src/domain/antrian/status.ts), the change, an `antrian_peristiwa` row, and live events on the
 * lokasi's topic (delivered after commit).
 */
export function createAntrianLoketService(deps: AntrianDeps & {
  /** The set-up service's device-token check (`setup.verifikasiTokenLayar`). */
  verifikasiTokenLayar: (kode: string, token: string) => Promise<{ lokasiId: number } | null>;
}) {
  const { db, bus } = deps;

  async function terbitkan(tx: DbOrTx, lokasiId: number, p: PeristiwaLangsung) {
    await bus.publish(tx, topikLokasi(lokasiId), p);
  }
  /**
   * Publishes the waiting counts of a lokasi's day (`antrean` event). For other parts of the module
   * (walk-in, check-in, cancel) to call inside their transaction.
   */
  async function terbitkanAntrean(tx: DbOrTx, lokasiId: number, now = new Date()): Promise<void> {
    const data: AntreanEvent = { lokasiId, menunggu: await repo.jumlahMenunggu(tx, lokasiId, tanggalWib(now)) };
    await terbitkan(tx, lokasiId, { event: 'antrean', data });
  }

  /**
   * Unit ids of the petugas's OPD (none without an OPD). Read BEFORE a use case's transaction: PGlite has
   * one connection, so a query outside the open transaction would wait for it forever.
   */
  async function unitOpd(p: Petugas): Promise<number[]> {
    return p.opdId == null ? [] : deps.org.listUnitIdOpd(p.opdId);
  }
  /** The lokasi, which must belong to a unit of the petugas's OPD. @throws LOKASI_TIDAK_DITEMUKAN | DI_LUAR_OPD (403) */
  async function pastikanLokasiOpd(tx: DbOrTx, unitIds: number[], lokasiId: number): Promise<LokasiRow> {
    const lokasi = await repo.lokasiById(tx, lokasiId);
    if (!lokasi || !lokasi.aktif) throw LoketErrors.LOKASI_TIDAK_DITEMUKAN();
    if (!unitIds.includes(lokasi.unitId)) throw LoketErrors.DI_LUAR_OPD();
    return lokasi;
  }
  /** The petugas's loket, locked for this transaction. @throws BELUM_MASUK_LOKET (409) */
  async function konteksLoket(tx: Tx, p: Petugas, unitIds: number[]): Promise<KonteksLoket> {
    const masuk = await repo.loketPetugas(tx, p.akunId, true);
    const loket = masuk ? await repo.loketById(tx, masuk.loketId) : null;
    if (!masuk || !loket) throw LoketErrors.BELUM_MASUK_LOKET();
    const lokasi = await pastikanLokasiOpd(tx, unitIds, loket.lokasiId);
    const layananIds = (await repo.layananLoket(tx, [loket.id])).get(loket.id) ?? [];
    return { petugas: p, loket, lokasi, layananIds };
  }
  /** Runs a console use case in one transaction with the petugas's loket context. */
  async function diLoket<T>(p: Petugas, fn: (tx: Tx, k: KonteksLoket) => Promise<T>): Promise<T> {
    const unitIds = await unitOpd(p);
    return db.transaction(async (tx) => fn(tx, await konteksLoket(tx, p, unitIds)));
  }

  async function panggilEvent(tx: DbOrTx, t: Pick<TiketRow, 'id' | 'nomor' | 'layananId'>, loket: LoketRow, now: Date): Promise<void> {
    const data: PanggilEvent = {
      tiketId: t.id, nomor: t.nomor, loketNomor: loket.nomor, loketNama: loket.nama, layananId: t.layananId,
      teks: teksPanggilan(t.nomor, loket.nomor), pada: now.toISOString(),
    };
    await terbitkan(tx, loket.lokasiId, { event: 'panggil', data });
  }

  /**
   * "N orang lagi" (pelayanan.md §3.2 SMS/WhatsApp notification): after a call, every waiting ticket
   * with at most `notifikasiSisa` people ahead in this loket's order, that has a phone and was not told
   * yet, gets ONE 'antrian.sisa' message (notifSisaTerkirim).
   */
  async function antrikanSisa(tx: Tx, k: KonteksLoket, urutan: TiketTampil[]) {
    const batas = k.lokasi.notifikasiSisa;
    for (const [didepan, t] of urutan.slice(0, batas + 1).entries()) {
      const enc = await repo.teleponEnc(tx, t.id);
      if (!enc || !(await repo.tandaiNotifSisa(tx, t.id))) continue;
      await deps.notifikasi.antrikan(tx, {
        kunci: `antrian:sisa:${t.id}`, templat: 'antrian.sisa', telepon: deps.dataPribadi.dekripsi(enc),
        data: { nomor: t.nomor, sisa: didepan, layanan: t.layananNama, lokasi: k.lokasi.nama, tautan: tautanTiket(t.kode) },
      });
    }
  }
  const tautanTiket = (kode: string) => new URL(`/antrian/tiket/${kode}`, deps.publicUrl ?? 'http://localhost').toString();

  /** The waiting line of the loket in call order (urutkanAntrean), today WIB. */
  async function urutanLoket(tx: DbOrTx, k: KonteksLoket, now: Date) {
    const tanggal = tanggalWib(now);
    const kandidat = await repo.kandidat(tx, { lokasiId: k.lokasi.id, tanggal, layananIds: k.layananIds, loketId: k.loket.id });
    const regulerSejakPrioritas = await repo.regulerSejakPrioritas(tx, k.lokasi.id, tanggal);
    const perId = new Map(kandidat.map((t) => [t.id, t]));
    const urut = urutkanAntrean(
      kandidat.map((t) => ({
        id: t.id, layananId: t.layananId, kanal: t.kanal, prioritas: t.prioritas !== null, sesiMulai: t.sesiMulai,
        antriPada: t.antriPada ?? new Date(0), loketTujuanId: t.loketTujuanId,
      })),
      { now, rasioPrioritas: k.lokasi.rasioPrioritas, regulerSejakPrioritas, loketId: k.loket.id },
    );
    return urut.map((u) => perId.get(u.id)!);
  }

  async function catat(tx: DbOrTx, t: Pick<TiketRow, 'id'>, aksi: AksiTiket | 'prioritas', dari: StatusTiket, ke: StatusTiket, k: KonteksLoket, now: Date, catatan?: string) {
    await repo.catatPeristiwa(tx, { tiketId: t.id, aksi, dari, ke, akunId: k.petugas.akunId, loketId: k.loket.id, catatan, pada: now });
  }

  /** The state machine's refusal as a 409 naming ticket, status and action. */
  function keStatus(t: TiketRow, aksi: AksiTiket): StatusTiket {
    try {
      return transisi(t.status, aksi, t.nomor);
    } catch (e) {
      if (e instanceof TransisiDitolak) throw LoketErrors.TRANSISI_DITOLAK(`${e.message}.`);
      throw e;
    }
  }

  /**
   * Loads and locks a ticket of my lokasi. For `loket_saya` the ticket must be held by my loket
   * (dipanggil, dilayani or ditahan there): a waiting ticket is nobody's to act on but the call order's
   * (so `alihkan` cannot pull or push a waiting citizen, ADR 0008). Finished tickets pass on to the
   * state machine, which names their status in the refusal.
   * @throws TIKET_TIDAK_DITEMUKAN (404) | BUKAN_TIKET_LOKET_INI (409)
   */
  async function tiketDalamCakupan(tx: Tx, k: KonteksLoket, tiketId: number, cakupan: Langkah['cakupan']): Promise<TiketRow> {
    const t = await repo.tiketUntukUbah(tx, tiketId);
    if (!t || t.lokasiId !== k.lokasi.id) throw LoketErrors.TIKET_TIDAK_DITEMUKAN();
    if (cakupan === 'loket_saya' && !STATUS_AKHIR.includes(t.status)) {
      const dipegang = STATUS_DIPEGANG.includes(t.status);
      if (!dipegang) throw LoketErrors.BUKAN_TIKET_LOKET_INI(`Tiket ${t.nomor} masih menunggu dan belum dipanggil loket Anda.`);
      if (t.loketId !== k.loket.id) throw LoketErrors.BUKAN_TIKET_LOKET_INI(`Tiket ${t.nomor} sedang ditangani loket lain.`);
    }
    return t;
  }

  /**
   * One transition on one ticket: lock, check, change, record, publish. The recall limit turns a
   * recall or skip past `maksPanggil` into `tidak_hadir` (pelayanan.md §3.2 "No-show handling").
   */
  async function langkah(p: Petugas, tiketId: number, l: Langkah, now: Date): Promise<TiketLoket> {
    return diLoket(p, async (tx, k) => langkahDalam(tx, k, await tiketDalamCakupan(tx, k, tiketId, l.cakupan), l, now));
  }
  /** {@link langkah} inside an open transaction on an already locked ticket `t`. */
  async function langkahDalam(tx: Tx, k: KonteksLoket, t: TiketRow, l: Langkah, now: Date): Promise<TiketLoket> {
    const habis = (l.aksi === 'panggil_ulang' || l.aksi === 'lewati') && t.status === 'dipanggil' && t.jumlahPanggil >= k.lokasi.maksPanggil;
    const aksi: AksiTiket = habis ? 'tidak_hadir' : l.aksi;
    const ke = keStatus(t, aksi);
    const set = { status: ke, ...(habis ? {} : l.ubah?.(t, k, now)) };
    const baru = await repo.ubah(tx, t.id, t.status, set);
    if (!baru) throw LoketErrors.TRANSISI_DITOLAK(`Tiket ${t.nomor} baru saja diubah di perangkat lain; muat ulang.`);
    await catat(tx, t, aksi, t.status, ke, k, now);
    if (aksi === 'panggil_ulang') await panggilEvent(tx, baru, k.loket, now);
    if (aksi === 'selesai') await setelahSelesai(tx, baru, k);
    await terbitkan(tx, k.lokasi.id, { event: 'tiket', data: { tiketId: t.id, status: ke } });
    if (ke === 'menunggu' || t.status === 'menunggu') await terbitkanAntrean(tx, k.lokasi.id, now);
    return keTampil((await repo.tiketTampil(tx, t.id))!);
  }

  /**
   * After `selesai`: ONE SKM invitation for the service event (createUndangan, sumber 'antrian',
   * sumberRef = ticket id; PermenPANRB 14/2017, pelayanan.md §1.6) whose raw token is kept on the ticket
   * for the ticket page, and an 'antrian.survei' message with the link when the ticket has a phone.
   * No active survey for the unit → no invitation, no error.
   */
  async function setelahSelesai(tx: Tx, t: TiketRow, k: KonteksLoket) {
    const layanan = await repo.layananById(tx, t.layananId);
    let undangan: { token: string; tautan: string };
    try {
      undangan = await createUndangan(tx, {
        unitId: k.lokasi.unitId, layanan: layanan?.nama ?? null, sumber: 'antrian', sumberRef: String(t.id),
        konteks: { lokasi: k.lokasi.nama, layanan: layanan?.nama, loket: k.loket.nama, petugas: k.petugas.pegawaiId ?? k.petugas.akunId },
      });
    } catch (e) {
      if (e instanceof AppError && ['SURVEI_AKTIF_TIDAK_ADA', 'UNDANGAN_SUDAH_ADA'].includes(e.code)) return;
      throw e;
    }
    await repo.ubah(tx, t.id, 'selesai', { undanganToken: undangan.token });
    if (!t.teleponEnc) return;
    await deps.notifikasi.antrikan(tx, {
      kunci: `antrian:survei:${t.id}`, templat: 'antrian.survei', telepon: deps.dataPribadi.dekripsi(t.teleponEnc),
      data: { nomor: t.nomor, layanan: layanan?.nama ?? null, lokasi: k.lokasi.nama, tautan: new URL(undangan.tautan, deps.publicUrl ?? 'http://localhost').toString() },
    });
  }

  /**
   * GET /antrian/loket/saya — lokasi/loket options of the petugas's OPD (who sits at each loket), the
   * loket they are signed in to, the ticket called/served there and the tickets parked there.
   */
  async function saya(p: Petugas): Promise<LoketSaya> {
    const lokasi = await repo.lokasiAktifDariUnit(db, await unitOpd(p));
    const ids = lokasi.map((l) => l.id);
    const [loket, layanan, masuk] = await Promise.all([repo.loketAktifLokasi(db, ids), repo.layananAktifLokasi(db, ids), repo.loketPetugas(db, p.akunId)]);
    const [layananLoket, petugas] = await Promise.all([repo.layananLoket(db, loket.map((l) => l.id)), repo.petugasLoket(db, loket.map((l) => l.id))]);
    const loketSaya = masuk ? loket.find((l) => l.id === masuk.loketId) ?? null : null;
    const [tiketSaya, ditahan] = loketSaya
      ? await Promise.all([repo.tiketAktifLoket(db, loketSaya.id), repo.tiketDitahanLoket(db, loketSaya.id)])
      : [null, []];
    return {
      lokasi: lokasi.map((l) => ({
        id: l.id, kode: l.kode, nama: l.nama, maksPanggil: l.maksPanggil,
        loket: loket.filter((x) => x.lokasiId === l.id).map((x) => ({
          id: x.id, nomor: x.nomor, nama: x.nama, layananIds: layananLoket.get(x.id) ?? [], petugas: petugas.get(x.id) ?? null,
        })),
        layanan: layanan.filter((x) => x.lokasiId === l.id).map(({ id, nama, prefix }) => ({ id, nama, prefix })),
      })),
      loketSaya: loketSaya
        ? { id: loketSaya.id, lokasiId: loketSaya.lokasiId, nomor: loketSaya.nomor, nama: loketSaya.nama, layananIds: layananLoket.get(loketSaya.id) ?? [] }
        : null,
      tiketSaya: tiketSaya ? keTampil(tiketSaya) : null,
      ditahan: ditahan.map(keTampil),
    };
  }

  /** The active lokasi with this kode (public stream). @throws LOKASI_TIDAK_DITEMUKAN */
  async function lokasiPublik(kode: string): Promise<{ id: number; kode: string; nama: string }> {
    const l = await repo.lokasiByKode(db, kode);
    if (!l) throw LoketErrors.LOKASI_TIDAK_DITEMUKAN();
    return { id: l.id, kode: l.kode, nama: l.nama };
  }

  /**
   * Display-board authorisation: the device token (from `?token=`) must be an active antrian_layar of
   * the lokasi (checked by the set-up service, which marks the device as seen).
   * @throws LOKASI_TIDAK_DITEMUKAN (404) | TOKEN_LAYAR_TIDAK_VALID (401)
   */
  async function verifikasiLayar(kode: string, token: string): Promise<{ id: number; kode: string; nama: string }> {
    const lokasi = await lokasiPublik(kode);
    if ((await deps.verifikasiTokenLayar(kode, token))?.lokasiId !== lokasi.id) throw LoketErrors.TOKEN_LAYAR_TIDAK_VALID();
    return lokasi;
  }

  /**
   * The validated target of a transfer: an active layanan of my lokasi (default: the ticket's own) and,
   * when given, an active loket of my lokasi that serves it.
   * @throws TUJUAN_TIDAK_VALID (400, field layananId | loketId)
   */
  async function tujuanAlihkan(tx: Tx, k: KonteksLoket, t: TiketRow, body: AlihkanBody): Promise<{ layananId: number; loketId: number | null }> {
    const layananId = body.layananId ?? t.layananId;
    const layanan = await repo.layananById(tx, layananId);
    if (!layanan || !layanan.aktif || layanan.lokasiId !== k.lokasi.id) {
      throw LoketErrors.TUJUAN_TIDAK_VALID('Layanan tujuan tidak ada di lokasi ini.', [{ field: 'layananId', message: 'pilih layanan yang aktif di lokasi ini' }]);
    }
    if (body.loketId === undefined) {
      if (layananId === t.layananId) throw LoketErrors.TUJUAN_TIDAK_VALID('Pilih layanan lain atau loket tujuan.', [{ field: 'layananId', message: 'pilih layanan lain' }]);
      return { layananId, loketId: null };
    }
    const loket = await repo.loketById(tx, body.loketId);
    const melayani = (await repo.layananLoket(tx, [body.loketId])).get(body.loketId) ?? [];
    if (!loket || !loket.aktif || loket.lokasiId !== k.lokasi.id || !melayani.includes(layananId)) {
      throw LoketErrors.TUJUAN_TIDAK_VALID(`Loket tujuan tidak melayani ${layanan.nama}.`, [{ field: 'loketId', message: 'pilih loket yang melayani layanan ini' }]);
    }
    return { layananId, loketId: body.loketId };
  }

  /**
   * Whether a board stream's device token is still an active antrian_layar of the lokasi (re-checked at
   * every ping of the stream: a revoked device loses its stream within one ping interval, ADR 0008).
   */
  async function layarMasihBerlaku(kode: string, token: string): Promise<boolean> {
    return (await deps.verifikasiTokenLayar(kode, token)) !== null;
  }

  return {
    terbitkanAntrean,
    saya,
    lokasiPublik,
    verifikasiLayar,
    layarMasihBerlaku,

    /**
     * POST /antrian/loket/masuk — signs the petugas in to a loket of their OPD. Idempotent for the same
     * loket. Takes over nothing silently.
     * @throws LOKET_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | LOKET_DIPAKAI (409, names the holder)
     *   | SUDAH_DI_LOKET_LAIN (409)
     */
    async masuk(p: Petugas, loketId: number): Promise<LoketSaya> {
      const unitIds = await unitOpd(p);
      await db.transaction(async (tx) => {
        const loket = await repo.loketById(tx, loketId);
        if (!loket || !loket.aktif) throw LoketErrors.LOKET_TIDAK_DITEMUKAN();
        await pastikanLokasiOpd(tx, unitIds, loket.lokasiId);
        const sekarang = await repo.loketPetugas(tx, p.akunId);
        if (sekarang?.loketId === loketId) return;
        if (sekarang) {
          const lain = await repo.loketById(tx, sekarang.loketId);
          throw LoketErrors.SUDAH_DI_LOKET_LAIN(`Anda masih masuk di ${lain?.nama ?? 'loket lain'}. Keluar dari loket itu terlebih dahulu.`);
        }
        if (!(await repo.masuk(tx, { loketId, akunId: p.akunId, pegawaiId: p.pegawaiId }))) {
          const pemegang = (await repo.petugasLoket(tx, [loketId])).get(loketId);
          throw LoketErrors.LOKET_DIPAKAI(`${loket.nama} sedang dipakai oleh ${pemegang?.nama ?? 'petugas lain'}. Minta petugas itu keluar terlebih dahulu.`);
        }
      });
      return saya(p);
    },

    /**
     * POST /antrian/loket/keluar — signs out (no-op when not signed in).
     * @throws MASIH_MELAYANI (409) while a ticket is called/served at the loket
     */
    async keluar(p: Petugas): Promise<LoketSaya> {
      await db.transaction(async (tx) => {
        const masuk = await repo.loketPetugas(tx, p.akunId, true);
        if (!masuk) return;
        if (await repo.tiketAktifLoket(tx, masuk.loketId)) throw LoketErrors.MASIH_MELAYANI();
        await repo.keluar(tx, p.akunId);
      });
      return saya(p);
    },

    /** GET /antrian/loket/antrean — my loket's waiting line in call order (no personal data). */
    async antrean(p: Petugas, now = new Date()): Promise<Antrean> {
      return diLoket(p, async (tx, k) => {
        const urut = await urutanLoket(tx, k, now);
        return {
          items: urut.map((t) => ({
            id: t.id, nomor: t.nomor, layananId: t.layananId, layananNama: t.layananNama, kanal: t.kanal, prioritas: t.prioritas,
            untukLoketIni: t.loketTujuanId === k.loket.id,
            menungguMenit: Math.max(0, Math.floor((now.getTime() - (t.antriPada?.getTime() ?? now.getTime())) / 60_000)),
          })),
        };
      });
    },

    /**
     * POST /antrian/loket/panggil — calls the next ticket for my loket, in ONE transaction: the waiting
     * line (status menunggu, today WIB, my lokasi, my loket's layanan, loketTujuanId null or mine) in
     * urutkanAntrean order, then claims the first one still waiting with an atomic conditional UPDATE —
     * two consoles calling at the same instant never get the same ticket. Then: peristiwa, events
     * (panggil, tiket, antrean) and "N orang lagi" messages.
     * @throws BELUM_MASUK_LOKET | MASIH_MELAYANI (409) | ANTRIAN_KOSONG (404)
     */
    async panggil(p: Petugas, now = new Date()): Promise<TiketLoket> {
      return diLoket(p, async (tx, k) => {
        if (await repo.tiketAktifLoket(tx, k.loket.id)) throw LoketErrors.MASIH_MELAYANI();
        const urut = await urutanLoket(tx, k, now);
        for (const [i, calon] of urut.entries()) {
          const t = await repo.klaim(tx, calon.id, { loketId: k.loket.id, akunId: p.akunId, pegawaiId: p.pegawaiId, now });
          if (!t) continue;
          await catat(tx, t, 'panggil', 'menunggu', 'dipanggil', k, now);
          await panggilEvent(tx, t, k.loket, now);
          await terbitkan(tx, k.lokasi.id, { event: 'tiket', data: { tiketId: t.id, status: 'dipanggil' } });
          await terbitkanAntrean(tx, k.lokasi.id, now);
          await antrikanSisa(tx, k, urut.slice(i + 1));
          return keTampil((await repo.tiketTampil(tx, t.id))!);
        }
        throw LoketErrors.ANTRIAN_KOSONG();
      });
    },

    /** POST …/tiket/:id/panggil-ulang — recall (jumlahPanggil + 1); past `maksPanggil` → tidak_hadir. */
    panggilUlang: (p: Petugas, id: number, now = new Date()) => langkah(p, id, {
      aksi: 'panggil_ulang', cakupan: 'loket_saya',
      ubah: (t) => ({ jumlahPanggil: t.jumlahPanggil + 1, panggilTerakhirPada: now }),
    }, now),
    /** POST …/tiket/:id/mulai — dipanggil → dilayani (mulaiPada). */
    mulai: (p: Petugas, id: number, now = new Date()) => langkah(p, id, { aksi: 'mulai', cakupan: 'loket_saya', ubah: () => ({ mulaiPada: now }) }, now),
    /** POST …/tiket/:id/selesai — dilayani → selesai (selesaiPada) + SKM invitation + 'antrian.survei'. */
    selesai: (p: Petugas, id: number, now = new Date()) => langkah(p, id, { aksi: 'selesai', cakupan: 'loket_saya', ubah: () => ({ selesaiPada: now }) }, now),
    /** POST …/tiket/:id/tahan — park (dipanggil/dilayani → ditahan, ditahanPada); expires after maksTahanMenit. */
    tahan: (p: Petugas, id: number, now = new Date()) => langkah(p, id, { aksi: 'tahan', cakupan: 'loket_saya', ubah: () => ({ ditahanPada: now }) }, now),
    /** POST …/tiket/:id/lanjutkan — ditahan → menunggu at the front of MY loket (loketTujuanId = my loket). */
    lanjutkan: (p: Petugas, id: number, now = new Date()) => langkah(p, id, {
      aksi: 'lanjutkan', cakupan: 'loket_saya', ubah: (_t, k) => ({ loketTujuanId: k.loket.id, antriPada: now }),
    }, now),
    /** POST …/tiket/:id/lewati — skip: back to the end of the line; past `maksPanggil` calls → tidak_hadir. */
    lewati: (p: Petugas, id: number, now = new Date()) => langkah(p, id, {
      aksi: 'lewati', cakupan: 'loket_saya', ubah: () => ({ antriPada: now, loketTujuanId: null }),
    }, now),

    /**
     * POST …/tiket/:id/alihkan `{ layananId?, loketId? }` — "this citizen actually needs service X":
     * transfers a ticket MY loket holds (dipanggil, dilayani or ditahan here; a waiting ticket cannot be
     * pulled or pushed, BUKAN_TIKET_LOKET_INI) to another layanan of the same lokasi and/or to a specific
     * loket (which must serve the ticket's layanan). The ticket keeps its printed nomor. Its place (ADR
     * 0008): without a loket it re-enters the other line at its ORIGINAL arrival time (checkInPada, the
     * first check-in; antriPada when unknown), not at the front nor the back; with a loket, that loket
     * calls it next (loketTujuanId, antriPada = now). Audited (`antrian.tiket.alihkan`: from/to layanan
     * and loket ids) in the same transaction.
     * @throws TUJUAN_TIDAK_VALID (400) | TIKET_TIDAK_DITEMUKAN (404) | BUKAN_TIKET_LOKET_INI | TRANSISI_DITOLAK (409)
     */
    async alihkan(p: Petugas, id: number, body: AlihkanBody, now = new Date()): Promise<TiketLoket> {
      return diLoket(p, async (tx, k) => {
        const t = await tiketDalamCakupan(tx, k, id, 'loket_saya');
        const tujuan = await tujuanAlihkan(tx, k, t, body);
        const hasil = await langkahDalam(tx, k, t, {
          aksi: 'alihkan', cakupan: 'loket_saya',
          // A transferred ticket keeps its printed nomor; nomorUrut (unique per layanan and day) becomes −id
          // so it cannot collide with the target layanan's own numbers (ADR 0008).
          ubah: () => ({
            layananId: tujuan.layananId, loketTujuanId: tujuan.loketId,
            antriPada: tujuan.loketId === null ? t.checkInPada ?? t.antriPada ?? now : now,
            ...(tujuan.layananId !== t.layananId ? { nomorUrut: -t.id } : {}),
          }),
        }, now);
        await recordAudit(tx, {
          akunId: p.akunId, aksi: 'antrian.tiket.alihkan', entitas: 'antrian_tiket', entitasId: t.id,
          data: { dariLayananId: t.layananId, keLayananId: tujuan.layananId, dariLoketId: k.loket.id, keLoketId: tujuan.loketId },
        });
        return hasil;
      });
    },

    /**
     * POST …/tiket/:id/prioritas `{ prioritas }` — sets or clears the priority group of a ticket of my
     * lokasi that is not finished (UU 25/2009 Pasal 29). Audited: who set it (akunId) and from/to.
     */
    async aturPrioritas(p: Petugas, id: number, prioritas: Prioritas | null, now = new Date()): Promise<TiketLoket> {
      return diLoket(p, async (tx, k) => {
        const t = await tiketDalamCakupan(tx, k, id, 'lokasi_saya');
        if (!['dipesan', 'menunggu', 'dipanggil', 'dilayani', 'ditahan'].includes(t.status)) {
          throw LoketErrors.TRANSISI_DITOLAK(`Tiket ${t.nomor} sudah tidak aktif; prioritas tidak dapat diubah.`);
        }
        await repo.ubah(tx, t.id, t.status, { prioritas, prioritasOleh: p.akunId });
        await catat(tx, t, 'prioritas', t.status, t.status, k, now, prioritas ?? 'tanpa prioritas');
        await recordAudit(tx, {
          akunId: p.akunId, aksi: 'antrian.prioritas', entitas: 'antrian_tiket', entitasId: t.id,
          data: { nomor: t.nomor, dari: t.prioritas, ke: prioritas },
        });
        if (t.status === 'menunggu') await terbitkanAntrean(tx, k.lokasi.id, now);
        return keTampil((await repo.tiketTampil(tx, t.id))!);
      });
    },

    /**
     * Job: parked tickets (ditahan) older than their lokasi's `maksTahanMenit` become kedaluwarsa
     * (pelayanan.md §3.2 "Hold/park … with a maximum hold time"). Safe to run from several processes.
     * @returns how many tickets expired
     */
    async kadaluarsakanTahanan(now = new Date()): Promise<number> {
      return db.transaction(async (tx) => {
        const lewat = await repo.tahananLewatBatas(tx, now);
        for (const t of lewat) {
          if (!(await repo.ubah(tx, t.id, 'ditahan', { status: 'kedaluwarsa' }))) continue;
          await repo.catatPeristiwa(tx, { tiketId: t.id, aksi: 'kedaluwarsa', dari: 'ditahan', ke: 'kedaluwarsa', loketId: t.loket_id, catatan: 'batas waktu tahan', pada: now });
          await terbitkan(tx, t.lokasi_id, { event: 'tiket', data: { tiketId: t.id, status: 'kedaluwarsa' } });
        }
        return lewat.length;
      });
    },

    /**
     * The lokasi behind a console stream: the petugas's signed-in loket's lokasi, else their OPD's
     * first lokasi. null when they have none.
     */
    async lokasiStreamPetugas(p: Petugas): Promise<number | null> {
      const masuk = await repo.loketPetugas(db, p.akunId);
      if (masuk) return (await repo.loketById(db, masuk.loketId))?.lokasiId ?? null;
      const [l] = await repo.lokasiAktifDariUnit(db, await unitOpd(p));
      return l?.id ?? null;
    },

    /**
     * GET /antrian/layar/:kode?token= — the board's snapshot: lokasi, each active loket with what it
     * calls/serves now, the last 10 calls today, waiting counts per layanan, server time.
     */
    async layar(kode: string, token: string, now = new Date()): Promise<LayarSnapshot> {
      const lokasi = await verifikasiLayar(kode, token);
      const tanggal = tanggalWib(now);
      const [loket, aktif, terakhir, layanan, menunggu] = await Promise.all([
        repo.loketAktifLokasi(db, [lokasi.id]), repo.tiketAktifLokasi(db, lokasi.id),
        repo.panggilanTerakhir(db, lokasi.id, tanggal, JUMLAH_PANGGILAN_TERAKHIR), repo.layananAktifLokasi(db, [lokasi.id]),
        repo.jumlahMenunggu(db, lokasi.id, tanggal),
      ]);
      return {
        lokasi,
        loket: loket.map((l) => {
          const t = aktif.find((x) => x.loketId === l.id);
          return { id: l.id, nomor: l.nomor, nama: l.nama, tiket: t ? { id: t.id, nomor: t.nomor, status: t.status } : null };
        }),
        panggilanTerakhir: terakhir.map((c) => ({
          tiketId: c.tiketId, nomor: c.nomor, loketNomor: c.loketNomor, loketNama: c.loketNama, layananId: c.layananId,
          teks: teksPanggilan(c.nomor, c.loketNomor), pada: c.pada.toISOString(),
        })),
        menunggu: layanan.map((x) => ({ layananId: x.id, nama: x.nama, prefix: x.prefix, jumlah: menunggu[String(x.id)] ?? 0 })),
        waktuServer: now.toISOString(),
      };
    },

    /** Subscribes to a lokasi's live events; returns the unsubscribe function. */
    dengarkan(lokasiId: number, cb: (p: PeristiwaLangsung) => void): () => void {
      return bus.subscribe(topikLokasi(lokasiId), (d) => cb(d as PeristiwaLangsung));
    },
  };
}
export type AntrianLoketService = ReturnType<typeof createAntrianLoketService>;
