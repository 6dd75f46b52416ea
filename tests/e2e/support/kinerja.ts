import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { apiLogin } from './api.ts';

/**
 * Helpers of the kinerja journeys (tests/e2e/kinerja*.spec.ts; issue #5): the demo accounts of the
 * Disdukcapil reporting line (README "Demo logins"; scripts/seed/kinerja.ts) and API cross-checks that
 * read what the screens wrote. Every helper signs `request` in as the account it names.
 */

/** Demo petugas loket Disdukcapil: has no 2026 SKP in the demo (the journey drafts it); serves queue tickets. */
export const PETUGAS = '197101281999012001';
/** Demo Kabid Disdukcapil: the petugas's atasan (pejabat penilai), with a disetujui 2026 SKP. */
export const KABID = '197110261996121001';
/** Demo kepala Disdukcapil, also admin OPD of Disdukcapil: sets the predikat organisasi of the OPD. */
export const KEPALA_DUKCAPIL = '196803141997121001';

/** Demo Sekda (pimpinan): the kepala Disdukcapil's penilai, hence the Kabid's atasan pejabat penilai (decides his keberatan). */
export const SEKDA = '197508072004022001';

/** The journeys' year and the running month on the fixed clock (Mon 30 Nov 2026, ADR 0010). */
export const TAHUN = 2026;
export const NOVEMBER = 11;

export type SkpRingkasUji = { id: number; tahun: number; status: string; revisi: number };

/** GET /api/v1/kinerja/saya?tahun as `nip`: the SKPs of that pegawai's year. */
export async function skpSaya(request: APIRequestContext, nip: string, tahun = TAHUN): Promise<SkpRingkasUji[]> {
  await apiLogin(request, nip);
  const res = await request.get('/api/v1/kinerja/saya', { params: { tahun } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { skp: SkpRingkasUji[] }).skp;
}

export type PenilaianUji = { ratingHasilKerja: string; ratingPerilaku: string; predikat: string; predikatMatriks: string; alasanPredikat: string | null };

/** The penilaian of period `ke` of SKP `skpId` as `nip` sees it (GET /kinerja/skp/:id/penilaian), or null. */
export async function penilaianPeriode(request: APIRequestContext, nip: string, skpId: number, ke: number): Promise<PenilaianUji | null> {
  await apiLogin(request, nip);
  const res = await request.get(`/api/v1/kinerja/skp/${skpId}/penilaian`);
  expect(res.status(), await res.text()).toBe(200);
  const d = (await res.json()) as { periode: { ke: number; penilaian: PenilaianUji | null }[] };
  return d.periode.find((p) => p.ke === ke)?.penilaian ?? null;
}

/** The indikator region of the evaluation sheet named by its uraian (IndikatorBlok: a section labelled by it). */
export const indikatorSheet = (page: Page, uraian: string) => page.getByRole('region', { name: uraian, exact: true });

/** The radio `pilihan` ("Di Atas Ekspektasi"…) of the rating group `grup` ("Rating hasil kerja" / "Rating perilaku kerja"). */
export const pilihRating = (page: Page, grup: string, pilihan: string) =>
  page.getByRole('radiogroup', { name: grup }).getByRole('radio', { name: pilihan, exact: true });
