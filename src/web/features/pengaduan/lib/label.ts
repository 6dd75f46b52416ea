import type { TFunction } from 'i18next';
import type { RiwayatPengaduan } from '../../../../contracts/pengaduan.ts';

/**
 * Labels of server values. The API sends Indonesian labels (statusLabel, riwayat[].label, hasilLabel), which
 * stay authoritative in Indonesian; in English the feature's own translation of the key is shown, falling
 * back to the server's label for a key it does not know.
 */
export function labelDari(t: TFunction, lang: string, kunci: string, labelServer: string | null | undefined): string {
  if (!lang.startsWith('en') && labelServer) return labelServer;
  return t(kunci, { defaultValue: labelServer ?? kunci });
}

/** The label of a history entry (`aksi` of domain/layanan/pengaduan.ts AksiPengaduan). */
export const labelRiwayat = (t: TFunction, lang: string, r: Pick<RiwayatPengaduan, 'aksi' | 'label'>) =>
  labelDari(t, lang, `peristiwa.${r.aksi}`, r.label);
