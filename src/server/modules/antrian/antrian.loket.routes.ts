import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** STUB — implemented by the antrian-loket work package. */
export async function antrianLoketRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
