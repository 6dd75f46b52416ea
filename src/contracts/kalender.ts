import { z } from 'zod';

/** Kinds of closed day in the shared calendar (pelayanan.md §6). */
export const JENIS_LIBUR = ['libur_nasional', 'cuti_bersama', 'libur_lokal', 'tutup_darurat'] as const;
export type JenisLibur = (typeof JENIS_LIBUR)[number];

export const JENIS_LIBUR_LABEL: Record<JenisLibur, string> = {
  libur_nasional: 'Libur nasional',
  cuti_bersama: 'Cuti bersama',
  libur_lokal: 'Libur lokal',
  tutup_darurat: 'Tutup darurat',
};

/** A WIB calendar date `YYYY-MM-DD` that exists. */
export const TanggalSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD')
  .refine((t) => !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) && new Date(`${t}T00:00:00Z`).toISOString().startsWith(t), 'Tanggal tidak ada di kalender');

/** One closed day of the shared calendar. */
export const HariLiburSchema = z.object({
  id: z.number().int(),
  tanggal: z.string(),
  nama: z.string(),
  jenis: z.enum(JENIS_LIBUR),
  /** Legal source (SKB 3 Menteri, Keppres, SK Wali Kota…). */
  sumber: z.string().nullable(),
  diubahPada: z.string(),
});
export type HariLibur = z.infer<typeof HariLiburSchema>;

export const HariLiburListSchema = z.object({ tahun: z.number().int(), items: z.array(HariLiburSchema) });
export type HariLiburList = z.infer<typeof HariLiburListSchema>;

export const KalenderQuerySchema = z.object({
  tahun: z.coerce.number().int('Tahun harus bilangan bulat').min(2000, 'Tahun minimal 2000').max(2100, 'Tahun maksimal 2100').optional(),
});

export const HariLiburCreateSchema = z.object({
  tanggal: TanggalSchema,
  nama: z.string().trim().min(3, 'Nama minimal 3 karakter').max(200, 'Nama maksimal 200 karakter'),
  jenis: z.enum(JENIS_LIBUR, 'Jenis hari libur tidak dikenal'),
  sumber: z.string().trim().max(300, 'Sumber maksimal 300 karakter').nullish(),
});
export type HariLiburCreate = z.infer<typeof HariLiburCreateSchema>;

export const HariLiburUpdateSchema = HariLiburCreateSchema.partial();
export type HariLiburUpdate = z.infer<typeof HariLiburUpdateSchema>;
