import { Anchor, Card, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { IndikatorEvaluasi } from '../../../../contracts/kinerja-realisasi.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useEvaluasi } from '../api/get-evaluasi.ts';
import { useSumber } from '../api/get-sumber.ts';
import { formatAngka, formatTanggal, formatWaktu } from '../lib/format.ts';
import { Gulir } from '../components/gulir.tsx';
import '../i18n.ts';

/**
 * /app/kinerja/realisasi/:id/sumber — the records behind an automatic figure (issue #5: "the pegawai and the
 * atasan can see exactly which records produced the figure"): the metric, the period, the figure and the
 * number of records, then a paged table (nomor, waktu, layanan, keterangan) without personal data. The
 * link from the sheet carries `?skp=&ke=` so the page can name the period and the figure and lead back;
 * without them the page still lists the records. Access is the server's (404 without a relation).
 */
export default function SumberPage() {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const lang = i18n.language;
  const id = Number(useParams().id) || 0;
  const [cari, setCari] = useSearchParams();
  const page = Math.max(1, Number(cari.get('page')) || 1);
  const skpId = Number(cari.get('skp')) || 0;
  const ke = Number(cari.get('ke')) || 0;
  const q = useSumber(id, page);
  const ev = useEvaluasi(skpId, skpId > 0 && ke > 0 ? ke : -1);
  useDocumentTitle(`${t('sumber.judul')} · SIKAP`);

  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const s = q.data;
  const indikator: IndikatorEvaluasi | undefined = ev.data?.rhk.flatMap((r) => r.indikator).find((i) => i.realisasi?.id === id);
  const r = indikator?.realisasi;
  const halaman = Math.max(1, Math.ceil(s.total / s.per_page));

  return (
    <Stack gap="md">
      {skpId > 0 && ke > 0 && (
        <Anchor component={Link} to={`/app/kinerja/skp/${skpId}/periode/${ke}`} size="sm">← {t('sumber.kembali')}</Anchor>
      )}
      <div>
        <Title order={1} size="h2">{t('sumber.judul')}</Title>
        <Text size="sm" c="gray.8">{t('sumber.ket')}</Text>
      </div>
      <Card withBorder padding="md" radius="md" data-testid="sumber-ringkas">
        <Table variant="vertical" layout="fixed" withTableBorder={false}>
          <Table.Tbody>
            <Table.Tr><Table.Th w={160}>{t('sumber.metrik')}</Table.Th><Table.Td>{s.label}</Table.Td></Table.Tr>
            {indikator && <Table.Tr><Table.Th>{t('evaluasi.indikator')}</Table.Th><Table.Td>{indikator.uraian}</Table.Td></Table.Tr>}
            {ev.data && (
              <Table.Tr>
                <Table.Th>{t('sumber.periode')}</Table.Th>
                <Table.Td data-testid="sumber-periode">
                  {ev.data.periode.label}
                  {r?.sumber ? ` (${formatTanggal(r.sumber.dari, lang)} – ${formatTanggal(r.sumber.sampai, lang)})` : ''}
                </Table.Td>
              </Table.Tr>
            )}
            {ev.data && <Table.Tr><Table.Th>{t('evaluasi.pegawai')}</Table.Th><Table.Td>{ev.data.skp.pegawai.nama}</Table.Td></Table.Tr>}
            {r && (
              <Table.Tr>
                <Table.Th>{t('sumber.angka')}</Table.Th>
                <Table.Td data-testid="sumber-angka">{r.angka != null ? `${formatAngka(r.angka, lang)} ${r.sumber?.satuan ?? ''}`.trim() : '—'}</Table.Td>
              </Table.Tr>
            )}
            <Table.Tr><Table.Th>{t('sumber.total')}</Table.Th><Table.Td data-testid="sumber-total">{formatAngka(s.total, lang)} · {t(`sumber.jenis.${s.jenis}`)}</Table.Td></Table.Tr>
            {r?.sumber && <Table.Tr><Table.Th>{t('sumber.dihitung')}</Table.Th><Table.Td>{formatWaktu(r.sumber.dihitungAt, lang)}</Table.Td></Table.Tr>}
          </Table.Tbody>
        </Table>
      </Card>

      {s.items.length === 0 ? (
        <Text c="gray.8">{t('sumber.kosong')}</Text>
      ) : (
        <Gulir label={t('sumber.tabel')} minWidth={560}>
          <Table striped withTableBorder data-testid="tabel-sumber">
            <Table.Caption>{t('sumber.tabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sumber.nomor')}</Table.Th>
                <Table.Th scope="col">{t('sumber.waktu')}</Table.Th>
                <Table.Th scope="col">{t('sumber.layanan')}</Table.Th>
                <Table.Th scope="col">{t('sumber.keterangan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.items.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td ff="monospace">{x.nomor}</Table.Td>
                  <Table.Td>{x.waktu ? formatWaktu(x.waktu, lang) : '—'}</Table.Td>
                  <Table.Td>{x.layanan ?? '—'}</Table.Td>
                  <Table.Td>{x.keterangan}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Gulir>
      )}
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="gray.8">{t('sumber.jumlah', { dari: (page - 1) * s.per_page + (s.items.length ? 1 : 0), sampai: (page - 1) * s.per_page + s.items.length, total: s.total })}</Text>
        {halaman > 1 && (
          <Pagination total={halaman} value={page} size="sm"
            getItemProps={(p) => ({ 'aria-label': t('sumber.halamanKe', { p }) })}
            getControlProps={(c) => ({ 'aria-label': t(`sumber.pagination.${c}`) })}
            onChange={(n) => setCari((c) => { c.set('page', String(n)); return c; })} />
        )}
      </Group>
    </Stack>
  );
}
