import type { Db } from '../../db/client.ts';
import { wilayah } from '../org/org.table.ts';
import { antrianLayanan, antrianLokasi, antrianLoket, antrianLoketLayanan, antrianSesi } from './antrian.table.ts';

/** Mon–Fri 08:00–12:00 and 13:00–16:00 WIB. */
export const JAM_KANTOR = Object.fromEntries(['1', '2', '3', '4', '5'].map((h) => [h, [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '16:00' }]]));
/** Every day, all day (for the day-boundary tests). */
export const JAM_PENUH = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((h) => [h, [{ mulai: '00:00', selesai: '24:00' }]]));

/** A valid NIK (Jakarta Pusat, born 1 Jan 1990) with sequence `i` (1–9999) — distinct per i. */
export const nikUji = (i: number) => `317101010190${String(i).padStart(4, '0')}`;

/**
 * Test lokasi for the tiket package: `kantor` (office hours; layanan A with sessions 08:00–10:00
 * kapasitas 300 and 10:00–12:00 kapasitas 1; layanan B) and `24jam` (open all day, layanan X), both in
 * `unitId`'s OPD, plus one loket serving A and the Tanjungbalai kecamatan 12.74.01 in the wilayah table.
 */
export async function seedAntrianUji(db: Db, unitId: number) {
  await db.insert(wilayah).values([
    { kode: '12.74', nama: 'Kota Tanjungbalai', tingkat: 'kota', kodeBps: '1272' },
    { kode: '12.74.01', nama: 'Tanjungbalai Selatan', tingkat: 'kecamatan', indukKode: '12.74' },
  ]).onConflictDoNothing();
  const [kantor] = await db.insert(antrianLokasi).values({ kode: 'kantor-uji', nama: 'Kantor Uji', unitId, jamLayanan: JAM_KANTOR }).returning();
  const [penuh] = await db.insert(antrianLokasi).values({ kode: 'uji-24jam', nama: 'Kantor 24 Jam', unitId, jamLayanan: JAM_PENUH }).returning();
  const [a] = await db.insert(antrianLayanan).values({ lokasiId: kantor!.id, nama: 'KTP-el', prefix: 'A', kuotaOnline: 1000, kuotaWalkin: 3, standarMenit: 15 }).returning();
  const [b] = await db.insert(antrianLayanan).values({ lokasiId: kantor!.id, nama: 'Kartu Keluarga', prefix: 'B', kuotaOnline: 10, kuotaWalkin: 10 }).returning();
  const [x] = await db.insert(antrianLayanan).values({ lokasiId: penuh!.id, nama: 'Layanan Malam', prefix: 'X', kuotaOnline: 10, kuotaWalkin: 100 }).returning();
  const [pagi] = await db.insert(antrianSesi).values({ layananId: a!.id, mulai: '08:00', selesai: '10:00', kapasitas: 300 }).returning();
  const [siang] = await db.insert(antrianSesi).values({ layananId: a!.id, mulai: '10:00', selesai: '12:00', kapasitas: 1 }).returning();
  const [sesiB] = await db.insert(antrianSesi).values({ layananId: b!.id, mulai: '08:00', selesai: '12:00', kapasitas: 10 }).returning();
  const [loket] = await db.insert(antrianLoket).values({ lokasiId: kantor!.id, nomor: 1, nama: 'Loket 1' }).returning();
  await db.insert(antrianLoketLayanan).values({ loketId: loket!.id, layananId: a!.id });
  return { kantor: kantor!, penuh: penuh!, a: a!, b: b!, x: x!, pagi: pagi!, siang: siang!, sesiB: sesiB!, loket: loket! };
}
