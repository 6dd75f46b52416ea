import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** Placeholder, replaced by the katalog routes. */
export async function layananKatalogRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
