import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** /api/v1/skm/… routes. */
export async function skmRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
