import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BarisStatistik } from '../../../../contracts/antrian-statistik.ts';
import { formatAngka } from '../lib/format.ts';
import '@mantine/charts/styles.css';

/** Average and p90 waiting time (minutes) per layanan, horizontal bars (layanan names are long). */
export function GrafikTungguLayanan({ baris }: { baris: BarisStatistik[] }) {
  const { t, i18n } = useTranslation('antrianStatistik');
  const lang = i18n.language;
  const data = baris.filter((b) => b.tungguRata != null).map((b) => ({ layanan: b.label, tungguRata: b.tungguRata, tungguP90: b.tungguP90 }));
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={Math.max(200, data.length * 48 + 60)}
        data={data}
        dataKey="layanan"
        orientation="vertical"
        series={[
          { name: 'tungguRata', label: t('seri.tungguRata'), color: 'cyan.8' },
          { name: 'tungguP90', label: t('seri.tungguP90'), color: 'orange.9' },
        ]}
        withLegend
        yAxisProps={{ width: 160 }}
        valueFormatter={(v) => formatAngka(v, lang)}
        textColor="gray.8"
        maxBarWidth={18}
        gridAxis="x"
        aria-hidden="true"
        accessibilityLayer={false}
      />
      <figcaption>
        <Text size="sm" c="gray.8">{t('grafik.tungguLayananKet')}</Text>
      </figcaption>
    </figure>
  );
}
