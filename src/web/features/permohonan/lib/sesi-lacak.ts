/**
 * The tracking pair (nomor + kode akses) kept for this browser tab only (sessionStorage), so a reload of
 * /lacak shows the case again without retyping — and never in the URL, history state of other tabs,
 * or localStorage (plan decision 1 and 8; UU 27/2022: the access code opens personal data).
 */
export type PasanganLacak = { nomor: string; kodeAkses: string };

const KUNCI = 'sikap.lacak.permohonan';

export function bacaPasangan(): PasanganLacak | null {
  try {
    const raw = sessionStorage.getItem(KUNCI);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<PasanganLacak>;
    return typeof v.nomor === 'string' && typeof v.kodeAkses === 'string' ? { nomor: v.nomor, kodeAkses: v.kodeAkses } : null;
  } catch {
    return null;
  }
}

export function simpanPasangan(p: PasanganLacak): void {
  try {
    sessionStorage.setItem(KUNCI, JSON.stringify(p));
  } catch {
    // private mode / storage full: tracking still works, only without the reload convenience
  }
}

export function hapusPasangan(): void {
  try {
    sessionStorage.removeItem(KUNCI);
  } catch {
    // ignore
  }
}
