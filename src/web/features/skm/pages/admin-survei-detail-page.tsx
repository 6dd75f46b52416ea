import { Alert, Anchor, Card, Grid, Group, List, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../../contracts/auth.ts';
import type { SurveiHasil } from '../../../../contracts/skm.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useMe } from '../../../lib/session.ts';
import { useSurveiHasil } from '../api/get-survei-hasil.ts';
import { DemografiPanel } from '../components/demografi-panel.tsx';
import { Gulir } from '../components/gulir.tsx';
import { ImporPanel } from '../components/impor-panel.tsx';
import { KelolaPanel } from '../components/kelola-panel.tsx';
import { MutuBadge } from '../components/mutu-badge.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { TautanPanel } from '../components/tautan-panel.tsx';
import { TrenChart } from '../components/tren-chart.tsx';
import { UndanganPanel } from '../components/undangan-panel.tsx';
import { UnsurChart } from '../components/unsur-chart.tsx';
import { formatBulat, formatDesimal } from '../lib/format.ts';
import { subjudulSurvei } from '../lib/judul.ts';
import '../i18n-admin.ts';

/**
 * One survey's results (/admin/skm/:id): IKM, mutu, progress against the Krejcie–Morgan target, per-unsur
 * values with the weakest one named, trend, demographics, suggestions, downloads and the public link.
 * skm:kelola also changes status/populasi, uploads paper surveys and creates invitations; pimpinan reads only.
 */
export default function AdminSurveiDetailPage() {
  const { t } = useTranslation('skm');
  const id = Number(useParams().id);
  const q = useSurveiHasil(id);
  useDocumentTitle(q.data ? `${q.data.survei.unitNama} · ${q.data.survei.periodeLabel} · SIKAP` : `${t('admin.judul')} · SIKAP`);

  return (
    <div>
      {!Number.isInteger(id) || id <= 0 ? (
        <ErrorState error={new Error(t('detail.tidakDitemukan'))} />
      ) : q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Detail data={q.data} />
      )}
    </div>
  );
}

function Detail({ data }: { data: SurveiHasil }) {
  const { t, i18n } = useTranslation('skm');
  const lang = i18n.language;
  const me = useMe();
  const kelola = can(me.data?.roles, 'skm:kelola');
  const { survei, hasil, progres, perKanal, tren, demografi, saran } = data;
  const terlemah = hasil.unsurTerlemah ? hasil.perUnsur.find((u) => u.kode === hasil.unsurTerlemah) : undefined;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/admin/skm" size="sm" c="cyan.9">← {t('detail.kembali')}</Anchor>
        <Group gap="sm" mt={4} align="center">
          <Title order={1} size="h2">{survei.unitNama}</Title>
          <StatusBadge status={survei.status} />
        </Group>
        {/* The judul only when it says more than the unit (h1), layanan and period; each of them once. */}
        <Text size="md" c="gray.8">{subjudulSurvei(survei).join(' · ')}</Text>
        <Text size="sm" c="gray.8">
          {t('detail.rentang', { mulai: formatTanggal(survei.mulai, lang), selesai: formatTanggal(survei.selesai, lang) })}
          {' · '}
          {t(`bobot.singkat.${survei.bobot}`)}
        </Text>
      </div>

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Card withBorder padding="md" radius="md">
          <Text size="sm" c="gray.8" fw={600}>{t('detail.ikm')}</Text>
          <Text fz={44} fw={800} lh={1.1} data-testid="ikm-nilai">{formatDesimal(hasil.ikm, 2, lang)}</Text>
          <Text size="sm" c="gray.8">{t('detail.skala')}</Text>
        </Card>
        <Card withBorder padding="md" radius="md">
          <Text size="sm" c="gray.8" fw={600}>{t('detail.mutu')}</Text>
          <Group gap="xs" mt={6} align="center">
            <MutuBadge mutu={hasil.mutu} withKinerja={false} size="xl" data-testid="ikm-mutu" />
            <Text fw={700} size="lg">{hasil.mutu ? t(`kinerja.${hasil.mutu}`) : t('detail.belumAdaRespon')}</Text>
          </Group>
        </Card>
        <Card withBorder padding="md" radius="md">
          <Text size="sm" c="gray.8" fw={600} id="responden-label">{t('detail.responden')}</Text>
          <Text fz={32} fw={800} lh={1.2}>
            <span data-testid="responden-jumlah">{formatBulat(progres.responden, lang)}</span>
            {progres.target != null && <Text span fz="lg" fw={600} c="gray.8"> / {formatBulat(progres.target, lang)}</Text>}
          </Text>
          {progres.target != null && progres.persen != null ? (
            <>
              <Progress
                value={Math.min(100, progres.persen)}
                color={progres.tercapai ? 'green' : 'cyan'}
                mt={6}
                size="lg"
                aria-label={t('detail.progresAria')}
              />
              <Text size="sm" c="gray.8" mt={4}>
                {progres.tercapai
                  ? t('detail.targetTercapai')
                  : t('detail.progres', { persen: formatDesimal(progres.persen, 1, lang), populasi: formatBulat(progres.populasi, lang) })}
              </Text>
            </>
          ) : (
            <Text size="sm" c="gray.8" mt={4}>{t('detail.tanpaPopulasi')}</Text>
          )}
        </Card>
      </SimpleGrid>

      {terlemah && hasil.ikm != null && (
        <Alert color="orange" variant="light" role="note" data-testid="unsur-terlemah">
          <Text size="sm" c="gray.9">
            {t('detail.terlemah', { kode: terlemah.kode, nama: terlemah.nama, nilai: formatDesimal(terlemah.nilaiKonversi, 2, lang) })}
          </Text>
        </Alert>
      )}
      {survei.responTertunda > 0 && (
        <Alert color="blue" variant="light" role="note" data-testid="respon-tertunda">
          <Text size="sm" c="gray.9">
            {t('detail.tertunda', { jumlah: formatBulat(survei.responTertunda, lang), ambang: formatBulat(survei.ambangAnonim, lang) })}
          </Text>
        </Alert>
      )}
      {survei.ditahan && (
        <Alert color="blue" variant="light" role="note" data-testid="hasil-ditahan">
          <Text size="sm" c="gray.9">
            {t('detail.ditahan', { jumlah: formatBulat(hasil.responden, lang), ambang: formatBulat(survei.ambangAnonim, lang) })}
          </Text>
        </Alert>
      )}
      {hasil.responden === 0 && survei.responTertunda === 0 && (
        <Alert color="gray" variant="light" role="note"><Text size="sm" c="gray.9">{t('detail.belumAdaResponKet')}</Text></Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Bagian judul={t('detail.perUnsur')} id="per-unsur">
              {hasil.responden > 0 && !survei.ditahan && <UnsurChart hasil={hasil} />}
              <Table.ScrollContainer minWidth={560}>
                <Table fz="sm" verticalSpacing={6} striped data-testid="tabel-unsur">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('tabel.kode')}</Table.Th>
                      <Table.Th scope="col">{t('tabel.unsur')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('tabel.nrr')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('tabel.konversi')}</Table.Th>
                      <Table.Th scope="col">{t('tabel.mutu')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('tabel.jumlahJawaban')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {hasil.perUnsur.map((u) => {
                      const lemah = u.kode === hasil.unsurTerlemah;
                      return (
                        <Table.Tr key={u.kode} fw={lemah ? 700 : undefined}>
                          <Table.Td>{u.kode}</Table.Td>
                          <Table.Th scope="row" fw="inherit">
                            {u.nama}
                            {lemah && <Text span size="xs" c="red.9" fw={700}> ({t('detail.terlemahTag')})</Text>}
                          </Table.Th>
                          <Table.Td ta="right">{formatDesimal(u.nrr, 4, lang)}</Table.Td>
                          <Table.Td ta="right">{formatDesimal(u.nilaiKonversi, 2, lang)}</Table.Td>
                          <Table.Td>{u.mutu ?? '–'}</Table.Td>
                          <Table.Td ta="right">{formatBulat(u.jumlahJawaban, lang)}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Bagian>

            <Bagian judul={t('detail.tren')} id="tren">
              <TrenChart tren={tren} surveiId={survei.id} />
            </Bagian>

            <Bagian judul={t('detail.perKanal')} id="per-kanal">
              <Table fz="sm" verticalSpacing={4} data-testid="tabel-kanal" style={{ fontVariantNumeric: 'tabular-nums' }}>
                <caption style={{ captionSide: 'top', textAlign: 'left', color: 'var(--mantine-color-gray-8)' }}>{t('detail.perKanalCaption')}</caption>
                <Table.Tbody>
                  {(['web', 'undangan', 'kertas', 'kiosk'] as const)
                    .filter((k) => k !== 'kiosk' || perKanal.kiosk > 0)
                    .map((k) => (
                      <Table.Tr key={k}>
                        <Table.Th scope="row" fw={400}>{t(`detail.kanal.${k}`)}</Table.Th>
                        <Table.Td ta="right" data-testid={`kanal-${k}`}>{formatBulat(perKanal[k], lang)}</Table.Td>
                        <Table.Td ta="right" c="gray.8" w={70}>
                          {hasil.responden > 0 ? `${formatDesimal((perKanal[k] / hasil.responden) * 100, 1, lang)}%` : '–'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Bagian>

            <Bagian judul={t('detail.demografi')} id="demografi">
              <DemografiPanel demografi={demografi} />
            </Bagian>

            <Bagian judul={t('detail.saran', { count: saran.length })} id="saran">
              {saran.length === 0 ? (
                <Text size="sm" c="gray.8">{t('detail.saranKosong')}</Text>
              ) : (
                <Gulir label={t('detail.saran', { count: saran.length })} maxHeight={360}>
                  <List spacing="xs" size="sm" data-testid="daftar-saran">
                    {saran.map((s, i) => <List.Item key={i} style={{ whiteSpace: 'pre-wrap' }}>{s}</List.Item>)}
                  </List>
                </Gulir>
              )}
            </Bagian>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Bagian judul={t('detail.bagikan')} id="bagikan">
              <TautanPanel survei={survei} />
            </Bagian>
            {kelola && (
              <>
                <Bagian judul={t('detail.kelola')} id="kelola">
                  <KelolaPanel key={survei.id} survei={survei} />
                </Bagian>
                <Bagian judul={t('detail.impor')} id="impor">
                  <ImporPanel surveiId={survei.id} />
                </Bagian>
                <Bagian judul={t('detail.undangan')} id="undangan">
                  <UndanganPanel surveiId={survei.id} status={survei.status} />
                </Bagian>
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** A titled section (h2) of the page. */
function Bagian({ judul, id, children }: { judul: string; id: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={`${id}-judul`}>
      <Title order={2} size="h4" id={`${id}-judul`} mb="sm">{judul}</Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

function formatTanggal(iso: string, lang: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang.startsWith('en') ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
}
