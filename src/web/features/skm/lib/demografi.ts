import type { JENIS_KELAMIN as K_JK, PEKERJAAN as K_PK, PENDIDIKAN as K_PD, USIA as K_US } from '../../../../contracts/skm.ts';

/*
 * The demographic answer values of the contract (src/contracts/skm.ts), repeated here ONLY so the public
 * survey page does not pull zod into its bundle (the contract module builds zod schemas at import time).
 * The annotations make tsc fail if the contract's lists change, so they cannot drift.
 */
export const JENIS_KELAMIN: typeof K_JK = ['L', 'P'];
export const USIA: typeof K_US = ['<20', '20-29', '30-39', '40-49', '50-59', '60+'];
export const PENDIDIKAN: typeof K_PD = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4/S1', 'S2', 'S3'];
export const PEKERJAAN: typeof K_PK = ['PNS/TNI/Polri', 'Pegawai swasta', 'Wiraswasta', 'Pelajar/Mahasiswa', 'Ibu rumah tangga', 'Tidak bekerja', 'Lainnya'];

/** The demographic questions, keyed as in the response body and in SurveiHasil.demografi. */
export const DEMOGRAFI_FIELDS = [
  { key: 'jenisKelamin', values: JENIS_KELAMIN },
  { key: 'usia', values: USIA },
  { key: 'pendidikan', values: PENDIDIKAN },
  { key: 'pekerjaan', values: PEKERJAAN },
] as const;
export type DemografiKey = (typeof DEMOGRAFI_FIELDS)[number]['key'];

/** The value under which the server counts respondents who skipped a demographic question. */
export const TIDAK_DIISI = 'Tidak diisi';

/**
 * Rows of one demographic table in questionnaire order (the contract's list: age groups by age), values the
 * web does not know after them, and "Tidak diisi" last.
 */
export function urutDemografi<R extends { nilai: string }>(key: string, rows: readonly R[]): R[] {
  const urutan: readonly string[] = DEMOGRAFI_FIELDS.find((f) => f.key === key)?.values ?? [];
  const peringkat = (nilai: string) => {
    if (nilai === TIDAK_DIISI) return Number.MAX_SAFE_INTEGER;
    const i = urutan.indexOf(nilai);
    return i >= 0 ? i : urutan.length;
  };
  return rows.map((r, i) => ({ r, i })).sort((a, b) => peringkat(a.r.nilai) - peringkat(b.r.nilai) || a.i - b.i).map((x) => x.r);
}
