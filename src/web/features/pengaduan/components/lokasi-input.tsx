import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dalamWilayahKota } from '../../../../domain/layanan/pengaduan.ts';
import { useWilayah } from '../api/get-wilayah.ts';
import { formatKoordinat, tautanPeta } from '../lib/format.ts';

export type Lokasi = { kelurahanKode: string; alamat: string; koordinat: { lat: number; lng: number; akurasi: number } | null };
export const LOKASI_KOSONG: Lokasi = { kelurahanKode: '', alamat: '', koordinat: null };

type Keadaan = 'diam' | 'mencari' | 'ditolak' | 'gagal' | 'tidakAda' | 'luarKota';

/**
 * The optional location of a report: a kelurahan of Tanjungbalai (GET /org/wilayah, grouped by kecamatan),
 * an address or landmark, and/or the phone's position (navigator.geolocation, asked only on the button).
 * A position outside the city (pelayanan.md §5.4 bounding box, domain `dalamWilayahKota`) is not used.
 */
export function LokasiInput({ value, onChange, galat }: { value: Lokasi; onChange: (l: Lokasi) => void; galat: Record<string, string | undefined> }) {
  const { t } = useTranslation('pengaduan');
  const wilayah = useWilayah();
  const [keadaan, setKeadaan] = useState<Keadaan>('diam');

  const cari = () => {
    if (!('geolocation' in navigator)) return setKeadaan('tidakAda');
    setKeadaan('mencari');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const { latitude: lat, longitude: lng, accuracy } = pos.coords;
        if (!dalamWilayahKota(lat, lng)) return setKeadaan('luarKota');
        setKeadaan('diam');
        onChange({ ...value, koordinat: { lat, lng, akurasi: Math.round(accuracy) } });
      },
      (e) => setKeadaan(e.code === e.PERMISSION_DENIED ? 'ditolak' : 'gagal'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const dataKelurahan = [
    { value: '', label: t('form.pilihKelurahan') },
    ...(wilayah.data?.kecamatan ?? []).map((k) => ({
      group: t('form.kecamatan', { nama: k.nama }),
      items: k.kelurahan.map((l) => ({ value: l.kode, label: l.nama })),
    })),
  ];
  const pesan: Partial<Record<Keadaan, string>> = {
    ditolak: t('form.lokasiDitolak'), gagal: t('form.lokasiGagal'), tidakAda: t('form.lokasiTidakAda'), luarKota: t('form.lokasiLuarKota'),
  };
  const k = value.koordinat;

  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.8">{t('form.lokasiKet')}</Text>
      <NativeSelect
        label={t('form.kelurahan')} value={value.kelurahanKode} data={dataKelurahan} disabled={wilayah.isPending}
        onChange={(e) => onChange({ ...value, kelurahanKode: e.currentTarget.value })} error={galat.kelurahanKode}
      />
      <TextInput
        label={t('form.alamat')} maxLength={300} value={value.alamat} autoComplete="street-address"
        onChange={(e) => onChange({ ...value, alamat: e.currentTarget.value })} error={galat.alamat}
      />
      {k ? (
        <Group gap="sm" wrap="wrap" data-testid="koordinat">
          <Text size="sm">
            {t('form.lokasiDidapat', { koordinat: formatKoordinat(k.lat, k.lng), m: k.akurasi })}{' '}
            <Anchor href={tautanPeta(k.lat, k.lng)} target="_blank" rel="noopener noreferrer">{t('detail.bukaPeta')}</Anchor>
          </Text>
          <Button size="xs" variant="light" color="red" onClick={() => onChange({ ...value, koordinat: null })}>{t('form.hapusLokasi')}</Button>
        </Group>
      ) : (
        <Button variant="default" onClick={cari} loading={keadaan === 'mencari'} w={{ base: '100%', xs: 'auto' }}>
          {keadaan === 'mencari' ? t('form.mencariLokasi') : t('form.pakaiLokasi')}
        </Button>
      )}
      {(pesan[keadaan] || galat.lat || galat.lng) && (
        <Alert color="yellow" role="status" p="xs"><Text size="sm">{galat.lat ?? galat.lng ?? pesan[keadaan]}</Text></Alert>
      )}
    </Stack>
  );
}
