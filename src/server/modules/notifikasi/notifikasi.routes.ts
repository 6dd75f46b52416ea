import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** /api/v1/notifikasi/… — STUB, implemented by the notifikasi work package. */
export async function notifikasiRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
