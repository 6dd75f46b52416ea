/** Module `skm`: Survei Kepuasan Masyarakat. Other modules import only from here. */
export {
  createSkmService, createUndangan, KonteksUndanganSchema, UndanganBaruSchema, periodeSurvei,
  type KonteksUndangan, type SkmService, type UndanganBaru,
} from './skm.service.ts';
export { skmRoutes } from './skm.routes.ts';
export { SkmErrors } from './skm.errors.ts';
