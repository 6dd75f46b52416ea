import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Open311DiscoverySchema, Open311ErrorSchema, Open311PostBodySchema, Open311PostResultSchema, Open311RequestListSchema,
  Open311RequestsQuerySchema, Open311ServiceDefinitionSchema, Open311ServiceListSchema,
} from '../../../contracts/pengaduan.ts';
import type { Services } from '../../app.ts';
import { AppError } from '../../lib/app-error.ts';
import { hashToken } from '../../plugins/auth.ts';
import { Open311Errors } from './layanan.open311.errors.ts';

/** POSTs per api_key (or per IP without a key) per minute. */
const POST_PER_MENIT = 60;
const Err = Open311ErrorSchema;
const JurisdictionQuery = z.object({ jurisdiction_id: z.string().max(100).optional() });
const BerkasParam = z.object({ berkas: z.string().min(1).max(200) });

/** `<id>.json` → id; any other format → 404 in the spec's error format. */
function tanpaJson(berkas: string): string {
  const m = /^(.+)\.json$/i.exec(berkas);
  if (!m) throw Open311Errors.FORMAT_TIDAK_DIDUKUNG();
  return decodeURIComponent(m[1]!);
}

/** The spec's error body: `[{ code, description }]` with the HTTP status as code. */
function kirimGalat(reply: FastifyReply, status: number, description: string) {
  return reply.status(status).type('application/json; charset=utf-8').send([{ code: status, description }]);
}

/** Fields of a multipart POST (some clients send the report as multipart with a photo): text fields only. */
async function fieldMultipart(req: FastifyRequest): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const part of req.parts({ limits: { files: 3, fileSize: 10 * 1024 * 1024, fields: 60, fieldSize: 64 * 1024 } })) {
    if (part.type === 'field') out[part.fieldname] = String(part.value);
    else await part.toBuffer().catch(() => undefined); // media is not accepted through Open311: drain and ignore
  }
  return out;
}

/**
 * Open311 GeoReport v2 at /open311/v2 (registered outside /api/v1; pelayanan.md §4.1;
 * wiki.open311.org/GeoReport_v2): discovery.json, services.json, services/{code}.json, requests.json
 * (GET, POST with api_key) and requests/{id}.json. JSON only. Every error, including unknown paths, is
 * `[{ "code": <status>, "description": "…" }]`. POST accepts application/x-www-form-urlencoded (what
 * most existing clients send), JSON, and multipart fields. Routes are `public` (no session, so no CSRF):
 * POST checks the api_key itself and is rate-limited per key. GET answers carry
 * `Access-Control-Allow-Origin: *` (a public, read-only view without personal data).
 */
export async function open311Routes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = opts.services.layanan.pengaduan.open311;
  const tag = ['open311'];

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addHook('onSend', async (req, reply) => {
    if (req.method === 'GET') reply.header('access-control-allow-origin', '*');
  });
  app.setNotFoundHandler((req, reply) => kirimGalat(reply, 404, `Alamat ${req.method} ${req.url.split('?')[0]} tidak ditemukan.`));
  app.setErrorHandler((err: FastifyError | AppError | { statusCode?: number; message?: string }, req, reply) => {
    if (err instanceof AppError) {
      const rinci = err.errors.length && !err.message.includes(':') ? ` (${err.errors.map((e) => `${e.field}: ${e.message}`).join('; ')})` : '';
      return kirimGalat(reply, err.status, `${err.message}${rinci}`);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const rinci = err.validation.map((v) => `${String(v.instancePath).split('/').filter(Boolean).join('.') || err.validationContext}: ${v.message}`).join('; ');
      return kirimGalat(reply, 400, `Parameter tidak valid: ${rinci}`);
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'open311 error');
    const teks = status === 429 ? (err.message ?? 'Terlalu banyak permintaan.')
      : status === 415 ? 'Jenis konten tidak didukung: kirim application/x-www-form-urlencoded atau application/json.'
        : status >= 500 ? 'Terjadi kesalahan pada server. Silakan coba lagi.'
          : 'Permintaan tidak valid.';
    return kirimGalat(reply, status, teks);
  });

  r.get('/discovery.json', {
    config: { permission: 'public' },
    schema: { tags: tag, summary: 'Open311 discovery: endpoint dan spesifikasi.', response: { 200: Open311DiscoverySchema } },
    handler: async () => svc.discovery(),
  });

  r.get('/services.json', {
    config: { permission: 'public' },
    schema: {
      tags: tag, summary: 'GeoReport v2 service list: kategori pengaduan yang aktif.',
      querystring: JurisdictionQuery, response: { 200: Open311ServiceListSchema, 400: Err, 404: Err },
    },
    handler: async (req) => svc.services(req.query),
  });

  r.get('/services/:berkas', {
    config: { permission: 'public' },
    schema: {
      tags: tag, summary: 'GeoReport v2 service definition: services/{service_code}.json (tanpa atribut tambahan).',
      params: BerkasParam, querystring: JurisdictionQuery, response: { 200: Open311ServiceDefinitionSchema, 400: Err, 404: Err },
    },
    handler: async (req) => svc.serviceDefinition(tanpaJson(req.params.berkas), req.query),
  });

  r.get('/requests.json', {
    config: { permission: 'public' },
    schema: {
      tags: tag,
      summary: 'GeoReport v2 service requests (tanpa identitas pelapor).',
      description: 'service_request_id (daftar dipisah koma) mengabaikan filter lain; service_code, start_date, end_date (ISO 8601), '
        + 'status (open|closed), page dan page_size (≤ 1000). Tanpa tanggal: 90 hari terakhir.',
      querystring: Open311RequestsQuerySchema, response: { 200: Open311RequestListSchema, 400: Err, 404: Err },
    },
    handler: async (req) => svc.requests(req.query),
  });

  r.post('/requests.json', {
    config: {
      permission: 'public',
      rateLimit: {
        max: POST_PER_MENIT, timeWindow: '1 minute', hook: 'preHandler',
        keyGenerator: (req) => {
          const k = (req.body as Record<string, unknown> | undefined)?.api_key;
          return typeof k === 'string' && k ? `open311:${hashToken(k)}` : `open311-ip:${req.ip}`;
        },
      },
    },
    schema: {
      tags: tag,
      summary: 'GeoReport v2: buat laporan (api_key wajib).',
      description: 'Form-urlencoded atau JSON: api_key, service_code, lat+long | address_string | address_id, description, '
        + 'first_name, last_name, email, phone. 403 tanpa api_key yang sah; 400 untuk parameter yang salah.',
      consumes: ['application/x-www-form-urlencoded', 'application/json', 'multipart/form-data'],
      body: Open311PostBodySchema.nullish(),
      response: { 201: Open311PostResultSchema, 400: Err, 403: Err, 404: Err, 429: Err },
    },
    handler: async (req, reply) => {
      const body = req.isMultipart() ? await fieldMultipart(req) : ((req.body ?? {}) as Record<string, unknown>);
      return reply.status(201).send(await svc.buat(body));
    },
  });

  r.get('/requests/:berkas', {
    config: { permission: 'public' },
    schema: {
      tags: tag, summary: 'GeoReport v2: satu laporan, requests/{service_request_id}.json.',
      params: BerkasParam, querystring: JurisdictionQuery, response: { 200: Open311RequestListSchema, 400: Err, 404: Err },
    },
    handler: async (req) => svc.request(tanpaJson(req.params.berkas), req.query),
  });
}
