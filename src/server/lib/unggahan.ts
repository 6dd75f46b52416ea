import { randomBytes, createHash } from 'node:crypto';
import { createReadStream, statSync, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import { tanggalWib } from '../../domain/shared/tanggal.ts';
import { AppError, type FieldError } from './app-error.ts';

/**
 * Uploads of citizens and staff (persyaratan of a permohonan, complaint photos, the digital product):
 * read from a multipart request into memory, recognised by their content (magic bytes, never the name or
 * the browser's Content-Type), size- and count-capped, then written under DATA_DIR/uploads — outside the
 * web root — and served only through the modules' checked download routes (DESIGN.md §5, issue #4).
 *
 * Pattern for a use case: {@link bacaMultipart} (validate everything, nothing on disk yet) →
 * {@link createPenyimpanan}().simpan each file → one DB transaction → on failure `hapus` the written files.
 */

export type JenisBerkas = 'pdf' | 'jpeg' | 'png';

const MIME: Record<JenisBerkas, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };
const EKSTENSI_SIMPAN: Record<JenisBerkas, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png' };
/** File-name extensions that are consistent with each content type. */
const EKSTENSI_SAH: Record<JenisBerkas, string[]> = { pdf: ['.pdf'], jpeg: ['.jpg', '.jpeg', '.jfif'], png: ['.png'] };
const LABEL: Record<JenisBerkas, string> = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG' };

/**
 * Recognises a file by its first bytes: PDF `%PDF-`, JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`.
 * Anything else (including an empty buffer) → null.
 * @example kenaliBerkas(Buffer.from('%PDF-1.7\n…')) → { jenis: 'pdf', mime: 'application/pdf' }
 */
export function kenaliBerkas(isi: Buffer): { jenis: JenisBerkas; mime: string } | null {
  const mulai = (b: number[]) => isi.length >= b.length && b.every((x, i) => isi[i] === x);
  if (mulai([0x25, 0x50, 0x44, 0x46, 0x2d])) return { jenis: 'pdf', mime: MIME.pdf };
  if (mulai([0xff, 0xd8, 0xff])) return { jenis: 'jpeg', mime: MIME.jpeg };
  if (mulai([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { jenis: 'png', mime: MIME.png };
  return null;
}

/** Human list of accepted kinds: ['pdf','jpeg','png'] → 'PDF/JPEG/PNG'. */
export function labelJenis(izinkan: readonly JenisBerkas[]): string {
  return izinkan.map((j) => LABEL[j]).join('/');
}

/** The file name as shown to people: no folders, no control characters, at most 200 characters. */
export function bersihkanNamaFile(nama: string | undefined): string {
  const dasar = (nama ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const bersih = dasar.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(-200);
  return bersih || 'berkas';
}

/** One uploaded file, read into memory and recognised by content. */
export type BerkasMasuk = { field: string; namaFile: string; isi: Buffer; jenis: JenisBerkas; mime: string };

/**
 * 413 for a file over the size limit. AppError kinds have no 413, so this subclass overrides the status;
 * the errors plugin renders it as problem+json with the per-field `errors` (which file, which limit).
 */
export class BerkasTerlaluBesarError extends AppError {
  constructor(message: string, errors: FieldError[]) {
    super('BERKAS_TERLALU_BESAR', 'VALIDASI', message, errors);
  }
  override get status(): number {
    return 413;
  }
}

/** Error codes of uploads (all 400 VALIDASI except {@link BerkasTerlaluBesarError}). */
export const UnggahanKode = {
  /** The request is not multipart/form-data. */
  BUKAN_MULTIPART: 'UNGGAHAN_BUKAN_MULTIPART',
  /** A file's content is not an accepted kind, is empty, or does not match its extension. */
  JENIS_BERKAS: 'BERKAS_TIDAK_VALID',
  /** More files than allowed in one request. */
  TERLALU_BANYAK: 'BERKAS_TERLALU_BANYAK',
  /** A text field is too long or malformed (e.g. invalid JSON sent as application/json). */
  ISIAN: 'VALIDASI',
} as const;

function galat(code: string, message: string, errors: FieldError[]) {
  return new AppError(code, 'VALIDASI', message, errors);
}

const MB = 1024 * 1024;
function teksUkuran(byte: number): string {
  return byte >= MB ? `${Math.round((byte / MB) * 10) / 10} MB`.replace('.', ',') : `${Math.ceil(byte / 1024)} KB`;
}

/**
 * Reads a multipart request: text fields + files, all in memory. Every file is checked — size ≤ `maksByte`,
 * content one of `izinkan` (magic bytes), its name's extension (if any) consistent with the content, not
 * empty — and every problem is collected before throwing, so the applicant sees all bad files at once.
 * The rest of the body is read to the end before throwing (the browser then receives the answer instead of
 * a reset connection); memory stays bounded by `maksBerkas × maksByte`. Nothing is written to disk.
 *
 * A field may carry several files (e.g. two photos of one document); they come back in request order.
 * A text field sent as `application/json` is returned as its JSON text.
 *
 * @throws AppError `UNGGAHAN_BUKAN_MULTIPART` (400) when the request is not multipart/form-data;
 *   `BERKAS_TIDAK_VALID` (400) naming each bad file's field, e.g. `{ field: 'berkas.ktp', message: 'Berkas
 *   bukan PDF/JPEG/PNG (isi tidak sesuai ekstensi)' }`; `BERKAS_TERLALU_BANYAK` (400, field `berkas`) over
 *   `maksBerkas` files; `VALIDASI` (400) for a text field over 256 KB or invalid JSON;
 *   {@link BerkasTerlaluBesarError} `BERKAS_TERLALU_BESAR` (413) naming each oversized file's field.
 */
export async function bacaMultipart(
  req: FastifyRequest,
  o: { maksByte: number; maksBerkas: number; izinkan: JenisBerkas[] },
): Promise<{ fields: Record<string, string>; files: BerkasMasuk[] }> {
  if (!req.isMultipart()) {
    throw galat(UnggahanKode.BUKAN_MULTIPART, 'Kirim permohonan sebagai multipart/form-data.', [
      { field: 'body', message: 'Unggahan harus berupa multipart/form-data' },
    ]);
  }
  const fields: Record<string, string> = {};
  const files: BerkasMasuk[] = [];
  const salahJenis: FieldError[] = [];
  const terlaluBesar: FieldError[] = [];
  const daftar = labelJenis(o.izinkan);
  // throwFileSizeLimit: false — an oversized file is truncated and reported with its field below, instead of
  // the plugin ending the iteration with a field-less FST_REQ_FILE_TOO_LARGE (supported at runtime; the
  // typings of req.parts() omit it).
  const opsi = {
    limits: { files: o.maksBerkas, fileSize: o.maksByte, fields: 50, fieldSize: 256 * 1024, parts: o.maksBerkas + 60 },
    throwFileSizeLimit: false,
  };
  const iter = req.parts(opsi as Parameters<FastifyRequest['parts']>[0]);
  try {
    for await (const part of iter) {
      if (part.type === 'field') {
        if (part.valueTruncated) {
          salahJenis.push({ field: part.fieldname, message: 'Isian terlalu panjang (maksimal 256 KB)' });
          continue;
        }
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
        continue;
      }
      // Keep the whole file only while nothing has failed (memory); the first bytes always, for the type check.
      const chunks: Buffer[] = [];
      let kepala = Buffer.alloc(0);
      let ukuran = 0;
      for await (const c of part.file as AsyncIterable<Buffer>) {
        ukuran += c.length;
        if (kepala.length < 16) kepala = Buffer.concat([kepala, c]).subarray(0, 16);
        if (!salahJenis.length && !terlaluBesar.length) chunks.push(c);
      }
      const namaFile = bersihkanNamaFile(part.filename);
      if (part.file.truncated) {
        terlaluBesar.push({ field: part.fieldname, message: `Berkas "${namaFile}" melebihi batas ${teksUkuran(o.maksByte)}` });
        continue;
      }
      if (ukuran === 0) {
        salahJenis.push({ field: part.fieldname, message: `Berkas "${namaFile}" kosong` });
        continue;
      }
      const kenal = kenaliBerkas(kepala);
      if (!kenal || !o.izinkan.includes(kenal.jenis)) {
        salahJenis.push({ field: part.fieldname, message: `Berkas bukan ${daftar} (isi tidak sesuai ekstensi)` });
        continue;
      }
      const ext = path.extname(namaFile).toLowerCase();
      if (ext && !EKSTENSI_SAH[kenal.jenis].includes(ext)) {
        salahJenis.push({
          field: part.fieldname,
          message: `Isi berkas "${namaFile}" adalah ${LABEL[kenal.jenis]}, tidak sesuai ekstensi ${ext}`,
        });
        continue;
      }
      if (salahJenis.length || terlaluBesar.length) continue; // already failing: no need to keep it
      const isi = Buffer.concat(chunks);
      files.push({ field: part.fieldname, namaFile, isi, jenis: kenal.jenis, mime: kenal.mime });
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') {
      throw galat(UnggahanKode.TERLALU_BANYAK, `Paling banyak ${o.maksBerkas} berkas dalam satu pengiriman.`, [
        { field: 'berkas', message: `Paling banyak ${o.maksBerkas} berkas` },
      ]);
    }
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw galat(UnggahanKode.ISIAN, 'Terlalu banyak isian dalam unggahan.', [{ field: 'body', message: 'Terlalu banyak isian' }]);
    }
    if (code === 'FST_INVALID_JSON_FIELD_ERROR') {
      throw galat(UnggahanKode.ISIAN, 'Isian JSON tidak valid.', [{ field: 'data', message: 'Bukan JSON yang valid' }]);
    }
    throw e;
  }
  if (terlaluBesar.length) {
    throw new BerkasTerlaluBesarError(`Berkas terlalu besar (maksimal ${teksUkuran(o.maksByte)} per berkas).`, [...terlaluBesar, ...salahJenis]);
  }
  if (salahJenis.length) {
    throw galat(UnggahanKode.JENIS_BERKAS, `Periksa berkas: hanya ${daftar} yang diterima, dan isinya harus sesuai ekstensinya.`, salahJenis);
  }
  return { fields, files };
}

/** Where a stored file lives, its content hash (hex) and size in bytes. */
export type BerkasTersimpan = { path: string; sha256: string; ukuran: number };

/** The extension a stored file gets for its kind ('jpeg' → 'jpg'). */
export function ekstensiSimpan(jenis: JenisBerkas): string {
  return EKSTENSI_SIMPAN[jenis];
}

const AWALAN_SAH = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/**
 * Files under `dir` (DATA_DIR/uploads, outside the web root).
 * - `simpan` writes atomically (temporary name in the same folder, then rename) to
 *   `<awalan>/<yyyy>/<mm>/<32 hex>.<ext>` (WIB month of `now`) and returns the relative path (always `/`),
 *   the sha256 (hex) and the size in bytes. `awalan` is a fixed module word such as 'permohonan'.
 * - `buka` returns a read stream after checking the path is relative, has no `..`, and resolves inside `dir`.
 *   @throws AppError TIDAK_DITEMUKAN (404) for a path outside `dir` or a missing file.
 * - `hapus` removes a stored file (used to undo writes when the transaction fails); missing files are ignored,
 *   paths outside `dir` are refused silently.
 */
export function createPenyimpanan(dir: string) {
  const akar = path.resolve(dir);

  function jalurPenuh(rel: string): string | null {
    if (!rel || rel.includes('\0') || rel.includes('\\') || path.isAbsolute(rel) || path.posix.isAbsolute(rel)) return null;
    if (rel.split('/').some((s) => s === '..' || s === '.' || s === '')) return null;
    const penuh = path.resolve(akar, rel);
    const relatif = path.relative(akar, penuh);
    if (!relatif || relatif.startsWith('..') || path.isAbsolute(relatif)) return null;
    return penuh;
  }

  return {
    async simpan(isi: Buffer, o: { awalan: string; jenis: JenisBerkas; now?: Date }): Promise<BerkasTersimpan> {
      if (!AWALAN_SAH.test(o.awalan)) throw new Error(`awalan penyimpanan tidak sah: ${o.awalan}`);
      const [yyyy, mm] = tanggalWib(o.now ?? new Date()).split('-') as [string, string];
      const relDir = `${o.awalan}/${yyyy}/${mm}`;
      const nama = `${randomBytes(16).toString('hex')}.${EKSTENSI_SIMPAN[o.jenis]}`;
      const folder = path.join(akar, ...relDir.split('/'));
      await mkdir(folder, { recursive: true });
      const tujuan = path.join(folder, nama);
      const sementara = `${tujuan}.tmp-${randomBytes(4).toString('hex')}`;
      try {
        await writeFile(sementara, isi, { flag: 'wx', mode: 0o640 });
        await rename(sementara, tujuan);
      } catch (e) {
        await rm(sementara, { force: true });
        throw e;
      }
      return { path: `${relDir}/${nama}`, sha256: createHash('sha256').update(isi).digest('hex'), ukuran: isi.length };
    },
    buka(rel: string): ReadStream {
      const penuh = jalurPenuh(rel);
      const ada = penuh ? statSync(penuh, { throwIfNoEntry: false }) : undefined;
      if (!penuh || !ada?.isFile()) throw new AppError('BERKAS_TIDAK_DITEMUKAN', 'TIDAK_DITEMUKAN', 'Berkas tidak ditemukan.');
      return createReadStream(penuh);
    },
    async hapus(rel: string): Promise<void> {
      const penuh = jalurPenuh(rel);
      if (penuh) await rm(penuh, { force: true });
    },
  };
}
export type Penyimpanan = ReturnType<typeof createPenyimpanan>;

/**
 * Response headers for serving a stored file: never sniffed, never cached by shared caches. Images may be
 * shown inline (to staff); everything else downloads. The file name is sent RFC 6266/5987-encoded.
 */
export function headerUnduhan(o: { namaFile: string; mime: string; ukuran?: number; inline?: boolean }): Record<string, string> {
  const nama = bersihkanNamaFile(o.namaFile);
  const ascii = nama.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const h: Record<string, string> = {
    'content-type': o.mime,
    'content-disposition': `${o.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(nama)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  };
  if (o.ukuran !== undefined) h['content-length'] = String(o.ukuran);
  return h;
}
