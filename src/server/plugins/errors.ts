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

/** Indonesian text for the framework's own 4xx errors (their default messages are English). */
const FASTIFY_DETAIL: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Jenis konten tidak didukung. Kirim JSON (application/json) atau berkas (multipart/form-data).',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Isi permintaan JSON kosong.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Isi permintaan bukan JSON yang valid.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Isi permintaan terlalu besar.',
  FST_REQ_FILE_TOO_LARGE: 'Berkas terlalu besar (maksimal 10 MB).',
  FST_PARTS_LIMIT: 'Terlalu banyak bagian dalam unggahan.',
  FST_FILES_LIMIT: 'Hanya satu berkas per unggahan.',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'Unggahan harus berupa multipart/form-data.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Panjang isi permintaan tidak sesuai.',
};

/**
 * PostgreSQL rejects some input only at the database (an integer beyond int4, a NUL character in text).
 * Those are the client's mistakes: answer 400 with a plain message instead of 500.
 */
function databaseInputError(err: unknown): string | null {
  const code = (err as { cause?: { code?: string } })?.cause?.code ?? (err as { code?: string })?.code;
  switch (code) {
    case '22003':
      return 'Angka di luar jangkauan yang diizinkan.';
    case '22P02':
      return 'Format nilai tidak valid.';
    case '22021':
    case '22P05':
      return 'Teks berisi karakter yang tidak diizinkan.';
    case '22001':
      return 'Teks terlalu panjang.';
    default:
      return null;
  }
}

/** Error for the log without the SQL parameters drizzle attaches (they can hold survey answers). */
function safeErr(err: unknown) {
  const e = err as { name?: string; message?: string; stack?: string; code?: string; cause?: { code?: string; message?: string } };
  const message = e.name === 'DrizzleQueryError' ? (e.message ?? '').split('\nparams:')[0] : e.message;
  return { name: e.name, message, code: e.code ?? e.cause?.code, cause: e.cause?.message, stack: e.stack?.split('\n').filter((l) => !l.startsWith('params:')).slice(0, 6).join('\n') };
}

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
      // busboy (multipart) reports a malformed upload as a plain Error: the client's mistake, not ours.
      if (/^(Multipart: |Unexpected end of (form|multipart data)|Malformed part header|Part terminated early)/.test((err as Error).message ?? '')) {
        return send(reply, { type: 'about:blank', title: TITLES[400]!, status: 400, code: 'UNGGAHAN_RUSAK', detail: 'Unggahan tidak lengkap atau rusak. Coba unggah ulang berkasnya.', instance: req.url.split('?')[0] });
      }
      const db = databaseInputError(err);
      if (db) {
        return send(reply, { type: 'about:blank', title: TITLES[400]!, status: 400, detail: db, code: 'VALIDASI', instance: req.url.split('?')[0] });
      }
      const fe = err as FastifyError;
      if (isResponseSerializationError(err)) {
        req.log.error({ err: safeErr(err) }, 'response does not match its schema');
      }
      const status = fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
      if (status >= 500) req.log.error({ err: safeErr(err) }, 'unhandled error');
      return send(reply, {
        type: 'about:blank',
        title: TITLES[status] ?? 'Kesalahan',
        status,
        detail: status >= 500 ? 'Terjadi kesalahan pada server. Silakan coba lagi.' : (FASTIFY_DETAIL[fe.code ?? ''] ?? fe.message),
        code: fe.code ?? (status >= 500 ? 'INTERNAL' : 'HTTP_' + status),
        instance: req.url.split('?')[0],
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
