import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JumlahPredikatLengkap } from '../../../../contracts/kinerja-penilaian.ts';
import { PREDIKAT } from '../../../../domain/kinerja/predikat.ts';
import { formatAngka } from '../lib/format.ts';
import { WARNA_PREDIKAT } from '../lib/pola.ts';
import '@mantine/charts/styles.css';

/**
 * Employees per predikat as horizontal bars (best predikat on top; labels fit a phone), each in its predikat colour, with the count on the
 * bar. The figure is hidden from screen readers; its caption (passed in) carries the same numbers.
 */
export function GrafikSebaran({ jumlah, keterangan, testId }: { jumlah: JumlahPredikatLengkap; keterangan: string; testId?: string }) {
  const { t, i18n } = useTranslation('kinerjaOpd');
  const lang = i18n.language;
  const data = PREDIKAT.map((p) => ({ predikat: t(`predikat.${p}`), jumlah: jumlah[p], color: WARNA_PREDIKAT[p] }));
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <BarChart
        h={210}
        data={data}
        dataKey="predikat"
        orientation="vertical"
        series={[{ name: 'jumlah', label: t('unit.kolomJumlah'), color: 'cyan.7' }]}
        withBarValueLabel
        valueFormatter={(v) => formatAngka(v, lang)}
        gridAxis="x"
        textColor="gray.8"
        maxBarWidth={26}
        yAxisProps={{ width: 150, interval: 0 }}
        barChartProps={{ margin: { right: 40 } }}
        aria-hidden="true"
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
      />
      <figcaption><Text size="sm" c="gray.8">{keterangan}</Text></figcaption>
    </figure>
  );
}

/** "Sangat Baik 3, Baik 12, …" for captions and screen-reader summaries. */
export function rincianJumlah(jumlah: JumlahPredikatLengkap, t: (k: string) => string, lang: string): string {
  return PREDIKAT.map((p) => `${t(`predikat.${p}`)} ${formatAngka(jumlah[p], lang)}`).join(', ');
}
