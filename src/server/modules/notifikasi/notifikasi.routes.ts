import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamSchema, ProblemSchema as P } from '../../../contracts/common.ts';
import { NotifikasiListQuerySchema, NotifikasiPageSchema, RingkasanNotifikasiSchema } from '../../../contracts/notifikasi.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

/**
 * /api/v1/notifikasi/… — the outbox for admins (`notifikasi:lihat`): delivery status, per-status counts,
 * and requeueing a failed message. Recipients appear only as their last 4 digits (UU 27/2022).
 */
export async function notifikasiRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const notifikasi = opts.services.notifikasi;

  r.get('/notifikasi', {
    config: { permission: 'notifikasi:lihat' },
    schema: {
      tags: ['notifikasi'], summary: 'Daftar pesan di outbox (terbaru dulu), bisa disaring per status.',
      querystring: NotifikasiListQuerySchema, response: { 200: NotifikasiPageSchema, 400: P },
    },
    handler: async (req) => notifikasi.daftar(req.query),
  });

  r.get('/notifikasi/ringkasan', {
    config: { permission: 'notifikasi:lihat' },
    schema: { tags: ['notifikasi'], summary: 'Jumlah pesan per status.', response: { 200: RingkasanNotifikasiSchema } },
    handler: async () => notifikasi.ringkasan(),
  });

  r.post('/notifikasi/:id/ulang', {
    config: { permission: 'notifikasi:lihat' },
    schema: {
      tags: ['notifikasi'], summary: 'Kirim ulang pesan yang gagal (diantrekan untuk segera dikirim; tercatat di audit).',
      params: IdParamSchema, response: { 204: z.null(), 400: P, 404: P, 409: P },
    },
    handler: async (req, reply) => {
      await notifikasi.kirimUlang(req.params.id, requireAuth(req).akunId);
      return reply.status(204).send(null);
    },
  });
}
