import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../lib/app-error.ts';

/** RFC 9457 problem details body. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: FieldError[];
  instance?: string;
};

const TITLES: Record<number, string> = {
  400: 'Permintaan tidak valid',
  401: 'Belum masuk',
  403: 'Akses ditolak',
  404: 'Tidak ditemukan',
  409: 'Konflik',
  410: 'Tidak berlaku lagi',
  413: 'Berkas terlalu besar',
  415: 'Jenis konten tidak didukung',
  422: 'Tidak dapat diproses',
  429: 'Terlalu banyak permintaan',
  500: 'Kesalahan server',
};

function send(reply: import('fastify').FastifyReply, p: Problem) {
  return reply.status(p.status).type('application/problem+json; charset=utf-8').send(p);
}

/**
 * Maps every error to RFC 9457 `application/problem+json` with a per-field `errors` list.
 * 5xx responses never carry the internal message.
 */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
      if (err instanceof AppError) {
        return send(reply, {
          type: `https://sikap.tanjungbalaikota.go.id/errors/${err.code.toLowerCase()}`,
          title: TITLES[err.status] ?? 'Kesalahan',
          status: err.status,
          detail: err.message,
          code: err.code,
          errors: err.errors.length ? err.errors : undefined,
          instance: req.url.split('?')[0],
        });
      }
      if (hasZodFastifySchemaValidationErrors(err)) {
        const errors = err.validation.map((v) => {
          const field = [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.');
          return { field, message: v.message ?? 'tidak valid' };
        });
        return send(reply, {
          type: 'about:blank',
          title: TITLES[400]!,
          status: 400,
          detail: 'Periksa kembali isian: ' + errors.map((e) => `${e.field} (${e.message})`).join('; '),
          code: 'VALIDASI',
          errors,
        });
      }
      const fe = err as FastifyError;
      if (isResponseSerializationError(err)) {
        req.log.error({ err }, 'response does not match its schema');
      }
      const status = fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
      if (status >= 500) req.log.error({ err }, 'unhandled error');
      return send(reply, {
        type: 'about:blank',
        title: TITLES[status] ?? 'Kesalahan',
        status,
        detail: status >= 500 ? 'Terjadi kesalahan pada server. Silakan coba lagi.' : fe.message,
        code: fe.code ?? (status >= 500 ? 'INTERNAL' : 'HTTP_' + status),
      });
    });
    app.setNotFoundHandler((req, reply) =>
      send(reply, {
        type: 'about:blank',
        title: TITLES[404]!,
        status: 404,
        detail: `Alamat ${req.method} ${req.url.split('?')[0]} tidak ditemukan.`,
        code: 'TIDAK_DITEMUKAN',
      }),
    );
  },
  { name: 'errors' },
);
