/**
 * Errors with a code, mapped to HTTP status in one place (plugins/errors.ts), rendered as
 * RFC 9457 problem+json. Modules define their own codes in `<module>.errors.ts` via {@link defineErrors}.
 */
export type FieldError = { field: string; message: string };

export const HTTP_STATUS = {
  VALIDASI: 400,
  TIDAK_TERAUTENTIKASI: 401,
  DILARANG: 403,
  TIDAK_DITEMUKAN: 404,
  KONFLIK: 409,
  /** The resource existed but can no longer be used (e.g. a used or expired invitation). */
  KEDALUWARSA: 410,
  TERLALU_BANYAK: 429,
  TIDAK_DAPAT_DIPROSES: 422,
} as const;
export type ErrorKind = keyof typeof HTTP_STATUS;

export class AppError extends Error {
  constructor(
    /** Machine-readable code, e.g. `SKM_TOKEN_TERPAKAI`. */
    public readonly code: string,
    public readonly kind: ErrorKind,
    /** A message a person understands (Bahasa Indonesia). */
    message: string,
    public readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return HTTP_STATUS[this.kind];
  }
}

/**
 * Declares a module's error codes once: `const E = defineErrors({ X: ['KONFLIK', 'pesan'] })`, then
 * `throw E.X()` or `throw E.X('pesan khusus', [{ field, message }])`.
 */
export function defineErrors<T extends Record<string, readonly [ErrorKind, string]>>(defs: T) {
  const out = {} as { [K in keyof T]: (message?: string, errors?: FieldError[]) => AppError };
  for (const [code, [kind, msg]] of Object.entries(defs)) {
    (out as Record<string, unknown>)[code] = (message?: string, errors?: FieldError[]) =>
      new AppError(code, kind, message ?? msg, errors);
  }
  return out;
}

/** Common errors used across modules. */
export const CommonErrors = defineErrors({
  VALIDASI: ['VALIDASI', 'Data yang dikirim tidak valid.'],
  TIDAK_TERAUTENTIKASI: ['TIDAK_TERAUTENTIKASI', 'Silakan masuk terlebih dahulu.'],
  DILARANG: ['DILARANG', 'Anda tidak memiliki akses untuk tindakan ini.'],
  /** Route-level RBAC refusal: the account's roles do not hold the route's permission. */
  PERAN_TIDAK_CUKUP: ['DILARANG', 'Peran Anda tidak memiliki akses untuk tindakan ini.'],
  TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Data tidak ditemukan.'],
  CSRF: ['DILARANG', 'Token keamanan (CSRF) tidak valid. Muat ulang halaman lalu coba lagi.'],
});
