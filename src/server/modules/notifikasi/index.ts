/** Module `notifikasi`: the outbox of messages to citizens and staff. Other modules import only from here. */
export {
  createNotifikasiService, TEMPLAT_NOTIFIKASI, type NotifikasiService, type OpsiPengiriman, type PesanBaru, type TemplatNotifikasi,
} from './notifikasi.service.ts';
export {
  createHttpAdapter, createLogAdapter, type AdapterNotifikasi, type HasilKirim, type Pencatat, type PesanKeluar,
} from './notifikasi.adapter.ts';
export { renderPesan } from './notifikasi.templat.ts';
export { notifikasiRoutes } from './notifikasi.routes.ts';
