/** Module `kalender`: the working-day calendar shared by the whole system. Other modules import only from here. */
export { createKalenderService, type KalenderService, type HariLiburInfo } from './kalender.service.ts';
export { kalenderRoutes } from './kalender.routes.ts';
