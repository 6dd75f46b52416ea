import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** One type for both drivers, so services do not care which one runs (STACK.md). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A database handle or a transaction handle. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The PostgreSQL schema in use when not the default (tests isolate runs by schema). */
  schema?: string;
  /** Subscribe to a NOTIFY channel; returns an unsubscribe function. Same code path on both drivers. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenDatabaseOptions {
  /** postgres://… ; when absent PGlite is used. */
  url?: string;
  /** PostgreSQL schema to use (created if missing); isolates test runs on one server. */
  schema?: string;
  /** PGlite data directory; `memory://` or undefined for in-memory. */
  dataDir?: string;
  /** Load a PGlite data dump (fast clone of a migrated template, used by tests). */
  loadDataDir?: Blob | File;
}

/**
 * Opens the database: PGlite (embedded PostgreSQL, files under `dataDir`) by default, or a PostgreSQL
 * server when `url` is set. ADR 0002.
 */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  if (opts.url) {
    const search = opts.schema ? `-c search_path=${opts.schema}` : undefined;
    if (opts.schema) {
      const c = new pg.Client({ connectionString: opts.url });
      await c.connect();
      await c.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"`);
      await c.end();
    }
    const pool = new pg.Pool({ connectionString: opts.url, max: 10, options: search });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgresql',
      schema: opts.schema,
      async listen(channel, onMessage) {
        const client = await pool.connect();
        client.on('notification', (m) => {
          if (m.channel === channel) onMessage(m.payload ?? '');
        });
        await client.query(`LISTEN "${channel}"`);
        return async () => {
          await client.query(`UNLISTEN "${channel}"`).catch(() => undefined);
          client.release();
        };
      },
      close: () => pool.end(),
    };
  }
  let dataDir = opts.dataDir;
  if (dataDir && !dataDir.startsWith('memory://')) {
    dataDir = path.resolve(dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create({ dataDir, loadDataDir: opts.loadDataDir });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    async listen(channel, onMessage) {
      return client.listen(channel, onMessage);
    },
    close: () => client.close(),
    // exposed for tests that clone a migrated template
    ...({ pglite: client } as object),
  };
}

/** Applies the committed migrations (idempotent). Same folder for both drivers. */
export async function migrateDatabase(database: Database, schemaName?: string): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS, migrationsSchema: schemaName ?? 'drizzle' };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, config);
  } else {
    await migratePg(database.db as never, config);
  }
}

/** True when the database holds no organisation data yet (first start). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [r] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from unit_organisasi`);
  return Number(r?.n ?? 0) === 0;
}

/** Runs raw SQL and returns its rows, the same on both drivers (both answer `{ rows }`). */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as { rows: T[] };
  return r.rows;
}
