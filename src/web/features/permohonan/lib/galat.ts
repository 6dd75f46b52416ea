import { ApiError } from '../../../lib/api.ts';

/**
 * Per-field messages of a problem+json answer, keyed the way the forms name their fields:
 * 'body.data.pemohon.nik' / 'data.pemohon.nik' → 'pemohon.nik'; 'berkas.ktp' stays 'berkas.ktp'.
 * The first message per field wins.
 */
export function galatPerField(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(e instanceof ApiError)) return out;
  for (const g of e.problem.errors ?? []) {
    const k = g.field.replace(/^(body|query|params)\./, '').replace(/^data\./, '');
    if (!(k in out)) out[k] = g.message;
  }
  return out;
}

/** True for the 409 of a stale `revisi` or a refused transition (the page offers "Muat ulang"). */
export const isKonflik = (e: unknown) => e instanceof ApiError && e.status === 409;
