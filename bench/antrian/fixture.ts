/**
 * Set-up shared by the antrian benchmarks: a test-like configuration, one lokasi open around the clock
 * with one layanan and one session of huge capacity (so capacity never refuses a booking), a loket serving
 * it, a petugas account, waiting tickets for the console, and valid synthetic NIKs. Everything is written
 * straight into the tables (the set-up is not what is measured).
 */
import { sql } from 'drizzle-orm';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { type Db } from '../../src/server/db/client.ts';
import { akun } from '../../src/server/modules/auth/auth.table.ts';
import { unitOrganisasi } from '../../src/server/modules/org/org.table.ts';
import {
  antrianLayanan, antrianLokasi, antrianLoket, antrianLoketLayanan, antrianNomor, antrianSesi, antrianTiket,
} from '../../src/server/modules/antrian/antrian.table.ts';
import { hashPassword } from '../../src/server/lib/password.ts';
import { formatNomor } from '../../src/domain/antrian/nomor.ts';
import { tanggalWib } from '../../src/domain/shared/tanggal.ts';

export const KODE_LOKASI = 'bench';
export const PETUGAS = { username: 'petugas-bench', password: 'bench-rahasia-123' };
const KAPASITAS = 10_000_000;
const SEPANJANG_HARI = [{ mulai: '00:00', selesai: '24:00' }];

/** Test-like configuration: silent log, cheap argon2, high login limit, no background jobs or notification worker. */
export function configBench(): Config {
  return loadConfig({
    NODE_ENV: 'test', LOG_LEVEL: 'silent', ARGON2_MEMORY_KIB: '1024', ARGON2_ITERATIONS: '1', LOGIN_RATE_LIMIT: '100000',
    SKM_AMBANG_ANONIM: '1', SKM_MAX_PER_IP_HARI: '100000', JOBS: 'false', NOTIFIKASI_INTERVAL_MS: '0',
    // 500 board/ticket streams come from one machine here (in a city they come from 500 phones and TVs).
    SSE_MAKS_PER_IP: '10000', SSE_MAKS_TOTAL: '10000',
  });
}

export type FixtureBench = { lokasiId: number; layananId: number; sesiId: number; loketId: number };

/** The lokasi (open 00:00–24:00 every day), its layanan "A", one session and one loket, and the petugas account. */
export async function siapkanLokasi(db: Db): Promise<FixtureBench> {
  const [unit] = await db.insert(unitOrganisasi).values({ kode: 'OPD-BENCH', nama: 'Dinas Benchmark', jenis: 'DINAS', isOpd: true, isUnitLayanan: true }).returning();
  await db.update(unitOrganisasi).set({ opdId: unit!.id }).where(sql`id = ${unit!.id}`);
  const jam = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((h) => [h, SEPANJANG_HARI]));
  const [lokasi] = await db.insert(antrianLokasi).values({ kode: KODE_LOKASI, nama: 'Lokasi Benchmark', unitId: unit!.id, jamLayanan: jam }).returning();
  const [layanan] = await db.insert(antrianLayanan).values({
    lokasiId: lokasi!.id, nama: 'Layanan Benchmark', prefix: 'A', kuotaOnline: KAPASITAS, kuotaWalkin: KAPASITAS, standarMenit: 10,
  }).returning();
  const [sesi] = await db.insert(antrianSesi).values({ layananId: layanan!.id, mulai: '00:00', selesai: '23:59', kapasitas: KAPASITAS }).returning();
  const [loket] = await db.insert(antrianLoket).values({ lokasiId: lokasi!.id, nomor: 1, nama: 'Loket 1' }).returning();
  await db.insert(antrianLoketLayanan).values({ loketId: loket!.id, layananId: layanan!.id });
  await db.insert(akun).values({
    username: PETUGAS.username, nama: 'Petugas Benchmark', roles: ['petugas'], opdId: unit!.id,
    passwordHash: await hashPassword(PETUGAS.password, { memoryCost: 1024, timeCost: 1 }),
  });
  return { lokasiId: lokasi!.id, layananId: layanan!.id, sesiId: sesi!.id, loketId: loket!.id };
}

/** `n` walk-in tickets waiting today (WIB) for the console to call, numbered A-001… */
export async function siapkanAntrean(db: Db, f: FixtureBench, n: number, now = new Date()): Promise<void> {
  const tanggal = tanggalWib(now);
  await db.insert(antrianTiket).values(Array.from({ length: n }, (_, i) => {
    const pada = new Date(now.getTime() - (n - i) * 1000);
    return {
      lokasiId: f.lokasiId, layananId: f.layananId, tanggal, nomorUrut: i + 1, nomor: formatNomor('A', i + 1), kode: `bench${String(i).padStart(6, '0')}`,
      kanal: 'walkin' as const, status: 'menunggu' as const, dibuatPada: pada, checkInPada: pada, antriPada: pada,
    };
  }));
  await db.insert(antrianNomor).values({ layananId: f.layananId, tanggal, terakhir: n });
}

/**
 * The i-th synthetic NIK: valid by pelayanan.md §5.3 (province 12, Kota Medan 71 — outside Tanjungbalai,
 * so no kecamatan look-up —, a real birth date 1960–1999, sequence), distinct for every i < 13,439,999.
 */
export function nikKe(i: number): string {
  const dua = (x: number) => String(x).padStart(2, '0');
  const hari = 1 + (i % 28);
  const bulan = 1 + (Math.floor(i / 28) % 12);
  const tahun = 60 + (Math.floor(i / 336) % 40);
  const urut = 1 + Math.floor(i / 13_440);
  return `127101${dua(hari)}${dua(bulan)}${dua(tahun)}${String(urut).padStart(4, '0')}`;
}
