import type { FastifyReply, FastifyRequest } from 'fastify';
import { defineErrors } from './app-error.ts';

/** Interval of the keep-alive comment, ms (proxies close idle connections after ~30–60 s). */
export const SSE_PING_MS = 20_000;
/** Reconnection delay the browser's EventSource is told to use, ms. */
export const SSE_RETRY_MS = 3_000;

/** Default of SSE_MAKS_PER_IP: concurrent streams one client IP may hold (a board, a few phones, consoles). */
export const SSE_MAKS_PER_IP = 20;
/** Default of SSE_MAKS_TOTAL: concurrent streams per process (each costs a socket, buffers and a subscriber). */
export const SSE_MAKS_TOTAL = 2_000;

export const SseErrors = defineErrors({
  /** 429: the per-IP or per-process cap of live streams is reached (answered before the stream opens). */
  SSE_TERLALU_BANYAK: ['TERLALU_BANYAK', 'Terlalu banyak koneksi langsung dari alamat ini. Tutup tab atau layar lain, lalu coba lagi.'],
});

/**
 * Caps on concurrent SSE streams of one process: at most `maksPerIp` per client IP (`req.ip`, so behind
 * a reverse proxy TRUST_PROXY must be right) and `maksTotal` in all. One instance per app (services.sse),
 * shared by every stream route (public lokasi, display board, counter console).
 */
export interface PembatasSse {
  /**
   * Takes one slot for `ip`; returns the function that gives it back (idempotent).
   * @throws SSE_TERLALU_BANYAK (429) when a cap is reached
   */
  ambil(ip: string): () => void;
  /** Open streams: total and per IP (for tests and /health). */
  jumlah(ip?: string): number;
}

export function createPembatasSse(opts: { maksPerIp?: number; maksTotal?: number } = {}): PembatasSse {
  const maksPerIp = opts.maksPerIp ?? SSE_MAKS_PER_IP;
  const maksTotal = opts.maksTotal ?? SSE_MAKS_TOTAL;
  const perIp = new Map<string, number>();
  let total = 0;
  return {
    ambil(ip) {
      const n = perIp.get(ip) ?? 0;
      if (n >= maksPerIp) throw SseErrors.SSE_TERLALU_BANYAK();
      if (total >= maksTotal) throw SseErrors.SSE_TERLALU_BANYAK('Terlalu banyak koneksi langsung ke server saat ini. Coba lagi beberapa saat lagi.');
      perIp.set(ip, n + 1);
      total++;
      let dilepas = false;
      return () => {
        if (dilepas) return;
        dilepas = true;
        total--;
        const sisa = (perIp.get(ip) ?? 1) - 1;
        if (sisa > 0) perIp.set(ip, sisa);
        else perIp.delete(ip);
      };
    },
    jumlah: (ip) => (ip === undefined ? total : perIp.get(ip) ?? 0),
  };
}

export type OpsiSse = {
  /** Keep-alive interval, ms (default {@link SSE_PING_MS}). */
  pingMs?: number;
  /** Caps checked BEFORE the response switches to event-stream (429 problem+json when full). */
  pembatas?: PembatasSse;
  /**
   * Re-checked at every ping: resolve `false` (e.g. a revoked device token) and the stream is closed.
   * A rejection (database briefly unavailable) keeps the stream; the next ping checks again.
   */
  masihBerlaku?: () => Promise<boolean>;
};

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
 * With `pembatas` a slot is taken first (released on close); with `masihBerlaku` each ping re-checks
 * the authorisation and closes the stream when it is gone.
 * @throws SSE_TERLALU_BANYAK (429) before anything is written, when `pembatas` is full
 */
export function bukaSse(req: FastifyRequest, reply: FastifyReply, opts: OpsiSse = {}): SseStream {
  const lepas = opts.pembatas?.ambil(req.ip);
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
  const callbacks: Array<() => void> = lepas ? [lepas] : [];
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
  const tutup = () => {
    if (tertutup) return;
    res.end();
    akhiri();
  };
  const ping = setInterval(() => {
    tulis(': ping\n\n');
    opts.masihBerlaku?.().then((ok) => { if (!ok) tutup(); }, () => undefined);
  }, opts.pingMs ?? SSE_PING_MS);
  ping.unref?.();
  res.on('close', akhiri);
  res.on('error', akhiri);
  tulis(`retry: ${SSE_RETRY_MS}\n: terhubung\n\n`);
  return {
    kirim: (nama, data) => tulis(formatEvent(nama, data)),
    komentar: (teks) => tulis(`: ${teks.replace(/[\r\n]/g, ' ')}\n\n`),
    tutup,
    saatTutup(cb) {
      if (tertutup) cb();
      else callbacks.push(cb);
    },
    get tertutup() {
      return tertutup;
    },
  };
}
