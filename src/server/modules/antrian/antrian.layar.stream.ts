import type { FastifyReply, FastifyRequest } from 'fastify';
import { bukaSse, type OpsiSse } from '../../lib/sse.ts';
import type { AntrianLoketService } from './antrian.loket.service.ts';

/**
 * Relays a lokasi's live events (`panggil`, `antrean`, `tiket`; contracts/antrian-loket.ts) to an SSE
 * stream until the client leaves, then unsubscribes. Used by the console, the public lokasi stream and
 * the display board. Every caller passes the app's caps (`services.sse`: 429 before the stream opens
 * when an IP or the process holds too many); the board also passes `masihBerlaku` so a revoked device
 * token loses its stream at the next ping (ADR 0008).
 * @throws SSE_TERLALU_BANYAK (429)
 */
export function alirkanLokasi(svc: AntrianLoketService, req: FastifyRequest, reply: FastifyReply, lokasiId: number, opsi: OpsiSse): void {
  const sse = bukaSse(req, reply, opsi);
  sse.saatTutup(svc.dengarkan(lokasiId, (p) => sse.kirim(p.event, p.data)));
}
