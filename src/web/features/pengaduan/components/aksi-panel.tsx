import {
  Alert, Button, Card, Checkbox, Group, NativeSelect, Radio, SegmentedControl, Stack, Text, Textarea, Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HASIL_TINDAK_LANJUT, type AksiPengaduanBody, type PengaduanStaf } from '../../../../contracts/pengaduan.ts';
import type { AksiStafPengaduan, HasilTindakLanjut } from '../../../../domain/layanan/pengaduan.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useAksiPengaduan } from '../api/aksi-pengaduan.ts';
import { useOpd } from '../api/get-opd.ts';
import { pengaduanKeys } from '../api/keys.ts';

/** The order of the buttons: the coordinator's steps first, then the OPD's, closing last. */
const URUTAN: AksiStafPengaduan[] = ['verifikasi', 'teruskan', 'tanggapi', 'tindak_lanjut', 'tolak', 'tutup'];

/**
 * The actions this viewer may take on a case now (`p.aksi`, decided by the server from status and role):
 * verifikasi (one click), teruskan (OPD, default the category's), tolak (reason), tutup (note), tanggapi
 * (public answer or internal note), tindak_lanjut (outcome + what was done). Each sends the `revisi` the
 * user saw; a 409 shows "Data berubah, muat ulang" with a reload button.
 */
export function AksiPanel({ p }: { p: PengaduanStaf }) {
  const { t } = useTranslation('pengaduan');
  const qc = useQueryClient();
  const tersedia = URUTAN.filter((a) => p.aksi.includes(a));
  const [pilihan, setPilihan] = useState<AksiStafPengaduan | null>(null);
  const aktif = pilihan && tersedia.includes(pilihan) ? pilihan : tersedia[0] ?? null;
  const m = useAksiPengaduan();
  const opdQ = useOpd(tersedia.includes('teruskan'));
  const [unitId, setUnitId] = useState<string>('');
  const [isi, setIsi] = useState('');
  const [publik, setPublik] = useState(true);
  const [hasil, setHasil] = useState<HasilTindakLanjut | ''>('');
  const [galat, setGalat] = useState<Record<string, string>>({});

  const konflik = m.error instanceof ApiError && m.error.status === 409;
  const muatUlang = () => {
    m.reset();
    void qc.invalidateQueries({ queryKey: pengaduanKeys.detail(p.id) });
  };
  const ganti = (a: AksiStafPengaduan) => {
    setPilihan(a); setIsi(''); setGalat({}); setHasil(''); setPublik(true); m.reset();
  };

  const unitBawaan = p.unitSaran?.id ?? p.unit?.id ?? null;
  const unitDipilih = unitId || (unitBawaan ? String(unitBawaan) : '');

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    if (!aktif) return;
    const g: Record<string, string> = {};
    const body: AksiPengaduanBody = { aksi: aktif, revisi: p.revisi };
    if (aktif === 'teruskan') {
      if (!unitDipilih) g.unitId = t('aksi.opdWajib');
      else body.unitId = Number(unitDipilih);
      if (isi.trim()) body.isi = isi.trim();
    }
    if (aktif === 'tolak') {
      if (!isi.trim()) g.isi = t('aksi.alasanWajib');
      body.isi = isi.trim();
    }
    if (aktif === 'tutup' && isi.trim()) body.isi = isi.trim();
    if (aktif === 'tanggapi') {
      if (!isi.trim()) g.isi = t('aksi.tanggapanWajib');
      body.isi = isi.trim();
      body.publik = publik;
    }
    if (aktif === 'tindak_lanjut') {
      if (!hasil) g.hasil = t('aksi.hasilWajib');
      else body.hasil = hasil;
      if (!isi.trim()) g.isi = t('aksi.tanggapanWajib');
      body.isi = isi.trim();
    }
    setGalat(g);
    if (Object.keys(g).length) return;
    m.mutate({ id: p.id, ...body }, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('aksi.berhasil') });
        setIsi(''); setHasil(''); setPilihan(null); setUnitId('');
      },
      onError: (err) => { if (err instanceof ApiError) setGalat(err.fieldErrors()); },
    });
  };

  const opdData = [
    { value: '', label: t('aksi.pilihOpd') },
    ...(opdQ.data ?? []).map((o) => ({
      value: String(o.id),
      label: o.id === p.unitSaran?.id ? t('aksi.opdBawaan', { nama: o.nama }) : o.nama,
    })),
  ];
  // The category's default may be a unit below an OPD: keep it selectable even when it is not in the OPD list.
  if (p.unitSaran && !opdData.some((o) => o.value === String(p.unitSaran!.id))) {
    opdData.splice(1, 0, { value: String(p.unitSaran.id), label: t('aksi.opdBawaan', { nama: p.unitSaran.nama }) });
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="aksi-judul" data-testid="aksi-panel">
      <Title order={2} size="h4" id="aksi-judul">{t('aksi.judul')}</Title>
      {!aktif ? <Text size="sm" c="gray.8" mt="xs">{t('aksi.tidakAda')}</Text> : (
        <form onSubmit={kirim} noValidate>
          <Stack gap="sm" mt="sm">
            {tersedia.length > 1 && (
              <SegmentedControl
                fullWidth orientation="vertical" value={aktif} onChange={(v) => ganti(v as AksiStafPengaduan)}
                data={tersedia.map((a) => ({ value: a, label: <span data-testid={`pilih-aksi-${a}`}>{t(`aksi.${a}`)}</span> }))} aria-label={t('aksi.judul')}
              />
            )}
            {aktif === 'teruskan' && (
              <>
                <NativeSelect label={t('aksi.opd')} required data={opdData} value={unitDipilih} disabled={opdQ.isPending}
                  onChange={(e) => setUnitId(e.currentTarget.value)} error={galat.unitId} />
                <Textarea label={t('aksi.catatanTeruskan')} autosize minRows={2} maxLength={5000} value={isi} onChange={(e) => setIsi(e.currentTarget.value)} error={galat.isi} />
              </>
            )}
            {aktif === 'tolak' && (
              <Textarea label={t('aksi.alasan')} description={t('aksi.alasanBantuan')} required autosize minRows={3} maxLength={5000}
                value={isi} onChange={(e) => setIsi(e.currentTarget.value)} error={galat.isi} />
            )}
            {aktif === 'tutup' && (
              <Textarea label={t('aksi.catatanTutup')} autosize minRows={2} maxLength={5000} value={isi} onChange={(e) => setIsi(e.currentTarget.value)} error={galat.isi} />
            )}
            {aktif === 'tanggapi' && (
              <>
                <Textarea label={t('aksi.isiTanggapan')} required autosize minRows={3} maxLength={5000}
                  value={isi} onChange={(e) => setIsi(e.currentTarget.value)} error={galat.isi} />
                <Checkbox label={t('aksi.publik')} description={t('aksi.publikKet')} checked={publik} onChange={(e) => setPublik(e.currentTarget.checked)} />
              </>
            )}
            {aktif === 'tindak_lanjut' && (
              <>
                <Radio.Group label={t('aksi.hasil')} required value={hasil} onChange={(v) => setHasil(v as HasilTindakLanjut)} error={galat.hasil}>
                  <Stack gap={6} mt={6}>
                    {HASIL_TINDAK_LANJUT.map((h) => <Radio key={h} value={h} label={t(`hasil.${h}`)} />)}
                  </Stack>
                </Radio.Group>
                <Textarea label={t('aksi.isiTindakLanjut')} description={t('aksi.isiTindakLanjutBantuan')} required autosize minRows={3} maxLength={5000}
                  value={isi} onChange={(e) => setIsi(e.currentTarget.value)} error={galat.isi} />
              </>
            )}
            {konflik ? (
              <Alert color="orange" role="alert" data-testid="aksi-konflik">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm" fw={600}>{t('aksi.konflik')}</Text>
                  <Text size="sm">{errorMessage(m.error)}</Text>
                  <Button size="xs" variant="light" color="orange" onClick={muatUlang}>{t('aksi.muatUlang')}</Button>
                </Stack>
              </Alert>
            ) : m.isError && !Object.keys(galat).length ? (
              <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" loading={m.isPending} color={aktif === 'tolak' ? 'red.8' : undefined} data-testid="aksi-kirim">
                {aktif === 'tolak' ? t('aksi.konfirmasiTolak') : t(`aksi.${aktif}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
