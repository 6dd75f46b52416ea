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
