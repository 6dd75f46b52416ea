import { eq } from 'drizzle-orm';
import type { Role } from '../../../contracts/auth.ts';
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../../lib/password.ts';
import { TEST_PASSWORD, type seedFixture } from '../../testing/test-app.ts';
import { akun } from '../auth/auth.table.ts';
import { jabatan, pegawai, unitOrganisasi } from '../org/org.table.ts';
import { skp } from './kinerja.table.ts';

type Fixture = Awaited<ReturnType<typeof seedFixture>>;
type PegawaiRow = typeof pegawai.$inferSelect;

/**
 * Test organisation for the rating part (on top of `seedFixture`):
 * - Setda Uji (an OPD) headed by the Sekda; the kepala of Dinas Uji A reports to the Sekda;
 * - Dinas Uji A: kepala (fixture), staf (fixture, under the kepala), Bidang 1 (kabid + b[0..9] under the
 *   kabid), Bidang 2 (no head; x.* special cases rated by the kabid);
 * - Dinas Uji B: `luar` and `luar2` (luar rates luar2; luar2 has no atasan penilai → BKPSDM decides).
 * Accounts (password TEST_PASSWORD): the fixture's six plus kabid, sekda, b1, luar, luar2, atasan_luar
 * (role atasan, a pegawai of Dinas B who heads nothing), admin_opd_b. Every SKP is for 2026, 1 Jan – 31 Dec, disetujui,
 * unless noted: x.draft (draft), x.mutasi (Jan–Jun, aktif false), x.masaDepan (2030), x.tanpaPeriodik.
 */
export async function seedPenilaianUji(db: Db, f: Fixture) {
  const telepon = '081234567890';
  const [setda] = await db.insert(unitOrganisasi).values({ kode: 'T-S', nama: 'Setda Uji', jenis: 'SETDA', isOpd: true }).returning();
  await db.update(unitOrganisasi).set({ opdId: setda!.id }).where(eq(unitOrganisasi.id, setda!.id));
  const [b1u] = await db.insert(unitOrganisasi).values({ kode: 'T-A-B1', nama: 'Bidang Satu', jenis: 'BIDANG', parentId: f.opdA.id, opdId: f.opdA.id, urutan: 1 }).returning();
  const [b2u] = await db.insert(unitOrganisasi).values({ kode: 'T-A-B2', nama: 'Bidang Dua', jenis: 'BIDANG', parentId: f.opdA.id, opdId: f.opdA.id, urutan: 2 }).returning();

  const [jSekda] = await db.insert(jabatan).values({ unitId: setda!.id, nama: 'Sekretaris Daerah Uji', jenis: 'JPT', jenjang: 'PRATAMA', isKepalaUnit: true }).returning();
  const jKepalaId = f.pKepala.jabatanId!;
  await db.update(jabatan).set({ atasanJabatanId: jSekda!.id }).where(eq(jabatan.id, jKepalaId));
  const [jKabid] = await db.insert(jabatan).values({ unitId: b1u!.id, nama: 'Kepala Bidang Satu', jenis: 'ADMINISTRATOR', isKepalaUnit: true, atasanJabatanId: jKepalaId }).returning();
  const [jPelaksana] = await db.insert(jabatan).values({ unitId: b1u!.id, nama: 'Analis Bidang Satu', jenis: 'PELAKSANA', atasanJabatanId: jKabid!.id }).returning();
  const [jX] = await db.insert(jabatan).values({ unitId: b2u!.id, nama: 'Pengolah Data Bidang Dua', jenis: 'PELAKSANA', atasanJabatanId: jKabid!.id }).returning();
  const [jLuar] = await db.insert(jabatan).values({ unitId: f.opdB.id, nama: 'Kepala Dinas Uji B', jenis: 'JPT', isKepalaUnit: true }).returning();
  const [jLuar2] = await db.insert(jabatan).values({ unitId: f.opdB.id, nama: 'Pengadministrasi B', jenis: 'PELAKSANA', atasanJabatanId: jLuar!.id }).returning();
  await db.update(pegawai).set({ telepon }).where(eq(pegawai.id, f.pKepala.id));

  let n = 0;
  const orang = async (nama: string, jabatanId: number, unitId: number): Promise<PegawaiRow> => {
    n++;
    const [p] = await db.insert(pegawai).values({
      nip: `19800101200501${String(1000 + n)}`, jenisAsn: 'PNS', nama, jenisKelamin: n % 2 ? 'L' : 'P', tanggalLahir: '1980-01-01',
      golongan: 'III/a', jabatanId, unitId, telepon,
    }).returning();
    return p!;
  };
  const sekda = await orang('Sekda Uji', jSekda!.id, setda!.id);
  const kabid = await orang('Kabid Uji', jKabid!.id, b1u!.id);
  const b: PegawaiRow[] = [];
  for (let i = 0; i < 10; i++) b.push(await orang(`Analis Uji ${String.fromCharCode(65 + i)}`, jPelaksana!.id, b1u!.id));
  const x = {
    draft: await orang('Pegawai Draf', jX!.id, b2u!.id),
    mutasi: await orang('Pegawai Mutasi', jX!.id, b2u!.id),
    masaDepan: await orang('Pegawai Masa Depan', jX!.id, b2u!.id),
    tanpaPeriodik: await orang('Pegawai Tanpa Periodik', jX!.id, b2u!.id),
  };
  const luar = await orang('Orang Luar', jLuar!.id, f.opdB.id);
  const luar2 = await orang('Orang Luar Dua', jLuar2!.id, f.opdB.id);
  const luar3 = await orang('Orang Luar Tiga', jLuar2!.id, f.opdB.id);

  const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
  const akunBaru: Array<{ username: string; roles: Role[]; pegawaiId: number | null; opdId: number | null }> = [
    { username: 'kabid', roles: ['atasan', 'pegawai'], pegawaiId: kabid.id, opdId: f.opdA.id },
    { username: 'sekda', roles: ['pimpinan', 'atasan', 'pegawai'], pegawaiId: sekda.id, opdId: null },
    { username: 'b1', roles: ['pegawai'], pegawaiId: b[0]!.id, opdId: f.opdA.id },
    { username: 'b2', roles: ['pegawai'], pegawaiId: b[1]!.id, opdId: f.opdA.id },
    { username: 'luar', roles: ['pegawai'], pegawaiId: luar.id, opdId: f.opdB.id },
    { username: 'luar2', roles: ['pegawai'], pegawaiId: luar2.id, opdId: f.opdB.id },
    { username: 'atasan_luar', roles: ['atasan'], pegawaiId: luar3.id, opdId: f.opdB.id },
    { username: 'admin_opd_b', roles: ['admin_opd'], pegawaiId: null, opdId: f.opdB.id },
  ];
  for (const a of akunBaru) await db.insert(akun).values({ ...a, nama: `Akun ${a.username}`, passwordHash });

  const buatSkp = async (o: {
    p: PegawaiRow; penilaiId: number | null; atasanPenilaiId: number | null; opdId: number; tahun?: number; status?: 'draft' | 'disetujui';
    mulai?: string; selesai?: string; aktif?: boolean; jenisJabatan?: 'JPT' | 'ADMINISTRATOR' | 'PELAKSANA';
  }) => {
    const tahun = o.tahun ?? 2026;
    const [j] = await db.select().from(jabatan).where(eq(jabatan.id, o.p.jabatanId!));
    const [s] = await db.insert(skp).values({
      pegawaiId: o.p.id, tahun, periodeMulai: o.mulai ?? `${tahun}-01-01`, periodeSelesai: o.selesai ?? `${tahun}-12-31`,
      jabatanId: j!.id, jabatanNama: j!.nama, jenisJabatan: o.jenisJabatan ?? (j!.jenis as 'PELAKSANA'), unitId: o.p.unitId, opdId: o.opdId,
      penilaiId: o.penilaiId, atasanPenilaiId: o.atasanPenilaiId, status: o.status ?? 'disetujui', aktif: o.aktif ?? true,
    }).returning();
    return s!;
  };
  const pKepala = (await db.select().from(pegawai).where(eq(pegawai.id, f.pKepala.id)))[0]!;
  const pStaf = (await db.select().from(pegawai).where(eq(pegawai.id, f.pStaf.id)))[0]!;
  const skpKepala = await buatSkp({ p: pKepala, penilaiId: sekda.id, atasanPenilaiId: null, opdId: f.opdA.id });
  const skpSekda = await buatSkp({ p: sekda, penilaiId: null, atasanPenilaiId: null, opdId: setda!.id });
  const skpStaf = await buatSkp({ p: pStaf, penilaiId: pKepala.id, atasanPenilaiId: sekda.id, opdId: f.opdA.id });
  const skpKabid = await buatSkp({ p: kabid, penilaiId: pKepala.id, atasanPenilaiId: sekda.id, opdId: f.opdA.id });
  const skpB = [];
  for (const p of b) skpB.push(await buatSkp({ p, penilaiId: kabid.id, atasanPenilaiId: pKepala.id, opdId: f.opdA.id }));
  const skpX = {
    draft: await buatSkp({ p: x.draft, penilaiId: kabid.id, atasanPenilaiId: pKepala.id, opdId: f.opdA.id, status: 'draft' }),
    mutasi: await buatSkp({ p: x.mutasi, penilaiId: kabid.id, atasanPenilaiId: pKepala.id, opdId: f.opdA.id, selesai: '2026-06-30', aktif: false }),
    masaDepan: await buatSkp({ p: x.masaDepan, penilaiId: kabid.id, atasanPenilaiId: pKepala.id, opdId: f.opdA.id, tahun: 2030 }),
    tanpaPeriodik: await buatSkp({ p: x.tanpaPeriodik, penilaiId: kabid.id, atasanPenilaiId: pKepala.id, opdId: f.opdA.id }),
  };
  const skpLuar = await buatSkp({ p: luar, penilaiId: null, atasanPenilaiId: null, opdId: f.opdB.id });
  const skpLuar2 = await buatSkp({ p: luar2, penilaiId: luar.id, atasanPenilaiId: null, opdId: f.opdB.id });

  return {
    unit: { setda: setda!, bidang1: b1u!, bidang2: b2u! },
    orang: { sekda, kabid, b, x, luar, luar2, kepala: pKepala, staf: pStaf },
    skp: { kepala: skpKepala, sekda: skpSekda, staf: skpStaf, kabid: skpKabid, b: skpB, x: skpX, luar: skpLuar, luar2: skpLuar2 },
  };
}
