import { akhir } from '../../lib/data-pribadi.ts';

/**
 * Delivery adapters of the outbox (ADR 0009): how one rendered message leaves SIKAP. The worker decides
 * retries; an adapter only reports what happened.
 */

/** One message to send. `tujuan` is the decrypted phone number: never log it in full. */
export type PesanKeluar = {
  /** The outbox `kunci`, passed to the gateway as idempotency key (a re-send after a crash is deduplicated). */
  kunci: string;
  kanal: 'whatsapp' | 'sms';
  tujuan: string;
  teks: string;
};

/**
 * The outcome: sent (with the gateway's id when it gave one), or failed — `permanen` failures are not
 * retried (the gateway refused the message itself), others are retried with backoff.
 */
export type HasilKirim =
  | { ok: true; idPenyedia: string | null }
  | { ok: false; permanen: boolean; galat: string };

export interface AdapterNotifikasi {
  readonly nama: 'log' | 'http';
  kirim(p: PesanKeluar): Promise<HasilKirim>;
}

/** The part of a pino/Fastify logger the notification module uses. */
export interface Pencatat {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A logger for callers without one (CLI, scripts): one JSON line per entry on stdout/stderr. */
export const pencatatKonsol: Pencatat = {
  info: (obj, msg) => console.log(JSON.stringify({ level: 'info', ...obj, msg })),
  warn: (obj, msg) => console.warn(JSON.stringify({ level: 'warn', ...obj, msg })),
  error: (obj, msg) => console.error(JSON.stringify({ level: 'error', ...obj, msg })),
};

/**
 * `log` adapter (default, NOTIFIKASI_ADAPTER=log): writes one structured line per message — the phone
 * masked to its last 4 digits, the template key and the rendered text — and reports it as sent. For
 * development, demos and offices without a gateway yet.
 */
export function createLogAdapter(log: Pencatat): AdapterNotifikasi {
  return {
    nama: 'log',
    async kirim(p) {
      log.info({ notifikasi: { kunci: p.kunci, kanal: p.kanal, tujuan: `…${akhir(p.tujuan)}`, teks: p.teks } }, 'notifikasi (adapter log)');
      return { ok: true, idPenyedia: null };
    },
  };
}

export type OpsiHttp = {
  url: string;
  token?: string;
  /** Per request, milliseconds (default 10 000). */
  timeoutMs?: number;
};

/** Shortens a gateway answer for `galatTerakhir` (the admin list), without line breaks. */
const ringkas = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 300);

/**
 * `http` adapter (NOTIFIKASI_ADAPTER=http): POST JSON `{ to, channel, text, idempotencyKey }` to the
 * gateway with `authorization: Bearer <token>`, timeout 10 s.
 * - 2xx → sent; `id` (string or number) of a JSON answer becomes `idPenyedia`.
 * - 4xx other than 408/429 → permanent failure (the gateway refused this message: bad number, template…).
 * - 5xx, 408, 429, timeout, network error → retryable failure.
 */
export function createHttpAdapter(opts: OpsiHttp): AdapterNotifikasi {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return {
    nama: 'http',
    async kirim(p) {
      let res: Response;
      try {
        res = await fetch(opts.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          },
          body: JSON.stringify({ to: p.tujuan, channel: p.kanal, text: p.teks, idempotencyKey: p.kunci }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        const waktuHabis = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
        return { ok: false, permanen: false, galat: waktuHabis ? `Gateway tidak menjawab dalam ${timeoutMs / 1000} detik` : `Gateway tidak dapat dihubungi: ${ringkas(String((e as Error).cause ?? e))}` };
      }
      const isi = await res.text().catch(() => '');
      if (res.ok) return { ok: true, idPenyedia: idDari(isi) };
      const dapatDiulang = res.status >= 500 || res.status === 429 || res.status === 408;
      return { ok: false, permanen: !dapatDiulang, galat: ringkas(`HTTP ${res.status}${isi ? `: ${isi}` : ''}`) };
    },
  };
}

/** The `id` of a gateway's JSON answer, if any. */
function idDari(isi: string): string | null {
  try {
    const j = JSON.parse(isi) as { id?: unknown };
    return typeof j?.id === 'string' || typeof j?.id === 'number' ? String(j.id) : null;
  } catch {
    return null;
  }
}
