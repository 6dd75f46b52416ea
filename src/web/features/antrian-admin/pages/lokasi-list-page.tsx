import { Anchor, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useLokasiList } from '../api/get-lokasi-list.ts';
import { AktifBadge } from '../components/aktif-badge.tsx';
import { LokasiUmumForm } from '../components/lokasi-umum-form.tsx';
import '../i18n.ts';

/** /admin/antrian (antrian:kelola): the lokasi this account may manage, and "Tambah lokasi". */
export default function LokasiListPage() {
  const { t } = useTranslation('antrianAdmin');
  useDocumentTitle(`${t('daftar.judul')} · SIKAP`);
  const q = useLokasiList();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('daftar.judul')}</Title>
          <Text size="sm" c="gray.8">{t('daftar.pengantar')}</Text>
        </div>
        <Button onClick={open}>{t('daftar.tambah')}</Button>
      </Group>
      {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : q.data.length === 0 ? (
        <Text c="gray.8">{t('daftar.kosong')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('daftar.kolom.nama')}</Table.Th><Table.Th>{t('daftar.kolom.kode')}</Table.Th>
                <Table.Th>{t('daftar.kolom.unit')}</Table.Th><Table.Th>{t('daftar.kolom.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td><Anchor component={Link} to={`/admin/antrian/${l.id}`} aria-label={t('daftar.kelolaAria', { nama: l.nama })}>{l.nama}</Anchor></Table.Td>
                  <Table.Td><code>{l.kode}</code></Table.Td>
                  <Table.Td>{l.unitNama ?? '—'}</Table.Td>
                  <Table.Td><AktifBadge aktif={l.aktif} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={opened} onClose={close} title={t('daftar.tambah')} size="lg">
        {opened && <LokasiUmumForm onBatal={close} onTersimpan={(id) => navigate(`/admin/antrian/${id}`)} />}
      </Modal>
    </Stack>
  );
}
