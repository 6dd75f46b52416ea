import { z } from 'zod';
import { ProblemSchema } from './common.ts';

/**
 * HTTP contracts of the pegawai import (module `org`), shared by server and web. The file format (columns) is
 * defined once in `src/domain/org/pegawai-row.ts` (`KOLOM_IMPOR_PEGAWAI`).
 *
 * - `POST /api/v1/org/pegawai/impor/periksa` (multipart `file`): validate only → {@link ImporPeriksa} (200 even when invalid).
 * - `POST /api/v1/org/pegawai/impor` (multipart `file`): import → {@link ImporHasil}; invalid → 400
 *   {@link ImporTidakValidProblem} (code `IMPOR_TIDAK_VALID`), nothing saved.
 * - `GET /api/v1/org/pegawai/impor/templat.csv`: the template (header + one example row).
 */

/** Upload limit of an import file, bytes (10 MB). */
export const IMPOR_MAKS_BYTE = 10 * 1024 * 1024;
/** Accepted extensions (checked against the content too). */
export const IMPOR_EKSTENSI = ['.csv', '.xlsx'] as const;

/** One bad cell: spreadsheet row number, column (template name), the value as read, Indonesian reason. */
export const ImporBarisErrorSchema = z.object({
  baris: z.number().int(),
  kolom: z.string(),
  nilai: z.string().nullable(),
  pesan: z.string(),
});
export type ImporBarisError = z.infer<typeof ImporBarisErrorSchema>;

/** Result of a check (`/periksa`). `jumlahBaris` counts non-blank data rows. */
export const ImporPeriksaSchema = z.object({
  valid: z.boolean(),
  jumlahBaris: z.number().int(),
  errors: z.array(ImporBarisErrorSchema),
  /** Header names that are not import columns (ignored on import). */
  kolomDiabaikan: z.array(z.string()),
});
export type ImporPeriksa = z.infer<typeof ImporPeriksaSchema>;

/** Result of a successful import: pegawai inserted, pegawai updated (matched by NIP), jabatan created. */
export const ImporHasilSchema = z.object({
  dibuat: z.number().int(),
  diperbarui: z.number().int(),
  jabatanDibuat: z.number().int(),
});
export type ImporHasil = z.infer<typeof ImporHasilSchema>;

/**
 * 400 problem of an invalid import: `errors` as `{ field: 'baris 5, kolom NIP', message }` (the house format) plus
 * the structured rows in the extension member `baris`. Other 400s (no file, unreadable file) omit `baris`.
 */
export const ImporTidakValidProblemSchema = ProblemSchema.extend({
  baris: z.array(ImporBarisErrorSchema).optional(),
});
export type ImporTidakValidProblem = z.infer<typeof ImporTidakValidProblemSchema>;

/** `field` of one row error in the problem's `errors` list. */
export const fieldImpor = (e: Pick<ImporBarisError, 'baris' | 'kolom'>) => `baris ${e.baris}, kolom ${e.kolom}`;
