import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BatalBodySchema, BookingBodySchema, CheckInBodySchema, JadwalPublikSchema, JadwalQuerySchema, JadwalUlangBodySchema,
  KodeLokasiParamSchema, KodeTiketParamSchema, LokasiKioskListSchema, LokasiPublikListSchema, TiketPublikSchema, WalkinBodySchema,
} from '../../../contracts/antrian.ts';
import { ProblemSchema as P } from '../../../contracts/common.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

/** Public write attempts per IP per minute (booking, cancel, reschedule): against bots and guessing. */
const TULIS_PER_MENIT = 20;

const idempotencyKey = (req: FastifyRequest) => {
  const v = req.headers['idempotency-key'];
  return typeof v === 'string' && v.length >= 8 && v.length <= 200 ? v : undefined;
};

/**
 * /api/v1/antrian/publik/… and /api/v1/antrian/kiosk/… — the citizen side of the online queue
 * (pelayanan.md §3): lokasi catalogue, bookable dates, booking, the ticket page (status, QR, cancel,
 * reschedule), and the office kiosk of a signed-in petugas (walk-in tickets, check-in).
 * Thin handlers: each calls one service function. No response carries a NIK (only `nikSamaran`).
 */
export async function antrianTiketRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tiket = opts.services.antrian.tiket;
  const publikTulis = { permission: 'public' as const, rateLimit: { max: TULIS_PER_MENIT, timeWindow: '1 minute' } };

  // ------------------------------------------------------------------ public

  r.get('/antrian/publik/lokasi', {
    config: { permission: 'public' },
    schema: { tags: ['antrian'], summary: 'Lokasi antrian yang aktif beserta layanannya.', response: { 200: LokasiPublikListSchema } },
    handler: async () => tiket.listLokasiPublik(),
  });

  r.get('/antrian/publik/lokasi/:kode/jadwal', {
    config: { permission: 'public' },
    schema: {
      tags: ['antrian'],
      summary: 'Tanggal buka dan sesi yang dapat dipesan (hariPesanKeDepan hari ke depan) beserta sisa kuota.',
      params: KodeLokasiParamSchema, querystring: JadwalQuerySchema, response: { 200: JadwalPublikSchema, 400: P, 404: P },
    },
    handler: async (req) => tiket.jadwalPublik(req.params.kode, req.query),
  });

  r.post('/antrian/publik/booking', {
    config: publikTulis,
    schema: {
      tags: ['antrian'],
      summary: 'Pesan antrian online (satu transaksi; kuota dijaga secara atomik).',
      description: 'Header opsional Idempotency-Key (8–200 karakter): pengiriman ulang dengan kunci, NIK, layanan dan tanggal '
        + 'yang sama mengembalikan tiket yang sama (200). 409 ANTRIAN_PENUH bila sesi/kuota penuh, 409 ANTRIAN_NIK_AKTIF bila '
        + 'NIK sudah memiliki antrian aktif untuk layanan dan tanggal itu. Dibatasi 20 permintaan/menit per IP.',
      body: BookingBodySchema, response: { 200: TiketPublikSchema, 201: TiketPublikSchema, 400: P, 404: P, 409: P, 429: P },
    },
    handler: async (req, reply) => {
      const { tiket: t, baru } = await tiket.pesan(req.body, { idempotencyKey: idempotencyKey(req) });
      return reply.status(baru ? 201 : 200).send(t);
    },
  });

  r.get('/antrian/publik/tiket/:kode', {
    config: { permission: 'public' },
    schema: {
      tags: ['antrian'], summary: 'Status tiket (posisi, estimasi, loket, tautan survei).',
      params: KodeTiketParamSchema, response: { 200: TiketPublikSchema, 404: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await tiket.lihatTiketPublik(req.params.kode)),
  });

  r.get('/antrian/publik/tiket/:kode/qr', {
    config: { permission: 'public' },
    schema: {
      tags: ['antrian'], summary: 'Kode QR (SVG) tiket untuk check-in di kios (berisi tanda tangan, bukan NIK).',
      params: KodeTiketParamSchema, response: { 200: z.string().describe('image/svg+xml'), 404: P },
    },
    handler: async (req, reply) =>
      reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'private, no-store').send(await tiket.qrTiket(req.params.kode)),
  });

  r.post('/antrian/publik/tiket/:kode/batal', {
    config: publikTulis,
    schema: {
      tags: ['antrian'], summary: 'Batalkan tiket (dengan 4 angka terakhir NIK) selama belum dipanggil.',
      params: KodeTiketParamSchema, body: BatalBodySchema, response: { 200: TiketPublikSchema, 400: P, 403: P, 404: P, 409: P, 429: P },
    },
    handler: async (req) => tiket.batal(req.params.kode, req.body.nik),
  });

  r.post('/antrian/publik/tiket/:kode/jadwal-ulang', {
    config: publikTulis,
    schema: {
      tags: ['antrian'], summary: 'Pindahkan tiket yang belum check-in ke tanggal/sesi lain (dengan 4 angka terakhir NIK).',
      params: KodeTiketParamSchema, body: JadwalUlangBodySchema,
      response: { 200: TiketPublikSchema, 400: P, 403: P, 404: P, 409: P, 429: P },
    },
    handler: async (req) => tiket.jadwalUlang(req.params.kode, req.body),
  });

  // ------------------------------------------------------------------ kiosk (signed-in petugas)

  r.get('/antrian/kiosk/lokasi', {
    config: { permission: 'antrian:loket' },
    schema: {
      tags: ['antrian'], summary: 'Lokasi OPD petugas dengan sisa kuota walk-in hari ini per layanan.',
      response: { 200: LokasiKioskListSchema, 401: P, 403: P },
    },
    handler: async (req) => tiket.listLokasiKiosk(requireAuth(req)),
  });

  r.post('/antrian/kiosk/walkin', {
    config: { permission: 'antrian:loket' },
    schema: {
      tags: ['antrian'], summary: 'Ambil tiket walk-in (langsung berstatus menunggu).',
      body: WalkinBodySchema, response: { 201: TiketPublikSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await tiket.walkin(requireAuth(req), req.body)),
  });

  r.post('/antrian/kiosk/check-in', {
    config: { permission: 'antrian:loket' },
    schema: {
      tags: ['antrian'],
      summary: 'Check-in tiket online dengan kode booking atau isi kode QR.',
      description: '409 CHECK_IN_TERLALU_AWAL (pesan menyebut jam buka), 410 CHECK_IN_TERLAMBAT (tiket menjadi kedaluwarsa).',
      body: CheckInBodySchema, response: { 200: TiketPublikSchema, 400: P, 401: P, 403: P, 404: P, 409: P, 410: P },
    },
    handler: async (req) => tiket.checkIn(requireAuth(req), req.body),
  });
}
