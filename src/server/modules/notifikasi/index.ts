/** Module `notifikasi`: the outbox of messages to citizens and staff. Other modules import only from here. */
export {
  createNotifikasiService, TEMPLAT_NOTIFIKASI, type NotifikasiService, type PesanBaru, type TemplatNotifikasi,
} from './notifikasi.service.ts';
export { notifikasiRoutes } from './notifikasi.routes.ts';
