import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** Placeholder, replaced by the permohonan routes. */
export async function layananPermohonanRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
