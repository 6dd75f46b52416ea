import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiwayatPengaduan } from '../../../../contracts/pengaduan.ts';
import { formatWaktu } from '../lib/format.ts';
import { labelRiwayat } from '../lib/label.ts';

type Entri = RiwayatPengaduan & { publik?: boolean };

/**
 * The history of a case, oldest first: what happened, who, when (WIB) and the text of replies. Staff see
 * internal notes marked "internal"; the reporter's view only ever receives public entries.
 */
export function RiwayatTimeline({ riwayat, kosong }: { riwayat: Entri[]; kosong: string }) {
  const { t, i18n } = useTranslation('pengaduan');
  if (!riwayat.length) return <Text size="sm" c="dimmed">{kosong}</Text>;
  return (
    <Timeline active={riwayat.length - 1} bulletSize={14} lineWidth={2} data-testid="riwayat">
      {riwayat.map((r, i) => (
        <Timeline.Item
          key={`${r.at}-${i}`}
          title={
            <Group gap={6} wrap="wrap">
              <Text fw={600} size="sm" component="span">{labelRiwayat(t, i18n.language, r)}</Text>
              {r.publik === false && <Badge size="xs" color="gray" variant="outline">{t('detail.internal')}</Badge>}
            </Group>
          }
          data-testid="riwayat-entri"
        >
          <Text size="xs" c="dimmed">{formatWaktu(r.at, i18n.language)} · {r.oleh}</Text>
          {r.isi && <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.isi}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
