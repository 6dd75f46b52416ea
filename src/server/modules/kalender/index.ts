/** Module `kalender`: the working-day calendar shared by the whole system. Other modules import only from here. */
export { createKalenderService, ensureHariLibur, type KalenderService, type HariLiburInfo } from './kalender.service.ts';
export { bacaHariLiburBawaan, type HariLiburBawaan } from './kalender.data.ts';
export { kalenderRoutes } from './kalender.routes.ts';
