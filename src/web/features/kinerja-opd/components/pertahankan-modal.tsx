import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_ALASAN, type PeringatanDistribusiDto } from '../../../../contracts/kinerja-penilaian.ts';
import { errorMessage } from '../../../lib/api.ts';
import { usePertahankanDistribusi } from '../api/pertahankan-distribusi.ts';
import { beritahu } from '../lib/beritahu.ts';
import { galatPerField } from '../lib/galat.ts';

type Props = {
  opened: boolean;
  onClose: () => void;
  unit: { id: number; nama: string };
  tahun: number;
  periodeKe: number;
  peringatan: PeringatanDistribusiDto[];
  alasanAwal: string | null;
};

/**
 * "Pertahankan dengan alasan": the leader keeps a distribution that does not fit the pattern and records why
 * (≥ 10 characters, checked here and by the server; kinerja.md §1.7 — warnings, never a block). The current
 * warnings are listed so the reason can answer them; the server stores them as a snapshot.
 */
export function PertahankanModal(props: Props) {
  const { t } = useTranslation('kinerjaOpd');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('pertahankan.judul')} size="lg"
      closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }}>
      {props.opened && <PertahankanForm {...props} />}
    </Modal>
  );
}

function PertahankanForm({ onClose, unit, tahun, periodeKe, peringatan, alasanAwal }: Props) {
  const { t } = useTranslation('kinerjaOpd');
  const [alasan, setAlasan] = useState(alasanAwal ?? '');
  const [galatLokal, setGalatLokal] = useState<string | null>(null);
  const m = usePertahankanDistribusi();
  const galat = galatPerField(m.error);

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    if (alasan.trim().length < MIN_ALASAN) {
      setGalatLokal(t('pertahankan.alasanPendek'));
      return;
    }
    setGalatLokal(null);
    m.mutate({ unitId: unit.id, tahun, periodeKe, alasan: alasan.trim() }, {
      onSuccess: () => {
        beritahu(t('pertahankan.tersimpan'));
        onClose();
      },
    });
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('pertahankan.ket', { unit: unit.nama })}</Text>
        <List size="sm" spacing={4}>
          {peringatan.map((p, i) => <List.Item key={i}>{p.pesan}</List.Item>)}
        </List>
        <Textarea
          label={t('pertahankan.alasan')} description={t('pertahankan.alasanKet')} required autosize minRows={3} maxRows={8}
          value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} error={galatLokal ?? galat.alasan}
          data-autofocus data-testid="alasan-pertahankan"
        />
        {m.isError && !galat.alasan && <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('umum.batal')}</Button>
          <Button type="submit" loading={m.isPending}>{t('pertahankan.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
