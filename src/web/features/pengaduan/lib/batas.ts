import type { PengaduanRingkas } from '../../../../contracts/pengaduan.ts';

export type BadgeBatas = 'terlambat' | 'segera' | 'aman';

/** "Due soon" window: the running deadline is at most this far away (a working day's worth of clock time). */
export const JENDELA_SEGERA_MS = 24 * 3_600_000;

/**
 * The deadline badge of a case for staff lists (pelayanan.md §4.2 LAPOR! limits): 'terlambat' once the
 * running deadline (verification+forwarding, or the OPD's follow-up) has passed, 'segera' when it is at most
 * 24 hours away, else 'aman'. No badge when the case has no running staff deadline (closed, or waiting for
 * the reporter before the automatic close, which is the system's deadline, not the staff's).
 *
 * @example badgeBatas({ jenis: 'verifikasi', batas: '2026-12-03T03:00:00Z', terlambat: false }, new Date('2026-12-02T05:00:00Z')) → 'segera'
 */
export function badgeBatas(batas: PengaduanRingkas['batas'], now: Date): BadgeBatas | null {
  if (!batas || batas.jenis === 'tutup_otomatis') return null;
  const sisa = new Date(batas.batas).getTime() - now.getTime();
  if (batas.terlambat || sisa < 0) return 'terlambat';
  return sisa <= JENDELA_SEGERA_MS ? 'segera' : 'aman';
}
