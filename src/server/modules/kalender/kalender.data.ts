import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { JENIS_LIBUR } from '../../../contracts/kalender.ts';

/**
 * The national holidays and cuti bersama file (SKB 3 Menteri per year), kept once for the seed and for
 * `ensureHariLibur` (kalender.service.ts): scripts/seed/data/hari-libur-nasional.json.
 * Dates are data, never logic (ADR 0006).
 */
export const BERKAS_HARI_LIBUR = new URL('../../../../scripts/seed/data/hari-libur-nasional.json', import.meta.url);

const EntriSchema = z.object({ tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), nama: z.string().min(1), jenis: z.enum(JENIS_LIBUR) });
const BerkasSchema = z.object({ sumber: z.record(z.string(), z.array(z.string())).optional() }).catchall(z.unknown());

export type HariLiburBawaan = { tanggal: string; nama: string; jenis: (typeof JENIS_LIBUR)[number]; sumber: string | null };

/**
 * Reads the holiday file: every year key ("2026", "2027", …) → its dates, each with the year's first
 * `sumber` entry (the decree) as its legal source.
 */
export async function bacaHariLiburBawaan(berkas: URL = BERKAS_HARI_LIBUR): Promise<HariLiburBawaan[]> {
  const isi = BerkasSchema.parse(JSON.parse(await readFile(berkas, 'utf8')));
  return Object.entries(isi)
    .filter(([tahun]) => /^\d{4}$/.test(tahun))
    .flatMap(([tahun, entri]) => z.array(EntriSchema).parse(entri).map((e) => ({
      tanggal: e.tanggal, nama: e.nama, jenis: e.jenis, sumber: isi.sumber?.[tahun]?.[0] ?? null,
    })));
}
