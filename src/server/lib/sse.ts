import type { FastifyReply, FastifyRequest } from 'fastify';

/** Interval of the keep-alive comment, ms (proxies close idle connections after ~30–60 s). */
export const SSE_PING_MS = 20_000;
/** Reconnection delay the browser's EventSource is told to use, ms. */
export const SSE_RETRY_MS = 3_000;

export interface SseStream {
  /** Sends one event: `event: <nama>` + `data: <JSON>`. No-op after close. */
  kirim(nama: string, data: unknown): void;
  /** Sends a comment line (`: teks`), ignored by EventSource; used for pings. */
  komentar(teks: string): void;
  /** Ends the stream (server side). */
  tutup(): void;
  /** Runs `cb` once when the stream ends (client gone or {@link tutup}). */
  saatTutup(cb: () => void): void;
  readonly tertutup: boolean;
}

/** One SSE frame. Data is JSON on one line (JSON.stringify never emits raw newlines). */
export function formatEvent(nama: string, data: unknown): string {
  return `event: ${nama.replace(/[\r\n]/g, '')}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Opens a Server-Sent Events stream on a Fastify request (WHATWG HTML §9.2). The reply is hijacked and
 * written to the raw socket directly, so no serializer, compression or onSend hook buffers it. Headers:
 * `content-type: text/event-stream`, `cache-control: no-cache, no-transform`, `x-accel-buffering: no`
 * (nginx), `connection: keep-alive`. A comment ping every `pingMs` (default 20 s) keeps proxies from
 * closing an idle stream; when the client disconnects every `saatTutup` callback runs (unsubscribe).
 */
export function bukaSse(req: FastifyRequest, reply: FastifyReply, opts: { pingMs?: number } = {}): SseStream {
  reply.hijack();
  const res = reply.raw;
  // Headers already set on the reply (helmet's security headers) are copied onto the raw response.
  for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) res.setHeader(k, v as string);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  req.raw.socket?.setNoDelay(true);
  let tertutup = false;
  const callbacks: Array<() => void> = [];
  const tulis = (s: string) => {
    if (!tertutup) res.write(s);
  };
  const akhiri = () => {
    if (tertutup) return;
    tertutup = true;
    clearInterval(ping);
    for (const cb of callbacks.splice(0)) {
      try {
        cb();
      } catch {
        /* one failing cleanup must not block the others */
      }
    }
  };
  const ping = setInterval(() => tulis(': ping\n\n'), opts.pingMs ?? SSE_PING_MS);
  ping.unref?.();
  res.on('close', akhiri);
  res.on('error', akhiri);
  tulis(`retry: ${SSE_RETRY_MS}\n: terhubung\n\n`);
  return {
    kirim: (nama, data) => tulis(formatEvent(nama, data)),
    komentar: (teks) => tulis(`: ${teks.replace(/[\r\n]/g, ' ')}\n\n`),
    tutup() {
      if (tertutup) return;
      res.end();
      akhiri();
    },
    saatTutup(cb) {
      if (tertutup) cb();
      else callbacks.push(cb);
    },
    get tertutup() {
      return tertutup;
    },
  };
}
