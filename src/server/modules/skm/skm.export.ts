import type { IkmHasil, Survei } from '../../../contracts/skm.ts';

/** Everything a report needs (built by the skm service, rendered by the functions below). */
export type SkmLaporanData = {
  survei: Survei;
  hasil: IkmHasil;
  progres: { populasi: number | null; target: number | null; responden: number; persen: number | null; tercapai: boolean };
  /** One row per respondent, in order; no identifying data exists to include. */
  responden: Array<{
    no: number;
    tanggal: string;
    kanal: string;
    jawaban: Record<'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9', number | null>;
    jenisKelamin: string | null;
    usia: string | null;
    pendidikan: string | null;
    pekerjaan: string | null;
  }>;
  saran: string[];
  /** ISO timestamp of generation (passed in, for deterministic output). */
  dibuatPada: string;
};

/** XLSX report (placeholder until implemented). */
export async function buildSkmXlsx(data: SkmLaporanData): Promise<Buffer> {
  void data;
  throw new Error('not implemented');
}

/** PDF "Laporan Hasil SKM" (placeholder until implemented). */
export async function buildSkmPdf(data: SkmLaporanData): Promise<Buffer> {
  void data;
  throw new Error('not implemented');
}
