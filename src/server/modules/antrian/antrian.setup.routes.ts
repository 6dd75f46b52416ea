import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** STUB — implemented by the antrian-setup work package. */
export async function antrianSetupRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
