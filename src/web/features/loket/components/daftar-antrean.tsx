import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Antrean } from '../../../../contracts/antrian-loket.ts';

/** The loket's waiting line in call order: number, layanan, channel, priority badge, waiting minutes. */
export function DaftarAntrean({ items }: { items: Antrean['items'] }) {
  const { t } = useTranslation('loket');
  if (!items.length) return <Text c="dimmed">{t('antreanKosong')}</Text>;
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('kolom.nomor')}</Table.Th><Table.Th>{t('kolom.layanan')}</Table.Th>
          <Table.Th>{t('kolom.kanal')}</Table.Th><Table.Th>{t('kolom.menunggu')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((x) => (
          <Table.Tr key={x.id}>
            <Table.Td fw={700}>
              {x.nomor}{' '}
              {x.prioritas && <Badge color="grape" variant="light">{t(`prioritas.${x.prioritas}`)}</Badge>}{' '}
              {x.untukLoketIni && <Badge variant="outline">{t('untukLoketIni')}</Badge>}
            </Table.Td>
            <Table.Td>{x.layananNama}</Table.Td>
            <Table.Td>{t(`kanal.${x.kanal}`)}</Table.Td>
            <Table.Td>{t('menit', { n: x.menungguMenit })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
