import { LineChart } from '@mantine/charts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SurveiHasil } from '../../../../contracts/skm.ts';
import { formatBulat, formatDesimal } from '../lib/format.ts';
import '@mantine/charts/styles.css';

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
          yAxisProps={{ domain: [25, 100] }}
          referenceLines={[
            { y: 65, label: 'C 65,00', color: 'yellow.9' },
            { y: 76.61, label: 'B 76,61', color: 'teal.8' },
            { y: 88.31, label: 'A 88,31', color: 'green.8' },
          ]}
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
