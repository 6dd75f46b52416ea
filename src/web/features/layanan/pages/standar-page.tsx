import { Alert, Anchor, Badge, Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { StandarPublik } from '../../../../contracts/layanan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError } from '../../../lib/api.ts';
import { useStandar } from '../api/get-standar.ts';
import { MaklumatBox } from '../components/maklumat-box.tsx';
import { StandarView } from '../components/standar-view.tsx';
import { formatBerlaku } from '../lib/format.ts';
import '../i18n.ts';

/**
 * Public standar pelayanan of one layanan (/layanan/:kode; an older or announced version with ?versi=N),
 * mobile-first: the 14 components in readable sections, version + SK + start date with links to the other
 * published versions, the unit's maklumat pelayanan in a framed box, and the next steps: apply online
 * (when the layanan accepts it), take a queue number, file a complaint.
 */
export default function StandarPage() {
  const { t } = useTranslation('layanan');
  const kode = useParams().kode ?? '';
  const [params] = useSearchParams();
  const versi = Number(params.get('versi')) || null;
  const q = useStandar(kode, versi);
  useDocumentTitle(`${q.data?.layanan.nama ?? t('katalog.judul')} · SIKAP`);

  const kembali = <Anchor component={Link} to="/layanan" size="sm">← {t('standar.semuaLayanan')}</Anchor>;
  if (q.isPending) return <PageLoader />;
  if (q.isError) {
    return (
      <Stack gap="md">
        {kembali}
        {q.error instanceof ApiError && q.error.status === 404
          ? <Alert color="gray" title="404" role="alert">{t('standar.tidakAda')}</Alert>
          : <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      </Stack>
    );
  }
  return <Halaman data={q.data} kembali={kembali} diminta={versi} />;
}

function Halaman({ data, kembali, diminta }: { data: StandarPublik; kembali: React.ReactNode; diminta: number | null }) {
  const { t, i18n } = useTranslation('layanan');
  const { layanan: l, standar: s } = data;
  const keadaan = data.versi.find((v) => v.versi === s.versi)?.keadaan ?? 'berlaku';
  const mulai = s.berlakuMulai ? formatBerlaku(s.berlakuMulai, i18n.language) : '';

  return (
    <Stack gap="lg">
      {kembali}
      <div>
        <Text size="sm" c="gray.8">{l.kategori}</Text>
        <Title order={1} size="h2">{l.nama}</Title>
        {l.ringkasan && <Text mt={4}>{l.ringkasan}</Text>}
        <Text size="sm" c="gray.8" mt={6}>
          {t('standar.penyelenggara')}: <b>{l.unit.nama}</b>{l.opd && l.opd.id !== l.unit.id ? ` — ${l.opd.nama}` : ''}
        </Text>
      </div>

      {diminta && keadaan !== 'berlaku' && (
        <Alert color="yellow" role="status">
          <Stack gap={4} align="flex-start">
            <Text size="sm">{keadaan === 'lama' ? t('standar.versiLama', { versi: s.versi }) : t('standar.versiAkan', { versi: s.versi, tanggal: mulai })}</Text>
            <Anchor component={Link} to={`/layanan/${l.kode}`} size="sm">{t('standar.lihatBerlaku')}</Anchor>
          </Stack>
        </Alert>
      )}

      <Group gap="sm" wrap="wrap">
        {l.online && keadaan === 'berlaku' && (
          <Button component={Link} to={`/layanan/${l.kode}/ajukan`} size="md">{t('standar.ajukan')}</Button>
        )}
        <Button component={Link} to="/antrian" variant="light" size="md">{t('standar.antrian')}</Button>
        <Button component={Link} to="/pengaduan" variant="default" size="md">{t('standar.pengaduan')}</Button>
      </Group>
      {!l.online && <Text size="sm" c="gray.8">{t('standar.tidakOnline')}</Text>}

      <div>
        <Group gap="xs" align="center">
          <Badge variant="light" color={keadaan === 'berlaku' ? 'teal' : 'yellow'} size="lg" data-testid="versi-standar">
            {t('standar.versi', { versi: s.versi })}
          </Badge>
          <Text size="sm">
            {keadaan === 'akan_berlaku' ? t('standar.akanBerlaku', { tanggal: mulai }) : t('standar.berlakuSejak', { tanggal: mulai })}
          </Text>
        </Group>
        {s.skNomor && <Text size="sm" c="gray.8" mt={4}>{t('standar.sk', { sk: s.skNomor })}</Text>}
      </div>

      <StandarView standar={s} />

      {data.maklumat && <MaklumatBox maklumat={data.maklumat} />}

      {data.versi.length > 1 && (
        <section aria-labelledby="riwayat-versi">
          <Divider mb="sm" />
          <Title order={2} size="h5" id="riwayat-versi" mb="xs">{t('standar.riwayat')}</Title>
          <List spacing={4} size="sm">
            {data.versi.map((v) => (
              <List.Item key={v.versi}>
                {v.versi === s.versi ? (
                  <b aria-current="page">{t('standar.versiItem', { versi: v.versi, tanggal: formatBerlaku(v.berlakuMulai, i18n.language) })}</b>
                ) : (
                  <Anchor component={Link} to={v.keadaan === 'berlaku' ? `/layanan/${l.kode}` : `/layanan/${l.kode}?versi=${v.versi}`}>
                    {t('standar.versiItem', { versi: v.versi, tanggal: formatBerlaku(v.berlakuMulai, i18n.language) })}
                  </Anchor>
                )}
                {` (${t(`standar.keadaan.${v.keadaan}`)})`}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
