import { Alert, Badge, Checkbox, Group, NativeSelect, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../../contracts/auth.ts';
import { STATUS_PENGADUAN, type PengaduanListQuery } from '../../../../contracts/pengaduan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useMe } from '../../../lib/session.ts';
import { usePengaduanList } from '../api/get-pengaduan-list.ts';
import { PengaduanTabel } from '../components/pengaduan-tabel.tsx';
import '../i18n.ts';

const PER_HALAMAN = 25;
const statusSah = (v: string | null) => (v && v.split(',').every((s) => (STATUS_PENGADUAN as readonly string[]).includes(s)) ? v : undefined);

/**
 * /app/pengaduan (pengaduan:tindaklanjut): the complaints forwarded to the user's OPD (the coordinator
 * sees all), filterable by status, overdue only and number/title, each with its running deadline badge
 * (Terlambat / Segera). Filters live in the URL (no personal data in it), so a filtered list can be shared.
 */
export default function StafListPage() {
  const { t, i18n } = useTranslation('pengaduan');
  useDocumentTitle(`${t('staf.judul')} · SIKAP`);
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const status = statusSah(params.get('status'));
  const terlambat = params.get('batas') === 'terlambat';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [cari, setCari] = useState(q);
  const query: Partial<PengaduanListQuery> = { status, batas: terlambat ? 'terlambat' : undefined, q: q || undefined, page, perHalaman: PER_HALAMAN };
  const list = usePengaduanList(query);
  // OPD staff see only their own OPD's cases: the OPD column is for the coordinator, who sees all.
  const koordinator = can(useMe().data?.roles, 'pengaduan:koordinasi');

  const setFilter = (key: 'status' | 'batas' | 'q' | 'page', value: string | undefined) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    }, { replace: true });
  };
  const cariTunda = useDebouncedCallback((v: string) => setFilter('q', v.trim() || undefined), 350);

  const d = list.data;
  const halaman = d ? Math.max(1, Math.ceil(d.total / d.perHalaman)) : 1;
  const adaFilter = !!(status || terlambat || q);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('staf.judul')}</Title>
        <Text size="sm" c="gray.8">{t('staf.pengantar')}</Text>
      </div>

      {d && (
        <Group gap="xs" aria-label={t('staf.filter')}>
          <Badge color="red.8" variant={d.ringkasan.terlambat ? 'filled' : 'outline'} styles={{ root: { textTransform: 'none', flexShrink: 0, minWidth: 'max-content' } }} data-testid="ringkasan-terlambat">
            {t('staf.ringkasan.terlambat')}: {d.ringkasan.terlambat}
          </Badge>
          {STATUS_PENGADUAN.filter((s) => d.ringkasan.perStatus[s]).map((s) => (
            <Badge key={s} color="gray" variant="light" styles={{ root: { textTransform: 'none', flexShrink: 0, minWidth: 'max-content' } }}>
              {t(`status.${s}`)}: {d.ringkasan.perStatus[s]}
            </Badge>
          ))}
        </Group>
      )}

      <Group align="flex-end" gap="md" role="search" aria-label={t('staf.filter')}>
        <NativeSelect
          label={t('staf.status')} value={status ?? ''} w={240}
          data={[
            { value: '', label: t('staf.semuaStatus') },
            { value: 'diteruskan', label: t('staf.aktif') },
            ...STATUS_PENGADUAN.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ].filter((o, i, a) => a.findIndex((x) => x.value === o.value) === i)}
          onChange={(e) => setFilter('status', e.currentTarget.value || undefined)}
        />
        <TextInput
          label={t('staf.cari')} value={cari} w={260} maxLength={100} type="search"
          onChange={(e) => { setCari(e.currentTarget.value); cariTunda(e.currentTarget.value); }}
        />
        <Checkbox label={t('staf.hanyaTerlambat')} checked={terlambat} mb={8}
          onChange={(e) => setFilter('batas', e.currentTarget.checked ? 'terlambat' : undefined)} />
      </Group>

      {list.isPending ? <PageLoader /> : list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : d!.items.length === 0 ? (
        <Alert color="gray" variant="light" role="note"><Text size="sm" c="gray.9">{adaFilter ? t('staf.kosongFilter') : t('staf.kosong')}</Text></Alert>
      ) : (
        <>
          <PengaduanTabel items={d!.items} tampilUnit={koordinator} />
          <Group justify="space-between">
            <Text size="sm" c="gray.8">{t('staf.jumlah', { total: d!.total.toLocaleString(lang) })}</Text>
            {halaman > 1 && (
              <Pagination
                total={halaman} value={page} onChange={(p) => setFilter('page', String(p))}
                getItemProps={(p) => ({ 'aria-label': t('staf.halaman', { p }) })}
                getControlProps={(c) => ({ 'aria-label': t(`staf.pagination.${c}`) })}
              />
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
