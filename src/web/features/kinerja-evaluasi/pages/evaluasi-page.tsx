import { Alert, Anchor, Badge, Button, Card, Grid, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { EvaluasiPeriode } from '../../../../contracts/kinerja-realisasi.ts';
import type { PenilaianSkp } from '../../../../contracts/kinerja-penilaian.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useEvaluasi } from '../api/get-evaluasi.ts';
import { usePenilaianSkp } from '../api/get-penilaian-skp.ts';
import { useHitungUlang } from '../api/hitung-ulang.ts';
import { urlEvaluasiPdf } from '../api/unduh-evaluasi-pdf.ts';
import { IndikatorBlok } from '../components/indikator-blok.tsx';
import { PanelPenilaian } from '../components/panel-penilaian.tsx';
import { PredikatLencana } from '../components/predikat-lencana.tsx';
import { UmpanBalikThread } from '../components/umpan-balik-thread.tsx';
import { beritahu } from '../lib/beritahu.ts';
import { formatTanggal } from '../lib/format.ts';
import '../i18n.ts';

/**
 * /app/kinerja/skp/:id/periode/:ke — the evaluation sheet of one period (kinerja.md §1.2 Dokumen Evaluasi,
 * §1.8): per RHK its indikator with target and realisasi (typed by the pemilik, or the automatic figure from
 * the service data with its source records), bukti dukung and the umpan balik thread; the penilai's rating
 * panel with the live predikat (§1.5–§1.6); period navigation, the evaluation PDF and "Hitung ulang".
 * Anyone with a relation to the SKP may read it (the server answers 404 otherwise); what they may change
 * comes from the sheet's `izin`. ke = 0 goes to the annual page.
 */
export default function EvaluasiPage() {
  const { t } = useTranslation('kinerjaEvaluasi');
  const p = useParams();
  const id = Number(p.id) || 0;
  const ke = Number(p.ke);
  const valid = Number.isInteger(ke) && ke >= 0 && ke <= 12;
  const q = useEvaluasi(id, valid && ke > 0 ? ke : -1);
  const daftar = usePenilaianSkp(id);
  useDocumentTitle(`${q.data ? t('evaluasi.judul', { periode: q.data.periode.label }) : t('evaluasi.judul', { periode: '' })} · SIKAP`);
  if (valid && ke === 0) return <Navigate to={`/app/kinerja/skp/${id}/tahunan`} replace />;
  if (!valid) return <ErrorState error={new Error(t('evaluasi.periodeSalah'))} />;
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  // A new period is a new sheet: every form starts from that period's data.
  return <Lembar key={`${q.data.skp.id}-${q.data.periode.ke}`} e={q.data} daftar={daftar.data ?? null} />;
}

function Lembar({ e, daftar }: { e: EvaluasiPeriode; daftar: PenilaianSkp | null }) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const lang = i18n.language;
  const hitung = useHitungUlang();
  const { skp, periode, izin } = e;
  const penilai = e.relasi === 'penilai';
  const pemilik = e.relasi === 'pemilik';
  const adaOtomatis = e.rhk.some((r) => r.indikator.some((i) => i.metrik != null));
  const hanyaBaca = !pemilik && !penilai;

  return (
    <Stack gap="md">
      <Group gap="md" wrap="wrap">
        <Anchor component={Link} to={`/app/kinerja/skp/${skp.id}`} size="sm">← {t('evaluasi.kembaliSkp')}</Anchor>
        {pemilik && <Anchor component={Link} to="/app/kinerja" size="sm">{t('evaluasi.kembaliKinerja')}</Anchor>}
      </Group>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Title order={1} size="h2">{t('evaluasi.judul', { periode: periode.label })}</Title>
          <Text fw={600}>{skp.pegawai.nama}{skp.pegawai.nip ? ` · NIP ${skp.pegawai.nip}` : ''}</Text>
          <Text size="sm" c="gray.8">{[skp.pegawai.jabatan, skp.pegawai.unit].filter(Boolean).join(' · ')}</Text>
          <Text size="sm" c="gray.8">
            {t('evaluasi.rentang')}: {formatTanggal(periode.mulai, lang)} – {formatTanggal(periode.selesai, lang)}
            {skp.penilai ? ` · ${t('evaluasi.penilai')}: ${skp.penilai.nama}` : ''}
          </Text>
        </div>
        <Group gap={6}>
          <Badge variant="light" color="gray" styles={{ root: { textTransform: 'none' } }}>{t(`relasi.${e.relasi}`)}</Badge>
          {e.penilaian && <PredikatLencana predikat={e.penilaian.predikat} size="lg" data-testid="predikat-periode" />}
        </Group>
      </Group>

      <NavigasiPeriode skpId={skp.id} ke={periode.ke} daftar={daftar} />

      <Group gap="xs" wrap="wrap">
        <Button component="a" href={urlEvaluasiPdf(skp.id, periode.ke)} variant="default" size="sm">{t('evaluasi.unduhPdf')}</Button>
        {izin.hitungUlang && adaOtomatis && (
          <Button variant="light" size="sm" loading={hitung.isPending} title={t('evaluasi.hitungUlangKet')}
            onClick={() => hitung.mutate({ skpId: skp.id, ke: periode.ke }, { onSuccess: () => beritahu(t('evaluasi.dihitungUlang')) })}>
            {t('evaluasi.hitungUlang')}
          </Button>
        )}
      </Group>
      {hitung.isError && <Alert color="red" role="alert" withCloseButton closeButtonLabel={t('umum.tutup')} onClose={() => hitung.reset()}>{errorMessage(hitung.error)}</Alert>}

      {skp.status !== 'disetujui' && <Alert color="orange" role="status">{t('evaluasi.belumDisetujui', { status: t(`statusSkp.${skp.status}`) })}</Alert>}
      {pemilik && !izin.isi && e.alasanTidakBisaIsi && skp.status === 'disetujui' && <Alert color="gray" role="status">{e.alasanTidakBisaIsi}</Alert>}
      {hanyaBaca && <Alert color="gray" role="status">{t('evaluasi.hanyaBaca')}</Alert>}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Title order={2} size="h3">{t('evaluasi.hasilKerja')}</Title>
            {e.rhk.length === 0 && <Text c="gray.8">{t('evaluasi.tanpaRhk')}</Text>}
            {e.rhk.map((r, n) => (
              <Card key={r.id} withBorder padding="md" radius="md" component="section" aria-labelledby={`rhk-${r.id}-judul`} data-testid={`rhk-${r.id}`}>
                <Text size="xs" c="gray.8" fw={600} tt="uppercase">{t('evaluasi.rhkKe', { n: n + 1 })} · {t(`jenisRhk.${r.jenis}`)}</Text>
                <Title order={3} size="h5" id={`rhk-${r.id}-judul`} mb="xs" style={{ overflowWrap: 'anywhere' }}>{r.uraian}</Title>
                <Stack gap="sm">
                  {r.indikator.map((i) => (
                    <IndikatorBlok key={i.id} i={i} skpId={skp.id} ke={periode.ke} pendekatan={skp.pendekatan} boleh={izin.isi} />
                  ))}
                  <UmpanBalikThread skpId={skp.id} ke={periode.ke} rhkId={r.id} entri={r.umpanBalik} boleh={izin.umpanBalik} penilai={penilai}
                    judul={t('evaluasi.umpanBalik')} idAwalan={`umpan-balik-rhk-${r.id}`} />
                </Stack>
              </Card>
            ))}
            <Card withBorder padding="md" radius="md">
              <UmpanBalikThread skpId={skp.id} ke={periode.ke} rhkId={null} entri={e.umpanBalikPerilaku} boleh={izin.umpanBalik} penilai={penilai}
                judul={t('evaluasi.umpanBalikPerilaku')} idAwalan="umpan-balik-perilaku" />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <PanelPenilaian skpId={skp.id} ke={periode.ke} penilaian={e.penilaian} boleh={izin.nilai} judul={t('nilai.judul')}
            alasanTidakBoleh={penilai && !izin.nilai ? t('nilai.tertutup') : null} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * Previous / next period and a period picker (the periods of the SKP's year that overlap its span, with
 * their predikat when rated), plus a link to the annual page. Without the rating list (still loading, or
 * not available) it falls back to ke ± 1.
 */
function NavigasiPeriode({ skpId, ke, daftar }: { skpId: number; ke: number; daftar: PenilaianSkp | null }) {
  const { t } = useTranslation('kinerjaEvaluasi');
  const navigate = useNavigate();
  const periode = daftar?.periode.filter((p) => p.dalamSkp) ?? [];
  const idx = periode.findIndex((p) => p.ke === ke);
  const prev = daftar ? periode[idx - 1]?.ke : ke > 1 ? ke - 1 : undefined;
  const next = daftar ? periode[idx + 1]?.ke : ke < 12 ? ke + 1 : undefined;
  const ke2url = (k: number) => `/app/kinerja/skp/${skpId}/periode/${k}`;
  const ini = periode[idx];
  return (
    <Group component="nav" aria-label={t('evaluasi.navigasi')} gap="xs" wrap="wrap" align="flex-end">
      {prev ? <Button component={Link} to={ke2url(prev)} variant="default" size="xs">← {t('evaluasi.sebelumnya')}</Button>
        : <Button variant="default" size="xs" disabled>← {t('evaluasi.sebelumnya')}</Button>}
      {periode.length > 0 && (
        <NativeSelect size="xs" label={t('evaluasi.pilihPeriode')} value={String(ke)} onChange={(ev) => navigate(ke2url(Number(ev.currentTarget.value)))}
          data={periode.map((p) => ({ value: String(p.ke), label: p.penilaian ? `${p.label} — ${t(`predikat.${p.penilaian.predikat}`)}` : p.label }))} />
      )}
      {next ? <Button component={Link} to={ke2url(next)} variant="default" size="xs">{t('evaluasi.berikutnya')} →</Button>
        : <Button variant="default" size="xs" disabled>{t('evaluasi.berikutnya')} →</Button>}
      <Anchor component={Link} to={`/app/kinerja/skp/${skpId}/tahunan`} size="sm">{t('evaluasi.tahunan')}</Anchor>
      {ini && !ini.dimulai && <Text size="xs" c="gray.8">{t('evaluasi.belumDimulai')}</Text>}
    </Group>
  );
}
