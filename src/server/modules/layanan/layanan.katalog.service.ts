import type { LayananDeps } from './layanan.deps.ts';

/** Placeholder, replaced by the katalog service. */
export function createLayananKatalogService(deps: LayananDeps) {
  void deps;
  return {};
}
export type LayananKatalogService = ReturnType<typeof createLayananKatalogService>;
