import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useAdminLayananList } from '../api/get-admin-layanan-list.ts';
import { LayananForm } from '../components/layanan-form.tsx';
import '../i18n.ts';

/** /admin/layanan (layanan:kelola): the layanan of my scope with their standard in force and open draft; "Tambah layanan". */
export default function AdminKatalogPage() {
  const { t } = useTranslation('layanan');
  useDocumentTitle(`${t('admin.judul')} · SIKAP`);
  const q = useAdminLayananList();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('admin.judul')}</Title>
          <Text size="sm" c="gray.8" maw={760}>{t('admin.pengantar')}</Text>
        </div>
        <Button onClick={open}>{t('admin.tambah')}</Button>
      </Group>
      {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : q.data.length === 0 ? (
        <Text c="gray.8">{t('admin.kosong')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.kolom.nama')}</Table.Th>
                <Table.Th>{t('admin.kolom.unit')}</Table.Th>
                <Table.Th>{t('admin.kolom.versi')}</Table.Th>
                <Table.Th>{t('admin.kolom.jangkaWaktu')}</Table.Th>
                <Table.Th>{t('admin.kolom.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((l) => (
                <Table.Tr key={l.id} data-testid={`admin-layanan-${l.kode}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/admin/layanan/${l.id}`} aria-label={t('admin.kelolaAria', { nama: l.nama })}>{l.nama}</Anchor>
                    <Text size="xs" c="gray.8"><code>{l.kode}</code> · {l.kategori}</Text>
                  </Table.Td>
                  <Table.Td>{l.unit.nama}</Table.Td>
                  <Table.Td>
                    {l.versiBerlaku ? `v${l.versiBerlaku}` : <Text span c="gray.8">{t('admin.belumBerlaku')}</Text>}
                    {l.versiDraf && <Badge ml={6} size="sm" variant="outline" color="yellow.9">{t('admin.draf', { versi: l.versiDraf })}</Badge>}
                  </Table.Td>
                  <Table.Td>{l.jangkaWaktu?.teks ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge size="sm" variant="light" color={l.aktif ? 'teal' : 'gray'}>{l.aktif ? t('admin.aktif') : t('admin.nonaktif')}</Badge>
                      {l.online && <Badge size="sm" variant="outline" color="grape">{t('admin.online')}</Badge>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={opened} onClose={close} title={t('admin.tambah')} size="lg" closeButtonProps={{ 'aria-label': t('admin.tutup') }}>
        {opened && <LayananForm onBatal={close} onTersimpan={(id) => navigate(`/admin/layanan/${id}`)} />}
      </Modal>
    </Stack>
  );
}
