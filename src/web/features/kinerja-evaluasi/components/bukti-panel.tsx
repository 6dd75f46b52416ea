import { ActionIcon, Anchor, Box, Button, FileButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bukti } from '../../../../contracts/kinerja-realisasi.ts';
import { useHapusBukti } from '../api/hapus-bukti.ts';
import { useTambahBukti } from '../api/tambah-bukti.ts';
import { isTautanSah, MAKS_BERKAS_MB, periksaBerkas, TERIMA_BERKAS } from '../lib/berkas.ts';
import { beritahu } from '../lib/beritahu.ts';
import { formatUkuran, formatWaktu } from '../lib/format.ts';
import { galatPerField, galatUmum } from '../lib/galat.ts';
import '../i18n.ts';

/**
 * Bukti dukung of one indikator in one period (kinerja.md §1.8): the list (files download through
 * /api/v1/kinerja/bukti/:id, links open in a new tab) and — for the pemilik while the period is open
 * (`boleh`) — an upload (PDF/JPEG/PNG, checked here and by content on the server) and a link form, with
 * delete per item. Server errors appear at the field they name (`berkas`, `tautan`, `nama`).
 */
export function BuktiPanel({ indikatorId, ke, bukti, boleh, idAwalan }: {
  indikatorId: number; ke: number; bukti: Bukti[]; boleh: boolean; idAwalan: string;
}) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const tambah = useTambahBukti();
  const hapus = useHapusBukti();
  const [tautanBuka, setTautanBuka] = useState(false);
  const [tautan, setTautan] = useState('');
  const [nama, setNama] = useState('');
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const server = galatPerField(tambah.error);
  const g = { ...server, ...lokal };
  const umum = galatUmum(tambah.error, ['berkas', 'tautan', 'nama']) ?? galatUmum(hapus.error, []);
  const judulId = `${idAwalan}-judul`;

  const unggah = (f: File | null) => {
    if (!f) return;
    const masalah = periksaBerkas(f);
    if (masalah) { setLokal({ berkas: t(`evaluasi.${masalah}`, { mb: MAKS_BERKAS_MB }) }); return; }
    setLokal({});
    tambah.mutate({ indikatorId, ke, berkas: f }, { onSuccess: () => beritahu(t('evaluasi.buktiTerunggah')) });
  };
  const simpanTautan = () => {
    const e: Record<string, string> = {};
    if (!tautan.trim()) e.tautan = t('evaluasi.tautanWajib');
    else if (!isTautanSah(tautan)) e.tautan = t('evaluasi.tautanSalah');
    if (!nama.trim()) e.nama = t('evaluasi.namaWajib');
    setLokal(e);
    if (Object.keys(e).length) return;
    tambah.mutate({ indikatorId, ke, tautan: { tautan: tautan.trim(), nama: nama.trim() } }, {
      onSuccess: () => { setTautan(''); setNama(''); setTautanBuka(false); beritahu(t('evaluasi.buktiTerunggah')); },
    });
  };

  return (
    <Box component="section" aria-labelledby={judulId} data-testid={idAwalan}>
      <Text id={judulId} fw={600} size="sm">{t('evaluasi.bukti')}</Text>
      {boleh && <Text size="xs" c="gray.8">{t('evaluasi.buktiKet', { mb: MAKS_BERKAS_MB })}</Text>}
      {bukti.length === 0 ? (
        <Text size="sm" c="gray.8" mt={4}>{t('evaluasi.buktiKosong')}</Text>
      ) : (
        <Stack gap={4} mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {bukti.map((b) => (
            <Group key={b.id} component="li" gap="xs" wrap="nowrap" justify="space-between" data-testid={`bukti-${b.id}`}>
              <Box style={{ minWidth: 0 }}>
                <Anchor href={b.url} size="sm" style={{ overflowWrap: 'anywhere' }}
                  {...(b.jenis === 'tautan' ? { target: '_blank', rel: 'noopener noreferrer' } : { download: b.nama })}>
                  {b.nama}
                </Anchor>
                <Text size="xs" c="gray.8">
                  {b.jenis === 'tautan' ? t('evaluasi.jenisTautan') : `${(b.mime ?? '').replace('application/', '').replace('image/', '').toUpperCase()}${b.ukuran != null ? ` · ${formatUkuran(b.ukuran, i18n.language)}` : ''}`}
                  {' · '}{formatWaktu(b.createdAt, i18n.language)}
                </Text>
              </Box>
              {boleh && (
                <ActionIcon variant="subtle" color="red" aria-label={t('evaluasi.hapusBukti', { nama: b.nama })}
                  loading={hapus.isPending && hapus.variables === b.id}
                  onClick={() => hapus.mutate(b.id, { onSuccess: () => beritahu(t('evaluasi.buktiDihapus')) })}>
                  <span aria-hidden>✕</span>
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {boleh && (
        <Stack gap={6} mt="xs">
          <Group gap="xs">
            <FileButton onChange={unggah} accept={TERIMA_BERKAS}>
              {(p) => <Button {...p} size="xs" variant="light" loading={tambah.isPending && tambah.variables && 'berkas' in tambah.variables}
                data-testid={`${idAwalan}-unggah`}>{t('evaluasi.unggahBukti')}</Button>}
            </FileButton>
            <Button size="xs" variant="default" onClick={() => setTautanBuka((x) => !x)} aria-expanded={tautanBuka}>{t('evaluasi.tambahTautan')}</Button>
          </Group>
          {g.berkas && <Text size="sm" c="red.9" role="alert">{g.berkas}</Text>}
          {tautanBuka && (
            <Stack gap={6}>
              <TextInput label={t('evaluasi.tautan')} type="url" inputMode="url" value={tautan} withAsterisk maxLength={2000}
                onChange={(e) => setTautan(e.currentTarget.value)} error={g.tautan} />
              <TextInput label={t('evaluasi.namaTautan')} description={t('evaluasi.namaTautanKet')} value={nama} withAsterisk maxLength={200}
                onChange={(e) => setNama(e.currentTarget.value)} error={g.nama} />
              <Group><Button size="xs" onClick={simpanTautan} loading={tambah.isPending}>{t('evaluasi.simpanTautan')}</Button></Group>
            </Stack>
          )}
          {umum && <Text size="sm" c="red.9" role="alert">{umum}</Text>}
        </Stack>
      )}
    </Box>
  );
}
