import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_NOTIFIKASI, type RingkasanNotifikasi, type StatusNotifikasi } from '../../../../contracts/notifikasi.ts';

/**
 * One card per delivery status with its count; a card is also a filter button (pressed = the active
 * filter), so the summary and the table stay one control for keyboard and screen-reader users.
 */
export function RingkasanStatus({ data, aktif, onPilih, lang }: {
  data: RingkasanNotifikasi;
  aktif: StatusNotifikasi | undefined;
  onPilih: (s: StatusNotifikasi | undefined) => void;
  lang: string;
}) {
  const { t } = useTranslation('notifikasi');
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" role="group" aria-label={t('ringkasanLabel')}>
      {STATUS_NOTIFIKASI.map((s) => {
        const ditekan = aktif === s;
        return (
          <UnstyledButton key={s} onClick={() => onPilih(ditekan ? undefined : s)} aria-pressed={ditekan} data-testid={`ringkasan-${s}`}>
            <Paper withBorder p="sm" radius="md" style={ditekan ? { borderColor: 'var(--mantine-color-cyan-9)', borderWidth: 2 } : undefined}>
              <Text size="sm" c="gray.8">{t(`status.${s}`)}</Text>
              <Text fz={28} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>{data[s].toLocaleString(lang)}</Text>
              <Text size="xs" c="gray.8">{t(`statusKet.${s}`)}</Text>
            </Paper>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
