import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import {
  antrianLayanan, antrianLayar, antrianLokasi, antrianLoket, antrianLoketLayanan, antrianPeristiwa, antrianTiket,
} from './antrian.table.ts';
import { hashToken } from '../../plugins/auth.ts';

/** Test fixtures of the loket package: a lokasi with layanan, loket and waiting tickets (no HTTP). */
export const JADWAL_PENUH = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((h) => [h, [{ mulai: '00:00', selesai: '23:59' }]]));

export async function buatLokasi(db: Db, unitId: number, p: { kode?: string; jumlahLoket?: number; rasioPrioritas?: number; maksPanggil?: number; maksTahanMenit?: number; notifikasiSisa?: number } = {}) {
  const [lokasi] = await db.insert(antrianLokasi).values({
    kode: p.kode ?? `lok-${randomBytes(3).toString('hex')}`, nama: 'Kantor Uji', unitId, jamLayanan: JADWAL_PENUH,
    rasioPrioritas: p.rasioPrioritas ?? 3, maksPanggil: p.maksPanggil ?? 3, maksTahanMenit: p.maksTahanMenit ?? 60, notifikasiSisa: p.notifikasiSisa ?? 3,
  }).returning();
  const layanan = await db.insert(antrianLayanan).values([
    { lokasiId: lokasi!.id, nama: 'KTP-el', prefix: 'A', kuotaOnline: 50, kuotaWalkin: 50, urutan: 1 },
    { lokasiId: lokasi!.id, nama: 'Kartu Keluarga', prefix: 'B', kuotaOnline: 50, kuotaWalkin: 50, urutan: 2 },
  ]).returning();
  const loket = await db.insert(antrianLoket).values(
    Array.from({ length: p.jumlahLoket ?? 3 }, (_, i) => ({ lokasiId: lokasi!.id, nomor: i + 1, nama: `Loket ${i + 1}` })),
  ).returning();
  // every loket serves A; loket 1 also serves B
  await db.insert(antrianLoketLayanan).values([
    ...loket.map((l) => ({ loketId: l.id, layananId: layanan[0]!.id })),
    { loketId: loket[0]!.id, layananId: layanan[1]!.id },
  ]);
  return { lokasi: lokasi!, layananA: layanan[0]!, layananB: layanan[1]!, loket };
}

let urut = 0;
/** A waiting walk-in (or online) ticket of today, arrived `menitLalu` minutes ago. */
export async function buatTiket(db: Db, v: {
  lokasiId: number; layananId: number; prefix?: string; menitLalu?: number; prioritas?: 'lansia' | null; teleponEnc?: string | null;
  status?: 'menunggu' | 'dipesan'; kanal?: 'online' | 'walkin'; now?: Date;
}) {
  const now = v.now ?? new Date();
  urut++;
  const [t] = await db.insert(antrianTiket).values({
    lokasiId: v.lokasiId, layananId: v.layananId, tanggal: tanggalWib(now), nomorUrut: urut,
    nomor: `${v.prefix ?? 'A'}-${String(urut).padStart(3, '0')}`, kode: randomBytes(8).toString('hex'), kanal: v.kanal ?? 'walkin',
    status: v.status ?? 'menunggu', prioritas: v.prioritas ?? null, teleponEnc: v.teleponEnc ?? null,
    antriPada: new Date(now.getTime() - (v.menitLalu ?? 0) * 60_000),
  }).returning();
  return t!;
}

export async function buatLayar(db: Db, lokasiId: number, token: string) {
  await db.insert(antrianLayar).values({ lokasiId, nama: 'TV ruang tunggu', tokenHash: hashToken(token) });
}

export async function peristiwaTiket(db: Db, tiketId: number) {
  return db.select().from(antrianPeristiwa).where(and(eq(antrianPeristiwa.tiketId, tiketId))).orderBy(antrianPeristiwa.id);
}
export async function tiketRow(db: Db, id: number) {
  const [t] = await db.select().from(antrianTiket).where(eq(antrianTiket.id, id));
  return t!;
}
