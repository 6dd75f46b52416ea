import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PengaduanRingkas } from '../../../../contracts/pengaduan.ts';
import { badgeBatas } from '../lib/batas.ts';
import { formatWaktu } from '../lib/format.ts';

const GAYA = {
  terlambat: { color: 'red.8', variant: 'filled', fg: 'var(--mantine-color-white)' },
  segera: { color: 'yellow', variant: 'light' },
  aman: { color: 'gray', variant: 'light' },
} as const;

/**
 * The running deadline of a case with its badge (Terlambat / Segera / Sesuai batas; lib/batas.ts) and the
 * instant in WIB. Nothing for a case without a staff deadline. `now` is a parameter for tests and lists.
 */
export function BatasBadge({ batas, now = new Date(), tampilWaktu = true }: { batas: PengaduanRingkas['batas']; now?: Date; tampilWaktu?: boolean }) {
  const { t, i18n } = useTranslation('pengaduan');
  const badge = badgeBatas(batas, now);
  if (!batas || !badge) return <Text size="sm" c="dimmed">—</Text>;
  const g = GAYA[badge];
  return (
    <Group gap={6} wrap="nowrap">
      <Badge
        color={g.color} variant={g.variant} data-badge={badge}
        styles={{ root: { flexShrink: 0, minWidth: 'max-content', textTransform: 'none', ...('fg' in g ? { color: g.fg } : {}) } }}
      >
        {t(`badge.${badge}`)}
      </Badge>
      {tampilWaktu && <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatWaktu(batas.batas, i18n.language)}</Text>}
    </Group>
  );
}
