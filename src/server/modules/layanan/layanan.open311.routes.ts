import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** Placeholder, replaced by the Open311 GeoReport v2 routes (registered with prefix /open311/v2). */
export async function open311Routes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
