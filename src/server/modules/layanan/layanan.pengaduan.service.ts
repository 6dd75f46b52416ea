import type { LayananDeps } from './layanan.deps.ts';

/** Placeholder, replaced by the pengaduan service. */
export function createLayananPengaduanService(deps: LayananDeps) {
  void deps;
  return {};
}
export type LayananPengaduanService = ReturnType<typeof createLayananPengaduanService>;
