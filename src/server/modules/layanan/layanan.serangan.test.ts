import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { tandaiEskalasi } from './layanan.permohonan.repository.ts';
import { bentukMultipart, contohJpeg, contohPdf } from '../../lib/unggahan.testing.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import type { BerkasMasuk } from '../../lib/unggahan.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { dataLaporan, seedPengaduanUji } from './layanan.pengaduan.testing.ts';
import { daftarFile, hitungSimpanan, nikUji, permohonanUji, seedPermohonanUji } from './layanan.permohonan.testing.ts';

type H = Record<string, string>;

/**
 * Adversarial review of the layanan API (issue #4): races, scope, uploads and the Open311 error format,
 * driven through HTTP (app.inject) on PGlite and PostgreSQL.
 */
describe('layanan API under attack', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: H;
  let petugas: H;
  let petugasB: H;
  let apiKey: string;
  let u: Awaited<ReturnType<typeof seedPermohonanUji>>;
  let ipKe = 0;
  const ip = () => `10.9.${Math.floor(++ipKe / 250)}.${ipKe % 250}`;
  const kirim = (body: { payload: Buffer; headers: H }, extra: H = {}, url = '/api/v1/permohonan') =>
    t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...extra }, remoteAddress: ip() });
  const post = (url: string, payload: unknown, headers: H = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers, remoteAddress: ip() });
  const get = (url: string, headers: H = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  beforeAll(async () => {
    t = await createTestApp();
    u = await seedPermohonanUji(t.db, t.fixture);
    await seedPengaduanUji(t.db, t.fixture);
    [admin, petugas, petugasB] = await Promise.all([loginAs(t.app, 'admin'), loginAs(t.app, 'petugas'), loginAs(t.app, 'petugasb')]);
    apiKey = (await post('/admin/open311/klien', { nama: 'Klien Uji' }, admin)).json().apiKey;
  });
  afterAll(async () => { await t?.close(); });

  describe('permohonan', () => {
    it('should create ONE case for two simultaneous submissions with the same Idempotency-Key', async () => {
      const body = permohonanUji({ nik: nikUji(70) });
      const sebelum = await hitungSimpanan(t.db);
      const berkasSebelum = daftarFile(t.config.uploadsDir).length;
      const [a, b] = await Promise.all([
        kirim(body, { 'idempotency-key': 'serentak-0000001' }),
        kirim(body, { 'idempotency-key': 'serentak-0000001' }),
      ]);
      expect([a.statusCode, b.statusCode].sort(), `${a.body} ${b.body}`).toEqual([200, 201]);
      expect(a.json().nomor).toBe(b.json().nomor);
      expect(a.json().kodeAkses).toBe(b.json().kodeAkses);
      const sesudah = await hitungSimpanan(t.db);
      expect(sesudah.permohonan - sebelum.permohonan).toBe(1);
      expect(sesudah.berkas - sebelum.berkas).toBe(2);
      // the loser's files were removed again
      expect(daftarFile(t.config.uploadsDir).length - berkasSebelum).toBe(2);
    });

    it('should store an HTML page behind a PDF header only as a PDF download (attachment, nosniff, sandbox)', async () => {
      const html = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
      const res = await kirim(permohonanUji({
        nik: nikUji(71),
        files: [
          { field: 'berkas.ktp-lama', namaFile: 'ktp.pdf', isi: html, tipe: 'text/html' },
          { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() },
        ],
      }));
      expect(res.statusCode, res.body).toBe(201);
      const { nomor, kodeAkses } = res.json();
      const lacak = (await post('/permohonan/lacak', { nomor, kodeAkses })).json();
      const b = lacak.berkas.find((x: { persyaratanKode: string }) => x.persyaratanKode === 'ktp-lama');
      const unduh = await post('/permohonan/lacak/berkas', { nomor, kodeAkses, berkasId: b.id });
      expect(unduh.statusCode).toBe(200);
      expect(unduh.headers['content-type']).toBe('application/pdf');
      expect(unduh.headers['content-disposition']).toMatch(/^attachment;/);
      expect(unduh.headers['x-content-type-options']).toBe('nosniff');
      expect(String(unduh.headers['content-security-policy'])).toMatch(/sandbox/);
    });

    it('should refuse SVG, a zero-byte file, a file field named berkas.__proto__ and store nothing', async () => {
      const sebelum = await hitungSimpanan(t.db);
      const berkasSebelum = daftarFile(t.config.uploadsDir).length;
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      for (const files of [
        [{ field: 'berkas.ktp-lama', namaFile: 'ktp.svg', isi: svg, tipe: 'image/svg+xml' }, { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() }],
        [{ field: 'berkas.ktp-lama', namaFile: 'ktp.png', isi: svg, tipe: 'image/png' }, { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() }],
        [{ field: 'berkas.ktp-lama', namaFile: 'ktp.jpg', isi: Buffer.alloc(0) }, { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() }],
        [{ field: 'berkas.__proto__', namaFile: 'x.jpg', isi: contohJpeg() }, { field: 'berkas.ktp-lama', namaFile: 'a.jpg', isi: contohJpeg() }, { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() }],
        [{ field: 'berkas.constructor', namaFile: 'x.jpg', isi: contohJpeg() }, { field: 'berkas.ktp-lama', namaFile: 'a.jpg', isi: contohJpeg() }, { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() }],
      ]) {
        const res = await kirim(permohonanUji({ nik: nikUji(72), files }));
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().errors[0].field).toMatch(/^berkas\./);
      }
      const proto = bentukMultipart({ data: JSON.stringify({ layananKode: 'uji-ktp' }), __proto__: '{"x":1}' } as Record<string, string>);
      expect((await kirim(proto)).statusCode).toBe(400);
      expect(await hitungSimpanan(t.db)).toEqual(sebelum);
      expect(daftarFile(t.config.uploadsDir).length).toBe(berkasSebelum);
      // "__proto__" / "constructor" keys inside the JSON pollute nothing and are not stored as isian
      const isianProto = await kirim(bentukMultipart({
        data: `{"layananKode":"uji-ktp","pemohon":{"nama":"A B","nik":"${nikUji(73)}"},"isian":{"nama-ibu":"Siti","__proto__":{"polusi":"ya"}},"pengambilan":"ambil","persetujuan":true,"persetujuanVersi":"v1","__proto__":{"polusi":"ya"}}`,
      }, [{ field: 'berkas.ktp-lama', namaFile: 'a.jpg', isi: contohJpeg() }, { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() }]));
      expect([201, 400]).toContain(isianProto.statusCode);
      expect(({} as Record<string, unknown>).polusi).toBeUndefined();
      const simpan = await queryRows<{ isian: unknown }>(t.db, sql`SELECT isian FROM permohonan WHERE nik_akhir = ${nikUji(73).slice(-4)}`);
      for (const r of simpan) expect(r.isian).toEqual({ 'nama-ibu': 'Siti' });
    });

    it('should answer a PG number on the permohonan tracker, a wrong code and an unknown number alike', async () => {
      const a = await kirim(permohonanUji({ nik: nikUji(74) }));
      const { nomor } = a.json();
      const salahKode = await post('/permohonan/lacak', { nomor, kodeAkses: 'AAAA-AAAA' });
      const salahNomor = await post('/permohonan/lacak', { nomor: 'PM-2026-999999', kodeAkses: a.json().kodeAkses });
      const pg = await post('/permohonan/lacak', { nomor: 'PG-2026-000001', kodeAkses: a.json().kodeAkses });
      expect(salahKode.statusCode).toBe(404);
      const tanpaInstance = (r: typeof salahKode) => ({ ...r.json(), instance: undefined, requestId: undefined, traceId: undefined });
      expect(tanpaInstance(salahNomor)).toEqual(tanpaInstance(salahKode));
      expect(tanpaInstance(pg)).toEqual(tanpaInstance(salahKode));
    });

    it('should limit tracking guesses per address (429) and refuse a multipart with hundreds of parts (400)', async () => {
      const kode: number[] = [];
      for (let i = 0; i < 31; i++) {
        kode.push((await t.app.inject({ method: 'POST', url: '/api/v1/permohonan/lacak', payload: { nomor: 'PM-2026-000001', kodeAkses: `AAAA-AA${String(i).padStart(2, '2')}` }, remoteAddress: '10.77.0.1' })).statusCode);
      }
      expect(kode.slice(0, 30).every((k) => k === 404)).toBe(true);
      expect(kode[30]).toBe(429);
      const sebelum = await hitungSimpanan(t.db);
      const banyak = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`isian${i}`, 'x']));
      const res = await kirim(bentukMultipart({ data: '{}', ...banyak }));
      expect(res.statusCode, res.body).toBe(400);
      expect(await hitungSimpanan(t.db)).toEqual(sebelum);
    });

    it('should accept one of two simultaneous corrections and remove the files of the other', async () => {
      const a = await kirim(permohonanUji({ nik: nikUji(77) }));
      const { nomor, kodeAkses } = a.json();
      const id = (await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${nomor}`))[0]!.id;
      const d = (await post(`/permohonan/${id}/aksi`, { aksi: 'minta_perbaikan', revisi: 0, perbaikan: [{ persyaratanKode: 'kk', catatan: 'Buram' }] }, petugas)).json();
      expect(d.status).toBe('perlu_perbaikan');
      const berkasSebelum = daftarFile(t.config.uploadsDir).length;
      const bentuk = () => bentukMultipart({ data: JSON.stringify({ nomor, kodeAkses }) }, [{ field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf('baru') }]);
      const [x, y] = await Promise.all([kirim(bentuk(), {}, '/api/v1/permohonan/lacak/perbaikan'), kirim(bentuk(), {}, '/api/v1/permohonan/lacak/perbaikan')]);
      expect([x.statusCode, y.statusCode].sort(), `${x.body} ${y.body}`).toEqual([200, 409]);
      expect(daftarFile(t.config.uploadsDir).length - berkasSebelum).toBe(1);
      const [r] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM permohonan_berkas WHERE permohonan_id = ${id}`);
      expect(Number(r!.n)).toBe(3);
    });

    it('should let exactly one of two officers finish a case at the same time (one SKM, one message)', async () => {
      const a = await kirim(permohonanUji({ nik: nikUji(75) }));
      const id = (await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${a.json().nomor}`))[0]!.id;
      let d = (await post(`/permohonan/${id}/aksi`, { aksi: 'verifikasi', revisi: 0 }, petugas)).json();
      d = (await post(`/permohonan/${id}/aksi`, { aksi: 'proses', revisi: d.revisi }, petugas)).json();
      const petugas2 = await loginAs(t.app, 'petugas2');
      const [x, y] = await Promise.all([
        post(`/permohonan/${id}/aksi`, { aksi: 'selesaikan', revisi: d.revisi }, petugas),
        post(`/permohonan/${id}/aksi`, { aksi: 'selesaikan', revisi: d.revisi }, petugas2),
      ]);
      expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
      const pesan = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM notifikasi_outbox WHERE kunci = ${`permohonan:selesai:${id}`}`);
      expect(Number(pesan[0]!.n)).toBe(1);
      const ev = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM permohonan_peristiwa WHERE permohonan_id = ${id} AND aksi = 'selesaikan'`);
      expect(Number(ev[0]!.n)).toBe(1);
    });

    it('should keep OPD B away from an OPD A case in every staff endpoint, writing no file', async () => {
      const a = await kirim(permohonanUji({ nik: nikUji(76) }));
      const id = (await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${a.json().nomor}`))[0]!.id;
      const [b] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan_berkas WHERE permohonan_id = ${id} LIMIT 1`);
      const berkasSebelum = daftarFile(t.config.uploadsDir).length;
      const hasil = bentukMultipart({}, [{ field: 'berkas', namaFile: 'hasil.pdf', isi: contohPdf('hasil') }]);
      const res = [
        await get(`/permohonan/${id}`, petugasB),
        await get(`/permohonan/${id}/berkas/${b!.id}`, petugasB),
        await post(`/permohonan/${id}/nik`, {}, petugasB),
        await post(`/permohonan/${id}/aksi`, { aksi: 'tolak', revisi: 0, alasan: 'bukan wewenang' }, petugasB),
        await post(`/permohonan/${id}/tugaskan`, { petugasId: null, revisi: 0 }, petugasB),
        await t.app.inject({ method: 'POST', url: `/api/v1/permohonan/${id}/hasil`, payload: hasil.payload, headers: { ...hasil.headers, ...petugasB } }),
      ];
      expect(res.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
      const massal = (await post('/permohonan/massal', { ids: [id], aksi: 'verifikasi' }, petugasB)).json();
      expect(massal.hasil[0].ok).toBe(false);
      expect(daftarFile(t.config.uploadsDir).length).toBe(berkasSebelum);
      const audit = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entitas = 'permohonan' AND entitas_id = ${String(id)}`);
      expect(Number(audit[0]!.n)).toBe(0);
    });
  });

  describe('SLA clock edges (explicit instants; Christmas 2026: 24 cuti bersama, 25 Natal)', () => {
    const berkas: BerkasMasuk[] = [
      { field: 'berkas.ktp-lama', namaFile: 'ktp.jpg', isi: contohJpeg(), jenis: 'jpeg', mime: 'image/jpeg' },
      { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf(), jenis: 'pdf', mime: 'application/pdf' },
    ];
    const data = (nik: string) => JSON.stringify({
      layananKode: 'uji-ktp', pemohon: { nama: 'Uji Jam', nik }, isian: { 'nama-ibu': 'Siti' }, pengambilan: 'ambil', persetujuan: true, persetujuanVersi: 'v1',
    });
    const svc = () => t.app.services.layanan.permohonan;
    const idDari = async (nomor: string) => (await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${nomor}`))[0]!.id;

    it('should not escalate a case that is no longer overdue when the job reaches it (resumed with a new due date meanwhile)', async () => {
      const { hasil } = await svc().ajukan({ fields: { data: data(nikUji(82)) }, files: berkas }, {}, waktuWib('2026-11-02', '10:00'));
      const id = await idDari(hasil.nomor);
      // the job listed it as overdue at 9 Nov; before it marks the case the due instant moved to 12 Nov
      await t.db.execute(sql`UPDATE permohonan SET jatuh_tempo = ${waktuWib('2026-11-12', '10:00').toISOString()}::timestamptz WHERE id = ${id}`);
      expect(await tandaiEskalasi(t.db, id, { at: waktuWib('2026-11-09', '10:00'), ke: null })).toBe(false);
      expect(await tandaiEskalasi(t.db, id, { at: waktuWib('2026-11-12', '10:01'), ke: null })).toBe(true);
    });

    it('should start the clock of a submission on a holiday night at the next working morning', async () => {
      const { hasil } = await svc().ajukan({ fields: { data: data(nikUji(80)) }, files: berkas }, {}, waktuWib('2026-12-24', '21:00'));
      // Mon 28 Dec 07:30 + 3 hari kerja (29, 30, 31) → Thu 31 Dec 07:30
      expect(hasil.jatuhTempo).toBe(waktuWib('2026-12-31', '07:30').toISOString());
    });

    it('should extend the due date by the paused working time across the holidays, and count a finish at the due instant as on time', async () => {
      const pelaku = { akunId: t.fixture.accounts.petugas!, roles: ['petugas' as const], opdId: t.fixture.opdA.id, pegawaiId: u.petugas1.id };
      const { hasil } = await svc().ajukan({ fields: { data: data(nikUji(81)) }, files: berkas }, {}, waktuWib('2026-12-21', '10:00'));
      expect(hasil.jatuhTempo).toBe(waktuWib('2026-12-28', '10:00').toISOString()); // 22, 23, (24–27 off), 28
      const id = await idDari(hasil.nomor);
      let d = await svc().aksi(pelaku, id, { aksi: 'verifikasi', revisi: 0 }, waktuWib('2026-12-21', '11:00'));
      d = await svc().aksi(pelaku, id, { aksi: 'minta_perbaikan', revisi: d.revisi, perbaikan: [{ persyaratanKode: 'kk', catatan: 'Buram' }] }, waktuWib('2026-12-22', '10:00'));
      expect(d.sla.badge).toBe('jeda');
      const kode = hasil.kodeAkses;
      const ulang = await svc().kirimPerbaikan({
        fields: { data: JSON.stringify({ nomor: hasil.nomor, kodeAkses: kode }) }, files: [berkas[1]!],
      }, waktuWib('2026-12-28', '10:00'));
      // one working day used before the pause; two left from Mon 28 10:00 → Wed 30 Dec 10:00
      const due = waktuWib('2026-12-30', '10:00');
      expect(ulang.jatuhTempo).toBe(due.toISOString());
      expect((await svc().eskalasiTerlambat(due)).dieskalasi).toBeGreaterThanOrEqual(0);
      const [r] = await queryRows<{ eskalasi_at: Date | null }>(t.db, sql`SELECT eskalasi_at FROM permohonan WHERE id = ${id}`);
      expect(r!.eskalasi_at).toBeNull();
      d = await svc().detail(pelaku, id, due);
      d = await svc().aksi(pelaku, id, { aksi: 'verifikasi', revisi: d.revisi }, due);
      d = await svc().aksi(pelaku, id, { aksi: 'proses', revisi: d.revisi }, due);
      d = await svc().aksi(pelaku, id, { aksi: 'selesaikan', revisi: d.revisi }, due);
      expect(d.tepatWaktu).toBe(true);
    });
  });

  describe('pengaduan and Open311', () => {
    const laporan = async (over: Parameters<typeof dataLaporan>[0] = {}, files: Parameters<typeof bentukMultipart>[1] = []) => {
      const { payload, headers } = bentukMultipart({ data: JSON.stringify(dataLaporan(over)) }, files);
      return t.app.inject({ method: 'POST', url: '/api/v1/pengaduan', payload, headers, remoteAddress: ip() });
    };
    const o311 = (method: 'GET' | 'POST' | 'DELETE' | 'PUT', url: string, payload?: string, headers: H = {}) =>
      t.app.inject({ method, url: `/open311/v2/${url}`, payload, headers, remoteAddress: ip() });
    const formatSpec = (r: { statusCode: number; json: () => unknown }) => expect(r.json()).toEqual([{ code: r.statusCode, description: expect.any(String) }]);

    it('should serve photos with nosniff and no caching, and only to staff in scope', async () => {
      const res = await laporan({}, [{ field: 'foto', namaFile: 'a.jpg', isi: contohJpeg(300), tipe: 'text/html' }]);
      expect(res.statusCode, res.body).toBe(201);
      const [p] = await queryRows<{ id: number; revisi: number }>(t.db, sql`SELECT id, revisi FROM pengaduan WHERE nomor = ${res.json().nomor}`);
      const [l] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM pengaduan_lampiran WHERE pengaduan_id = ${p!.id}`);
      const f = await get(`/pengaduan/${p!.id}/lampiran/${l!.id}`, admin);
      expect(f.statusCode).toBe(200);
      expect(f.headers['content-type']).toBe('image/jpeg');
      expect(f.headers['x-content-type-options']).toBe('nosniff');
      expect(String(f.headers['cache-control'])).toMatch(/no-store/);
      expect((await get(`/pengaduan/${p!.id}/lampiran/${l!.id}`, petugasB)).statusCode).toBe(404);
    });

    it('should never show a confidential reporter to the handling OPD, in lists, details, audit or notifications', async () => {
      const res = await laporan({ rahasia: true, pelapor: { nama: 'Rahasiawati', telepon: '0812-1111-2222', email: 'rahasia@example.id' } });
      const [p] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM pengaduan WHERE nomor = ${res.json().nomor}`);
      let d = (await post(`/pengaduan/${p!.id}/aksi`, { aksi: 'verifikasi', revisi: 0 }, admin)).json();
      d = (await post(`/pengaduan/${p!.id}/aksi`, { aksi: 'teruskan', revisi: d.revisi }, admin)).json();
      const adminOpd = await loginAs(t.app, 'admin_opd');
      const semua = [
        await get(`/pengaduan/${p!.id}`, petugas), await get('/pengaduan', petugas),
        await get(`/pengaduan/${p!.id}`, adminOpd), await get('/pengaduan?q=Rahasia', adminOpd),
        await o311('GET', `requests/${res.json().nomor}.json`), await o311('GET', 'requests.json'),
      ];
      for (const r of semua) {
        expect(r.statusCode, r.body).toBe(200);
        expect(r.body).not.toMatch(/Rahasiawati|rahasia@|2222|1111/);
      }
      const rows = await queryRows<{ t: string }>(t.db, sql`
        SELECT coalesce((SELECT json_agg(a)::text FROM audit_log a), '') || coalesce((SELECT json_agg(o)::text FROM notifikasi_outbox o), '')
          || coalesce((SELECT json_agg(e)::text FROM pengaduan_peristiwa e), '') AS t`);
      expect(rows[0]!.t).not.toMatch(/Rahasiawati|rahasia@example|0812-1111|6281211112222/);
    });

    it('should answer every Open311 failure in the spec format', async () => {
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      const kasus = [
        await o311('DELETE', 'requests.json'),
        await o311('PUT', 'services.json'),
        await o311('GET', 'requests.xml'),
        await o311('GET', 'services/tidak-ada.json'),
        await o311('GET', 'requests.json?start_date=2026-13-45'),
        await o311('GET', 'requests.json?end_date=kemarin'),
        await o311('GET', 'requests.json?status=pending'),
        await o311('GET', 'requests.json?page_size=0'),
        await o311('GET', 'requests.json?service_code=tidak-ada'),
        await o311('GET', `requests.json?jurisdiction_id=${'x'.repeat(300)}`),
        await o311('GET', 'requests/PG-1999-000001.json'),
        await o311('POST', 'requests.json', new URLSearchParams({ service_code: 'jalan-rusak', lat: '2.96', long: '99.8' }).toString(), form),
        await o311('POST', 'requests.json', new URLSearchParams({ api_key: 'salah', service_code: 'jalan-rusak', lat: '2.96', long: '99.8' }).toString(), form),
        await o311('POST', 'requests.json', 'teks biasa', { 'content-type': 'text/plain' }),
        await o311('POST', 'requests.json', new URLSearchParams({ api_key: apiKey, service_code: 'jalan-rusak', lat: 'utara', long: '99.8' }).toString(), form),
        await o311('POST', 'requests.json', new URLSearchParams({ api_key: apiKey, service_code: 'jalan-rusak', lat: '1.0', long: '99.8' }).toString(), form),
        await o311('POST', 'requests.json', new URLSearchParams({ api_key: apiKey, service_code: 'jalan-rusak' }).toString(), form),
        await o311('POST', 'requests.json', JSON.stringify([1, 2]), { 'content-type': 'application/json' }),
        await o311('POST', 'requests.json', JSON.stringify({ api_key: apiKey, service_code: 5, lat: 2.96, long: 99.8 }), { 'content-type': 'application/json' }),
      ];
      for (const r of kasus) {
        expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
        expect(r.statusCode, r.body).toBeLessThan(500);
        expect(r.headers['content-type'], r.body).toMatch(/^application\/json/);
        formatSpec(r);
      }
      expect(kasus[11]!.statusCode).toBe(403);
      expect(kasus[12]!.statusCode).toBe(403);
    });

    it('should refuse a NIK/KK-like number in texts that are published (Open311) or stored in events, storing nothing', async () => {
      const nik = '1274 0101 0190 0001';
      const sebelum = (await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM pengaduan`))[0]!.n;
      const a = await laporan({ isi: `Saya warga dengan NIK ${nik} mengadukan jalan rusak di depan rumah saya.` });
      expect(a.statusCode, a.body).toBe(400);
      expect(a.json().errors.map((e: { field: string }) => e.field)).toContain('isi');
      const b = await o311('POST', 'requests.json', new URLSearchParams({
        api_key: apiKey, service_code: 'jalan-rusak', address_string: 'Jl. Sudirman', description: `NIK saya 1274010101900001, jalan rusak parah`,
      }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
      expect(b.statusCode, b.body).toBe(400);
      expect(b.json()[0].description).toMatch(/description/);
      const sesudah = (await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM pengaduan`))[0]!.n;
      expect(Number(sesudah)).toBe(Number(sebelum));

      const ok = await laporan();
      const { nomor, kodeAkses } = ok.json();
      const [p] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM pengaduan WHERE nomor = ${nomor}`);
      const staf = await post(`/pengaduan/${p!.id}/aksi`, { aksi: 'tanggapi', revisi: 0, isi: `Data pelapor NIK ${nik} sudah kami cek.` }, admin);
      expect(staf.statusCode, staf.body).toBe(400);
      expect(staf.json().errors[0].field).toBe('body.isi');
      const balas = await post('/pengaduan/lacak/balas', { nomor, kodeAkses, isi: `KK saya 1274-0101-0190-0001` });
      expect(balas.statusCode, balas.body).toBe(400);
      const ev = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM pengaduan_peristiwa WHERE pengaduan_id = ${p!.id}`);
      expect(Number(ev[0]!.n)).toBe(1);
    });

    it('should answer an absurd page number of the staff list with 400, not 500', async () => {
      for (const page of ['1e300', '99999999999999999999']) {
        const r = await get(`/pengaduan?page=${page}`, admin);
        expect(r.statusCode, r.body).toBe(400);
        expect(r.json().errors[0].field).toMatch(/page/);
      }
    });

    it('should give datetimes with +07:00 and keep the status filter exact', async () => {
      const res = await o311('POST', 'requests.json', new URLSearchParams({ api_key: apiKey, service_code: 'sampah', address_string: 'Jl. Merdeka 1', description: 'Sampah menumpuk' }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json()[0].service_request_id as string;
      const satu = (await o311('GET', `requests/${id}.json`)).json()[0];
      expect(satu.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(satu.status).toBe('open');
      const tertutup = (await o311('GET', 'requests.json?status=closed')).json() as Array<{ service_request_id: string; status: string }>;
      expect(tertutup.every((r) => r.status === 'closed')).toBe(true);
      expect(tertutup.some((r) => r.service_request_id === id)).toBe(false);
    });
  });
});
