import path from 'node:path';
import { z } from 'zod';

/**
 * Runtime configuration, read once from environment variables and validated with zod.
 * A wrong value stops the start with a message naming the variable (see {@link loadConfig}).
 * Development defaults are allowed; `NODE_ENV=production` requires SESSION_SECRET and DATA_KEY.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Directory for the embedded database (PGlite) and uploads. */
    DATA_DIR: z.string().min(1).default('./data'),
    /** postgres://… switches from PGlite to a PostgreSQL server. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'harus diawali postgres:// atau postgresql://')
      .optional(),
    /** Optional schema on the PostgreSQL server (used by tests to run isolated). */
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'hanya huruf kecil, angka dan _')
      .optional(),
    /** Secret for keyed hashes (rate-limit fingerprints, tokens). ≥ 32 chars in production. */
    SESSION_SECRET: z.string().min(32, 'minimal 32 karakter').optional(),
    /** Session lifetime in hours. */
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    /** Serve cookies with the Secure flag (default: when PUBLIC_URL starts with https). */
    COOKIE_SECURE: bool.optional(),
    /**
     * Which proxies may set X-Forwarded-For (the client IP used by rate limits): `loopback` (a reverse
     * proxy on the same host, default), `false` (direct), or a comma list of addresses/CIDRs.
     */
    TRUST_PROXY: z
      .string()
      .default('loopback')
      .transform((v): boolean | string => (v === 'false' ? false : v === 'true' ? true : v)),
    PUBLIC_URL: z.string().url('harus URL lengkap, mis. https://sikap.tanjungbalaikota.go.id').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Seed the Tanjungbalai demo data when the database is empty (default true outside production). */
    SEED_DEMO: bool.optional(),
    /** argon2id cost: memory in KiB and iterations. Tests lower them; never lower in production. */
    ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
    ARGON2_ITERATIONS: z.coerce.number().int().min(1).default(2),
    /** Login attempts allowed per IP per minute. */
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    /** Open-link survey responses accepted per respondent fingerprint per survey per day. */
    SKM_MAX_PER_HARI: z.coerce.number().int().min(1).default(3),
    /**
     * k-anonymity batch size of SKM results (ADR 0005): while a survey is not `ditutup`, every result,
     * export and publication counts only the first floor(n/K)·K responses, so two observations always
     * differ by a multiple of K responses. 1 turns batching off (tests only).
     */
    SKM_AMBANG_ANONIM: z.coerce.number().int().min(1).default(10),
    /**
     * Open-link survey responses accepted per IP per survey per day (whatever the user agent). High on
     * purpose: a service office's Wi-Fi puts many real citizens behind one IP.
     */
    SKM_MAX_PER_IP_HARI: z.coerce.number().int().min(1).default(300),
    /**
     * Key for personal data at rest (NIK, phone numbers: AES-256-GCM) and their keyed look-up hashes
     * (HMAC-SHA256). ≥ 32 characters; required in production; never change it without re-encrypting.
     */
    DATA_KEY: z.string().min(32, 'minimal 32 karakter').optional(),
    /** Notification delivery: `log` (default; writes masked lines to the log) or `http` (WhatsApp/SMS gateway). */
    NOTIFIKASI_ADAPTER: z.enum(['log', 'http']).default('log'),
    /** Gateway endpoint for NOTIFIKASI_ADAPTER=http: receives POST JSON {to, channel, text, idempotencyKey}. */
    NOTIFIKASI_HTTP_URL: z.string().url('harus URL lengkap, mis. https://gateway.example/kirim').optional(),
    /** Bearer token for the gateway. */
    NOTIFIKASI_HTTP_TOKEN: z.string().min(1).optional(),
    /** How often the delivery worker looks for due messages, milliseconds (0 = worker off, e.g. tests). */
    NOTIFIKASI_INTERVAL_MS: z.coerce.number().int().min(0).default(2000),
    /** Maximum delivery attempts before a message is marked gagal. */
    NOTIFIKASI_MAKS_PERCOBAAN: z.coerce.number().int().min(1).max(50).default(8),
    /**
     * Lifetime of the per-process cache of the citizen's ticket view, ms (0 = off). Events of the lokasi
     * empty it at once; this bounds staleness if an event is lost. Default 1000.
     */
    ANTRIAN_CACHE_TIKET_MS: z.coerce.number().int().min(0).max(10_000).default(1000),
    /** Run scheduled jobs (expiry of missed bookings, reminders) in this process (default true). */
    JOBS: bool.optional(),
    /** Concurrent live (SSE) streams one client IP may hold in this process; more get 429 (default 20). */
    SSE_MAKS_PER_IP: z.coerce.number().int().min(1).default(20),
    /** Concurrent live (SSE) streams per process, all routes together; more get 429 (default 2000). */
    SSE_MAKS_TOTAL: z.coerce.number().int().min(1).default(2000),
    /** Largest accepted upload (permohonan persyaratan, complaint photo), megabytes (default 5). */
    LAYANAN_MAKS_BERKAS_MB: z.coerce.number().int().min(1).max(50).default(5),
    /** Most files in one permohonan submission (default 12). */
    LAYANAN_MAKS_JUMLAH_BERKAS: z.coerce.number().int().min(1).max(50).default(12),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'wajib diisi di production' });
    }
    if (c.NODE_ENV === 'production' && !c.DATA_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DATA_KEY'], message: 'wajib diisi di production (kunci enkripsi NIK dan nomor telepon)' });
    }
    if (c.NOTIFIKASI_ADAPTER === 'http' && !c.NOTIFIKASI_HTTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['NOTIFIKASI_HTTP_URL'], message: 'wajib diisi bila NOTIFIKASI_ADAPTER=http' });
    }
  });

export type EnvConfig = z.infer<typeof ConfigSchema>;

export type Config = EnvConfig & {
  sessionSecret: string;
  /** DATA_KEY, or a development key derived from the session secret. */
  dataKey: string;
  jobs: boolean;
  /** DATA_DIR/uploads: uploaded files (outside the web root). */
  uploadsDir: string;
  cookieSecure: boolean;
  seedDemo: boolean;
  databaseKind: 'pglite' | 'postgresql';
};

export class ConfigError extends Error {
  constructor(public readonly problems: Array<{ variable: string; message: string }>) {
    super(
      'Konfigurasi tidak valid:\n' +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const DEV_SECRET = 'sikap-development-secret-do-not-use-in-production';

/**
 * Parses and validates configuration from `env` (default `process.env`).
 * @throws {ConfigError} listing every invalid variable by name.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = ConfigSchema.safeParse(clean);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), message: i.message })),
    );
  }
  const c = parsed.data;
  return {
    ...c,
    sessionSecret: c.SESSION_SECRET ?? DEV_SECRET,
    dataKey: c.DATA_KEY ?? `dev-data-key:${c.SESSION_SECRET ?? DEV_SECRET}`,
    jobs: c.JOBS ?? true,
    uploadsDir: path.resolve(c.DATA_DIR, 'uploads'),
    cookieSecure: c.COOKIE_SECURE ?? (c.PUBLIC_URL?.startsWith('https://') ?? false),
    seedDemo: c.SEED_DEMO ?? c.NODE_ENV !== 'production',
    databaseKind: c.DATABASE_URL ? 'postgresql' : 'pglite',
  };
}
