import { Alert, Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useSurveiUnit } from '../api/get-survei-unit.ts';
import '../i18n.ts';

/**
 * /survei/unit/:unitId — the permanent link printed on a unit's poster: opens the unit's current survey
 * (or lets the citizen choose when several layanan have one), so the QR outlives each period.
 */
export default function SurveiUnitPage() {
  const { t } = useTranslation('skm');
  const unitId = Number(useParams().unitId);
  const q = useSurveiUnit(Number.isInteger(unitId) && unitId > 0 ? unitId : 0);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const list = q.data;
  if (list.length === 1) return <Navigate to={`/survei/${list[0]!.kode}`} replace />;
  if (list.length === 0) {
    return (
      <Alert color="gray" title={t('unit.kosongJudul')} role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('unit.kosong')}</Text>
          <Anchor component={Link} to="/survei" underline="always">{t('unit.semua')}</Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack>
      <Title order={1} size="h3">{list[0]!.unitNama}</Title>
      <Text>{t('unit.pilih')}</Text>
      {list.map((s) => (
        <Card key={s.kode} withBorder padding="md">
          <Text fw={600}>{s.layanan ?? s.judul}</Text>
          <Text size="sm" c="dimmed">{s.periodeLabel}</Text>
          <Button component={Link} to={`/survei/${s.kode}`} mt="sm" size="md" aria-label={`${t('unit.isi')}: ${s.layanan ?? s.judul}`}>
            {t('unit.isi')}
          </Button>
        </Card>
      ))}
    </Stack>
  );
}
