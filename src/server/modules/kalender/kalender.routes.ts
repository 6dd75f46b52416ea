import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** /api/v1/kalender/… — STUB, implemented by the kalender work package. */
export async function kalenderRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
