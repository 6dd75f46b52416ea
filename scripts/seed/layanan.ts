import type { Database } from '../../src/server/db/client.ts';

/** Placeholder: a year of permohonan and pengaduan for the demo. */
export async function seedLayananDemo(database: Database, opts: { now?: Date; log?: (m: string) => void; hariRiwayat?: number } = {}): Promise<void> {
  void database; void opts;
}
