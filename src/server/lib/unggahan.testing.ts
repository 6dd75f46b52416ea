import { randomBytes } from 'node:crypto';

/**
 * Test helpers for uploads: small files of each kind recognised by content, and a multipart/form-data body
 * for `app.inject` (text fields first, then files, as a browser's FormData sends them).
 */

/** A tiny but well-formed one-page PDF. */
export function contohPdf(teks = 'SIKAP uji'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${teks}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}
/** JPEG magic bytes + filler (enough for recognition; not a decodable image). */
export function contohJpeg(ukuran = 64): Buffer {
  const b = Buffer.alloc(Math.max(ukuran, 4), 0x20);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  b.set([0xff, 0xd9], b.length - 2);
  return b;
}
/** PNG signature + filler. */
export function contohPng(ukuran = 64): Buffer {
  const b = Buffer.alloc(Math.max(ukuran, 8), 0);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return b;
}

export type BagianBerkas = { field: string; namaFile: string; isi: Buffer; tipe?: string };

/** A multipart/form-data body with text fields and files, plus its content-type header. */
export function bentukMultipart(fields: Record<string, string>, files: BagianBerkas[] = []) {
  const boundary = `----sikap${randomBytes(8).toString('hex')}`;
  const bagian: Buffer[] = [];
  for (const [nama, nilai] of Object.entries(fields)) {
    bagian.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${nama}"\r\n\r\n${nilai}\r\n`));
  }
  for (const f of files) {
    bagian.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.namaFile}"\r\n` +
          `Content-Type: ${f.tipe ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.isi,
      Buffer.from('\r\n'),
    );
  }
  bagian.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(bagian), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
