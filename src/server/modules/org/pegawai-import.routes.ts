import { extname } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../contracts/common.ts';
import {
  IMPOR_MAKS_BYTE,
  ImporHasilSchema,
  ImporPeriksaSchema,
  ImporTidakValidProblemSchema,
  type ImporTidakValidProblem,
} from '../../../contracts/pegawai-import.ts';
import { buildTemplatCsv } from '../../../domain/org/pegawai-row.ts';
import type { Services } from '../../app.ts';
import { readTabularBuffer, TabularFileError, type TabularData } from '../../lib/tabular-file.ts';
import { requireAuth } from '../../plugins/auth.ts';
import {
  berkasTerlaluBesar,
  ImporTidakValidError,
  jenisBerkasTidakDidukung,
  PegawaiImportErrors,
} from './pegawai-import.errors.ts';
import { errorHeaderDariTabular } from './pegawai-import.service.ts';

const PESAN_JENIS = 'Jenis berkas tidak didukung. Unggah berkas .csv atau .xlsx (Excel 2007 ke atas).';

/** An uploaded table, or a header problem to report as a row error. */
type Unggahan = { namaBerkas: string; tabel: TabularData } | { namaBerkas: string; errorHeader: NonNullable<ReturnType<typeof errorHeaderDariTabular>> };

/**
 * Reads the multipart `file` part (≤ {@link IMPOR_MAKS_BYTE}), checks its type by name AND content (an .xlsx must
 * be a ZIP container, a .csv must be text) and parses it.
 *
 * @throws 415 `JENIS_BERKAS_TIDAK_DIDUKUNG` (not multipart, not .csv/.xlsx, or content does not match);
 *         413 `BERKAS_TERLALU_BESAR`; 400 `BERKAS_WAJIB` (no file part); 400 `BERKAS_RUSAK` (cannot be parsed)
 */
async function bacaUnggahan(req: FastifyRequest): Promise<Unggahan> {
  if (!req.isMultipart()) throw jenisBerkasTidakDidukung('Kirim berkas sebagai multipart/form-data pada kolom "file".');
  const part = await req.file({ limits: { fileSize: IMPOR_MAKS_BYTE, files: 1 } });
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw PegawaiImportErrors.BERKAS_WAJIB(undefined, [{ field: 'file', message: 'Berkas wajib diunggah' }]);
  }
  const namaBerkas = part.filename || 'berkas';
  const ext = extname(namaBerkas).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    part.file.resume();
    throw jenisBerkasTidakDidukung(`${PESAN_JENIS} Berkas "${namaBerkas}" berjenis ${ext || '(tanpa ekstensi)'}.`);
  }
  let buf: Buffer;
  try {
    buf = await part.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw berkasTerlaluBesar(`Berkas melebihi batas ${IMPOR_MAKS_BYTE / 1024 / 1024} MB. Pecah menjadi beberapa berkas.`);
    }
    throw e;
  }
  const isZip = buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  if (ext === '.xlsx' && !isZip) throw jenisBerkasTidakDidukung(`Isi berkas "${namaBerkas}" bukan XLSX. ${PESAN_JENIS}`);
  if (ext === '.csv' && (isZip || buf.includes(0))) throw jenisBerkasTidakDidukung(`Isi berkas "${namaBerkas}" bukan teks CSV. ${PESAN_JENIS}`);
  try {
    return { namaBerkas, tabel: await readTabularBuffer(buf, namaBerkas) };
  } catch (e) {
    if (!(e instanceof TabularFileError)) throw e;
    const errorHeader = errorHeaderDariTabular(e);
    if (errorHeader) return { namaBerkas, errorHeader };
    throw PegawaiImportErrors.BERKAS_RUSAK(e.message, [{ field: 'file', message: e.message }]);
  }
}

const multipartDoc = {
  consumes: ['multipart/form-data'],
  description: `Unggah satu berkas pada kolom multipart \`file\` (.csv dengan pemisah , atau ;, atau .xlsx; maks. ${IMPOR_MAKS_BYTE / 1024 / 1024} MB). Kolom: lihat templat.`,
};

/**
 * /api/v1/org/pegawai/impor… — pegawai import for the BKPSDM admin (permission `pegawai:import`).
 *
 * - `POST /org/pegawai/impor/periksa`: validate only → 200 `{ valid, jumlahBaris, errors, kolomDiabaikan }`.
 * - `POST /org/pegawai/impor`: import → 200 `{ dibuat, diperbarui, jabatanDibuat }`; a bad row → 400 problem
 *   `IMPOR_TIDAK_VALID` with `errors: [{ field: 'baris 5, kolom NIP', message }]` and extension `baris: [...]`,
 *   nothing saved.
 * - `GET /org/pegawai/impor/templat.csv`: the template (header + one example row), UTF-8 with BOM.
 *
 * Both POSTs: 415 for a file that is not .csv/.xlsx (by name or content), 413 over 10 MB, 400 without a file.
 * Format and rules: src/domain/org/pegawai-row.ts (kinerja.md §5.2–5.4).
 */
export async function pegawaiImportRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = () => opts.services.pegawaiImport;
  const errorResponses = { 400: ImporTidakValidProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema };

  r.post('/org/pegawai/impor/periksa', {
    config: { permission: 'pegawai:import' },
    schema: {
      tags: ['org'],
      summary: 'Memeriksa berkas impor pegawai tanpa menyimpan: semua kesalahan per baris.',
      ...multipartDoc,
      response: { 200: ImporPeriksaSchema, ...errorResponses },
    },
    handler: async (req) => {
      requireAuth(req);
      const u = await bacaUnggahan(req);
      if ('errorHeader' in u) return { valid: false, jumlahBaris: 0, errors: [u.errorHeader], kolomDiabaikan: [] };
      return service().periksa(u.tabel);
    },
  });

  r.post('/org/pegawai/impor', {
    config: { permission: 'pegawai:import' },
    schema: {
      tags: ['org'],
      summary: 'Mengimpor pegawai dari .csv/.xlsx: satu baris salah = tidak ada yang disimpan; NIP yang sudah ada diperbarui.',
      ...multipartDoc,
      response: { 200: ImporHasilSchema, ...errorResponses },
    },
    handler: async (req, reply) => {
      const auth = requireAuth(req);
      const u = await bacaUnggahan(req);
      try {
        if ('errorHeader' in u) throw new ImporTidakValidError([u.errorHeader]);
        return await service().impor(u.tabel, { akunId: auth.akunId, namaBerkas: u.namaBerkas });
      } catch (e) {
        if (!(e instanceof ImporTidakValidError)) throw e;
        // The errors plugin renders only the standard members; this problem adds the extension `baris`.
        const problem: ImporTidakValidProblem = {
          type: `https://sikap.tanjungbalaikota.go.id/errors/${e.code.toLowerCase()}`,
          title: 'Permintaan tidak valid',
          status: 400,
          detail: e.message,
          code: e.code,
          errors: e.errors,
          instance: req.url.split('?')[0],
          baris: e.baris,
        };
        return reply.status(400).type('application/problem+json; charset=utf-8').send(problem);
      }
    },
  });

  r.get('/org/pegawai/impor/templat.csv', {
    config: { permission: 'pegawai:import' },
    schema: {
      tags: ['org'],
      summary: 'Templat CSV impor pegawai (baris judul + satu contoh).',
      produces: ['text/csv'],
      response: { 200: z.string(), 401: ProblemSchema, 403: ProblemSchema },
    },
    handler: async (_req, reply) => {
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="templat-impor-pegawai.csv"')
        .header('cache-control', 'no-cache');
      return buildTemplatCsv();
    },
  });
}
