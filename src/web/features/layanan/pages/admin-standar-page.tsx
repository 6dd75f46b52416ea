import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useAdminLayanan } from '../api/get-admin-layanan.ts';
import { LayananForm } from '../components/layanan-form.tsx';
import { MaklumatPanel } from '../components/maklumat-form.tsx';
import { VersiPanel } from '../components/versi-panel.tsx';
import '../i18n.ts';

const TAB = ['standar', 'umum', 'maklumat'] as const;
type Tab = (typeof TAB)[number];

/**
 * /admin/layanan/:id (layanan:kelola): one layanan — its standar pelayanan versions (view, draft, publish),
 * basic fields, and the maklumat of its unit/OPD. The tab lives in the URL (?tab=).
 */
export default function AdminStandarPage() {
  const { t } = useTranslation('layanan');
  const id = Number(useParams().id) || 0;
  const q = useAdminLayanan(id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TAB as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'standar';
  useDocumentTitle(`${q.data?.layanan.nama ?? t('admin.judul')} · SIKAP`);

  if (q.isPending) return <PageLoader />;
  if (q.isError) {
    return (
      <Stack gap="md">
        <Anchor component={Link} to="/admin/layanan" size="sm">← {t('admin.kembali')}</Anchor>
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      </Stack>
    );
  }
  const { layanan: l } = q.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/admin/layanan" size="sm">← {t('admin.kembali')}</Anchor>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">{l.nama}</Title>
        <Badge variant="light" color={l.aktif ? 'teal' : 'gray'}>{l.aktif ? t('admin.aktif') : t('admin.nonaktif')}</Badge>
        {q.data.versiBerlaku && <Badge variant="outline" color="teal">v{q.data.versiBerlaku}</Badge>}
      </Group>
      <Text size="sm" c="gray.8">
        {l.unit.nama} · <code>{l.kode}</code>
        {q.data.versiBerlaku && <> · <Anchor component={Link} to={`/layanan/${l.kode}`} size="sm">{t('admin.lihatPublik')}</Anchor></>}
      </Text>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TAB.map((k) => <Tabs.Tab key={k} value={k}>{t(`admin.tab.${k}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="standar" pt="md"><VersiPanel detail={q.data} /></Tabs.Panel>
        <Tabs.Panel value="umum" pt="md"><LayananForm key={l.id} layanan={l} /></Tabs.Panel>
        <Tabs.Panel value="maklumat" pt="md"><MaklumatPanel unit={l.unit} opd={l.opd} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
