import { Alert, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { usePublikasi, type PublikasiItem } from '../api/get-publikasi.ts';
import { MutuBadge } from '../components/mutu-badge.tsx';
import { detailsClass, tableClasses, UnsurBar } from '../components/unsur-bar.tsx';
import { visuallyHidden } from '../lib/a11y.ts';
import { formatBulat, formatDesimal } from '../lib/format.ts';
import '../i18n.ts';

/**
 * Public IKM publication (/ikm): the latest result per unit, as UU 25/2009 and PermenPANRB 14/2017 require
 * (results and method made public). Lightweight: no chart library, CSS bars only.
 */
export default function PublikasiPage() {
  const { t, i18n } = useTranslation('skm');
  useDocumentTitle(`${t('publikasi.judulPendek')} · SIKAP`);
  const q = usePublikasi();
  const items = [...(q.data ?? [])].sort((a, b) => a.unitNama.localeCompare(b.unitNama, i18n.language));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('publikasi.judul')}</Title>
        <Text size="md" c="gray.8" mt={4}>{t('publikasi.metode')}</Text>
      </div>
      <Card withBorder padding="sm" radius="md" component="section" aria-labelledby="skala-mutu">
        <Title order={2} size="h5" id="skala-mutu" mb={6}>{t('publikasi.skalaJudul')}</Title>
        <Group gap="xs">
          {(['A', 'B', 'C', 'D'] as const).map((m) => (
            <Group gap={6} key={m} wrap="nowrap">
              <MutuBadge mutu={m} />
              <Text size="sm" c="gray.8">{t(`publikasi.rentang.${m}`)}</Text>
            </Group>
          ))}
        </Group>
      </Card>
      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : items.length === 0 ? (
        <Alert color="gray" variant="light" role="note"><Text size="md" c="gray.9">{t('publikasi.kosong')}</Text></Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {items.map((p) => <PublikasiCard key={p.surveiId} p={p} />)}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function PublikasiCard({ p }: { p: PublikasiItem }) {
  const { t, i18n } = useTranslation('skm');
  const lang = i18n.language;
  const headingId = `publikasi-judul-${p.surveiId}`;
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={headingId} data-testid={`publikasi-${p.surveiId}`}>
      <Stack gap="xs">
        <div>
          <Title order={2} size="h4" id={headingId}>{p.unitNama}</Title>
          {p.layanan && <Text size="sm" c="gray.8">{p.layanan}</Text>}
        </div>
        <Group align="flex-end" gap="md" wrap="wrap">
          <div>
            <Text size="sm" c="gray.8" fw={600} id={`${headingId}-ikm`}>{t('publikasi.ikm')}</Text>
            <Text fz={40} fw={800} lh={1.1} data-testid="ikm-nilai" aria-describedby={`${headingId}-ikm`}>
              {formatDesimal(p.ikm, 2, lang)}
            </Text>
          </div>
          <MutuBadge mutu={p.mutu} size="lg" mb={6} data-testid="ikm-mutu" />
        </Group>
        <Text size="sm" c="gray.8">
          {t('publikasi.periodeResponden', { periode: p.periodeLabel, responden: formatBulat(p.responden, lang) })}
          {p.kertas > 0 && <span data-testid="kertas-jumlah">{`, ${t('publikasi.kertas', { jumlah: formatBulat(p.kertas, lang) })}`}</span>}
        </Text>
        <details className={detailsClass}>
          <summary>{t('publikasi.perUnsur')}</summary>
          <table className={tableClasses.table}>
            <caption style={visuallyHidden}>{t('publikasi.perUnsurCaption', { unit: p.unitNama })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tabel.unsur')}</th>
                <th scope="col" className={tableClasses.angka}>{t('tabel.nilai')}</th>
                <th scope="col" style={{ width: '30%' }}><span style={visuallyHidden}>{t('tabel.grafik')}</span></th>
                <th scope="col">{t('tabel.mutu')}</th>
              </tr>
            </thead>
            <tbody>
              {p.perUnsur.map((u) => (
                <tr key={u.kode}>
                  <th scope="row"><b>{u.kode}</b> {u.nama}</th>
                  <td className={tableClasses.angka}>{formatDesimal(u.nilaiKonversi, 2, lang)}</td>
                  <td><UnsurBar nilai={u.nilaiKonversi} mutu={u.mutu} /></td>
                  <td>{u.mutu ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </Stack>
    </Card>
  );
}

