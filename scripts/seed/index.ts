import type { Database } from '../../src/server/db/client.ts';

export type SeedResult = { logins: Array<{ peran: string; username: string; password: string }> };

/** Seeds the deterministic Tanjungbalai demo data (placeholder: filled in by the org/skm work). */
export async function seedDemo(database: Database, opts: { log?: (m: string) => void } = {}): Promise<SeedResult> {
  void database; void opts;
  return { logins: [] };
}
