import zlib from 'node:zlib';
import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Helpers of the complaint journeys (tests/e2e/pengaduan*.spec.ts) on the demo data: the complaint
 * categories of scripts/seed/layanan-katalog.ts (KATEGORI_PENGADUAN_DEMO) and the Open311 GeoReport v2
 * view at /open311/v2 (pelayanan.md §4.1).
 */

/** Demo category "adminduk", forwarded by default to Disdukcapil (whose petugas is a demo login). */
export const KATEGORI_ADMINDUK = { kode: 'adminduk', nama: 'Pelayanan administrasi kependudukan' } as const;
/** Demo category "jalan-rusak" (default OPD: Dinas PUPR), used for the Open311 POST. */
export const KATEGORI_JALAN = { kode: 'jalan-rusak', nama: 'Jalan dan jembatan rusak' } as const;
/** The Disdukcapil OPD as the org seed names it (the forwarding target of KATEGORI_ADMINDUK). */
export const OPD_DUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';

/** A point inside Kota Tanjungbalai (near Lapangan Sultan Abdul Jalil Rahmadsyah). */
export const TITIK_TANJUNGBALAI = { lat: 2.9667, lng: 99.7997 } as const;

/**
 * A valid 16×16 PNG photo (RGB, real zlib IDAT and CRCs, a colour gradient), small enough for any limit:
 * the server recognises uploads by their first bytes, and the staff page must be able to decode and show it.
 */
export function fotoPng(): Buffer {
  const w = 16;
  const h = 16;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const baris: number[] = [];
  for (let y = 0; y < h; y++) {
    baris.push(0); // filter: none
    for (let x = 0; x < w; x++) baris.push(x * 16, y * 16, 160);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.from(baris))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type Open311Request = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_code: string;
  service_name: string;
  description: string;
  agency_responsible: string | null;
  requested_datetime: string;
  updated_datetime: string;
  lat: number | null;
  long: number | null;
};

/**
 * GET /open311/v2/requests.json?service_request_id=<nomor> the way Open311 clients read a report (no
 * session, no key), checks the GeoReport v2 shape (a list of one, ISO 8601 with +07:00) and returns it.
 */
export async function bacaOpen311(request: APIRequestContext, nomor: string): Promise<Open311Request> {
  const res = await request.get('/open311/v2/requests.json', { params: { service_request_id: nomor } });
  expect(res.status(), await res.text()).toBe(200);
  const list = (await res.json()) as Open311Request[];
  expect(list).toHaveLength(1);
  const r = list[0]!;
  expect(r.service_request_id).toBe(nomor);
  expect(r.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  return r;
}

/**
 * POST /open311/v2/requests.json as an existing Open311 client does (application/x-www-form-urlencoded,
 * `api_key`, `service_code`, `lat`+`long`, `description`, reporter fields).
 * @returns the HTTP status and the parsed body ([{service_request_id,…}] on 201, [{code,description}] on errors)
 */
export async function kirimOpen311(
  request: APIRequestContext,
  form: Record<string, string | number>,
): Promise<{ status: number; body: Array<{ service_request_id?: string; code?: number; description?: string }> }> {
  const res = await request.post('/open311/v2/requests.json', { form });
  return { status: res.status(), body: (await res.json()) as Array<{ service_request_id?: string; code?: number; description?: string }> };
}
