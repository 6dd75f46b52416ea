import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamSchema, ProblemSchema as P } from '../../../contracts/common.ts';
import {
  IdVersiParamSchema, KatalogListSchema, KatalogQuerySchema, KodeParamSchema, KodeVersiParamSchema, LayananAdminDetailSchema,
  LayananAdminListSchema, LayananCreateSchema, LayananUpdateSchema, MaklumatSchema, MaklumatUpdateSchema, StandarIsiSchema,
  StandarPublikSchema, StandarVersiSchema, TerbitSchema, UnitIdParamSchema,
} from '../../../contracts/layanan.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

/**
 * /api/v1/layanan… and /api/v1/admin/layanan… — the service catalogue (pelayanan.md §2.4; UU 25/2009
 * Pasal 15, 20–23). Reading the published standards and maklumat is public; managing them needs
 * `layanan:kelola` (admin: every layanan; admin_opd: own OPD, 403 otherwise).
 */
export async function layananKatalogRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const katalog = opts.services.layanan.katalog;

  // ------------------------------------------------------------------------------------------ public

  r.get('/layanan', {
    config: { permission: 'public' },
    schema: {
      tags: ['layanan'], summary: 'Katalog layanan publik: layanan aktif dengan standar pelayanan yang berlaku sekarang (jangka waktu, biaya).',
      querystring: KatalogQuerySchema, response: { 200: KatalogListSchema, 400: P },
    },
    handler: async (req) => katalog.katalog(req.query),
  });

  r.get('/layanan/:kode', {
    config: { permission: 'public' },
    schema: {
      tags: ['layanan'], summary: 'Standar pelayanan yang berlaku (14 komponen), daftar versi terbit, dan maklumat pelayanan unit.',
      params: KodeParamSchema, response: { 200: StandarPublikSchema, 400: P, 404: P },
    },
    handler: async (req) => katalog.standarPublik(req.params.kode),
  });

  r.get('/layanan/:kode/versi/:versi', {
    config: { permission: 'public' },
    schema: {
      tags: ['layanan'], summary: 'Satu versi standar pelayanan yang pernah/akan terbit (draf tidak terlihat: 404).',
      params: KodeVersiParamSchema, response: { 200: StandarPublikSchema, 400: P, 404: P },
    },
    handler: async (req) => katalog.standarPublikVersi(req.params.kode, req.params.versi),
  });

  // ------------------------------------------------------------------------------------------- admin

  r.get('/admin/layanan', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Layanan yang Anda kelola (admin: semua; admin OPD: OPD sendiri) dengan versi berlaku dan draf.',
      response: { 200: LayananAdminListSchema },
    },
    handler: async (req) => katalog.listAdmin(requireAuth(req)),
  });

  r.post('/admin/layanan', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Tambah layanan (tanpa standar; lalu buat draf standar dan terbitkan).',
      body: LayananCreateSchema, response: { 201: LayananAdminDetailSchema, 400: P, 403: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await katalog.createLayanan(requireAuth(req), req.body)),
  });

  r.get('/admin/layanan/:id', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Layanan dengan semua versi standar (termasuk draf) dan maklumat.',
      params: IdParamSchema, response: { 200: LayananAdminDetailSchema, 403: P, 404: P },
    },
    handler: async (req) => katalog.detailAdmin(requireAuth(req), req.params.id),
  });

  r.patch('/admin/layanan/:id', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Ubah data dasar layanan (kode tetap).',
      params: IdParamSchema, body: LayananUpdateSchema, response: { 200: LayananAdminDetailSchema, 400: P, 403: P, 404: P },
    },
    handler: async (req) => katalog.updateLayanan(requireAuth(req), req.params.id, req.body),
  });

  r.post('/admin/layanan/:id/standar', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Buat draf versi baru standar pelayanan (14 komponen). Satu draf sekaligus.',
      params: IdParamSchema, body: StandarIsiSchema, response: { 201: StandarVersiSchema, 400: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await katalog.createDraf(requireAuth(req), req.params.id, req.body)),
  });

  r.put('/admin/layanan/:id/standar/:versi', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Ubah draf standar pelayanan (versi terbit tidak dapat diubah: 409).',
      params: IdVersiParamSchema, body: StandarIsiSchema, response: { 200: StandarVersiSchema, 400: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => katalog.updateDraf(requireAuth(req), req.params.id, req.params.versi, req.body),
  });

  r.delete('/admin/layanan/:id/standar/:versi', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Hapus draf standar pelayanan (versi terbit: 409).',
      params: IdVersiParamSchema, response: { 204: z.null(), 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => {
      await katalog.deleteDraf(requireAuth(req), req.params.id, req.params.versi);
      return reply.status(204).send(null);
    },
  });

  r.post('/admin/layanan/:id/standar/:versi/terbit', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'],
      summary: 'Terbitkan draf dengan nomor SK dan tanggal berlaku (kosong = sekarang; tidak boleh berlaku surut). Setelah terbit, versi tidak dapat diubah.',
      params: IdVersiParamSchema, body: TerbitSchema, response: { 200: StandarVersiSchema, 400: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => katalog.terbitkan(requireAuth(req), req.params.id, req.params.versi, req.body),
  });

  r.get('/admin/maklumat/:unitId', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Maklumat pelayanan sebuah unit (null bila belum ada).',
      params: UnitIdParamSchema, response: { 200: MaklumatSchema.nullable(), 400: P, 403: P },
    },
    handler: async (req) => katalog.getMaklumat(requireAuth(req), req.params.unitId),
  });

  r.put('/admin/maklumat/:unitId', {
    config: { permission: 'layanan:kelola' },
    schema: {
      tags: ['layanan'], summary: 'Tetapkan maklumat pelayanan unit (UU 25/2009 Pasal 22). Dicatat di log audit.',
      params: UnitIdParamSchema, body: MaklumatUpdateSchema, response: { 200: MaklumatSchema, 400: P, 403: P },
    },
    handler: async (req) => katalog.setMaklumat(requireAuth(req), req.params.unitId, req.body),
  });
}
