import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BarisStatistik } from '../../../../contracts/antrian-statistik.ts';
import { deretJam } from '../lib/periode.ts';
import { formatAngka } from '../lib/format.ts';
import '@mantine/charts/styles.css';

/** Tickets per WIB arrival hour (check-in), as bars from the first to the last hour with tickets. */
export function GrafikJam({ baris }: { baris: BarisStatistik[] }) {
  const { t, i18n } = useTranslation('antrianStatistik');
  const lang = i18n.language;
  const tidakDatang = baris.find((b) => b.kunci == null)?.jumlahTiket ?? 0;
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={240}
        data={deretJam(baris)}
        dataKey="jam"
        series={[{ name: 'jumlahTiket', label: t('seri.jumlahTiket'), color: 'cyan.8' }]}
        valueFormatter={(v) => formatAngka(v, lang, 0)}
        textColor="gray.8"
        maxBarWidth={32}
        aria-hidden="true"
        accessibilityLayer={false}
      />
      <figcaption>
        <Text size="sm" c="gray.8">{t('grafik.perJamKet', { tidakDatang: formatAngka(tidakDatang, lang, 0) })}</Text>
      </figcaption>
    </figure>
  );
}
