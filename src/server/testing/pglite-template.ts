import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDatabase, openDatabase } from '../db/client.ts';

/**
 * Vitest global setup: a migrated PGlite data directory, dumped once per set of migrations and loaded by
 * every test file (`createTestDatabase`), because a fresh PGlite costs ~4 s to initialise and loading a
 * dump ~1 s (STACK.md "PGlite memory"). Cached under tmp/ by a hash of the migration files; not used when
 * DATABASE_URL is set (PostgreSQL runs use a fresh schema per file).
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MIGRATIONS = path.join(ROOT, 'src/server/db/migrations');

function sidikMigrasi(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort()) {
    h.update(f).update(readFileSync(path.join(MIGRATIONS, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export default async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const dir = path.join(ROOT, 'tmp');
  mkdirSync(dir, { recursive: true });
  const berkas = path.join(dir, `pglite-template-${sidikMigrasi()}.tar`);
  if (!existsSync(berkas)) {
    for (const lama of readdirSync(dir).filter((f) => /^pglite-template-.*\.tar$/.test(f))) rmSync(path.join(dir, lama), { force: true });
    const database = await openDatabase({});
    await migrateDatabase(database);
    const dump = await (database as unknown as { pglite: { dumpDataDir(c: 'none'): Promise<Blob> } }).pglite.dumpDataDir('none');
    await database.close();
    // Write then rename, so a parallel run never reads half a file.
    const sementara = `${berkas}.${process.pid}`;
    writeFileSync(sementara, Buffer.from(await dump.arrayBuffer()));
    renameSync(sementara, berkas);
  }
  process.env.SIKAP_PGLITE_TEMPLATE = berkas;
}
