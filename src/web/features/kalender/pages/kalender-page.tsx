import { ActionIcon, Alert, Button, Group, Select, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { HariLibur } from '../../../../contracts/kalender.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useDeleteHariLibur } from '../api/delete-hari-libur.ts';
import { useKalender } from '../api/get-kalender.ts';
import { HariLiburModal } from '../components/hari-libur-modal.tsx';
import { JenisBadge } from '../components/jenis-badge.tsx';
import '../i18n.ts';

/** "Jumat, 25 Desember 2026" in the UI language (the date is a WIB calendar date, shown as is). */
function formatTanggal(tanggal: string, lang: string) {
  return new Date(`${tanggal}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
}

/** /admin/kalender (kalender:kelola): the closed days of a year, with add / edit / delete. */
export default function KalenderPage() {
  const { t, i18n } = useTranslation('kalender');
  useDocumentTitle(`${t('judul')} · SIKAP`);
  const [params, setParams] = useSearchParams();
  const tahunIni = new Date().getFullYear();
  const tahun = Number(params.get('tahun')) || tahunIni;
  const q = useKalender(tahun);
  const hapus = useDeleteHariLibur();
  const [opened, { open, close }] = useDisclosure(false);
  const [dipilih, setDipilih] = useState<HariLibur | null>(null);

  const bukaForm = (h: HariLibur | null) => { setDipilih(h); open(); };
  const konfirmasiHapus = (h: HariLibur) => {
    if (!window.confirm(t('hapusKonfirmasi', { nama: h.nama, tanggal: formatTanggal(h.tanggal, i18n.language) }))) return;
    hapus.mutate(h.id, {
      onSuccess: () => notifications.show({ color: 'green', message: t('terhapus') }),
      onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
    });
  };

  const tahunOpsi = Array.from({ length: 5 }, (_, i) => String(tahunIni - 1 + i));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('judul')}</Title>
          <Text size="sm" c="gray.8">{t('pengantar')}</Text>
        </div>
        <Button onClick={() => bukaForm(null)}>{t('tambah')}</Button>
      </Group>
      <Alert color="blue" variant="light" title={t('catatanJudul')}>{t('catatan')}</Alert>
      <Group align="flex-end">
        <Select
          label={t('tahun')} data={tahunOpsi} value={String(tahun)} allowDeselect={false} w={140}
          onChange={(v) => v && setParams({ tahun: v }, { replace: true })}
        />
        {q.data && <Text size="sm" c="gray.8" aria-live="polite">{t('ringkasan', { count: q.data.items.length })}</Text>}
      </Group>

      {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : q.data.items.length === 0 ? (
        <Text c="gray.8">{t('kosong')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kolom.tanggal')}</Table.Th>
                <Table.Th>{t('kolom.nama')}</Table.Th>
                <Table.Th>{t('kolom.jenis')}</Table.Th>
                <Table.Th>{t('kolom.sumber')}</Table.Th>
                <Table.Th><VisuallyHidden>{t('kolom.aksi')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><time dateTime={h.tanggal}>{formatTanggal(h.tanggal, i18n.language)}</time></Table.Td>
                  <Table.Td>{h.nama}</Table.Td>
                  <Table.Td><JenisBadge jenis={h.jenis} /></Table.Td>
                  <Table.Td><Text size="xs" c="gray.8" lineClamp={2} title={h.sumber ?? undefined}>{h.sumber ?? '—'}</Text></Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => bukaForm(h)} aria-label={t('ubahAria', { nama: h.nama })}>{t('ubah')}</Button>
                      <Tooltip label={t('hapus')}>
                        <ActionIcon variant="subtle" color="red.9" onClick={() => konfirmasiHapus(h)} aria-label={t('hapusAria', { nama: h.nama })} loading={hapus.isPending && hapus.variables === h.id}>
                          <span aria-hidden>✕</span>
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <HariLiburModal opened={opened} onClose={close} awal={dipilih} tahun={tahun} />
    </Stack>
  );
}
