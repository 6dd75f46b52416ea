import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import type { PegawaiItem } from '../../../../contracts/org.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useCariPegawai } from '../api/ganti-penilai.ts';
import { galatPerField, isRevisiUsang } from '../lib/galat.ts';

type Opsi = { value: string; label: string };
/** Minimum length of the reason (UbahPenilaiBodySchema: 10 characters after trimming). */
const ALASAN_MIN = 10;

/**
 * "Ganti pejabat penilai" (BKPSDM, kinerja:kelola): picks another pegawai as the pejabat penilai of this
 * SKP, with a required reason (≥ 10 characters; checked here and by the API). kinerja.md §1.3: the penilai
 * is the structural atasan by default; the instansi may set another (e.g. a kepala OPD rated by the Wali Kota
 * or the Sekda). Candidates are searched on the server by name or NIP (debounced, 2+ characters); the
 * pemilik and the current penilai are left out. API field errors (`body.penilaiId`, `body.alasan`) show at
 * their fields, other errors (locked SKP…) in an alert; 409 REVISI_USANG is handled by the page.
 */
export function GantiPenilaiModal({ d, opened, onClose, onKirim, sibuk, error }: {
  d: SkpDetail; opened: boolean; onClose: () => void;
  onKirim: (v: { penilaiId: number; alasan: string }) => void; sibuk: boolean; error: unknown;
}) {
  const { t } = useTranslation('kinerja');
  const [pilihan, setPilihan] = useState<Opsi | null>(null);
  const [cari, setCari] = useState('');
  const [cariTunda] = useDebouncedValue(cari.trim(), 300);
  const aktifCari = cariTunda.length >= 2 && cariTunda !== pilihan?.label;
  const kandidat = useCariPegawai(aktifCari ? cariTunda : '');
  const [alasan, setAlasan] = useState('');
  const [dicoba, setDicoba] = useState(false);
  const galat = galatPerField(error);

  const { data, rinci } = useMemo(() => {
    const items: PegawaiItem[] = (aktifCari ? kandidat.data?.items ?? [] : [])
      .filter((p) => p.id !== d.pegawai.id && p.id !== d.penilai?.id);
    const opsi: Opsi[] = items.map((p) => ({ value: String(p.id), label: `${p.nama} — ${p.nipFormat}` }));
    if (pilihan && !opsi.some((o) => o.value === pilihan.value)) opsi.unshift(pilihan);
    return { data: opsi, rinci: new Map(items.map((p) => [String(p.id), p])) };
  }, [aktifCari, kandidat.data, d.pegawai.id, d.penilai?.id, pilihan]);

  const alasanPendek = alasan.trim().length < ALASAN_MIN;
  const kirim = () => {
    setDicoba(true);
    if (pilihan && !alasanPendek) onKirim({ penilaiId: Number(pilihan.value), alasan: alasan.trim() });
  };
  const galatLain = !!error && !galat.penilaiId && !galat.alasan && !isRevisiUsang(error);

  return (
    <Modal opened={opened} onClose={onClose} title={t('gantiPenilai.judul')} closeButtonProps={{ 'aria-label': t('umum.tutup') }}>
      <Stack gap="sm">
        <Text size="sm">
          {t('gantiPenilai.sekarang')}: <strong>{d.penilai ? d.penilai.nama : t('gantiPenilai.belumAda')}</strong>
        </Text>
        <Text size="sm" c="gray.8" data-testid="ganti-penilai-ket">{t('gantiPenilai.ket')}</Text>
        <Select
          label={t('gantiPenilai.pilih')}
          description={t('gantiPenilai.pilihKet')}
          placeholder={t('gantiPenilai.pilihPlaceholder')}
          withAsterisk
          searchable
          clearable
          data-autofocus
          data={data}
          value={pilihan?.value ?? null}
          onChange={(value, option) => setPilihan(value && option ? { value, label: option.label } : null)}
          searchValue={cari}
          onSearchChange={setCari}
          filter={({ options }) => options}
          renderOption={({ option }) => {
            const p = rinci.get(option.value);
            return (
              <div>
                <Text size="sm">{option.label}</Text>
                {p && <Text size="xs" c="gray.8">{[p.jabatan, p.opdNama ?? p.unitNama].filter(Boolean).join(' · ')}</Text>}
              </div>
            );
          }}
          nothingFoundMessage={aktifCari && !kandidat.isFetching ? t('gantiPenilai.tidakDitemukan') : undefined}
          rightSectionPointerEvents={pilihan ? 'all' : 'none'}
          error={(dicoba && !pilihan ? t('gantiPenilai.pilihWajib') : undefined) ?? galat.penilaiId}
          data-testid="calon-penilai"
        />
        <Textarea
          label={t('gantiPenilai.alasan')} description={t('gantiPenilai.alasanKet')} autosize minRows={3} maxLength={1000} withAsterisk
          value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)}
          error={(dicoba && alasanPendek ? t('gantiPenilai.alasanPendek') : undefined) ?? galat.alasan} data-testid="alasan-ganti-penilai"
        />
        {kandidat.isError && <Alert color="red" role="alert">{errorMessage(kandidat.error)}</Alert>}
        {galatLain && <Alert color="red" role="alert">{errorMessage(error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('umum.batal')}</Button>
          <Button onClick={kirim} loading={sibuk} data-testid="kirim-ganti-penilai">{t('gantiPenilai.simpan')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
