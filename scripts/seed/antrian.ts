import type { Database } from '../../src/server/db/client.ts';

/** STUB — seeds the queue set-up and a year of queue history (antrian seed work package). */
export async function seedAntrianDemo(database: Database, opts: { now?: Date; log?: (m: string) => void } = {}): Promise<void> {
  void database; void opts;
}
