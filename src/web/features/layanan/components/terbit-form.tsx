import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tambahHari, tanggalWib } from '../../../../domain/shared/tanggal.ts';
import { useTerbitStandar } from '../api/terbit-standar.ts';
import { GalatUmum, galatField } from './layanan-form.tsx';

/**
 * Publishes a draft: the SK number and when it applies — now, or from 00:00 WIB of a future date (never in
 * the past: a standard does not apply retroactively; the server checks the same and names the field).
 */
export function TerbitForm({ layananId, versi, onSelesai, onBatal }: { layananId: number; versi: number; onSelesai: () => void; onBatal: () => void }) {
  const { t } = useTranslation('layanan');
  const besok = tambahHari(tanggalWib(new Date()), 1);
  const [skNomor, setSkNomor] = useState('');
  const [kapan, setKapan] = useState<'segera' | 'tanggal'>('segera');
  const [tanggal, setTanggal] = useState(besok);
  const m = useTerbitStandar();
  const galat = galatField(m.error);

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    m.mutate(
      { id: layananId, versi, skNomor, ...(kapan === 'tanggal' ? { berlakuMulai: tanggal } : {}) },
      { onSuccess: () => { notifications.show({ color: 'green', message: t('admin.terbit.berhasil', { versi }) }); onSelesai(); } },
    );
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <Text size="sm">{t('admin.terbit.ket')}</Text>
        <TextInput label={t('admin.terbit.sk')} placeholder={t('admin.terbit.skContoh')} value={skNomor} onChange={(e) => setSkNomor(e.currentTarget.value)} error={galat.skNomor} required />
        <Radio.Group label={t('admin.terbit.kapan')} value={kapan} onChange={(v) => setKapan(v === 'tanggal' ? 'tanggal' : 'segera')} error={kapan === 'segera' ? galat.berlakuMulai : undefined}>
          <Stack gap={6} mt={6}>
            <Radio value="segera" label={t('admin.terbit.segera')} />
            <Radio value="tanggal" label={t('admin.terbit.tanggal')} />
          </Stack>
        </Radio.Group>
        {kapan === 'tanggal' && (
          <TextInput
            type="date" label={t('admin.terbit.tanggalLabel')} value={tanggal} min={besok} onChange={(e) => setTanggal(e.currentTarget.value)}
            error={galat.berlakuMulai} required
          />
        )}
        <GalatUmum error={m.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onBatal}>{t('admin.batal')}</Button>
          <Button type="submit" color="teal" loading={m.isPending}>{t('admin.terbit.kirim')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
