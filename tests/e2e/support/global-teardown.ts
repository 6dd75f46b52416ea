import { rmSync } from 'node:fs';

/**
 * Removes this run's server data directory (`SIKAP_E2E_DATA_DIR`, set by playwright.config.ts under
 * ./tmp/e2e-data-<timestamp>). Directories of crashed runs are removed at the start of a later run.
 */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.SIKAP_E2E_DATA_DIR;
  if (dir && /[\\/]tmp[\\/]e2e-data-\d+$/.test(dir)) rmSync(dir, { recursive: true, force: true });
}
