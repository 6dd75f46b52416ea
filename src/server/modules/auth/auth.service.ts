import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/auth.ts';
import { queryRows, type Db, type DbOrTx } from '../../db/client.ts';
import { hashPassword as argon2Hash, verifyPassword } from '../../lib/password.ts';
import { hashToken, type AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import { AuthErrors } from './auth.errors.ts';
import { akun, sesi } from './auth.table.ts';

export type AuthOptions = {
  argon2: { memoryCost: number; timeCost: number };
  sessionTtlHours: number;
  /** Unit names for the account's OPD (org.getUnitNames; passed in so auth does not read org's tables). */
  unitNames?: (ids: number[]) => Promise<Map<number, string>>;
};

const MAX_GAGAL = 5;
const KUNCI_MENIT = 15;

/**
 * Accounts and sessions (module `auth`). Passwords are argon2id (`@node-rs/argon2`); sessions live in
 * the database so any server process can serve any request (DESIGN.md §6).
 */
export function createAuthService(db: Db, opts: AuthOptions) {
  const hashPassword = (password: string) => argon2Hash(password, opts.argon2);

  // Failed attempts on names that do not exist are counted in memory, so an unknown name locks exactly
  // like a real account (the answers do not reveal which NIPs exist). Per process; bounded.
  const gagalTanpaAkun = new Map<string, { n: number; sampai: number }>();

  /**
   * Verifies NIP/username + password and opens a session.
   * @returns the cookie token (random, 32 bytes base64url) and its expiry.
   * @throws AuthErrors.LOGIN_GAGAL | AKUN_TERKUNCI | AKUN_NONAKTIF
   */
  async function login(input: { username: string; password: string; userAgent?: string }, now = new Date()) {
    const username = input.username.replace(/[\s.]/g, '') || input.username;
    const [a] = await db.select().from(akun).where(eq(akun.username, username)).limit(1);
    if (!a) {
      // Same cost as a real check, so timing does not reveal whether the account exists.
      await verifyPassword(DUMMY_HASH, input.password);
      const g = gagalTanpaAkun.get(username);
      if (g && g.sampai > now.getTime()) throw AuthErrors.AKUN_TERKUNCI();
      const n = (g && g.sampai === 0 ? g.n : 0) + 1;
      if (gagalTanpaAkun.size > 10_000) gagalTanpaAkun.clear();
      gagalTanpaAkun.set(username, n >= MAX_GAGAL ? { n: 0, sampai: now.getTime() + KUNCI_MENIT * 60_000 } : { n, sampai: 0 });
      throw n >= MAX_GAGAL ? AuthErrors.AKUN_TERKUNCI() : AuthErrors.LOGIN_GAGAL();
    }
    if (a.terkunciSampai && a.terkunciSampai > now) {
      await verifyPassword(DUMMY_HASH, input.password); // same timing as an unknown, locked name
      throw AuthErrors.AKUN_TERKUNCI();
    }
    const ok = await verifyPassword(a.passwordHash, input.password);
    if (!ok) {
      // Atomic increment: concurrent guesses cannot all read the same count (race found in review).
      const kunci = new Date(now.getTime() + KUNCI_MENIT * 60_000);
      const [u] = await queryRows<{ gagal: number }>(db, sql`
        update akun set
          gagal_login = case when gagal_login + 1 >= ${MAX_GAGAL} then 0 else gagal_login + 1 end,
          terkunci_sampai = case when gagal_login + 1 >= ${MAX_GAGAL} then ${kunci.toISOString()}::timestamptz else terkunci_sampai end
        where id = ${a.id}
        returning case when terkunci_sampai > ${now.toISOString()}::timestamptz then ${MAX_GAGAL} else gagal_login end as gagal`);
      throw (u?.gagal ?? 0) >= MAX_GAGAL ? AuthErrors.AKUN_TERKUNCI() : AuthErrors.LOGIN_GAGAL();
    }
    // A correct password on an account locked meanwhile by concurrent failures still waits.
    const [fresh] = await db.select({ terkunciSampai: akun.terkunciSampai }).from(akun).where(eq(akun.id, a.id));
    if (fresh?.terkunciSampai && fresh.terkunciSampai > now) throw AuthErrors.AKUN_TERKUNCI();
    if (!a.aktif) throw AuthErrors.AKUN_NONAKTIF();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + opts.sessionTtlHours * 3_600_000);
    await db.transaction(async (tx) => {
      await tx.update(akun).set({ gagalLogin: 0, terkunciSampai: null }).where(eq(akun.id, a.id));
      await tx.insert(sesi).values({
        id: hashToken(token),
        akunId: a.id,
        csrfToken: randomBytes(24).toString('base64url'),
        expiresAt,
        userAgent: input.userAgent?.slice(0, 200) ?? null,
      });
      await tx.delete(sesi).where(lt(sesi.expiresAt, now));
      await recordAudit(tx, { akunId: a.id, aksi: 'login', entitas: 'akun', entitasId: a.id });
    });
    return { token, expiresAt };
  }

  /** Resolves a session id (SHA-256 of the cookie token) to its account, or null if absent/expired. */
  async function lookupSession(sessionId: string, now = new Date()): Promise<AuthContext | null> {
    const [row] = await db
      .select({
        akunId: akun.id, username: akun.username, nama: akun.nama, roles: akun.roles,
        pegawaiId: akun.pegawaiId, opdId: akun.opdId, aktif: akun.aktif, csrfToken: sesi.csrfToken,
      })
      .from(sesi)
      .innerJoin(akun, eq(akun.id, sesi.akunId))
      .where(and(eq(sesi.id, sessionId), gt(sesi.expiresAt, now)))
      .limit(1);
    if (!row || !row.aktif) return null;
    return {
      akunId: row.akunId, username: row.username, nama: row.nama, roles: row.roles as Role[],
      pegawaiId: row.pegawaiId, opdId: row.opdId, csrfToken: row.csrfToken, sessionId,
    };
  }

  async function logout(sessionId: string) {
    await db.delete(sesi).where(eq(sesi.id, sessionId));
  }

  /** The signed-in account with its OPD name (GET /api/v1/auth/me). */
  async function me(ctx: AuthContext) {
    let opdNama: string | null = null;
    if (ctx.opdId && opts.unitNames) opdNama = (await opts.unitNames([ctx.opdId])).get(ctx.opdId) ?? null;
    return {
      id: ctx.akunId, username: ctx.username, nama: ctx.nama, roles: ctx.roles,
      pegawaiId: ctx.pegawaiId, opdId: ctx.opdId, opdNama, csrfToken: ctx.csrfToken,
    };
  }

  /**
   * Creates (or, with `upsert`, updates the password and roles of) an account.
   * @throws AuthErrors.SANDI_LEMAH (< 8 chars) | USERNAME_DIPAKAI
   */
  async function createAccount(
    tx: DbOrTx,
    input: { username: string; nama: string; password?: string; passwordHash?: string; roles: Role[]; pegawaiId?: number | null; opdId?: number | null },
    opt: { upsert?: boolean; actor?: number | null } = {},
  ) {
    if (!input.passwordHash && (!input.password || input.password.length < 8)) throw AuthErrors.SANDI_LEMAH();
    const passwordHash = input.passwordHash ?? (await hashPassword(input.password!));
    const [existing] = await tx.select({ id: akun.id }).from(akun).where(eq(akun.username, input.username));
    if (existing && !opt.upsert) throw AuthErrors.USERNAME_DIPAKAI();
    let id: number;
    if (existing) {
      await tx.update(akun).set({ passwordHash, roles: input.roles, nama: input.nama, opdId: input.opdId ?? null, aktif: true }).where(eq(akun.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx
        .insert(akun)
        .values({ username: input.username, nama: input.nama, passwordHash, roles: input.roles, pegawaiId: input.pegawaiId ?? null, opdId: input.opdId ?? null })
        .returning({ id: akun.id });
      id = row!.id;
    }
    await recordAudit(tx, { akunId: opt.actor ?? null, aksi: existing ? 'akun.ubah' : 'akun.buat', entitas: 'akun', entitasId: id, data: { username: input.username, roles: input.roles } });
    return { id };
  }

  async function countAccounts() {
    const [r] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from akun`);
    return Number(r?.n ?? 0);
  }

  return { hashPassword, login, lookupSession, logout, me, createAccount, countAccounts };
}
export type AuthService = ReturnType<typeof createAuthService>;

// argon2id hash of a random string, verified against when the account does not exist.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$5cHOPbdXzOPAumF+Y4nZ1gOeyRk7lTrBd2lmp5ua0Xk';
