import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../../contracts/auth.ts';
import { Forbidden } from '../../../components/states.tsx';
import { useMe } from '../../../lib/session.ts';
import { BatasForm } from '../components/batas-form.tsx';
import { KategoriPanel } from '../components/kategori-panel.tsx';
import { Open311Panel } from '../components/open311-panel.tsx';
import '../i18n.ts';

const TAB = ['batas', 'kategori', 'open311'] as const;
type Tab = (typeof TAB)[number];

/**
 * /admin/pengaduan/pengaturan: the LAPOR! working-day limits, the complaint categories (= Open311 service
 * types, with their default OPD) and the Open311 API clients. The endpoints belong to the complaint
 * coordinator (pengaduan:koordinasi); other accounts see "Akses ditolak" rather than half a page.
 */
export default function AdminPengaturanPage() {
  const { t } = useTranslation('pengaduan');
  useDocumentTitle(`${t('pengaturan.judul')} · SIKAP`);
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TAB as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'batas';
  if (!can(me?.roles, 'pengaduan:koordinasi')) return <Forbidden />;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('pengaturan.judul')}</Title>
        <Text size="sm" c="gray.8">{t('pengaturan.pengantar')}</Text>
      </div>
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'batas' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TAB.map((k) => <Tabs.Tab key={k} value={k}>{t(`pengaturan.tab.${k}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="batas" pt="md"><BatasForm /></Tabs.Panel>
        <Tabs.Panel value="kategori" pt="md"><KategoriPanel /></Tabs.Panel>
        <Tabs.Panel value="open311" pt="md"><Open311Panel /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
