import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { apiLogin } from './api.ts';

/**
 * Helpers of the layanan journeys (tests/e2e/permohonan*.spec.ts): small valid upload files made in the
 * test (the server recognises PDF/JPEG/PNG by their first bytes, src/server/lib/unggahan.ts), the demo
 * layanan used, and API look-ups for cross-checks.
 */

/** The demo layanan of the permohonan journey (scripts/seed/layanan-katalog.ts): KK upload required. */
export const LAYANAN_KTP = { kode: 'ktp-el-baru', nama: 'KTP-el Baru', persyaratanKk: 'Kartu Keluarga (KK)' } as const;

/** A file for `setInputFiles`. */
export type BerkasUji = { name: string; mimeType: string; buffer: Buffer };

/**
 * A minimal valid one-page PDF (header `%PDF-1.4`, one page with a line of text, xref table with the
 * correct byte offsets, trailer) named `nama`.
 */
export function pdfUji(nama: string, teks = 'Dokumen uji SIKAP'): BerkasUji {
  const objek = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // content stream, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const isi = `BT /F1 12 Tf 20 70 Td (${teks.replace(/[()\\]/g, '')}) Tj ET`;
  objek[3] = `<< /Length ${Buffer.byteLength(isi)} >>\nstream\n${isi}\nendstream`;
  let pdf = '%PDF-1.4\n';
  const offset: number[] = [];
  objek.forEach((o, i) => {
    offset.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objek.length + 1}\n0000000000 65535 f \n${offset.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objek.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name: nama, mimeType: 'application/pdf', buffer: Buffer.from(pdf, 'latin1') };
}

/** A valid 1×1 PNG (signature 89 50 4E 47 0D 0A 1A 0A, IHDR, IDAT, IEND) named `nama`. */
export function pngUji(nama: string): BerkasUji {
  const b64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  return { name: nama, mimeType: 'image/png', buffer: Buffer.from(b64, 'base64') };
}

/** A text file dressed up as a PDF (right name and MIME, wrong content): the server must refuse it. */
export function pdfPalsu(nama: string): BerkasUji {
  return { name: nama, mimeType: 'application/pdf', buffer: Buffer.from('ini bukan PDF, hanya teks biasa\n') };
}

/**
 * Sets the file of the upload slot `testId` (the hidden input `berkas-input-<testId>` of the permohonan
 * feature's BerkasPilih) and waits until the slot shows the file name.
 */
export async function unggahBerkas(page: Page, testId: string, berkas: BerkasUji): Promise<void> {
  await page.getByTestId(`berkas-input-${testId}`).setInputFiles(berkas);
  await expect(page.getByTestId(`berkas-nama-${testId}`)).toContainText(berkas.name);
}

/** A permohonan as the staff inbox lists it (GET /api/v1/permohonan). */
export type PermohonanInbox = { id: number; nomor: string; status: string; revisi: number; petugas: { id: number; nama: string } | null };

/**
 * The case `nomor` as seen by `username` in the staff inbox (GET /api/v1/permohonan?q=…, every status), or
 * fails. Signs `request` in as that account.
 */
export async function permohonanStaf(request: APIRequestContext, username: string, nomor: string): Promise<PermohonanInbox> {
  await apiLogin(request, username);
  const res = await request.get('/api/v1/permohonan', { params: { q: nomor, perHalaman: 5 } });
  expect(res.status(), await res.text()).toBe(200);
  const { items } = (await res.json()) as { items: PermohonanInbox[] };
  const p = items.find((i) => i.nomor === nomor);
  if (!p) throw new Error(`permohonan ${nomor} tidak terlihat oleh ${username}`);
  return p;
}
