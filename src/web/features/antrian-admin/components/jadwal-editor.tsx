import { ActionIcon, Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HARI_ISO, type LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import type { Interval, JadwalMingguan } from '../../../../domain/shared/hari-kerja.ts';
import { useUpdateLokasi } from '../api/update-lokasi.ts';
import { galatField } from '../lib/galat.ts';
import { FormAksi } from './form-aksi.tsx';

type Hari = (typeof HARI_ISO)[number];

/** Weekly service hours: per weekday a list of open ranges; breaks are the gaps (pelayanan.md §6). */
export function JadwalEditor({ lokasi }: { lokasi: LokasiDetail }) {
  const { t } = useTranslation('antrianAdmin');
  const [jadwal, setJadwal] = useState<JadwalMingguan>(lokasi.jamLayanan);
  const ubah = useUpdateLokasi();
  const galat = galatField(ubah.error);

  const setHari = (h: Hari, f: (iv: Interval[]) => Interval[]) => setJadwal((j) => ({ ...j, [h]: f(j[h] ?? []) }));
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const bersih = Object.fromEntries(Object.entries(jadwal).filter(([, iv]) => iv && iv.length));
    ubah.mutate({ id: lokasi.id, jamLayanan: bersih }, { onSuccess: () => notifications.show({ color: 'green', message: t('tersimpan') }) });
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <Text size="sm" c="gray.8">{t('jam.pengantar')}</Text>
        {galat.jamLayanan && <Alert color="red" role="alert">{galat.jamLayanan}</Alert>}
        {HARI_ISO.map((h) => {
          const namaHari = t(`jam.hari.${h}`);
          const rentang = jadwal[h] ?? [];
          return (
            <fieldset key={h} style={{ border: 0, padding: 0, margin: 0 }}>
              <Text component="legend" fw={600} mb={4}>{namaHari}</Text>
              <Group align="flex-end" gap="sm" wrap="wrap">
                {rentang.length === 0 && <Text c="gray.8" size="sm">{t('jam.tutup')}</Text>}
                {rentang.map((iv, i) => (
                  <Group key={i} gap={4} align="flex-end" wrap="nowrap">
                    <TextInput type="time" size="xs" label={`${t('jam.mulai')} (${namaHari})`} value={iv.mulai}
                      onChange={(e) => { const v = e.currentTarget.value; setHari(h, (l) => l.map((x, j) => (j === i ? { ...x, mulai: v } : x))); }} />
                    <TextInput type="time" size="xs" label={`${t('jam.selesai')} (${namaHari})`} value={iv.selesai}
                      onChange={(e) => { const v = e.currentTarget.value; setHari(h, (l) => l.map((x, j) => (j === i ? { ...x, selesai: v } : x))); }} />
                    <ActionIcon variant="subtle" color="red.9" mb={2} aria-label={t('jam.hapusRentang', { ...iv, hari: namaHari })}
                      onClick={() => setHari(h, (l) => l.filter((_, j) => j !== i))}>
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Group>
                ))}
                <Button size="compact-sm" variant="light" onClick={() => setHari(h, (l) => [...l, { mulai: '08:00', selesai: '12:00' }])}>
                  {t('jam.tambahRentang')}
                </Button>
              </Group>
            </fieldset>
          );
        })}
        <FormAksi error={ubah.error} pending={ubah.isPending} />
      </Stack>
    </form>
  );
}
