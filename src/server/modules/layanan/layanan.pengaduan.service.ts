import { randomBytes, timingSafeEqual } from 'node:crypto';
import { memuatDeretNik } from '../../../domain/shared/nik.ts';
import type { ReadStream } from 'node:fs';
import type { z } from 'zod';
import { can, type Role } from '../../../contracts/auth.ts';
import {
  PengaduanDataSchema, type AksiPengaduanBody, type KategoriAdmin, type KategoriBuat, type KategoriPublik, type KategoriUbah,
  type Open311Klien, type PengaduanBaru, type PengaduanData, type PengaduanList, type PengaduanListQuery, type PengaduanPublik,
  type PengaduanStaf, type PengaturanPengaduan, type RiwayatPengaduan,
} from '../../../contracts/pengaduan.ts';
import {
  AKSI_PENGADUAN_LABEL, BATAS_BAWAAN, HASIL_TINDAK_LANJUT_LABEL, STATUS_PENGADUAN_AKTIF, STATUS_PENGADUAN_LABEL,
  aksiStafTersedia, batasAktif, batasHariKerja, dalamWilayahKota, formatNomorPengaduan, masihBisaDibuka, normalisasiKodeAkses,
  teksWaktuWib, tindakLanjutTepatWaktu, transisiPengaduan, type AksiPengaduan, type AksiStafPengaduan, type BatasPengaduan,
  type KlasifikasiPengaduan, type StatusPengaduan,
} from '../../../domain/layanan/pengaduan.ts';
import { kodeAksesDari } from '../../../domain/layanan/permohonan.ts';
import type { Kalender } from '../../../domain/shared/hari-kerja.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import { tambahHari, tanggalWib } from '../../../domain/shared/tanggal.ts';
import { normalisasiTelepon } from '../../../domain/shared/telepon.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { FieldError } from '../../lib/app-error.ts';
import { akhir } from '../../lib/data-pribadi.ts';
import { pelanggaranUnik } from '../../lib/pg-error.ts';
import { createPenyimpanan, type BerkasMasuk } from '../../lib/unggahan.ts';
import { hashToken, type AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import type { LayananDeps } from './layanan.deps.ts';
import { createOpen311Service } from './layanan.open311.service.ts';
import { PengaduanErrors as E } from './layanan.pengaduan.errors.ts';
import * as repo from './layanan.pengaduan.repository.ts';
import type { KategoriRow, PengaduanRow, PeristiwaRow } from './layanan.pengaduan.repository.ts';

/** The signed-in staff member acting on complaints (route handlers pass `requireAuth(req)`). */
export type StafPengaduan = Pick<AuthContext, 'akunId' | 'roles' | 'pegawaiId' | 'opdId'>;

/** A validated submission, from the web form or from an Open311 client. */
export type LaporanMasuk = {
  klasifikasi: KlasifikasiPengaduan;
  kategori: KategoriRow;
  layananId: number | null;
  permohonanId: number | null;
  judul: string;
  isi: string;
  anonim: boolean;
  rahasia: boolean;
  /** null when anonymous; telepon normalised (628…). */
  pelapor: { nama: string | null; telepon: string | null; email: string | null } | null;
  kelurahanKode: string | null;
  alamat: string | null;
  lat: number | null;
  lng: number | null;
};

/** Actions only the coordinator (pengaduan:koordinasi, Admin Instansi of LAPOR!) takes. */
const AKSI_KOORDINATOR: readonly AksiStafPengaduan[] = ['verifikasi', 'teruskan', 'tolak', 'tutup'];
const TAUTAN_LACAK = '/pengaduan/lacak';
const WILAYAH_CACHE_MS = 10 * 60_000;

const PESAN_NIK = 'Jangan menulis NIK atau nomor KK di sini: laporan dapat dibaca publik (data pribadi).';
/** Refuses a staff or reporter text holding a NIK/KK-like number. @throws DATA_TIDAK_VALID (400, `field`) */
function tolakNik(teks: string | null | undefined, field: string) {
  if (teks && memuatDeretNik(teks)) throw E.DATA_TIDAK_VALID(PESAN_NIK, [{ field, message: PESAN_NIK }]);
}

const isKoordinator = (roles: readonly Role[] | readonly string[]) => can(roles, 'pengaduan:koordinasi');
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** zod issues of the `data` JSON → field errors named by their path inside it ('pelapor.nama'). */
export function fieldDariZod(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((i) => ({ field: i.path.map(String).join('.') || 'data', message: i.message }));
}

/**
 * Complaints (pengaduan; pelayanan.md §4, SP4N-LAPOR!, Perpres 76/2013, PermenPANRB 62/2018): the
 * public form and tracking, the coordinator's verification and disposition, the OPD's follow-up, the
 * reporter's reply and "was it resolved?", the auto-close job, the admin settings, and the Open311 view
 * ({@link createOpen311Service}).
 *
 * Personal data (UU 27/2022): an anonymous report stores no identity at all; otherwise name, phone and
 * email are stored AES-GCM encrypted (phone's last 4 digits for display). A confidential (`rahasia`)
 * reporter is shown only to the coordinator, never to the handling OPD nor Open311. Access codes are
 * stored as sha256 and only ever travel in POST bodies. Notifications carry the nomor and status only.
 */
export function createLayananPengaduanService(deps: LayananDeps) {
  const { db } = deps;
  const penyimpanan = createPenyimpanan(deps.uploadsDir);

  // ------------------------------------------------------------------ helpers

  /** The LAPOR! limits in working days (the admin's settings, else 3/5/10). */
  async function batasBerlaku(tx: DbOrTx = db): Promise<BatasPengaduan> {
    const r = await repo.getPengaturan(tx);
    return r ? { hariVerifikasi: r.hariVerifikasi, hariTindakLanjut: r.hariTindakLanjut, hariTutupOtomatis: r.hariTutupOtomatis } : { ...BATAS_BAWAAN };
  }

  /** A calendar wide enough for a deadline of `hari` working days from `mulai` (holidays, weekends). */
  async function kalenderUntuk(mulai: Date, hari: number): Promise<Kalender> {
    const d = tanggalWib(mulai);
    return deps.kalender.kalender(tambahHari(d, -1), tambahHari(d, hari * 3 + 30));
  }

  /** {@link batasHariKerja} on the shared calendar. */
  async function batas(mulai: Date, hari: number): Promise<Date> {
    return batasHariKerja(mulai, hari, await kalenderUntuk(mulai, hari));
  }

  let wilayah: { isi: Promise<Map<string, string>>; sampai: number } | null = null;
  /** kelurahan kode → nama from the wilayah table (cached 10 min); empty before the wilayah is loaded. */
  async function kelurahanKota(): Promise<Map<string, string>> {
    if (!wilayah || wilayah.sampai < Date.now()) {
      const isi = deps.org.getWilayah().then((w) => new Map(w.kecamatan.flatMap((k) => k.kelurahan.map((l) => [l.kode, l.nama] as const))));
      wilayah = { isi, sampai: Date.now() + WILAYAH_CACHE_MS };
      isi.catch(() => { wilayah = null; });
    }
    return wilayah.isi;
  }

  async function namaUnit(ids: Array<number | null | undefined>): Promise<Map<number, string>> {
    return deps.org.getUnitNames(ids.filter((x): x is number => x != null));
  }

  /** The staff member's scope: every case for the coordinator, else cases forwarded to the own OPD's units. */
  async function lingkup(s: StafPengaduan): Promise<repo.Lingkup> {
    if (isKoordinator(s.roles)) return { unitIds: null };
    if (s.opdId == null) return { unitIds: [] };
    return { unitIds: await deps.org.listUnitIdOpd(s.opdId) };
  }
  const dalamLingkup = (l: repo.Lingkup, row: PengaduanRow) => l.unitIds === null || (row.unitId != null && l.unitIds.includes(row.unitId));

  /** Default OPD for forwarding: the category's unit, else the layanan's, else the permohonan's. */
  async function unitSaranId(row: PengaduanRow, kategori: KategoriRow | null): Promise<number | null> {
    if (kategori?.unitId) return kategori.unitId;
    if (row.layananId) {
      const l = await repo.findLayanan(db, row.layananId);
      if (l) return l.unitId;
    }
    if (row.permohonanId) {
      const p = await repo.findPermohonan(db, row.permohonanId);
      if (p) return p.unitId;
    }
    return null;
  }

  const cocokKode = (row: PengaduanRow, kode: string) => {
    if (!row.kodeAksesHash) return false;
    const a = Buffer.from(hashToken(normalisasiKodeAkses(kode)));
    const b = Buffer.from(row.kodeAksesHash);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  /** The case a reporter names with nomor + kode akses; the same 404 for a wrong nomor or a wrong code. */
  async function milikPelapor(nomor: string, kode: string): Promise<PengaduanRow> {
    const row = await repo.findPengaduanByNomor(db, nomor.trim().toUpperCase());
    if (!row || !cocokKode(row, kode)) throw E.PENGADUAN_TIDAK_DITEMUKAN();
    return row;
  }

  /** Whether the reporter can still reply to / reopen a case (open, or selesai within the window). */
  async function jendelaPelapor(row: PengaduanRow, now: Date, b?: BatasPengaduan): Promise<boolean> {
    if (STATUS_PENGADUAN_AKTIF.includes(row.status)) return true;
    if (row.status !== 'selesai' || !row.ditutupAt) return false;
    const { hariTutupOtomatis } = b ?? (await batasBerlaku());
    return masihBisaDibuka(row.ditutupAt, now, hariTutupOtomatis, await kalenderUntuk(row.ditutupAt, hariTutupOtomatis));
  }

  const teleponPelapor = (row: PengaduanRow) => (row.teleponEnc ? deps.dataPribadi.dekripsi(row.teleponEnc) : null);

  async function antrikanPesan(tx: DbOrTx, row: PengaduanRow, templat: 'pengaduan.tanggapan' | 'pengaduan.selesai') {
    const telepon = teleponPelapor(row);
    if (!telepon) return;
    await deps.notifikasi.antrikan(tx, {
      kunci: `${templat}:${row.id}:${row.revisi}`, templat, telepon,
      data: { nomor: row.nomor, status: STATUS_PENGADUAN_LABEL[row.status], tautan: TAUTAN_LACAK },
    });
  }

  function keBatas(row: PengaduanRow, now: Date) {
    const b = batasAktif(row, now);
    return b ? { jenis: b.jenis, batas: b.batas.toISOString(), teks: teksWaktuWib(b.batas), terlambat: b.terlambat } : null;
  }

  /** History entries as shown: who acted (never the reporter's name) and the label of the action. */
  function keRiwayat(rows: PeristiwaRow[], units: Map<number, string>, untukPelapor: boolean): Array<RiwayatPengaduan & { publik: boolean }> {
    return rows.map((p) => {
      const unit = p.unitId != null ? units.get(p.unitId) ?? null : null;
      const oleh = p.aktor === 'pelapor' ? (untukPelapor ? 'Anda' : 'Pelapor')
        : p.aktor === 'sistem' ? 'Sistem'
          : p.aktor === 'unit' ? unit ?? 'Perangkat daerah'
            : 'Koordinator pengaduan';
      const aksi = p.aksi as AksiPengaduan;
      const label = aksi === 'teruskan' && unit ? `Diteruskan ke ${unit}` : AKSI_PENGADUAN_LABEL[aksi] ?? p.aksi;
      return {
        at: p.at.toISOString(), aksi: p.aksi, label, isi: p.isi, oleh, keStatus: (p.keStatus as StatusPengaduan | null) ?? null, publik: p.publik,
      };
    });
  }

  /** Fields shared by the reporter's and the staff view. */
  async function bagianUmum(row: PengaduanRow, now: Date) {
    const [kategori, lay, per] = await Promise.all([
      repo.findKategori(db, row.kategoriId),
      row.layananId ? repo.findLayanan(db, row.layananId) : null,
      row.permohonanId ? repo.findPermohonan(db, row.permohonanId) : null,
    ]);
    return {
      kategori: kategori!,
      umum: {
        nomor: row.nomor, klasifikasi: row.klasifikasi, judul: row.judul, isi: row.isi, status: row.status,
        statusLabel: STATUS_PENGADUAN_LABEL[row.status],
        layanan: lay ? { kode: lay.kode, nama: lay.nama } : null,
        permohonanNomor: per?.nomor ?? null,
        anonim: row.anonim, rahasia: row.rahasia,
        dibuatAt: row.createdAt.toISOString(),
        batas: keBatas(row, now),
        batasVerifikasi: row.batasVerifikasi.toISOString(),
        batasTindakLanjut: iso(row.batasTindakLanjut),
        tutupOtomatisAt: iso(row.tutupOtomatisAt),
        hasil: row.hasil, hasilLabel: row.hasil ? HASIL_TINDAK_LANJUT_LABEL[row.hasil] : null,
        puas: row.puas,
      },
    };
  }

  /** The reporter's view: public history entries only. */
  async function kePublik(row: PengaduanRow, now: Date): Promise<PengaduanPublik> {
    const [{ kategori, umum }, peristiwa, jumlahFoto, b] = await Promise.all([
      bagianUmum(row, now), repo.listPeristiwa(db, row.id, { publikSaja: true }), repo.hitungLampiran(db, row.id), batasBerlaku(),
    ]);
    const units = await namaUnit([row.unitId, ...peristiwa.map((p) => p.unitId)]);
    const jendela = await jendelaPelapor(row, now, b);
    return {
      ...umum,
      kategori: { kode: kategori.kode, nama: kategori.nama },
      unit: row.unitId != null ? { nama: units.get(row.unitId) ?? '' } : null,
      jumlahFoto,
      riwayat: keRiwayat(peristiwa, units, true).map(({ publik: _p, ...r }) => r),
      bisaBalas: jendela,
      bisaKonfirmasi: row.status === 'ditindaklanjuti' || (row.status === 'selesai' && row.puas !== true && jendela),
    };
  }

  /** The staff view; the reporter is hidden from the handling OPD when confidential. */
  async function keStaf(s: StafPengaduan, row: PengaduanRow, now: Date): Promise<PengaduanStaf> {
    const koordinator = isKoordinator(s.roles);
    const [{ kategori, umum }, peristiwa, lampiran, kelurahan] = await Promise.all([
      bagianUmum(row, now), repo.listPeristiwa(db, row.id), repo.listLampiran(db, row.id), kelurahanKota(),
    ]);
    const saran = await unitSaranId(row, kategori);
    const units = await namaUnit([row.unitId, saran, ...peristiwa.map((p) => p.unitId)]);
    const tersembunyi = !row.anonim && row.rahasia && !koordinator;
    const pelapor = row.anonim || tersembunyi ? null : {
      nama: row.pelaporNamaEnc ? deps.dataPribadi.dekripsi(row.pelaporNamaEnc) : '(tanpa nama)',
      teleponSamar: row.teleponAkhir ? `****${row.teleponAkhir}` : null,
      email: row.emailEnc ? deps.dataPribadi.dekripsi(row.emailEnc) : null,
    };
    const bolehTindakLanjut = can(s.roles, 'pengaduan:tindaklanjut');
    const aksi = aksiStafTersedia(row.status).filter((a) =>
      AKSI_KOORDINATOR.includes(a) ? koordinator : a === 'tindak_lanjut' ? bolehTindakLanjut && row.unitId != null : true);
    return {
      ...umum,
      id: row.id,
      sumber: row.sumber,
      kategori: { id: kategori.id, kode: kategori.kode, nama: kategori.nama },
      unit: row.unitId != null ? { id: row.unitId, nama: units.get(row.unitId) ?? '' } : null,
      unitSaran: saran != null ? { id: saran, nama: units.get(saran) ?? '' } : null,
      pelapor,
      pelaporTersembunyi: tersembunyi,
      lokasi: {
        kelurahanKode: row.kelurahanKode, kelurahanNama: row.kelurahanKode ? kelurahan.get(row.kelurahanKode) ?? null : null,
        alamat: row.alamat, lat: row.lat, lng: row.lng,
      },
      lampiran: lampiran.map((l) => ({ id: l.id, namaFile: l.namaFile, mime: l.mime, ukuran: l.ukuran })),
      riwayat: keRiwayat(peristiwa, units, false),
      aksi,
      revisi: row.revisi,
      diperbaruiAt: row.updatedAt.toISOString(),
    };
  }

  // ------------------------------------------------------------------ submission

  /**
   * Checks a parsed submission against the database and the city: category, layanan and permohonan
   * exist, anonymity rules, phone, location (kelurahan of the city; coordinates in the city's box).
   * Collects every problem; never throws.
   */
  async function periksaLaporan(d: PengaduanData): Promise<{ errors: FieldError[]; laporan: LaporanMasuk | null }> {
    const errors: FieldError[] = [];
    const [kategori, lay, per, kelurahan] = await Promise.all([
      repo.findKategoriByKode(db, d.kategoriKode),
      d.layananKode ? repo.findLayananByKode(db, d.layananKode) : null,
      d.permohonanNomor ? repo.findPermohonanByNomor(db, d.permohonanNomor) : null,
      d.kelurahanKode ? kelurahanKota() : null,
    ]);
    if (!kategori || !kategori.aktif) errors.push({ field: 'kategoriKode', message: 'Kategori laporan tidak dikenal.' });
    for (const [field, teks] of [['judul', d.judul], ['isi', d.isi], ['alamat', d.alamat]] as const) {
      if (teks && memuatDeretNik(teks)) errors.push({ field, message: PESAN_NIK });
    }
    if (d.layananKode && (!lay || !lay.aktif)) errors.push({ field: 'layananKode', message: 'Layanan tidak dikenal.' });
    if (d.permohonanNomor && !per) errors.push({ field: 'permohonanNomor', message: 'Nomor permohonan tidak ditemukan.' });
    let telepon: string | null = null;
    if (d.anonim && d.pelapor) {
      errors.push({ field: 'pelapor', message: 'Laporan anonim tidak menyimpan identitas: kosongkan nama, telepon, dan email, atau matikan pilihan anonim.' });
    } else if (!d.anonim && !d.pelapor) {
      errors.push({ field: 'pelapor.nama', message: 'Nama pelapor wajib diisi (atau pilih laporan anonim).' });
    } else if (d.pelapor?.telepon) {
      telepon = normalisasiTelepon(d.pelapor.telepon);
      if (!telepon) errors.push({ field: 'pelapor.telepon', message: 'Nomor HP tidak valid (contoh 0812 3456 7890).' });
    }
    if ((d.lat === undefined) !== (d.lng === undefined)) {
      errors.push({ field: d.lat === undefined ? 'lat' : 'lng', message: 'Isi garis lintang (lat) dan garis bujur (lng) bersama-sama.' });
    } else if (d.lat !== undefined && d.lng !== undefined && !dalamWilayahKota(d.lat, d.lng)) {
      errors.push({ field: 'lat', message: 'Titik lokasi berada di luar Kota Tanjungbalai.' });
    }
    // The kelurahan is checked once the wilayah is loaded (seeded with the city); no check on an empty table.
    if (d.kelurahanKode && kelurahan && kelurahan.size > 0 && !kelurahan.has(d.kelurahanKode)) {
      errors.push({ field: 'kelurahanKode', message: 'Kelurahan tidak dikenal di Kota Tanjungbalai.' });
    }
    if (errors.length) return { errors, laporan: null };
    return {
      errors,
      laporan: {
        klasifikasi: d.klasifikasi, kategori: kategori!, layananId: lay?.id ?? null, permohonanId: per?.id ?? null,
        judul: d.judul, isi: d.isi, anonim: d.anonim, rahasia: d.rahasia,
        pelapor: d.anonim ? null : { nama: d.pelapor!.nama, telepon, email: d.pelapor!.email ?? null },
        kelurahanKode: d.kelurahanKode ?? null, alamat: d.alamat || null, lat: d.lat ?? null, lng: d.lng ?? null,
      },
    };
  }

  /**
   * Stores a validated report: photos to disk, then one transaction (number, row, photos, the first
   * history entry, the 'pengaduan.diterima' message when a phone is given); written files are removed
   * when the transaction fails. The verification deadline is hariVerifikasi working days from now.
   */
  async function simpanLaporan(l: LaporanMasuk, files: BerkasMasuk[], o: { now: Date; sumber: PengaduanRow['sumber']; open311KlienId?: number }) {
    const { now } = o;
    const b = await batasBerlaku();
    const batasVerifikasi = await batas(now, b.hariVerifikasi);
    const kodeAkses = kodeAksesDari(randomBytes(8));
    const tersimpan: string[] = [];
    try {
      const simpanan: Array<{ f: BerkasMasuk; s: { path: string; sha256: string; ukuran: number } }> = [];
      for (const f of files) {
        const s = await penyimpanan.simpan(f.isi, { awalan: 'pengaduan', jenis: f.jenis, now });
        tersimpan.push(s.path);
        simpanan.push({ f, s });
      }
      const row = await db.transaction(async (tx) => {
        const urut = await repo.ambilNomor(tx, 'PG', Number(tanggalWib(now).slice(0, 4)));
        const telepon = l.pelapor?.telepon ?? null;
        const r = await repo.insertPengaduan(tx, {
          nomor: formatNomorPengaduan(Number(tanggalWib(now).slice(0, 4)), urut),
          kodeAksesHash: hashToken(normalisasiKodeAkses(kodeAkses)),
          klasifikasi: l.klasifikasi, kategoriId: l.kategori.id, layananId: l.layananId, permohonanId: l.permohonanId,
          status: 'baru', judul: l.judul, isi: l.isi, sumber: o.sumber, anonim: l.anonim, rahasia: l.rahasia,
          pelaporNamaEnc: l.pelapor?.nama ? deps.dataPribadi.enkripsi(l.pelapor.nama) : null,
          teleponEnc: telepon ? deps.dataPribadi.enkripsi(telepon) : null,
          teleponAkhir: telepon ? akhir(telepon) : null,
          emailEnc: l.pelapor?.email ? deps.dataPribadi.enkripsi(l.pelapor.email) : null,
          kelurahanKode: l.kelurahanKode, alamat: l.alamat, lat: l.lat, lng: l.lng,
          open311KlienId: o.open311KlienId ?? null,
          batasVerifikasi, createdAt: now, updatedAt: now,
        });
        await repo.insertLampiran(tx, simpanan.map(({ f, s }) => ({
          pengaduanId: r.id, namaFile: f.namaFile, mime: f.mime, ukuran: s.ukuran, sha256: s.sha256, path: s.path, createdAt: now,
        })));
        await repo.insertPeristiwa(tx, { pengaduanId: r.id, aksi: 'ajukan', keStatus: 'baru', aktor: 'pelapor', publik: true, at: now });
        if (telepon) {
          await deps.notifikasi.antrikan(tx, {
            kunci: `pengaduan.diterima:${r.id}`, templat: 'pengaduan.diterima', telepon,
            data: { nomor: r.nomor, status: STATUS_PENGADUAN_LABEL.baru, batas: teksWaktuWib(batasVerifikasi), tautan: TAUTAN_LACAK },
          });
        }
        return r;
      });
      return { row, kodeAkses };
    } catch (err) {
      await Promise.all(tersimpan.map((p) => penyimpanan.hapus(p).catch(() => undefined)));
      throw err;
    }
  }

  // ------------------------------------------------------------------ staff action

  type Perubahan = Partial<repo.PengaduanBaru>;

  /** Applies one transition with optimistic concurrency, its history entry and audit, in one transaction. */
  async function terapkan(
    row: PengaduanRow, revisi: number, set: Perubahan,
    e: { aksi: AksiPengaduan; aktor: 'pelapor' | 'koordinator' | 'unit' | 'sistem'; akunId?: number | null; pegawaiId?: number | null;
      unitId?: number | null; isi?: string | null; publik?: boolean; now: Date; pesan?: 'pengaduan.tanggapan' | 'pengaduan.selesai' },
  ): Promise<PengaduanRow> {
    return db.transaction(async (tx) => {
      const u = await repo.ubahJikaRevisi(tx, row.id, revisi, { ...set, updatedAt: e.now });
      if (!u) throw E.REVISI_USANG();
      await repo.insertPeristiwa(tx, {
        pengaduanId: row.id, aksi: e.aksi, dariStatus: row.status, keStatus: u.status, unitId: e.unitId ?? null, aktor: e.aktor,
        aktorPegawaiId: e.pegawaiId ?? null, isi: e.isi ?? null, publik: e.publik ?? true, at: e.now,
      });
      if (e.akunId != null) {
        await recordAudit(tx, {
          akunId: e.akunId, aksi: `pengaduan.${e.aksi}`, entitas: 'pengaduan', entitasId: row.id,
          data: { nomor: row.nomor, dari: row.status, ke: u.status, unitId: u.unitId, hasil: u.hasil, publik: e.publik ?? true },
        });
      }
      if (e.pesan) await antrikanPesan(tx, u, e.pesan);
      return u;
    });
  }

  const wajibIsi = (isi: string | undefined, pesan: string) => {
    if (!isi?.trim()) throw E.DATA_TIDAK_VALID(pesan, [{ field: 'body.isi', message: pesan }]);
    return isi.trim();
  };

  const open311 = createOpen311Service(deps, { periksaLaporan, simpanLaporan, batasBerlaku, kelurahanKota, namaUnit });

  return {
    /** Largest accepted photo, bytes (LAYANAN_MAKS_BERKAS_MB). */
    maksFotoByte: deps.maksBerkasByte,

    // ---------------------------------------------------------------- public

    /** GET /pengaduan/kategori: active categories with their default OPD. */
    async listKategoriPublik(): Promise<KategoriPublik[]> {
      const rows = await repo.listKategori(db, { aktifSaja: true });
      const units = await namaUnit(rows.map((r) => r.unitId));
      return rows.map((r) => ({
        id: r.id, kode: r.kode, nama: r.nama, deskripsi: r.deskripsi, grup: r.grup,
        unit: r.unitId != null ? { id: r.unitId, nama: units.get(r.unitId) ?? '' } : null,
      }));
    },

    /**
     * POST /pengaduan (multipart): `data` = the JSON text of {@link PengaduanDataSchema}, `foto` = photos
     * already read and content-checked by bacaMultipart (JPEG/PNG, ≤ maksBerkasByte, ≤ 3).
     * @returns nomor, the access code (shown once), status 'baru' and the verification deadline
     *   (hariVerifikasi working days, WIB calendar).
     * @throws DATA_TIDAK_VALID (400) naming each bad field ('data', 'kategoriKode', 'pelapor.telepon', 'lat',
     *   'kelurahanKode', 'foto', …); nothing is stored then.
     */
    async ajukan(input: { data: string | undefined; files: BerkasMasuk[] }, o: { now?: Date } = {}): Promise<PengaduanBaru> {
      const now = o.now ?? new Date();
      let mentah: unknown;
      try {
        mentah = JSON.parse(input.data ?? '');
      } catch {
        throw E.DATA_TIDAK_VALID('Isian laporan (data) tidak terbaca.', [{ field: 'data', message: 'Isian laporan wajib dikirim sebagai JSON.' }]);
      }
      const parsed = PengaduanDataSchema.safeParse(mentah);
      const errors: FieldError[] = parsed.success ? [] : fieldDariZod(parsed.error.issues);
      const asing = input.files.filter((f) => f.field !== 'foto');
      for (const f of asing) errors.push({ field: f.field, message: 'Hanya foto (kolom "foto") yang dapat dilampirkan.' });
      if (input.files.length - asing.length > 3) errors.push({ field: 'foto', message: 'Paling banyak 3 foto.' });
      for (const f of input.files) {
        if (f.jenis === 'pdf') errors.push({ field: f.field, message: `Berkas "${f.namaFile}" bukan foto JPEG/PNG.` });
      }
      if (errors.length || !parsed.success) throw E.DATA_TIDAK_VALID(undefined, errors);
      const cek = await periksaLaporan(parsed.data);
      if (!cek.laporan) throw E.DATA_TIDAK_VALID(undefined, cek.errors);
      const { row, kodeAkses } = await simpanLaporan(cek.laporan, input.files, { now, sumber: 'web' });
      return {
        nomor: row.nomor, kodeAkses, status: row.status,
        batasVerifikasi: row.batasVerifikasi.toISOString(), batasVerifikasiTeks: teksWaktuWib(row.batasVerifikasi),
      };
    },

    /**
     * POST /pengaduan/lacak: the reporter's view (public history only).
     * @throws PENGADUAN_TIDAK_DITEMUKAN (404) for a wrong nomor or a wrong code (same answer).
     */
    async lacak(b: { nomor: string; kodeAkses: string }, o: { now?: Date } = {}): Promise<PengaduanPublik> {
      const now = o.now ?? new Date();
      return kePublik(await milikPelapor(b.nomor, b.kodeAkses), now);
    },

    /**
     * POST /pengaduan/lacak/balas: the reporter's reply. On ditindaklanjuti — or selesai within
     * hariTutupOtomatis working days — it reopens the case to diteruskan with a new follow-up deadline
     * (hariTindakLanjut working days): the OPD must answer again. Elsewhere it is added to the history.
     * @throws PENGADUAN_TIDAK_DITEMUKAN (404) | TRANSISI_DITOLAK (409: ditutup/ditolak) |
     *   BATAS_BALAS_LEWAT (409: selesai and the window passed) | REVISI_USANG (409: changed meanwhile)
     */
    async balas(b: { nomor: string; kodeAkses: string; isi: string }, o: { now?: Date } = {}): Promise<PengaduanPublik> {
      const now = o.now ?? new Date();
      const row = await milikPelapor(b.nomor, b.kodeAkses);
      tolakNik(b.isi, 'body.isi');
      const t = transisiPengaduan(row.status, 'balas', row.nomor);
      if (!t.ok) throw E.TRANSISI_DITOLAK(t.pesan);
      const lim = await batasBerlaku();
      if (row.status === 'selesai' && !(await jendelaPelapor(row, now, lim))) throw E.BATAS_BALAS_LEWAT();
      const set: Perubahan = t.ke === row.status ? {} : {
        status: t.ke, hasil: null, tutupOtomatisAt: null, ditutupAt: null, batasTindakLanjut: await batas(now, lim.hariTindakLanjut),
      };
      const u = await terapkan(row, row.revisi, set, { aksi: 'balas', aktor: 'pelapor', isi: b.isi, now });
      return kePublik(u, now);
    },

    /**
     * POST /pengaduan/lacak/konfirmasi — "was it resolved?" (one click). `tuntas` true → selesai (puas);
     * false → reopened to diteruskan with a new follow-up deadline. Possible on ditindaklanjuti, and on
     * selesai within the window (e.g. after the auto-close).
     * @throws PENGADUAN_TIDAK_DITEMUKAN (404) | TRANSISI_DITOLAK (409) | BATAS_BALAS_LEWAT (409) | REVISI_USANG (409)
     */
    async konfirmasi(b: { nomor: string; kodeAkses: string; tuntas: boolean; isi?: string }, o: { now?: Date } = {}): Promise<PengaduanPublik> {
      const now = o.now ?? new Date();
      const row = await milikPelapor(b.nomor, b.kodeAkses);
      tolakNik(b.isi, 'body.isi');
      const aksi = b.tuntas ? 'konfirmasi_tuntas' : 'konfirmasi_belum';
      const t = transisiPengaduan(row.status, aksi, row.nomor);
      if (!t.ok) throw E.TRANSISI_DITOLAK(t.pesan);
      const lim = await batasBerlaku();
      if (row.status === 'selesai' && !(await jendelaPelapor(row, now, lim))) throw E.BATAS_BALAS_LEWAT();
      const set: Perubahan = b.tuntas
        ? { status: 'selesai', puas: true, ditutupAt: row.ditutupAt ?? now, tutupOtomatisAt: null }
        : { status: 'diteruskan', puas: false, hasil: null, ditutupAt: null, tutupOtomatisAt: null, batasTindakLanjut: await batas(now, lim.hariTindakLanjut) };
      const u = await terapkan(row, row.revisi, set, { aksi, aktor: 'pelapor', isi: b.isi?.trim() || null, now });
      return kePublik(u, now);
    },

    // ---------------------------------------------------------------- staff

    /**
     * GET /pengaduan: the coordinator sees every case; OPD staff (pengaduan:tindaklanjut) only cases
     * forwarded to a unit of their OPD. Open cases first by their running deadline.
     */
    async list(s: StafPengaduan, q: PengaduanListQuery, o: { now?: Date } = {}): Promise<PengaduanList> {
      const now = o.now ?? new Date();
      const l = await lingkup(s);
      const status = q.status ? (q.status.split(',').map((x) => x.trim()) as StatusPengaduan[]) : undefined;
      const [{ rows, total }, ring] = await Promise.all([
        repo.listPengaduan(db, l, { status, kategoriId: q.kategoriId, unitId: q.unitId, terlambat: q.batas === 'terlambat', q: q.q, page: q.page, perHalaman: q.perHalaman }, now),
        repo.ringkasan(db, l, now),
      ]);
      const [kategori, units] = await Promise.all([repo.listKategori(db), namaUnit(rows.map((r) => r.unitId))]);
      const kat = new Map(kategori.map((k) => [k.id, k.nama]));
      return {
        items: rows.map((r) => ({
          id: r.id, nomor: r.nomor, judul: r.judul, klasifikasi: r.klasifikasi, status: r.status, statusLabel: STATUS_PENGADUAN_LABEL[r.status],
          kategori: { id: r.kategoriId, nama: kat.get(r.kategoriId) ?? '' },
          unit: r.unitId != null ? { id: r.unitId, nama: units.get(r.unitId) ?? '' } : null,
          sumber: r.sumber, anonim: r.anonim, rahasia: r.rahasia, dibuatAt: r.createdAt.toISOString(), batas: keBatas(r, now), revisi: r.revisi,
        })),
        total, page: q.page, perHalaman: q.perHalaman, ringkasan: ring,
      };
    },

    /**
     * GET /pengaduan/:id — the staff view with every history entry (incl. internal notes) and the
     * actions this viewer may take. @throws PENGADUAN_TIDAK_DITEMUKAN (404) outside the viewer's scope.
     */
    async detail(s: StafPengaduan, id: number, o: { now?: Date } = {}): Promise<PengaduanStaf> {
      const row = await repo.findPengaduan(db, id);
      if (!row || !dalamLingkup(await lingkup(s), row)) throw E.PENGADUAN_TIDAK_DITEMUKAN('Laporan tidak ditemukan di lingkup Anda.');
      return keStaf(s, row, o.now ?? new Date());
    },

    /**
     * GET /pengaduan/:id/lampiran/:lampiranId — a photo of a case in the viewer's scope.
     * @throws PENGADUAN_TIDAK_DITEMUKAN | LAMPIRAN_TIDAK_DITEMUKAN (404)
     */
    async lampiran(s: StafPengaduan, id: number, lampiranId: number): Promise<{ stream: ReadStream; namaFile: string; mime: string; ukuran: number }> {
      const row = await repo.findPengaduan(db, id);
      if (!row || !dalamLingkup(await lingkup(s), row)) throw E.PENGADUAN_TIDAK_DITEMUKAN('Laporan tidak ditemukan di lingkup Anda.');
      const l = await repo.findLampiran(db, id, lampiranId);
      if (!l) throw E.LAMPIRAN_TIDAK_DITEMUKAN();
      return { stream: penyimpanan.buka(l.path), namaFile: l.namaFile, mime: l.mime, ukuran: l.ukuran };
    },

    /**
     * POST /pengaduan/:id/aksi — one staff action (see AksiPengaduanBodySchema for the fields of each).
     * Coordinator: verifikasi, teruskan (to `unitId`, default the suggested unit; follow-up deadline =
     * hariTindakLanjut working days), tolak (reason), tutup, tanggapi. Handling OPD: tanggapi (public or
     * internal note), tindak_lanjut (`isi` + `hasil`; auto-close after hariTutupOtomatis working days).
     * The reporter is notified of public changes (no personal data in the message). Audited.
     * @throws PENGADUAN_TIDAK_DITEMUKAN (404, also outside the scope) | AKSI_TIDAK_DIIZINKAN (403) |
     *   DATA_TIDAK_VALID (400: body.isi, body.hasil, body.unitId) | TRANSISI_DITOLAK (409) | REVISI_USANG (409)
     */
    async aksi(s: StafPengaduan, id: number, b: AksiPengaduanBody, o: { now?: Date } = {}): Promise<PengaduanStaf> {
      const now = o.now ?? new Date();
      const row = await repo.findPengaduan(db, id);
      if (!row || !dalamLingkup(await lingkup(s), row)) throw E.PENGADUAN_TIDAK_DITEMUKAN('Laporan tidak ditemukan di lingkup Anda.');
      const koordinator = isKoordinator(s.roles);
      if (AKSI_KOORDINATOR.includes(b.aksi) && !koordinator) throw E.AKSI_TIDAK_DIIZINKAN('Hanya koordinator pengaduan yang dapat melakukan tindakan ini.');
      const t = transisiPengaduan(row.status, b.aksi, row.nomor);
      if (!t.ok) throw E.TRANSISI_DITOLAK(t.pesan);
      if (b.revisi !== row.revisi) throw E.REVISI_USANG();
      tolakNik(b.isi, 'body.isi');
      const lim = await batasBerlaku();
      const dasar = { akunId: s.akunId, pegawaiId: s.pegawaiId, now };
      let u: PengaduanRow;
      switch (b.aksi) {
        case 'verifikasi':
          u = await terapkan(row, b.revisi, { status: t.ke }, { ...dasar, aksi: b.aksi, aktor: 'koordinator', isi: b.isi?.trim() || null });
          break;
        case 'teruskan': {
          const kategori = await repo.findKategori(db, row.kategoriId);
          const unitId = b.unitId ?? (await unitSaranId(row, kategori));
          const unit = unitId != null ? await deps.org.getUnit(unitId) : null;
          if (!unit || !unit.aktif) {
            const m = unitId == null ? 'Pilih perangkat daerah tujuan.' : 'Perangkat daerah tujuan tidak dikenal.';
            throw E.DATA_TIDAK_VALID(m, [{ field: 'body.unitId', message: m }]);
          }
          u = await terapkan(row, b.revisi, {
            status: t.ke, unitId: unit.id, batasTindakLanjut: await batas(now, lim.hariTindakLanjut), tutupOtomatisAt: null,
          }, { ...dasar, aksi: b.aksi, aktor: 'koordinator', unitId: unit.id, isi: b.isi?.trim() || null, pesan: 'pengaduan.tanggapan' });
          break;
        }
        case 'tolak': {
          const isi = wajibIsi(b.isi, 'Tuliskan alasan penolakan (misalnya bukan kewenangan Pemerintah Kota).');
          u = await terapkan(row, b.revisi, { status: t.ke, ditutupAt: now, tutupOtomatisAt: null },
            { ...dasar, aksi: b.aksi, aktor: 'koordinator', isi, pesan: 'pengaduan.tanggapan' });
          break;
        }
        case 'tutup':
          u = await terapkan(row, b.revisi, { status: t.ke, ditutupAt: now, tutupOtomatisAt: null },
            { ...dasar, aksi: b.aksi, aktor: 'koordinator', isi: b.isi?.trim() || null, pesan: 'pengaduan.tanggapan' });
          break;
        case 'tanggapi': {
          const isi = wajibIsi(b.isi, 'Tuliskan tanggapan.');
          const publik = b.publik ?? true;
          const sebagaiUnit = !koordinator || (row.unitId != null && s.opdId != null && (await deps.org.listUnitIdOpd(s.opdId)).includes(row.unitId));
          u = await terapkan(row, b.revisi, {}, {
            ...dasar, aksi: b.aksi, aktor: sebagaiUnit ? 'unit' : 'koordinator', unitId: sebagaiUnit ? row.unitId : null, isi, publik,
            pesan: publik ? 'pengaduan.tanggapan' : undefined,
          });
          break;
        }
        case 'tindak_lanjut': {
          const isi = wajibIsi(b.isi, 'Uraikan tindak lanjut yang sudah dilakukan.');
          if (!b.hasil) {
            throw E.DATA_TIDAK_VALID('Pilih hasil tindak lanjut.', [{ field: 'body.hasil', message: 'Pilih hasil tindak lanjut: tuntas, sebagian, atau tidak tuntas.' }]);
          }
          u = await terapkan(row, b.revisi, {
            status: t.ke, hasil: b.hasil, tindakLanjutAt: now, puas: null, tutupOtomatisAt: await batas(now, lim.hariTutupOtomatis),
          }, { ...dasar, aksi: b.aksi, aktor: 'unit', unitId: row.unitId, isi, pesan: 'pengaduan.selesai' });
          break;
        }
      }
      return keStaf(s, u, now);
    },

    // ---------------------------------------------------------------- job

    /**
     * Job (every 15 min, ADR 0009 runner): followed-up cases whose auto-close instant passed without a
     * reporter reply → selesai with a 'tutup_otomatis' history entry (SP4N-LAPOR! 10 hari kerja,
     * pelayanan.md §4.2). One conditional UPDATE: idempotent, and two runners never close a case twice.
     * Overdue verification/follow-up is computed when read (lists, badges), so nothing else is stored.
     * @returns the number of cases closed
     */
    async periksaBatas(now: Date = new Date()): Promise<number> {
      return db.transaction(async (tx) => {
        const rows = await repo.tutupOtomatis(tx, now);
        for (const r of rows) {
          await repo.insertPeristiwa(tx, {
            pengaduanId: r.id, aksi: 'tutup_otomatis', dariStatus: 'ditindaklanjuti', keStatus: 'selesai', aktor: 'sistem', publik: true, at: now,
          });
        }
        return rows.length;
      });
    },

    // ---------------------------------------------------------------- admin

    /** GET /admin/pengaduan/kategori: every category with its default unit and number of complaints. */
    async listKategoriAdmin(): Promise<KategoriAdmin[]> {
      const [rows, jumlah] = await Promise.all([repo.listKategori(db), repo.hitungPerKategori(db)]);
      const units = await namaUnit(rows.map((r) => r.unitId));
      return rows.map((r) => keKategoriAdmin(r, units, jumlah));
    },

    /**
     * POST /admin/pengaduan/kategori. @throws KATEGORI_KODE_GANDA (409, field body.kode) |
     * DATA_TIDAK_VALID (400, body.unitId unknown)
     */
    async buatKategori(akunId: number, b: KategoriBuat): Promise<KategoriAdmin> {
      await periksaUnit(b.unitId);
      try {
        const r = await db.transaction(async (tx) => {
          const r = await repo.insertKategori(tx, {
            kode: b.kode, nama: b.nama, deskripsi: b.deskripsi ?? null, grup: b.grup ?? null, kataKunci: b.kataKunci ?? null,
            unitId: b.unitId ?? null, aktif: b.aktif,
          });
          await recordAudit(tx, { akunId, aksi: 'pengaduan.kategori.buat', entitas: 'pengaduan_kategori', entitasId: r.id, data: b });
          return r;
        });
        return keKategoriAdmin(r, await namaUnit([r.unitId]), new Map());
      } catch (err) {
        if (pelanggaranUnik(err) !== null) throw E.KATEGORI_KODE_GANDA(undefined, [{ field: 'body.kode', message: 'Kode ini sudah dipakai kategori lain.' }]);
        throw err;
      }
    },

    /** PATCH /admin/pengaduan/kategori/:id (the kode stays). @throws KATEGORI_TIDAK_DITEMUKAN (404) | DATA_TIDAK_VALID (400) */
    async ubahKategori(akunId: number, id: number, b: KategoriUbah): Promise<KategoriAdmin> {
      await periksaUnit(b.unitId);
      const set = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
      const r = await db.transaction(async (tx) => {
        const r = Object.keys(set).length ? await repo.updateKategori(tx, id, set) : await repo.findKategori(tx, id);
        if (!r) throw E.KATEGORI_TIDAK_DITEMUKAN();
        await recordAudit(tx, { akunId, aksi: 'pengaduan.kategori.ubah', entitas: 'pengaduan_kategori', entitasId: id, data: set });
        return r;
      });
      return keKategoriAdmin(r, await namaUnit([r.unitId]), await repo.hitungPerKategori(db));
    },

    /** GET /admin/pengaduan/pengaturan: the working-day limits (3/5/10 until changed). */
    async getPengaturan(): Promise<PengaturanPengaduan> {
      return batasBerlaku();
    },

    /** PUT /admin/pengaduan/pengaturan: new limits apply to deadlines computed from now on (audited). */
    async simpanPengaturan(akunId: number, b: PengaturanPengaduan, o: { now?: Date } = {}): Promise<PengaturanPengaduan> {
      await db.transaction(async (tx) => {
        const lama = await batasBerlaku(tx);
        await repo.simpanPengaturan(tx, b, o.now ?? new Date());
        await recordAudit(tx, { akunId, aksi: 'pengaduan.pengaturan', entitas: 'pengaduan_pengaturan', entitasId: 1, data: { lama, baru: b } });
      });
      return batasBerlaku();
    },

    /** GET /admin/open311/klien */
    async listKlien(): Promise<Open311Klien[]> {
      return (await repo.listKlien(db)).map(keKlien);
    },

    /** POST /admin/open311/klien: a new client; the api key is returned once and stored as sha256 (audited). */
    async buatKlien(akunId: number, b: { nama: string }): Promise<{ klien: Open311Klien; apiKey: string }> {
      const apiKey = `o311_${randomBytes(24).toString('base64url')}`;
      const r = await db.transaction(async (tx) => {
        const r = await repo.insertKlien(tx, { nama: b.nama, kunciHash: hashToken(apiKey) });
        await recordAudit(tx, { akunId, aksi: 'open311.klien.buat', entitas: 'open311_klien', entitasId: r.id, data: { nama: b.nama } });
        return r;
      });
      return { klien: keKlien(r), apiKey };
    },

    /** POST /admin/open311/klien/:id/cabut: revokes the key at once (audited). @throws KLIEN_TIDAK_DITEMUKAN (404) */
    async cabutKlien(akunId: number, id: number): Promise<Open311Klien> {
      const r = await db.transaction(async (tx) => {
        const r = await repo.cabutKlien(tx, id);
        if (!r) throw E.KLIEN_TIDAK_DITEMUKAN();
        await recordAudit(tx, { akunId, aksi: 'open311.klien.cabut', entitas: 'open311_klien', entitasId: id });
        return r;
      });
      return keKlien(r);
    },

    // ---------------------------------------------------------------- kinerja

    /**
     * Complaint facts of a unit for performance evaluation (kinerja): complaints forwarded to the unit (an
     * OPD: to any of its units) created between `dari` and `sampai` (WIB dates, inclusive), how many got a
     * follow-up by their follow-up deadline (hariTindakLanjut working days after forwarding), the
     * percentage (2 decimals; null when none came in) and the case ids as evidence.
     */
    async faktaPengaduanUnit(p: { unitId: number; dari: string; sampai: string }) {
      const unit = await deps.org.getUnit(p.unitId);
      const unitIds = !unit ? [] : unit.isOpd ? await deps.org.listUnitIdOpd(unit.id) : [unit.id];
      const rows = await repo.faktaUnit(db, unitIds, waktuWib(p.dari, '00:00'), waktuWib(tambahHari(p.sampai, 1), '00:00'));
      const tepat = rows.filter((r) => tindakLanjutTepatWaktu(r.tindakLanjutAt, r.batasTindakLanjut)).length;
      return {
        masuk: rows.length,
        ditindaklanjutiTepatWaktu: tepat,
        persen: rows.length ? Math.round((tepat / rows.length) * 10_000) / 100 : null,
        ids: rows.map((r) => r.id),
      };
    },

    /**
     * For kinerja (evidence list of an automatic realisasi; no scope check — the caller decides who may see
     * it): display rows of the complaints with these ids, in the order of `ids` (unknown ids skipped). NO
     * personal data and no content — never the reporter, title, text, address or photos: number, category,
     * layanan, status, when it came in, the follow-up deadline and when it was followed up, and whether that
     * was in time (same rule as {@link faktaPengaduanUnit}).
     */
    async ringkasPengaduan(ids: number[]) {
      const rows = await repo.listRingkas(db, [...new Set(ids)]);
      const per = new Map(rows.map((r) => [Number(r.id), r]));
      return ids.flatMap((id) => {
        const r = per.get(id);
        if (!r) return [];
        return [{
          id: Number(r.id), nomor: r.nomor, kategori: r.kategori, layanan: r.layanan, status: r.status, masukAt: r.createdAt,
          batasTindakLanjut: r.batasTindakLanjut, tindakLanjutAt: r.tindakLanjutAt,
          tepatWaktu: tindakLanjutTepatWaktu(r.tindakLanjutAt, r.batasTindakLanjut),
        }];
      });
    },

    /** Open311 GeoReport v2 (layanan.open311.service.ts). */
    open311,
  };

  async function periksaUnit(unitId: number | null | undefined) {
    if (unitId == null) return;
    const u = await deps.org.getUnit(unitId);
    if (!u) throw E.DATA_TIDAK_VALID('Unit tidak dikenal.', [{ field: 'body.unitId', message: 'Unit tidak dikenal.' }]);
  }
}
export type LayananPengaduanService = ReturnType<typeof createLayananPengaduanService>;

/** What the Open311 service borrows from the complaint service (same rules, same storage). */
export type IntiPengaduan = {
  periksaLaporan(d: PengaduanData): Promise<{ errors: FieldError[]; laporan: LaporanMasuk | null }>;
  simpanLaporan(l: LaporanMasuk, files: BerkasMasuk[], o: { now: Date; sumber: PengaduanRow['sumber']; open311KlienId?: number }): Promise<{ row: PengaduanRow; kodeAkses: string }>;
  batasBerlaku(): Promise<BatasPengaduan>;
  kelurahanKota(): Promise<Map<string, string>>;
  namaUnit(ids: Array<number | null | undefined>): Promise<Map<number, string>>;
};

function keKategoriAdmin(r: KategoriRow, units: Map<number, string>, jumlah: Map<number, number>): KategoriAdmin {
  return {
    id: r.id, kode: r.kode, nama: r.nama, deskripsi: r.deskripsi, grup: r.grup, kataKunci: r.kataKunci,
    unit: r.unitId != null ? { id: r.unitId, nama: units.get(r.unitId) ?? '' } : null, aktif: r.aktif, jumlahPengaduan: jumlah.get(r.id) ?? 0,
  };
}

function keKlien(r: repo.KlienRow): Open311Klien {
  return { id: r.id, nama: r.nama, aktif: r.aktif, terakhirDipakai: iso(r.terakhirDipakai), createdAt: r.createdAt.toISOString() };
}

