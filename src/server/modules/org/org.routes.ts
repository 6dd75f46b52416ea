import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** /api/v1/org/… routes. */
export async function orgRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
