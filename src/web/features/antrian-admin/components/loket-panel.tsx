import { Button, Checkbox, Group, Modal, MultiSelect, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LokasiDetail, Loket } from '../../../../contracts/antrian-setup.ts';
import { useCreateLoket } from '../api/create-loket.ts';
import { useUpdateLoket } from '../api/update-loket.ts';
import { galatField } from '../lib/galat.ts';
import { AktifBadge } from './aktif-badge.tsx';
import { FormAksi } from './form-aksi.tsx';

/** Counters of a lokasi and the layanan each one serves. */
export function LoketPanel({ lokasi }: { lokasi: LokasiDetail }) {
  const { t } = useTranslation('antrianAdmin');
  const [opened, { open, close }] = useDisclosure(false);
  const [dipilih, setDipilih] = useState<Loket | null>(null);
  const buka = (l: Loket | null) => { setDipilih(l); open(); };
  const prefix = new Map(lokasi.layanan.map((l) => [l.id, l.prefix]));
  return (
    <Stack>
      <Group justify="flex-end"><Button onClick={() => buka(null)}>{t('loket.judulBaru')}</Button></Group>
      {lokasi.loket.length === 0 ? <Text c="gray.8">{t('loket.kosong')}</Text> : (
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>{t('loket.nomor')}</Table.Th><Table.Th>{t('loket.nama')}</Table.Th><Table.Th>{t('loket.layanan')}</Table.Th><Table.Th>{t('aktif')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {lokasi.loket.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td fw={700}>{l.nomor}</Table.Td><Table.Td>{l.nama}</Table.Td>
                <Table.Td>{l.layananIds.map((id) => prefix.get(id)).join(', ') || '—'}</Table.Td>
                <Table.Td><AktifBadge aktif={l.aktif} /></Table.Td>
                <Table.Td><Button size="compact-sm" variant="subtle" onClick={() => buka(l)} aria-label={`${t('ubah')} ${l.nama}`}>{t('ubah')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={opened} onClose={close} title={dipilih ? t('loket.judulUbah') : t('loket.judulBaru')}>
        {opened && <LoketForm lokasi={lokasi} awal={dipilih} onClose={close} />}
      </Modal>
    </Stack>
  );
}

function LoketForm({ lokasi, awal, onClose }: { lokasi: LokasiDetail; awal: Loket | null; onClose: () => void }) {
  const { t } = useTranslation('antrianAdmin');
  const [nomor, setNomor] = useState<number>(awal?.nomor ?? (Math.max(0, ...lokasi.loket.map((l) => l.nomor)) + 1));
  const [nama, setNama] = useState(awal?.nama ?? `Loket ${nomor}`);
  const [layananIds, setLayananIds] = useState<string[]>((awal?.layananIds ?? []).map(String));
  const [aktif, setAktif] = useState(awal?.aktif ?? true);
  const buat = useCreateLoket();
  const ubah = useUpdateLoket();
  const m = awal ? ubah : buat;
  const galat = galatField(m.error);
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const body = { nomor, nama, aktif, layananIds: layananIds.map(Number) };
    const selesai = { onSuccess: () => { notifications.show({ color: 'green', message: t('tersimpan') }); onClose(); } };
    if (awal) ubah.mutate({ id: awal.id, ...body }, selesai);
    else buat.mutate({ lokasiId: lokasi.id, ...body }, selesai);
  };
  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <NumberInput label={t('loket.nomor')} value={nomor} min={1} max={99} allowDecimal={false} onChange={(v) => setNomor(Number(v) || 0)} error={galat.nomor} required data-autofocus />
        <TextInput label={t('loket.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
        <MultiSelect label={t('loket.layanan')} value={layananIds} onChange={setLayananIds} error={galat.layananIds}
          data={lokasi.layanan.map((l) => ({ value: String(l.id), label: `${l.prefix} — ${l.nama}` }))} />
        <Checkbox label={t('aktif')} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} />
        <FormAksi error={m.error} pending={m.isPending} onBatal={onClose} />
      </Stack>
    </form>
  );
}
