import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusPengaduan } from '../../../../contracts/pengaduan.ts';
import { labelDari } from '../lib/label.ts';

// Light variants: theme.css lifts their text colours to ≥ 4.5:1 on the light background.
const WARNA: Record<StatusPengaduan, string> = {
  baru: 'orange',
  diverifikasi: 'blue',
  diteruskan: 'violet',
  ditindaklanjuti: 'teal',
  selesai: 'green',
  ditutup: 'gray',
  ditolak: 'red',
};

/** Status of a complaint, always written out (colour is not the only signal). `label` = the server's statusLabel. */
export function StatusBadge({ status, label, ...rest }: { status: StatusPengaduan; label?: string; 'data-testid'?: string }) {
  const { t, i18n } = useTranslation('pengaduan');
  return (
    <Badge color={WARNA[status]} variant="light" styles={{ root: { flexShrink: 0, minWidth: 'max-content', textTransform: 'none' } }} {...rest}>
      {labelDari(t, i18n.language, `status.${status}`, label)}
    </Badge>
  );
}
