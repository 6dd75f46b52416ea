import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { IkmHasil } from '../../../../contracts/skm.ts';
import { formatDesimal } from '../lib/format.ts';
import '@mantine/charts/styles.css';

/**
 * Horizontal bars of each unsur's converted value (25–100) with the mutu thresholds of PermenPANRB 14/2017
 * (65,00 C · 76,61 B · 88,31 A; pelayanan.md §1.4). The weakest unsur is drawn in red; the table beside the
 * chart carries the same numbers for screen readers, so the figure itself is described only by its caption.
 */
export function UnsurChart({ hasil }: { hasil: IkmHasil }) {
  const { t, i18n } = useTranslation('skm');
  const lang = i18n.language;
  const data = hasil.perUnsur.map((u) => ({
    unsur: u.kode,
    nilai: u.nilaiKonversi ?? 0,
    color: u.kode === hasil.unsurTerlemah ? 'red.8' : 'cyan.7',
  }));
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={Math.max(220, data.length * 34 + 40)}
        data={data}
        dataKey="unsur"
        orientation="vertical"
        series={[{ name: 'nilai', label: t('detail.nilaiKonversi'), color: 'cyan.7' }]}
        xAxisProps={{ domain: [25, 100], ticks: [25, 40, 55, 65, 76.61, 88.31, 100] }}
        yAxisProps={{ width: 40 }}
        // Thresholds are also axis ticks and are named in the caption, so the lines carry no labels.
        referenceLines={[
          { x: 65, color: 'yellow.9', strokeDasharray: '4 2' },
          { x: 76.61, color: 'teal.8', strokeDasharray: '4 2' },
          { x: 88.31, color: 'green.8', strokeDasharray: '4 2' },
        ]}
        valueFormatter={(v) => formatDesimal(v, 2, lang)}
        withBarValueLabel
        gridAxis="y"
        textColor="gray.8"
        maxBarWidth={24}
        barChartProps={{ margin: { right: 44 } }}
        aria-hidden="true"
        accessibilityLayer={false}
      />
      <figcaption>
        <span style={{ fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-gray-8)' }}>
          {t('detail.chartUnsurKet')}
        </span>
      </figcaption>
    </figure>
  );
}
