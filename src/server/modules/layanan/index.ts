/**
 * Module `layanan`: the service catalogue (standar pelayanan, maklumat), online applications
 * (permohonan) with working-day SLAs, and complaints (pengaduan) with an Open311 GeoReport v2 view
 * (pelayanan.md §2, §4, §5, §6). Other modules import only from here.
 */
import type { LayananDeps } from './layanan.deps.ts';
import { createLayananKatalogService } from './layanan.katalog.service.ts';
import { createLayananPermohonanService } from './layanan.permohonan.service.ts';
import { createLayananPengaduanService } from './layanan.pengaduan.service.ts';

export type { LayananDeps } from './layanan.deps.ts';
export { layananKatalogRoutes } from './layanan.katalog.routes.ts';
export { layananPermohonanRoutes } from './layanan.permohonan.routes.ts';
export { layananPengaduanRoutes } from './layanan.pengaduan.routes.ts';
export { open311Routes } from './layanan.open311.routes.ts';

/** The layanan services: katalog (standards, maklumat), permohonan (applications), pengaduan (complaints + Open311). */
export function createLayananService(deps: LayananDeps) {
  const katalog = createLayananKatalogService(deps);
  return {
    katalog,
    permohonan: createLayananPermohonanService(deps),
    pengaduan: createLayananPengaduanService(deps),
  };
}
export type LayananService = ReturnType<typeof createLayananService>;
