import { Alert, Button, Group, Pagination, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { STATUS_NOTIFIKASI, type NotifikasiItem, type StatusNotifikasi } from '../../../../contracts/notifikasi.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useNotifikasiList } from '../api/get-notifikasi-list.ts';
import { useRingkasan } from '../api/get-ringkasan.ts';
import { useKirimUlang } from '../api/kirim-ulang.ts';
import { RingkasanStatus } from '../components/ringkasan-status.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import '../i18n.ts';

const PER_PAGE = 25;

const asStatus = (v: string | null): StatusNotifikasi | undefined =>
  (STATUS_NOTIFIKASI as readonly string[]).includes(v ?? '') ? (v as StatusNotifikasi) : undefined;

/** "14 Des 2026 08.05" in WIB, the zone every SIKAP time is shown in. */
function formatWaktu(iso: string, lang: string) {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'Asia/Jakarta', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso));
}

/**
 * /admin/notifikasi (notifikasi:lihat, admin BKPSDM): per-status counts, the outbox filterable by status
 * (in the URL), and "Kirim ulang" for failed messages. Shows only the recipient's last 4 digits.
 */
export default function OutboxPage() {
  const { t, i18n } = useTranslation('notifikasi');
  useDocumentTitle(`${t('judul')} · SIKAP`);
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const ringkasan = useRingkasan();
  const q = useNotifikasiList({ status, page, perPage: PER_PAGE });
  const ulang = useKirimUlang();

  const setFilter = (key: 'status' | 'page', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  const kirimUlang = (item: NotifikasiItem) =>
    ulang.mutate(item.id, {
      onSuccess: () => notifications.show({ color: 'green', message: t('diantrekan') }),
      onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
    });

  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / q.data.per_page)) : 1;
  const namaTemplat = (k: string) => t(`templat.${k}`, { defaultValue: k });

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('judul')}</Title>
        <Text size="sm" c="gray.8">{t('pengantar')}</Text>
      </div>

      {ringkasan.isError ? (
        <ErrorState error={ringkasan.error} onRetry={() => ringkasan.refetch()} />
      ) : ringkasan.data ? (
        <RingkasanStatus data={ringkasan.data} aktif={status} onPilih={(s) => setFilter('status', s)} lang={lang} />
      ) : null}

      <Group align="flex-end" gap="md" role="search" aria-label={t('filter')}>
        <Select
          label={t('filterStatus')}
          placeholder={t('semuaStatus')}
          data={STATUS_NOTIFIKASI.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status ?? null}
          onChange={(v) => setFilter('status', v ?? undefined)}
          clearable
          w={220}
          data-testid="filter-status"
        />
      </Group>

      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Alert color="gray" variant="light" role="note">
          <Text size="sm" c="gray.9">{status ? t('kosongFilter') : t('kosong')}</Text>
        </Alert>
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table highlightOnHover verticalSpacing="sm" aria-describedby="notifikasi-jumlah">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tabel.pesan')}</Table.Th>
                  <Table.Th scope="col">{t('tabel.status')}</Table.Th>
                  <Table.Th scope="col">{t('tabel.tujuan')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('tabel.percobaan')}</Table.Th>
                  <Table.Th scope="col">{t('tabel.jadwal')}</Table.Th>
                  <Table.Th scope="col">{t('tabel.galat')}</Table.Th>
                  <Table.Th scope="col"><VisuallyHidden>{t('tabel.aksi')}</VisuallyHidden></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((n) => (
                  <Table.Tr key={n.id} data-testid={`notifikasi-baris-${n.id}`}>
                    <Table.Td>
                      <Text size="sm" fw={600}>{namaTemplat(n.templat)}</Text>
                      <Text size="xs" c="gray.8">#{n.id} · {n.kanal === 'sms' ? 'SMS' : 'WhatsApp'}</Text>
                    </Table.Td>
                    <Table.Td><StatusBadge status={n.status} /></Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{n.tujuanAkhir ?? t('tanpaNomor')}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{n.percobaan}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatWaktu(n.terkirimPada ?? n.jadwal, lang)}</Table.Td>
                    <Table.Td maw={320}>
                      {n.galat && <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>{n.galat}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {n.status === 'gagal' && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => kirimUlang(n)}
                          loading={ulang.isPending && ulang.variables === n.id}
                          aria-label={t('kirimUlangAria', { id: n.id, templat: namaTemplat(n.templat) })}
                          data-testid={`kirim-ulang-${n.id}`}
                        >
                          {t('kirimUlang')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="gray.8" id="notifikasi-jumlah">{t('jumlah', { total: q.data.total.toLocaleString(lang) })}</Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={(p) => setFilter('page', String(p))}
                getItemProps={(p) => ({ 'aria-label': t('halaman', { p }) })}
                getControlProps={(c) => ({ 'aria-label': t(`pagination.${c}`) })}
              />
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

