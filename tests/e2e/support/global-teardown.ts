import { rmSync } from 'node:fs';
import pg from 'pg';

/**
 * Removes this run's server data directory (`SIKAP_E2E_DATA_DIR`, set by playwright.config.ts under
 * ./tmp/e2e-data-<timestamp>). Directories of crashed runs are removed at the start of a later run.
 */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.SIKAP_E2E_DATA_DIR;
  if (dir && /[\\/]tmp[\\/]e2e-data-\d+$/.test(dir)) rmSync(dir, { recursive: true, force: true });
  const url = process.env.SIKAP_E2E_DATABASE_URL;
  const schema = process.env.SIKAP_E2E_DATABASE_SCHEMA;
  if (url && schema && /^e2e_\d+$/.test(schema)) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
}
