import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app.ts';

/** /api/v1/org/pegawai/impor… routes (placeholder until implemented). */
export async function pegawaiImportRoutes(app: FastifyInstance, opts: { services: Services }) {
  void app; void opts;
}
