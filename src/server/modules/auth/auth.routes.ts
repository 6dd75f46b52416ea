import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginBodySchema, MeSchema } from '../../../contracts/auth.ts';
import { ProblemSchema } from '../../../contracts/common.ts';
import { hashToken, requireAuth, SESSION_COOKIE } from '../../plugins/auth.ts';
import type { AuthService } from './auth.service.ts';

export type AuthRoutesOptions = { auth: AuthService; cookieSecure: boolean; loginRateLimit: number };

/** /api/v1/auth: login (rate-limited), logout, me. */
export async function authRoutes(app: FastifyInstance, opts: AuthRoutesOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/auth/login', {
    config: { permission: 'public', rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary: 'Masuk dengan NIP + kata sandi; membuka sesi (cookie HttpOnly).',
      body: LoginBodySchema,
      response: { 200: MeSchema, 401: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema },
    },
    handler: async (req, reply) => {
      const { token, expiresAt } = await opts.auth.login({ ...req.body, userAgent: req.headers['user-agent'] });
      const ctx = await opts.auth.lookupSession(hashToken(token));
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure, path: '/', expires: expiresAt,
      });
      return opts.auth.me(ctx!);
    },
  });
  r.post('/auth/logout', {
    config: { permission: 'login' },
    schema: { tags: ['auth'], summary: 'Keluar (menutup sesi).', response: { 204: z.null() } },
    handler: async (req, reply) => {
      await opts.auth.logout(requireAuth(req).sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });
  r.get('/auth/me', {
    config: { permission: 'login' },
    schema: { tags: ['auth'], summary: 'Akun yang sedang masuk, termasuk token CSRF.', response: { 200: MeSchema, 401: ProblemSchema } },
    handler: async (req) => opts.auth.me(requireAuth(req)),
  });
}
