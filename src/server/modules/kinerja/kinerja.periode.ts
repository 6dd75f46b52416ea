import { eq } from 'drizzle-orm';
import { daftarPeriode, periodeKe, type JenisPeriode, type PeriodeEvaluasi } from '../../../domain/kinerja/periode.ts';
import type { DbOrTx } from '../../db/client.ts';
import { KinerjaErrors } from './kinerja.errors.ts';
import { kinerjaTahun } from './kinerja.table.ts';

/** The settings of a performance year with the defaults applied (kinerja.md §1.8: monthly; §1.3: 14 working days [L]). */
export type PengaturanTahun = { tahun: number; jenisPeriode: JenisPeriode; batasKeberatanHariKerja: number; batasPenyusunanSkp: string | null };

export const PENGATURAN_BAWAAN = { jenisPeriode: 'bulanan' as JenisPeriode, batasKeberatanHariKerja: 14 };

/** The year's settings (a year without a row uses {@link PENGATURAN_BAWAAN}; SKP deadline default 31 January). */
export async function pengaturanTahun(db: DbOrTx, tahun: number): Promise<PengaturanTahun> {
  const [r] = await db.select().from(kinerjaTahun).where(eq(kinerjaTahun.tahun, tahun)).limit(1);
  return {
    tahun,
    jenisPeriode: r?.jenisPeriode ?? PENGATURAN_BAWAAN.jenisPeriode,
    batasKeberatanHariKerja: r?.batasKeberatanHariKerja ?? PENGATURAN_BAWAAN.batasKeberatanHariKerja,
    batasPenyusunanSkp: r?.batasPenyusunanSkp ?? `${tahun}-01-31`,
  };
}

/** The periods of a year under its settings. */
export async function periodeTahun(db: DbOrTx, tahun: number): Promise<PeriodeEvaluasi[]> {
  return daftarPeriode(tahun, (await pengaturanTahun(db, tahun)).jenisPeriode);
}

/**
 * The `ke`-th period of a year under its settings; `ke` = 0 is the whole year (annual evaluation).
 * @throws KinerjaErrors.PERIODE_TIDAK_VALID (400, field `params.ke`) when `ke` is outside 0..number of periods
 */
export async function periodeDariKe(db: DbOrTx, tahun: number, ke: number): Promise<PeriodeEvaluasi & { tahunan: boolean }> {
  const { jenisPeriode } = await pengaturanTahun(db, tahun);
  if (ke === 0) {
    return { tahun, jenis: jenisPeriode, ke: 0, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, bulan: 12, label: `Tahunan ${tahun}`, tahunan: true };
  }
  try {
    return { ...periodeKe(tahun, jenisPeriode, ke), tahunan: false };
  } catch {
    const n = daftarPeriode(tahun, jenisPeriode).length;
    throw KinerjaErrors.PERIODE_TIDAK_VALID(`Periode ${ke} tidak ada: tahun ${tahun} memakai periode ${jenisPeriode} (1–${n}, atau 0 untuk tahunan).`, [
      { field: 'params.ke', message: `harus 0–${n}` },
    ]);
  }
}
