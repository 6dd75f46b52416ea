import { useTranslation } from 'react-i18next';
import type { TiketPublik } from '../../../../contracts/antrian.ts';
import { QrCode } from '../../../components/qr-code.tsx';
import { formatTanggal, formatWaktu } from '../lib/format.ts';
import classes from '../pages/kiosk-page.module.css';

/** The 58 mm printed walk-in ticket (print-only): lokasi, big number, layanan, WIB time, QR of the ticket page. */
export function TiketCetak({ tiket }: { tiket: TiketPublik }) {
  const { t, i18n } = useTranslation('antrian');
  const url = `${window.location.origin}/antrian/tiket/${tiket.kode}`;
  return (
    <div className={classes.cetak} data-testid="tiket-cetak">
      <p><b>{tiket.lokasi.nama}</b></p>
      <div className={classes.nomor}>{tiket.nomor}</div>
      <p>{tiket.layanan.nama}</p>
      {tiket.prioritas && <p>{t('kiosk.prioritas')}: {t(`prioritas.${tiket.prioritas}`)}</p>}
      <p>{formatTanggal(tiket.tanggal, i18n.language)}</p>
      <p>{formatWaktu(tiket.dibuatPada, i18n.language)} WIB</p>
      <QrCode value={url} size={120} alt={t('kiosk.qrAlt', { nomor: tiket.nomor })} />
      <p>{t('kiosk.ikutiAntrian')}</p>
      <p>{tiket.kode}</p>
    </div>
  );
}
