import { Button, Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { tanggalWib } from '../../../../domain/shared/tanggal.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useDistribusi } from '../api/get-distribusi.ts';
import { usePengaturanTahun } from '../api/get-pengaturan-tahun.ts';
import { opdXlsxUrl } from '../api/unduh-opd-xlsx.ts';
import { AngkaKreditTabel } from '../components/angka-kredit-tabel.tsx';
import { GrafikSebaran, rincianJumlah } from '../components/grafik-sebaran.tsx';
import { PenetapanPanel } from '../components/penetapan-panel.tsx';
import { PilihPeriode } from '../components/pilih-periode.tsx';
import { LegendaPredikat } from '../components/sebaran-bar.tsx';
import { UnitKartu } from '../components/unit-kartu.tsx';
import { keDariParam, periodeBawaan, tahunDariParam } from '../lib/periode.ts';
import '../i18n.ts';

/**
 * /app/kinerja/opd (kinerja:opd): the kurva distribusi of one OPD for one period (kinerja.md §1.7) — per unit
 * (the OPD first, then its units) the employees per predikat against the pattern of the predikat
 * organisasi, warnings (never blocking), the predikat organisasi for those allowed, "Pertahankan dengan
 * alasan", the pegawai list when the server sends names; the annual penetapan; the OPD workbook; and the
 * angka kredit of the OPD's jabatan fungsional in a second tab.
 * URL: ?opd=&tahun=&ke= (ke 0 = tahunan)&tab=ak. The OPD picker lists the OPDs the server offers the caller
 * (`opdPilihan`: admin all, admin OPD its own, an atasan the OPDs of the units they head), by default their own.
 * The overview leaves the names out (`pegawai=false`); a unit's list loads when its panel is opened.
 */
export default function OpdPage() {
  const { t, i18n } = useTranslation('kinerjaOpd');
  useDocumentTitle(`${t('opd.judul')} · SIKAP`);
  const lang = i18n.language;
  const hariIni = tanggalWib(new Date());
  const tahunIni = Number(hariIni.slice(0, 4));
  const [params, setParams] = useSearchParams();
  const ubah = (perubahan: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(perubahan)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const tahun = tahunDariParam(params.get('tahun')) ?? tahunIni;
  const pengaturan = usePengaturanTahun(tahun);
  const ke = keDariParam(params.get('ke')) ?? (pengaturan.data ? periodeBawaan(pengaturan.data.periode, hariIni) : null);
  const opdParam = Number(params.get('opd')) || undefined;
  const tab = params.get('tab') === 'ak' ? 'ak' : 'distribusi';
  const d = useDistribusi({ opdId: opdParam, tahun, periodeKe: ke ?? 0, pegawai: false }, ke !== null);

  const pilihanOpd = (d.data?.opdPilihan ?? []).map((o) => ({ value: String(o.id), label: o.nama }));
  const opdId = opdParam ?? d.data?.opd.id;
  const opdRow = d.data?.unit.find((u) => u.unit.tingkat === 0) ?? d.data?.unit[0];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('opd.judul')}</Title>
        <Text size="sm" c="gray.8">{t('opd.pengantar')}</Text>
      </div>

      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('umum.saring')}>
        {pilihanOpd.length > 1 && (
          <Select
            label={t('umum.opd')} placeholder={t('umum.pilihOpd')} data={pilihanOpd} searchable w={{ base: '100%', sm: 360 }}
            value={opdId ? String(opdId) : null} onChange={(v) => ubah({ opd: v })} allowDeselect={false} data-testid="pilih-opd"
          />
        )}
        <PilihPeriode tahun={tahun} ke={ke ?? -1} tahunIni={tahunIni}
          onChange={(th, k) => ubah({ tahun: String(th), ke: k === null ? null : String(k) })} />
        {opdId && (
          <Button component="a" href={opdXlsxUrl(opdId, tahun)} download variant="light" data-testid="unduh-xlsx-opd"
            title={t('opd.unduhXlsxKet', { tahun })}>
            {t('opd.unduhXlsx')}
          </Button>
        )}
      </Group>

      {d.isError ? (
        <ErrorState error={d.error} onRetry={() => void d.refetch()} />
      ) : !d.data ? (
        <PageLoader />
      ) : (
        <Tabs value={tab} onChange={(v) => ubah({ tab: v === 'ak' ? 'ak' : null })} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="distribusi">{t('opd.tab.distribusi')}</Tabs.Tab>
            <Tabs.Tab value="ak">{t('opd.tab.angkaKredit')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="distribusi" pt="md">
            <Stack gap="md" aria-busy={d.isFetching}>
              <Text fw={600} data-testid="judul-periode">{d.data.opd.nama} · {d.data.periode.label}</Text>
              <PenetapanPanel d={d.data} />
              {d.data.unit.length === 0 || !opdRow ? (
                <Text c="gray.8">{t('opd.kosong')}</Text>
              ) : (
                <>
                  {opdRow.total > 0 && (
                    <Paper withBorder p="md" radius="md">
                      <Title order={2} size="h4" mb="sm">{t('opd.baganJudul')}</Title>
                      <GrafikSebaran jumlah={opdRow.jumlah} testId="grafik-opd"
                        keterangan={`${t('opd.baganKet', { opd: d.data.opd.nama, periode: d.data.periode.label })} ${rincianJumlah(opdRow.jumlah, t, lang)}.`} />
                    </Paper>
                  )}
                  <LegendaPredikat />
                  {d.data.unit.map((u) => (
                    <UnitKartu key={`${u.unit.id}-${u.predikatOrganisasi?.updatedAt ?? ''}`} u={u} opdId={d.data.opd.id} tahun={d.data.tahun} periodeKe={d.data.periodeKe} />
                  ))}
                </>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="ak" pt="md">
            <AngkaKreditTabel opdId={d.data.opd.id} tahun={tahun} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
