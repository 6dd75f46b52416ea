import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from './testing/test-app.ts';

describe('buildApp', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('should answer health with the database kind and version', async () => {
    const res = await t.app.inject({ url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgresql' : 'pglite', version: expect.any(String) });
  });

  it('should serve an OpenAPI 3.1 document generated from the zod schemas', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/health']).toBeDefined();
    expect(doc.paths['/api/v1/auth/login'].post.requestBody).toBeDefined();
  });

  it('should answer unknown API paths with problem+json 404', async () => {
    const res = await t.app.inject({ url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'TIDAK_DITEMUKAN' });
  });

  it('should report invalid fields as problem+json with per-field errors', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDASI');
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.username', 'body.password']));
  });

  it('should log in with a correct password, expose me, and refuse state changes without CSRF', async () => {
    const h = await loginAs(t.app, 'admin');
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: h.cookie } });
    expect(me.json()).toMatchObject({ username: 'admin', roles: ['admin'] });
    const opd = await loginAs(t.app, 'admin_opd');
    const meOpd = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: opd.cookie } });
    expect(meOpd.json()).toMatchObject({ roles: ['admin_opd'], opdNama: 'Dinas Uji A' });
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: h.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: h });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: h.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('should refuse a wrong password with an Indonesian message and lock after 5 failures', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'pegawai', password: 'salah' } });
      expect(r.statusCode).toBe(401);
      expect(r.json().detail).toContain('kata sandi salah');
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'pegawai', password: 'salah' } });
    expect(locked.statusCode).toBe(429);
    const evenRight = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'pegawai', password: 'rahasia-uji-123' } });
    expect(evenRight.statusCode).toBe(429);
  });
});

describe('hardening (regressions from the security review)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('should answer an id beyond int4 with 400, not 500', async () => {
    const h = await loginAs(t.app, 'admin');
    const res = await t.app.inject({ url: '/api/v1/skm/survei/3000000000', headers: h });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDASI');
  });

  it('should answer a NUL character in a public path with 400, not 500', async () => {
    const res = await t.app.inject({ url: '/api/v1/skm/publik/survei/%00' });
    expect(res.statusCode).toBeLessThan(500);
  });

  it('should give zod messages in Bahasa Indonesia', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 5, password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).not.toMatch(/Invalid input|expected/);
  });

  it('should translate the framework’s own errors (invalid JSON, media type)', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toBe('Isi permintaan bukan JSON yang valid.');
    const media = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/xml' }, payload: '<a/>' });
    expect(media.statusCode).toBe(415);
    expect(media.json().detail).toMatch(/Jenis konten tidak didukung/);
  });

  it('should let a signed-in clerk answer a public survey and log in again without a CSRF token', async () => {
    const h = await loginAs(t.app, 'petugas');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { cookie: h.cookie }, payload: { username: 'petugas', password: 'rahasia-uji-123' } });
    expect(again.statusCode).toBe(200);
  });

  it('should keep invitation tokens and query strings out of request logs', async () => {
    const { serializeRequest } = await import('./app.ts');
    expect(serializeRequest({ method: 'POST', url: '/api/v1/skm/publik/undangan/AbC123_tok/respon?x=1', ip: '10.0.0.9' }))
      .toEqual({ method: 'POST', url: '/api/v1/skm/publik/undangan/***/respon', remoteAddress: undefined });
    // Queue booking codes open a ticket: never in the log (regression, adversarial review).
    expect(serializeRequest({ method: 'POST', url: '/api/v1/antrian/publik/tiket/ELNFB98M3F/batal', ip: '10.0.0.9' }).url)
      .toBe('/api/v1/antrian/publik/tiket/***/batal');
    expect(serializeRequest({ method: 'GET', url: '/antrian/tiket/ELNFB98M3F', ip: '10.0.0.9' }).url).toBe('/antrian/tiket/***');
    expect(serializeRequest({ method: 'GET', url: '/api/v1/org/pegawai?q=Siregar', ip: '10.0.0.9' }))
      .toEqual({ method: 'GET', url: '/api/v1/org/pegawai', remoteAddress: '10.0.0.9' });
  });
});

describe('login lockout (regressions from the security review)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });
  const attempt = (username: string, password = 'salah') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('should answer an unknown NIP exactly like a real one, including the lock on the 5th failure', async () => {
    const real: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) real.push((await attempt('atasan')).statusCode);
    for (let i = 0; i < 6; i++) unknown.push((await attempt('199901012020011999')).statusCode);
    expect(unknown).toEqual(real);
    expect(real).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('should not let concurrent wrong guesses exceed the limit of 5 before the lock', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt('pimpinan')));
    expect(results.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(4);
    const right = await attempt('pimpinan', 'rahasia-uji-123');
    expect(right.statusCode).toBe(429);
  });
});

describe('GET /api/v1/org/saya', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('should give a pegawai their own profile with the atasan derived from the jabatan', async () => {
    const h = await loginAs(t.app, 'pegawai');
    const res = await t.app.inject({ url: '/api/v1/org/saya', headers: h });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ nama: 'Staf Uji', nipFormat: '19900202 201503 2 002', atasan: { nama: 'Kepala Uji' } });
  });

  it('should answer 404 for an account not linked to a pegawai', async () => {
    const h = await loginAs(t.app, 'admin');
    const res = await t.app.inject({ url: '/api/v1/org/saya', headers: h });
    expect(res.statusCode).toBe(404);
  });
});

describe('second review regressions', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('should answer a malformed URL escape with problem+json in Indonesian', async () => {
    const res = await t.app.inject({ url: '/api/v1/skm/publik/survei/%zz' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toBe('Alamat (URL) tidak valid.');
  });

  it('should answer a multipart upload without a boundary with 400, not 500', async () => {
    const h = await loginAs(t.app, 'admin');
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/org/pegawai/impor/periksa',
      headers: { ...h, 'content-type': 'multipart/form-data' }, payload: 'x',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const truncated = await t.app.inject({
      method: 'POST', url: '/api/v1/org/pegawai/impor/periksa',
      headers: { ...h, 'content-type': 'multipart/form-data; boundary=XyZ' },
      payload: '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nNIP,Nama\r\n1',
    });
    expect(truncated.statusCode).toBeGreaterThanOrEqual(400);
    expect(truncated.statusCode).toBeLessThan(500);
  });

  it('should redact percent-encoded invitation paths and drop IPs on survey pages in request logs', async () => {
    const { serializeRequest } = await import('./app.ts');
    expect(serializeRequest({ method: 'POST', url: '/api/v1/skm/publik/%75ndangan/RAHASIA/respon', ip: '10.1.1.1' }))
      .toEqual({ method: 'POST', url: '/api/v1/skm/publik/undangan/***/respon', remoteAddress: undefined });
    expect(serializeRequest({ method: 'GET', url: '/api/v1/skm/%70ublik/survei/abc', ip: '10.1.1.1' }).remoteAddress).toBeUndefined();
    expect(serializeRequest({ method: 'GET', url: '/survei/abcd1234?undangan=RAHASIA', ip: '10.1.1.1' }))
      .toEqual({ method: 'GET', url: '/survei/abcd1234', remoteAddress: undefined });
  });
});

describe('PATCH /org/pegawai/:id/atasan on oneself', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('should refuse an admin OPD changing their own atasan (only BKPSDM may)', async () => {
    const { akun } = await import('./modules/auth/auth.table.ts');
    const { eq } = await import('drizzle-orm');
    // The admin_opd account belongs to the staff pegawai of Dinas Uji A.
    await t.db.update(akun).set({ pegawaiId: null }).where(eq(akun.username, 'pegawai'));
    await t.db.update(akun).set({ pegawaiId: t.fixture.pStaf.id }).where(eq(akun.username, 'admin_opd'));
    const h = await loginAs(t.app, 'admin_opd');
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/org/pegawai/${t.fixture.pStaf.id}/atasan`, headers: h, payload: { atasanId: null } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ATASAN_SENDIRI_KHUSUS_ADMIN');
  });
});
