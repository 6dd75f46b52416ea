import { ApiError } from '../../../lib/api.ts';

/** Field → message of a failed mutation (server field errors such as body.prefix → prefix), for `error=` props. */
export function galatField(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

/** The general error text when the server gave no field errors (to show once above the buttons). */
export function galatUmum(error: unknown): string | null {
  if (!error) return null;
  return Object.keys(galatField(error)).length ? null : error instanceof Error ? error.message : String(error);
}
