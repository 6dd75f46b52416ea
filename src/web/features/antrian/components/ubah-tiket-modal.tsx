import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TiketPublik } from '../../../../contracts/antrian.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useJadwal } from '../api/get-jadwal.ts';
import { useBatalTiket, useJadwalUlangTiket } from '../api/ubah-tiket.ts';
import { formatTanggal } from '../lib/format.ts';

/** Cancel or reschedule a booking; both ask for the last 4 NIK digits (second factor). */
export function UbahTiketModal({ tiket, mode, onClose }: { tiket: TiketPublik; mode: 'batal' | 'jadwal' | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('antrian');
  const [nik, setNik] = useState('');
  const [tanggal, setTanggal] = useState('');
  const [sesiId, setSesiId] = useState('');
  const batal = useBatalTiket(tiket.kode);
  const ulang = useJadwalUlangTiket(tiket.kode);
  const jadwal = useJadwal(mode === 'jadwal' ? tiket.lokasi.kode : '', tiket.layanan.id);
  const hari = jadwal.data?.hari.find((h) => h.tanggal === tanggal);
  const m = mode === 'batal' ? batal : ulang;
  const nikValid = /^\d{16}$/.test(nik);
  const tutup = () => { batal.reset(); ulang.reset(); setNik(''); onClose(); };
  const kirim = () => {
    if (mode === 'batal') batal.mutate(nik, { onSuccess: tutup });
    else ulang.mutate({ nik, tanggal, sesiId: Number(sesiId) }, { onSuccess: tutup });
  };

  return (
    <Modal opened={mode !== null} onClose={tutup} title={mode === 'batal' ? t('tiket.batal') : t('tiket.jadwalUlang')} centered>
      <Stack gap="md">
        <TextInput label={t('tiket.nikAkhir')} description={t('tiket.nikAkhirBantuan')} inputMode="numeric" maxLength={16} autoComplete="off"
          value={nik} onChange={(e) => setNik(e.currentTarget.value.replace(/\D/g, ''))} data-autofocus />
        {mode === 'jadwal' && (
          <>
            <NativeSelect label={t('tiket.tanggal')} value={tanggal} onChange={(e) => { setTanggal(e.currentTarget.value); setSesiId(''); }}
              data={[{ value: '', label: '—' }, ...(jadwal.data?.hari ?? []).map((h) => ({ value: h.tanggal, label: formatTanggal(h.tanggal, i18n.language), disabled: !h.sesi.some((s) => s.tersedia) }))]} />
            <NativeSelect label={t('tiket.sesi')} value={sesiId} disabled={!hari} onChange={(e) => setSesiId(e.currentTarget.value)}
              data={[{ value: '', label: '—' }, ...(hari?.sesi ?? []).map((s) => ({ value: String(s.id), label: `${s.mulai}–${s.selesai} WIB`, disabled: !s.tersedia }))]} />
          </>
        )}
        {m.isError && <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={tutup}>{t('tiket.tutup')}</Button>
          <Button color={mode === 'batal' ? 'red' : undefined} loading={m.isPending} disabled={!nikValid || (mode === 'jadwal' && !sesiId)} onClick={kirim}>
            {mode === 'batal' ? t('tiket.konfirmasiBatal') : t('tiket.simpanJadwal')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
