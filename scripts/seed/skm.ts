import type { Database } from '../../src/server/db/client.ts';

/** Seeds demo surveys and responses for Tanjungbalai service units (placeholder). */
export async function seedSkmDemo(database: Database, opts: { log?: (m: string) => void } = {}): Promise<void> {
  void database; void opts;
}
