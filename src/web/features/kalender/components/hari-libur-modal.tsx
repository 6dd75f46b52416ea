import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JENIS_LIBUR, type HariLibur, type JenisLibur } from '../../../../contracts/kalender.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCreateHariLibur } from '../api/create-hari-libur.ts';
import { useUpdateHariLibur } from '../api/update-hari-libur.ts';

type Props = { opened: boolean; onClose: () => void; awal: HariLibur | null; tahun: number };

/** Add / edit one closed day. Server field errors (e.g. a date that already exists) show next to the field. */
export function HariLiburModal({ opened, onClose, awal, tahun }: Props) {
  const { t } = useTranslation('kalender');
  return (
    <Modal opened={opened} onClose={onClose} title={awal ? t('form.judulUbah') : t('form.judulBaru')}>
      {opened && <HariLiburForm awal={awal} tahun={tahun} onClose={onClose} />}
    </Modal>
  );
}

function HariLiburForm({ awal, tahun, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('kalender');
  const [tanggal, setTanggal] = useState(awal?.tanggal ?? `${tahun}-01-01`);
  const [nama, setNama] = useState(awal?.nama ?? '');
  const [jenis, setJenis] = useState<JenisLibur>(awal?.jenis ?? 'libur_lokal');
  const [sumber, setSumber] = useState(awal?.sumber ?? '');
  const buat = useCreateHariLibur();
  const ubah = useUpdateHariLibur();
  const m = awal ? ubah : buat;
  const galat = m.error instanceof ApiError ? m.error.fieldErrors() : {};

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const body = { tanggal, nama, jenis, sumber: sumber.trim() || null };
    const selesai = { onSuccess: () => { notifications.show({ color: 'green', message: t('tersimpan') }); onClose(); } };
    if (awal) ubah.mutate({ id: awal.id, ...body }, selesai);
    else buat.mutate(body, selesai);
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <TextInput type="date" label={t('form.tanggal')} value={tanggal} onChange={(e) => setTanggal(e.currentTarget.value)} error={galat.tanggal} required data-autofocus />
        <TextInput label={t('form.nama')} placeholder={t('form.namaContoh')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
        <Select
          label={t('form.jenis')} value={jenis} onChange={(v) => v && setJenis(v as JenisLibur)} error={galat.jenis} allowDeselect={false}
          data={JENIS_LIBUR.map((j) => ({ value: j, label: t(`jenis.${j}`) }))}
        />
        <TextInput label={t('form.sumber')} placeholder={t('form.sumberContoh')} value={sumber} onChange={(e) => setSumber(e.currentTarget.value)} error={galat.sumber} />
        {m.isError && !Object.keys(galat).length && <div role="alert">{errorMessage(m.error)}</div>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('form.batal')}</Button>
          <Button type="submit" loading={m.isPending}>{t('form.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
