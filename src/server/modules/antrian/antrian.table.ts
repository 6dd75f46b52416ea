import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { unitOrganisasi } from '../org/org.table.ts';

/**
 * A service office with a queue (pelayanan.md §3): Kantor Disdukcapil, the Mal Pelayanan Publik, a
 * kecamatan office. `unitId` is the unit whose SKM survey the tickets' invitations go to.
 * `jamLayanan` is the weekly schedule: ISO weekday "1".."7" → open intervals (breaks are the gaps),
 * e.g. {"5":[{"mulai":"08:00","selesai":"11:30"},{"mulai":"13:30","selesai":"16:00"}]} for Friday prayer.
 */
export const antrianLokasi = pgTable(
  'antrian_lokasi',
  {
    id: serial('id').primaryKey(),
    /** URL slug for /layar/:lokasi and the public pages, e.g. "disdukcapil". */
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    alamat: text('alamat'),
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    jamLayanan: jsonb('jam_layanan').notNull(),
    /** Check-in window around the session start, minutes (default −30/+15). */
    checkInSebelumMenit: integer('check_in_sebelum_menit').notNull().default(30),
    checkInSesudahMenit: integer('check_in_sesudah_menit').notNull().default(15),
    /** Fair interleaving: one priority ticket after every N regular calls (UU 25/2009 Pasal 29). */
    rasioPrioritas: integer('rasio_prioritas').notNull().default(3),
    /** Calls (first call + recalls) after which a ticket becomes tidak_hadir. */
    maksPanggil: integer('maks_panggil').notNull().default(3),
    /** Maximum time a ticket may stay ditahan (parked), minutes. */
    maksTahanMenit: integer('maks_tahan_menit').notNull().default(60),
    /** How many days ahead citizens may book. */
    hariPesanKeDepan: integer('hari_pesan_ke_depan').notNull().default(14),
    /** "N orang lagi" notification threshold. */
    notifikasiSisa: integer('notifikasi_sisa').notNull().default(3),
    aktif: boolean('aktif').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('antrian_lokasi_kode_uq').on(t.kode)],
);

/**
 * A layanan offered at a lokasi, with its ticket prefix and daily quota split into online and walk-in
 * shares. `standarMenit` is the service-time standard (for "share within the standard time").
 * `layananKode` optionally names the catalogue service (layanan module) it corresponds to.
 */
export const antrianLayanan = pgTable(
  'antrian_layanan',
  {
    id: serial('id').primaryKey(),
    lokasiId: integer('lokasi_id').notNull().references(() => antrianLokasi.id),
    nama: text('nama').notNull(),
    layananKode: text('layanan_kode'),
    /** Ticket prefix, 1–3 capital letters, unique per lokasi (A, B, KK…). */
    prefix: text('prefix').notNull(),
    kuotaOnline: integer('kuota_online').notNull(),
    kuotaWalkin: integer('kuota_walkin').notNull(),
    standarMenit: integer('standar_menit').notNull().default(15),
    urutan: integer('urutan').notNull().default(0),
    aktif: boolean('aktif').notNull().default(true),
  },
  (t) => [uniqueIndex('antrian_layanan_prefix_uq').on(t.lokasiId, t.prefix)],
);

/** Booking sessions (time windows, WIB "HH:MM") of a layanan on every open day, with their capacity. */
export const antrianSesi = pgTable(
  'antrian_sesi',
  {
    id: serial('id').primaryKey(),
    layananId: integer('layanan_id').notNull().references(() => antrianLayanan.id),
    mulai: text('mulai').notNull(),
    selesai: text('selesai').notNull(),
    kapasitas: integer('kapasitas').notNull(),
    aktif: boolean('aktif').notNull().default(true),
  },
  (t) => [index('antrian_sesi_layanan_idx').on(t.layananId)],
);

/** A counter. `nomor` is what the board and the voice say ("loket tiga"). */
export const antrianLoket = pgTable(
  'antrian_loket',
  {
    id: serial('id').primaryKey(),
    lokasiId: integer('lokasi_id').notNull().references(() => antrianLokasi.id),
    nomor: integer('nomor').notNull(),
    nama: text('nama').notNull(),
    aktif: boolean('aktif').notNull().default(true),
  },
  (t) => [uniqueIndex('antrian_loket_nomor_uq').on(t.lokasiId, t.nomor)],
);

/** Which layanan a loket serves. */
export const antrianLoketLayanan = pgTable(
  'antrian_loket_layanan',
  {
    loketId: integer('loket_id').notNull().references(() => antrianLoket.id),
    layananId: integer('layanan_id').notNull().references(() => antrianLayanan.id),
  },
  (t) => [primaryKey({ columns: [t.loketId, t.layananId] })],
);

/** Who is logged in to a loket now (one petugas per loket; one loket per petugas). */
export const antrianLoketPetugas = pgTable(
  'antrian_loket_petugas',
  {
    loketId: integer('loket_id').primaryKey().references(() => antrianLoket.id),
    akunId: integer('akun_id').notNull(),
    pegawaiId: integer('pegawai_id'),
    sejak: timestamp('sejak', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('antrian_loket_petugas_akun_uq').on(t.akunId)],
);

/** Days a lokasi is closed on top of the city calendar (renovation, power cut, local event). */
export const antrianTutup = pgTable(
  'antrian_tutup',
  {
    id: serial('id').primaryKey(),
    lokasiId: integer('lokasi_id').notNull().references(() => antrianLokasi.id),
    tanggal: date('tanggal').notNull(),
    alasan: text('alasan').notNull(),
  },
  (t) => [uniqueIndex('antrian_tutup_uq').on(t.lokasiId, t.tanggal)],
);

/**
 * Capacity counters, reserved atomically with `UPDATE … SET terpakai = terpakai + 1 WHERE terpakai <
 * kapasitas` (no overbooking under concurrency, pelayanan.md §3.2). `kunci`: 'online' (daily online
 * quota), 'walkin' (daily walk-in quota) or 'sesi:<id>' (a booking session). Rows are created lazily.
 */
export const antrianKuota = pgTable(
  'antrian_kuota',
  {
    layananId: integer('layanan_id').notNull().references(() => antrianLayanan.id),
    tanggal: date('tanggal').notNull(),
    kunci: text('kunci').notNull(),
    kapasitas: integer('kapasitas').notNull(),
    terpakai: integer('terpakai').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.layananId, t.tanggal, t.kunci] })],
);

/** Per-layanan, per-business-day ticket number counter (PREFIX-NNN restarts every WIB business day). */
export const antrianNomor = pgTable(
  'antrian_nomor',
  {
    layananId: integer('layanan_id').notNull().references(() => antrianLayanan.id),
    tanggal: date('tanggal').notNull(),
    terakhir: integer('terakhir').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.layananId, t.tanggal] })],
);

export const STATUS_TIKET = [
  'dipesan', 'menunggu', 'dipanggil', 'dilayani', 'ditahan', 'selesai', 'tidak_hadir', 'dibatalkan', 'kedaluwarsa',
] as const;
export const PRIORITAS = ['lansia', 'disabilitas', 'ibu_hamil', 'anak'] as const;

/**
 * A ticket (pelayanan.md §3.2 state machine, Indonesian names): dipesan (BOOKED) → menunggu (CHECKED_IN /
 * WAITING) → dipanggil (CALLED) → dilayani (SERVING) → selesai (DONE); side states ditahan (ON_HOLD),
 * tidak_hadir (NO_SHOW), dibatalkan (CANCELLED), kedaluwarsa (EXPIRED). A transfer puts it back in
 * menunggu at another layanan/loket.
 * Personal data: `nikEnc` (AES-GCM), `nikHash` (keyed HMAC, uniqueness), `nikAkhir` (display);
 * `teleponEnc` likewise. `kode` is the random public booking code (ticket page, QR payload is signed).
 */
export const antrianTiket = pgTable(
  'antrian_tiket',
  {
    id: serial('id').primaryKey(),
    lokasiId: integer('lokasi_id').notNull().references(() => antrianLokasi.id),
    layananId: integer('layanan_id').notNull().references(() => antrianLayanan.id),
    /** WIB business day the ticket belongs to. */
    tanggal: date('tanggal').notNull(),
    nomorUrut: integer('nomor_urut').notNull(),
    /** 'A-007' (prefix of the layanan at issue time). */
    nomor: text('nomor').notNull(),
    kode: text('kode').notNull(),
    kanal: text('kanal', { enum: ['online', 'walkin'] }).notNull(),
    sesiId: integer('sesi_id').references(() => antrianSesi.id),
    status: text('status', { enum: STATUS_TIKET }).notNull(),
    prioritas: text('prioritas', { enum: PRIORITAS }),
    prioritasOleh: integer('prioritas_oleh'),
    nama: text('nama'),
    nikEnc: text('nik_enc'),
    nikHash: text('nik_hash'),
    nikAkhir: text('nik_akhir'),
    teleponEnc: text('telepon_enc'),
    teleponAkhir: text('telepon_akhir'),
    /** Keyed hash of the phone number: caps bookings per phone per day (anti-calo). */
    teleponHash: text('telepon_hash'),
    /** Set by a transfer to a specific loket (only that loket calls it). */
    loketTujuanId: integer('loket_tujuan_id').references(() => antrianLoket.id),
    /** The loket that called/serves it, and who. */
    loketId: integer('loket_id').references(() => antrianLoket.id),
    petugasAkunId: integer('petugas_akun_id'),
    petugasPegawaiId: integer('petugas_pegawai_id'),
    jumlahPanggil: smallint('jumlah_panggil').notNull().default(0),
    dibuatPada: timestamp('dibuat_pada', { withTimezone: true }).notNull().defaultNow(),
    checkInPada: timestamp('check_in_pada', { withTimezone: true }),
    /** When it (re-)entered the waiting line: arrival order (reset by transfer/resume). */
    antriPada: timestamp('antri_pada', { withTimezone: true }),
    dipanggilPada: timestamp('dipanggil_pada', { withTimezone: true }),
    panggilTerakhirPada: timestamp('panggil_terakhir_pada', { withTimezone: true }),
    mulaiPada: timestamp('mulai_pada', { withTimezone: true }),
    selesaiPada: timestamp('selesai_pada', { withTimezone: true }),
    ditahanPada: timestamp('ditahan_pada', { withTimezone: true }),
    /** Hash of the one-time SKM invitation token is in skm; the raw token is shown only to the ticket holder. */
    undanganToken: text('undangan_token'),
    notifSisaTerkirim: boolean('notif_sisa_terkirim').notNull().default(false),
    versi: integer('versi').notNull().default(0),
  },
  (t) => [
    uniqueIndex('antrian_tiket_kode_uq').on(t.kode),
    uniqueIndex('antrian_tiket_nomor_uq').on(t.layananId, t.tanggal, t.nomorUrut),
    /** At most one active booking per NIK per layanan per day (pelayanan.md §3.2 per-NIK limits). */
    uniqueIndex('antrian_tiket_nik_aktif_uq')
      .on(t.nikHash, t.layananId, t.tanggal)
      .where(sql`nik_hash IS NOT NULL AND status IN ('dipesan','menunggu','dipanggil','dilayani','ditahan')`),
    index('antrian_tiket_antre_idx').on(t.lokasiId, t.tanggal, t.status),
    index('antrian_tiket_layanan_tgl_idx').on(t.layananId, t.tanggal),
    index('antrian_tiket_petugas_idx').on(t.petugasPegawaiId, t.tanggal),
    index('antrian_tiket_telepon_idx').on(t.teleponHash, t.tanggal),
  ],
);

/** Every transition of a ticket, with actor and time (append-only). */
export const antrianPeristiwa = pgTable(
  'antrian_peristiwa',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tiketId: integer('tiket_id').notNull().references(() => antrianTiket.id),
    aksi: text('aksi').notNull(),
    dari: text('dari'),
    ke: text('ke').notNull(),
    akunId: integer('akun_id'),
    loketId: integer('loket_id'),
    catatan: text('catatan'),
    pada: timestamp('pada', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('antrian_peristiwa_tiket_idx').on(t.tiketId)],
);

/** Display-board devices (/layar/:lokasi): authorised by a device token, stored hashed. */
export const antrianLayar = pgTable(
  'antrian_layar',
  {
    id: serial('id').primaryKey(),
    lokasiId: integer('lokasi_id').notNull().references(() => antrianLokasi.id),
    nama: text('nama').notNull(),
    tokenHash: text('token_hash').notNull(),
    aktif: boolean('aktif').notNull().default(true),
    dibuatOleh: integer('dibuat_oleh'),
    dibuatPada: timestamp('dibuat_pada', { withTimezone: true }).notNull().defaultNow(),
    terakhirTerlihat: timestamp('terakhir_terlihat', { withTimezone: true }),
  },
  (t) => [uniqueIndex('antrian_layar_token_uq').on(t.tokenHash)],
);
