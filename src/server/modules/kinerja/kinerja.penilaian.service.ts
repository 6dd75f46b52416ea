import type { KinerjaDeps } from './kinerja.deps.ts';

/** PLACEHOLDER (scaffold): the kinerja penilaian use cases — replaced by the implementation. */
export function createKinerjaPenilaianService(deps: KinerjaDeps) {
  void deps;
  return {};
}
export type KinerjaPenilaianService = ReturnType<typeof createKinerjaPenilaianService>;
