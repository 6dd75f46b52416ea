import { Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../../contracts/auth.ts';
import { ErrorState, NotFound, PageLoader } from '../../../components/states.tsx';
import { useMe } from '../../../lib/session.ts';
import { usePengaduan } from '../api/get-pengaduan.ts';
import { AksiPanel } from '../components/aksi-panel.tsx';
import { BatasBadge } from '../components/batas-badge.tsx';
import { PengaduanRincian } from '../components/pengaduan-rincian.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import '../i18n.ts';

/**
 * /app/pengaduan/:id (pengaduan:tindaklanjut): one case — report, photos, location, reporter (or
 * "Anonim" / "Identitas dirahasiakan"), history — beside the actions the server allows this user now:
 * the OPD answers (public or internal) and records the follow-up with its outcome; a coordinator also
 * verifies, forwards, rejects and closes here.
 */
export default function StafDetailPage() {
  const { t } = useTranslation('pengaduan');
  const { id } = useParams();
  const angka = Number(id);
  const q = usePengaduan(Number.isInteger(angka) && angka > 0 ? angka : null);
  const me = useMe().data;
  useDocumentTitle(`${q.data?.nomor ?? t('staf.judul')} · SIKAP`);
  const koordinator = can(me?.roles, 'pengaduan:koordinasi');

  if (!Number.isInteger(angka) || angka <= 0) return <NotFound back="/app/pengaduan" />;
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={koordinator ? '/admin/pengaduan' : '/app/pengaduan'} size="sm">
        ← {koordinator ? t('detail.kembaliKoordinasi') : t('detail.kembaliStaf')}
      </Anchor>
      <div>
        <Text size="sm" c="gray.8" ff="monospace" data-testid="detail-nomor">{p.nomor}</Text>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>{p.judul}</Title>
        <Group gap="sm" mt="xs">
          <StatusBadge status={p.status} label={p.statusLabel} data-testid="detail-status" />
          <BatasBadge batas={p.batas} />
        </Group>
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}><PengaduanRincian p={p} /></Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}><AksiPanel key={`${p.id}-${p.revisi}`} p={p} /></Grid.Col>
      </Grid>
    </Stack>
  );
}
