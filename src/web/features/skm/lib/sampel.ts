import { sampelKrejcieMorgan } from '../../../../domain/skm/sampel.ts';

/**
 * Krejcie–Morgan target sample (pelayanan.md §1.5) for a populasi as typed in a NumberInput,
 * or null when it is empty or not a whole number ≥ 0.
 */
export function targetSampel(populasi: number | string | null | undefined): number | null {
  if (typeof populasi !== 'number' || !Number.isSafeInteger(populasi) || populasi < 0) return null;
  return sampelKrejcieMorgan(populasi);
}
