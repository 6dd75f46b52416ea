import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api.ts';
import { galatPerField, isRevisiUsang } from '../lib/galat.ts';
import { ORANYE_GELAP } from './lencana.tsx';

/** "Kembalikan SKP": the penilai's note to the pegawai is required (checked here and by the API). */
export function KembalikanModal({ opened, onClose, onKirim, sibuk, error }: {
  opened: boolean; onClose: () => void; onKirim: (catatan: string) => void; sibuk: boolean; error: unknown;
}) {
  const { t } = useTranslation('kinerja');
  const [catatan, setCatatan] = useState('');
  const [dicoba, setDicoba] = useState(false);
  const galat = galatPerField(error);
  const kosong = catatan.trim() === '';
  const kirim = () => {
    setDicoba(true);
    if (!kosong) onKirim(catatan.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('skp.kembalikanJudul')} closeButtonProps={{ 'aria-label': t('umum.tutup') }}>
      <Stack gap="sm">
        <Textarea label={t('skp.catatan')} description={t('skp.catatanBantuan')} autosize minRows={3} maxLength={2000} withAsterisk data-autofocus
          value={catatan} onChange={(e) => setCatatan(e.currentTarget.value)}
          error={(dicoba && kosong ? t('skp.catatanWajib') : undefined) ?? galat.catatan} data-testid="catatan-kembali" />
        {!!error && !galat.catatan && (
          <Alert color={isRevisiUsang(error) ? 'orange' : 'red'} role="alert">{isRevisiUsang(error) ? t('skp.konflik') : errorMessage(error)}</Alert>
        )}
        <Text size="xs" c="gray.8">{t('skp.kembalikanKet')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('umum.batal')}</Button>
          <Button color={ORANYE_GELAP} onClick={kirim} loading={sibuk} data-testid="kirim-kembali">{t('skp.kembalikan')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
