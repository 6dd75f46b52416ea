import type { AntrianDeps } from './antrian.deps.ts';

/** STUB — implemented by the antrian-tiket work package. */
export function createAntrianTiketService(deps: AntrianDeps) {
  void deps;
  return {};
}
