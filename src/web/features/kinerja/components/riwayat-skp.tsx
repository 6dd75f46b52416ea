import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { formatWaktu } from '../lib/format.ts';

/** The SKP's workflow history, newest first (made, edited, submitted, approved, returned with its note…). */
export function RiwayatSkp({ riwayat }: { riwayat: SkpDetail['riwayat'] }) {
  const { t, i18n } = useTranslation('kinerja');
  const daftar = [...riwayat].reverse();
  return (
    <Timeline bulletSize={14} lineWidth={2} active={daftar.length} data-testid="riwayat-skp">
      {daftar.map((r, i) => (
        <Timeline.Item key={`${r.at}-${i}`} title={<Text size="sm" fw={600} component="span">{t(`skp.riwayatAksi.${r.aksi}`, { defaultValue: r.aksi })}</Text>}>
          <Text size="xs" c="gray.8">{[r.oleh, formatWaktu(r.at, i18n.language)].filter(Boolean).join(' · ')}</Text>
          {r.catatan && <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>“{r.catatan}”</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
