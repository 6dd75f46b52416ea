import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PermohonanDiterima } from '../../../../contracts/permohonan.ts';
import { formatTanggalJam } from '../lib/format.ts';
import { SalinTombol } from '../../../components/salin-tombol.tsx';

/**
 * The answer to a submitted application: nomor registrasi and kode akses in large type, each with a copy
 * button, the advice to keep them (the code is shown once: the server keeps only its hash), the expected
 * completion in plain Indonesian in WIB, and "Lacak permohonan" (the pair travels in router state, never
 * in the URL).
 */
export function HasilAjukan({ hasil, layananNama }: { hasil: PermohonanDiterima; layananNama: string }) {
  const { t, i18n } = useTranslation('permohonan');
  const navigate = useNavigate();
  return (
    <Card withBorder radius="md" padding="lg" data-testid="permohonan-hasil">
      <Stack gap="sm" align="center" ta="center">
        <Title order={1} size="h2">{t('hasil.judul')}</Title>
        <Text size="sm" c="gray.8">{layananNama}</Text>
        <Text size="sm" c="gray.8" mt="sm">{t('hasil.nomor')}</Text>
        <Text fz={{ base: 28, sm: 36 }} fw={800} lh={1.1} ff="monospace" data-testid="nomor-registrasi" style={{ overflowWrap: 'anywhere' }}>{hasil.nomor}</Text>
        <SalinTombol text={hasil.nomor} label={t('hasil.salinNomor')} size="xs" />
        <Text size="sm" c="gray.8" mt="sm">{t('hasil.kode')}</Text>
        <Text fz={{ base: 32, sm: 40 }} fw={800} lh={1.1} ff="monospace" data-testid="kode-akses">{hasil.kodeAkses}</Text>
        <SalinTombol text={hasil.kodeAkses} label={t('hasil.salinKode')} size="xs" />
        <Alert color="yellow" role="note" ta="left" mt="sm">{t('hasil.simpan')}</Alert>
        <Text fw={600} data-testid="perkiraan-selesai">
          {hasil.jatuhTempo ? t('hasil.perkiraan', { waktu: formatTanggalJam(hasil.jatuhTempo, i18n.language) }) : t('hasil.perkiraanJeda')}
        </Text>
        <Text size="sm" c="gray.8">{t('hasil.notifikasi')}</Text>
        <Group justify="center">
          <Button size="md" onClick={() => navigate('/lacak', { state: { nomor: hasil.nomor, kodeAkses: hasil.kodeAkses } })}>{t('hasil.lacak')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
