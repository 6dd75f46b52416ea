import { Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useLokasi } from '../api/get-lokasi.ts';
import { AktifBadge } from '../components/aktif-badge.tsx';
import { JadwalEditor } from '../components/jadwal-editor.tsx';
import { LayananPanel } from '../components/layanan-panel.tsx';
import { LayarPanel } from '../components/layar-panel.tsx';
import { LokasiUmumForm } from '../components/lokasi-umum-form.tsx';
import { LoketPanel } from '../components/loket-panel.tsx';
import { SesiPanel } from '../components/sesi-panel.tsx';
import { TutupPanel } from '../components/tutup-panel.tsx';
import '../i18n.ts';

const TAB = ['umum', 'jam', 'layanan', 'sesi', 'loket', 'tutup', 'layar'] as const;
type Tab = (typeof TAB)[number];

/** /admin/antrian/:id (antrian:kelola): one lokasi's set-up in tabs; the tab lives in the URL (?tab=). */
export default function LokasiDetailPage() {
  const { t } = useTranslation('antrianAdmin');
  const id = Number(useParams().id) || 0;
  const q = useLokasi(id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TAB as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'umum';
  useDocumentTitle(`${q.data?.nama ?? t('daftar.judul')} · SIKAP`);

  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const lokasi = q.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/admin/antrian" size="sm">← {t('kembali')}</Anchor>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">{lokasi.nama}</Title>
        <AktifBadge aktif={lokasi.aktif} />
      </Group>
      <Text size="sm" c="gray.8">{lokasi.unitNama} · <code>{lokasi.kode}</code></Text>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TAB.map((k) => <Tabs.Tab key={k} value={k}>{t(`tab.${k}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="umum" pt="md"><LokasiUmumForm key={lokasi.id} lokasi={lokasi} /></Tabs.Panel>
        <Tabs.Panel value="jam" pt="md"><JadwalEditor key={lokasi.id} lokasi={lokasi} /></Tabs.Panel>
        <Tabs.Panel value="layanan" pt="md"><LayananPanel lokasi={lokasi} /></Tabs.Panel>
        <Tabs.Panel value="sesi" pt="md"><SesiPanel lokasi={lokasi} /></Tabs.Panel>
        <Tabs.Panel value="loket" pt="md"><LoketPanel lokasi={lokasi} /></Tabs.Panel>
        <Tabs.Panel value="tutup" pt="md"><TutupPanel lokasi={lokasi} /></Tabs.Panel>
        <Tabs.Panel value="layar" pt="md"><LayarPanel lokasi={lokasi} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
