import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../../contracts/auth.ts';
import { tanggalWib } from '../../../../domain/shared/tanggal.ts';
import { Forbidden } from '../../../components/states.tsx';
import { useMe } from '../../../lib/session.ts';
import { KoefisienTabel } from '../components/koefisien-tabel.tsx';
import { PengaturanTahunForm } from '../components/pengaturan-tahun-form.tsx';
import { SiasnPanel } from '../components/siasn-panel.tsx';
import '../i18n.ts';

const TAB = ['tahun', 'koefisien', 'siasn'] as const;
type Tab = (typeof TAB)[number];

/**
 * /admin/kinerja (kinerja:kelola, BKPSDM): settings per performance year (jenis periode, keberatan window in
 * working days, SKP deadline), the koefisien angka kredit table edited inline (audited by the server), and
 * the SIASN export downloads. URL: ?tab=koefisien|siasn.
 */
export default function AdminKinerjaPage() {
  const { t } = useTranslation('kinerjaOpd');
  useDocumentTitle(`${t('admin.judul')} · SIKAP`);
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TAB as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'tahun';
  const tahunIni = Number(tanggalWib(new Date()).slice(0, 4));
  if (!can(me?.roles, 'kinerja:kelola')) return <Forbidden />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('admin.judul')}</Title>
        <Text size="sm" c="gray.8">{t('admin.pengantar')}</Text>
      </div>
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'tahun' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TAB.map((k) => <Tabs.Tab key={k} value={k}>{t(`admin.tab.${k}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="tahun" pt="md"><PengaturanTahunForm tahunIni={tahunIni} /></Tabs.Panel>
        <Tabs.Panel value="koefisien" pt="md"><KoefisienTabel /></Tabs.Panel>
        <Tabs.Panel value="siasn" pt="md"><SiasnPanel tahunIni={tahunIni} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
