import { Alert, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useImporRespon } from '../api/impor-respon.ts';
import { formatBulat } from '../lib/format.ts';
import { Gulir } from './gulir.tsx';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Paper-survey upload (POST /skm/survei/:id/impor): a CSV/XLSX with columns U1..U9 (and optional demographics).
 * The server saves all rows or none; on 400 EVERY row error is listed, so the admin fixes the file in one go.
 */
export function ImporPanel({ surveiId }: { surveiId: number }) {
  const { t, i18n } = useTranslation('skm');
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const impor = useImporRespon(surveiId);
  const rowErrors = impor.error instanceof ApiError ? impor.error.problem.errors ?? [] : [];

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
    });
  };

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
            onChange={(f) => { setFile(f); setLocalError(null); impor.reset(); }}
            clearable
            error={localError}
            style={{ flex: 1, minWidth: 200 }}
            data-testid="impor-berkas"
          />
          <Button type="submit" loading={impor.isPending} data-testid="impor-kirim">{t('impor.kirim')}</Button>
        </Group>
        {impor.isError && (
          <Alert color="red" role="alert" title={rowErrors.length ? t('impor.gagalBaris', { count: rowErrors.length }) : t('impor.gagal')}>
            {rowErrors.length === 0 ? (
              <Text size="sm">{errorMessage(impor.error)}</Text>
            ) : (
              <Stack gap="xs">
                <Text size="sm">{t('impor.tidakDisimpan')}</Text>
                <Gulir label={t('impor.daftarGalat')} maxHeight={320}>
                  <Table fz="sm" verticalSpacing={4} data-testid="impor-galat" bg="white">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('impor.lokasi')}</Table.Th>
                        <Table.Th scope="col">{t('impor.pesan')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rowErrors.map((er, i) => (
                        <Table.Tr key={i}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{er.field}</Table.Td>
                          <Table.Td>{er.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Gulir>
              </Stack>
            )}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
