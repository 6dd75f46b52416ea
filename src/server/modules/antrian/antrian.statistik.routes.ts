import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** STUB — implemented by the antrian-statistik work package. */
export async function antrianStatistikRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
