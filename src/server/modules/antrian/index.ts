/** Module `antrian`: the online queue (pelayanan.md §3). Other modules import only from here. */
import type { AntrianDeps } from './antrian.deps.ts';
import { createAntrianSetupService } from './antrian.setup.service.ts';
import { createAntrianTiketService } from './antrian.tiket.service.ts';
import { createAntrianLoketService } from './antrian.loket.service.ts';
import { createAntrianStatistikService } from './antrian.statistik.service.ts';

export type { AntrianDeps } from './antrian.deps.ts';
export { antrianSetupRoutes } from './antrian.setup.routes.ts';
export { antrianTiketRoutes } from './antrian.tiket.routes.ts';
export { antrianLoketRoutes } from './antrian.loket.routes.ts';
export { antrianStatistikRoutes } from './antrian.statistik.routes.ts';

/** The antrian services: set-up (admin), tiket (booking, walk-in, check-in, citizen view), loket (counter console, board), statistik. */
export function createAntrianService(deps: AntrianDeps) {
  const setup = createAntrianSetupService(deps);
  return {
    setup,
    tiket: createAntrianTiketService(deps),
    // The board's device token is checked by the set-up service that issues it (one check, not two).
    loket: createAntrianLoketService({ ...deps, verifikasiTokenLayar: setup.verifikasiTokenLayar }),
    statistik: createAntrianStatistikService(deps),
  };
}
export type AntrianService = ReturnType<typeof createAntrianService>;
