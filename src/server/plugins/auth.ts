import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can, PERMISSIONS, type Permission, type Role } from '../../contracts/auth.ts';
import { CommonErrors } from '../lib/app-error.ts';

export const SESSION_COOKIE = 'sikap_sesi';
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in account on a request (null for citizens / anonymous). */
export type AuthContext = {
  akunId: number;
  username: string;
  nama: string;
  roles: Role[];
  pegawaiId: number | null;
  opdId: number | null;
  csrfToken: string;
  sessionId: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Every API route registered, with the permission it declared (read by the route × role test). */
    routeCatalog: RouteEntry[];
  }
  interface FastifyContextConfig {
    /** What the route requires (src/contracts/auth.ts PERMISSIONS). Mandatory on every /api route. */
    permission?: Permission;
  }
}

export type SessionLookup = (sessionId: string) => Promise<AuthContext | null>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type RouteEntry = { method: string; url: string; permission: Permission };

/**
 * Session authentication, CSRF check and route-level RBAC in one place.
 * - Session: HttpOnly cookie holding a random token; the DB keeps only its SHA-256 (ADR 0004).
 * - CSRF: state-changing requests made with a session must send the session's token in `X-CSRF-Token`.
 * - RBAC: every `/api/` route must declare `config.permission`; start-up fails otherwise.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, opts: { lookup: SessionLookup }) => {
    app.decorateRequest('auth', null);
    app.decorate('routeCatalog', [] as RouteEntry[]);
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/') || route.method === 'HEAD' || route.url.startsWith('/api/docs')) return;
      const permission = (route.config as { permission?: Permission } | undefined)?.permission;
      if (!permission || !(permission in PERMISSIONS)) {
        throw new Error(`Route ${String(route.method)} ${route.url} must declare config.permission`);
      }
      for (const m of [route.method].flat()) app.routeCatalog.push({ method: m, url: route.url, permission });
    });
    app.addHook('onRequest', async (req: FastifyRequest) => {
      const token = req.cookies?.[SESSION_COOKIE];
      if (!token) return;
      req.auth = await opts.lookup(hashToken(token));
    });
    // Access is decided before the body is parsed or validated: an anonymous or unauthorised caller
    // learns nothing about the route's input rules.
    app.addHook('onRequest', async (req: FastifyRequest) => {
      const permission = req.routeOptions.config?.permission;
      if (!permission) return;
      // Public routes act on no session (a citizen's survey answer, the login form), so a session cookie
      // gives them no ambient authority to protect: a signed-in clerk can still answer a survey at a kiosk.
      if (PERMISSIONS[permission] === 'public') return;
      const state = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
      if (state && req.auth) {
        const sent = req.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !safeEqual(sent, req.auth.csrfToken)) throw CommonErrors.CSRF();
      }
      if (!req.auth) throw CommonErrors.TIDAK_TERAUTENTIKASI();
      if (!can(req.auth.roles, permission)) throw CommonErrors.PERAN_TIDAK_CUKUP();
    });
  },
  { name: 'auth', dependencies: ['@fastify/cookie'] },
);

/** The signed-in account, or 401 (for handlers behind a non-public permission). */
export function requireAuth(req: FastifyRequest): AuthContext {
  if (!req.auth) throw CommonErrors.TIDAK_TERAUTENTIKASI();
  return req.auth;
}
