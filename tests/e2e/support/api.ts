import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures.ts';

/**
 * Thin API helpers for the journeys: set-up and cross-checks go through /api/v1 with a Playwright
 * request context (its own cookie jar), so a journey never depends on what another one did in the UI.
 */

/** The server's clock in the journeys (playwright.config.ts pins it through SIKAP_WAKTU_UJI). */
export function sekarangUji(): Date {
  return process.env.SIKAP_WAKTU_UJI ? new Date(process.env.SIKAP_WAKTU_UJI) : new Date();
}

/** The demo service unit of the SKM journeys and its open period (seeded by the demo seed). */
export const DISDUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';
/** The running quarter in WIB, as the demo seed makes it `aktif` (its surveys end with the current quarter). */
export const TRIWULAN_AKTIF = (() => {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(sekarangUji()).split('-');
  return `Triwulan ${['I', 'II', 'III', 'IV'][Math.floor((Number(m) - 1) / 3)]} ${y}`;
})();

/**
 * Signs in through POST /api/v1/auth/login; the session cookie stays in `request`'s cookie jar.
 * @returns the session's CSRF token (send it as `x-csrf-token` on POST/PATCH/DELETE)
 */
export async function apiLogin(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: { username, password } });
  expect(res.status(), `login ${username}: ${await res.text()}`).toBe(200);
  const me = (await res.json()) as { csrfToken: string };
  return me.csrfToken;
}

export interface SurveiRingkas {
  id: number;
  kode: string;
  unitNama: string;
  layanan: string | null;
  periodeLabel: string;
  status: 'draf' | 'aktif' | 'ditutup';
  responden: number;
  ikm: number | null;
  mutu: 'A' | 'B' | 'C' | 'D' | null;
  bobot: 'exact' | '0.111' | '0.11';
}

/**
 * The seeded survey of `unitNama` for `periodeLabel` without a layanan (GET /api/v1/skm/survei; needs a
 * signed-in `request` with skm:hasil).
 */
export async function cariSurvei(request: APIRequestContext, unitNama = DISDUKCAPIL, periodeLabel = TRIWULAN_AKTIF): Promise<SurveiRingkas> {
  const res = await request.get('/api/v1/skm/survei', { params: { per_page: 200 } });
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: SurveiRingkas[] };
  const s = items.find((x) => x.unitNama === unitNama && x.periodeLabel === periodeLabel && x.layanan == null);
  if (!s) throw new Error(`survei ${unitNama} ${periodeLabel} tidak ada di data demo`);
  return s;
}

/** The public survey list entry (GET /api/v1/skm/publik/survei, no login) of the Disdukcapil open period. */
export async function kodeSurveiPublik(request: APIRequestContext, unitNama = DISDUKCAPIL, periodeLabel = TRIWULAN_AKTIF): Promise<string> {
  const res = await request.get('/api/v1/skm/publik/survei');
  expect(res.status()).toBe(200);
  const list = (await res.json()) as { kode: string; unitNama: string; layanan: string | null; periodeLabel: string }[];
  const s = list.find((x) => x.unitNama === unitNama && x.periodeLabel === periodeLabel && x.layanan == null);
  if (!s) throw new Error(`survei publik ${unitNama} ${periodeLabel} tidak ada`);
  return s.kode;
}

export interface HasilSurvei {
  survei: SurveiRingkas;
  hasil: {
    responden: number;
    ikm: number | null;
    mutu: 'A' | 'B' | 'C' | 'D' | null;
    perUnsur: { kode: string; nama: string; nrr: number | null; nilaiKonversi: number | null; mutu: string | null; jumlahJawaban: number }[];
  };
  progres: { responden: number; target: number | null };
  saran: string[];
}

/** GET /api/v1/skm/survei/:id/hasil (skm:hasil). */
export async function hasilSurvei(request: APIRequestContext, id: number): Promise<HasilSurvei> {
  const res = await request.get(`/api/v1/skm/survei/${id}/hasil`);
  expect(res.status()).toBe(200);
  return (await res.json()) as HasilSurvei;
}

/** An IKM as Bahasa Indonesia writes it: two decimals, decimal comma (82.45 → "82,45"). */
export function ikmId(ikm: number): string {
  return ikm.toFixed(2).replace('.', ',');
}

/** A short value unique to this run and call, for texts that must be found again (saran, layanan, names). */
export function unik(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
