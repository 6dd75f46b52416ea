import { LineChart } from '@mantine/charts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SurveiHasil } from '../../../../contracts/skm.ts';
import { formatBulat, formatDesimal } from '../lib/format.ts';
import '@mantine/charts/styles.css';

/** Lower bounds of mutu C, B and A (PermenPANRB 14/2017, pelayanan.md §1.4). */
const BATAS_MUTU = [
  { mutu: 'C', nilai: 65, color: 'yellow.9' },
  { mutu: 'B', nilai: 76.61, color: 'teal.8' },
  { mutu: 'A', nilai: 88.31, color: 'green.8' },
] as const;

/** IKM across periods of the same unit (and layanan), oldest first, with the same figures as a table. */
export function TrenChart({ tren, surveiId }: { tren: SurveiHasil['tren']; surveiId: number }) {
  const { t, i18n } = useTranslation('skm');
  const lang = i18n.language;
  if (tren.length === 0) return <Text size="sm" c="gray.8">{t('detail.trenKosong')}</Text>;
  return (
    <>
      {tren.length > 1 && (
        <LineChart
          h={220}
          data={tren.map((p) => ({ periode: p.periodeLabel, ikm: p.ikm }))}
          dataKey="periode"
          series={[{ name: 'ikm', label: t('tabel.ikm'), color: 'cyan.8' }]}
          // Even steps on the 25–100 scale; ticks and threshold labels use the same locale formatter.
          yAxisProps={{ domain: [25, 100], ticks: [25, 50, 75, 100], interval: 0, tickFormatter: (v: number) => formatDesimal(v, 0, lang) }}
          referenceLines={BATAS_MUTU.map((b) => ({ y: b.nilai, label: `${b.mutu} ${formatDesimal(b.nilai, 2, lang)}`, color: b.color }))}
          valueFormatter={(v) => formatDesimal(v, 2, lang)}
          connectNulls
          textColor="gray.8"
          aria-hidden="true"
          accessibilityLayer={false}
          mb="sm"
        />
      )}
      <Table fz="sm" verticalSpacing={4}>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span size="sm" c="gray.8">{t('detail.trenCaption')}</Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tabel.periode')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('tabel.responden')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('tabel.ikm')}</Table.Th>
            <Table.Th scope="col">{t('tabel.mutu')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tren.map((p) => (
            <Table.Tr key={p.surveiId} aria-current={p.surveiId === surveiId ? 'true' : undefined} fw={p.surveiId === surveiId ? 700 : undefined}>
              <Table.Th scope="row" fw="inherit">
                {p.surveiId === surveiId ? p.periodeLabel : <Anchor component={Link} to={`/admin/skm/${p.surveiId}`} size="sm">{p.periodeLabel}</Anchor>}
              </Table.Th>
              <Table.Td ta="right">{formatBulat(p.responden, lang)}</Table.Td>
              <Table.Td ta="right">{formatDesimal(p.ikm, 2, lang)}</Table.Td>
              <Table.Td>{p.mutu ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
