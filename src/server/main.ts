import { createDataPribadi } from './lib/data-pribadi.ts';
import type { Config } from './config.ts';
import { isEmptyDatabase, migrateDatabase, openDatabase, type Database } from './db/client.ts';
import { buildApp } from './app.ts';
import { ensureHariLibur } from './modules/kalender/index.ts';
import { seedDemo } from '../../scripts/seed/index.ts';

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR/pglite. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(
    config.DATABASE_URL
      ? { url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA }
      : { dataDir: `${config.DATA_DIR}/pglite` },
  );
}

/**
 * Starts SIKAP: open db → migrate → seed the Tanjungbalai demo on an empty database (unless disabled)
 * → listen on HOST:PORT. Closes gracefully on SIGINT/SIGTERM.
 */
export async function startServer(config: Config) {
  const t0 = performance.now();
  if (!config.SESSION_SECRET) {
    console.warn('Peringatan: SESSION_SECRET tidak diisi; memakai kunci pengembangan. Wajib diisi untuk pemakaian nyata (NODE_ENV=production).');
  }
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database, config.DATABASE_SCHEMA);
  await ensureHariLibur(database.db); // national holidays on any fresh database, demo or not (ADR 0006)
  let logins: Array<{ peran: string; username: string; password: string }> = [];
  if (config.seedDemo && (await isEmptyDatabase(database.db))) {
    const ts = performance.now();
    const r = await seedDemo(database, {
      log: (m) => console.log(m), argon2: { memoryCost: config.ARGON2_MEMORY_KIB, timeCost: config.ARGON2_ITERATIONS },
      dataPribadi: createDataPribadi(config.dataKey), uploadsDir: config.uploadsDir,
    });
    logins = r.logins;
    console.log(`Data demo Tanjungbalai dimuat dalam ${((performance.now() - ts) / 1000).toFixed(1)} s.`);
  }
  const app = await buildApp({ config, db: database });
  await app.listen({ host: config.HOST, port: config.PORT });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://localhost:${port}`;
  console.log(`\nSIKAP siap (${database.kind}) dalam ${((performance.now() - t0) / 1000).toFixed(1)} s: ${url}`);
  console.log(`  Portal warga: ${url}/   Aplikasi ASN: ${url}/app   Admin: ${url}/admin   API: ${url}/api/docs`);
  if (logins.length) {
    console.log('  Akun demo (kata sandi sama untuk semua):');
    for (const l of logins) console.log(`    ${l.peran.padEnd(28)} ${l.username.padEnd(20)} ${l.password}`);
  } else if (config.seedDemo) {
    console.log('  Akun demo: lihat README.md (bagian "Akun demo").');
  }
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  return { app, database };
}
