import type { KinerjaDeps } from './kinerja.deps.ts';

/** PLACEHOLDER (scaffold): the kinerja dokumen use cases — replaced by the implementation. */
export function createKinerjaDokumenService(deps: KinerjaDeps) {
  void deps;
  return {};
}
export type KinerjaDokumenService = ReturnType<typeof createKinerjaDokumenService>;
