import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AlihkanBodySchema, AntreanSchema, LoketSayaSchema, MasukBodySchema, PrioritasBodySchema, TiketLoketSchema,
} from '../../../contracts/antrian-loket.ts';
import { IdParamSchema, ProblemSchema } from '../../../contracts/common.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';
import { antrianLayarRoutes } from './antrian.layar.routes.ts';
import { alirkanLokasi } from './antrian.layar.stream.ts';
import { LoketErrors } from './antrian.loket.errors.ts';
import type { Petugas } from './antrian.loket.service.ts';

const P = ProblemSchema;
const StreamSchema = z.string().describe('text/event-stream: event panggil | antrean | tiket, komentar ping tiap 20 detik (429 bila terlalu banyak koneksi).');
const tags = ['antrian-loket'];

const petugas = (req: FastifyRequest): Petugas => requireAuth(req);

/**
 * /api/v1/antrian/loket/… — the counter console (pelayanan.md §3.2; permission `antrian:loket`, the
 * service checks the loket's lokasi belongs to the petugas's OPD). Thin handlers: one service call each.
 * Also registers the public lokasi stream and the display-board routes (antrian.layar.routes.ts).
 */
export async function antrianLoketRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = opts.services.antrian.loket;
  const perm = { permission: 'antrian:loket' as const };

  r.get('/antrian/loket/saya', {
    config: perm,
    schema: { tags, summary: 'Lokasi dan loket OPD petugas, loket yang sedang dipakai, tiket yang sedang dilayani.', response: { 200: LoketSayaSchema } },
    handler: async (req) => svc.saya(petugas(req)),
  });
  r.post('/antrian/loket/masuk', {
    config: perm,
    schema: { tags, summary: 'Masuk ke sebuah loket (satu loket per petugas, satu petugas per loket).', body: MasukBodySchema, response: { 200: LoketSayaSchema, 400: P, 403: P, 404: P, 409: P } },
    handler: async (req) => svc.masuk(petugas(req), req.body.loketId),
  });
  r.post('/antrian/loket/keluar', {
    config: perm,
    schema: { tags, summary: 'Keluar dari loket (ditolak bila masih ada tiket dipanggil/dilayani).', response: { 200: LoketSayaSchema, 409: P } },
    handler: async (req) => svc.keluar(petugas(req)),
  });
  r.get('/antrian/loket/antrean', {
    config: perm,
    schema: { tags, summary: 'Antrean loket saya dalam urutan panggilan (tanpa data pribadi).', response: { 200: AntreanSchema, 403: P, 409: P } },
    handler: async (req) => svc.antrean(petugas(req)),
  });
  r.post('/antrian/loket/panggil', {
    config: perm,
    schema: { tags, summary: 'Panggil antrean berikutnya (404 ANTRIAN_KOSONG bila tidak ada yang menunggu).', response: { 200: TiketLoketSchema, 403: P, 404: P, 409: P } },
    handler: async (req) => svc.panggil(petugas(req)),
  });

  const aksi = {
    'panggil-ulang': svc.panggilUlang,
    mulai: svc.mulai,
    selesai: svc.selesai,
    tahan: svc.tahan,
    lanjutkan: svc.lanjutkan,
    lewati: svc.lewati,
  } as const;
  for (const [nama, fn] of Object.entries(aksi)) {
    r.post(`/antrian/loket/tiket/:id/${nama}`, {
      config: perm,
      schema: { tags, summary: `Tiket: ${nama}.`, params: IdParamSchema, response: { 200: TiketLoketSchema, 400: P, 403: P, 404: P, 409: P } },
      handler: async (req) => fn(petugas(req), req.params.id),
    });
  }
  r.post('/antrian/loket/tiket/:id/alihkan', {
    config: perm,
    schema: { tags, summary: 'Alihkan tiket ke layanan lain dan/atau loket tertentu di lokasi yang sama.', params: IdParamSchema, body: AlihkanBodySchema, response: { 200: TiketLoketSchema, 400: P, 403: P, 404: P, 409: P } },
    handler: async (req) => svc.alihkan(petugas(req), req.params.id, req.body),
  });
  r.post('/antrian/loket/tiket/:id/prioritas', {
    config: perm,
    schema: { tags, summary: 'Tetapkan/hapus prioritas (lansia, disabilitas, ibu hamil, anak); tercatat di audit.', params: IdParamSchema, body: PrioritasBodySchema, response: { 200: TiketLoketSchema, 400: P, 403: P, 404: P, 409: P } },
    handler: async (req) => svc.aturPrioritas(petugas(req), req.params.id, req.body.prioritas),
  });

  r.get('/antrian/loket/stream', {
    config: perm,
    schema: { tags, summary: 'SSE konsol: peristiwa lokasi loket saya.', response: { 200: StreamSchema, 404: P, 429: P } },
    handler: async (req, reply) => {
      const lokasiId = await svc.lokasiStreamPetugas(petugas(req));
      if (lokasiId == null) throw LoketErrors.LOKASI_TIDAK_DITEMUKAN('Belum ada lokasi antrian untuk perangkat daerah Anda.');
      alirkanLokasi(svc, req, reply, lokasiId, { pembatas: opts.services.sse });
    },
  });

  await app.register(antrianLayarRoutes, opts);
}
