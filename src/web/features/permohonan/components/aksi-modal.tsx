import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AksiBody, PermohonanDetail } from '../../../../contracts/permohonan.ts';
import { errorMessage } from '../../../lib/api.ts';
import { galatPerField, isKonflik } from '../lib/galat.ts';
import { HIJAU_GELAP, ORANYE_GELAP } from './lencana.tsx';

type Kirim = (body: Omit<AksiBody, 'revisi'>) => void;

/** Error line of a modal: the 409 gets the "reload" wording, field errors are shown at their fields. */
function GalatModal({ error }: { error: unknown }) {
  const { t } = useTranslation('permohonan');
  if (!error) return null;
  if (isKonflik(error)) return <Alert color="orange" role="alert">{t('detail.konflik')}</Alert>;
  if (Object.keys(galatPerField(error)).length) return null;
  return <Alert color="red" role="alert">{errorMessage(error)}</Alert>;
}

/**
 * "Minta perbaikan": the persyaratan items to fix (checkbox + what is wrong), an optional correction not
 * tied to an item, and a note; at least one item (plan decision 4). The SLA clock pauses on the server.
 */
export function MintaPerbaikanModal({ opened, onClose, detail, onKirim, sibuk, error }: {
  opened: boolean; onClose: () => void; detail: PermohonanDetail; onKirim: Kirim; sibuk: boolean; error: unknown;
}) {
  const { t } = useTranslation('permohonan');
  const [pilih, setPilih] = useState<Record<string, string | undefined>>({});
  const [lain, setLain] = useState('');
  const [catatan, setCatatan] = useState('');
  const [dicoba, setDicoba] = useState(false);
  const galatServer = galatPerField(error);
  const items = Object.entries(pilih).filter(([, v]) => v !== undefined) as [string, string][];
  const kosong = items.length === 0 && !lain.trim();
  const butirKosong = items.filter(([, v]) => !v.trim()).map(([k]) => k);

  const kirim = () => {
    setDicoba(true);
    if (kosong || butirKosong.length) return;
    onKirim({
      aksi: 'minta_perbaikan',
      perbaikan: [...items.map(([kode, c]) => ({ persyaratanKode: kode, catatan: c.trim() })), ...(lain.trim() ? [{ persyaratanKode: null, catatan: lain.trim() }] : [])],
      ...(catatan.trim() ? { catatan: catatan.trim() } : {}),
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('detail.perbaikan.judul')} size="lg" closeButtonProps={{ 'aria-label': t('umum.tutup') }}>
      <Stack gap="sm">
        <Text size="sm">{t('detail.perbaikan.ket')}</Text>
        <Stack gap="xs" role="group" aria-label={t('detail.perbaikan.butir')}>
          {detail.persyaratan.map((p) => {
            const aktif = pilih[p.kode] !== undefined;
            return (
              <Stack key={p.kode} gap={4}>
                <Checkbox label={p.nama} checked={aktif} data-testid={`perbaikan-butir-${p.kode}`}
                  onChange={(e) => { const on = e.currentTarget.checked; setPilih((s) => ({ ...s, [p.kode]: on ? '' : undefined })); }} />
                {aktif && (
                  <Textarea label={t('detail.perbaikan.catatanButir', { nama: p.nama })} autosize minRows={1} maxLength={500} ml="xl"
                    value={pilih[p.kode]} onChange={(e) => { const v = e.currentTarget.value; setPilih((s) => ({ ...s, [p.kode]: v })); }}
                    error={dicoba && butirKosong.includes(p.kode) ? t('detail.perbaikan.catatanWajib') : null} data-testid={`perbaikan-catatan-${p.kode}`} />
                )}
              </Stack>
            );
          })}
        </Stack>
        <Textarea label={t('detail.perbaikan.umum')} autosize minRows={1} maxLength={500} value={lain} onChange={(e) => setLain(e.currentTarget.value)} />
        <Textarea label={t('detail.catatan')} autosize minRows={1} maxLength={1000} value={catatan} onChange={(e) => setCatatan(e.currentTarget.value)}
          error={galatServer['body.catatan'] ?? galatServer.catatan} />
        {dicoba && kosong && <Text c="red.9" size="sm" role="alert">{t('detail.perbaikan.minimal')}</Text>}
        {(galatServer['body.perbaikan'] ?? galatServer.perbaikan) && <Text c="red.9" size="sm" role="alert">{galatServer['body.perbaikan'] ?? galatServer.perbaikan}</Text>}
        <GalatModal error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('umum.batal')}</Button>
          <Button color={ORANYE_GELAP} onClick={kirim} loading={sibuk}>{t('detail.perbaikan.kirim')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Tolak": the reason is required and shown to the applicant (plan decision 4). */
export function TolakModal({ opened, onClose, onKirim, sibuk, error }: { opened: boolean; onClose: () => void; onKirim: Kirim; sibuk: boolean; error: unknown }) {
  const { t } = useTranslation('permohonan');
  const [alasan, setAlasan] = useState('');
  const [dicoba, setDicoba] = useState(false);
  const galatServer = galatPerField(error);
  return (
    <Modal opened={opened} onClose={onClose} title={t('detail.tolak.judul')} closeButtonProps={{ 'aria-label': t('umum.tutup') }}>
      <Stack gap="sm">
        <Textarea label={t('detail.tolak.alasan')} description={t('detail.tolak.alasanKet')} required autosize minRows={3} maxLength={1000}
          value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)}
          error={galatServer['body.alasan'] ?? galatServer.alasan ?? (dicoba && !alasan.trim() ? t('detail.tolak.alasanWajib') : null)} />
        <GalatModal error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('umum.batal')}</Button>
          <Button color="red.9" loading={sibuk} onClick={() => { setDicoba(true); if (alasan.trim()) onKirim({ aksi: 'tolak', alasan: alasan.trim() }); }}>
            {t('detail.tolak.kirim')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * "Selesaikan": confirms what the applicant will get; an 'unduh' case needs the product PDF uploaded
 * first (the button stays disabled and says so).
 */
export function SelesaikanModal({ opened, onClose, detail, onKirim, sibuk, error }: {
  opened: boolean; onClose: () => void; detail: PermohonanDetail; onKirim: Kirim; sibuk: boolean; error: unknown;
}) {
  const { t } = useTranslation('permohonan');
  const [catatan, setCatatan] = useState('');
  const perluHasil = detail.pengambilan === 'unduh' && !detail.dokumenHasil;
  return (
    <Modal opened={opened} onClose={onClose} title={t('detail.selesai.judul')} closeButtonProps={{ 'aria-label': t('umum.tutup') }}>
      <Stack gap="sm">
        <Text size="sm">{detail.pengambilan === 'unduh' ? t('detail.selesai.ketUnduh') : t('detail.selesai.ketAmbil')}</Text>
        {perluHasil && <Alert color="orange" role="alert">{t('detail.selesai.perluHasil')}</Alert>}
        <Textarea label={t('detail.catatan')} autosize minRows={1} maxLength={1000} value={catatan} onChange={(e) => setCatatan(e.currentTarget.value)} />
        <GalatModal error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('umum.batal')}</Button>
          <Button color={HIJAU_GELAP} disabled={perluHasil} loading={sibuk}
            onClick={() => onKirim({ aksi: 'selesaikan', ...(catatan.trim() ? { catatan: catatan.trim() } : {}) })}>
            {t('detail.selesai.kirim')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
