import { ApiError } from './api.ts';

/**
 * Field errors of problem+json answers for forms (shared by the features; web features do not import each
 * other). Per-field messages keyed the way the forms name their fields: 'body.alasanPredikat' →
 * 'alasanPredikat', 'params.ke' → 'ke', 'querystring.opdId' → 'opdId'. The first message per field wins.
 */
export function galatPerField(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(e instanceof ApiError)) return out;
  for (const g of e.problem.errors ?? []) {
    const k = g.field.replace(/^(body|querystring|query|params)\./, '');
    if (!(k in out)) out[k] = g.message;
  }
  return out;
}

/** True for a 409 (stale `revisi`, a locked or automatic figure, a refused transition). */
export const isKonflik = (e: unknown) => e instanceof ApiError && e.status === 409;

/**
 * The message of an error that no field of the form shows: null when every field error of a 400 is shown
 * at its field (`tampil` = the form's field names), else the server's detail.
 */
export function galatUmum(e: unknown, tampil: readonly string[]): string | null {
  if (!e) return null;
  if (!(e instanceof ApiError)) return e instanceof Error ? e.message : String(e);
  const f = Object.keys(galatPerField(e));
  if (e.status === 400 && f.length > 0 && f.every((k) => tampil.includes(k))) return null;
  return e.message;
}
