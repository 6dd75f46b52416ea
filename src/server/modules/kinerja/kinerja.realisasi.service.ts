import type { KinerjaDeps } from './kinerja.deps.ts';

/** PLACEHOLDER (scaffold): the kinerja realisasi use cases — replaced by the implementation. */
export function createKinerjaRealisasiService(deps: KinerjaDeps) {
  void deps;
  return {};
}
export type KinerjaRealisasiService = ReturnType<typeof createKinerjaRealisasiService>;
