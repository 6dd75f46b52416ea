import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayarBaru, LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { useCreateLayar } from '../api/create-layar.ts';
import { useDeleteLayar } from '../api/delete-layar.ts';
import { galatField } from '../lib/galat.ts';
import { FormAksi } from './form-aksi.tsx';

const waktu = (iso: string | null, lang: string) => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { timeZone: 'Asia/Jakarta' }) : null);

/** Display-board devices: register (the token is shown ONCE, with the full board URL to copy) and revoke. */
export function LayarPanel({ lokasi }: { lokasi: LokasiDetail }) {
  const { t, i18n } = useTranslation('antrianAdmin');
  const [nama, setNama] = useState('');
  const [baru, setBaru] = useState<LayarBaru | null>(null);
  const buat = useCreateLayar();
  const cabut = useDeleteLayar();
  const galat = galatField(buat.error);
  const urlPenuh = baru ? new URL(baru.url, window.location.origin).toString() : '';

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    buat.mutate({ lokasiId: lokasi.id, nama }, { onSuccess: (r) => { setBaru(r); setNama(''); } });
  };
  const konfirmasiCabut = (id: number, n: string) => {
    if (!window.confirm(t('layar.cabutKonfirmasi', { nama: n }))) return;
    cabut.mutate(id, { onSuccess: () => notifications.show({ color: 'green', message: t('tersimpan') }) });
  };

  return (
    <Stack>
      <Text size="sm" c="gray.8">{t('layar.pengantar')}</Text>
      {baru && (
        <Alert color="yellow" title={t('layar.tokenJudul')} role="status" withCloseButton onClose={() => setBaru(null)} closeButtonLabel={t('batal')}>
          <Stack gap="xs">
            <Text size="sm">{t('layar.tokenKet')}</Text>
            <Code block style={{ wordBreak: 'break-all' }} data-testid="layar-url">{urlPenuh}</Code>
            <CopyButton value={urlPenuh}>
              {({ copied, copy }) => <Button size="xs" onClick={copy} w="fit-content">{copied ? t('layar.tersalin') : t('layar.salin')}</Button>}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      {lokasi.layar.length === 0 ? <Text c="gray.8">{t('layar.kosong')}</Text> : (
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>{t('layar.nama')}</Table.Th><Table.Th>{t('layar.dibuat')}</Table.Th><Table.Th>{t('layar.terlihat')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {lokasi.layar.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{l.nama}</Table.Td>
                <Table.Td>{waktu(l.dibuatPada, i18n.language)}</Table.Td>
                <Table.Td>{waktu(l.terakhirTerlihat, i18n.language) ?? t('layar.belumTerlihat')}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" color="red.9" aria-label={t('layar.cabutAria', { nama: l.nama })}
                    loading={cabut.isPending && cabut.variables === l.id} onClick={() => konfirmasiCabut(l.id, l.nama)}>
                    {t('layar.cabut')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={kirim} noValidate>
        <Group align="flex-end">
          <TextInput label={t('layar.nama')} placeholder={t('layar.namaContoh')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
          <FormAksi error={buat.error} pending={buat.isPending} label={t('layar.daftarkan')} />
        </Group>
      </form>
    </Stack>
  );
}
