import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PengaduanBaru } from '../../../../contracts/pengaduan.ts';
import { SalinTombol } from '../../../components/salin-tombol.tsx';

/**
 * The result of a sent report: nomor, the private access code (shown once: the server keeps only its hash),
 * the verification deadline, copy and print, and "Lacak laporan" — which opens /pengaduan/lacak with the
 * pair in router state (never in the URL).
 */
export function PengaduanTerkirim({ hasil, onLagi }: { hasil: PengaduanBaru; onLagi: () => void }) {
  const { t } = useTranslation('pengaduan');
  const navigate = useNavigate();
  return (
    <Card withBorder radius="md" padding="lg" data-testid="pengaduan-terkirim">
      <Stack gap="sm" align="center" ta="center">
        <Title order={1} size="h2" tabIndex={-1} ref={(el) => el?.focus()}>{t('terkirim.judul')}</Title>
        <Text size="sm" c="gray.8">{t('terkirim.nomor')}</Text>
        <Text fz={32} fw={800} lh={1.1} ff="monospace" data-testid="nomor-pengaduan">{hasil.nomor}</Text>
        <Text size="sm" c="gray.8">{t('terkirim.kode')}</Text>
        <Text fz={28} fw={700} ff="monospace" data-testid="kode-akses">{hasil.kodeAkses}</Text>
        <Alert color="yellow" role="note" ta="left" w="100%">
          <Text size="sm">{t('terkirim.kodeKet')}</Text>
        </Alert>
        <Text fw={600} data-testid="batas-verifikasi">{t('terkirim.batas', { tanggal: hasil.batasVerifikasiTeks })}</Text>
        <Group justify="center" className="no-print">
          <SalinTombol text={`${hasil.nomor} ${hasil.kodeAkses}`} label={t('terkirim.salinSemua')} />
          <Button variant="default" onClick={() => window.print()}>{t('terkirim.cetak')}</Button>
          <Button onClick={() => navigate('/pengaduan/lacak', { state: { nomor: hasil.nomor, kodeAkses: hasil.kodeAkses } })}>
            {t('terkirim.lacak')}
          </Button>
        </Group>
        <Anchor component="button" type="button" onClick={onLagi} className="no-print">{t('terkirim.lagi')}</Anchor>
      </Stack>
    </Card>
  );
}
