import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KodeLokasiParamSchema, LayarQuerySchema, LayarSnapshotSchema } from '../../../contracts/antrian-loket.ts';
import { ProblemSchema } from '../../../contracts/common.ts';
import type { Services } from '../../app.ts';
import { alirkanLokasi } from './antrian.layar.stream.ts';

const P = ProblemSchema;
const StreamSchema = z.string().describe('text/event-stream: event panggil | antrean | tiket, komentar ping tiap 20 detik. 429 bila alamat IP (SSE_MAKS_PER_IP) atau server (SSE_MAKS_TOTAL) sudah memegang terlalu banyak koneksi.');
const tags = ['antrian-layar'];

/**
 * Public live views of a lokasi (no personal data): the citizen-facing stream, and the display board
 * (/layar/:lokasi) authorised by its device token `?token=` (permission `public` + token check in the
 * service; 401 TOKEN_LAYAR_TIDAK_VALID). pelayanan.md §3.2 "Display board + TTS".
 */
export async function antrianLayarRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = opts.services.antrian.loket;
  const pub = { permission: 'public' as const };
  const pembatas = opts.services.sse;

  r.get('/antrian/publik/lokasi/:kode/stream', {
    config: pub,
    schema: { tags, summary: 'SSE publik sebuah lokasi: nomor dipanggil, loket, jumlah menunggu.', params: KodeLokasiParamSchema, response: { 200: StreamSchema, 404: P, 429: P } },
    handler: async (req, reply) => {
      const lokasi = await svc.lokasiPublik(req.params.kode);
      alirkanLokasi(svc, req, reply, lokasi.id, { pembatas });
    },
  });
  r.get('/antrian/layar/:kode', {
    config: pub,
    schema: { tags, summary: 'Ringkasan layar antrian (token perangkat).', params: KodeLokasiParamSchema, querystring: LayarQuerySchema, response: { 200: LayarSnapshotSchema, 400: P, 401: P, 404: P } },
    handler: async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return svc.layar(req.params.kode, req.query.token);
    },
  });
  r.get('/antrian/layar/:kode/stream', {
    config: pub,
    schema: { tags, summary: 'SSE layar antrian (token perangkat).', params: KodeLokasiParamSchema, querystring: LayarQuerySchema, response: { 200: StreamSchema, 400: P, 401: P, 404: P, 429: P } },
    handler: async (req, reply) => {
      const { token } = req.query;
      const lokasi = await svc.verifikasiLayar(req.params.kode, token);
      alirkanLokasi(svc, req, reply, lokasi.id, { pembatas, masihBerlaku: () => svc.layarMasihBerlaku(lokasi.kode, token) });
    },
  });
}
