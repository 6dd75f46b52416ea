import { z } from 'zod';

/**
 * Contracts of the queue statistics (GET /antrian/statistik…, permission `antrian:statistik`).
 * Figures and units: src/domain/antrian/statistik.ts (pelayanan.md §3.2). Durations in minutes (0.1),
 * percentages 0–100 (0.1); null = nothing to measure in that group.
 */

export const KELOMPOK_STATISTIK = ['layanan', 'loket', 'petugas', 'jam', 'hari'] as const;
export const KelompokStatistikSchema = z.enum(KELOMPOK_STATISTIK, { error: 'kelompok harus salah satu dari layanan, loket, petugas, jam, hari' });
export type KelompokStatistik = z.infer<typeof KelompokStatistikSchema>;

const TanggalSchema = (nama: string) =>
  z.string({ error: `${nama} wajib diisi` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${nama} harus berformat YYYY-MM-DD`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), `${nama} bukan tanggal yang valid`);

/** The filter shared by the JSON and XLSX endpoints. `dari`/`sampai` are WIB business days, inclusive (≤ 366 days). */
export const StatistikFilterSchema = z.object({
  lokasiId: z.coerce.number({ error: 'lokasiId harus berupa angka' }).int().positive().max(2_147_483_647).optional(),
  dari: TanggalSchema('dari'),
  sampai: TanggalSchema('sampai'),
});
export type StatistikFilter = z.infer<typeof StatistikFilterSchema>;

export const StatistikQuerySchema = StatistikFilterSchema.extend({ kelompok: KelompokStatistikSchema.default('layanan') });
export type StatistikQuery = z.infer<typeof StatistikQuerySchema>;

/** XLSX: `kelompok` is a comma list (e.g. "layanan,jam"); absent = every kelompok, one sheet each. */
export const StatistikXlsxQuerySchema = StatistikFilterSchema.extend({
  kelompok: z.string().optional()
    .transform((s, ctx) => {
      if (!s) return [...KELOMPOK_STATISTIK];
      const daftar = [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))];
      const salah = daftar.filter((x) => !(KELOMPOK_STATISTIK as readonly string[]).includes(x));
      if (salah.length || daftar.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'kelompok harus daftar dari layanan, loket, petugas, jam, hari' });
        return z.NEVER;
      }
      return daftar as KelompokStatistik[];
    }),
});

/** The figures of one group or of the whole selection. */
export const RingkasanSchema = z.object({
  jumlahTiket: z.number().int(),
  dilayani: z.number().int(),
  tidakHadir: z.number().int(),
  dibatalkan: z.number().int(),
  kedaluwarsa: z.number().int(),
  tungguRata: z.number().nullable(),
  tungguP50: z.number().nullable(),
  tungguP90: z.number().nullable(),
  layananRata: z.number().nullable(),
  layananP50: z.number().nullable(),
  layananP90: z.number().nullable(),
  persenTidakHadir: z.number().nullable(),
  persenDalamStandar: z.number().nullable(),
});
export type Ringkasan = z.infer<typeof RingkasanSchema>;

/**
 * One group: `kunci` is the layanan/loket/pegawai id, the WIB hour 0–23 (jam) or the 'YYYY-MM-DD' WIB date
 * (hari); null = tickets without one (not yet called → no loket/petugas; never arrived → no hour).
 */
export const BarisStatistikSchema = RingkasanSchema.extend({
  kunci: z.union([z.number().int(), z.string()]).nullable(),
  label: z.string(),
});
export type BarisStatistik = z.infer<typeof BarisStatistikSchema>;

export const StatistikSchema = z.object({
  filter: z.object({ lokasiId: z.number().int().nullable(), dari: z.string(), sampai: z.string(), kelompok: KelompokStatistikSchema }),
  total: RingkasanSchema,
  baris: z.array(BarisStatistikSchema),
});
export type Statistik = z.infer<typeof StatistikSchema>;

export const LokasiStatistikSchema = z.object({ id: z.number().int(), kode: z.string(), nama: z.string(), aktif: z.boolean() });
export const LokasiStatistikListSchema = z.array(LokasiStatistikSchema);
export type LokasiStatistik = z.infer<typeof LokasiStatistikSchema>;
