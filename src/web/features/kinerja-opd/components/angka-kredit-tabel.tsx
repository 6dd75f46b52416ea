import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useAngkaKredit } from '../api/get-angka-kredit.ts';
import { formatAngka } from '../lib/format.ts';

/**
 * Angka kredit of the OPD's jabatan fungsional for a year (GET /kinerja/angka-kredit; kinerja.md §1.9a):
 * one row per JF pegawai with jenjang, koefisien, the AK of every rated period, their sum and the annual AK.
 * "—" = not rated (or no koefisien for the jenjang). The predikat of each period is in the cell's title.
 */
export function AngkaKreditTabel({ opdId, tahun }: { opdId: number; tahun: number }) {
  const { t, i18n } = useTranslation('kinerjaOpd');
  const lang = i18n.language;
  const q = useAngkaKredit({ opdId, tahun });
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const ak = q.data;
  const angka = (n: number | null) => (n === null ? '—' : formatAngka(n, lang, 3));
  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h4">{t('ak.judul', { tahun })}</Title>
        <Text size="sm" c="gray.8">{t('ak.ket')}</Text>
      </div>
      {ak.pegawai.length === 0 ? (
        <Text c="gray.8">{t('ak.kosong')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560 + ak.periode.length * 64} type="native" tabIndex={0} aria-label={t('ak.tabelJudul')} role="region">
          <Table striped withTableBorder verticalSpacing={4} data-testid="tabel-angka-kredit">
            <caption style={{ captionSide: 'top', textAlign: 'left' }}><Text size="sm" c="gray.8" span>{t('ak.tabelJudul')}</Text></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ak.nama')}</Table.Th>
                <Table.Th scope="col">{t('ak.jenjang')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('ak.koefisien')}</Table.Th>
                {ak.periode.map((p) => <Table.Th key={p.ke} scope="col" ta="right">{p.label.replace(` ${tahun}`, '')}</Table.Th>)}
                <Table.Th scope="col" ta="right">{t('ak.total')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('ak.tahunan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ak.pegawai.map((r) => (
                <Table.Tr key={r.skpId}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">{r.pegawai.nama}</Text>
                    <Text size="xs" c="gray.8">{r.jabatan}</Text>
                  </Table.Th>
                  <Table.Td><Text size="sm">{r.jenjangLabel}</Text></Table.Td>
                  <Table.Td ta="right">{r.koefisien === null ? '—' : formatAngka(r.koefisien, lang, 3)}</Table.Td>
                  {ak.periode.map((p) => {
                    const c = r.periode.find((x) => x.ke === p.ke);
                    return (
                      <Table.Td key={p.ke} ta="right" title={c?.predikat ? t(`predikat.${c.predikat}`) : undefined}>
                        {angka(c?.angkaKredit ?? null)}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right">{formatAngka(r.jumlahPeriodik, lang, 3)}</Table.Td>
                  <Table.Td ta="right" fw={600}>{angka(r.tahunan.angkaKredit)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
