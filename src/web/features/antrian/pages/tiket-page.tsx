import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TiketPublik } from '../../../../contracts/antrian.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError } from '../../../lib/api.ts';
import { urlQrTiket, useTiket } from '../api/get-tiket.ts';
import { UbahTiketModal } from '../components/ubah-tiket-modal.tsx';
import { formatJam, formatTanggal } from '../lib/format.ts';
import { useSiaranLokasi } from '../lib/use-siaran-lokasi.ts';
import '../i18n.ts';

const POLL_MS = 15_000;
const SUSULAN_MS = 1_200;
const WARNA: Partial<Record<TiketPublik['status'], string>> = { dipanggil: 'green', dilayani: 'blue', selesai: 'teal', dibatalkan: 'gray', kedaluwarsa: 'gray', tidak_hadir: 'gray' };

/**
 * The citizen's ticket (/antrian/tiket/:kode): big number, status, "N orang lagi", wait estimate, the loket
 * when called — live through the lokasi's public stream (refetch on each event; polling every 15 s as a
 * fallback) — cancel/reschedule with the last 4 NIK digits, and the survey button once served.
 */
export default function TiketPage() {
  const { t } = useTranslation('antrian');
  const { kode = '' } = useParams();
  const [sehat, setSehat] = useState(false);
  const q = useTiket(kode, sehat ? 0 : POLL_MS);
  const refetch = q.refetch;
  // Refetch at once, and once more after the server's ticket-view cache lifetime (1 s): with several
  // server processes, the one answering may hear the event a moment after this page does.
  const susulan = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(susulan.current), []);
  const onEvent = useCallback(() => {
    void refetch();
    clearTimeout(susulan.current);
    susulan.current = setTimeout(() => void refetch(), SUSULAN_MS);
  }, [refetch]);
  const aktif = q.data && !['selesai', 'dibatalkan', 'kedaluwarsa', 'tidak_hadir'].includes(q.data.status);
  const streamSehat = useSiaranLokasi(aktif ? q.data!.lokasi.kode : null, onEvent);
  if (streamSehat !== sehat) setSehat(streamSehat);
  useDocumentTitle(q.data ? `${t('tiket.judul', { nomor: q.data.nomor })} · SIKAP` : 'SIKAP');

  if (q.isPending) return <PageLoader />;
  if (q.isError) {
    return q.error instanceof ApiError && q.error.status === 404
      ? <Stack gap="md"><Alert color="yellow" role="alert">{t('tiket.tidakDitemukan')}</Alert><PesanLain /></Stack>
      : <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  }
  return <KartuTiket tiket={q.data} />;
}

function KartuTiket({ tiket }: { tiket: TiketPublik }) {
  const { t, i18n } = useTranslation('antrian');
  const lang = i18n.language;
  const [mode, setMode] = useState<'batal' | 'jadwal' | null>(null);
  const dipanggil = tiket.loket && ['dipanggil', 'dilayani'].includes(tiket.status);
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="lg">
        <Stack gap="xs" align="center" ta="center">
          <Title order={1} size="h4">{tiket.layanan.nama}</Title>
          <Text fz={64} fw={800} lh={1} data-testid="nomor-antrian">{tiket.nomor}</Text>
          <Badge size="lg" color={WARNA[tiket.status] ?? 'blue'} variant="light" data-testid="status-tiket">{t(`status.${tiket.status}`)}</Badge>
          <div aria-live="polite">
            {dipanggil && <Text fz={28} fw={700} c="green.9">{t('tiket.menujuLoket', { loket: tiket.loket!.nama })}</Text>}
            {tiket.posisi !== null && (
              <Text fz={24} fw={700} data-testid="posisi">{tiket.posisi === 0 ? t('tiket.giliranAnda') : t('tiket.orangLagi', { count: tiket.posisi })}</Text>
            )}
            {tiket.status === 'menunggu' && (
              <Text c="gray.8">{tiket.estimasi ? t('tiket.estimasi', { min: tiket.estimasi.minMenit, maks: tiket.estimasi.maksMenit }) : t('tiket.estimasiTidakAda')}</Text>
            )}
          </div>
          {tiket.survei && (
            <Stack gap={4} align="center" mt="sm">
              <Text>{t('tiket.surveiAjak')}</Text>
              <Button component={Link} to={tiket.survei.tautan} size="lg" color="teal">{t('tiket.survei')}</Button>
            </Stack>
          )}
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="md">
        <Stack gap={4}>
          <Text><b>{t('tiket.lokasi')}:</b> {tiket.lokasi.nama}</Text>
          <Text><b>{t('tiket.tanggal')}:</b> {formatTanggal(tiket.tanggal, lang)}</Text>
          {tiket.sesi && <Text><b>{t('tiket.sesi')}:</b> {tiket.sesi.mulai}–{tiket.sesi.selesai} WIB</Text>}
          {tiket.nikSamaran && <Text><b>{t('tiket.nik')}:</b> {tiket.nikSamaran}</Text>}
          <Text><b>{t('ambil.kodeBooking')}:</b> <Text span ff="monospace">{tiket.kode}</Text></Text>
          {tiket.status === 'dipesan' && tiket.jendelaCheckIn && (
            <Text fw={600}>{t('ambil.jendela', { buka: formatJam(tiket.jendelaCheckIn.buka, lang), tutup: formatJam(tiket.jendelaCheckIn.tutup, lang) })}</Text>
          )}
        </Stack>
      </Card>
      {tiket.status === 'dipesan' && (
        <Card withBorder radius="md" padding="md">
          <Stack align="center" gap="sm">
            <img src={urlQrTiket(tiket.kode)} width={180} height={180} alt={t('ambil.qrAlt', { nomor: tiket.nomor })} />
            <Group justify="center">
              <Button variant="default" onClick={() => setMode('jadwal')}>{t('tiket.jadwalUlang')}</Button>
              <Button variant="outline" color="red" onClick={() => setMode('batal')}>{t('tiket.batal')}</Button>
            </Group>
          </Stack>
        </Card>
      )}
      {tiket.status === 'menunggu' && tiket.kanal === 'online' && (
        <Group justify="center"><Button variant="subtle" color="red" onClick={() => setMode('batal')}>{t('tiket.batal')}</Button></Group>
      )}
      <PesanLain />
      <UbahTiketModal tiket={tiket} mode={mode} onClose={() => setMode(null)} />
    </Stack>
  );
}

/** The way back to the booking form (another layanan, date or person). */
function PesanLain() {
  const { t } = useTranslation('antrian');
  return <Group justify="center"><Anchor component={Link} to="/antrian" underline="always">{t('ambil.pesanLagi')}</Anchor></Group>;
}
