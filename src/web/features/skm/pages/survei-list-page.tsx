import { Alert, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useSurveiPublikList, type SurveiPublikRingkas } from '../api/get-survei-publik-list.ts';
import { judulBerulang, memuat } from '../lib/judul.ts';
import '../i18n.ts';

/**
 * Public list of open surveys (/survei), grouped by service unit (the section heading). Each card names what is
 * rated (layanan, or the judul when it adds something) and the period once; the unit is not repeated.
 */
export default function SurveiListPage() {
  const { t, i18n } = useTranslation('skm');
  useDocumentTitle(`${t('daftar.judul')} · SIKAP`);
  const q = useSurveiPublikList();

  const groups = new Map<string, SurveiPublikRingkas[]>();
  for (const s of q.data ?? []) groups.set(s.unitNama, [...(groups.get(s.unitNama) ?? []), s]);
  const units = [...groups.keys()].sort((a, b) => a.localeCompare(b, i18n.language));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('daftar.judul')}</Title>
        <Text size="md" c="gray.8" mt={4}>{t('daftar.pengantar')}</Text>
      </div>
      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : units.length === 0 ? (
        <Alert color="gray" variant="light" role="note" data-testid="survei-kosong">
          <Text size="md" c="gray.9">{t('daftar.kosong')}</Text>
        </Alert>
      ) : (
        units.map((unit, i) => (
          <Stack component="section" gap="sm" key={unit} aria-labelledby={`unit-${i}`}>
            <Title order={2} size="h3" id={`unit-${i}`}>{unit}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {groups.get(unit)!.map((s) => (
                <Card key={s.kode} withBorder padding="md" radius="md" data-testid={`survei-${s.kode}`}>
                  <Stack gap={6} h="100%">
                    <KartuIsi s={s} />
                    <Button
                      component={Link}
                      to={`/survei/${encodeURIComponent(s.kode)}`}
                      size="md"
                      mt="auto"
                      aria-label={t('daftar.isiAria', { judul: s.judul })}
                    >
                      {t('daftar.isi')}
                    </Button>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        ))
      )}
    </Stack>
  );
}

/**
 * Card heading and details. A default judul ("SKM <unit> — <layanan> <periode>") is not written out: the
 * card shows the layanan (or "Seluruh layanan") and the period. The heading keeps the full judul as its
 * accessible name, so a screen-reader user jumping between headings still hears which survey it is.
 */
function KartuIsi({ s }: { s: SurveiPublikRingkas }) {
  const { t } = useTranslation('skm');
  const berulang = judulBerulang(s);
  const judul = berulang ? s.layanan ?? t('daftar.seluruhLayanan') : s.judul;
  return (
    <>
      <Title order={3} size="h4" aria-label={judul === s.judul ? undefined : s.judul}>{judul}</Title>
      {!berulang && s.layanan && !memuat(s.judul, s.layanan) && (
        <Text size="sm" c="gray.8">{t('daftar.layanan', { layanan: s.layanan })}</Text>
      )}
      {!memuat(judul, s.periodeLabel) && <Text size="sm" c="gray.8">{t('daftar.periode', { periode: s.periodeLabel })}</Text>}
    </>
  );
}
