import {
  Badge, Button, Card, Group, SimpleGrid, Stack, Table, Tabs, Text, Title, Tree, getTreeExpandedState, useTree,
  type TreeNodeData,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitPohon, Wilayah } from '../../../../contracts/org.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useUnitPohon } from '../api/get-unit-pohon.ts';
import { useWilayah } from '../api/get-wilayah.ts';
import '../i18n.ts';

type Simpul = TreeNodeData & { nodeProps: { unit: UnitPohon } };

const keSimpul = (u: UnitPohon): Simpul => ({
  value: String(u.id),
  label: u.nama,
  nodeProps: { unit: u },
  children: u.anak.length ? u.anak.map(keSimpul) : undefined,
});

/** The unit tree (Pemkot → OPD → units) with active pegawai counts; roots start expanded. */
function PohonUnit({ data }: { data: UnitPohon[] }) {
  const { t, i18n } = useTranslation('org');
  const simpul = useMemo(() => data.map(keSimpul), [data]);
  const tree = useTree({ initialExpandedState: getTreeExpandedState(simpul, simpul.map((s) => s.value)) });
  const angka = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">{t('organisasi.unitPengantar')}</Text>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => tree.expandAllNodes()}>{t('organisasi.bukaSemua')}</Button>
        <Button size="xs" variant="default" onClick={() => tree.collapseAllNodes()}>{t('organisasi.tutupSemua')}</Button>
      </Group>
      <Tree
        data={simpul}
        tree={tree}
        levelOffset="lg"
        withLines
        aria-label={t('organisasi.pohonLabel')}
        renderNode={({ node, expanded, hasChildren, elementProps }) => {
          const u = (node as Simpul).nodeProps.unit;
          return (
            <Group gap="xs" wrap="nowrap" py={3} {...elementProps}>
              <Text component="span" w={14} ta="center" c="gray.7" aria-hidden>{hasChildren ? (expanded ? '▾' : '▸') : '·'}</Text>
              <Text component="span" size="sm" fw={u.isOpd || u.jenis === 'PEMKOT' ? 600 : 400}>{u.nama}</Text>
              <Badge size="xs" variant="light" color="gray">{t(`organisasi.jenis.${u.jenis}`)}</Badge>
              {u.isUnitLayanan && <Badge size="xs" variant="outline" color="teal.9">{t('organisasi.layanan')}</Badge>}
              <Text component="span" size="xs" c="gray.7" title={t('organisasi.langsung', { count: u.jumlahPegawai })}>
                {t('organisasi.pegawai', { count: u.jumlahPegawaiTotal, jumlah: angka(u.jumlahPegawaiTotal) })}
              </Text>
            </Group>
          );
        }}
      />
    </Stack>
  );
}

/** Kecamatan cards, each with its kelurahan and Kemendagri codes; unconfirmed codes are flagged. */
function DaftarWilayah({ data }: { data: Wilayah }) {
  const { t } = useTranslation('org');
  if (!data.kecamatan.length) return <Text c="gray.7">{t('organisasi.kosongWilayah')}</Text>;
  const adaBelumPasti = data.kecamatan.some((k) => !k.kodePasti || k.kelurahan.some((x) => !x.kodePasti));
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        {data.kota ? `${data.kota.nama} (${data.kota.kode})` : ''}{data.provinsi ? `, ${data.provinsi.nama}` : ''} — {t('organisasi.wilayahPengantar')}
      </Text>
      {adaBelumPasti && <Text size="xs" c="gray.7">{t('organisasi.belumPastiPenjelasan')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {data.kecamatan.map((k) => (
          <Card key={k.kode} withBorder padding="sm" component="section" aria-labelledby={`kec-${k.kode}`}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <div>
                <Title order={3} size="h5" id={`kec-${k.kode}`}>{t('organisasi.kecamatanJudul', { nama: k.nama })}</Title>
                <Text size="xs" c="gray.7">{t('organisasi.kelurahanJumlah', { count: k.kelurahan.length })}</Text>
              </div>
              <Group gap={4} wrap="nowrap">
                <Text ff="monospace" size="sm">{k.kode}</Text>
                {!k.kodePasti && <Badge size="xs" color="gray.8" variant="outline">{t('organisasi.belumPasti')}</Badge>}
              </Group>
            </Group>
            <Table verticalSpacing={2} withRowBorders={false}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organisasi.kelurahan')}</Table.Th>
                  <Table.Th scope="col">{t('organisasi.kode')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {k.kelurahan.map((x) => (
                  <Table.Tr key={x.kode}>
                    <Table.Td>{x.nama}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Text ff="monospace" size="sm">{x.kode}</Text>
                        {!x.kodePasti && <Badge size="xs" color="gray.8" variant="outline">{t('organisasi.belumPasti')}</Badge>}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Admin page /admin/organisasi (permission `org:lihat`): the unit tree with counts, and the wilayah list. */
export default function OrganisasiPage() {
  const { t } = useTranslation('org');
  const pohon = useUnitPohon();
  const wilayah = useWilayah();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">{t('organisasi.judul')}</Title>
      <Tabs defaultValue="unit" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="unit">{t('organisasi.tabUnit')}</Tabs.Tab>
          <Tabs.Tab value="wilayah">{t('organisasi.tabWilayah')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="unit" pt="md">
          {pohon.isPending && <PageLoader />}
          {pohon.isError && <ErrorState error={pohon.error} onRetry={() => pohon.refetch()} />}
          {pohon.data && <PohonUnit data={pohon.data} />}
        </Tabs.Panel>
        <Tabs.Panel value="wilayah" pt="md">
          {wilayah.isPending && <PageLoader />}
          {wilayah.isError && <ErrorState error={wilayah.error} onRetry={() => wilayah.refetch()} />}
          {wilayah.data && <DaftarWilayah data={wilayah.data} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
