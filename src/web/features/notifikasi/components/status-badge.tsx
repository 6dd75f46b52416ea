import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusNotifikasi } from '../../../../contracts/notifikasi.ts';

// Contrast ≥ 4.5:1 (filled badges with an explicit text colour; outline in a dark shade).
const STYLE: Record<StatusNotifikasi, { color: string; variant: 'outline' | 'filled'; fg?: string }> = {
  menunggu: { color: 'blue.8', variant: 'outline' },
  dikirim: { color: 'indigo.8', variant: 'filled', fg: 'var(--mantine-color-white)' },
  terkirim: { color: 'green.7', variant: 'filled', fg: 'var(--mantine-color-black)' },
  gagal: { color: 'red.8', variant: 'filled', fg: 'var(--mantine-color-white)' },
  dilewati: { color: 'gray.8', variant: 'outline' },
};

/** Delivery status of an outbox message, always written out (colour is not the only signal). */
export function StatusBadge({ status }: { status: StatusNotifikasi }) {
  const { t } = useTranslation('notifikasi');
  const s = STYLE[status];
  return (
    <Badge color={s.color} variant={s.variant} styles={{ root: { flexShrink: 0, minWidth: 'max-content', ...(s.fg ? { color: s.fg } : {}) } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
