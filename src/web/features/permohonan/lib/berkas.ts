import { ApiError, getCsrfToken } from '../../../lib/api.ts';
import type { Problem } from '../../../../contracts/common.ts';

/**
 * Upload limits shown to the citizen and checked before sending. The server is the judge (it checks the
 * content, not the name: src/server/lib/unggahan.ts); these mirror LAYANAN_MAKS_BERKAS_MB (default 5) and
 * LAYANAN_MAKS_JUMLAH_BERKAS (default 12).
 */
export const MAKS_BERKAS_MB = 5;
export const MAKS_BERKAS_BYTE = MAKS_BERKAS_MB * 1024 * 1024;

/** The `accept` attribute of every persyaratan upload: PDF, JPEG, PNG. */
export const TERIMA_BERKAS = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
/** The product upload of staff: PDF only. */
export const TERIMA_PDF = 'application/pdf,.pdf';

/**
 * Client-side check of a chosen file (type by MIME or extension, size). Returns the i18n key of the
 * problem, or null when it looks fine. A renamed file still gets the server's content check.
 */
export function periksaBerkas(f: File, o: { hanyaPdf?: boolean; maksByte?: number } = {}): 'berkasJenisSalah' | 'berkasBesar' | null {
  const nama = f.name.toLowerCase();
  const pdf = f.type === 'application/pdf' || nama.endsWith('.pdf');
  const gambar = ['image/jpeg', 'image/png'].includes(f.type) || /\.(jpe?g|png)$/.test(nama);
  if (!(pdf || (!o.hanyaPdf && gambar))) return 'berkasJenisSalah';
  if (f.size > (o.maksByte ?? MAKS_BERKAS_BYTE)) return 'berkasBesar';
  return null;
}

/** True for files a browser can preview as an image (staff detail page). */
export const isGambar = (mime: string) => mime === 'image/jpeg' || mime === 'image/png';

/** The file name of a Content-Disposition header (RFC 6266 filename* first), or null. */
export function namaDariDisposition(h: string | null): string | null {
  if (!h) return null;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(h);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(h);
  return plain ? plain[1]!.trim() : null;
}

/**
 * Downloads a file the server returns to a POST (the tracking page: the access code travels in the body,
 * never in a URL — plan decision 8) and hands it to the browser as a download named `namaFile`.
 *
 * @throws ApiError with the server's problem for a non-2xx answer
 */
export async function unduhLewatPost(path: string, body: unknown, namaFile?: string): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: '*/*' };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  if (!res.ok) {
    const type = res.headers.get('content-type') ?? '';
    const problem: Problem = type.includes('json')
      ? await res.json()
      : { type: 'about:blank', title: res.statusText, status: res.status, code: `HTTP_${res.status}` };
    throw new ApiError(res.status, problem);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = namaFile ?? namaDariDisposition(res.headers.get('content-disposition')) ?? 'berkas';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
