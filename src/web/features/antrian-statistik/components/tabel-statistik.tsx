import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BarisStatistik, Ringkasan } from '../../../../contracts/antrian-statistik.ts';
import { formatAngka } from '../lib/format.ts';

type Kolom = { key: keyof Ringkasan; label: string; digits: number };

/** The figures of one kelompok (layanan, loket or petugas) as a table with a total row; `judul` is its caption. */
export function TabelStatistik({ judul, kolomPertama, baris, total, testId }: {
  judul: string; kolomPertama: string; baris: BarisStatistik[]; total: Ringkasan; testId?: string;
}) {
  const { t, i18n } = useTranslation('antrianStatistik');
  const lang = i18n.language;
  const kolom: Kolom[] = [
    { key: 'jumlahTiket', label: t('tabel.tiket'), digits: 0 },
    { key: 'dilayani', label: t('tabel.dilayani'), digits: 0 },
    { key: 'tidakHadir', label: t('tabel.tidakHadir'), digits: 0 },
    { key: 'tungguRata', label: t('tabel.tungguRata'), digits: 1 },
    { key: 'tungguP90', label: t('tabel.tungguP90'), digits: 1 },
    { key: 'layananRata', label: t('tabel.layananRata'), digits: 1 },
    { key: 'layananP50', label: t('tabel.layananP50'), digits: 1 },
    { key: 'persenTidakHadir', label: t('tabel.persenTidakHadir'), digits: 1 },
    { key: 'persenDalamStandar', label: t('tabel.persenDalamStandar'), digits: 1 },
  ];
  const sel = (r: Ringkasan) => kolom.map((k) => <Table.Td key={k.key} ta="right">{formatAngka(r[k.key], lang, k.digits)}</Table.Td>);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table fz="sm" striped verticalSpacing={4} data-testid={testId}>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span fw={600}>{judul}</Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{kolomPertama}</Table.Th>
            {kolom.map((k) => <Table.Th key={k.key} scope="col" ta="right">{k.label}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {baris.length === 0 && (
            <Table.Tr><Table.Td colSpan={kolom.length + 1}><Text size="sm" c="gray.8">{t('tabel.kosong')}</Text></Table.Td></Table.Tr>
          )}
          {baris.map((b) => (
            <Table.Tr key={String(b.kunci)}>
              <Table.Th scope="row" fw={400}>{b.label}</Table.Th>
              {sel(b)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {baris.length > 0 && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('tabel.total')}</Table.Th>
              {sel(total)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
