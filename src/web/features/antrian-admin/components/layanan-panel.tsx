import { Button, Checkbox, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layanan, LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { useCreateLayanan } from '../api/create-layanan.ts';
import { useUpdateLayanan } from '../api/update-layanan.ts';
import { galatField } from '../lib/galat.ts';
import { AktifBadge } from './aktif-badge.tsx';
import { FormAksi } from './form-aksi.tsx';

/** Layanan of a lokasi: prefix, daily online / walk-in quotas, service-time standard. */
export function LayananPanel({ lokasi }: { lokasi: LokasiDetail }) {
  const { t } = useTranslation('antrianAdmin');
  const [opened, { open, close }] = useDisclosure(false);
  const [dipilih, setDipilih] = useState<Layanan | null>(null);
  const buka = (l: Layanan | null) => { setDipilih(l); open(); };
  return (
    <Stack>
      <Group justify="flex-end"><Button onClick={() => buka(null)}>{t('layanan.judulBaru')}</Button></Group>
      {lokasi.layanan.length === 0 ? <Text c="gray.8">{t('layanan.kosong')}</Text> : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('layanan.prefix')}</Table.Th><Table.Th>{t('layanan.nama')}</Table.Th>
                <Table.Th ta="right">{t('layanan.kuotaOnline')}</Table.Th><Table.Th ta="right">{t('layanan.kuotaWalkin')}</Table.Th>
                <Table.Th ta="right">{t('layanan.standarMenit')}</Table.Th><Table.Th>{t('aktif')}</Table.Th><Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lokasi.layanan.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td fw={700}>{l.prefix}</Table.Td><Table.Td>{l.nama}</Table.Td>
                  <Table.Td ta="right">{l.kuotaOnline}</Table.Td><Table.Td ta="right">{l.kuotaWalkin}</Table.Td>
                  <Table.Td ta="right">{l.standarMenit}</Table.Td><Table.Td><AktifBadge aktif={l.aktif} /></Table.Td>
                  <Table.Td><Button size="compact-sm" variant="subtle" onClick={() => buka(l)} aria-label={`${t('ubah')} ${l.nama}`}>{t('ubah')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={opened} onClose={close} title={dipilih ? t('layanan.judulUbah') : t('layanan.judulBaru')}>
        {opened && <LayananForm lokasiId={lokasi.id} awal={dipilih} onClose={close} />}
      </Modal>
    </Stack>
  );
}

function LayananForm({ lokasiId, awal, onClose }: { lokasiId: number; awal: Layanan | null; onClose: () => void }) {
  const { t } = useTranslation('antrianAdmin');
  const [v, setV] = useState({
    nama: awal?.nama ?? '', prefix: awal?.prefix ?? '', kuotaOnline: awal?.kuotaOnline ?? 40, kuotaWalkin: awal?.kuotaWalkin ?? 40,
    standarMenit: awal?.standarMenit ?? 15, urutan: awal?.urutan ?? 0, aktif: awal?.aktif ?? true,
  });
  const buat = useCreateLayanan();
  const ubah = useUpdateLayanan();
  const m = awal ? ubah : buat;
  const galat = galatField(m.error);
  const angka = (k: 'kuotaOnline' | 'kuotaWalkin' | 'standarMenit' | 'urutan') => (x: string | number) => setV((s) => ({ ...s, [k]: Number(x) || 0 }));
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const selesai = { onSuccess: () => { notifications.show({ color: 'green', message: t('tersimpan') }); onClose(); } };
    if (awal) ubah.mutate({ id: awal.id, ...v }, selesai);
    else buat.mutate({ lokasiId, ...v }, selesai);
  };
  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <TextInput label={t('layanan.nama')} value={v.nama} onChange={(e) => { const x = e.currentTarget.value; setV((s) => ({ ...s, nama: x })); }} error={galat.nama} required data-autofocus />
        <TextInput label={t('layanan.prefix')} description={t('layanan.prefixKet')} value={v.prefix} maxLength={3} error={galat.prefix} required
          onChange={(e) => { const x = e.currentTarget.value.toUpperCase(); setV((s) => ({ ...s, prefix: x })); }} />
        <SimpleGrid cols={2}>
          <NumberInput label={t('layanan.kuotaOnline')} value={v.kuotaOnline} min={0} allowDecimal={false} onChange={angka('kuotaOnline')} error={galat.kuotaOnline} />
          <NumberInput label={t('layanan.kuotaWalkin')} value={v.kuotaWalkin} min={0} allowDecimal={false} onChange={angka('kuotaWalkin')} error={galat.kuotaWalkin} />
          <NumberInput label={t('layanan.standarMenit')} value={v.standarMenit} min={1} allowDecimal={false} onChange={angka('standarMenit')} error={galat.standarMenit} />
          <NumberInput label={t('layanan.urutan')} value={v.urutan} min={0} allowDecimal={false} onChange={angka('urutan')} error={galat.urutan} />
        </SimpleGrid>
        <Checkbox label={t('aktif')} checked={v.aktif} onChange={(e) => { const x = e.currentTarget.checked; setV((s) => ({ ...s, aktif: x })); }} />
        <FormAksi error={m.error} pending={m.isPending} onBatal={onClose} />
      </Stack>
    </form>
  );
}
