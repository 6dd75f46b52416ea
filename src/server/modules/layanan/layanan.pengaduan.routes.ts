import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** Placeholder, replaced by the pengaduan routes. */
export async function layananPengaduanRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
