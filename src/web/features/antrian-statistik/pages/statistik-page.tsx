import { Button, Grid, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import 'dayjs/locale/id';
import '@mantine/dates/styles.css';
import type { KelompokStatistik, StatistikFilter } from '../../../../contracts/antrian-statistik.ts';
import { tanggalWib } from '../../../../domain/shared/tanggal.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useLokasiStatistik } from '../api/get-lokasi-statistik.ts';
import { statistikXlsxUrl, useStatistik } from '../api/get-statistik.ts';
import { GrafikHarian } from '../components/grafik-harian.tsx';
import { GrafikJam } from '../components/grafik-jam.tsx';
import { GrafikTungguLayanan } from '../components/grafik-tunggu-layanan.tsx';
import { KpiKartu } from '../components/kpi-kartu.tsx';
import { TabelStatistik } from '../components/tabel-statistik.tsx';
import { formatAngka, formatPersen } from '../lib/format.ts';
import { PRESET, presetDari, rentangPreset, type Preset } from '../lib/periode.ts';
import '../i18n.ts';

const TANGGAL = /^\d{4}-\d{2}-\d{2}$/;

/** The filter from the URL (?lokasi=&dari=&sampai=), defaulting to the last 30 days (WIB). */
function useFilter(hariIni: string) {
  const [params, setParams] = useSearchParams();
  const bawaan = rentangPreset('30hari', hariIni);
  const dari = params.get('dari') ?? '';
  const sampai = params.get('sampai') ?? '';
  const lokasiId = Number(params.get('lokasi')) || undefined;
  const filter: StatistikFilter = TANGGAL.test(dari) && TANGGAL.test(sampai) ? { lokasiId, dari, sampai } : { lokasiId, ...bawaan };
  const ubah = (perubahan: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(perubahan)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return { filter, ubah };
}

/**
 * /admin/antrian-statistik (antrian:statistik): queue figures of one lokasi or every lokasi in scope over a
 * WIB date range — KPI cards, tickets per day and per arrival hour, waiting time per layanan, tables per
 * layanan, loket and petugas, and the XLSX download. Definitions: pelayanan.md §3.2.
 */
export default function StatistikPage() {
  const { t, i18n } = useTranslation('antrianStatistik');
  useDocumentTitle(`${t('judul')} · SIKAP`);
  const lang = i18n.language;
  const hariIni = tanggalWib(new Date());
  const { filter, ubah } = useFilter(hariIni);
  const lokasi = useLokasiStatistik();
  const q = (kelompok: KelompokStatistik) => ({ ...filter, kelompok });
  const hari = useStatistik(q('hari'));
  const jam = useStatistik(q('jam'));
  const layanan = useStatistik(q('layanan'));
  const loket = useStatistik(q('loket'));
  const petugas = useStatistik(q('petugas'));
  // A range being picked (first day chosen, second not yet) lives here; a complete one goes to the URL.
  const [rentangSementara, setRentangSementara] = useState<DatesRangeValue<string> | null>(null);
  const semua = [hari, jam, layanan, loket, petugas];
  const galat = semua.find((x) => x.isError)?.error;
  const aktif = presetDari(filter, hariIni);

  const pilihRentang = (v: DatesRangeValue<string>) => {
    if (v[0] && v[1]) {
      setRentangSementara(null);
      ubah({ dari: v[0], sampai: v[1] });
    } else setRentangSementara(v);
  };
  const pilihPreset = (p: Preset) => {
    setRentangSementara(null);
    ubah(rentangPreset(p, hariIni));
  };

  const total = hari.data?.total;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('judul')}</Title>
          <Text size="sm" c="gray.8">{t('pengantar')}</Text>
        </div>
        <Button component="a" href={statistikXlsxUrl(filter)} download variant="light" data-testid="unduh-xlsx">{t('unduhXlsx')}</Button>
      </Group>

      <Group align="flex-end" gap="md" role="search" aria-label={t('saring')}>
        <Select
          label={t('lokasi')}
          placeholder={t('semuaLokasi')}
          data={(lokasi.data ?? []).map((l) => ({ value: String(l.id), label: l.nama }))}
          value={filter.lokasiId ? String(filter.lokasiId) : null}
          onChange={(v) => ubah({ lokasi: v })}
          clearable
          w={280}
          data-testid="filter-lokasi"
        />
        <DatePickerInput
          type="range"
          label={t('rentang')}
          description={t('rentangKet')}
          value={rentangSementara ?? [filter.dari, filter.sampai]}
          onChange={pilihRentang}
          locale={lang.startsWith('en') ? 'en' : 'id'}
          valueFormat="D MMM YYYY"
          w={280}
          data-testid="filter-rentang"
        />
        <Group gap={4} role="group" aria-label={t('preset.label')}>
          {PRESET.map((p) => (
            <Button key={p} size="sm" variant={aktif === p ? 'filled' : 'default'} aria-pressed={aktif === p} onClick={() => pilihPreset(p)}>
              {t(`preset.${p}`)}
            </Button>
          ))}
        </Group>
      </Group>

      {galat ? (
        <ErrorState error={galat} onRetry={() => semua.forEach((x) => void x.refetch())} />
      ) : !total || !hari.data ? (
        <PageLoader />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" aria-live="polite">
            <KpiKartu testId="kpi-tiket" label={t('kpi.tiket')} nilai={formatAngka(total.jumlahTiket, lang, 0)} />
            <KpiKartu testId="kpi-dilayani" label={t('kpi.dilayani')} nilai={formatAngka(total.dilayani, lang, 0)}
              ket={total.jumlahTiket ? t('kpi.dariTiket', { persen: formatPersen(Math.round((total.dilayani / total.jumlahTiket) * 1000) / 10, lang) }) : undefined} />
            <KpiKartu testId="kpi-tunggu" label={t('kpi.tungguRata')} nilai={t('kpi.menit', { nilai: formatAngka(total.tungguRata, lang) })}
              ket={t('kpi.median', { p50: formatAngka(total.tungguP50, lang), p90: formatAngka(total.tungguP90, lang) })} />
            <KpiKartu testId="kpi-layanan" label={t('kpi.layananRata')} nilai={t('kpi.menit', { nilai: formatAngka(total.layananRata, lang) })}
              ket={t('kpi.median', { p50: formatAngka(total.layananP50, lang), p90: formatAngka(total.layananP90, lang) })} />
            <KpiKartu testId="kpi-tidak-hadir" label={t('kpi.tidakHadir')} nilai={formatPersen(total.persenTidakHadir, lang)} ket={t('kpi.dariHadir')} />
            <KpiKartu testId="kpi-standar" label={t('kpi.dalamStandar')} nilai={formatPersen(total.persenDalamStandar, lang)} ket={t('kpi.dariDilayani')} />
          </SimpleGrid>

          {total.jumlahTiket === 0 ? (
            <Text c="gray.8">{t('grafik.kosong')}</Text>
          ) : (
            <>
              <Paper withBorder p="md" radius="md">
                <Title order={2} size="h4" mb="sm">{t('grafik.perHari')}</Title>
                <GrafikHarian baris={hari.data.baris} dari={filter.dari} sampai={filter.sampai} />
              </Paper>
              <Grid>
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <Paper withBorder p="md" radius="md" h="100%">
                    <Title order={2} size="h4" mb="sm">{t('grafik.perJam')}</Title>
                    {jam.data ? <GrafikJam baris={jam.data.baris} /> : <PageLoader />}
                  </Paper>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <Paper withBorder p="md" radius="md" h="100%">
                    <Title order={2} size="h4" mb="sm">{t('grafik.tungguLayanan')}</Title>
                    {layanan.data ? <GrafikTungguLayanan baris={layanan.data.baris} /> : <PageLoader />}
                  </Paper>
                </Grid.Col>
              </Grid>
            </>
          )}

          {layanan.data && <TabelStatistik testId="tabel-layanan" judul={t('tabel.perLayanan')} kolomPertama={t('tabel.layanan')} baris={layanan.data.baris} total={layanan.data.total} />}
          {loket.data && <TabelStatistik testId="tabel-loket" judul={t('tabel.perLoket')} kolomPertama={t('tabel.loket')} baris={loket.data.baris} total={loket.data.total} />}
          {petugas.data && <TabelStatistik testId="tabel-petugas" judul={t('tabel.perPetugas')} kolomPertama={t('tabel.petugas')} baris={petugas.data.baris} total={petugas.data.total} />}
          <Text size="xs" c="gray.8">{t('definisi')}</Text>
        </>
      )}
    </Stack>
  );
}
