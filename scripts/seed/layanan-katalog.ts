import type { Database } from '../../src/server/db/client.ts';

/** Placeholder: the service catalogue (standar pelayanan) and complaint categories of Tanjungbalai. */
export async function seedLayananKatalog(database: Database): Promise<void> {
  void database;
}
