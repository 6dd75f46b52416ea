import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashToken } from '../../plugins/auth.ts';
import QRCode from 'qrcode';
import type { BookingBody, Prioritas, TiketPublik } from '../../../contracts/antrian.ts';
import { KODE_TIKET_ALFABET } from '../../../contracts/antrian.ts';
import { tautanUndangan } from '../../../contracts/skm.ts';
import { jendelaCheckIn, statusCheckIn, type JendelaCheckIn } from '../../../domain/antrian/check-in.ts';
import { estimasiTunggu } from '../../../domain/antrian/estimasi.ts';
import { lokasiBuka, tanggalBuka, type OpsiJadwalLokasi } from '../../../domain/antrian/jadwal.ts';
import { formatNomor } from '../../../domain/antrian/nomor.ts';
import { jadwalPengingat } from '../../../domain/antrian/pengingat.ts';
import { pesanTransisiDitolak } from '../../../domain/antrian/status.ts';
import { urutkanAntrean, type KandidatTiket } from '../../../domain/antrian/urutan.ts';
import { intervalKerjaPada, waktuWib, type JadwalMingguan } from '../../../domain/shared/hari-kerja.ts';
import { samarkanNik, validasiNik } from '../../../domain/shared/nik.ts';
import { tambahBulan, tambahHari, tanggalWib } from '../../../domain/shared/tanggal.ts';
import { normalisasiTelepon } from '../../../domain/shared/telepon.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { FieldError } from '../../lib/app-error.ts';
import { akhir } from '../../lib/data-pribadi.ts';
import { pelanggaranUnik } from '../../lib/pg-error.ts';
import type { AntrianDeps } from './antrian.deps.ts';
import { topikLokasi } from './antrian.deps.ts';
import { TiketErrors as E } from './antrian.tiket.errors.ts';
import * as repo from './antrian.tiket.repository.ts';
import { KUNCI, type LayananRow, type LokasiRow, type SesiRow, type TiketRow } from './antrian.tiket.repository.ts';

/** The signed-in petugas at the kiosk (route handlers pass `requireAuth(req)`). */
export type PetugasKiosk = { akunId: number; opdId: number | null };

/** Name of the partial unique index "one active booking per NIK, layanan and day" (antrian.table.ts). */
const INDEKS_NIK_AKTIF = 'antrian_tiket_nik_aktif_uq';
/** Statuses a citizen may still cancel from (before being called, pelayanan.md §3.2 CANCELLED). */
const BOLEH_BATAL: readonly repo.StatusTiket[] = ['dipesan', 'menunggu'];
const KECAMATAN_CACHE_MS = 10 * 60_000;
const PANJANG_KODE = 10;
const PANJANG_TANDA_QR = 22;

/** A random booking code from an alphabet without 0/O, 1/I (easy to read out and type). */
function kodeAcak(): string {
  const b = randomBytes(PANJANG_KODE);
  let s = '';
  for (const x of b) s += KODE_TIKET_ALFABET[x % KODE_TIKET_ALFABET.length];
  return s;
}

const jamWib = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);

/**
 * Citizen side of the queue (pelayanan.md §3): online booking, the ticket page, cancel/reschedule, the
 * office kiosk (walk-in tickets, check-in) and the expiry job. Personal data (UU 27/2022, §5.2): the NIK
 * and phone are stored encrypted with a keyed hash for uniqueness; responses carry only `nikSamaran`;
 * QR payloads, events and notifications never hold the NIK.
 */
/**
 * Active bookings one phone number may hold for one visit date, over all layanan (pelayanan.md §3.2
 * "Per-NIK limits … guards against bot/calo abuse"): a NIK has no check digit, so valid-looking NIKs are
 * easy to invent; the phone is the harder resource. 5 leaves room for a parent booking for a family.
 */
export const MAKS_AKTIF_PER_TELEPON = 5;

/** Months a booking's personal data is kept after the visit date (the privacy notice on the booking form). */
export const BULAN_SIMPAN_DATA_PRIBADI = 12;


export function createAntrianTiketService(deps: AntrianDeps) {
  const { db } = deps;
  const cacheStatus = createCacheStatus(deps);

  // ------------------------------------------------------------------ helpers

  /** Calendar of a lokasi between two WIB dates: weekly hours, city holidays, local closures. */
  async function opsiJadwal(lokasi: LokasiRow, dari: string, sampai: string): Promise<OpsiJadwalLokasi> {
    const [libur, tutup] = await Promise.all([deps.kalender.liburAntara(dari, sampai), repo.listTutup(db, lokasi.id, dari, sampai)]);
    return { jadwal: lokasi.jamLayanan as JadwalMingguan, libur: new Set(libur.map((l) => l.tanggal)), tutup: new Set(tutup) };
  }

  /** The dates a citizen may book now: open dates among the next `hariPesanKeDepan` days from today (WIB). */
  async function tanggalPesan(lokasi: LokasiRow, now: Date): Promise<string[]> {
    const hariIni = tanggalWib(now);
    const sampai = tambahHari(hariIni, lokasi.hariPesanKeDepan - 1);
    return tanggalBuka(hariIni, lokasi.hariPesanKeDepan, await opsiJadwal(lokasi, hariIni, sampai));
  }

  const jendelaSesi = (lokasi: LokasiRow, tanggal: string, sesi: Pick<SesiRow, 'mulai'>): JendelaCheckIn =>
    jendelaCheckIn(waktuWib(tanggal, sesi.mulai), lokasi.checkInSebelumMenit, lokasi.checkInSesudahMenit);

  let kecamatan: { set: Promise<Set<string>>; sampai: number } | null = null;
  /** Known Tanjungbalai kecamatan codes (6 digits) from the wilayah table (cached); no check while it is empty. */
  async function kecamatanDikenal(now: Date): Promise<((kode6: string) => boolean) | undefined> {
    if (!kecamatan || kecamatan.sampai < now.getTime()) {
      const set = deps.org.getWilayah().then((w) => new Set(w.kecamatan.map((k) => k.kode.replaceAll('.', ''))));
      kecamatan = { set, sampai: now.getTime() + KECAMATAN_CACHE_MS };
      set.catch(() => { kecamatan = null; });
    }
    const set = await kecamatan.set;
    return set.size > 0 ? (k) => set.has(k) : undefined;
  }

  async function layananAktif(layananId: number) {
    const r = await repo.findLayanan(db, layananId);
    if (!r || !r.layanan.aktif || !r.lokasi.aktif) throw E.LAYANAN_TIDAK_DITEMUKAN();
    return r;
  }

  /**
   * Checks a requested (tanggal, sesi) of a layanan: an open date within the booking horizon and an
   * active session of that layanan whose check-in window has not closed. Field errors, never throws.
   */
  async function periksaSlot(lokasi: LokasiRow, layanan: LayananRow, tanggal: string, sesiId: number, now: Date) {
    const errors: FieldError[] = [];
    if (!(await tanggalPesan(lokasi, now)).includes(tanggal)) {
      errors.push({ field: 'tanggal', message: 'Tanggal ini tidak tersedia untuk pemesanan (hari libur, tutup, sudah lewat, atau terlalu jauh).' });
    }
    const sesi = await repo.findSesi(db, sesiId);
    if (!sesi || sesi.layananId !== layanan.id || !sesi.aktif) {
      errors.push({ field: 'sesiId', message: 'Sesi tidak tersedia untuk layanan ini.' });
    } else if (errors.length === 0 && statusCheckIn(now, jendelaSesi(lokasi, tanggal, sesi)) === 'terlambat') {
      errors.push({ field: 'sesiId', message: 'Sesi ini sudah berlalu. Silakan pilih sesi berikutnya.' });
    }
    return { errors, sesi };
  }

  /** Reserves one online place of the day and one of the session, atomically (one statement); ANTRIAN_PENUH otherwise. */
  async function pakaiTempatOnline(tx: DbOrTx, layanan: LayananRow, sesi: SesiRow, tanggal: string) {
    const ada = await repo.pakaiKuotaSemua(tx, [
      { layananId: layanan.id, tanggal, kunci: KUNCI.online, kapasitas: layanan.kuotaOnline },
      { layananId: layanan.id, tanggal, kunci: KUNCI.sesi(sesi.id), kapasitas: sesi.kapasitas },
    ]);
    if (!ada) throw E.ANTRIAN_PENUH();
  }

  async function lepasTempat(tx: DbOrTx, t: TiketRow) {
    if (t.kanal === 'walkin') return repo.lepasKuota(tx, t.layananId, t.tanggal, KUNCI.walkin);
    await repo.lepasKuota(tx, t.layananId, t.tanggal, KUNCI.online);
    if (t.sesiId) await repo.lepasKuota(tx, t.layananId, t.tanggal, KUNCI.sesi(t.sesiId));
  }

  /** Live events after a ticket changed (no personal data): its status and the lokasi's waiting counts. */
  async function umumkan(tx: DbOrTx, t: Pick<TiketRow, 'id' | 'lokasiId' | 'tanggal' | 'status'>) {
    await deps.bus.publish(tx, topikLokasi(t.lokasiId), { event: 'tiket', data: { tiketId: t.id, status: t.status } });
    const menunggu = await repo.hitungMenunggu(tx, t.lokasiId, t.tanggal);
    await deps.bus.publish(tx, topikLokasi(t.lokasiId), { event: 'antrean', data: { lokasiId: t.lokasiId, menunggu } });
  }

  /** The ticket's layanan, lokasi and session (when the caller already has them, no query). */
  type KonteksTiket = { layanan: LayananRow; lokasi: LokasiRow; sesi: SesiRow | null };
  async function konteksTiket(tx: DbOrTx, t: TiketRow): Promise<KonteksTiket | null> {
    const r = await repo.findLayanan(tx, t.layananId);
    if (!r) return null;
    return { ...r, sesi: t.sesiId ? await repo.findSesi(tx, t.sesiId) : null };
  }

  /** Notification data of a ticket: ticket facts only, never the NIK. */
  async function dataPesan(tx: DbOrTx, t: TiketRow, k?: KonteksTiket | null) {
    const r = k && k.layanan.id === t.layananId && (k.sesi?.id ?? null) === t.sesiId ? k : await konteksTiket(tx, t);
    const sesi = r?.sesi ?? null;
    const jendela = r && sesi && t.kanal === 'online' ? jendelaSesi(r.lokasi, t.tanggal, sesi) : null;
    return {
      nomor: t.nomor, kode: t.kode, tanggal: t.tanggal, layanan: r?.layanan.nama ?? '', lokasi: r?.lokasi.nama ?? '',
      sesi: sesi ? `${sesi.mulai}–${sesi.selesai}` : null, tautan: `${deps.publicUrl ?? ''}/antrian/tiket/${t.kode}`,
      checkInBuka: jendela ? jamWib(jendela.buka) : null, checkInTutup: jendela ? jamWib(jendela.tutup) : null,
    };
  }

  const teleponDari = (t: TiketRow) => (t.teleponEnc ? deps.dataPribadi.dekripsi(t.teleponEnc) : null);

  /** Confirmation now and the reminder (16:00 WIB the day before, or 07:00 WIB on the day; skipped when past). */
  async function antrikanKonfirmasi(tx: DbOrTx, t: TiketRow, telepon: string | null, templat: 'antrian.konfirmasi' | 'antrian.jadwal_ulang', now: Date, k?: KonteksTiket) {
    const data = await dataPesan(tx, t, k);
    const versi = `${t.tanggal}:${t.sesiId ?? 0}`;
    await deps.notifikasi.antrikan(tx, { kunci: `${templat}:${t.id}:${versi}`, templat, telepon, data });
    const jadwal = jadwalPengingat(t.tanggal, now);
    if (jadwal) await deps.notifikasi.antrikan(tx, { kunci: `antrian.pengingat:${t.id}:${versi}`, templat: 'antrian.pengingat', telepon, data, jadwal });
  }

  /** Survey link of a finished ticket: the SKM invitation page (skm contracts `tautanUndangan`). */
  function tautanSurvei(t: TiketRow): { tautan: string } | null {
    if (t.status !== 'selesai' || !t.undanganToken) return null;
    // The invitation page resolves the survey from the token alone; the path segment is informative.
    return { tautan: t.undanganToken.startsWith('/') ? t.undanganToken : tautanUndangan('undangan', t.undanganToken) };
  }

  /**
   * Position in the call order of the ticket's layanan ("N orang lagi" = tickets called before it), by
   * the loket package's `urutkanAntrean` (appointments whose session started, fair priority interleaving).
   */
  async function posisiTiket(t: TiketRow, lokasi: LokasiRow, now: Date): Promise<number> {
    const [rows, sejak] = await Promise.all([
      repo.listMenungguLayanan(db, t.layananId, t.tanggal), repo.regulerSejakPrioritas(db, lokasi.id, t.tanggal),
    ]);
    const kandidat: KandidatTiket[] = rows.map((r) => ({
      id: r.id, layananId: r.layananId, kanal: r.kanal, prioritas: r.prioritas !== null,
      sesiMulai: r.sesiMulai ? waktuWib(r.tanggal, r.sesiMulai) : null, antriPada: r.antriPada ?? r.dibuatPada,
      loketTujuanId: r.loketTujuanId,
    }));
    const urutan = urutkanAntrean(kandidat, { now, rasioPrioritas: lokasi.rasioPrioritas, regulerSejakPrioritas: sejak });
    return Math.max(0, urutan.findIndex((k) => k.id === t.id));
  }

  async function antreanTiket(t: TiketRow, lokasi: LokasiRow, layanan: LayananRow, now: Date) {
    if (t.status !== 'menunggu') return { posisi: null, estimasi: null };
    const [posisi, rata, loketAktif] = await Promise.all([
      posisiTiket(t, lokasi, now), repo.rataRataMenitLayanan(db, layanan.id), repo.jumlahLoketAktif(db, layanan.id),
    ]);
    return { posisi, estimasi: estimasiTunggu({ didepan: posisi, rataRataMenit: rata ?? layanan.standarMenit, loketAktif }) };
  }

  /** The citizen's view of a ticket (contracts TiketPublikSchema). */
  async function keTiketPublik(t: TiketRow, now: Date, k?: KonteksTiket): Promise<TiketPublik> {
    const r = k && k.layanan.id === t.layananId && (k.sesi?.id ?? null) === t.sesiId ? k : await repo.findLayanan(db, t.layananId);
    if (!r) throw E.TIKET_TIDAK_DITEMUKAN();
    const { lokasi, layanan } = r;
    const [sesi, loket, antre] = await Promise.all([
      ('sesi' in r ? Promise.resolve(r.sesi) : t.sesiId ? repo.findSesi(db, t.sesiId) : Promise.resolve(null)) as Promise<SesiRow | null>,
      t.loketId && ['dipanggil', 'dilayani'].includes(t.status) ? repo.findLoket(db, t.loketId) : null,
      antreanTiket(t, lokasi, layanan, now),
    ]);
    const jendela = sesi && t.kanal === 'online' ? jendelaSesi(lokasi, t.tanggal, sesi) : null;
    return {
      kode: t.kode, nomor: t.nomor, status: t.status, kanal: t.kanal, prioritas: t.prioritas, tanggal: t.tanggal,
      lokasi: { id: lokasi.id, kode: lokasi.kode, nama: lokasi.nama, alamat: lokasi.alamat },
      layanan: { id: layanan.id, nama: layanan.nama },
      sesi: sesi ? { id: sesi.id, mulai: sesi.mulai, selesai: sesi.selesai } : null,
      jendelaCheckIn: jendela ? { buka: jendela.buka.toISOString(), tutup: jendela.tutup.toISOString() } : null,
      ...antre,
      loket: loket ? { nomor: loket.nomor, nama: loket.nama } : null,
      nikSamaran: t.nikEnc ? samarkanNik(deps.dataPribadi.dekripsi(t.nikEnc)) : null,
      dibuatPada: t.dibuatPada.toISOString(),
      checkInPada: t.checkInPada?.toISOString() ?? null,
      survei: tautanSurvei(t),
    };
  }

  /** QR payload `v1.<tiketId>.<tanggal>.<hmac>` (pelayanan.md §3.2 "QR ticket": signed, no NIK). */
  function payloadQr(t: Pick<TiketRow, 'id' | 'tanggal'>): string {
    const isi = `v1.${t.id}.${t.tanggal}`;
    return `${isi}.${tanda(isi)}`;
  }
  const tanda = (isi: string) => createHmac('sha256', `antrian-qr:${deps.secret}`).update(isi).digest('base64url').slice(0, PANJANG_TANDA_QR);

  /** The ticket a kiosk input names: a scanned QR payload (signature verified) or a typed booking code. */
  async function tiketDariMasukan(masukan: string): Promise<TiketRow> {
    const m = /^v1\.(\d{1,10})\.(\d{4}-\d{2}-\d{2})\.([A-Za-z0-9_-]+)$/.exec(masukan.trim());
    if (m) {
      const harus = Buffer.from(tanda(`v1.${m[1]}.${m[2]}`));
      const diberi = Buffer.from(m[3]!);
      if (harus.length !== diberi.length || !timingSafeEqual(harus, diberi)) throw E.TIKET_TIDAK_DITEMUKAN();
      const t = await repo.findTiket(db, Number(m[1]));
      if (!t || t.tanggal !== m[2]) throw E.TIKET_TIDAK_DITEMUKAN();
      return t;
    }
    return tiketByKode(masukan);
  }

  async function tiketByKode(kode: string): Promise<TiketRow> {
    const t = await repo.findTiketByKode(db, kode.trim().toUpperCase().replace(/[\s-]/g, ''));
    if (!t) throw E.TIKET_TIDAK_DITEMUKAN();
    return t;
  }

  /**
   * Locks the ticket for this transaction and refuses when it changed since `t` was read (another cancel or
   * reschedule of the same ticket ran in between): places are then released from the row as it really is,
   * never twice. Regression: 8 parallel reschedules of one ticket each released its old places.
   * @throws TIKET_TIDAK_DAPAT_DIUBAH (409)
   */
  async function tiketTidakBerubah(tx: DbOrTx, t: TiketRow): Promise<void> {
    const kini = await repo.kunciTiket(tx, t.id);
    if (!kini || kini.versi !== t.versi) throw E.TIKET_TIDAK_DAPAT_DIUBAH('Tiket ini baru saja diubah. Muat ulang halaman lalu coba lagi.');
  }

  /** The second factor of cancel/reschedule: the last 4 NIK digits. */
  function cocokkanNik(t: TiketRow, nik: string) {
    const a = Buffer.from(t.nikHash ?? '');
    const b = Buffer.from(deps.dataPribadi.hash(nik.trim(), 'nik'));
    if (!t.nikHash || a.length !== b.length || !timingSafeEqual(a, b)) throw E.NIK_TIDAK_COCOK();
  }

  /** The lokasi, refused unless it belongs to the petugas's OPD (kiosk scope). */
  async function lokasiPetugas(p: PetugasKiosk, lokasiId: number): Promise<LokasiRow> {
    const lokasi = await repo.findLokasi(db, lokasiId);
    if (!lokasi || !lokasi.aktif) throw E.LOKASI_TIDAK_DITEMUKAN();
    const unit = await deps.org.getUnit(lokasi.unitId);
    if (p.opdId == null || unit?.opdId !== p.opdId) throw E.DI_LUAR_OPD();
    return lokasi;
  }

  /** Open today and `now` within one of today's service intervals. */
  async function bukaSekarang(lokasi: LokasiRow, now: Date): Promise<boolean> {
    const hariIni = tanggalWib(now);
    const opsi = await opsiJadwal(lokasi, hariIni, hariIni);
    if (!lokasiBuka(hariIni, opsi)) return false;
    return intervalKerjaPada(hariIni, opsi).some((i) => i.mulai.getTime() <= now.getTime() && now.getTime() < i.selesai.getTime());
  }

  // ------------------------------------------------------------------ public use cases

  return {
    /** QR payload of a ticket (exposed for the kiosk tests and the printed ticket). */
    payloadQr,

    /** GET /antrian/publik/lokasi: active lokasi with their active layanan (public catalogue). */
    async listLokasiPublik() {
      const lokasi = await repo.listLokasiAktif(db);
      const layanan = await repo.listLayananAktif(db, lokasi.map((l) => l.id));
      return lokasi.map((l) => ({
        id: l.id, kode: l.kode, nama: l.nama, alamat: l.alamat, hariPesanKeDepan: l.hariPesanKeDepan,
        layanan: layanan.filter((x) => x.lokasiId === l.id).map((x) => ({ id: x.id, nama: x.nama, prefix: x.prefix, standarMenit: x.standarMenit })),
      }));
    },

    /**
     * GET /antrian/publik/lokasi/:kode/jadwal: bookable open dates of a layanan in the next
     * `hariPesanKeDepan` days (from `dari` when later than today), each with its sessions and places left
     * (the smaller of the session's and the day's online quota). A session whose check-in window has
     * closed is listed with `tersedia: false`.
     * @throws LOKASI_TIDAK_DITEMUKAN | LAYANAN_TIDAK_DITEMUKAN (404)
     */
    async jadwalPublik(kodeLokasi: string, q: { layananId: number; dari?: string }, now = new Date()) {
      const lokasi = await repo.findLokasiByKode(db, kodeLokasi);
      if (!lokasi || !lokasi.aktif) throw E.LOKASI_TIDAK_DITEMUKAN();
      const { layanan } = await layananAktif(q.layananId);
      if (layanan.lokasiId !== lokasi.id) throw E.LAYANAN_TIDAK_DITEMUKAN();
      const dates = (await tanggalPesan(lokasi, now)).filter((t) => !q.dari || t >= q.dari);
      const [sesi, kuota] = await Promise.all([repo.listSesiAktif(db, layanan.id), repo.listKuota(db, [layanan.id], dates)]);
      const terpakai = (tanggal: string, kunci: string) => kuota.find((k) => k.tanggal === tanggal && k.kunci === kunci)?.terpakai ?? 0;
      return {
        lokasi: { id: lokasi.id, kode: lokasi.kode, nama: lokasi.nama },
        layanan: { id: layanan.id, nama: layanan.nama, prefix: layanan.prefix, standarMenit: layanan.standarMenit },
        hari: dates.map((tanggal) => {
          const sisaOnline = Math.max(0, layanan.kuotaOnline - terpakai(tanggal, KUNCI.online));
          return {
            tanggal, sisaOnline,
            sesi: sesi.map((s) => {
              const sisa = Math.min(sisaOnline, Math.max(0, s.kapasitas - terpakai(tanggal, KUNCI.sesi(s.id))));
              const lewat = statusCheckIn(now, jendelaSesi(lokasi, tanggal, s)) === 'terlambat';
              return { id: s.id, mulai: s.mulai, selesai: s.selesai, kapasitas: s.kapasitas, sisa, tersedia: sisa > 0 && !lewat };
            }),
          };
        }),
      };
    },

    /**
     * POST /antrian/publik/booking — books an online ticket in ONE transaction (pelayanan.md §3.2):
     * validates (layanan active; open date within the horizon; session of that layanan whose check-in
     * window has not closed; NIK §5.3; telepon 08…/+628… normalised to 628…), reserves one place of the
     * day's online quota and of the session with atomic conditional UPDATEs, takes the next number of
     * (layanan, WIB day), inserts the ticket (status dipesan, random 10-char kode, NIK encrypted + keyed
     * hash + last 4 digits), records the 'pesan' event, queues 'antrian.konfirmasi' and 'antrian.pengingat'.
     *
     * Idempotency-Key: the key's SHA-256 is kept in the 'pesan' event's `catatan`; a retry with the same
     * key, NIK, layanan and day returns the first ticket (`baru: false`) instead of 409 (ADR 0007).
     *
     * @returns `{ tiket: TiketPublik, baru }`
     * @throws LAYANAN_TIDAK_DITEMUKAN (404) | DATA_TIDAK_VALID (400, fields nik/telepon/tanggal/sesiId)
     *   | ANTRIAN_PENUH (409) | ANTRIAN_NIK_AKTIF (409, field nik)
     */
    async pesan(body: BookingBody, opts: { idempotencyKey?: string; now?: Date } = {}) {
      const now = opts.now ?? new Date();
      const { layanan, lokasi } = await layananAktif(body.layananId);
      const nik = body.nik.trim();
      const hasilNik = validasiNik(nik, { hariIni: tanggalWib(now), kodeWilayahDikenal: await kecamatanDikenal(now) });
      const telepon = normalisasiTelepon(body.telepon);
      const { errors, sesi } = await periksaSlot(lokasi, layanan, body.tanggal, body.sesiId, now);
      if (!hasilNik.ok) errors.unshift({ field: 'nik', message: hasilNik.pesan });
      if (!telepon) errors.push({ field: 'telepon', message: 'Nomor WhatsApp harus nomor seluler Indonesia (08… atau +628…), 10–15 angka.' });
      if (errors.length > 0 || !sesi) throw E.DATA_TIDAK_VALID(undefined, errors);

      const nikHash = deps.dataPribadi.hash(nik, 'nik');
      const kunciHash = opts.idempotencyKey ? hashToken(`booking:${opts.idempotencyKey}`) : null;
      const ulang = () => kunciHash
        ? repo.findTiketIdempoten(db, { nikHash, layananId: layanan.id, tanggal: body.tanggal, kunciHash })
        : Promise.resolve(null);
      const sebelumnya = await ulang();
      if (sebelumnya) return { tiket: await keTiketPublik(sebelumnya, now), baru: false };
      const teleponHash = deps.dataPribadi.hash(telepon!, 'telepon');
      if ((await repo.hitungAktifTelepon(db, teleponHash, body.tanggal)) >= MAKS_AKTIF_PER_TELEPON) {
        throw E.ANTRIAN_BATAS_TELEPON(undefined, [{
          field: 'telepon', message: `Satu nomor WhatsApp paling banyak ${MAKS_AKTIF_PER_TELEPON} antrian aktif per tanggal. Gunakan nomor lain atau batalkan antrian yang tidak jadi.`,
        }]);
      }

      try {
        const tiket = await db.transaction(async (tx) => {
          await pakaiTempatOnline(tx, layanan, sesi, body.tanggal);
          const urut = await repo.nomorBerikut(tx, layanan.id, body.tanggal);
          const t = await repo.insertTiket(tx, {
            lokasiId: lokasi.id, layananId: layanan.id, tanggal: body.tanggal, nomorUrut: urut, nomor: formatNomor(layanan.prefix, urut),
            kode: kodeAcak(), kanal: 'online', sesiId: sesi.id, status: 'dipesan', prioritas: body.prioritas ?? null,
            nama: body.nama.trim(), nikEnc: deps.dataPribadi.enkripsi(nik), nikHash, nikAkhir: akhir(nik),
            teleponEnc: deps.dataPribadi.enkripsi(telepon!), teleponAkhir: akhir(telepon!), teleponHash, dibuatPada: now,
          });
          await repo.insertPeristiwa(tx, { tiketId: t.id, aksi: 'pesan', dari: null, ke: 'dipesan', akunId: null, catatan: kunciHash, pada: now });
          await antrikanKonfirmasi(tx, t, telepon, 'antrian.konfirmasi', now, { layanan, lokasi, sesi });
          return t;
        });
        return { tiket: await keTiketPublik(tiket, now, { layanan, lokasi, sesi }), baru: true };
      } catch (e) {
        if (pelanggaranUnik(e) !== INDEKS_NIK_AKTIF) throw e;
        const pertama = await ulang();
        if (pertama) return { tiket: await keTiketPublik(pertama, now), baru: false };
        throw E.ANTRIAN_NIK_AKTIF(undefined, [{ field: 'nik', message: 'NIK ini sudah memiliki antrian aktif untuk layanan ini pada tanggal tersebut.' }]);
      }
    },

    /**
     * GET /antrian/publik/tiket/:kode — the citizen's ticket view: number, layanan, lokasi, session,
     * check-in window, status; while menunggu the position ("N orang lagi") and the estimated wait
     * (pelayanan.md §3.2: ahead × mean of the last 20 service times, else standarMenit, ÷ active counters);
     * the loket when called; `nikSamaran`; the survey link when selesai.
     * @throws TIKET_TIDAK_DITEMUKAN (404)
     */
    async lihatTiket(kode: string, now = new Date()): Promise<TiketPublik> {
      return keTiketPublik(await tiketByKode(kode), now);
    },

    /**
     * The citizen's ticket view for the public route, served from a per-process cache for at most
     * `cacheTiketMs` (ADR 0007 "status cache"): every ticket page refetches on each event of its lokasi,
     * so one call makes all of them ask at once. Any event of the lokasi (from any process, through
     * LISTEN/NOTIFY) empties that lokasi's entries; the lifetime bounds what a lost event can cost.
     * @throws TIKET_TIDAK_DITEMUKAN (404)
     */
    async lihatTiketPublik(kode: string): Promise<TiketPublik> {
      const kunci = kode.trim().toUpperCase().replace(/[\s-]/g, '');
      const ada = cacheStatus.ambil(kunci);
      if (ada) return ada;
      const t = await tiketByKode(kunci);
      const nilai = await keTiketPublik(t, new Date());
      cacheStatus.simpan(kunci, t.lokasiId, nilai);
      return nilai;
    },

    /** GET /antrian/publik/tiket/:kode/qr — SVG QR of the signed payload (never the NIK). @throws TIKET_TIDAK_DITEMUKAN */
    async qrTiket(kode: string): Promise<string> {
      const t = await tiketByKode(kode);
      return QRCode.toString(payloadQr(t), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    },

    /**
     * POST /antrian/publik/tiket/:kode/batal — the citizen cancels (second factor: last 4 NIK digits)
     * while dipesan or menunggu; the places are given back; 'antrian.dibatalkan' is queued.
     * @throws TIKET_TIDAK_DITEMUKAN (404) | NIK_TIDAK_COCOK (403) | TIKET_TIDAK_DAPAT_DIUBAH (409)
     */
    async batal(kode: string, nik: string, now = new Date()): Promise<TiketPublik> {
      const t = await tiketByKode(kode);
      cocokkanNik(t, nik);
      if (!BOLEH_BATAL.includes(t.status)) throw E.TIKET_TIDAK_DAPAT_DIUBAH(pesanTransisiDitolak(t.status, 'batal', t.nomor));
      const hasil = await db.transaction(async (tx) => {
        await tiketTidakBerubah(tx, t);
        const u = await repo.ubahTiketJika(tx, t.id, t.status, { status: 'dibatalkan' });
        if (!u) throw E.TIKET_TIDAK_DAPAT_DIUBAH();
        await lepasTempat(tx, u);
        await repo.insertPeristiwa(tx, { tiketId: u.id, aksi: 'batal', dari: t.status, ke: 'dibatalkan', akunId: null, pada: now });
        await deps.notifikasi.batalkan(tx, `antrian.pengingat:${u.id}:`, 'tiket dibatalkan');
        await deps.notifikasi.antrikan(tx, { kunci: `antrian.dibatalkan:${u.id}`, templat: 'antrian.dibatalkan', telepon: teleponDari(u), data: await dataPesan(tx, u) });
        await umumkan(tx, u);
        return u;
      });
      return keTiketPublik(hasil, now);
    },

    /**
     * POST /antrian/publik/tiket/:kode/jadwal-ulang — moves a booked (dipesan) ticket to another date/
     * session of the same layanan in ONE transaction: the old places are released and new ones reserved
     * atomically (ANTRIAN_PENUH rolls everything back); a new number is taken for a new day.
     * @throws TIKET_TIDAK_DITEMUKAN (404) | NIK_TIDAK_COCOK (403) | TIKET_TIDAK_DAPAT_DIUBAH (409)
     *   | DATA_TIDAK_VALID (400) | ANTRIAN_PENUH (409) | ANTRIAN_NIK_AKTIF (409)
     */
    async jadwalUlang(kode: string, b: { nik: string; tanggal: string; sesiId: number }, now = new Date()): Promise<TiketPublik> {
      const t = await tiketByKode(kode);
      cocokkanNik(t, b.nik);
      if (t.status !== 'dipesan' || t.kanal !== 'online') throw E.TIKET_TIDAK_DAPAT_DIUBAH();
      const { layanan, lokasi } = await layananAktif(t.layananId);
      const { errors, sesi } = await periksaSlot(lokasi, layanan, b.tanggal, b.sesiId, now);
      if (errors.length > 0 || !sesi) throw E.DATA_TIDAK_VALID(undefined, errors);
      if (b.tanggal === t.tanggal && sesi.id === t.sesiId) return keTiketPublik(t, now);
      try {
        const hasil = await db.transaction(async (tx) => {
          await tiketTidakBerubah(tx, t);
          await lepasTempat(tx, t);
          await pakaiTempatOnline(tx, layanan, sesi, b.tanggal);
          const hariBaru = b.tanggal !== t.tanggal;
          const urut = hariBaru ? await repo.nomorBerikut(tx, layanan.id, b.tanggal) : t.nomorUrut;
          const u = await repo.ubahTiketJika(tx, t.id, 'dipesan', {
            tanggal: b.tanggal, sesiId: sesi.id, nomorUrut: urut, nomor: formatNomor(layanan.prefix, urut),
          });
          if (!u) throw E.TIKET_TIDAK_DAPAT_DIUBAH();
          await repo.insertPeristiwa(tx, {
            tiketId: u.id, aksi: 'jadwal_ulang', dari: 'dipesan', ke: 'dipesan', akunId: null, pada: now,
            catatan: `${t.tanggal} sesi ${t.sesiId} → ${u.tanggal} sesi ${u.sesiId}`,
          });
          // The reminder of the old date must not go out (only not-yet-sent messages are withdrawn).
          await deps.notifikasi.batalkan(tx, `antrian.pengingat:${t.id}:${t.tanggal}:${t.sesiId ?? 0}`, 'jadwal diubah');
          await antrikanKonfirmasi(tx, u, teleponDari(u), 'antrian.jadwal_ulang', now);
          return u;
        });
        return keTiketPublik(hasil, now);
      } catch (e) {
        if (pelanggaranUnik(e) === INDEKS_NIK_AKTIF) throw E.ANTRIAN_NIK_AKTIF(undefined, [{ field: 'tanggal', message: 'Anda sudah memiliki antrian aktif untuk layanan ini pada tanggal tersebut.' }]);
        throw e;
      }
    },

    /**
     * GET /antrian/kiosk/lokasi — active lokasi of the petugas's OPD with today's (WIB) walk-in places
     * left per active layanan and whether it is open now.
     */
    async listLokasiKiosk(p: PetugasKiosk, now = new Date()) {
      if (p.opdId == null) return [];
      const lokasi = await repo.listLokasiAktif(db, { unitIds: await deps.org.listUnitIdOpd(p.opdId) });
      const hariIni = tanggalWib(now);
      const layanan = await repo.listLayananAktif(db, lokasi.map((l) => l.id));
      const kuota = await repo.listKuota(db, layanan.map((l) => l.id), [hariIni]);
      return Promise.all(lokasi.map(async (l) => ({
        id: l.id, kode: l.kode, nama: l.nama, tanggal: hariIni, buka: await bukaSekarang(l, now),
        layanan: layanan.filter((x) => x.lokasiId === l.id).map((x) => {
          const terpakai = kuota.find((k) => k.layananId === x.id && k.kunci === KUNCI.walkin)?.terpakai ?? 0;
          return { id: x.id, nama: x.nama, prefix: x.prefix, kuotaWalkin: x.kuotaWalkin, sisaWalkin: Math.max(0, x.kuotaWalkin - terpakai) };
        }),
      })));
    },

    /**
     * POST /antrian/kiosk/walkin — a walk-in ticket (pelayanan.md §3.2): only on an open day within the
     * service hours; one place of today's walk-in quota (atomic); the next number of (layanan, WIB day);
     * status menunggu at once (antriPada = now). Actor = the petugas.
     * @returns TiketPublik (its `kode` lets the citizen follow the queue on a phone)
     * @throws LOKASI_TIDAK_DITEMUKAN | LAYANAN_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403)
     *   | DI_LUAR_JAM_LAYANAN (409) | WALKIN_PENUH (409)
     */
    async walkin(p: PetugasKiosk, b: { lokasiId: number; layananId: number; prioritas?: Prioritas | null }, now = new Date()): Promise<TiketPublik> {
      const lokasi = await lokasiPetugas(p, b.lokasiId);
      const { layanan } = await layananAktif(b.layananId);
      if (layanan.lokasiId !== lokasi.id) throw E.LAYANAN_TIDAK_DITEMUKAN();
      if (!(await bukaSekarang(lokasi, now))) throw E.DI_LUAR_JAM_LAYANAN();
      const tanggal = tanggalWib(now);
      const tiket = await db.transaction(async (tx) => {
        const ada = await repo.pakaiKuotaSemua(tx, [{ layananId: layanan.id, tanggal, kunci: KUNCI.walkin, kapasitas: layanan.kuotaWalkin }]);
        if (!ada) throw E.WALKIN_PENUH();
        const urut = await repo.nomorBerikut(tx, layanan.id, tanggal);
        const t = await repo.insertTiket(tx, {
          lokasiId: lokasi.id, layananId: layanan.id, tanggal, nomorUrut: urut, nomor: formatNomor(layanan.prefix, urut),
          kode: kodeAcak(), kanal: 'walkin', status: 'menunggu', prioritas: b.prioritas ?? null,
          prioritasOleh: b.prioritas ? p.akunId : null, dibuatPada: now, checkInPada: now, antriPada: now,
        });
        await repo.insertPeristiwa(tx, { tiketId: t.id, aksi: 'ambil', dari: null, ke: 'menunggu', akunId: p.akunId, pada: now });
        await umumkan(tx, t);
        return t;
      });
      return keTiketPublik(tiket, now);
    },

    /**
     * POST /antrian/kiosk/check-in — `kode` is the booking code or the scanned QR payload (HMAC verified).
     * Only today's dipesan tickets of this lokasi, within the window (−checkInSebelumMenit/+checkInSesudahMenit
     * around the session start, inclusive): → menunggu, checkInPada = antriPada = now.
     * @throws TIKET_TIDAK_DITEMUKAN (404) | DI_LUAR_OPD (403) | CHECK_IN_SALAH_TEMPAT | CHECK_IN_TIDAK_BISA (409)
     *   | CHECK_IN_TERLALU_AWAL (409, message names the opening time WIB)
     *   | CHECK_IN_TERLAMBAT (410; the ticket becomes kedaluwarsa)
     */
    async checkIn(p: PetugasKiosk, b: { lokasiId: number; kode: string }, now = new Date()): Promise<TiketPublik> {
      const lokasi = await lokasiPetugas(p, b.lokasiId);
      const t = await tiketDariMasukan(b.kode);
      if (t.lokasiId !== lokasi.id || t.tanggal !== tanggalWib(now)) throw E.CHECK_IN_SALAH_TEMPAT();
      const sesi = t.sesiId ? await repo.findSesi(db, t.sesiId) : null;
      if (t.status !== 'dipesan' || !sesi) throw E.CHECK_IN_TIDAK_BISA(pesanTransisiDitolak(t.status, 'check_in', t.nomor));
      const jendela = jendelaSesi(lokasi, t.tanggal, sesi);
      const status = statusCheckIn(now, jendela);
      if (status === 'terlalu_awal') {
        throw E.CHECK_IN_TERLALU_AWAL(`Check-in untuk tiket ${t.nomor} baru dibuka pukul ${jamWib(jendela.buka)} WIB.`);
      }
      const ke = status === 'boleh' ? 'menunggu' : 'kedaluwarsa';
      const hasil = await db.transaction(async (tx) => {
        const u = await repo.ubahTiketJika(tx, t.id, 'dipesan', ke === 'menunggu' ? { status: ke, checkInPada: now, antriPada: now } : { status: ke });
        if (!u) throw E.CHECK_IN_TIDAK_BISA();
        await repo.insertPeristiwa(tx, { tiketId: u.id, aksi: ke === 'menunggu' ? 'check_in' : 'kedaluwarsa', dari: 'dipesan', ke, akunId: p.akunId, pada: now });
        await umumkan(tx, u);
        return u;
      });
      if (ke === 'kedaluwarsa') {
        throw E.CHECK_IN_TERLAMBAT(`Anda terlambat: check-in tiket ${t.nomor} ditutup pukul ${jamWib(jendela.tutup)} WIB. Silakan ambil antrian baru.`);
      }
      return keTiketPublik(hasil, now);
    },

    /**
     * Job (daily): erases the personal data of tickets whose visit date is more than
     * {@link BULAN_SIMPAN_DATA_PRIBADI} months before `now` — name, NIK (cipher, hash, last digits) and phone
     * (cipher, hash, last digits) — as the booking form's privacy notice promises (UU 27/2022 Pasal 43:
     * stop processing when the retention period ends; pelayanan.md §5.2 "booking PII purged after N
     * months, anonymised aggregates kept"). The ticket row stays for statistics and evaluations.
     * @returns the number of tickets erased
     */
    async hapusDataPribadiLama(now = new Date()): Promise<number> {
      const batas = tambahBulan(tanggalWib(now), -BULAN_SIMPAN_DATA_PRIBADI);
      return repo.hapusDataPribadiSebelum(db, batas);
    },

    /**
     * Job: booked tickets whose check-in window closed before `now` → kedaluwarsa, with an event row each
     * (actor null = system). The places are not released: a past session's places are worthless.
     * @returns the number of tickets expired
     */
    async kedaluwarsakan(now = new Date()): Promise<number> {
      return db.transaction(async (tx) => {
        const rows = await repo.kedaluwarsakanDipesan(tx, now);
        for (const r of rows) {
          await repo.insertPeristiwa(tx, { tiketId: r.id, aksi: 'kedaluwarsa', dari: 'dipesan', ke: 'kedaluwarsa', akunId: null, pada: now });
          await deps.bus.publish(tx, topikLokasi(r.lokasi_id), { event: 'tiket', data: { tiketId: r.id, status: 'kedaluwarsa' } });
        }
        return rows.length;
      });
    },
  };
}
export type AntrianTiketService = ReturnType<typeof createAntrianTiketService>;


/**
 * Per-process cache of public ticket views (see `lihatTiketPublik`). Entries live `deps.cacheTiketMs`
 * (0 = off) and are dropped for a whole lokasi on any of its bus events. Bounded to 20,000 entries.
 */
function createCacheStatus(deps: AntrianDeps) {
  const masa = deps.cacheTiketMs ?? 0;
  const isi = new Map<string, { nilai: TiketPublik; lokasiId: number; sampai: number }>();
  const perLokasi = new Map<number, Set<string>>();
  const lupakanLokasi = (lokasiId: number) => {
    for (const k of perLokasi.get(lokasiId) ?? []) isi.delete(k);
    perLokasi.get(lokasiId)?.clear();
  };
  return {
    ambil(kunci: string): TiketPublik | null {
      const e = isi.get(kunci);
      if (!e) return null;
      if (e.sampai <= Date.now()) {
        isi.delete(kunci);
        return null;
      }
      return e.nilai;
    },
    simpan(kunci: string, lokasiId: number, nilai: TiketPublik) {
      if (masa <= 0) return;
      if (isi.size >= 20_000) {
        isi.clear();
        for (const s of perLokasi.values()) s.clear();
      }
      let set = perLokasi.get(lokasiId);
      if (!set) {
        perLokasi.set(lokasiId, (set = new Set()));
        deps.bus.subscribe(topikLokasi(lokasiId), () => lupakanLokasi(lokasiId));
      }
      set.add(kunci);
      isi.set(kunci, { nilai, lokasiId, sampai: Date.now() + masa });
    },
  };
}
