import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LayananCreateSchema, LayananSchema, LayananUpdateSchema, LayarBaruSchema, LayarCreateSchema, LokasiCreateSchema,
  LokasiDetailSchema, LokasiListSchema, LokasiUpdateSchema, LoketCreateSchema, LoketSchema, LoketUpdateSchema,
  SesiCreateSchema, SesiSchema, SesiUpdateSchema, TutupCreateSchema, TutupSchema,
} from '../../../contracts/antrian-setup.ts';
import { IdParamSchema as params, ProblemSchema as P } from '../../../contracts/common.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

const config = { permission: 'antrian:kelola' } as const;
const tags = ['antrian-setup'];
const galat = { 400: P, 403: P, 404: P, 409: P };

/**
 * /api/v1/antrian/… — queue set-up (pelayanan.md §3.2), permission `antrian:kelola` (admin: every lokasi;
 * admin OPD: lokasi of their own OPD, 403 otherwise). Thin handlers: each calls one service function.
 */
export async function antrianSetupRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const setup = opts.services.antrian.setup;

  r.get('/antrian/lokasi', {
    config, schema: { tags, summary: 'Lokasi antrian yang boleh dikelola akun ini.', response: { 200: LokasiListSchema } },
    handler: async (req) => setup.listLokasi(requireAuth(req)),
  });
  r.post('/antrian/lokasi', {
    config, schema: { tags, summary: 'Tambah lokasi antrian (kode unik, jam layanan mingguan).', body: LokasiCreateSchema, response: { 201: LokasiDetailSchema, ...galat } },
    handler: async (req, reply) => reply.status(201).send(await setup.createLokasi(requireAuth(req), req.body)),
  });
  r.get('/antrian/lokasi/:id', {
    config, schema: { tags, summary: 'Rincian lokasi: layanan, sesi, loket, hari tutup, perangkat layar.', params, response: { 200: LokasiDetailSchema, 403: P, 404: P } },
    handler: async (req) => setup.detailLokasi(requireAuth(req), req.params.id),
  });
  r.patch('/antrian/lokasi/:id', {
    config, schema: { tags, summary: 'Ubah lokasi.', params, body: LokasiUpdateSchema, response: { 200: LokasiDetailSchema, ...galat } },
    handler: async (req) => setup.updateLokasi(requireAuth(req), req.params.id, req.body),
  });

  r.post('/antrian/lokasi/:id/layanan', {
    config, schema: { tags, summary: 'Tambah layanan (prefiks 1–3 huruf kapital, unik per lokasi; kuota harian online/walk-in).', params, body: LayananCreateSchema, response: { 201: LayananSchema, ...galat } },
    handler: async (req, reply) => reply.status(201).send(await setup.createLayanan(requireAuth(req), req.params.id, req.body)),
  });
  r.patch('/antrian/layanan/:id', {
    config, schema: { tags, summary: 'Ubah layanan (kuota online tidak boleh di bawah jumlah kapasitas sesi aktif).', params, body: LayananUpdateSchema, response: { 200: LayananSchema, ...galat } },
    handler: async (req) => setup.updateLayanan(requireAuth(req), req.params.id, req.body),
  });

  r.post('/antrian/layanan/:id/sesi', {
    config, schema: { tags, summary: 'Tambah sesi pemesanan (JJ:MM WIB, di dalam jam layanan, tidak bertumpang tindih).', params, body: SesiCreateSchema, response: { 201: SesiSchema, ...galat } },
    handler: async (req, reply) => reply.status(201).send(await setup.createSesi(requireAuth(req), req.params.id, req.body)),
  });
  r.patch('/antrian/sesi/:id', {
    config, schema: { tags, summary: 'Ubah sesi pemesanan.', params, body: SesiUpdateSchema, response: { 200: SesiSchema, ...galat } },
    handler: async (req) => setup.updateSesi(requireAuth(req), req.params.id, req.body),
  });

  r.post('/antrian/lokasi/:id/loket', {
    config, schema: { tags, summary: 'Tambah loket (nomor unik per lokasi, layanan yang dilayani).', params, body: LoketCreateSchema, response: { 201: LoketSchema, ...galat } },
    handler: async (req, reply) => reply.status(201).send(await setup.createLoket(requireAuth(req), req.params.id, req.body)),
  });
  r.patch('/antrian/loket/:id', {
    config, schema: { tags, summary: 'Ubah loket (layananIds mengganti seluruh daftar).', params, body: LoketUpdateSchema, response: { 200: LoketSchema, ...galat } },
    handler: async (req) => setup.updateLoket(requireAuth(req), req.params.id, req.body),
  });

  r.post('/antrian/lokasi/:id/tutup', {
    config, schema: { tags, summary: 'Tambah hari tutup lokasi (di luar kalender libur kota).', params, body: TutupCreateSchema, response: { 201: TutupSchema, ...galat } },
    handler: async (req, reply) => reply.status(201).send(await setup.createTutup(requireAuth(req), req.params.id, req.body)),
  });
  r.delete('/antrian/tutup/:id', {
    config, schema: { tags, summary: 'Hapus hari tutup lokasi.', params, response: { 204: z.null(), 403: P, 404: P } },
    handler: async (req, reply) => {
      await setup.removeTutup(requireAuth(req), req.params.id);
      return reply.status(204).send(null);
    },
  });

  r.post('/antrian/lokasi/:id/layar', {
    config, schema: { tags, summary: 'Daftarkan perangkat layar; token perangkat hanya ditampilkan SEKALI.', params, body: LayarCreateSchema, response: { 201: LayarBaruSchema, ...galat } },
    handler: async (req, reply) => reply.status(201).header('cache-control', 'no-store').send(await setup.createLayar(requireAuth(req), req.params.id, req.body)),
  });
  r.delete('/antrian/layar/:id', {
    config, schema: { tags, summary: 'Cabut perangkat layar (tokennya langsung tidak berlaku).', params, response: { 204: z.null(), 403: P, 404: P } },
    handler: async (req, reply) => {
      await setup.cabutLayar(requireAuth(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
}
