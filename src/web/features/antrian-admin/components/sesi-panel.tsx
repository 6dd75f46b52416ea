import { Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { useCreateSesi } from '../api/create-sesi.ts';
import { useUpdateSesi } from '../api/update-sesi.ts';
import { galatField } from '../lib/galat.ts';
import { AktifBadge } from './aktif-badge.tsx';
import { FormAksi } from './form-aksi.tsx';

/** Booking sessions per layanan, with the running total against the online quota. */
export function SesiPanel({ lokasi }: { lokasi: LokasiDetail }) {
  const { t } = useTranslation('antrianAdmin');
  const [layananId, setLayananId] = useState<string | null>(lokasi.layanan[0] ? String(lokasi.layanan[0].id) : null);
  const ubah = useUpdateSesi();
  const layanan = lokasi.layanan.find((l) => String(l.id) === layananId);
  if (!lokasi.layanan.length) return <Text c="gray.8">{t('sesi.belumAdaLayanan')}</Text>;
  const sesi = lokasi.sesi.filter((s) => s.layananId === layanan?.id);
  const jumlah = sesi.filter((s) => s.aktif).reduce((n, s) => n + s.kapasitas, 0);

  return (
    <Stack>
      <Text size="sm" c="gray.8">{t('sesi.pengantar')}</Text>
      <Select label={t('sesi.layanan')} placeholder={t('sesi.pilihLayanan')} value={layananId} onChange={setLayananId} allowDeselect={false} maw={360}
        data={lokasi.layanan.map((l) => ({ value: String(l.id), label: `${l.prefix} — ${l.nama}` }))} />
      {layanan && (
        <>
          <Text size="sm" aria-live="polite">{t('sesi.terpakai', { jumlah, kuota: layanan.kuotaOnline })}</Text>
          {sesi.length === 0 ? <Text c="gray.8">{t('sesi.kosong')}</Text> : (
            <Table striped maw={640}>
              <Table.Thead><Table.Tr><Table.Th>{t('sesi.waktu')}</Table.Th><Table.Th ta="right">{t('sesi.kapasitas')}</Table.Th><Table.Th>{t('aktif')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
              <Table.Tbody>
                {sesi.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.mulai}–{s.selesai}</Table.Td><Table.Td ta="right">{s.kapasitas}</Table.Td><Table.Td><AktifBadge aktif={s.aktif} /></Table.Td>
                    <Table.Td>
                      <Button size="compact-sm" variant="subtle" loading={ubah.isPending && ubah.variables?.id === s.id}
                        onClick={() => ubah.mutate({ id: s.id, aktif: !s.aktif }, { onError: (e) => notifications.show({ color: 'red', message: e.message }) })}>
                        {s.aktif ? t('sesi.nonaktifkan') : t('sesi.aktifkan')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <SesiForm key={layanan.id} layananId={layanan.id} />
        </>
      )}
    </Stack>
  );
}

function SesiForm({ layananId }: { layananId: number }) {
  const { t } = useTranslation('antrianAdmin');
  const [mulai, setMulai] = useState('08:00');
  const [selesai, setSelesai] = useState('10:00');
  const [kapasitas, setKapasitas] = useState<number>(10);
  const buat = useCreateSesi();
  const galat = galatField(buat.error);
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    buat.mutate({ layananId, mulai, selesai, kapasitas }, { onSuccess: () => notifications.show({ color: 'green', message: t('tersimpan') }) });
  };
  return (
    <form onSubmit={kirim} noValidate>
      <Stack gap="xs">
        <Group align="flex-start">
          <TextInput type="time" label={t('sesi.mulai')} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.mulai} w={140} />
          <TextInput type="time" label={t('sesi.selesai')} value={selesai} onChange={(e) => setSelesai(e.currentTarget.value)} error={galat.selesai} w={140} />
          <NumberInput label={t('sesi.kapasitas')} value={kapasitas} min={1} allowDecimal={false} onChange={(v) => setKapasitas(Number(v) || 0)} error={galat.kapasitas} w={160} />
        </Group>
        <FormAksi error={buat.error} pending={buat.isPending} label={t('tambah')} />
      </Stack>
    </form>
  );
}
