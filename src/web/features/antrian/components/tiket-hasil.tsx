import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TiketPublik } from '../../../../contracts/antrian.ts';
import { urlQrTiket } from '../api/get-tiket.ts';
import { formatJam, formatTanggal } from '../lib/format.ts';

/** The booking result: number, booking code, check-in QR and window, link to the ticket page, print. */
export function TiketHasil({ tiket, onLagi }: { tiket: TiketPublik; onLagi: () => void }) {
  const { t, i18n } = useTranslation('antrian');
  const lang = i18n.language;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="booking-hasil">
      <Stack gap="sm" align="center" ta="center">
        <Title order={2} size="h3">{t('ambil.berhasil')}</Title>
        <Text size="sm" c="gray.8">{tiket.lokasi.nama} · {tiket.layanan.nama}</Text>
        <Text size="sm" c="gray.8">{t('ambil.nomor')}</Text>
        <Text fz={56} fw={800} lh={1} data-testid="nomor-antrian">{tiket.nomor}</Text>
        <Text size="md">{formatTanggal(tiket.tanggal, lang)}{tiket.sesi ? `, ${tiket.sesi.mulai}–${tiket.sesi.selesai} WIB` : ''}</Text>
        <img src={urlQrTiket(tiket.kode)} width={200} height={200} alt={t('ambil.qrAlt', { nomor: tiket.nomor })} />
        <Text size="sm" c="gray.8">{t('ambil.kodeBooking')}</Text>
        <Text fz={28} fw={700} ff="monospace" data-testid="kode-booking">{tiket.kode}</Text>
        {tiket.jendelaCheckIn && (
          <Text fw={600}>{t('ambil.jendela', { buka: formatJam(tiket.jendelaCheckIn.buka, lang), tutup: formatJam(tiket.jendelaCheckIn.tutup, lang) })}</Text>
        )}
        <Text size="sm" c="gray.8">{t('ambil.simpanKode')}</Text>
        <Group justify="center" className="no-print">
          <Button component={Link} to={`/antrian/tiket/${tiket.kode}`}>{t('ambil.lihatTiket')}</Button>
          <Button variant="default" onClick={() => window.print()}>{t('ambil.cetak')}</Button>
        </Group>
        <Anchor component="button" type="button" onClick={onLagi} className="no-print">{t('ambil.pesanLagi')}</Anchor>
      </Stack>
    </Card>
  );
}
