import { Alert, Anchor, Button, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../../../contracts/auth.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useMe } from '../../../lib/session.ts';
import { useSurveiList, type StatusSurvei } from '../api/get-survei-list.ts';
import { MutuBadge } from '../components/mutu-badge.tsx';
import { SegmentedField } from '../components/segmented-field.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { SurveiBaruModal } from '../components/survei-baru-modal.tsx';
import { formatBulat, formatDesimal } from '../lib/format.ts';
import { targetSampel } from '../lib/sampel.ts';
import '../i18n-admin.ts';

const PER_PAGE = 25;
const STATUS = ['draf', 'aktif', 'ditutup'] as const;

/** Admin list of SKM surveys (/admin/skm): skm:hasil reads, skm:kelola also creates. Filters live in the URL. */
export default function AdminSurveiListPage() {
  const { t, i18n } = useTranslation('skm');
  useDocumentTitle(`${t('admin.judul')} · SIKAP`);
  const lang = i18n.language;
  const me = useMe();
  const bolehKelola = can(me.data?.roles, 'skm:kelola');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [baru, { open, close }] = useDisclosure(false);

  const tahun = Number(params.get('tahun')) || undefined;
  const statusParam = params.get('status');
  const status = (STATUS as readonly string[]).includes(statusParam ?? '') ? (statusParam as StatusSurvei) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = useSurveiList({ tahun, status, page, perPage: PER_PAGE });

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  const tahunIni = new Date().getFullYear();
  const tahunOpsi = Array.from({ length: tahunIni + 1 - 2017 + 1 }, (_, i) => String(tahunIni + 1 - i));
  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / q.data.per_page)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('admin.judul')}</Title>
          <Text size="sm" c="gray.8">{t('admin.pengantar')}</Text>
        </div>
        {bolehKelola && <Button onClick={open} data-testid="survei-baru">{t('admin.surveiBaru')}</Button>}
      </Group>

      <Group align="flex-end" gap="md" role="search" aria-label={t('admin.filter')}>
        <Select
          label={t('admin.tahun')}
          placeholder={t('admin.semuaTahun')}
          data={tahunOpsi}
          value={tahun ? String(tahun) : null}
          onChange={(v) => setFilter('tahun', v)}
          clearable
          w={160}
        />
        <SegmentedField
          label={t('admin.status')}
          value={status ?? 'semua'}
          onChange={(v) => setFilter('status', v === 'semua' ? null : v)}
          data={[{ value: 'semua', label: t('admin.semuaStatus') }, ...STATUS.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
      </Group>

      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Alert color="gray" variant="light" role="note">
          <Text size="sm" c="gray.9">{tahun || status ? t('admin.kosongFilter') : t('admin.kosong')}</Text>
        </Alert>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover verticalSpacing="sm" aria-describedby="survei-jumlah">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tabel.unit')}</Table.Th>
                  <Table.Th scope="col">{t('tabel.periode')}</Table.Th>
                  <Table.Th scope="col">{t('tabel.status')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('tabel.respondenTarget')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('tabel.ikm')}</Table.Th>
                  <Table.Th scope="col">{t('tabel.mutu')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((s) => {
                  const target = targetSampel(s.populasi);
                  return (
                    <Table.Tr
                      key={s.id}
                      style={{ cursor: 'pointer' }}
                      onClick={(e) => {
                        // The unit link handles its own clicks (and middle/ctrl-click for a new tab).
                        if ((e.target as HTMLElement).closest('a')) return;
                        navigate(`/admin/skm/${s.id}`);
                      }}
                      data-testid={`survei-baris-${s.id}`}
                    >
                      <Table.Td>
                        <Anchor component={Link} to={`/admin/skm/${s.id}`} fw={600} c="cyan.9">{s.unitNama}</Anchor>
                        {s.layanan && <Text size="sm" c="gray.8">{s.layanan}</Text>}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.periodeLabel}</Table.Td>
                      <Table.Td><StatusBadge status={s.status} /></Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatBulat(s.responden, lang)}
                        {target != null && <Text span c="gray.8"> / {formatBulat(target, lang)}</Text>}
                      </Table.Td>
                      <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDesimal(s.ikm, 2, lang)}</Table.Td>
                      <Table.Td>
                        {/* Letter badge + kinerja in words (colour is not the only signal), never cut off. */}
                        <Group gap={6} wrap="nowrap">
                          <MutuBadge mutu={s.mutu} ringkas />
                          {s.mutu && <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{t(`kinerja.${s.mutu}`)}</Text>}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="gray.8" id="survei-jumlah">{t('admin.jumlah', { total: formatBulat(q.data.total, lang) })}</Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={(p) => setFilter('page', String(p))}
                getItemProps={(p) => ({ 'aria-label': t('admin.halaman', { p }) })}
                getControlProps={(c) => ({ 'aria-label': t(`admin.pagination.${c}`) })}
              />
            )}
          </Group>
        </>
      )}

      {bolehKelola && (
        <SurveiBaruModal opened={baru} onClose={close} onCreated={(s) => { close(); navigate(`/admin/skm/${s.id}`); }} />
      )}
    </Stack>
  );
}
