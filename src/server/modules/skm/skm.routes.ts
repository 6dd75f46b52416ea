import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamSchema, ProblemSchema, pageOf } from '../../../contracts/common.ts';
import {
  ImporResponSchema, PublikasiSchema, ResponBodySchema, ResponDiterimaSchema, SurveiCreateSchema, SurveiHasilSchema,
  SurveiListQuerySchema, SurveiPublikListSchema, SurveiPublikSchema, SurveiSchema, SurveiUpdateSchema,
  UndanganCreateSchema, UndanganListSchema, UnitLayananSchema,
} from '../../../contracts/skm.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';
import { SkmErrors } from './skm.errors.ts';

const KodeParamSchema = z.object({ kode: z.string().min(1).max(64) });
const TokenParamSchema = z.object({ token: z.string().min(1).max(128) });
const P = ProblemSchema;
const BinerSchema = z.any().describe('Berkas biner');

/**
 * A signed-in `petugas` session on the answering device makes it a counter kiosk (see Klien.kiosk). Only
 * petugas: an admin OPD or admin session is NOT a kiosk (ADR 0005 — the accounts that can read the results
 * must not also be able to add answers without the per-device cap).
 */
function kioskDari(auth: import('../../plugins/auth.ts').AuthContext | null) {
  if (!auth || !auth.roles.includes('petugas')) return undefined;
  return { akunId: auth.akunId, opdId: auth.opdId };
}

/** Sends a generated report as a download that no cache keeps (it holds survey answers). */
function kirimBerkas(reply: import('fastify').FastifyReply, type: string, f: { namaBerkas: string; isi: Buffer }) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${f.namaBerkas}"`)
    .header('cache-control', 'no-store')
    .send(f.isi);
}

/** Open-link submissions per IP per minute (@fastify/rate-limit, registered with global:false in app.ts). */
const RESPON_PER_MENIT = 20;

const idempotencyKey = (req: FastifyRequest) => {
  const v = req.headers['idempotency-key'];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/**
 * /api/v1/skm/… — Survei Kepuasan Masyarakat (PermenPANRB 14/2017, pelayanan.md §1).
 * Public (no login): the questionnaire by link or invitation, submitting a response, the IKM publication,
 * the link's QR code. Admin: surveys (skm:kelola to change, skm:hasil to read), results, exports,
 * paper import, printable invitations. Thin handlers: each calls one service function.
 */
export async function skmRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const skm = opts.services.skm;

  // ------------------------------------------------------------------ public

  r.get('/skm/publik/survei', {
    config: { permission: 'public' },
    schema: { tags: ['skm'], summary: 'Survei yang sedang dibuka untuk umum (status aktif).', response: { 200: SurveiPublikListSchema } },
    handler: async () => skm.listSurveiPublik(),
  });

  r.get('/skm/publik/survei/:kode', {
    config: { permission: 'public' },
    schema: {
      tags: ['skm'], summary: 'Kuesioner SKM (9 unsur PermenPANRB 14/2017) dari tautan terbuka.',
      params: KodeParamSchema, response: { 200: SurveiPublikSchema, 404: P, 409: P, 410: P },
    },
    handler: async (req) => skm.getSurveiPublik(req.params.kode),
  });

  r.post('/skm/publik/survei/:kode/respon', {
    config: { permission: 'public', rateLimit: { max: RESPON_PER_MENIT, timeWindow: '1 minute' } },
    schema: {
      tags: ['skm'],
      summary: 'Kirim jawaban survei (anonim) lewat tautan terbuka.',
      description: 'Dibatasi 20 kiriman/menit per IP, SKM_MAX_PER_HARI kiriman/hari per sidik perangkat dan '
        + 'SKM_MAX_PER_IP_HARI kiriman/hari per IP (IPv6: per /64) untuk survei ini (429). '
        + 'Header opsional Idempotency-Key (8–200 karakter) membuat kiriman ulang tercatat sekali. '
        + 'Jawaban hanya diterima dalam periode survei (WIB): sebelum mulai 409, setelah selesai 410. '
        + 'Dengan sesi petugas (mode kios) batas per perangkat tidak berlaku, tetapi ada batas harian per akun (429).',
      params: KodeParamSchema, body: ResponBodySchema,
      response: { 201: ResponDiterimaSchema, 400: P, 404: P, 409: P, 410: P, 429: P },
    },
    handler: async (req, reply) => {
      const res = await skm.kirimRespon(req.params.kode, req.body, {
        ip: req.ip, userAgent: String(req.headers['user-agent'] ?? ''), idempotencyKey: idempotencyKey(req),
        kiosk: kioskDari(req.auth),
      });
      return reply.status(201).send(res);
    },
  });

  r.get('/skm/publik/undangan/:token', {
    config: { permission: 'public' },
    schema: {
      tags: ['skm'], summary: 'Kuesioner dari undangan sekali pakai (404 tidak dikenal, 410 sudah dipakai/kedaluwarsa).',
      params: TokenParamSchema, response: { 200: SurveiPublikSchema, 404: P, 409: P, 410: P },
    },
    handler: async (req) => skm.getUndanganPublik(req.params.token),
  });

  r.post('/skm/publik/undangan/:token/respon', {
    config: { permission: 'public' },
    schema: {
      tags: ['skm'], summary: 'Kirim jawaban lewat undangan sekali pakai (kedua kalinya → 410).',
      params: TokenParamSchema, body: ResponBodySchema,
      response: { 201: ResponDiterimaSchema, 400: P, 404: P, 409: P, 410: P },
    },
    handler: async (req, reply) => {
      const res = await skm.kirimResponUndangan(req.params.token, req.body, { idempotencyKey: idempotencyKey(req) });
      return reply.status(201).send(res);
    },
  });

  r.get('/skm/publik/ikm', {
    config: { permission: 'public' },
    schema: {
      tags: ['skm'], summary: 'Publikasi IKM per unit layanan (UU 25/2009): periode terakhir yang sudah berakhir (bukan draf, minimal SKM_AMBANG_ANONIM respon).',
      response: { 200: PublikasiSchema },
    },
    handler: async () => skm.listPublikasi(),
  });

  r.get('/skm/publik/unit/:id/survei', {
    config: { permission: 'public' },
    schema: {
      tags: ['skm'], summary: 'Survei yang dibuka untuk satu unit (tujuan tautan tetap /survei/unit/:id untuk poster).',
      params: IdParamSchema, response: { 200: SurveiPublikListSchema, 400: P },
    },
    handler: async (req) => skm.listSurveiPublikUnit(req.params.id),
  });

  r.get('/skm/publik/unit/:id/qr.svg', {
    config: { permission: 'public' },
    schema: {
      tags: ['skm'], summary: 'Kode QR (SVG) tautan tetap survei unit, untuk poster di kantor layanan.',
      params: IdParamSchema, response: { 200: z.string().describe('image/svg+xml'), 400: P, 404: P },
    },
    handler: async (req, reply) => {
      const svg = await skm.qrUnit(req.params.id, `${req.protocol}://${req.host}`);
      return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'private, max-age=300').send(svg);
    },
  });

  r.get('/skm/publik/survei/:kode/qr.svg', {
    config: { permission: 'public' },
    schema: {
      tags: ['skm'], summary: 'Kode QR (SVG) tautan publik survei.',
      params: KodeParamSchema, response: { 200: z.string().describe('image/svg+xml'), 404: P },
    },
    handler: async (req, reply) => {
      const svg = await skm.qrSurvei(req.params.kode, `${req.protocol}://${req.host}`);
      return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'private, max-age=300').send(svg);
    },
  });

  // ------------------------------------------------------------------ admin

  r.get('/skm/survei', {
    config: { permission: 'skm:hasil' },
    schema: {
      tags: ['skm'], summary: 'Daftar survei (admin OPD: unit di OPD sendiri).',
      querystring: SurveiListQuerySchema, response: { 200: pageOf(SurveiSchema), 400: P, 401: P, 403: P },
    },
    handler: async (req) => skm.listSurvei(requireAuth(req), req.query),
  });

  r.post('/skm/survei', {
    config: { permission: 'skm:kelola' },
    schema: {
      tags: ['skm'], summary: 'Buat survei untuk satu unit layanan dan satu periode.',
      body: SurveiCreateSchema, response: { 201: SurveiSchema, 400: P, 401: P, 403: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await skm.createSurvei(requireAuth(req), req.body)),
  });

  r.get('/skm/survei/:id', {
    config: { permission: 'skm:hasil' },
    schema: { tags: ['skm'], summary: 'Satu survei.', params: IdParamSchema, response: { 200: SurveiSchema, 401: P, 403: P, 404: P } },
    handler: async (req) => skm.getSurvei(requireAuth(req), req.params.id),
  });

  r.patch('/skm/survei/:id', {
    config: { permission: 'skm:kelola' },
    schema: {
      tags: ['skm'], summary: 'Ubah judul, populasi, bobot, status atau demografi survei.',
      description: 'Survei berstatus ditutup hanya dapat dibuka kembali atau dijadikan draf oleh admin (BKPSDM); '
        + 'admin OPD dapat menjadikan draf hanya survei yang belum memiliki respon (403 STATUS_KHUSUS_ADMIN), '
        + 'menutup survei hanya setelah periodenya berakhir (403 TUTUP_SEBELUM_BERAKHIR), dan tidak dapat mengubah '
        + 'bobot survei yang sudah ditutup (403 BOBOT_KHUSUS_ADMIN).',
      params: IdParamSchema, body: SurveiUpdateSchema, response: { 200: SurveiSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req) => skm.updateSurvei(requireAuth(req), req.params.id, req.body),
  });

  r.get('/skm/survei/:id/hasil', {
    config: { permission: 'skm:hasil' },
    schema: {
      tags: ['skm'], summary: 'Hasil IKM, progres sampel, kanal, tren, demografi dan saran.',
      description: 'Selama periode survei berjalan (dan belum ditutup), semua angka hanya menghitung kelipatan penuh SKM_AMBANG_ANONIM respon '
        + '(urutan masuk); sisanya ada di survei.responTertunda. Setelah periode berakhir semua respon dihitung, tetapi bila kurang dari '
        + 'SKM_AMBANG_ANONIM hanya jumlahnya yang ditampilkan (survei.ditahan). Saran diurutkan acak berkunci, bukan menurut waktu.',
      params: IdParamSchema, response: { 200: SurveiHasilSchema, 401: P, 403: P, 404: P },
    },
    handler: async (req) => skm.getHasil(requireAuth(req), req.params.id),
  });

  r.get('/skm/survei/:id/ekspor.xlsx', {
    config: { permission: 'skm:hasil' },
    schema: {
      tags: ['skm'], summary: 'Unduh seluruh jawaban dan hasil IKM (XLSX).',
      params: IdParamSchema, response: { 200: BinerSchema, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) =>
      kirimBerkas(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await skm.eksporXlsx(requireAuth(req), req.params.id)),
  });

  r.get('/skm/survei/:id/laporan.pdf', {
    config: { permission: 'skm:hasil' },
    schema: {
      tags: ['skm'], summary: 'Unduh Laporan Hasil SKM (PDF).',
      params: IdParamSchema, response: { 200: BinerSchema, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) => kirimBerkas(reply, 'application/pdf', await skm.laporanPdf(requireAuth(req), req.params.id)),
  });

  r.post('/skm/survei/:id/impor', {
    config: { permission: 'skm:kelola' },
    schema: {
      tags: ['skm'],
      summary: 'Impor kuesioner kertas: multipart field `file` (.csv/.xlsx, kolom U1…U9); semua atau tidak sama sekali.',
      consumes: ['multipart/form-data'],
      description: 'Paling banyak 2 × maks(target sampel Krejcie–Morgan, 100) baris kertas per survei (semua impor); '
        + 'tidak dapat mengimpor ke survei yang sudah ditutup (409), dan hanya sejak awal periode sampai 30 hari setelah periode berakhir (409).',
      params: IdParamSchema, response: { 200: ImporResponSchema, 400: P, 401: P, 403: P, 404: P, 409: P, 413: P },
    },
    handler: async (req) => {
      const auth = requireAuth(req);
      const tanpaBerkas = () => SkmErrors.IMPOR_TIDAK_VALID('Unggah berkas .csv atau .xlsx pada field "file".', [{ field: 'file', message: 'berkas wajib diunggah' }]);
      if (!req.isMultipart()) throw tanpaBerkas();
      const file = await req.file();
      if (!file || file.fieldname !== 'file') throw tanpaBerkas();
      const isi = await file.toBuffer();
      return skm.imporKertas(auth, req.params.id, { namaBerkas: file.filename, isi });
    },
  });

  r.post('/skm/survei/:id/undangan', {
    config: { permission: 'skm:kelola' },
    schema: {
      tags: ['skm'], summary: 'Buat undangan sekali pakai untuk dicetak / kios.',
      description: 'Semua undangan cetak satu survei paling banyak 2 × maks(target sampel Krejcie–Morgan, 100) (409).',
      params: IdParamSchema, body: UndanganCreateSchema, response: { 201: UndanganListSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await skm.buatUndanganCetak(requireAuth(req), req.params.id, req.body.jumlah)),
  });

  r.get('/skm/unit', {
    config: { permission: 'skm:kelola' },
    schema: { tags: ['skm'], summary: 'Unit penyelenggara pelayanan yang dapat disurvei.', response: { 200: UnitLayananSchema, 401: P, 403: P } },
    handler: async (req) => skm.listUnit(requireAuth(req)),
  });
}
