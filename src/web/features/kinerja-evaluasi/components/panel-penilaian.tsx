import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PenilaianRingkas } from '../../../../contracts/kinerja-realisasi.ts';
import type { Rating } from '../../../../domain/kinerja/predikat.ts';
import { useSimpanPenilaian } from '../api/simpan-penilaian.ts';
import { beritahu } from '../lib/beritahu.ts';
import { formatWaktu } from '../lib/format.ts';
import { isKonflik } from '../lib/galat.ts';
import { FormRating } from './form-rating.tsx';
import { PredikatLencana, RatingLencana } from './predikat-lencana.tsx';
import '../i18n.ts';

/**
 * The rating panel of a sheet (periodic ke ≥ 1 or annual ke = 0): the saved penilaian (ratings, predikat,
 * override reason, catatan, when) for everyone who may read the SKP, and — for the pejabat penilai while
 * `boleh` — the {@link FormRating} with the live predikat. Saving sends the loaded `revisi`; a 409 asks to
 * reload. `saran`: the head-of-unit hint of the annual rating (kinerja.md §1.5).
 */
export function PanelPenilaian({ skpId, ke, penilaian, boleh, judul, saran, alasanTidakBoleh }: {
  skpId: number; ke: number; penilaian: PenilaianRingkas | null; boleh: boolean; judul: string;
  saran?: { teks: string; rating: Rating } | null; alasanTidakBoleh?: string | null;
}) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const simpan = useSimpanPenilaian();
  const idAwalan = ke === 0 ? 'nilai-tahunan' : 'nilai';

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={`${idAwalan}-judul`} data-testid={`panel-${idAwalan}`}>
      <Title order={2} size="h4" id={`${idAwalan}-judul`} mb="xs">{judul}</Title>
      <Stack gap="sm">
        {penilaian ? (
          <Stack gap={4} data-testid={`${idAwalan}-tersimpan`}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>{t('nilai.predikat')}:</Text>
              <PredikatLencana predikat={penilaian.predikat} size="lg" data-testid={`${idAwalan}-predikat`} />
            </Group>
            <Group gap="xs" wrap="wrap">
              <Text size="xs">{t('nilai.ratingHasilKerja')}:</Text><RatingLencana rating={penilaian.ratingHasilKerja} size="sm" />
            </Group>
            <Group gap="xs" wrap="wrap">
              <Text size="xs">{t('nilai.ratingPerilaku')}:</Text><RatingLencana rating={penilaian.ratingPerilaku} size="sm" />
            </Group>
            {penilaian.predikat !== penilaian.predikatMatriks && (
              <Text size="xs" c="gray.8">
                {t('nilai.predikatMatriks', { predikat: t(`predikat.${penilaian.predikatMatriks}`) })}
                {penilaian.alasanPredikat ? ` · ${t('nilai.alasan', { alasan: penilaian.alasanPredikat })}` : ''}
              </Text>
            )}
            {penilaian.catatan && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{t('nilai.catatan')}: {penilaian.catatan}</Text>}
            <Text size="xs" c="gray.8">{t('nilai.sudahDinilai', { waktu: formatWaktu(penilaian.dinilaiAt, i18n.language) })}</Text>
            {penilaian.ditetapkanAt && <Text size="xs" c="gray.8">{t('nilai.ditetapkan', { waktu: formatWaktu(penilaian.ditetapkanAt, i18n.language) })}</Text>}
          </Stack>
        ) : (
          <Text size="sm" c="gray.8" data-testid={`${idAwalan}-belum`}>{t('nilai.belumDinilai')}</Text>
        )}
        {!boleh && alasanTidakBoleh && <Text size="sm" c="gray.8">{alasanTidakBoleh}</Text>}
        {boleh && (
          <>
            {simpan.isError && isKonflik(simpan.error) && (
              <Alert color="orange" role="alert">{simpan.error instanceof Error ? simpan.error.message : t('umum.konflik')}</Alert>
            )}
            <FormRating key={penilaian?.revisi ?? 'baru'} idAwalan={idAwalan} awal={penilaian} saran={saran}
              sibuk={simpan.isPending} error={simpan.isError && !isKonflik(simpan.error) ? simpan.error : null}
              onSimpan={(n) => simpan.mutate({ skpId, ke, ...n, ...(penilaian ? { revisi: penilaian.revisi } : {}) }, {
                onSuccess: (p) => beritahu(t('nilai.tersimpan', { predikat: t(`predikat.${p.predikat}`) })),
              })} />
          </>
        )}
      </Stack>
    </Card>
  );
}
