import { fieldRencana } from '../../../../contracts/kinerja-skp.ts';
import { ApiError } from '../../../lib/api.ts';

/**
 * A field path of a problem+json answer in the one form the SKP editor uses: `rhk[1].indikator[0].targetSatuan`.
 * The server names fields two ways — the domain's submit rules write `rhk[1].indikator[0].targetSatuan`, the
 * request-schema validation writes `body.rhk.1.indikator.0.targetSatuan` — both map to the same key.
 */
export function normalisasiPath(field: string): string {
  return fieldRencana(field.replace(/^(query|params)\./, ''));
}

/** Field → message of an API error (first message per field wins); empty for other errors. */
export function galatPerField(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(e instanceof ApiError)) return out;
  for (const g of e.problem.errors ?? []) {
    const k = normalisasiPath(g.field);
    if (!(k in out)) out[k] = g.message;
  }
  return out;
}

/**
 * Messages of fields the form does not show next to an input (e.g. `rhk` — "minimal satu RHK utama" — or a
 * path of an item that no longer exists), so they are listed at the top instead of being lost.
 * `ditampilkan`: the paths the editor shows (lib/form.ts `fieldTampil`).
 */
export function galatTanpaTempat(galat: Record<string, string>, ditampilkan: ReadonlySet<string>): string[] {
  return Object.entries(galat).filter(([k]) => !ditampilkan.has(k)).map(([, m]) => m);
}

/** 409 REVISI_USANG: someone saved the SKP since it was loaded — the page offers "Muat ulang". */
export const isRevisiUsang = (e: unknown) => e instanceof ApiError && e.status === 409 && e.problem.code === 'REVISI_USANG';
