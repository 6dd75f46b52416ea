import { Alert, Button, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useImporRespon } from '../api/impor-respon.ts';
import { formatBulat } from '../lib/format.ts';
import { uraiGalat } from '../lib/impor.ts';
import { Gulir } from './gulir.tsx';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Paper-survey upload (POST /skm/survei/:id/impor): a CSV/XLSX with columns U1..U9 (and optional demographics).
 * The server saves all rows or none; on 400 EVERY row error is listed, so the admin fixes the file in one go.
 * The panel sits in the narrow side column, so the row errors open in a wide dialog (Baris, Kolom, Pesan).
 */
export function ImporPanel({ surveiId }: { surveiId: number }) {
  const { t, i18n } = useTranslation('skm');
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [daftarTerbuka, setDaftarTerbuka] = useState(false);
  const impor = useImporRespon(surveiId);
  const galat = uraiGalat(impor.error instanceof ApiError ? impor.error.problem.errors ?? [] : []);
  // Errors without a row (e.g. "berkas tidak berisi satu pun baris jawaban") are short: shown in the panel itself.
  const adaBaris = galat.some((g) => g.baris != null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setLocalError(t('impor.pilihBerkas'));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setLocalError(t('impor.jenisSalah'));
    if (file.size > MAX_BYTES) return setLocalError(t('impor.terlaluBesar'));
    setLocalError(null);
    impor.mutate(file, {
      onSuccess: (r) => {
        notifications.show({
          color: 'green',
          title: t('impor.berhasilJudul'),
          message: t('impor.berhasil', { count: r.diimpor, jumlah: formatBulat(r.diimpor, i18n.language) }),
        });
        setFile(null);
      },
      onError: (err) => {
        if (err instanceof ApiError && uraiGalat(err.problem.errors ?? []).some((g) => g.baris != null)) setDaftarTerbuka(true);
      },
    });
  };

  const judulGalat = galat.length ? t('impor.gagalBaris', { count: galat.length }) : t('impor.gagal');

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="gray.8">{t('impor.ket')}</Text>
        <Group align="flex-end" gap="xs">
          <FileInput
            label={t('impor.berkas')}
            placeholder={t('impor.placeholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => { setFile(f); setLocalError(null); impor.reset(); setDaftarTerbuka(false); }}
            clearable
            error={localError}
            style={{ flex: 1, minWidth: 200 }}
            data-testid="impor-berkas"
          />
          <Button type="submit" loading={impor.isPending} data-testid="impor-kirim">{t('impor.kirim')}</Button>
        </Group>
        {impor.isError && (
          <Alert color="red" role="alert" title={judulGalat}>
            {galat.length === 0 ? (
              <Text size="sm">{errorMessage(impor.error)}</Text>
            ) : (
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('impor.tidakDisimpan')}</Text>
                {adaBaris ? (
                  <Button variant="white" color="red" size="compact-sm" onClick={() => setDaftarTerbuka(true)} data-testid="impor-galat-buka">
                    {t('impor.lihatGalat', { count: galat.length })}
                  </Button>
                ) : (
                  galat.map((g, i) => <Text size="sm" key={i}>{g.pesan}</Text>)
                )}
              </Stack>
            )}
          </Alert>
        )}
      </Stack>
      <Modal
        opened={daftarTerbuka && impor.isError && adaBaris}
        onClose={() => setDaftarTerbuka(false)}
        title={judulGalat}
        size="xl"
        closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('impor.tidakDisimpan')}</Text>
          <Gulir label={t('impor.daftarGalat')} maxHeight="60vh">
            <Table fz="sm" verticalSpacing={6} striped stickyHeader data-testid="impor-galat">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" ta="right" w={70}>{t('impor.baris')}</Table.Th>
                  <Table.Th scope="col" w={110}>{t('impor.kolom')}</Table.Th>
                  <Table.Th scope="col">{t('impor.pesan')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                {galat.map((g, i) => (
                  <Table.Tr key={i}>
                    <Table.Td ta="right">{g.baris ?? '–'}</Table.Td>
                    <Table.Td>{g.kolom ?? '–'}</Table.Td>
                    <Table.Td>{g.pesan}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Gulir>
          <Group justify="flex-end">
            <Button onClick={() => setDaftarTerbuka(false)}>{t('action.tutup', { ns: 'common' })}</Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
