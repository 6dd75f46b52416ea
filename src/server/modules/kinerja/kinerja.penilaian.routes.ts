import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** PLACEHOLDER (scaffold): /api/v1/kinerja… routes of the penilaian part — replaced by the implementation. */
export async function kinerjaPenilaianRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app;
  void opts;
}
