import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BarisStatistik } from '../../../../contracts/antrian-statistik.ts';
import { deretHarian } from '../lib/periode.ts';
import { formatAngka, formatTanggal } from '../lib/format.ts';
import '@mantine/charts/styles.css';

/**
 * Tickets and served tickets per WIB day, one point per calendar day (≤ 366): no dots, ticks thinned by
 * recharts, no animation. The figure is summarised in its caption for screen readers.
 */
export function GrafikHarian({ baris, dari, sampai }: { baris: BarisStatistik[]; dari: string; sampai: string }) {
  const { t, i18n } = useTranslation('antrianStatistik');
  const lang = i18n.language;
  const data = deretHarian(baris, dari, sampai);
  const puncak = data.reduce((m, p) => (p.jumlahTiket > m.jumlahTiket ? p : m), data[0] ?? { tanggal: dari, jumlahTiket: 0 });
  return (
    <figure style={{ margin: 0 }}>
      <LineChart
        h={260}
        data={data}
        dataKey="tanggal"
        series={[
          { name: 'jumlahTiket', label: t('seri.jumlahTiket'), color: 'cyan.8' },
          { name: 'dilayani', label: t('seri.dilayani'), color: 'green.8' },
        ]}
        withDots={data.length <= 31}
        withLegend
        curveType="linear"
        xAxisProps={{ minTickGap: 28, tickFormatter: (v: unknown) => formatTanggal(v, lang) }}
        // Mantine calls this with `undefined` while no point is hovered; formatTanggal gives '' then.
        tooltipProps={{ labelFormatter: (v: unknown) => formatTanggal(v, lang, true) }}
        valueFormatter={(v) => formatAngka(v, lang, 0)}
        strokeWidth={data.length > 90 ? 1.5 : 2}
        textColor="gray.8"
        aria-hidden="true"
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
      />
      <figcaption>
        <Text size="sm" c="gray.8">
          {t('grafik.perHariKet', { hari: data.length, maks: formatAngka(puncak.jumlahTiket, lang, 0), tanggal: formatTanggal(puncak.tanggal, lang, true) })}
        </Text>
      </figcaption>
    </figure>
  );
}
