import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusSkp } from '../../../../contracts/kinerja-skp.ts';
import { WARNA_STATUS_SKP } from '../lib/langkah.ts';

/**
 * Fill colours with ≥ 4.5:1 for white text (Mantine's green.9 #2b8a3e is 4.33:1, orange.9 #d9480f 4.29:1) —
 * the same shades theme.css gives the light-variant badges.
 */
export const HIJAU_GELAP = '#1f6b30';
export const ORANYE_GELAP = '#a13508';

/** Badge styles for texts: no capitals, and a long text wraps instead of being cut off on a phone. */
export const GAYA_LENCANA = {
  root: { textTransform: 'none', height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

/** Status of an SKP, always written out (colour is never the only signal); null → "Belum ada SKP". */
export function StatusSkpLencana({ status, ...p }: { status: StatusSkp | null } & BadgeProps) {
  const { t } = useTranslation('kinerja');
  return (
    <Badge variant="light" color={status ? WARNA_STATUS_SKP[status] : 'gray'} data-status={status ?? 'belum'}
      styles={{ root: { ...GAYA_LENCANA.root, flexShrink: 0 }, label: GAYA_LENCANA.label }} {...p}>
      {t(`status.${status ?? 'belum'}`)}
    </Badge>
  );
}
