/**
 * The name of the unique constraint/index a PostgreSQL error violated (SQLSTATE 23505), or null.
 * Works for both drivers (pg and PGlite) and for drizzle's DrizzleQueryError wrapper (`cause`).
 * Used to turn a race past a service's pre-check into a 409 instead of a 500.
 */
export function pelanggaranUnik(err: unknown): string | null {
  for (let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined, i = 0; e && i < 3; e = e.cause as typeof e, i++) {
    if (e.code === '23505') return e.constraint ?? '';
  }
  return null;
}
