import type { BarisStatistik } from '../../../../contracts/antrian-statistik.ts';
import { tambahHari } from '../../../../domain/shared/tanggal.ts';

export const PRESET = ['hariIni', '7hari', '30hari', 'tahunIni'] as const;
export type Preset = (typeof PRESET)[number];

/**
 * The date range ('YYYY-MM-DD', WIB, inclusive) of a quick period ending today: today, the last 7 or 30 days
 * (today included), or 1 January to today.
 * @example rentangPreset('7hari', '2026-11-30') → { dari: '2026-11-24', sampai: '2026-11-30' }
 */
export function rentangPreset(preset: Preset, hariIni: string): { dari: string; sampai: string } {
  switch (preset) {
    case 'hariIni': return { dari: hariIni, sampai: hariIni };
    case '7hari': return { dari: tambahHari(hariIni, -6), sampai: hariIni };
    case '30hari': return { dari: tambahHari(hariIni, -29), sampai: hariIni };
    case 'tahunIni': return { dari: `${hariIni.slice(0, 4)}-01-01`, sampai: hariIni };
  }
}

/** The preset a range corresponds to, if any (to highlight it). */
export function presetDari(r: { dari: string; sampai: string }, hariIni: string): Preset | null {
  return PRESET.find((p) => {
    const x = rentangPreset(p, hariIni);
    return x.dari === r.dari && x.sampai === r.sampai;
  }) ?? null;
}

/**
 * One point per calendar day from `dari` to `sampai` (days without tickets = 0), so a year of history draws
 * as a continuous line of ≤ 366 points.
 */
export function deretHarian(baris: readonly BarisStatistik[], dari: string, sampai: string) {
  const per = new Map(baris.map((b) => [b.kunci, b]));
  const out: Array<{ tanggal: string; jumlahTiket: number; dilayani: number }> = [];
  for (let d = dari; d <= sampai && out.length < 400; d = tambahHari(d, 1)) {
    const b = per.get(d);
    out.push({ tanggal: d, jumlahTiket: b?.jumlahTiket ?? 0, dilayani: b?.dilayani ?? 0 });
  }
  return out;
}

/** One bar per hour from the first to the last hour with tickets (gaps = 0); tickets without an hour are left out. */
export function deretJam(baris: readonly BarisStatistik[]) {
  const jam = baris.filter((b): b is BarisStatistik & { kunci: number } => typeof b.kunci === 'number');
  if (!jam.length) return [];
  const per = new Map(jam.map((b) => [b.kunci, b.jumlahTiket]));
  const min = Math.min(...jam.map((b) => b.kunci));
  const max = Math.max(...jam.map((b) => b.kunci));
  return Array.from({ length: max - min + 1 }, (_, i) => ({ jam: `${String(min + i).padStart(2, '0')}.00`, jumlahTiket: per.get(min + i) ?? 0 }));
}
