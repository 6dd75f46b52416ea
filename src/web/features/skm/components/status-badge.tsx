import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusSurvei } from '../api/get-survei-list.ts';

// Contrast ≥ 4.5:1: draf gray.8 outline, aktif black on green.7 (7.6:1), ditutup white on dark.6.
const STYLE: Record<StatusSurvei, { color: string; variant: 'outline' | 'filled'; fg?: string }> = {
  draf: { color: 'gray.8', variant: 'outline' },
  aktif: { color: 'green.7', variant: 'filled', fg: 'var(--mantine-color-black)' },
  ditutup: { color: 'dark.6', variant: 'filled', fg: 'var(--mantine-color-white)' },
};

/** Survey status (draf / aktif / ditutup), always written out. */
export function StatusBadge({ status }: { status: StatusSurvei }) {
  const { t } = useTranslation('skm');
  const s = STYLE[status];
  return (
    // min-width: the badge is never cut to "DITU…" in a narrow table column.
    <Badge color={s.color} variant={s.variant} styles={{ root: { flexShrink: 0, minWidth: 'max-content', ...(s.fg ? { color: s.fg } : {}) } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
