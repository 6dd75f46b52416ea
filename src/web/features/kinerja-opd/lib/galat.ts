import { ApiError } from '../../../lib/api.ts';

/**
 * Per-field messages of a problem+json answer keyed by the form's field name: 'body.alasan' → 'alasan',
 * 'query.opdId' → 'opdId'. The first message per field wins.
 */
export function galatPerField(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(e instanceof ApiError)) return out;
  for (const g of e.problem.errors ?? []) {
    const k = g.field.replace(/^(body|query|params)\./, '');
    if (!(k in out)) out[k] = g.message;
  }
  return out;
}

/** True for a 409 (a refused change, e.g. the period kind of a year that already has ratings). */
export const isKonflik = (e: unknown) => e instanceof ApiError && e.status === 409;
