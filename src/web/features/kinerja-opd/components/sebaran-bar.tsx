import { Box, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JumlahPredikat } from '../../../../domain/kinerja/distribusi.ts';
import { PREDIKAT } from '../../../../domain/kinerja/predikat.ts';
import { persenPredikat, totalJumlah, WARNA_PREDIKAT } from '../lib/pola.ts';

/**
 * The employees' predikat of a unit as one stacked bar (best predikat on the left). Decorative: the same
 * figures are always next to it as text or a table, so the bar is hidden from screen readers.
 */
export function SebaranBar({ jumlah, tinggi = 18 }: { jumlah: JumlahPredikat; tinggi?: number }) {
  const n = totalJumlah(jumlah);
  const persen = persenPredikat(jumlah);
  return (
    <Progress.Root size={tinggi} aria-hidden="true" radius="sm" bg={n === 0 ? 'gray.2' : undefined}>
      {n > 0 && PREDIKAT.filter((p) => (jumlah[p] ?? 0) > 0).map((p) => (
        <Progress.Section key={p} value={persen[p]} color={WARNA_PREDIKAT[p]} aria-hidden="true" />
      ))}
    </Progress.Root>
  );
}

/** The colour key of {@link SebaranBar} (colour + name, so colour is never the only cue). */
export function LegendaPredikat() {
  const { t } = useTranslation('kinerjaOpd');
  return (
    <Group gap="md" mb="xs" aria-hidden="true">
      {PREDIKAT.map((p) => (
        <Group key={p} gap={6} wrap="nowrap">
          <Box w={12} h={12} bg={WARNA_PREDIKAT[p]} style={{ borderRadius: 2 }} />
          <Text size="xs" c="gray.8">{t(`predikat.${p}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
