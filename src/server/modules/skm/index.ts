/** Module `skm`: Survei Kepuasan Masyarakat. Other modules import only from here. */
export { createSkmService, type SkmService } from './skm.service.ts';
export { skmRoutes } from './skm.routes.ts';
