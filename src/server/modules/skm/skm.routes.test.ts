import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';

type H = Record<string, string>;
const J4 = { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 };

/** A multipart/form-data body with one file field (no form-data dependency needed). */
function multipart(filename: string, content: Buffer | string, field = 'file') {
  const boundary = '----sikap-uji-batas';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('skmRoutes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: H;
  let adminOpd: H;
  let pimpinan: H;
  let pegawai: H;
  let survei: { id: number; kode: string };

  beforeAll(async () => {
    // Answers are accepted only inside the survey period (ADR 0005, F1): the clock (Date only) is set inside
    // Triwulan III 2026, the period of the main survey; the publication tests move it past the period end.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-08-15T10:00:00+07:00') });
    // K = 1 (no release in batches) so each response shows at once; the default K is tested in skm.rilis.test.ts.
    t = await createTestApp({ config: { SKM_AMBANG_ANONIM: '1' } });
    admin = await loginAs(t.app, 'admin');
    adminOpd = await loginAs(t.app, 'admin_opd');
    pimpinan = await loginAs(t.app, 'pimpinan');
    pegawai = await loginAs(t.app, 'pegawai');
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/skm/survei', headers: adminOpd,
      payload: { unitId: t.fixture.opdA.id, jenisPeriode: 'triwulan', tahun: 2026, ke: 3, populasi: 500 },
    });
    expect(res.statusCode).toBe(201);
    survei = res.json();
  });
  afterAll(async () => { vi.useRealTimers(); await t?.close(); });

  const post = (url: string, payload: unknown, headers: H = {}, extra: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers, ...extra });
  const get = (url: string, headers: H = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  describe('access', () => {
    it('should answer anonymous callers of admin endpoints with 401 problem+json', async () => {
      for (const url of ['/skm/survei', `/skm/survei/${survei.id}`, `/skm/survei/${survei.id}/hasil`, '/skm/unit', `/skm/survei/${survei.id}/ekspor.xlsx`]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      expect((await post('/skm/survei', { unitId: 1, jenisPeriode: 'tahun', tahun: 2026 })).statusCode).toBe(401);
    });

    it('should refuse a pegawai on every admin endpoint with 403', async () => {
      for (const url of ['/skm/survei', `/skm/survei/${survei.id}`, `/skm/survei/${survei.id}/hasil`, '/skm/unit', `/skm/survei/${survei.id}/laporan.pdf`]) {
        expect((await get(url, pegawai)).statusCode, url).toBe(403);
      }
      expect((await post('/skm/survei', { unitId: t.fixture.opdA.id, jenisPeriode: 'tahun', tahun: 2026 }, pegawai)).statusCode).toBe(403);
      expect((await post(`/skm/survei/${survei.id}/undangan`, { jumlah: 1 }, pegawai)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'PATCH', url: `/api/v1/skm/survei/${survei.id}`, headers: pegawai, payload: { status: 'ditutup' } })).statusCode).toBe(403);
    });

    it('should let pimpinan read results but not manage surveys', async () => {
      expect((await get('/skm/survei', pimpinan)).statusCode).toBe(200);
      expect((await get(`/skm/survei/${survei.id}/hasil`, pimpinan)).statusCode).toBe(200);
      expect((await get('/skm/unit', pimpinan)).statusCode).toBe(403);
      expect((await post('/skm/survei', { unitId: t.fixture.opdA.id, jenisPeriode: 'tahun', tahun: 2026 }, pimpinan)).statusCode).toBe(403);
    });

    it('should let everyone reach the public endpoints without login', async () => {
      expect((await get('/skm/publik/survei')).statusCode).toBe(200);
      expect((await get(`/skm/publik/survei/${survei.kode}`)).statusCode).toBe(200);
      expect((await get('/skm/publik/ikm')).statusCode).toBe(200);
    });

    it('should declare a known permission on every skm route', () => {
      const routes = t.app.routeCatalog.filter((r) => r.url.startsWith('/api/v1/skm'));
      expect(routes.length).toBeGreaterThanOrEqual(17);
      const publik = routes.filter((r) => r.url.startsWith('/api/v1/skm/publik')).map((r) => r.permission);
      expect(new Set(publik)).toEqual(new Set(['public']));
    });
  });

  describe('admin surveys', () => {
    it('should create with 201 and list it scoped to the admin OPD', async () => {
      const b = await post('/skm/survei', { unitId: t.fixture.opdB.id, jenisPeriode: 'tahun', tahun: 2026, layanan: 'Perizinan' }, admin);
      expect(b.statusCode).toBe(201);
      expect(b.json()).toMatchObject({ periodeLabel: 'Tahun 2026', mulai: '2026-01-01', selesai: '2026-12-31', ke: null, judul: 'SKM Dinas Uji B — Perizinan Tahun 2026' });
      const list = await get('/skm/survei?tahun=2026', adminOpd);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ total: 1, page: 1, per_page: 50, items: [{ id: survei.id, unitNama: 'Dinas Uji A' }] });
      expect((await get('/skm/survei?tahun=2026', admin)).json().total).toBe(2);
      expect((await get(`/skm/survei/${b.json().id}`, adminOpd)).statusCode).toBe(403);
      const forbidden = await post('/skm/survei', { unitId: t.fixture.opdB.id, jenisPeriode: 'tahun', tahun: 2027 }, adminOpd);
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().code).toBe('DI_LUAR_OPD');
    });

    it.each([
      [{ jenisPeriode: 'tahun', tahun: 2026, ke: 1 }, 'body.ke'],
      [{ jenisPeriode: 'triwulan', tahun: 2026 }, 'body.ke'],
      [{ jenisPeriode: 'semester', tahun: 2026, ke: 3 }, 'body.ke'],
      [{ jenisPeriode: 'bulan', tahun: 2026 }, 'body.jenisPeriode'],
      [{ jenisPeriode: 'tahun', tahun: 1990 }, 'body.tahun'],
    ])('should refuse %j with 400 on %s, creating nothing', async (body, field) => {
      const before = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_survei`);
      const res = await post('/skm/survei', { unitId: t.fixture.opdA.id, ...body }, admin);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      const after = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_survei`);
      expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
    });

    it('should patch a survey and 404 an unknown one', async () => {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/skm/survei/${survei.id}`, headers: adminOpd, payload: { judul: 'SKM Dinas Uji A — Triwulan III' } });
      expect(res.statusCode).toBe(200);
      expect(res.json().judul).toBe('SKM Dinas Uji A — Triwulan III');
      expect((await get('/skm/survei/999999', admin)).statusCode).toBe(404);
    });

    it('should list the units an admin OPD may survey', async () => {
      const res = await get('/skm/unit', adminOpd);
      expect(res.json()).toEqual([{ id: t.fixture.opdA.id, nama: 'Dinas Uji A', opdNama: 'Dinas Uji A' }]);
    });
  });

  describe('public responses', () => {
    it('should show the questionnaire and 404 an unknown code', async () => {
      const res = await get(`/skm/publik/survei/${survei.kode}`);
      expect(res.json()).toMatchObject({ kode: survei.kode, unitNama: 'Dinas Uji A', periodeLabel: 'Triwulan III 2026', demografi: true });
      expect(res.json().unsur).toHaveLength(9);
      const missing = await get('/skm/publik/survei/zzzzzzzz');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toMatch(/Survei tidak ditemukan/);
    });

    it('should refuse an answer out of 1–4 with 400 on body.jawaban.U3 and save nothing', async () => {
      const res = await post(`/skm/publik/survei/${survei.kode}/respon`, { jawaban: { ...J4, U3: 5 } }, {}, { remoteAddress: '192.0.2.1' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual({ field: 'body.jawaban.U3', message: 'nilai 1–4' });
      const missing = await post(`/skm/publik/survei/${survei.kode}/respon`, { jawaban: { U1: 4 } }, {}, { remoteAddress: '192.0.2.1' });
      expect(missing.json().errors.map((e: { field: string }) => e.field)).toContain('body.jawaban.U9');
      expect((await get(`/skm/survei/${survei.id}`, admin)).json().responden).toBe(0);
    });

    it('should accept 3 responses per device per day and answer the 4th with 429 in Indonesian', async () => {
      const headers = { 'user-agent': 'Peramban Uji 1.0' };
      for (let i = 0; i < 3; i++) {
        const ok = await post(`/skm/publik/survei/${survei.kode}/respon`, { jawaban: J4, saran: 'Bagus' }, headers, { remoteAddress: '192.0.2.10' });
        expect(ok.statusCode).toBe(201);
        expect(ok.json()).toEqual({ diterima: true, pesan: expect.stringContaining('Terima kasih') });
      }
      const res = await post(`/skm/publik/survei/${survei.kode}/respon`, { jawaban: J4 }, headers, { remoteAddress: '192.0.2.10' });
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ code: 'BATAS_HARIAN', detail: expect.stringContaining('hari ini') });
      expect((await get(`/skm/survei/${survei.id}`, admin)).json().responden).toBe(3);
    });

    it('should rate-limit open-link submissions to 20 per minute per IP', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await post(`/skm/publik/survei/${survei.kode}/respon`, { jawaban: J4 }, { 'user-agent': `agen-${i}` }, { remoteAddress: '192.0.2.20' });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 20).every((c) => c === 201)).toBe(true);
      expect(codes[20]).toBe(429);
    });

    it('should count an Idempotency-Key retry once', async () => {
      const h = { 'user-agent': 'retry', 'idempotency-key': 'f3b1c0de-0000-4000-8000-000000000001' };
      const before = (await get(`/skm/survei/${survei.id}`, admin)).json().responden;
      for (let i = 0; i < 2; i++) expect((await post(`/skm/publik/survei/${survei.kode}/respon`, { jawaban: J4 }, h, { remoteAddress: '192.0.2.30' })).statusCode).toBe(201);
      expect((await get(`/skm/survei/${survei.id}`, admin)).json().responden).toBe(before + 1);
    });
  });

  describe('invitations', () => {
    it('should issue printable one-time invitations, accept one response each and answer reuse with 410', async () => {
      const res = await post(`/skm/survei/${survei.id}/undangan`, { jumlah: 2 }, adminOpd);
      expect(res.statusCode).toBe(201);
      const [u1, u2] = res.json() as Array<{ token: string; tautan: string }>;
      expect(u1!.tautan).toBe(`/survei/${survei.kode}?undangan=${u1!.token}`);
      const q = await get(`/skm/publik/undangan/${u1!.token}`);
      expect(q.statusCode).toBe(200);
      expect(q.json().kode).toBe(survei.kode);
      expect((await post(`/skm/publik/undangan/${u1!.token}/respon`, { jawaban: J4 })).statusCode).toBe(201);
      const again = await post(`/skm/publik/undangan/${u1!.token}/respon`, { jawaban: J4 });
      expect(again.statusCode).toBe(410);
      expect(again.headers['content-type']).toContain('application/problem+json');
      expect(again.json()).toMatchObject({ status: 410, code: 'UNDANGAN_TERPAKAI', detail: expect.stringContaining('sudah digunakan') });
      expect((await get(`/skm/publik/undangan/${u1!.token}`)).statusCode).toBe(410);
      expect((await get(`/skm/publik/undangan/${u2!.token}`)).statusCode).toBe(200);
      const unknown = await get(`/skm/publik/undangan/${'x'.repeat(32)}`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().detail).toMatch(/tidak dikenal/);
    });

    it('should answer an expired invitation with 410', async () => {
      const res = await post(`/skm/survei/${survei.id}/undangan`, { jumlah: 1 }, admin);
      const token = res.json()[0].token as string;
      await t.db.execute(sql`update skm_undangan set kedaluwarsa = ${new Date(Date.now() - 60_000).toISOString()}::timestamptz where digunakan = false and sumber = 'admin' and id = (select max(id) from skm_undangan)`);
      const g = await get(`/skm/publik/undangan/${token}`);
      expect(g.statusCode).toBe(410);
      expect(g.json()).toMatchObject({ code: 'UNDANGAN_KEDALUWARSA', detail: expect.stringContaining('habis') });
      expect((await post(`/skm/publik/undangan/${token}/respon`, { jawaban: J4 })).statusCode).toBe(410);
    });
  });

  describe('paper import', () => {
    it('should reject a bad file with IMPOR_TIDAK_VALID listing every cell, then import a good one', async () => {
      const s = (await post('/skm/survei', { unitId: t.fixture.opdA.id, jenisPeriode: 'semester', tahun: 2026, ke: 2 }, admin)).json();
      const bad = multipart('kertas.csv', 'U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n4;4;0;4;4;4;4;4;9\n');
      const r1 = await post(`/skm/survei/${s.id}/impor`, bad.payload, { ...admin, ...bad.headers });
      expect(r1.statusCode).toBe(400);
      expect(r1.json()).toMatchObject({ code: 'IMPOR_TIDAK_VALID' });
      expect(r1.json().errors.map((e: { field: string }) => e.field)).toEqual(['baris 3, kolom U3', 'baris 3, kolom U9']);
      expect((await get(`/skm/survei/${s.id}`, admin)).json().responden).toBe(0);

      const good = multipart('kertas.csv', 'U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n3,3,3,3,3,3,3,3,\n');
      const r2 = await post(`/skm/survei/${s.id}/impor`, good.payload, { ...admin, ...good.headers });
      expect(r2.statusCode).toBe(200);
      expect(r2.json()).toEqual({ diimpor: 2 });
      const h = (await get(`/skm/survei/${s.id}/hasil`, admin)).json();
      expect(h.hasil.responden).toBe(2);
      expect(h.hasil.perUnsur.find((u: { kode: string }) => u.kode === 'U9')).toMatchObject({ nrr: 4, jumlahJawaban: 1 });
    });

    it('should refuse a request without a file, and an admin OPD importing into another OPD', async () => {
      const r = await post(`/skm/survei/${survei.id}/impor`, { x: 1 }, admin);
      expect(r.statusCode).toBe(400);
      expect(r.json().errors).toEqual([{ field: 'file', message: 'berkas wajib diunggah' }]);
      const b = (await post('/skm/survei', { unitId: t.fixture.opdB.id, jenisPeriode: 'semester', tahun: 2026, ke: 2 }, admin)).json();
      const f = multipart('k.csv', 'U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n');
      expect((await post(`/skm/survei/${b.id}/impor`, f.payload, { ...adminOpd, ...f.headers })).statusCode).toBe(403);
    });
  });

  describe('results, publication, QR, exports', () => {
    beforeAll(async () => {
      // Triwulan III 2026 has ended: it is final (all responses count) and published. Sessions are re-opened.
      vi.setSystemTime(new Date('2026-10-05T10:00:00+07:00'));
      admin = await loginAs(t.app, 'admin');
      adminOpd = await loginAs(t.app, 'admin_opd');
      pimpinan = await loginAs(t.app, 'pimpinan');
    });

    it('should return the hasil and the publication with the same IKM', async () => {
      const h = await get(`/skm/survei/${survei.id}/hasil`, adminOpd);
      expect(h.statusCode).toBe(200);
      const body = h.json();
      expect(body.hasil.ikm).toBe(100);
      expect(body.progres).toMatchObject({ populasi: 500, target: 217 });
      const pub = (await get('/skm/publik/ikm')).json() as Array<{ surveiId: number; ikm: number }>;
      expect(pub.find((p) => p.surveiId === survei.id)?.ikm).toBe(body.hasil.ikm);
    });

    it('should serve the QR code as SVG built from the request host', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/skm/publik/survei/${survei.kode}/qr.svg`, headers: { host: 'sikap.contoh.id' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('image/svg+xml');
      expect(res.body).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect((await get('/skm/publik/survei/zzzzzzzz/qr.svg')).statusCode).toBe(404);
    });

    it('should download the XLSX and the PDF named SKM-<unit>-<periode>-<kode>', async () => {
      const x = await get(`/skm/survei/${survei.id}/ekspor.xlsx`, pimpinan);
      expect(x.statusCode).toBe(200);
      expect(x.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(x.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="SKM-Dinas-Uji-A-[A-Za-z0-9-]+-${survei.kode}\\.xlsx"$`));
      expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const p = await get(`/skm/survei/${survei.id}/laporan.pdf`, admin);
      expect(p.statusCode).toBe(200);
      expect(p.headers['content-type']).toBe('application/pdf');
      expect(p.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="SKM-Dinas-Uji-A-[A-Za-z0-9-]+-${survei.kode}\\.pdf"$`));
      expect(p.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('should still generate the OpenAPI document with the skm routes', async () => {
      const doc = (await get('/openapi.json')).json();
      expect(doc.paths['/api/v1/skm/survei'].post).toBeDefined();
      expect(doc.paths['/api/v1/skm/publik/undangan/{token}/respon'].post).toBeDefined();
    });
  });
});
