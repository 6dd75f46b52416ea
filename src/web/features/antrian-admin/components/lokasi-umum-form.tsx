import { Checkbox, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { useCreateLokasi } from '../api/create-lokasi.ts';
import { useUnitLayanan } from '../api/get-unit-layanan.ts';
import { useUpdateLokasi } from '../api/update-lokasi.ts';
import { galatField } from '../lib/galat.ts';
import { FormAksi } from './form-aksi.tsx';

const ANGKA = ['checkInSebelumMenit', 'checkInSesudahMenit', 'rasioPrioritas', 'maksPanggil', 'maksTahanMenit', 'hariPesanKeDepan', 'notifikasiSisa'] as const;
type Angka = (typeof ANGKA)[number];

const BAWAAN: Record<Angka, number> = {
  checkInSebelumMenit: 30, checkInSesudahMenit: 15, rasioPrioritas: 3, maksPanggil: 3, maksTahanMenit: 60, hariPesanKeDepan: 14, notifikasiSisa: 3,
};
/** Default hours of a new lokasi: Senin–Kamis 08:00–12:00 + 13:00–16:00, Jumat with the prayer break. */
const JAM_BAWAAN = Object.fromEntries([1, 2, 3, 4, 5].map((h) => [String(h), h === 5
  ? [{ mulai: '08:00', selesai: '11:30' }, { mulai: '13:30', selesai: '16:00' }]
  : [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '16:00' }]]));

/**
 * The "Umum" settings of a lokasi. Without `lokasi` it creates one (with default hours, editable
 * afterwards in "Jam layanan") and calls `onTersimpan` with the new id.
 */
export function LokasiUmumForm({ lokasi, onTersimpan, onBatal }: { lokasi?: LokasiDetail; onTersimpan?: (id: number) => void; onBatal?: () => void }) {
  const { t } = useTranslation('antrianAdmin');
  const unit = useUnitLayanan();
  const [kode, setKode] = useState(lokasi?.kode ?? '');
  const [nama, setNama] = useState(lokasi?.nama ?? '');
  const [alamat, setAlamat] = useState(lokasi?.alamat ?? '');
  const [unitId, setUnitId] = useState<string | null>(lokasi ? String(lokasi.unitId) : null);
  const [aktif, setAktif] = useState(lokasi?.aktif ?? true);
  const [angka, setAngka] = useState<Record<Angka, number>>(lokasi ? (Object.fromEntries(ANGKA.map((k) => [k, lokasi[k]])) as Record<Angka, number>) : BAWAAN);
  const buat = useCreateLokasi();
  const ubah = useUpdateLokasi();
  const m = lokasi ? ubah : buat;
  const galat = galatField(m.error);

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const body = { kode, nama, alamat: alamat.trim() || null, unitId: Number(unitId), ...angka };
    const selesai = (id: number) => { notifications.show({ color: 'green', message: t('tersimpan') }); onTersimpan?.(id); };
    if (lokasi) ubah.mutate({ id: lokasi.id, ...body, aktif }, { onSuccess: () => selesai(lokasi.id) });
    else buat.mutate({ ...body, jamLayanan: JAM_BAWAAN }, { onSuccess: (l) => selesai(l.id) });
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('umum.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
          <TextInput label={t('umum.kode')} description={t('umum.kodeKet')} value={kode} onChange={(e) => setKode(e.currentTarget.value)} error={galat.kode} required />
        </SimpleGrid>
        <TextInput label={t('umum.alamat')} value={alamat} onChange={(e) => setAlamat(e.currentTarget.value)} error={galat.alamat} />
        <Select
          label={t('umum.unit')} description={t('umum.unitKet')} value={unitId} onChange={setUnitId} error={galat.unitId} required searchable
          data={(unit.data ?? []).map((u) => ({ value: String(u.id), label: u.opdNama && u.opdNama !== u.nama ? `${u.nama} — ${u.opdNama}` : u.nama }))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {ANGKA.map((k) => (
            <NumberInput
              key={k} label={t(`umum.${k}`)} value={angka[k]} min={0} allowDecimal={false} error={galat[k]}
              onChange={(v) => setAngka((a) => ({ ...a, [k]: typeof v === 'number' ? v : Number(v) || 0 }))}
            />
          ))}
        </SimpleGrid>
        {lokasi && <Checkbox label={t('umum.aktif')} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} />}
        <FormAksi error={m.error} pending={m.isPending} onBatal={onBatal} />
      </Stack>
    </form>
  );
}
