/**
 * The tracking pair (nomor + kode akses) of the complaint being viewed, kept in sessionStorage only, so a
 * reload of /pengaduan/lacak keeps the case open while the tab lives, and nothing outlives the tab (the
 * access code is a secret: never in the URL, never in localStorage).
 */

export type PasanganLacak = { nomor: string; kodeAkses: string };

const KUNCI = 'sikap.pengaduan.lacak';

type Penyimpan = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const sesi = (): Penyimpan | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled (privacy mode)
  }
};

/** A public case number as citizens type it: trimmed, upper-case ("pg-2026-000045 " → "PG-2026-000045"). */
export const rapikanNomor = (nomor: string) => nomor.trim().toUpperCase();

/** The stored pair, or null when none (or the stored value is not a pair). */
export function bacaLacak(s: Penyimpan | null = sesi()): PasanganLacak | null {
  try {
    const v = JSON.parse(s?.getItem(KUNCI) ?? 'null') as unknown;
    if (v && typeof v === 'object' && typeof (v as PasanganLacak).nomor === 'string' && typeof (v as PasanganLacak).kodeAkses === 'string') {
      return { nomor: (v as PasanganLacak).nomor, kodeAkses: (v as PasanganLacak).kodeAkses };
    }
  } catch {
    // a damaged value counts as none
  }
  return null;
}

export function simpanLacak(p: PasanganLacak, s: Penyimpan | null = sesi()): void {
  try {
    s?.setItem(KUNCI, JSON.stringify({ nomor: p.nomor, kodeAkses: p.kodeAkses }));
  } catch {
    // quota or disabled storage: tracking still works for this view
  }
}

export function hapusLacak(s: Penyimpan | null = sesi()): void {
  try {
    s?.removeItem(KUNCI);
  } catch {
    // nothing to do
  }
}

/**
 * The pair passed by another page in router state (`navigate('/pengaduan/lacak', { state: { nomor, kodeAkses } })`),
 * e.g. the form's result or the /lacak page for a PG- number; null when the state is not such a pair.
 */
export function dariState(state: unknown): PasanganLacak | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Record<string, unknown>;
  const kode = typeof s.kodeAkses === 'string' ? s.kodeAkses : typeof s.kode === 'string' ? s.kode : null;
  return typeof s.nomor === 'string' && kode ? { nomor: s.nomor, kodeAkses: kode } : null;
}
