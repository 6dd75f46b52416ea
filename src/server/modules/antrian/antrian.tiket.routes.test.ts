import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { antrianTiket } from './antrian.table.ts';
import { nikUji, seedAntrianUji } from './antrian.tiket.testing.ts';

type H = Record<string, string>;
const NIK = nikUji(42);

describe('antrianTiketRoutes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedAntrianUji>>;
  let petugas: H;
  let pegawai: H;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-07T07:45:00+07:00') }); // Monday, before the 08:00 session
    t = await createTestApp();
    u = await seedAntrianUji(t.db, t.fixture.opdA.id);
    petugas = await loginAs(t.app, 'petugas');
    pegawai = await loginAs(t.app, 'pegawai');
  });
  afterAll(async () => { vi.useRealTimers(); await t?.close(); });

  const get = (url: string, headers: H = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const post = (url: string, payload: unknown, headers: H = {}) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
  const body = { layananId: 0, tanggal: '2026-12-07', sesiId: 0, nik: NIK, nama: 'Siti Warga', telepon: '+62 812 1111 2222', prioritas: 'ibu_hamil', setuju: true };

  it('should list lokasi and bookable dates publicly', async () => {
    const lokasi = await get('/antrian/publik/lokasi');
    expect(lokasi.statusCode).toBe(200);
    expect(lokasi.json().find((l: { kode: string }) => l.kode === 'kantor-uji').layanan.map((l: { prefix: string }) => l.prefix)).toEqual(['A', 'B']);
    const jadwal = await get(`/antrian/publik/lokasi/kantor-uji/jadwal?layananId=${u.a.id}`);
    expect(jadwal.statusCode).toBe(200);
    expect(jadwal.json().hari[0]).toMatchObject({ tanggal: '2026-12-07', sesi: [{ id: u.pagi.id, sisa: 300, tersedia: true }, { id: u.siang.id, sisa: 1 }] });
    expect((await get('/antrian/publik/lokasi/kantor-uji/jadwal?layananId=abc')).statusCode).toBe(400);
  });

  it('should book (201), replay the same Idempotency-Key (200) and refuse without consent (400)', async () => {
    const b = { ...body, layananId: u.a.id, sesiId: u.pagi.id };
    const headers = { 'idempotency-key': 'uji-idem-12345678' };
    const res = await post('/antrian/publik/booking', b, headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain(NIK);
    const again = await post('/antrian/publik/booking', b, headers);
    expect(again.statusCode).toBe(200);
    expect(again.json().kode).toBe(res.json().kode);
    const dup = await post('/antrian/publik/booking', b);
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'ANTRIAN_NIK_AKTIF', errors: [{ field: 'nik' }] });
    expect((await post('/antrian/publik/booking', { ...b, setuju: false })).statusCode).toBe(400);
    const salah = await post('/antrian/publik/booking', { ...b, nik: '1234', telepon: '12' });
    expect(salah.statusCode).toBe(400);
    expect(salah.json().errors.map((e: { field: string }) => e.field)).toEqual(['nik', 'telepon']);
  });

  it('should show the ticket and its QR without the NIK, and cancel only with the right NIK digits', async () => {
    const res = await post('/antrian/publik/booking', { ...body, nik: nikUji(43), layananId: u.b.id, sesiId: u.sesiB.id });
    const kode = res.json().kode as string;
    const view = await get(`/antrian/publik/tiket/${kode}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ status: 'dipesan', nomor: 'B-001', nikSamaran: `3171********${nikUji(43).slice(-4)}` });
    const qr = await get(`/antrian/publik/tiket/${kode}/qr`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');
    expect((await get('/antrian/publik/tiket/TIDAKADA99')).statusCode).toBe(404);
    expect((await post(`/antrian/publik/tiket/${kode}/batal`, { nik: nikUji(44) })).statusCode).toBe(403);
    expect((await post(`/antrian/publik/tiket/${kode}/batal`, { nik: '0123' })).statusCode).toBe(400); // the last 4 digits shown on the page are not enough (regression)
    const batal = await post(`/antrian/publik/tiket/${kode}/batal`, { nik: nikUji(43) });
    expect(batal.statusCode).toBe(200);
    expect(batal.json().status).toBe('dibatalkan');
  });

  it('should keep the kiosk to signed-in petugas', async () => {
    expect((await get('/antrian/kiosk/lokasi')).statusCode).toBe(401);
    expect((await get('/antrian/kiosk/lokasi', pegawai)).statusCode).toBe(403);
    expect((await post('/antrian/kiosk/walkin', { lokasiId: u.kantor.id, layananId: u.a.id }, pegawai)).statusCode).toBe(403);
    const cookie = petugas.cookie!;
    expect((await post('/antrian/kiosk/walkin', { lokasiId: u.kantor.id, layananId: u.a.id }, { cookie })).statusCode).toBe(403); // no CSRF token
  });

  it('should issue a walk-in ticket and check a booking in at the kiosk', async () => {
    vi.setSystemTime(new Date('2026-12-07T08:05:00+07:00'));
    const lokasi = await get('/antrian/kiosk/lokasi', petugas);
    expect(lokasi.statusCode).toBe(200);
    expect(lokasi.json().find((l: { id: number }) => l.id === u.kantor.id)).toMatchObject({ buka: true, tanggal: '2026-12-07' });
    const w = await post('/antrian/kiosk/walkin', { lokasiId: u.kantor.id, layananId: u.a.id, prioritas: 'lansia' }, petugas);
    expect(w.statusCode, w.body).toBe(201);
    expect(w.json()).toMatchObject({ status: 'menunggu', kanal: 'walkin', prioritas: 'lansia' });
    const [booked] = await t.db.select().from(antrianTiket).where(eq(antrianTiket.nikAkhir, NIK.slice(-4)));
    const qr = t.app.services.antrian.tiket.payloadQr(booked!);
    const ci = await post('/antrian/kiosk/check-in', { lokasiId: u.kantor.id, kode: qr }, petugas);
    expect(ci.statusCode, ci.body).toBe(200);
    expect(ci.json().status).toBe('menunggu');
    expect((await post('/antrian/kiosk/check-in', { lokasiId: u.kantor.id, kode: qr }, petugas)).statusCode).toBe(409);
    expect((await post('/antrian/kiosk/check-in', { lokasiId: u.kantor.id, kode: 'TIDAKADA99' }, petugas)).statusCode).toBe(404);
  });
});
