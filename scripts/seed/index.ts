import type { Database } from '../../src/server/db/client.ts';
import type { Argon2Cost } from '../../src/server/lib/password.ts';
import { seedOrgDemo } from './org.ts';
import { seedSkmDemo } from './skm.ts';
import { seedKalender } from './kalender.ts';
import { seedAntrianDemo } from './antrian.ts';
import { seedLayananKatalog } from './layanan-katalog.ts';
import { seedLayananDemo } from './layanan.ts';
import { seedKinerjaDemo } from './kinerja.ts';

export type SeedResult = { logins: Array<{ peran: string; username: string; password: string }> };

export type SeedOptions = {
  log?: (m: string) => void;
  /** argon2id cost for the one demo password hash (default { memoryCost: 19456, timeCost: 2 }; tests lower it). */
  argon2?: Argon2Cost;
  /** "Today" for the SKM demo (default now): its four quarters end with the current one. */
  now?: Date;
  /** Days of queue history (default a year); the seed's own shape tests use fewer. */
  antrianHariRiwayat?: number;
  /** Days of permohonan/pengaduan history (default a year); the seed's own shape tests use fewer. */
  layananHariRiwayat?: number;
  /** Encryption of the demo cases' personal data: the SAME key as the server that will read them (config.dataKey). */
  dataPribadi?: import('../../src/server/lib/data-pribadi.ts').DataPribadi;
  /** Where the demo cases' files go (config.uploadsDir). */
  uploadsDir?: string;
};

/**
 * Seeds the deterministic Tanjungbalai demo data into an EMPTY database (main.ts and `sikap seed` check
 * emptiness first): wilayah, the OPD/unit tree, jabatan, ~4,000 synthetic ASN, the demo accounts
 * (password `tanjungbalai2026`), then the SKM, queue, layanan and kinerja demos (scripts/seed/*.ts). Takes seconds, not minutes.
 * @returns the demo logins (peran in Bahasa Indonesia, username = NIP or `admin`, password)
 */
export async function seedDemo(database: Database, opts: SeedOptions = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => undefined);
  const t0 = performance.now();
  const org = await seedOrgDemo(database, { log, argon2: opts.argon2 });
  log(`  organisasi: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  await seedSkmDemo(database, opts);
  await seedKalender(database);
  const t1 = performance.now();
  await seedAntrianDemo(database, { now: opts.now, log, hariRiwayat: opts.antrianHariRiwayat });
  log(`  antrian: ${((performance.now() - t1) / 1000).toFixed(2)} s`);
  const t2 = performance.now();
  await seedLayananKatalog(database);
  await seedLayananDemo(database, {
    now: opts.now, log, hariRiwayat: opts.layananHariRiwayat, dataPribadi: opts.dataPribadi, uploadsDir: opts.uploadsDir,
  });
  log(`  layanan: ${((performance.now() - t2) / 1000).toFixed(2)} s`);
  const t3 = performance.now();
  await seedKinerjaDemo(database, { now: opts.now, log, uploadsDir: opts.uploadsDir, dataPribadi: opts.dataPribadi });
  log(`  kinerja: ${((performance.now() - t3) / 1000).toFixed(2)} s`);
  return { logins: org.logins };
}
