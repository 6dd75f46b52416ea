import { Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { tanggalWib } from '../../../../domain/shared/tanggal.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { usePengaturanTahun } from '../api/get-pengaturan-tahun.ts';
import { useRingkasan } from '../api/get-ringkasan.ts';
import { GrafikSebaran, rincianJumlah } from '../components/grafik-sebaran.tsx';
import { LegendaPredikat, SebaranBar } from '../components/sebaran-bar.tsx';
import { PilihPeriode } from '../components/pilih-periode.tsx';
import { formatAngka, formatPersen } from '../lib/format.ts';
import { keDariParam, periodeBawaan, tahunDariParam } from '../lib/periode.ts';
import { persen, WARNA_PERINGATAN } from '../lib/pola.ts';
import '../i18n.ts';

/** One figure with its label (the KPI cards of the city totals). */
function Kpi({ label, nilai, testId }: { label: string; nilai: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="gray.8">{label}</Text>
      <Text fz="xl" fw={700} data-testid={testId}>{nilai}</Text>
    </Paper>
  );
}

/**
 * /app/kinerja/ringkasan (kinerja:ringkasan: pimpinan, BKPSDM; admin OPD sees its own OPD): the predikat
 * summary of the city for a period or the year — totals, the city distribution, and per OPD its
 * distribution, share rated, predikat organisasi and number of units with warnings. Aggregates only: no
 * name appears anywhere (GET /kinerja/ringkasan never sends one). URL: ?tahun=&ke=.
 */
export default function RingkasanPage() {
  const { t, i18n } = useTranslation('kinerjaOpd');
  useDocumentTitle(`${t('ringkasan.judul')} · SIKAP`);
  const lang = i18n.language;
  const hariIni = tanggalWib(new Date());
  const tahunIni = Number(hariIni.slice(0, 4));
  const [params, setParams] = useSearchParams();
  const tahun = tahunDariParam(params.get('tahun')) ?? tahunIni;
  const pengaturan = usePengaturanTahun(tahun);
  const ke = keDariParam(params.get('ke')) ?? (pengaturan.data ? periodeBawaan(pengaturan.data.periode, hariIni) : null);
  const q = useRingkasan({ tahun, periodeKe: ke ?? 0 });
  const r = q.data;

  const ubahPeriode = (th: number, k: number | null) => {
    const next = new URLSearchParams(params);
    next.set('tahun', String(th));
    if (k === null) next.delete('ke');
    else next.set('ke', String(k));
    setParams(next, { replace: true });
  };

  const opdPeringatan = r?.opd.filter((o) => o.jumlahPeringatan > 0).length ?? 0;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('ringkasan.judul')}</Title>
        <Text size="sm" c="gray.8">{r?.lingkup === 'opd' ? t('ringkasan.pengantarOpd') : t('ringkasan.pengantar')}</Text>
      </div>
      <div role="search" aria-label={t('umum.saring')}>
        <PilihPeriode tahun={tahun} ke={ke ?? -1} tahunIni={tahunIni} onChange={ubahPeriode} />
      </div>

      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : !r || ke === null ? (
        <PageLoader />
      ) : (
        <Stack gap="lg" aria-busy={q.isFetching}>
          <Text fw={600} data-testid="judul-periode">{r.lingkup === 'kota' ? t('ringkasan.kota') : r.opd[0]?.nama} · {r.periode.label}</Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Kpi label={t('ringkasan.kpi.total')} nilai={formatAngka(r.kota.total, lang)} testId="kpi-total" />
            <Kpi label={t('ringkasan.kpi.dinilai')} nilai={formatAngka(r.kota.dinilai, lang)} testId="kpi-dinilai" />
            <Kpi label={t('ringkasan.kpi.persen')} nilai={formatPersen(persen(r.kota.dinilai, r.kota.total), lang)} testId="kpi-persen" />
            <Kpi label={t('ringkasan.kpi.peringatan')} nilai={formatAngka(opdPeringatan, lang)} testId="kpi-peringatan" />
          </SimpleGrid>

          {r.kota.dinilai === 0 ? (
            <Text c="gray.8">{t('ringkasan.kosong')}</Text>
          ) : (
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="sm">{t('ringkasan.grafikJudul')}</Title>
              <GrafikSebaran jumlah={r.kota.jumlah} testId="grafik-kota"
                keterangan={t('ringkasan.grafikKet', { periode: r.periode.label, rincian: rincianJumlah(r.kota.jumlah, t, lang) })} />
            </Paper>
          )}

          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ringkasan-opd-judul">
            <Title order={2} size="h4" mb="xs" id="ringkasan-opd-judul">{t('ringkasan.tabelJudul')}</Title>
            <LegendaPredikat />
            <Table.ScrollContainer minWidth={760}>
              <Table striped verticalSpacing={6} data-testid="tabel-ringkasan">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ringkasan.kolom.opd')}</Table.Th>
                    <Table.Th scope="col" w={220}>{t('ringkasan.kolom.sebaran')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('ringkasan.kolom.dinilai')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('ringkasan.kolom.persen')}</Table.Th>
                    <Table.Th scope="col">{t('ringkasan.kolom.predikatOrg')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('ringkasan.kolom.peringatan')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.opd.map((o) => (
                    <Table.Tr key={o.id} data-testid={`ringkasan-opd-${o.id}`}>
                      <Table.Th scope="row" fw={400}><Text size="sm">{o.nama}</Text></Table.Th>
                      <Table.Td>
                        <SebaranBar jumlah={o.jumlah} tinggi={14} />
                        <VisuallyHidden>{rincianJumlah(o.jumlah, t, lang)}</VisuallyHidden>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatAngka(o.dinilai, lang)} / {formatAngka(o.total, lang)}</Table.Td>
                      <Table.Td ta="right">{formatPersen(persen(o.dinilai, o.total), lang)}</Table.Td>
                      <Table.Td>
                        {o.predikatOrganisasi ? <Text size="sm">{t(`predikatOrg.${o.predikatOrganisasi}`)}</Text> : <Text size="sm" c="gray.8">{t('ringkasan.belum')}</Text>}
                      </Table.Td>
                      <Table.Td ta="right">
                        {o.jumlahPeringatan > 0 ? (
                          <>
                            <Text size="sm" fw={700} c={WARNA_PERINGATAN}>{formatAngka(o.jumlahPeringatan, lang)}</Text>
                            {o.jumlahDipertahankan > 0 && (
                              <Text size="xs" c="gray.8">{formatAngka(o.jumlahDipertahankan, lang)} {t('ringkasan.dipertahankan')}</Text>
                            )}
                          </>
                        ) : <Text size="sm">0</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
    </Stack>
  );
}
