import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Role } from '../contracts/auth.ts';
import { createTestApp, loginAs } from './testing/test-app.ts';

/**
 * The route × role matrix (issue #2 §3): every registered API route is called as anonymous and as each
 * role; the route-level decision must match `can(roles, permission)` from src/contracts/auth.ts.
 * Denied → 401 (anonymous) or 403 PERAN_TIDAK_CUKUP; allowed → anything but those (scope checks in
 * services may still answer 403 with another code, or 400/404 for the dummy parameters).
 */
describe('route × role matrix', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  beforeAll(async () => {
    t = await createTestApp({ config: { SKM_MAX_PER_HARI: '1000' } });
    for (const r of ROLES) headers[r] = await loginAs(t.app, r);
  });
  afterAll(async () => { await t?.close(); });

  it('should have every API route declare a known permission', () => {
    expect(t.app.routeCatalog.length).toBeGreaterThanOrEqual(5);
    for (const r of t.app.routeCatalog) expect(Object.keys(PERMISSIONS)).toContain(r.permission);
  });

  it('should allow and deny exactly as the permission table says, for every route and role', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    const routes = t.app.routeCatalog.filter((r) => r.url !== '/api/v1/auth/logout' && r.url !== '/api/v1/auth/login');
    for (const route of routes) {
      const url = route.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'id' ? '999999' : 'tidakada'));
      for (const who of [null, ...ROLES] as const) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: who ? headers[who] : {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        checked++;
        const allowed = can(who ? [who] : null, route.permission);
        const body = res.headers['content-type']?.includes('json') ? res.json() : {};
        const deniedByRbac = res.statusCode === 401 || (res.statusCode === 403 && body.code === 'PERAN_TIDAK_CUKUP');
        if (allowed === deniedByRbac) {
          mismatches.push(`${route.method} ${route.url} as ${who ?? 'anonim'}: expected ${allowed ? 'allow' : 'deny'}, got ${res.statusCode} ${body.code ?? ''}`);
        }
        if (!allowed) expect(res.statusCode, `${route.method} ${route.url} as ${who}`).toBe(who ? 403 : 401);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(routes.length * (ROLES.length + 1));
  });
});
