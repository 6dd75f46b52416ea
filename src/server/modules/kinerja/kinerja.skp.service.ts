import type { KinerjaDeps } from './kinerja.deps.ts';

/** PLACEHOLDER (scaffold): the kinerja skp use cases — replaced by the implementation. */
export function createKinerjaSkpService(deps: KinerjaDeps) {
  void deps;
  return {};
}
export type KinerjaSkpService = ReturnType<typeof createKinerjaSkpService>;
