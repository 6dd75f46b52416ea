import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamSchema, ProblemSchema as P } from '../../../contracts/common.ts';
import {
  AksiBodySchema, IdBerkasParamSchema, InboxQuerySchema, InboxSchema, LacakBerkasBodySchema, LacakBodySchema, MassalBodySchema,
  MassalHasilSchema, NikPenuhSchema, PermohonanDetailSchema, PermohonanDiterimaSchema, PermohonanLacakSchema, PetugasListSchema,
  PetugasQuerySchema, TugaskanBodySchema, VerifikasiParamSchema, VerifikasiSchema,
} from '../../../contracts/permohonan.ts';
import type { Services } from '../../app.ts';
import { bacaMultipart } from '../../lib/unggahan.ts';
import { requireAuth } from '../../plugins/auth.ts';

/**
 * Public write limits per client IP (@fastify/rate-limit, registered with global:false in app.ts).
 * Submissions: 60 per hour — an assisted-service desk (MPP, kantor camat) submits for many citizens from one
 * address; still far below what scripted abuse needs. Tracking: 30 per minute against guessing access codes
 * (~39 bits). Corrections: 30 per hour.
 */
export const BATAS_PERMOHONAN = {
  ajukan: { max: 60, timeWindow: '1 hour' },
  lacak: { max: 30, timeWindow: '1 minute' },
  perbaikan: { max: 30, timeWindow: '1 hour' },
  verifikasi: { max: 60, timeWindow: '1 minute' },
} as const;

const BerkasSchema = z.any().describe('Berkas (PDF/JPEG/PNG), dikirim sebagai unduhan');

const idempotencyKey = (req: FastifyRequest) => {
  const v = req.headers['idempotency-key'];
  return typeof v === 'string' && v.length >= 8 && v.length <= 200 ? v : undefined;
};

const kirimBerkas = (reply: FastifyReply, f: { stream: import('node:fs').ReadStream; header: Record<string, string> }) =>
  reply.headers(f.header).send(f.stream);

/**
 * /api/v1/permohonan… and /api/v1/verifikasi/:token — online applications (pelayanan.md §2; issue #4;
 * contracts in src/contracts/permohonan.ts). Thin handlers: uploads are read and type-checked here
 * (bacaMultipart: content, size, count), everything else happens in one service call. Access codes travel
 * only in POST bodies (plan decision 8); no response carries a whole NIK except the audited /nik.
 */
export async function layananPermohonanRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = () => opts.services.layanan.permohonan;
  const unggah = (req: FastifyRequest, izinkan: Array<'pdf' | 'jpeg' | 'png'>, maksBerkas?: number) => {
    const b = svc().batasUnggah;
    return bacaMultipart(req, { maksByte: b.maksBerkasByte, maksBerkas: maksBerkas ?? b.maksJumlahBerkas, izinkan });
  };

  // ------------------------------------------------------------------ public

  r.post('/permohonan', {
    config: { permission: 'public', rateLimit: BATAS_PERMOHONAN.ajukan },
    schema: {
      tags: ['permohonan'],
      summary: 'Ajukan permohonan online (multipart: kolom `data` JSON + berkas `berkas.<kodePersyaratan>`).',
      description: 'Kolom `data`: PermohonanAjukanData (layananKode, pemohon {nama, nik, kk?, telepon?, email?}, isian?, '
        + 'pengambilan, persetujuan: true). Berkas PDF/JPEG/PNG diperiksa dari isinya; maks. LAYANAN_MAKS_BERKAS_MB per berkas '
        + 'dan LAYANAN_MAKS_JUMLAH_BERKAS berkas. Kesalahan menyebut kolomnya (mis. `pemohon.nik`, `berkas.ktp`) dan tidak ada '
        + 'yang disimpan. Header opsional Idempotency-Key: pengiriman ulang yang sama mengembalikan nomor dan kode akses yang sama (200). '
        + `Dibatasi ${BATAS_PERMOHONAN.ajukan.max} permintaan/jam per IP.`,
      consumes: ['multipart/form-data'],
      response: { 200: PermohonanDiterimaSchema, 201: PermohonanDiterimaSchema, 400: P, 404: P, 409: P, 413: P, 429: P },
    },
    handler: async (req, reply) => {
      const masuk = await unggah(req, ['pdf', 'jpeg', 'png']);
      const { hasil, baru } = await svc().ajukan(masuk, { idempotencyKey: idempotencyKey(req) });
      return reply.status(baru ? 201 : 200).header('cache-control', 'no-store').send(hasil);
    },
  });

  r.post('/permohonan/lacak', {
    config: { permission: 'public', rateLimit: BATAS_PERMOHONAN.lacak },
    schema: {
      tags: ['permohonan'],
      summary: 'Lacak permohonan dengan nomor registrasi dan kode akses (status, riwayat, jatuh tempo, berkas).',
      description: `Pasangan salah → 404 (pesan sama untuk nomor atau kode yang salah). Dibatasi ${BATAS_PERMOHONAN.lacak.max}/menit per IP.`,
      body: LacakBodySchema, response: { 200: PermohonanLacakSchema, 400: P, 404: P, 429: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc().lacak(req.body.nomor, req.body.kodeAkses)),
  });

  r.post('/permohonan/lacak/perbaikan', {
    config: { permission: 'public', rateLimit: BATAS_PERMOHONAN.perbaikan },
    schema: {
      tags: ['permohonan'],
      summary: 'Kirim perbaikan (multipart: `data` {nomor, kodeAkses, catatan?, isian?} + berkas `berkas.<kodePersyaratan>`).',
      consumes: ['multipart/form-data'],
      response: { 200: PermohonanLacakSchema, 400: P, 404: P, 409: P, 413: P, 429: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc().kirimPerbaikan(await unggah(req, ['pdf', 'jpeg', 'png']))),
  });

  r.post('/permohonan/lacak/berkas', {
    config: { permission: 'public', rateLimit: BATAS_PERMOHONAN.lacak },
    schema: {
      tags: ['permohonan'],
      summary: 'Unduh berkas permohonan sendiri (unggahan pemohon, atau dokumen hasil setelah selesai).',
      body: LacakBerkasBodySchema, produces: ['application/pdf', 'image/jpeg', 'image/png'],
      response: { 200: BerkasSchema, 400: P, 404: P, 429: P },
    },
    handler: async (req, reply) => kirimBerkas(reply, await svc().berkasPemohon(req.body.nomor, req.body.kodeAkses, req.body.berkasId)),
  });

  r.get('/verifikasi/:token', {
    config: { permission: 'public', rateLimit: BATAS_PERMOHONAN.verifikasi },
    schema: {
      tags: ['permohonan'],
      summary: 'Verifikasi keaslian dokumen hasil (kode QR): sah/tidak, nomor, layanan, pemohon (NIK disamarkan), sha256 berkas.',
      params: VerifikasiParamSchema, response: { 200: VerifikasiSchema, 400: P, 429: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc().verifikasi(req.params.token)),
  });

  // ------------------------------------------------------------------ staff (layanan:proses; OPD scope in the service)

  r.get('/permohonan', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'],
      summary: 'Kotak masuk permohonan (OPD sendiri; admin semua): filter, urut jatuh tempo, halaman, ringkasan badge.',
      querystring: InboxQuerySchema, response: { 200: InboxSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req) => svc().inbox(requireAuth(req), req.query),
  });

  r.get('/permohonan/petugas', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'], summary: 'Petugas layanan OPD saya yang dapat ditugaskan (admin: ?unitId=).',
      querystring: PetugasQuerySchema, response: { 200: PetugasListSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req) => svc().listPetugas(requireAuth(req), req.query.unitId),
  });

  r.post('/permohonan/massal', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'],
      summary: 'Aksi massal (tugaskan, verifikasi, proses): hasil per permohonan; satu yang gagal tidak membatalkan yang lain.',
      body: MassalBodySchema, response: { 200: MassalHasilSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req) => svc().massal(requireAuth(req), req.body),
  });

  r.get('/permohonan/:id', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'], summary: 'Detail permohonan: pemohon (disamarkan), berkas, riwayat, persyaratan, SLA, aksi yang tersedia.',
      params: IdParamSchema, response: { 200: PermohonanDetailSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req) => svc().detail(requireAuth(req), req.params.id),
  });

  r.get('/permohonan/:id/berkas/:berkasId', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'], summary: 'Unduh/lihat berkas permohonan (gambar ditampilkan inline).',
      params: IdBerkasParamSchema, produces: ['application/pdf', 'image/jpeg', 'image/png'],
      response: { 200: BerkasSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) => kirimBerkas(reply, await svc().berkasStaf(requireAuth(req), req.params.id, req.params.berkasId)),
  });

  r.post('/permohonan/:id/aksi', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'],
      summary: 'Langkah alur kerja: verifikasi, proses, minta_perbaikan (daftar perbaikan), selesaikan, tolak (alasan). Kirim `revisi` yang dilihat.',
      params: IdParamSchema, body: AksiBodySchema, response: { 200: PermohonanDetailSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => svc().aksi(requireAuth(req), req.params.id, req.body),
  });

  r.post('/permohonan/:id/tugaskan', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'], summary: 'Tugaskan petugas (petugasId), lepas (null), atau bergilir (otomatis).',
      params: IdParamSchema, body: TugaskanBodySchema, response: { 200: PermohonanDetailSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => svc().tugaskan(requireAuth(req), req.params.id, req.body),
  });

  r.post('/permohonan/:id/hasil', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'], summary: 'Unggah dokumen hasil digital (multipart `berkas`, PDF) untuk pengambilan unduh.',
      params: IdParamSchema, consumes: ['multipart/form-data'],
      response: { 200: PermohonanDetailSchema, 400: P, 401: P, 403: P, 404: P, 409: P, 413: P },
    },
    handler: async (req) => {
      const auth = requireAuth(req);
      const { files } = await unggah(req, ['pdf'], 1);
      return svc().unggahHasil(auth, req.params.id, files);
    },
  });

  r.post('/permohonan/:id/nik', {
    config: { permission: 'layanan:proses' },
    schema: {
      tags: ['permohonan'], summary: 'Tampilkan NIK dan nomor KK lengkap (dicatat dalam log audit).',
      params: IdParamSchema, response: { 200: NikPenuhSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc().lihatNik(requireAuth(req), req.params.id)),
  });
}
