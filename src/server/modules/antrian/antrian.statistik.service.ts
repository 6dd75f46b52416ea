import type { AntrianDeps } from './antrian.deps.ts';

/** STUB — implemented by the antrian-statistik work package. */
export function createAntrianStatistikService(deps: AntrianDeps) {
  void deps;
  return {};
}
