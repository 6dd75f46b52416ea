import type { LayananDeps } from './layanan.deps.ts';

/** Placeholder, replaced by the permohonan service. */
export function createLayananPermohonanService(deps: LayananDeps) {
  void deps;
  return {};
}
export type LayananPermohonanService = ReturnType<typeof createLayananPermohonanService>;
