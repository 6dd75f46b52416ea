import { Badge, Box, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UmpanBalik } from '../../../../contracts/kinerja-realisasi.ts';
import { useKirimUmpanBalik } from '../api/kirim-umpan-balik.ts';
import { beritahu } from '../lib/beritahu.ts';
import { formatWaktu } from '../lib/format.ts';
import { galatPerField, galatUmum } from '../lib/galat.ts';
import '../i18n.ts';

/**
 * The umpan balik berkelanjutan thread of one RHK (or about perilaku kerja when `rhkId` is null) in one
 * period (kinerja.md §1.8): entries oldest first, the penilai's marked as such; a box to write when the
 * caller may (`boleh`: penilai writes feedback, pemilik answers). The server's message for `isi` is shown
 * at the box.
 */
export function UmpanBalikThread({
  skpId, ke, rhkId, entri, boleh, penilai, judul, idAwalan,
}: {
  skpId: number; ke: number; rhkId: number | null; entri: UmpanBalik[]; boleh: boolean; penilai: boolean; judul: string; idAwalan: string;
}) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const kirim = useKirimUmpanBalik();
  const [isi, setIsi] = useState('');
  const [lokal, setLokal] = useState<string | null>(null);
  const galat = lokal ?? galatPerField(kirim.error).isi;
  const umum = galatUmum(kirim.error, ['isi', 'rhkId']);
  const judulId = `${idAwalan}-judul`;

  const kirimkan = () => {
    if (!isi.trim()) { setLokal(t('evaluasi.isiWajib')); return; }
    setLokal(null);
    kirim.mutate({ skpId, ke, rhkId, isi: isi.trim() }, {
      onSuccess: () => { setIsi(''); beritahu(t('evaluasi.umpanBalikTerkirim')); },
    });
  };

  return (
    <Box component="section" aria-labelledby={judulId} data-testid={idAwalan}>
      <Text id={judulId} fw={600} size="sm" mb={4}>{judul}</Text>
      {entri.length === 0 ? (
        <Text size="sm" c="gray.8">{t('evaluasi.umpanBalikKosong')}</Text>
      ) : (
        <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entri.map((u) => (
            <Paper key={u.id} component="li" withBorder p="xs" radius="sm" bg={u.peran === 'penilai' ? 'cyan.0' : undefined}
              ml={u.peran === 'pegawai' ? 'md' : 0} data-peran={u.peran}>
              <Group gap={6} wrap="wrap" mb={2}>
                <Badge size="xs" variant="light" color={u.peran === 'penilai' ? 'cyan' : 'gray'}>
                  {u.peran === 'penilai' ? t('evaluasi.peranPenilai') : t('evaluasi.peranPegawai')}
                </Badge>
                <Text size="xs" fw={600}>{u.penulis.nama}</Text>
                <Text size="xs" c="gray.8">{formatWaktu(u.createdAt, i18n.language)}</Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{u.isi}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      {boleh && (
        <Stack gap={6} mt="xs">
          <Textarea label={penilai ? t('evaluasi.tulisUmpanBalik') : t('evaluasi.tulisJawaban')} autosize minRows={2} maxLength={4000}
            value={isi} onChange={(e) => { setIsi(e.currentTarget.value); setLokal(null); }} error={galat} />
          {umum && <Text size="sm" c="red.9" role="alert">{umum}</Text>}
          <Group>
            <Button size="xs" variant="light" onClick={kirimkan} loading={kirim.isPending}>{t('evaluasi.kirimUmpanBalik')}</Button>
          </Group>
        </Stack>
      )}
    </Box>
  );
}
