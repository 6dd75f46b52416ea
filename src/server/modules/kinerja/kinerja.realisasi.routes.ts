import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema as P } from '../../../contracts/common.ts';
import {
  BuktiSchema, BuktiTautanInputSchema, EvaluasiPeriodeSchema, IdParamsSchema, IndikatorPeriodeParamsSchema, KatalogMetrikSchema,
  RealisasiInputSchema, RealisasiSchema, SkpPeriodeParamsSchema, SumberQuerySchema, SumberRealisasiSchema, UmpanBalikInputSchema,
  UmpanBalikSchema,
} from '../../../contracts/kinerja-realisasi.ts';
import type { Services } from '../../app.ts';
import { bacaMultipart } from '../../lib/unggahan.ts';
import { requireAuth } from '../../plugins/auth.ts';
import { RealisasiErrors } from './kinerja.realisasi.errors.ts';

const tag = ['kinerja'];
const BerkasSchema = z.any().describe('Berkas bukti dukung (PDF/JPEG/PNG), selalu sebagai unduhan');

/**
 * /api/v1/kinerja… routes of the realisasi part (contracts: src/contracts/kinerja-realisasi.ts). Every route
 * holds `kinerja:skp` (any signed-in role); the service decides per SKP with relasiSkp (404 without a
 * relation, 403 for a relation without the right). Thin handlers: uploads are read and type-checked here
 * (bacaMultipart: content, size), everything else is one service call. Responses are `no-store`
 * (personal performance data).
 */
export async function kinerjaRealisasiRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = () => opts.services.kinerja.realisasi;
  const pengguna = (req: Parameters<typeof requireAuth>[0]) => requireAuth(req);

  r.get('/kinerja/metrik', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag, summary: 'Katalog metrik layanan yang dapat diikat ke indikator, beserta unit dan lokasi antrian OPD pemanggil.',
      response: { 200: KatalogMetrikSchema, 401: P, 403: P },
    },
    handler: async (req) => svc().katalog(pengguna(req)),
  });

  r.get('/kinerja/skp/:id/periode/:ke', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag,
      summary: 'Lembar evaluasi SKP per periode (ke=0: tahunan): RHK, indikator, target, realisasi + bukti dukung, umpan balik, penilaian.',
      description: 'Membuka lembar ini menghitung ulang angka otomatis yang lebih tua dari 10 menit (kecuali periode sudah dinilai). '
        + '404 bila SKP tidak ada atau pemanggil tidak berhubungan dengan SKP ini.',
      params: SkpPeriodeParamsSchema, response: { 200: EvaluasiPeriodeSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc().lembar(pengguna(req), req.params.id, req.params.ke)),
  });

  r.post('/kinerja/skp/:id/periode/:ke/hitung-ulang', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag, summary: 'Hitung ulang sekarang semua realisasi otomatis SKP ini pada periode ini (pemilik atau pejabat penilai).',
      params: SkpPeriodeParamsSchema, response: { 200: EvaluasiPeriodeSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc().hitungUlang(pengguna(req), req.params.id, req.params.ke)),
  });

  r.put('/kinerja/realisasi', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag, summary: 'Isi realisasi satu indikator pada satu periode (pemilik SKP). Indikator otomatis: hanya catatan.',
      description: 'Kolom yang tidak dikirim tetap; null mengosongkan. angka/narasi pada indikator otomatis → 409 REALISASI_OTOMATIS '
        + '(errors menyebut kolomnya). Periode belum dimulai, sudah dinilai, atau tahun sudah ditetapkan → 409.',
      body: RealisasiInputSchema, response: { 200: RealisasiSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => svc().simpanRealisasi(pengguna(req), req.body),
  });

  r.post('/kinerja/indikator/:id/periode/:ke/bukti', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag,
      summary: 'Tambah bukti dukung: multipart (berkas `berkas` PDF/JPEG/PNG + `nama` opsional) atau JSON {tautan, nama} (pemilik SKP).',
      description: 'Berkas diperiksa dari isinya (bukan nama/Content-Type), maks. LAYANAN_MAKS_BERKAS_MB. Tautan hanya http(s).',
      consumes: ['multipart/form-data', 'application/json'],
      params: IndikatorPeriodeParamsSchema, body: BuktiTautanInputSchema.nullish(),
      response: { 201: BuktiSchema, 400: P, 401: P, 403: P, 404: P, 409: P, 413: P },
    },
    handler: async (req, reply) => {
      const p = pengguna(req);
      const { id, ke } = req.params;
      if (req.isMultipart()) {
        const masuk = await bacaMultipart(req, { maksByte: svc().batasUnggah.maksBerkasByte, maksBerkas: 1, izinkan: ['pdf', 'jpeg', 'png'] });
        return reply.status(201).send(await svc().tambahBuktiBerkas(p, id, ke, masuk));
      }
      if (!req.body) {
        throw RealisasiErrors.TAUTAN_TIDAK_VALID('Kirim berkas (multipart) atau tautan {tautan, nama}.', [{ field: 'body.tautan', message: 'Tautan wajib diisi' }]);
      }
      return reply.status(201).send(await svc().tambahBuktiTautan(p, id, ke, req.body));
    },
  });

  r.get('/kinerja/bukti/:id', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag, summary: 'Unduh berkas bukti dukung (attachment, nosniff, no-store) bagi yang boleh membaca SKP-nya.',
      params: IdParamsSchema, produces: ['application/pdf', 'image/jpeg', 'image/png'], response: { 200: BerkasSchema, 400: P, 401: P, 404: P },
    },
    handler: async (req, reply) => {
      const f = await svc().unduhBukti(pengguna(req), req.params.id);
      return reply.headers(f.header).send(f.stream);
    },
  });

  r.delete('/kinerja/bukti/:id', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag, summary: 'Hapus bukti dukung (pemilik SKP; tidak setelah periode dinilai).',
      params: IdParamsSchema, response: { 204: z.null(), 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => {
      await svc().hapusBukti(pengguna(req), req.params.id);
      return reply.status(204).send(null);
    },
  });

  r.post('/kinerja/skp/:id/periode/:ke/umpan-balik', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag, summary: 'Tulis umpan balik berkelanjutan (pejabat penilai) atau jawabannya (pegawai pemilik SKP).',
      params: SkpPeriodeParamsSchema, body: UmpanBalikInputSchema, response: { 201: UmpanBalikSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await svc().tulisUmpanBalik(pengguna(req), req.params.id, req.params.ke, req.body)),
  });

  r.get('/kinerja/realisasi/:id/sumber', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: tag, summary: 'Data sumber (tiket, permohonan, pengaduan, survei) di balik angka realisasi otomatis — tanpa data pribadi.',
      params: IdParamsSchema, querystring: SumberQuerySchema, response: { 200: SumberRealisasiSchema, 400: P, 401: P, 404: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc().sumber(pengguna(req), req.params.id, req.query)),
  });
}
