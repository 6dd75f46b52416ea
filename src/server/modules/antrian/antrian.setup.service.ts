import type { AntrianDeps } from './antrian.deps.ts';

/** STUB — implemented by the antrian-setup work package. */
export function createAntrianSetupService(deps: AntrianDeps) {
  void deps;
  return {};
}
