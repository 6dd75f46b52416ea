import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../contracts/auth.ts';
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../../lib/password.ts';
import { TEST_PASSWORD, type seedFixture } from '../../testing/test-app.ts';
import { akun } from '../auth/auth.table.ts';
import { jabatan, pegawai, unitOrganisasi, wilayah } from './org.table.ts';

type Fixture = Awaited<ReturnType<typeof seedFixture>>;

/**
 * Extends the shared test fixture (src/server/testing/test-app.ts) with a deeper reporting line for org
 * tests. Resulting effective line (→ = atasan):
 *
 *   Dinas Uji A: Kepala Uji (fixture) ← Staf Uji (fixture)
 *                Kepala Uji ← Kabid Uji ← Kasi Uji ← { Pelaksana Satu, Pelaksana Dua (PPPK) }   (unit "Bidang Uji A")
 *   Dinas Uji B: Kepala Uji B ← Staf Uji B
 *
 * plus an account `kabid` (roles [atasan]) for Kabid Uji and a small wilayah (one kecamatan, two kelurahan).
 */
export async function seedGarisUji(db: Db, fx: Fixture) {
  const [bidang] = await db.insert(unitOrganisasi).values({
    kode: 'T-A-BID', nama: 'Bidang Uji A', jenis: 'BIDANG', parentId: fx.opdA.id, opdId: fx.opdA.id, isUnitLayanan: true, urutan: 1,
  }).returning();
  const [jKepalaA] = await db.select().from(jabatan).where(eqJabatanUnit(fx.opdA.id)).limit(1);
  const [jKabid] = await db.insert(jabatan).values({ unitId: bidang!.id, nama: 'Kepala Bidang Uji', jenis: 'ADMINISTRATOR', atasanJabatanId: jKepalaA!.id, isKepalaUnit: true }).returning();
  const [jKasi] = await db.insert(jabatan).values({ unitId: bidang!.id, nama: 'Kepala Seksi Uji', jenis: 'PENGAWAS', atasanJabatanId: jKabid!.id }).returning();
  const [jPel] = await db.insert(jabatan).values({ unitId: bidang!.id, nama: 'Operator Layanan Operasional', jenis: 'PELAKSANA', atasanJabatanId: jKasi!.id }).returning();
  const base = { unitId: bidang!.id };
  const [pKabid] = await db.insert(pegawai).values({ ...base, nip: '197803032003121003', jenisAsn: 'PNS', nama: 'Kabid Uji', gelarBelakang: 'S.E.', jenisKelamin: 'L', tanggalLahir: '1978-03-03', golongan: 'IV/a', jabatanId: jKabid!.id }).returning();
  const [pKasi] = await db.insert(pegawai).values({ ...base, nip: '198504042010012004', jenisAsn: 'PNS', nama: 'Kasi Uji', jenisKelamin: 'P', tanggalLahir: '1985-04-04', golongan: 'III/c', jabatanId: jKasi!.id }).returning();
  const [pPel1] = await db.insert(pegawai).values({ ...base, nip: '199505052019031005', jenisAsn: 'PNS', nama: 'Pelaksana Satu', jenisKelamin: 'L', tanggalLahir: '1995-05-05', golongan: 'II/c', jabatanId: jPel!.id }).returning();
  const [pPel2] = await db.insert(pegawai).values({ ...base, nip: '199606062023212006', jenisAsn: 'PPPK', nama: 'Pelaksana Dua', jenisKelamin: 'P', tanggalLahir: '1996-06-06', golongan: 'VII', jabatanId: jPel!.id }).returning();

  const [jKepalaB] = await db.insert(jabatan).values({ unitId: fx.opdB.id, nama: 'Kepala Dinas Uji B', jenis: 'JPT', jenjang: 'PRATAMA', isKepalaUnit: true }).returning();
  const [jStafB] = await db.insert(jabatan).values({ unitId: fx.opdB.id, nama: 'Pengadministrasi Perkantoran', jenis: 'PELAKSANA', atasanJabatanId: jKepalaB!.id }).returning();
  const [pKepalaB] = await db.insert(pegawai).values({ unitId: fx.opdB.id, nip: '197007072000031007', jenisAsn: 'PNS', nama: 'Kepala Uji B', jenisKelamin: 'L', tanggalLahir: '1970-07-07', golongan: 'IV/c', jabatanId: jKepalaB!.id }).returning();
  const [pStafB] = await db.insert(pegawai).values({ unitId: fx.opdB.id, nip: '199108082015032008', jenisAsn: 'PNS', nama: 'Staf Uji B', jenisKelamin: 'P', tanggalLahir: '1991-08-08', golongan: 'III/a', jabatanId: jStafB!.id }).returning();

  const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
  const roles: Role[] = ['atasan'];
  await db.insert(akun).values({ username: 'kabid', nama: 'Kabid Uji', passwordHash, roles, pegawaiId: pKabid!.id, opdId: fx.opdA.id });

  await db.insert(wilayah).values([
    { kode: '12', nama: 'Sumatera Utara', tingkat: 'provinsi' },
    { kode: '12.74', nama: 'Kota Tanjungbalai', tingkat: 'kota', indukKode: '12' },
    { kode: '12.74.04', nama: 'Teluk Nibung', tingkat: 'kecamatan', indukKode: '12.74' },
    { kode: '12.74.04.1005', nama: 'Beting Kuala Kapias', tingkat: 'kelurahan', indukKode: '12.74.04' },
    { kode: '12.74.04.1001', nama: 'Pematang Pasir', tingkat: 'kelurahan', indukKode: '12.74.04', kodePasti: false },
  ]);
  return {
    bidang: bidang!, pKabid: pKabid!, pKasi: pKasi!, pPel1: pPel1!, pPel2: pPel2!, pKepalaB: pKepalaB!, pStafB: pStafB!,
    jKabid: jKabid!, jKasi: jKasi!, jPel: jPel!,
  };
}

const eqJabatanUnit = (unitId: number) => and(eq(jabatan.unitId, unitId), eq(jabatan.isKepalaUnit, true));
