import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Distribusi } from '../../../../contracts/kinerja-penilaian.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useCreatePenetapan } from '../api/create-penetapan.ts';
import { usePengaturanTahun } from '../api/get-pengaturan-tahun.ts';
import { beritahu } from '../lib/beritahu.ts';
import { formatAngka, formatTanggal, formatWaktu } from '../lib/format.ts';

/**
 * The annual penetapan of an OPD (kinerja.md §1.7 "Format Penetapan Predikat Kinerja"; plan: admin, admin
 * OPD or kepala OPD): its status, and the button with a confirmation that states the keberatan window in
 * WORKING days of the year's setting (GET /kinerja/tahun/:tahun). After penetapan the annual ratings are
 * read-only and the deadline (WIB date, inclusive) is shown.
 */
export function PenetapanPanel({ d }: { d: Distribusi }) {
  const { t, i18n } = useTranslation('kinerjaOpd');
  const lang = i18n.language;
  const pengaturan = usePengaturanTahun(d.tahun);
  const hari = pengaturan.data?.batasKeberatanHariKerja ?? 14;
  const [konfirmasi, setKonfirmasi] = useState(false);
  const m = useCreatePenetapan();

  const tetapkan = () => m.mutate({ opdId: d.opd.id, tahun: d.tahun }, {
    onSuccess: (r) => {
      beritahu(t('penetapan.berhasil', { n: r.jumlahPenilaian }));
      setKonfirmasi(false);
    },
  });

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="penetapan-judul" data-testid="penetapan">
      <Stack gap="xs">
        <Title order={2} size="h4" id="penetapan-judul">{t('penetapan.judul', { tahun: d.tahun })}</Title>
        {d.penetapan ? (
          <Text size="sm" data-testid="penetapan-status">
            {t('penetapan.sudah', {
              waktu: formatWaktu(d.penetapan.ditetapkanAt, lang),
              n: formatAngka(d.penetapan.jumlahPegawai, lang),
              batas: formatTanggal(d.penetapan.batasKeberatan, lang, true),
            })}
          </Text>
        ) : (
          <Text size="sm" c="gray.8" data-testid="penetapan-status">{t('penetapan.belum', { hari })}</Text>
        )}
        {!d.penetapan && d.bolehTetapkan && (
          <Group>
            <Button variant="outline" onClick={() => { m.reset(); setKonfirmasi(true); }} data-testid="tetapkan">{t('penetapan.tombol')}</Button>
          </Group>
        )}
      </Stack>
      <Modal opened={konfirmasi} onClose={() => setKonfirmasi(false)} title={t('penetapan.konfirmasiJudul', { tahun: d.tahun })}
        closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }}>
        <Stack gap="sm">
          <Text size="sm">{t('penetapan.konfirmasi', { opd: d.opd.nama, tahun: d.tahun, hari })}</Text>
          <Text size="sm" fw={600}>{t('penetapan.konfirmasiTidakBisaBatal')}</Text>
          {m.isError && <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setKonfirmasi(false)} data-autofocus>{t('umum.batal')}</Button>
            <Button onClick={tetapkan} loading={m.isPending}>{t('penetapan.ya')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
