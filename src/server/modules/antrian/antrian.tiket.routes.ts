import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** STUB — implemented by the antrian-tiket work package. */
export async function antrianTiketRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
