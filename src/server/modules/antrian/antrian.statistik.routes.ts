import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LokasiStatistikListSchema, StatistikQuerySchema, StatistikSchema, StatistikXlsxQuerySchema,
} from '../../../contracts/antrian-statistik.ts';
import { ProblemSchema as P } from '../../../contracts/common.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * /api/v1/antrian/statistik… — queue statistics (pelayanan.md §3.2), permission `antrian:statistik`
 * (admin, pimpinan: every lokasi; admin OPD: the lokasi of their OPD). Thin handlers.
 */
export async function antrianStatistikRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const statistik = opts.services.antrian.statistik;

  r.get('/antrian/statistik/lokasi', {
    config: { permission: 'antrian:statistik' },
    schema: {
      tags: ['antrian'], summary: 'Lokasi antrian yang boleh dilihat statistiknya (untuk saringan).',
      response: { 200: LokasiStatistikListSchema, 403: P },
    },
    handler: async (req) => statistik.listLokasi(requireAuth(req)),
  });

  r.get('/antrian/statistik', {
    config: { permission: 'antrian:statistik' },
    schema: {
      tags: ['antrian'],
      summary: 'Statistik antrian per layanan, loket, petugas, jam (WIB) atau hari, beserta totalnya.',
      description: 'Waktu dalam menit (0,1), persentase 0–100 (0,1). Rentang tanggal WIB, termasuk kedua ujung, paling panjang 366 hari.',
      querystring: StatistikQuerySchema,
      response: { 200: StatistikSchema, 400: P, 403: P, 404: P },
    },
    handler: async (req) => statistik.ringkasan(req.query, requireAuth(req)),
  });

  r.get('/antrian/statistik/xlsx', {
    config: { permission: 'antrian:statistik' },
    schema: {
      tags: ['antrian'],
      summary: 'Statistik antrian sebagai XLSX: Ringkasan, satu lembar per kelompok (daftar koma; kosong = semua), Definisi.',
      querystring: StatistikXlsxQuerySchema,
      response: { 200: z.any().describe('Berkas XLSX'), 400: P, 403: P, 404: P },
    },
    handler: async (req, reply) => {
      const f = await statistik.unduhXlsx(req.query, requireAuth(req));
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${f.namaBerkas}"`)
        .header('cache-control', 'no-store')
        .send(f.isi);
    },
  });
}
