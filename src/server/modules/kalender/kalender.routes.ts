import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamSchema, ProblemSchema as P } from '../../../contracts/common.ts';
import {
  HariLiburCreateSchema, HariLiburListSchema, HariLiburSchema, HariLiburUpdateSchema, KalenderQuerySchema,
} from '../../../contracts/kalender.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

/**
 * /api/v1/kalender/… — the shared working-day calendar (pelayanan.md §6, ADR 0006).
 * Reading is public (citizens see why a day cannot be booked); changes need `kalender:kelola` (admin).
 */
export async function kalenderRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const kalender = opts.services.kalender;

  r.get('/kalender', {
    config: { permission: 'public' },
    schema: {
      tags: ['kalender'], summary: 'Hari libur nasional, cuti bersama, libur lokal dan tutup darurat satu tahun (default: tahun ini, WIB).',
      querystring: KalenderQuerySchema, response: { 200: HariLiburListSchema, 400: P },
    },
    handler: async (req) => kalender.list(req.query.tahun ?? Number(tanggalWib(new Date()).slice(0, 4))),
  });

  r.post('/kalender', {
    config: { permission: 'kalender:kelola' },
    schema: {
      tags: ['kalender'], summary: 'Tambah hari libur / tutup (satu entri per tanggal; 409 bila tanggal sudah ada).',
      body: HariLiburCreateSchema, response: { 201: HariLiburSchema, 400: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await kalender.create(requireAuth(req), req.body)),
  });

  r.patch('/kalender/:id', {
    config: { permission: 'kalender:kelola' },
    schema: {
      tags: ['kalender'], summary: 'Ubah hari libur (mis. tanggal bergeser setelah sidang isbat).',
      params: IdParamSchema, body: HariLiburUpdateSchema, response: { 200: HariLiburSchema, 400: P, 404: P, 409: P },
    },
    handler: async (req) => kalender.update(requireAuth(req), req.params.id, req.body),
  });

  r.delete('/kalender/:id', {
    config: { permission: 'kalender:kelola' },
    schema: { tags: ['kalender'], summary: 'Hapus hari libur.', params: IdParamSchema, response: { 204: z.null(), 404: P } },
    handler: async (req, reply) => {
      await kalender.remove(requireAuth(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
}
