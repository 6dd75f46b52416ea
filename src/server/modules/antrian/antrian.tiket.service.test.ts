import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import type { AppError } from '../../lib/app-error.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { antrianKuota, antrianLoketPetugas, antrianPeristiwa, antrianTiket } from './antrian.table.ts';
import { nikUji, seedAntrianUji } from './antrian.tiket.testing.ts';

const SENIN = '2026-12-07';
const MINGGU_PAGI = new Date('2026-12-06T10:00:00+07:00');
const wib = (jam: string, tanggal = SENIN) => new Date(`${tanggal}T${jam}+07:00`);

/** The AppError code a promise rejects with (fails the test when it resolves). */
async function kodeGalat(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as AppError).code;
  }
  throw new Error('expected a rejection');
}

describe('antrian tiket service', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedAntrianUji>>;
  let svc: ReturnType<typeof createTestApp> extends Promise<infer A> ? A extends { app: { services: { antrian: { tiket: infer S } } } } ? S : never : never;
  let petugas: { akunId: number; opdId: number };
  let nomorNik = 5000;
  const nikBaru = () => nikUji(++nomorNik);
  const booking = (over: Partial<Parameters<typeof svc.pesan>[0]> = {}) => ({
    layananId: u.a.id, tanggal: SENIN, sesiId: u.siang.id, nik: nikBaru(), nama: 'Warga Uji', telepon: `0812-3456-${String(nomorNik).padStart(4, '0')}`, setuju: true as const, ...over,
  });
  const kuota = async (layananId: number, tanggal: string, kunci: string) =>
    (await t.db.select().from(antrianKuota).where(and(eq(antrianKuota.layananId, layananId), eq(antrianKuota.tanggal, tanggal), eq(antrianKuota.kunci, kunci))))[0]?.terpakai;

  beforeAll(async () => {
    t = await createTestApp();
    u = await seedAntrianUji(t.db, t.fixture.opdA.id);
    svc = t.app.services.antrian.tiket;
    petugas = { akunId: t.fixture.accounts.petugas!, opdId: t.fixture.opdA.id };
  });
  afterAll(async () => { await t?.close(); });

  describe('race: 1,000 concurrent bookings for a session of 300 places', () => {
    it('should issue exactly 300 tickets with distinct numbers and refuse the rest with ANTRIAN_PENUH', async () => {
      const hasil = await Promise.allSettled(Array.from({ length: 1000 }, (_, i) =>
        svc.pesan({ layananId: u.a.id, tanggal: SENIN, sesiId: u.pagi.id, nik: nikUji(i + 1), nama: `Warga ${i}`, telepon: `0813${String(10_000_000 + i)}`, setuju: true }, { now: MINGGU_PAGI })));
      const ok = hasil.filter((h) => h.status === 'fulfilled');
      const gagal = hasil.filter((h): h is PromiseRejectedResult => h.status === 'rejected');
      expect(ok).toHaveLength(300);
      expect(new Set(gagal.map((g) => (g.reason as AppError).code))).toEqual(new Set(['ANTRIAN_PENUH']));
      const rows = await t.db.select({ nomorUrut: antrianTiket.nomorUrut, nomor: antrianTiket.nomor }).from(antrianTiket)
        .where(and(eq(antrianTiket.layananId, u.a.id), eq(antrianTiket.tanggal, SENIN)));
      expect(rows).toHaveLength(300);
      expect(new Set(rows.map((r) => r.nomorUrut)).size).toBe(300);
      expect(Math.max(...rows.map((r) => r.nomorUrut))).toBe(300);
      expect(new Set(rows.map((r) => r.nomor)).size).toBe(300);
      expect(await kuota(u.a.id, SENIN, `sesi:${u.pagi.id}`)).toBe(300);
      expect(await kuota(u.a.id, SENIN, 'online')).toBe(300);
    }, 120_000);
  });

  describe('pesan (booking)', () => {
    it('should store the NIK encrypted and answer only its masked form', async () => {
      const nik = nikBaru();
      const { tiket, baru } = await svc.pesan(booking({ nik, sesiId: u.sesiB.id, layananId: u.b.id, prioritas: 'lansia', telepon: '0812-3456-7890' }), { now: MINGGU_PAGI });
      expect(baru).toBe(true);
      expect(tiket).toMatchObject({ status: 'dipesan', kanal: 'online', nomor: 'B-001', prioritas: 'lansia', nikSamaran: `3171********${nik.slice(-4)}` });
      expect(tiket.kode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
      expect(tiket.jendelaCheckIn).toEqual({ buka: wib('07:30:00').toISOString(), tutup: wib('08:15:00').toISOString() });
      expect(JSON.stringify(tiket)).not.toContain(nik);
      const [row] = await t.db.select().from(antrianTiket).where(eq(antrianTiket.kode, tiket.kode));
      expect(row!.nikEnc).not.toContain(nik);
      expect(row!.nikAkhir).toBe(nik.slice(-4));
      expect(row!.teleponAkhir).toBe('7890');
      // The confirmation tells the check-in window (regression: it was missing from the message data).
      const [konfirmasi] = await queryRows<{ data: Record<string, unknown> }>(t.db, sql`select data from notifikasi_outbox where kunci like ${`antrian.konfirmasi:${row!.id}:%`}`);
      expect(konfirmasi!.data).toMatchObject({ checkInBuka: '07:30', checkInTutup: '08:15', nomor: 'B-001' });
      expect(JSON.stringify(konfirmasi!.data)).not.toContain(nik);
      const [ev] = await t.db.select().from(antrianPeristiwa).where(eq(antrianPeristiwa.tiketId, row!.id));
      expect(ev).toMatchObject({ aksi: 'pesan', dari: null, ke: 'dipesan', akunId: null });
      const pesan = await queryRows<{ templat: string; data: unknown; jadwal: Date }>(t.db, sql`select templat, data, jadwal from notifikasi_outbox where kunci like ${`%:${row!.id}:%`} order by templat`);
      expect(pesan.map((p) => p.templat)).toEqual(['antrian.konfirmasi', 'antrian.pengingat']);
      expect(new Date(pesan[1]!.jadwal)).toEqual(wib('16:00:00', '2026-12-06'));
      expect(JSON.stringify(pesan)).not.toContain(nik);
    });

    it('should refuse a second active booking of the same NIK, layanan and day with 409 on field nik', async () => {
      const nik = nikBaru();
      await svc.pesan(booking({ nik, layananId: u.b.id, sesiId: u.sesiB.id }), { now: MINGGU_PAGI });
      const e = await svc.pesan(booking({ nik, layananId: u.b.id, sesiId: u.sesiB.id }), { now: MINGGU_PAGI }).catch((x: AppError) => x);
      expect(e).toMatchObject({ code: 'ANTRIAN_NIK_AKTIF', status: 409, errors: [{ field: 'nik' }] });
      // another layanan the same day is fine
      expect((await svc.pesan(booking({ nik, sesiId: u.pagi.id, tanggal: '2026-12-08' }), { now: MINGGU_PAGI })).baru).toBe(true);
    });

    it('should answer a retry with the same Idempotency-Key with the same ticket and use one place only', async () => {
      const body = booking({ layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-09' });
      const a = await svc.pesan(body, { now: MINGGU_PAGI, idempotencyKey: 'kunci-uji-0001' });
      const b = await svc.pesan(body, { now: MINGGU_PAGI, idempotencyKey: 'kunci-uji-0001' });
      expect(b).toEqual({ tiket: a.tiket, baru: false });
      expect(await kuota(u.b.id, '2026-12-09', 'online')).toBe(1);
      // a different key is a second booking → the NIK rule applies
      expect(await kodeGalat(svc.pesan(body, { now: MINGGU_PAGI, idempotencyKey: 'kunci-uji-0002' }))).toBe('ANTRIAN_NIK_AKTIF');
    });

    it('should validate NIK, phone, date and session with field errors', async () => {
      const e = await svc.pesan(booking({ nik: '1274071203850001', telepon: '0212345678', tanggal: '2026-12-12' }), { now: MINGGU_PAGI }).catch((x: AppError) => x);
      expect(e).toMatchObject({ code: 'DATA_TIDAK_VALID', status: 400 });
      expect((e as AppError).errors.map((f) => f.field)).toEqual(['nik', 'tanggal', 'telepon']); // Saturday, unknown kecamatan 12.74.07
      expect(await kodeGalat(svc.pesan(booking({ sesiId: u.sesiB.id }), { now: MINGGU_PAGI }))).toBe('DATA_TIDAK_VALID'); // session of another layanan
      expect(await kodeGalat(svc.pesan(booking({ tanggal: '2026-12-21' }), { now: MINGGU_PAGI }))).toBe('DATA_TIDAK_VALID'); // beyond 14 days
      expect(await kodeGalat(svc.pesan(booking({ tanggal: '2026-12-04' }), { now: MINGGU_PAGI }))).toBe('DATA_TIDAK_VALID'); // past
      expect(await kodeGalat(svc.pesan(booking({ sesiId: u.pagi.id }), { now: wib('08:15:01') }))).toBe('DATA_TIDAK_VALID'); // window closed
      expect(await kodeGalat(svc.pesan(booking({ layananId: 999_999 }), { now: MINGGU_PAGI }))).toBe('LAYANAN_TIDAK_DITEMUKAN');
      expect((await svc.pesan(booking({ nik: '1274011203850001', layananId: u.b.id, sesiId: u.sesiB.id }), { now: MINGGU_PAGI })).baru).toBe(true);
    });
  });

  describe('batas per nomor telepon', () => {
    it('should refuse a sixth active booking with one phone number for one date, and count only active tickets (regression)', async () => {
      const telepon = '0819-5555-0001';
      const kode: string[] = [];
      for (let i = 0; i < 5; i++) kode.push((await svc.pesan(booking({ telepon, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-18' }), { now: MINGGU_PAGI })).tiket.kode);
      const e = await svc.pesan(booking({ telepon, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-18' }), { now: MINGGU_PAGI }).catch((x: AppError) => x);
      expect(e).toMatchObject({ code: 'ANTRIAN_BATAS_TELEPON', status: 409, errors: [{ field: 'telepon' }] });
      expect((await svc.pesan(booking({ telepon, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-17' }), { now: MINGGU_PAGI })).baru).toBe(true); // another date
      const [row] = await t.db.select().from(antrianTiket).where(eq(antrianTiket.kode, kode[0]!));
      expect(row!.teleponHash).toMatch(/^[0-9a-f]{64}$/);
      await t.db.update(antrianTiket).set({ status: 'dibatalkan' }).where(eq(antrianTiket.kode, kode[0]!));
      expect((await svc.pesan(booking({ telepon, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-18' }), { now: MINGGU_PAGI })).baru).toBe(true);
    });
  });

  describe('batal and jadwal ulang', () => {
    it('should free the place on cancel (second factor: last 4 NIK digits)', async () => {
      const nik = nikBaru();
      const { tiket } = await svc.pesan(booking({ nik }), { now: MINGGU_PAGI }); // session "siang" has 1 place
      expect(await kodeGalat(svc.pesan(booking(), { now: MINGGU_PAGI }))).toBe('ANTRIAN_PENUH');
      expect(await kodeGalat(svc.batal(tiket.kode, nikUji(9999), MINGGU_PAGI))).toBe('NIK_TIDAK_COCOK');
      const batal = await svc.batal(tiket.kode.toLowerCase(), nik, MINGGU_PAGI);
      expect(batal.status).toBe('dibatalkan');
      expect(await kuota(u.a.id, SENIN, `sesi:${u.siang.id}`)).toBe(0);
      expect((await svc.pesan(booking({ nik }), { now: MINGGU_PAGI })).baru).toBe(true); // the place and the NIK are free again
      expect(await kodeGalat(svc.batal(tiket.kode, nik, MINGGU_PAGI))).toBe('TIKET_TIDAK_DAPAT_DIUBAH');
    });

    it('should move a booking to another day atomically, with a new number of that day', async () => {
      const nik = nikBaru();
      const { tiket } = await svc.pesan(booking({ nik, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-10' }), { now: MINGGU_PAGI });
      const sebelum = await kuota(u.b.id, '2026-12-11', 'online') ?? 0;
      const baru = await svc.jadwalUlang(tiket.kode, { nik, tanggal: '2026-12-11', sesiId: u.sesiB.id }, MINGGU_PAGI);
      expect(baru).toMatchObject({ kode: tiket.kode, tanggal: '2026-12-11', status: 'dipesan', nomor: `B-${String(sebelum + 1).padStart(3, '0')}` });
      expect(await kuota(u.b.id, '2026-12-10', 'online')).toBe(0);
      expect(await kuota(u.b.id, '2026-12-11', 'online')).toBe(sebelum + 1);
      expect(await kodeGalat(svc.jadwalUlang(tiket.kode, { nik: nikUji(9998), tanggal: '2026-12-10', sesiId: u.sesiB.id }, MINGGU_PAGI))).toBe('NIK_TIDAK_COCOK');
    });

    it('should withdraw the reminder of the old date on reschedule and on cancel (regression)', async () => {
      const nik = nikBaru();
      const { tiket } = await svc.pesan(booking({ nik, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-15' }), { now: MINGGU_PAGI });
      const [{ id }] = await t.db.select({ id: antrianTiket.id }).from(antrianTiket).where(eq(antrianTiket.kode, tiket.kode)) as [{ id: number }];
      const pengingat = () => queryRows<{ kunci: string; status: string }>(t.db, sql`
        select kunci, status from notifikasi_outbox where kunci like ${`antrian.pengingat:${id}:%`} order by id`);
      expect((await pengingat()).map((r) => r.status)).toEqual(['menunggu']);
      await svc.jadwalUlang(tiket.kode, { nik, tanggal: '2026-12-16', sesiId: u.sesiB.id }, MINGGU_PAGI);
      expect(await pengingat()).toEqual([
        { kunci: `antrian.pengingat:${id}:2026-12-15:${u.sesiB.id}`, status: 'dilewati' },
        { kunci: `antrian.pengingat:${id}:2026-12-16:${u.sesiB.id}`, status: 'menunggu' },
      ]);
      await svc.batal(tiket.kode, nik, MINGGU_PAGI);
      expect((await pengingat()).map((r) => r.status)).toEqual(['dilewati', 'dilewati']);
    });

    it('should move a ticket once when several reschedules race, and keep every counter true (regression)', async () => {
      const nik = nikBaru();
      const { tiket } = await svc.pesan(booking({ nik, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-17' }), { now: MINGGU_PAGI });
      const sebelum = await kuota(u.b.id, '2026-12-17', 'online');
      const tujuan = ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-18'];
      const awal = await Promise.all(tujuan.map((d) => kuota(u.b.id, d, 'online')));
      const hasil = await Promise.allSettled(tujuan.map((tanggal) => svc.jadwalUlang(tiket.kode, { nik, tanggal, sesiId: u.sesiB.id }, MINGGU_PAGI)));
      const berhasil = hasil.filter((h) => h.status === 'fulfilled');
      expect(berhasil).toHaveLength(1);
      const pindah = (berhasil[0] as PromiseFulfilledResult<{ tanggal: string }>).value.tanggal;
      expect(await kuota(u.b.id, '2026-12-17', 'online')).toBe(sebelum! - 1);
      const akhir = await Promise.all(tujuan.map((d) => kuota(u.b.id, d, 'online')));
      tujuan.forEach((d, i) => expect(akhir[i] ?? 0, d).toBe((awal[i] ?? 0) + (d === pindah ? 1 : 0)));
    });

    it('should roll the reschedule back when the new session is full', async () => {
      const nik = nikBaru();
      const { tiket } = await svc.pesan(booking({ nik, sesiId: u.pagi.id, tanggal: '2026-12-14' }), { now: MINGGU_PAGI });
      await svc.pesan(booking({ tanggal: '2026-12-14' }), { now: MINGGU_PAGI }); // fills "siang" on 14 Dec
      expect(await kodeGalat(svc.jadwalUlang(tiket.kode, { nik, tanggal: '2026-12-14', sesiId: u.siang.id }, MINGGU_PAGI))).toBe('ANTRIAN_PENUH');
      expect(await kuota(u.a.id, '2026-12-14', `sesi:${u.pagi.id}`)).toBe(1); // the old place is still held
      expect((await svc.lihatTiket(tiket.kode, MINGGU_PAGI)).sesi?.id).toBe(u.pagi.id);
    });
  });

  describe('check-in', () => {
    it('should allow exactly from −30 min and refuse earlier with the opening time', async () => {
      const { tiket } = await svc.pesan(booking({ sesiId: u.pagi.id, tanggal: '2026-12-15' }), { now: MINGGU_PAGI });
      const e = await svc.checkIn(petugas, { lokasiId: u.kantor.id, kode: tiket.kode }, wib('07:29:59', '2026-12-15')).catch((x: AppError) => x);
      expect(e).toMatchObject({ code: 'CHECK_IN_TERLALU_AWAL', status: 409 });
      expect((e as AppError).message).toContain('07:30 WIB');
      const ok = await svc.checkIn(petugas, { lokasiId: u.kantor.id, kode: tiket.kode }, wib('07:30:00', '2026-12-15'));
      expect(ok).toMatchObject({ status: 'menunggu', checkInPada: wib('07:30:00', '2026-12-15').toISOString() });
      expect(await kodeGalat(svc.checkIn(petugas, { lokasiId: u.kantor.id, kode: tiket.kode }, wib('07:31:00', '2026-12-15')))).toBe('CHECK_IN_TIDAK_BISA');
    });

    it('should accept the signed QR payload up to +15 min and refuse +15 min + 1 s (ticket expires)', async () => {
      const a = (await svc.pesan(booking({ sesiId: u.pagi.id, tanggal: '2026-12-16' }), { now: MINGGU_PAGI })).tiket;
      const b = (await svc.pesan(booking({ sesiId: u.pagi.id, tanggal: '2026-12-16' }), { now: MINGGU_PAGI })).tiket;
      const qr = async (kode: string) => svc.payloadQr((await t.db.select().from(antrianTiket).where(eq(antrianTiket.kode, kode)))[0]!);
      const qrA = await qr(a.kode);
      expect(qrA).toMatch(/^v1\.\d+\.2026-12-16\.[\w-]{22}$/);
      expect(await kodeGalat(svc.checkIn(petugas, { lokasiId: u.kantor.id, kode: `${qrA.slice(0, -1)}x` }, wib('08:00:00', '2026-12-16')))).toBe('TIKET_TIDAK_DITEMUKAN');
      expect((await svc.checkIn(petugas, { lokasiId: u.kantor.id, kode: qrA }, wib('08:15:00', '2026-12-16'))).status).toBe('menunggu');
      const e = await svc.checkIn(petugas, { lokasiId: u.kantor.id, kode: await qr(b.kode) }, wib('08:15:01', '2026-12-16')).catch((x: AppError) => x);
      expect(e).toMatchObject({ code: 'CHECK_IN_TERLAMBAT', status: 410 });
      expect((await svc.lihatTiket(b.kode)).status).toBe('kedaluwarsa');
    });

    it('should refuse a ticket of another day or a petugas of another OPD', async () => {
      const { tiket } = await svc.pesan(booking({ sesiId: u.pagi.id, tanggal: '2026-12-17' }), { now: MINGGU_PAGI });
      expect(await kodeGalat(svc.checkIn(petugas, { lokasiId: u.kantor.id, kode: tiket.kode }, wib('08:00:00', '2026-12-16')))).toBe('CHECK_IN_SALAH_TEMPAT');
      expect(await kodeGalat(svc.checkIn({ akunId: petugas.akunId, opdId: t.fixture.opdB.id }, { lokasiId: u.kantor.id, kode: tiket.kode }, wib('08:00:00', '2026-12-17')))).toBe('DI_LUAR_OPD');
    });
  });

  describe('walk-in and numbering per WIB day', () => {
    it('should give walk-ins at 23:59 and 00:01 WIB different days, numbering restarting at 1', async () => {
      const w1 = await svc.walkin(petugas, { lokasiId: u.penuh.id, layananId: u.x.id }, new Date('2026-12-17T16:59:00Z')); // 23:59 WIB
      const w2 = await svc.walkin(petugas, { lokasiId: u.penuh.id, layananId: u.x.id }, new Date('2026-12-17T17:01:00Z')); // 00:01 WIB
      const w3 = await svc.walkin(petugas, { lokasiId: u.penuh.id, layananId: u.x.id }, new Date('2026-12-17T17:02:00Z'));
      expect([w1.tanggal, w1.nomor]).toEqual(['2026-12-17', 'X-001']);
      expect([w2.tanggal, w2.nomor]).toEqual(['2026-12-18', 'X-001']);
      expect([w3.tanggal, w3.nomor]).toEqual(['2026-12-18', 'X-002']);
      expect(w2.status).toBe('menunggu');
    });

    it('should refuse walk-ins outside service hours, beyond the quota and for another OPD', async () => {
      const buka = wib('09:00:00', '2026-12-18');
      expect(await kodeGalat(svc.walkin(petugas, { lokasiId: u.kantor.id, layananId: u.a.id }, wib('12:30:00', '2026-12-18')))).toBe('DI_LUAR_JAM_LAYANAN');
      expect(await kodeGalat(svc.walkin(petugas, { lokasiId: u.kantor.id, layananId: u.a.id }, wib('09:00:00', '2026-12-19')))).toBe('DI_LUAR_JAM_LAYANAN'); // Saturday
      expect(await kodeGalat(svc.walkin({ akunId: 1, opdId: t.fixture.opdB.id }, { lokasiId: u.kantor.id, layananId: u.a.id }, buka))).toBe('DI_LUAR_OPD');
      for (let i = 0; i < 3; i++) await svc.walkin(petugas, { lokasiId: u.kantor.id, layananId: u.a.id, prioritas: i === 2 ? 'disabilitas' : null }, buka);
      expect(await kodeGalat(svc.walkin(petugas, { lokasiId: u.kantor.id, layananId: u.a.id }, buka))).toBe('WALKIN_PENUH');
      const [kiosk] = (await svc.listLokasiKiosk(petugas, buka)).filter((l) => l.id === u.kantor.id);
      expect(kiosk).toMatchObject({ buka: true, tanggal: '2026-12-18' });
      expect(kiosk!.layanan.find((l) => l.id === u.a.id)).toMatchObject({ kuotaWalkin: 3, sisaWalkin: 0 });
      expect(await svc.listLokasiKiosk({ akunId: 1, opdId: t.fixture.opdB.id }, buka)).toEqual([]);
    });
  });

  describe('lihatTiket (citizen view)', () => {
    it('should show the position in call order and an estimate only with an active counter', async () => {
      const now = wib('09:00:00', '2026-12-21');
      const w = [];
      for (let i = 0; i < 3; i++) w.push(await svc.walkin(petugas, { lokasiId: u.kantor.id, layananId: u.a.id }, new Date(now.getTime() + i * 1000)));
      const ketiga = await svc.lihatTiket(w[2]!.kode, now);
      expect(ketiga).toMatchObject({ posisi: 2, estimasi: null, loket: null, nikSamaran: null, survei: null });
      await t.db.insert(antrianLoketPetugas).values({ loketId: u.loket.id, akunId: petugas.akunId });
      expect((await svc.lihatTiket(w[2]!.kode, now)).estimasi).toEqual({ minMenit: 21, maksMenit: 39 }); // 2 × 15 min ÷ 1 ± 30 %
      await t.db.update(antrianTiket).set({ status: 'selesai', undanganToken: 'tokenUji123' }).where(eq(antrianTiket.kode, w[0]!.kode));
      expect(await svc.lihatTiket(w[0]!.kode, now)).toMatchObject({ status: 'selesai', posisi: null, survei: { tautan: '/survei/undangan?undangan=tokenUji123' } });
      expect((await svc.lihatTiket(w[2]!.kode, now)).posisi).toBe(1);
      expect(await kodeGalat(svc.lihatTiket('TIDAKADA22'))).toBe('TIKET_TIDAK_DITEMUKAN');
    });
  });

  describe('kedaluwarsakan (job)', () => {
    it('should expire booked tickets only after the window end, recording the event', async () => {
      const { tiket } = await svc.pesan(booking({ sesiId: u.pagi.id, tanggal: '2026-12-18' }), { now: MINGGU_PAGI });
      await svc.kedaluwarsakan(wib('08:15:00', '2026-12-18'));
      expect((await svc.lihatTiket(tiket.kode)).status).toBe('dipesan');
      expect(await svc.kedaluwarsakan(wib('08:15:01', '2026-12-18'))).toBeGreaterThanOrEqual(1);
      expect((await svc.lihatTiket(tiket.kode)).status).toBe('kedaluwarsa');
      const [row] = await t.db.select().from(antrianTiket).where(eq(antrianTiket.kode, tiket.kode));
      const ev = await t.db.select().from(antrianPeristiwa).where(eq(antrianPeristiwa.tiketId, row!.id));
      expect(ev.map((e) => e.aksi)).toEqual(['pesan', 'kedaluwarsa']);
    });
  });

  describe('jadwalPublik', () => {
    it('should list only open dates with places left per session', async () => {
      const j = await svc.jadwalPublik('kantor-uji', { layananId: u.a.id }, MINGGU_PAGI);
      expect(j.hari.map((h) => h.tanggal)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
      const senin = j.hari[0]!;
      expect(senin.sesi.find((s) => s.id === u.pagi.id)).toMatchObject({ kapasitas: 300, sisa: 0, tersedia: false });
      expect(await kodeGalat(svc.jadwalPublik('kantor-uji', { layananId: u.x.id }, MINGGU_PAGI))).toBe('LAYANAN_TIDAK_DITEMUKAN');
      expect(await kodeGalat(svc.jadwalPublik('tidakada', { layananId: u.a.id }, MINGGU_PAGI))).toBe('LOKASI_TIDAK_DITEMUKAN');
    });
  });
  // Last: it erases the personal data of every earlier test's tickets.
  describe('masa simpan data pribadi', () => {
    it('should erase name, NIK and phone of tickets older than 12 months and keep the ticket (UU 27/2022)', async () => {
      const nik = nikBaru();
      const { tiket } = await svc.pesan(booking({ nik, layananId: u.b.id, sesiId: u.sesiB.id, tanggal: '2026-12-09' }), { now: MINGGU_PAGI });
      const baris = async () => (await t.db.select().from(antrianTiket).where(eq(antrianTiket.kode, tiket.kode)))[0]!;
      await svc.hapusDataPribadiLama(new Date('2027-12-09T10:00:00+07:00')); // exactly 12 months: kept
      expect((await baris()).nikHash).not.toBeNull();
      expect(await svc.hapusDataPribadiLama(new Date('2027-12-10T10:00:00+07:00'))).toBeGreaterThanOrEqual(1);
      const row = await baris();
      expect(row).toMatchObject({ nama: null, nikEnc: null, nikHash: null, nikAkhir: null, teleponEnc: null, teleponHash: null, teleponAkhir: null, nomor: tiket.nomor });
      expect(await svc.hapusDataPribadiLama(new Date('2027-12-10T10:00:00+07:00'))).toBe(0); // nothing left to erase
    });
  });

});
