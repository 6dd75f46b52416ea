import { Alert, Anchor, Checkbox, Drawer, Group, Pagination, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PengaduanListQuery } from '../../../../contracts/pengaduan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { usePengaduan } from '../api/get-pengaduan.ts';
import { usePengaduanList } from '../api/get-pengaduan-list.ts';
import { usePengaturan } from '../api/get-pengaturan.ts';
import { AksiPanel } from '../components/aksi-panel.tsx';
import { BatasBadge } from '../components/batas-badge.tsx';
import { PengaduanRincian } from '../components/pengaduan-rincian.tsx';
import { PengaduanTabel } from '../components/pengaduan-tabel.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import '../i18n.ts';

const PER_HALAMAN = 25;
const TAB = ['baru', 'diverifikasi', 'semua'] as const;
type Tab = (typeof TAB)[number];

/**
 * /admin/pengaduan (pengaduan:koordinasi, the city's complaint coordinator): the queue of new and
 * verified reports with their verification deadline (Terlambat / Segera), a drawer to review one and act
 * (verifikasi, teruskan ke OPD — default the category's —, tolak with a reason, tutup), and a link to the
 * full case page. Tab, filters and the open case live in the URL.
 */
export default function AdminPengaduanPage() {
  const { t, i18n } = useTranslation('pengaduan');
  useDocumentTitle(`${t('koordinasi.judul')} · SIKAP`);
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TAB as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'baru';
  const terlambat = params.get('batas') === 'terlambat';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const buka = Number(params.get('buka')) || null;
  const [cari, setCari] = useState(q);
  const query: Partial<PengaduanListQuery> = {
    status: tab === 'semua' ? undefined : tab, batas: terlambat ? 'terlambat' : undefined, q: q || undefined, page, perHalaman: PER_HALAMAN,
  };
  const list = usePengaduanList(query);
  const pengaturan = usePengaturan();

  const setParam = (key: 'tab' | 'batas' | 'q' | 'page' | 'buka', value: string | undefined) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page' && key !== 'buka') next.delete('page');
      return next;
    }, { replace: key !== 'buka' });
  };
  const cariTunda = useDebouncedCallback((v: string) => setParam('q', v.trim() || undefined), 350);
  const d = list.data;
  const halaman = d ? Math.max(1, Math.ceil(d.total / d.perHalaman)) : 1;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('koordinasi.judul')}</Title>
        <Text size="sm" c="gray.8">{t('koordinasi.pengantar', { hari: pengaturan.data?.hariVerifikasi ?? 3 })}</Text>
      </div>

      <Tabs value={tab} onChange={(v) => setParam('tab', v && v !== 'baru' ? v : undefined)} keepMounted={false}>
        <Tabs.List>
          {TAB.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`koordinasi.tab.${k}`)}
              {d && k !== 'semua' && d.ringkasan.perStatus[k] ? ` (${d.ringkasan.perStatus[k]})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      <Group align="flex-end" gap="md" role="search" aria-label={t('staf.filter')}>
        <TextInput label={t('staf.cari')} value={cari} w={260} maxLength={100} type="search"
          onChange={(e) => { setCari(e.currentTarget.value); cariTunda(e.currentTarget.value); }} />
        <Checkbox label={t('staf.hanyaTerlambat')} checked={terlambat} mb={8}
          onChange={(e) => setParam('batas', e.currentTarget.checked ? 'terlambat' : undefined)} />
        {d && <Text size="sm" c={d.ringkasan.terlambat ? 'red.9' : 'gray.8'} mb={8} data-testid="ringkasan-terlambat">
          {t('staf.ringkasan.terlambat')}: {d.ringkasan.terlambat}
        </Text>}
      </Group>

      {list.isPending ? <PageLoader /> : list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : d!.items.length === 0 ? (
        <Alert color="gray" variant="light" role="note"><Text size="sm" c="gray.9">{tab === 'baru' && !q && !terlambat ? t('koordinasi.kosong') : t('staf.kosongFilter')}</Text></Alert>
      ) : (
        <>
          <PengaduanTabel items={d!.items} tampilUnit={tab !== 'baru'} onTinjau={(p) => setParam('buka', String(p.id))} />
          <Group justify="space-between">
            <Text size="sm" c="gray.8">{t('staf.jumlah', { total: d!.total.toLocaleString(lang) })}</Text>
            {halaman > 1 && (
              <Pagination
                total={halaman} value={page} onChange={(p) => setParam('page', String(p))}
                getItemProps={(p) => ({ 'aria-label': t('staf.halaman', { p }) })}
                getControlProps={(c) => ({ 'aria-label': t(`staf.pagination.${c}`) })}
              />
            )}
          </Group>
        </>
      )}

      <Drawer
        opened={buka != null} onClose={() => setParam('buka', undefined)} position="right" size="xl"
        title={t('koordinasi.tinjauJudul')} closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }}
      >
        {buka != null && <TinjauLaporan id={buka} />}
      </Drawer>
    </Stack>
  );
}

/** The drawer's content: the case's header, the coordinator's actions first, then the case itself. */
function TinjauLaporan({ id }: { id: number }) {
  const { t } = useTranslation('pengaduan');
  const q = usePengaduan(id);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  return (
    <Stack gap="md" data-testid="tinjau-laporan">
      <div>
        <Text size="sm" c="gray.8" ff="monospace">{p.nomor}</Text>
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>{p.judul}</Title>
        <Group gap="sm" mt="xs">
          <StatusBadge status={p.status} label={p.statusLabel} data-testid="tinjau-status" />
          <BatasBadge batas={p.batas} />
        </Group>
        <Anchor component={Link} to={`/app/pengaduan/${p.id}`} size="sm" mt="xs" display="inline-block">{t('koordinasi.halamanLengkap')}</Anchor>
      </div>
      <AksiPanel key={`${p.id}-${p.revisi}`} p={p} />
      <PengaduanRincian p={p} />
    </Stack>
  );
}
