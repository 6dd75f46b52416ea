/**
 * Survey periods of the SKM (PermenPANRB 14/2017: a unit runs the SKM at least once a year; pelayanan.md §1
 * "in practice periods are triwulan, semester or tahunan"). Pure.
 */

export const JENIS_PERIODE = ['triwulan', 'semester', 'tahun'] as const;
export type JenisPeriode = (typeof JENIS_PERIODE)[number];

const ROMAWI = ['I', 'II', 'III', 'IV'] as const;
const pad2 = (n: number) => String(n).padStart(2, '0');
const akhirBulan = (tahun: number, bulan: number) => new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();

export type Periode = { mulai: string; selesai: string; label: string };

/**
 * The calendar period: triwulan k = months 3k−2…3k, semester k = months 6k−5…6k, tahun = Jan 1–Dec 31;
 * dates `YYYY-MM-DD`, both inclusive.
 *
 * @param p.ke  1–4 for triwulan, 1–2 for semester, absent/null for tahun
 * @returns `{ ok: true, mulai, selesai, label }` or `{ ok: false, pesan }` (Indonesian, about `ke`)
 * @example hitungPeriode({ jenisPeriode: 'triwulan', tahun: 2026, ke: 3 })
 *   → { ok: true, mulai: '2026-07-01', selesai: '2026-09-30', label: 'Triwulan III 2026' }
 */
export function hitungPeriode(p: { jenisPeriode: JenisPeriode; tahun: number; ke?: number | null }): ({ ok: true } & Periode) | { ok: false; pesan: string } {
  const { jenisPeriode, tahun } = p;
  const ke = p.ke ?? null;
  if (jenisPeriode === 'tahun') {
    if (ke != null) return { ok: false, pesan: 'kosongkan "ke" untuk periode tahunan' };
    return { ok: true, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, label: `Tahun ${tahun}` };
  }
  const maks = jenisPeriode === 'triwulan' ? 4 : 2;
  const nama = jenisPeriode === 'triwulan' ? 'Triwulan' : 'Semester';
  if (ke == null) return { ok: false, pesan: `pilih ${nama.toLowerCase()} ke-1 sampai ke-${maks}` };
  if (!Number.isInteger(ke) || ke < 1 || ke > maks) return { ok: false, pesan: `${nama.toLowerCase()} harus 1–${maks}` };
  const bulan = jenisPeriode === 'triwulan' ? 3 : 6;
  const awal = (ke - 1) * bulan + 1;
  const akhir = ke * bulan;
  return {
    ok: true,
    mulai: `${tahun}-${pad2(awal)}-01`,
    selesai: `${tahun}-${pad2(akhir)}-${pad2(akhirBulan(tahun, akhir))}`,
    label: `${nama} ${ROMAWI[ke - 1]} ${tahun}`,
  };
}

/** Label of a stored period, e.g. "Triwulan III 2026", "Semester I 2026", "Tahun 2026". */
export function labelPeriode(s: { jenisPeriode: JenisPeriode; tahun: number; ke: number | null }): string {
  if (s.jenisPeriode === 'tahun') return `Tahun ${s.tahun}`;
  const nama = s.jenisPeriode === 'triwulan' ? 'Triwulan' : 'Semester';
  return `${nama} ${ROMAWI[(s.ke ?? 1) - 1] ?? s.ke} ${s.tahun}`;
}
