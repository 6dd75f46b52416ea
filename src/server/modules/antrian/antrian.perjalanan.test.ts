import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TiketPublik } from '../../../contracts/antrian.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { nikUji, seedAntrianUji } from './antrian.tiket.testing.ts';

/**
 * The queue journey of issue #3 at API level (pelayanan.md §3, §5; ADR 0010 "same steps on PostgreSQL"):
 * a citizen books online → the petugas checks the ticket in at the kiosk → signs in to a loket and calls
 * it (the public SSE stream announces it) → mulai → selesai → the ticket page links the SKM invitation →
 * the citizen answers → the survey results count the answer with its service konteks. Along the way:
 * notifications are queued with the phone encrypted, and the NIK is stored nowhere in clear.
 *
 * Clock: the HTTP steps run on the real clock; the steps bound to the session's time (check-in, call,
 * start, finish) call the service with explicit instants on the booked day (08:00 session, WIB).
 */

type H = Record<string, string>;
const NIK = nikUji(77);
const TELEPON = '0812 3456 7788';
const TELEPON_DIGIT = '81234567788';
const J = { U1: 4, U2: 3, U3: 4, U4: 3, U5: 4, U6: 3, U7: 4, U8: 3, U9: 4 };

/** Reads an SSE body until an event named `nama` arrives; returns its parsed data. */
async function tungguEvent(reader: ReadableStreamDefaultReader<Uint8Array>, nama: string): Promise<Record<string, unknown>> {
  let buf = '';
  const dec = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ditutup sebelum event ${nama}`);
    buf += dec.decode(value, { stream: true });
    for (const frame of buf.split('\n\n').slice(0, -1)) {
      const ev = /^event: (.+)$/m.exec(frame)?.[1];
      const data = /^data: (.+)$/m.exec(frame)?.[1];
      if (ev === nama && data) return JSON.parse(data) as Record<string, unknown>;
    }
  }
}

/** Every row of `tabel` as one text (the row cast to text covers every column, jsonb included). */
async function teksBaris(db: Parameters<typeof queryRows>[0], tabel: string): Promise<string[]> {
  const rows = await queryRows<{ t: string }>(db, sql`SELECT x::text AS t FROM ${sql.identifier(tabel)} x`);
  return rows.map((r) => r.t);
}

describe('perjalanan antrian (API): pesan → check-in → panggil → layani → survei', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedAntrianUji>>;
  let petugas: H;
  let admin: H;
  let survei: { id: number; kode: string };
  let tanggal: string;
  let tiket: TiketPublik;
  let tiketId: number;
  let undanganToken: string;

  const get = (url: string, headers: H = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const post = (url: string, payload: unknown, headers: H = {}) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
  const pada = (jam: string) => waktuWib(tanggal, jam);
  const petugasKonteks = () => ({ akunId: t.fixture.accounts.petugas!, opdId: t.fixture.opdA.id, pegawaiId: null });

  beforeAll(async () => {
    // K = 1: one answer shows in the results at once (release in batches is skm.rilis.test.ts's concern).
    t = await createTestApp({ config: { SKM_AMBANG_ANONIM: '1' } });
    u = await seedAntrianUji(t.db, t.fixture.opdA.id);
    petugas = await loginAs(t.app, 'petugas');
    admin = await loginAs(t.app, 'admin');
    // An active unit-wide survey of the lokasi's unit for the running year (answers are accepted only
    // inside its period, on the real clock).
    const res = await post('/skm/survei', { unitId: t.fixture.opdA.id, jenisPeriode: 'tahun', tahun: Number(tanggalWib(new Date()).slice(0, 4)) }, admin);
    expect(res.statusCode, res.body).toBe(201);
    survei = res.json();
  });
  afterAll(async () => { await t?.close(); });

  it('warga memesan sesi 08:00 pada hari buka pertama yang tersedia', async () => {
    const jadwal = await get(`/antrian/publik/lokasi/kantor-uji/jadwal?layananId=${u.a.id}`);
    expect(jadwal.statusCode, jadwal.body).toBe(200);
    const hari = (jadwal.json().hari as { tanggal: string; sesi: { id: number; tersedia: boolean }[] }[])
      .find((h) => h.sesi.some((s) => s.id === u.pagi.id && s.tersedia));
    expect(hari, 'ada hari dengan sesi 08:00 yang masih dapat dipesan').toBeDefined();
    tanggal = hari!.tanggal;

    const res = await post('/antrian/publik/booking', {
      layananId: u.a.id, tanggal, sesiId: u.pagi.id, nik: NIK, nama: 'Rahmawati Siregar', telepon: TELEPON, setuju: true,
    }, { 'idempotency-key': 'perjalanan-api-0001' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain(NIK);
    tiket = res.json();
    expect(tiket).toMatchObject({ status: 'dipesan', nomor: 'A-001', tanggal, kanal: 'online', nikSamaran: `3171********${NIK.slice(-4)}` });
    expect(tiket.jendelaCheckIn).toEqual({ buka: pada('07:30').toISOString(), tutup: pada('08:15').toISOString() });
    [{ id: tiketId }] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM antrian_tiket WHERE kode = ${tiket.kode}`) as [{ id: number }];
  });

  it('petugas melakukan check-in di kios dalam jendela check-in', async () => {
    const svc = t.app.services.antrian.tiket;
    await expect(svc.checkIn(petugasKonteks(), { lokasiId: u.kantor.id, kode: tiket.kode }, pada('07:20'))).rejects.toMatchObject({ code: 'CHECK_IN_TERLALU_AWAL' });
    const hasil = await svc.checkIn(petugasKonteks(), { lokasiId: u.kantor.id, kode: tiket.kode }, pada('07:50'));
    expect(hasil.status).toBe('menunggu');
    expect((await get(`/antrian/publik/tiket/${tiket.kode}`)).json().status).toBe('menunggu');
  });

  it('petugas masuk loket dan memanggil; stream publik mengumumkan panggilan', async () => {
    const masuk = await post('/antrian/loket/masuk', { loketId: u.loket.id }, petugas);
    expect(masuk.statusCode, masuk.body).toBe(200);
    expect(masuk.json().loketSaya).toMatchObject({ id: u.loket.id, layananIds: [u.a.id] });

    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const ctrl = new AbortController();
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/antrian/publik/lokasi/kantor-uji/stream`, { signal: ctrl.signal });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = res.body!.getReader();
      await expect.poll(() => t.app.services.bus.jumlahPelanggan).toBeGreaterThanOrEqual(1);

      const dipanggil = await t.app.services.antrian.loket.panggil(petugasKonteks(), pada('08:01'));
      expect(dipanggil).toMatchObject({ id: tiketId, nomor: 'A-001', status: 'dipanggil' });
      const ev = await tungguEvent(reader, 'panggil');
      expect(ev).toMatchObject({ tiketId, nomor: 'A-001', loketNomor: 1, loketNama: 'Loket 1', layananId: u.a.id, teks: 'Nomor antrian A nol nol satu, silakan menuju loket satu' });
      expect(JSON.stringify(ev)).not.toContain(NIK);
    } finally {
      ctrl.abort();
    }
    await expect.poll(() => t.app.services.bus.jumlahPelanggan).toBe(0);

    const lihat = await get(`/antrian/publik/tiket/${tiket.kode}`);
    expect(lihat.json()).toMatchObject({ status: 'dipanggil', loket: { nomor: 1, nama: 'Loket 1' }, survei: null });
  });

  it('petugas melayani lalu menyelesaikan; halaman tiket menautkan survei', async () => {
    const loket = t.app.services.antrian.loket;
    expect((await loket.mulai(petugasKonteks(), tiketId, pada('08:03'))).status).toBe('dilayani');
    expect((await loket.selesai(petugasKonteks(), tiketId, pada('08:14'))).status).toBe('selesai');

    const lihat = await get(`/antrian/publik/tiket/${tiket.kode}`);
    expect(lihat.statusCode).toBe(200);
    const view = lihat.json() as TiketPublik;
    expect(view.status).toBe('selesai');
    // The survey form resolves the survey from the invitation token alone (the path segment is informative).
    expect(view.survei?.tautan).toMatch(/^\/survei\/[a-z0-9]+\?undangan=[A-Za-z0-9_-]{32}$/);
    undanganToken = new URL(view.survei!.tautan, 'http://x').searchParams.get('undangan')!;
  });

  it('warga mengisi survei lewat undangan; hasil menghitungnya dengan konteks layanan tanpa data pribadi', async () => {
    const sebelum = (await get(`/skm/survei/${survei.id}/hasil`, admin)).json().hasil.responden as number;
    const form = await get(`/skm/publik/undangan/${undanganToken}`);
    expect(form.statusCode, form.body).toBe(200);
    const kirim = await post(`/skm/publik/undangan/${undanganToken}/respon`, { jawaban: J });
    expect(kirim.statusCode, kirim.body).toBe(201);
    expect((await post(`/skm/publik/undangan/${undanganToken}/respon`, { jawaban: J })).statusCode).toBe(410);

    const hasil = await get(`/skm/survei/${survei.id}/hasil`, admin);
    expect(hasil.statusCode).toBe(200);
    expect(hasil.json().hasil.responden).toBe(sebelum + 1);

    const respon = await queryRows<{ konteks: Record<string, unknown> }>(t.db, sql`SELECT konteks FROM skm_respon WHERE survei_id = ${survei.id}`);
    expect(respon).toHaveLength(1);
    expect(respon[0]!.konteks).toEqual({ lokasi: 'Kantor Uji', layanan: 'KTP-el', loket: 'Loket 1', petugas: t.fixture.accounts.petugas });
  });

  it('outbox berisi konfirmasi dan undangan survei untuk ponsel warga, nomornya terenkripsi', async () => {
    const rows = await queryRows<{ templat: string; kunci: string; tujuan_enc: string | null; tujuan_akhir: string | null; data: Record<string, unknown> }>(
      t.db, sql`SELECT templat, kunci, tujuan_enc, tujuan_akhir, data FROM notifikasi_outbox ORDER BY id`,
    );
    const templat = rows.map((r) => r.templat);
    expect(templat).toContain('antrian.konfirmasi');
    expect(templat).toContain('antrian.survei');
    for (const r of rows) {
      expect(r.tujuan_enc, r.templat).toBeTruthy();
      expect(t.app.services.dataPribadi.dekripsi(r.tujuan_enc!)).toContain(TELEPON_DIGIT);
      expect(r.tujuan_akhir).toBe(TELEPON_DIGIT.slice(-4));
    }
    const survei = rows.find((r) => r.templat === 'antrian.survei')!;
    expect(String(survei.data.tautan)).toContain(`undangan=${undanganToken}`);
    for (const teks of await teksBaris(t.db, 'notifikasi_outbox')) expect(teks).not.toContain(TELEPON_DIGIT);
  });

  it('NIK tidak tersimpan terbuka di tabel mana pun yang disentuh perjalanan', async () => {
    const tabel = ['antrian_tiket', 'antrian_peristiwa', 'notifikasi_outbox', 'audit_log', 'skm_survei', 'skm_undangan', 'skm_respon', 'skm_pembatas'];
    let baris = 0;
    for (const nama of tabel) {
      for (const teks of await teksBaris(t.db, nama)) {
        baris++;
        expect(teks, `${nama} memuat NIK`).not.toContain(NIK);
      }
    }
    expect(baris).toBeGreaterThan(5);
    const peristiwa = await queryRows<{ aksi: string }>(t.db, sql`SELECT aksi FROM antrian_peristiwa WHERE tiket_id = ${tiketId} ORDER BY id`);
    expect(peristiwa.map((p) => p.aksi)).toEqual(['pesan', 'check_in', 'panggil', 'mulai', 'selesai']);
  });
});
