import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveiHasil } from '../../../../contracts/skm.ts';
import { TIDAK_DIISI, urutDemografi } from '../lib/demografi.ts';
import { formatBulat } from '../lib/format.ts';

/**
 * Respondent counts per demographic answer, in questionnaire order (age groups by age) with "Tidak diisi"
 * (skipped) last, each value shown with the label the survey form uses.
 */
export function DemografiPanel({ demografi }: { demografi: SurveiHasil['demografi'] }) {
  const { t, i18n } = useTranslation('skm');
  const lang = i18n.language;
  const entries = Object.entries(demografi).filter(([, rows]) => rows.length > 0);
  if (entries.length === 0) return <Text size="sm" c="gray.8">{t('detail.demografiKosong')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {entries.map(([key, rows]) => {
        const total = rows.reduce((s, r) => s + r.jumlah, 0);
        return (
          // The div keeps the grid from stretching the table's rows to the tallest neighbour.
          <div key={key}>
            <Table fz="sm" verticalSpacing={4}>
              <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700, color: 'var(--mantine-color-text)' }}>
                {t(`demografi.label.${key}`, { defaultValue: key })}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tabel.jawaban')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('tabel.jumlah')}</Table.Th>
                  <Table.Th scope="col" ta="right">%</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {urutDemografi(key, rows).map((r) => (
                  <Table.Tr key={r.nilai}>
                    <Table.Th scope="row" fw={400}>
                      {r.nilai === TIDAK_DIISI ? t('demografi.tidakDiisi') : t(`demografi.opsi.${key}.${r.nilai}`, { defaultValue: r.nilai })}
                    </Table.Th>
                    <Table.Td ta="right">{formatBulat(r.jumlah, lang)}</Table.Td>
                    <Table.Td ta="right">{total ? Math.round((r.jumlah / total) * 100) : 0}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        );
      })}
    </SimpleGrid>
  );
}
