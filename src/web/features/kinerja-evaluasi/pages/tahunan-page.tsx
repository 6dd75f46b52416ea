import { Alert, Anchor, Badge, Button, Card, Grid, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PenilaianSkp } from '../../../../contracts/kinerja-penilaian.ts';
import type { EvaluasiPeriode } from '../../../../contracts/kinerja-realisasi.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useAjukanKeberatan } from '../api/ajukan-keberatan.ts';
import { useEvaluasi } from '../api/get-evaluasi.ts';
import { usePenilaianSkp } from '../api/get-penilaian-skp.ts';
import { urlEvaluasiPdf } from '../api/unduh-evaluasi-pdf.ts';
import { teksTarget } from '../components/indikator-blok.tsx';
import { PanelPenilaian } from '../components/panel-penilaian.tsx';
import { ORANYE_GELAP, PredikatLencana, RatingLencana } from '../components/predikat-lencana.tsx';
import { beritahu } from '../lib/beritahu.ts';
import { formatAngka, formatTanggal, formatWaktu, tanggalWib } from '../lib/format.ts';
import { galatPerField, galatUmum } from '../lib/galat.ts';
import { Gulir } from '../components/gulir.tsx';
import '../i18n.ts';

/**
 * /app/kinerja/skp/:id/tahunan — the year of one SKP (kinerja.md §1.7–§1.8; PermenPANRB 6/2022): the
 * predikat of every period (table, linking to each sheet), the annual realisasi per indikator, the annual
 * rating by the penilai with the live predikat and — for the head of a unit — the hasil-kerja rating
 * suggested by the unit's predikat organisasi (§1.5, a hint only), the penetapan status with the keberatan
 * deadline, and "Ajukan keberatan" for the pemilik while the window is open.
 */
export default function TahunanPage() {
  const { t } = useTranslation('kinerjaEvaluasi');
  const id = Number(useParams().id) || 0;
  const q = usePenilaianSkp(id);
  const ev = useEvaluasi(id, 0);
  useDocumentTitle(`${q.data ? t('tahunan.judul', { tahun: q.data.tahun }) : t('evaluasi.tahunan')} · SIKAP`);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return <Tahunan d={q.data} ev={ev.data ?? null} />;
}

function Tahunan({ d, ev }: { d: PenilaianSkp; ev: EvaluasiPeriode | null }) {
  const { t } = useTranslation('kinerjaEvaluasi');
  const th = d.tahunan;
  const saran = d.saranHasilKerja
    ? {
      rating: d.saranHasilKerja.rating,
      teks: t('nilai.saranKepalaUnit', {
        unit: d.saranHasilKerja.unit.nama, predikat: t(`predikatOrganisasi.${d.saranHasilKerja.predikatOrganisasi}`), rating: t(`rating.${d.saranHasilKerja.rating}`),
      }),
    }
    : null;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/app/kinerja/skp/${d.skpId}`} size="sm">← {t('evaluasi.kembaliSkp')}</Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Title order={1} size="h2">{t('tahunan.judul', { tahun: d.tahun })}</Title>
          <Text fw={600}>{d.pegawai.nama} · NIP {d.pegawai.nip}</Text>
          <Text size="sm" c="gray.8">{d.pegawai.jabatan}{d.penilai ? ` · ${t('evaluasi.penilai')}: ${d.penilai.nama}` : ''}</Text>
        </div>
        <Group gap={6}>
          <Badge variant="light" color="gray" styles={{ root: { textTransform: 'none' } }}>{t(`relasi.${d.relasi}`)}</Badge>
          {th.penilaian && <PredikatLencana predikat={th.penilaian.predikat} size="lg" data-testid="predikat-tahunan" />}
        </Group>
      </Group>
      <Group gap="xs">
        <Button component="a" href={urlEvaluasiPdf(d.skpId, 0)} variant="default" size="sm">{t('evaluasi.unduhPdf')}</Button>
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Card withBorder padding="md" radius="md" component="section" aria-labelledby="per-periode-judul">
              <Title order={2} size="h4" id="per-periode-judul" mb="xs">{t('tahunan.perPeriode')}</Title>
              <Gulir label={t('tahunan.perPeriode')} minWidth={520}>
                <Table striped data-testid="tabel-periode">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('tahunan.periode')}</Table.Th>
                      <Table.Th scope="col">{t('tahunan.hasilKerja')}</Table.Th>
                      <Table.Th scope="col">{t('tahunan.perilaku')}</Table.Th>
                      <Table.Th scope="col">{t('tahunan.predikat')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.periode.filter((p) => p.dalamSkp).map((p) => (
                      <Table.Tr key={p.ke}>
                        <Table.Th scope="row" fw={400}>
                          {p.dimulai ? <Anchor component={Link} to={`/app/kinerja/skp/${d.skpId}/periode/${p.ke}`} size="sm">{p.label}</Anchor> : <Text size="sm" c="gray.8">{p.label}</Text>}
                        </Table.Th>
                        <Table.Td>{p.penilaian ? <RatingLencana rating={p.penilaian.ratingHasilKerja} size="sm" /> : '—'}</Table.Td>
                        <Table.Td>{p.penilaian ? <RatingLencana rating={p.penilaian.ratingPerilaku} size="sm" /> : '—'}</Table.Td>
                        <Table.Td>{p.penilaian ? <PredikatLencana predikat={p.penilaian.predikat} size="sm" /> : <Text size="sm" c="gray.8">{t('nilai.belumDinilai')}</Text>}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Gulir>
              {!d.periode.some((p) => p.penilaian) && <Text size="sm" c="gray.8" mt="xs">{t('tahunan.belumAda')}</Text>}
            </Card>
            {ev && <RealisasiTahunan ev={ev} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <PanelPenilaian skpId={d.skpId} ke={0} penilaian={th.penilaian} boleh={th.bolehDinilai} judul={t('nilai.judulTahunan')}
              saran={saran} alasanTidakBoleh={d.relasi === 'penilai' ? th.alasanTidakBoleh : null} />
            <PanelPenetapan d={d} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Annual realisasi per indikator (sum or mean of the periods, as the sheet's `tahunan.cara` says). */
function RealisasiTahunan({ ev }: { ev: EvaluasiPeriode }) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const lang = i18n.language;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="realisasi-tahunan-judul">
      <Title order={2} size="h4" id="realisasi-tahunan-judul" mb="xs">{t('tahunan.realisasiTahunan')}</Title>
      <Gulir label={t('tahunan.realisasiTahunan')} minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluasi.indikator')}</Table.Th>
              <Table.Th scope="col">{t('evaluasi.target')}</Table.Th>
              <Table.Th scope="col">{t('evaluasi.realisasi')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.rhk.flatMap((r) => r.indikator.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.uraian}</Table.Td>
                <Table.Td>{teksTarget(i, lang)}</Table.Td>
                <Table.Td>
                  {i.tahunan?.angka != null ? `${formatAngka(i.tahunan.angka, lang)} ${i.targetSatuan ?? ''}`.trim() : '—'}
                  {i.tahunan && <Text size="xs" c="gray.8">{t(`tahunan.cara.${i.tahunan.cara}`, { n: i.tahunan.jumlahPeriode })}</Text>}
                </Table.Td>
              </Table.Tr>
            )))}
          </Table.Tbody>
        </Table>
      </Gulir>
    </Card>
  );
}

/** Penetapan status, keberatan deadline and — for the pemilik within the window — "Ajukan keberatan". */
function PanelPenetapan({ d }: { d: PenilaianSkp }) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const lang = i18n.language;
  const th = d.tahunan;
  const ajukan = useAjukanKeberatan();
  const [buka, setBuka] = useState(false);
  const [alasan, setAlasan] = useState('');
  const [lokal, setLokal] = useState<string | null>(null);
  const galat = lokal ?? galatPerField(ajukan.error).alasan;
  const umum = galatUmum(ajukan.error, ['alasan']);
  const terbuka = th.keberatan.find((k) => k.status === 'diajukan');
  const lewat = th.ditetapkan != null && tanggalWib() > th.ditetapkan.batasKeberatan;

  const kirim = () => {
    if (alasan.trim().length < 10) { setLokal(t('tahunan.alasanKeberatanWajib')); return; }
    if (!th.penilaian) return;
    setLokal(null);
    ajukan.mutate({ penilaianId: th.penilaian.id, alasan: alasan.trim() }, {
      onSuccess: () => { setBuka(false); setAlasan(''); beritahu(t('tahunan.keberatanTerkirim')); },
    });
  };

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="penetapan-judul" data-testid="panel-penetapan">
      <Title order={2} size="h4" id="penetapan-judul" mb="xs">{t('tahunan.penetapan')}</Title>
      <Stack gap="xs">
        {th.ditetapkan ? (
          <>
            <Text size="sm">{t('tahunan.sudahDitetapkan', { waktu: formatWaktu(th.ditetapkan.ditetapkanAt, lang) })}</Text>
            <Text size="sm" fw={600} data-testid="batas-keberatan">
              {lewat && !th.bolehKeberatan
                ? t('tahunan.batasLewat', { tanggal: formatTanggal(th.ditetapkan.batasKeberatan, lang, true) })
                : t('tahunan.batasKeberatan', { tanggal: formatTanggal(th.ditetapkan.batasKeberatan, lang, true) })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="gray.8">{t('tahunan.belumDitetapkan')}</Text>
        )}
        {th.keberatan.map((k) => (
          <Group key={k.id} gap="xs" wrap="wrap">
            <Badge variant="light" color={k.status === 'diajukan' ? 'orange' : k.status === 'diterima' ? 'green' : 'gray'} styles={{ root: { textTransform: 'none' } }}>
              {t(`keberatan.status.${k.status}`)}
            </Badge>
            <Text size="xs" c="gray.8">{t('keberatan.diajukan', { waktu: formatWaktu(k.diajukanAt, lang) })}</Text>
          </Group>
        ))}
        {th.keberatan.length > 0 && <Anchor component={Link} to="/app/kinerja/keberatan" size="sm">{t('tahunan.lihatKeberatan')}</Anchor>}
        {terbuka && d.relasi === 'pemilik' && <Text size="sm">{t('tahunan.keberatanBerjalan')}</Text>}
        {th.bolehKeberatan && !buka && <Group><Button variant="light" color="orange" onClick={() => setBuka(true)}>{t('tahunan.ajukanKeberatan')}</Button></Group>}
        {th.bolehKeberatan && buka && (
          <Stack gap={6}>
            <Textarea label={t('tahunan.alasanKeberatan')} description={t('tahunan.alasanKeberatanKet')} withAsterisk autosize minRows={3} maxLength={2000}
              value={alasan} onChange={(e) => { setAlasan(e.currentTarget.value); setLokal(null); }} error={galat} />
            {umum && <Alert color="red" role="alert">{umum}</Alert>}
            <Group gap="xs">
              <Button onClick={kirim} loading={ajukan.isPending} color={ORANYE_GELAP}>{t('tahunan.ajukanKeberatan')}</Button>
              <Button variant="default" onClick={() => { setBuka(false); ajukan.reset(); }}>{t('umum.batal')}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
