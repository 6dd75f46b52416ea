import { ActionIcon, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { useCreateTutup } from '../api/create-tutup.ts';
import { useDeleteTutup } from '../api/delete-tutup.ts';
import { galatField } from '../lib/galat.ts';
import { FormAksi } from './form-aksi.tsx';

/** Closure days of this lokasi only (on top of the city calendar). */
export function TutupPanel({ lokasi }: { lokasi: LokasiDetail }) {
  const { t } = useTranslation('antrianAdmin');
  const [tanggal, setTanggal] = useState('');
  const [alasan, setAlasan] = useState('');
  const buat = useCreateTutup();
  const hapus = useDeleteTutup();
  const galat = galatField(buat.error);
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    buat.mutate({ lokasiId: lokasi.id, tanggal, alasan }, {
      onSuccess: () => { setTanggal(''); setAlasan(''); notifications.show({ color: 'green', message: t('tersimpan') }); },
    });
  };
  return (
    <Stack>
      <Text size="sm" c="gray.8">{t('tutup.pengantar')}</Text>
      {lokasi.tutup.length === 0 ? <Text c="gray.8">{t('tutup.kosong')}</Text> : (
        <List spacing="xs">
          {lokasi.tutup.map((h) => (
            <List.Item key={h.id}>
              <Group gap="xs">
                <time dateTime={h.tanggal}><strong>{h.tanggal}</strong></time> — {h.alasan}
                <ActionIcon variant="subtle" color="red.9" aria-label={t('tutup.hapusAria', { tanggal: h.tanggal })} loading={hapus.isPending && hapus.variables === h.id}
                  onClick={() => hapus.mutate(h.id)}>
                  <span aria-hidden>✕</span>
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={kirim} noValidate>
        <Stack gap="xs" maw={520}>
          <Group align="flex-start" grow>
            <TextInput type="date" label={t('tutup.tanggal')} value={tanggal} onChange={(e) => setTanggal(e.currentTarget.value)} error={galat.tanggal} required />
            <TextInput label={t('tutup.alasan')} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} error={galat.alasan} required />
          </Group>
          <FormAksi error={buat.error} pending={buat.isPending} label={t('tambah')} />
        </Stack>
      </form>
    </Stack>
  );
}
