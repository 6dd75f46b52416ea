import { Command } from 'commander';
import { ConfigError, loadConfig } from '../server/config.ts';
import { VERSION } from '../server/version.ts';

/**
 * The `sikap` CLI (DESIGN.md §4): serve, start, migrate, seed, user create-admin, import pegawai, ikm.
 * Configuration comes from the same environment variables as the server.
 */
const program = new Command('sikap')
  .version(VERSION, '-V, --version', 'tampilkan versi')
  .helpOption('-h, --help', 'tampilkan bantuan')
  .helpCommand('help [perintah]', 'tampilkan bantuan untuk perintah')
  .description('SIKAP — Kota Tanjungbalai')
  .configureOutput({ outputError: (str, write) => write(terjemahkanGalat(str)) })
  .showHelpAfterError('(jalankan dengan --help untuk bantuan)');

/** commander's own error messages in Bahasa Indonesia (the rest of the CLI speaks Indonesian). */
function terjemahkanGalat(s: string): string {
  return s
    .replace(/^error: required option '(.+)' not specified/m, "galat: opsi wajib '$1' belum diisi")
    .replace(/^error: missing required argument '(.+)'/m, "galat: argumen wajib '$1' belum diisi")
    .replace(/^error: unknown command '(.+)'/m, "galat: perintah '$1' tidak dikenal")
    .replace(/^error: unknown option '(.+)'/m, "galat: opsi '$1' tidak dikenal")
    .replace(/^error: too many arguments.*/m, 'galat: terlalu banyak argumen')
    .replace(/^error: option '(.+)' argument missing/m, "galat: opsi '$1' memerlukan nilai")
    .replace(/^error:/m, 'galat:');
}

function config() {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

async function withDb<T>(fn: (d: import('../server/db/client.ts').Database, c: ReturnType<typeof config>) => Promise<T>) {
  const c = config();
  const { openConfiguredDatabase } = await import('../server/main.ts');
  const { migrateDatabase } = await import('../server/db/client.ts');
  const d = await openConfiguredDatabase(c);
  try {
    await migrateDatabase(d, c.DATABASE_SCHEMA);
    return await fn(d, c);
  } finally {
    await d.close();
  }
}

program
  .command('serve')
  .description('Menjalankan server (migrasi otomatis, data demo pada basis data kosong).')
  .option('--build', 'bangun aplikasi web bila perlu sebelum menjalankan')
  .action(async (o: { build?: boolean }) => {
    const c = config();
    if (o.build) await (await import('./web-build.ts')).buildWebIfNeeded();
    await (await import('../server/main.ts')).startServer(c);
  });

program
  .command('migrate')
  .description('Menjalankan migrasi basis data.')
  .action(() => withDb(async () => console.log('Migrasi selesai.')));

program
  .command('seed')
  .description('Memuat data demo Tanjungbalai (hanya pada basis data kosong).')
  .option('--demo', 'data demo (bawaan)')
  .action(() =>
    withDb(async (d, c) => {
      const { isEmptyDatabase } = await import('../server/db/client.ts');
      if (!(await isEmptyDatabase(d.db))) {
        console.error('Basis data sudah berisi data; seed dilewati.');
        return;
      }
      const { seedDemo } = await import('../../scripts/seed/index.ts');
      const t0 = performance.now();
      const { createDataPribadi } = await import('../server/lib/data-pribadi.ts');
      const r = await seedDemo(d, {
        log: console.log, argon2: { memoryCost: c.ARGON2_MEMORY_KIB, timeCost: c.ARGON2_ITERATIONS },
        dataPribadi: createDataPribadi(c.dataKey), uploadsDir: c.uploadsDir,
      });
      console.log(`Seed selesai dalam ${((performance.now() - t0) / 1000).toFixed(1)} s; ${r.logins.length} akun demo.`);
    }),
  );

const user = program.command('user').description('Pengelolaan akun.');
user
  .command('create-admin')
  .description('Membuat (atau memperbarui) akun admin BKPSDM.')
  .requiredOption('--username <nama>', 'nama pengguna atau NIP')
  .option('--nama <nama>', 'nama tampilan', 'Administrator BKPSDM')
  .option('--password <sandi>', 'kata sandi (≥ 8 karakter); bila kosong dibaca dari SIKAP_ADMIN_PASSWORD')
  .action((o: { username: string; nama: string; password?: string }) =>
    withDb(async (d, c) => {
      const password = o.password ?? process.env.SIKAP_ADMIN_PASSWORD;
      if (!password) {
        console.error('Kata sandi wajib: --password atau SIKAP_ADMIN_PASSWORD.');
        process.exitCode = 2;
        return;
      }
      const { buildServices } = await import('../server/app.ts');
      const s = buildServices(c, d);
      try {
        await d.db.transaction((tx) => s.auth.createAccount(tx, { username: o.username, nama: o.nama, password, roles: ['admin'] }, { upsert: true }));
        console.log(`Akun admin "${o.username}" siap.`);
      } catch (e) {
        console.error((e as Error).message);
        process.exitCode = 1;
      }
    }),
  );

const imp = program.command('import').description('Impor data.');
imp
  .command('pegawai <file>')
  .description('Impor pegawai dari .xlsx atau .csv: semua baris diperiksa dulu; satu baris salah = tidak ada yang diimpor.')
  .action((file: string) =>
    withDb(async (d, c) => {
      const { runImportPegawaiCommand } = await import('./commands/import-pegawai.ts');
      process.exitCode = await runImportPegawaiCommand(file, d, c);
    }),
  );

program
  .command('ikm <file>')
  .description('Menghitung IKM dari survei kertas (.csv/.xlsx, kolom U1…U9), PermenPANRB 14/2017.')
  .option('--json', 'cetak tepat satu objek JSON')
  .option('--bobot <bobot>', 'bobot per unsur: exact | 0.111 | 0.11', 'exact')
  .action(async (file: string, o: { json?: boolean; bobot?: string }) => {
    const { runIkmCommand } = await import('./commands/ikm.ts');
    process.exitCode = await runIkmCommand(file, o, { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') });
  });

await program.parseAsync(process.argv);
