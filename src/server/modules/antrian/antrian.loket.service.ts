import type { AntrianDeps } from './antrian.deps.ts';

/** STUB — implemented by the antrian-loket work package. */
export function createAntrianLoketService(deps: AntrianDeps) {
  void deps;
  return {};
}
