import { expect, type APIRequestContext } from '@playwright/test';
import { apiLogin } from './api.ts';

/**
 * Helpers of the queue journeys (tests/e2e/antrian*.spec.ts) on the demo data (scripts/seed/antrian.ts):
 * lokasi `disdukcapil`, its display device, the Disdukcapil petugas and admin OPD.
 */

/** The demo lokasi of the journeys and its display-board device token (scripts/seed/antrian.ts TOKEN_LAYAR_DEMO). */
export const LOKASI_DEMO = { kode: 'disdukcapil', nama: 'Kantor Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungbalai', tokenLayar: 'layar-demo-disdukcapil' } as const;
/** Demo petugas loket of Disdukcapil (NIP) and admin OPD Disdukcapil (NIP). */
export const PETUGAS_DUKCAPIL = '197101281999012001';
export const ADMIN_OPD_DUKCAPIL = '196803141997121001';

/**
 * A valid NIK of a citizen of Kecamatan 12.74.01 (Tanjungbalai), a woman born 15 June 1990, with a random
 * 4-digit sequence so repeated runs on one server never collide on "one active booking per NIK".
 */
export function nikWarga(): string {
  const urut = String(1 + Math.floor(Math.random() * 9998)).padStart(4, '0');
  return `127401550690${urut}`;
}

type LoketSaya = {
  lokasi: { id: number; kode: string; loket: { id: number; nama: string }[] }[];
  loketSaya: { id: number } | null;
  tiketSaya: { id: number; status: string } | null;
};

/**
 * Serves (calls → starts → finishes) every ticket waiting for the loket `loketNama` of the demo lokasi,
 * as the petugas over the API, then signs out of the loket again — so the browser journey's call hits
 * exactly the citizen's ticket. Uses `request`'s cookie jar (signs it in as the petugas).
 *
 * @returns the numbers of the tickets served
 */
export async function kosongkanLoket(request: APIRequestContext, loketNama: string, petugas = PETUGAS_DUKCAPIL): Promise<string[]> {
  const csrf = await apiLogin(request, petugas);
  const headers = { 'x-csrf-token': csrf };
  const saya = (await (await request.get('/api/v1/antrian/loket/saya')).json()) as LoketSaya;
  const loket = saya.lokasi.find((l) => l.kode === LOKASI_DEMO.kode)?.loket.find((k) => k.nama === loketNama);
  if (!loket) throw new Error(`loket "${loketNama}" tidak ada di lokasi ${LOKASI_DEMO.kode}`);
  const masuk = await request.post('/api/v1/antrian/loket/masuk', { data: { loketId: loket.id }, headers });
  expect(masuk.status(), await masuk.text()).toBe(200);
  const dilayani: string[] = [];
  for (let i = 0; i < 50; i++) {
    const p = await request.post('/api/v1/antrian/loket/panggil', { headers });
    if (p.status() === 404) break;
    expect(p.status(), await p.text()).toBe(200);
    const t = (await p.json()) as { id: number; nomor: string };
    for (const aksi of ['mulai', 'selesai']) {
      const r = await request.post(`/api/v1/antrian/loket/tiket/${t.id}/${aksi}`, { headers });
      expect(r.status(), `${aksi} ${t.nomor}: ${await r.text()}`).toBe(200);
    }
    dilayani.push(t.nomor);
  }
  const keluar = await request.post('/api/v1/antrian/loket/keluar', { headers });
  expect(keluar.status(), await keluar.text()).toBe(200);
  return dilayani;
}
