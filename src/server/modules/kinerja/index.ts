/**
 * Module `kinerja`: performance management of ASN per PermenPANRB 6/2022 (kinerja.md §1): SKP planning with
 * cascading RHK, realisasi with bukti dukung and automatic service facts, continuous feedback, ratings and
 * predikat, predikat organisasi and the distribution curve, penetapan and keberatan, documents and exports.
 * Other modules import only from here.
 */
import type { KinerjaDeps } from './kinerja.deps.ts';
import { createKinerjaSkpService } from './kinerja.skp.service.ts';
import { createKinerjaRealisasiService } from './kinerja.realisasi.service.ts';
import { createKinerjaPenilaianService } from './kinerja.penilaian.service.ts';
import { createKinerjaDokumenService } from './kinerja.dokumen.service.ts';

export type { KinerjaDeps } from './kinerja.deps.ts';
export { kinerjaSkpRoutes } from './kinerja.skp.routes.ts';
export { kinerjaRealisasiRoutes } from './kinerja.realisasi.routes.ts';
export { kinerjaPenilaianRoutes } from './kinerja.penilaian.routes.ts';
export { kinerjaDokumenRoutes } from './kinerja.dokumen.routes.ts';

/** The kinerja services: skp (planning + workflow), realisasi (evidence, feedback, service metrics), penilaian (ratings, predikat, distribution, penetapan, keberatan), dokumen (PDF, XLSX, SIASN, angka kredit, settings). */
export function createKinerjaService(deps: KinerjaDeps) {
  return {
    skp: createKinerjaSkpService(deps),
    realisasi: createKinerjaRealisasiService(deps),
    penilaian: createKinerjaPenilaianService(deps),
    dokumen: createKinerjaDokumenService(deps),
  };
}
export type KinerjaService = ReturnType<typeof createKinerjaService>;
