import type { FastifyReply, FastifyRequest } from 'fastify';
import { bukaSse } from '../../lib/sse.ts';
import type { AntrianLoketService } from './antrian.loket.service.ts';

/**
 * Relays a lokasi's live events (`panggil`, `antrean`, `tiket`; contracts/antrian-loket.ts) to an SSE
 * stream until the client leaves, then unsubscribes. Used by the console, the public lokasi stream and
 * the display board.
 */
export function alirkanLokasi(svc: AntrianLoketService, req: FastifyRequest, reply: FastifyReply, lokasiId: number): void {
  const sse = bukaSse(req, reply);
  sse.saatTutup(svc.dengarkan(lokasiId, (p) => sse.kirim(p.event, p.data)));
}
