import type { Problem } from '../../../../contracts/common.ts';
import { ApiError, getCsrfToken } from '../../../lib/api.ts';

/** Where an upload is: bytes going up (`loaded`/`total`), then the server working on it. */
export type ProgresUnggah =
  | { fase: 'mengunggah'; loaded: number; total: number; persen: number }
  | { fase: 'memproses' };

/**
 * POSTs one file as multipart/form-data (field `file`) to `/api/v1{path}` with XMLHttpRequest, because fetch cannot
 * report upload progress. Sends the session's `x-csrf-token` like {@link api}; a non-2xx answer is thrown as
 * {@link ApiError} with its problem+json body (extension members such as `baris` are kept).
 *
 * @param opts.onProgress  called with byte progress while uploading, then once with `{ fase: 'memproses' }`
 * @param opts.signal      aborts the request (rejects with an `AbortError`)
 * @returns the parsed JSON body of the 2xx answer
 */
export function unggahBerkas<T>(
  path: string,
  file: File,
  opts: { onProgress?: (p: ProgresUnggah) => void; signal?: AbortSignal } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      opts.onProgress?.({ fase: 'mengunggah', loaded: e.loaded, total: e.total, persen: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.upload.onload = () => opts.onProgress?.({ fase: 'memproses' });
    xhr.onload = () => {
      let data: unknown = xhr.responseText;
      if ((xhr.getResponseHeader('content-type') ?? '').includes('json')) {
        try {
          data = JSON.parse(xhr.responseText);
        } catch {
          // keep the text
        }
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      const problem: Problem = typeof data === 'object' && data
        ? (data as Problem)
        : { type: 'about:blank', title: xhr.statusText, status: xhr.status, code: 'HTTP_' + xhr.status, detail: String(data) };
      reject(new ApiError(xhr.status, problem));
    };
    xhr.onerror = () => reject(new Error('Koneksi ke server terputus. Periksa jaringan lalu coba lagi.'));
    xhr.onabort = () => reject(new DOMException('Unggahan dibatalkan.', 'AbortError'));
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
