import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { migrateDatabase, openDatabase, type Database } from '../db/client.ts';
import type { Role } from '../../contracts/auth.ts';
import { akun } from '../modules/auth/auth.table.ts';
import { jabatan, pegawai, unitOrganisasi } from '../modules/org/org.table.ts';
import { hashPassword } from '../lib/password.ts';

/**
 * A migrated database for one test file: in-memory PGlite by default, or — when DATABASE_URL is set
 * (CI's PostgreSQL run) — a fresh schema on that server, dropped again by `close()`.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const database = await openDatabase({ url, schema });
    await migrateDatabase(database, schema);
    const close = database.close;
    return {
      ...database,
      close: async () => {
        await close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      },
    };
  }
  // A migrated template dumped by the Vitest global setup (pglite-template.ts): ~1 s instead of ~4 s.
  const template = process.env.SIKAP_PGLITE_TEMPLATE;
  if (template && existsSync(template)) {
    const database = await openDatabase({ loadDataDir: new Blob([readFileSync(template)]) });
    await migrateDatabase(database); // a no-op on the template; keeps a stale template harmless
    return database;
  }
  const database = await openDatabase({});
  await migrateDatabase(database);
  return database;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_ITERATIONS: '1',
    LOGIN_RATE_LIMIT: '1000',
    // No background timers in tests: they call services.notifikasi.kirimSekarang() and the jobs themselves.
    JOBS: 'false',
    ANTRIAN_CACHE_TIKET_MS: '0',
    NOTIFIKASI_INTERVAL_MS: '0',
    // Uploads of each test app go to their own temporary folder, never ./data.
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'sikap-uji-')),
    ...overrides,
  });
}

export const TEST_PASSWORD = 'rahasia-uji-123';

/** Small fixture organisation: 2 OPDs, a few pegawai, and one account per role (username = role name). */
export async function seedFixture(database: Database) {
  const { db } = database;
  const [opdA] = await db.insert(unitOrganisasi).values({ kode: 'T-A', nama: 'Dinas Uji A', jenis: 'DINAS', isOpd: true, isUnitLayanan: true }).returning();
  const [opdB] = await db.insert(unitOrganisasi).values({ kode: 'T-B', nama: 'Dinas Uji B', jenis: 'DINAS', isOpd: true, isUnitLayanan: true }).returning();
  await db.update(unitOrganisasi).set({ opdId: opdA!.id }).where(eqId(opdA!.id));
  await db.update(unitOrganisasi).set({ opdId: opdB!.id }).where(eqId(opdB!.id));
  const [kepala] = await db.insert(jabatan).values({ unitId: opdA!.id, nama: 'Kepala Dinas Uji A', jenis: 'JPT', jenjang: 'PRATAMA', isKepalaUnit: true }).returning();
  const [staf] = await db.insert(jabatan).values({ unitId: opdA!.id, nama: 'Pengadministrasi Umum', jenis: 'PELAKSANA', atasanJabatanId: kepala!.id }).returning();
  const [pKepala] = await db.insert(pegawai).values({ nip: '197501012000031001', jenisAsn: 'PNS', nama: 'Kepala Uji', jenisKelamin: 'L', tanggalLahir: '1975-01-01', golongan: 'IV/b', jabatanId: kepala!.id, unitId: opdA!.id }).returning();
  const [pStaf] = await db.insert(pegawai).values({ nip: '199002022015032002', jenisAsn: 'PNS', nama: 'Staf Uji', jenisKelamin: 'P', tanggalLahir: '1990-02-02', golongan: 'III/a', jabatanId: staf!.id, unitId: opdA!.id }).returning();
  const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
  const roles: Role[] = ['admin', 'admin_opd', 'atasan', 'pegawai', 'petugas', 'pimpinan'];
  const accounts: Record<string, number> = {};
  for (const role of roles) {
    const [a] = await db.insert(akun).values({
      username: role, nama: `Akun ${role}`, passwordHash, roles: [role],
      pegawaiId: role === 'atasan' ? pKepala!.id : role === 'pegawai' ? pStaf!.id : null,
      opdId: role === 'admin' || role === 'pimpinan' ? null : opdA!.id,
    }).returning();
    accounts[role] = a!.id;
  }
  return { opdA: opdA!, opdB: opdB!, pKepala: pKepala!, pStaf: pStaf!, accounts };
}
const eqId = (id: number) => eq(unitOrganisasi.id, id);

/** A full app on a fresh test database with the fixture; close() tears both down. */
export async function createTestApp(opts: { fixture?: boolean; config?: Record<string, string> } = {}) {
  const database = await createTestDatabase();
  const fixture = opts.fixture === false ? null : await seedFixture(database);
  const config = testConfig(opts.config);
  const app = await buildApp({ config, db: database, serveWeb: false });
  await app.ready();
  return {
    app, database, db: database.db, config, fixture: fixture!,
    async close() { await app.close(); await database.close(); },
  };
}

/** Logs in through the API and returns headers (cookie + CSRF) for later `app.inject` calls. */
export async function loginAs(app: import('fastify').FastifyInstance, username: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'sikap_sesi')!;
  return { cookie: `sikap_sesi=${cookie.value}`, 'x-csrf-token': res.json().csrfToken as string };
}
