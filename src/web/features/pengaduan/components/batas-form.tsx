import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PengaturanPengaduan } from '../../../../contracts/pengaduan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { usePengaturan } from '../api/get-pengaturan.ts';
import { useUpdatePengaturan } from '../api/update-pengaturan.ts';

const FIELD = ['hariVerifikasi', 'hariTindakLanjut', 'hariTutupOtomatis'] as const;

/** The LAPOR! limits in working days (defaults 3/5/10; PermenPANRB 62/2018, pelayanan.md §4.2), 1–60 each. */
export function BatasForm() {
  const q = usePengaturan();
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return <BatasFormIsi awal={q.data} />;
}

function BatasFormIsi({ awal }: { awal: PengaturanPengaduan }) {
  const { t } = useTranslation('pengaduan');
  const [nilai, setNilai] = useState<PengaturanPengaduan>(awal);
  const m = useUpdatePengaturan();
  const galat = m.error instanceof ApiError ? m.error.fieldErrors() : {};
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    m.mutate(nilai, { onSuccess: () => notifications.show({ color: 'green', message: t('pengaturan.tersimpan') }) });
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="batas-judul">
      <form onSubmit={kirim} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="batas-judul">{t('pengaturan.batasJudul')}</Title>
            <Text size="sm" c="gray.8" mt={4}>{t('pengaturan.batasKet')}</Text>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {FIELD.map((f) => (
              <NumberInput
                key={f} label={t(`pengaturan.${f}`)} description={t('pengaturan.hari')} min={1} max={60} step={1} allowDecimal={false}
                allowNegative={false} clampBehavior="strict" required value={nilai[f]} error={galat[f]}
                onChange={(v) => setNilai((s) => ({ ...s, [f]: typeof v === 'number' ? v : Number(v) || 0 }))}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" c="gray.8">{t('pengaturan.berlakuBaru')}</Text>
          {m.isError && !Object.keys(galat).length && <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>}
          <Group justify="flex-end"><Button type="submit" loading={m.isPending}>{t('pengaturan.simpan')}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}
