import { Alert, Card, Code, Group, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError } from '../../../lib/api.ts';
import { useVerifikasi } from '../api/get-verifikasi.ts';
import { formatTanggalJam } from '../lib/format.ts';
import '../i18n.ts';
import { HIJAU_GELAP } from '../components/lencana.tsx';

/**
 * /verifikasi/:token — where the QR printed on a digital product leads (issue #4 "digital document
 * download with a verification QR"). "Dokumen sah" with the case number, layanan, masked NIK, issue date
 * and the PDF's SHA-256, or "Tidak ditemukan" for an unknown/forged token. Public, no login.
 */
export default function VerifikasiPage() {
  const { t, i18n } = useTranslation('permohonan');
  useDocumentTitle(`${t('verifikasi.judul')} · SIKAP`);
  const { token = '' } = useParams();
  const q = useVerifikasi(token);

  if (q.isPending) return <PageLoader />;
  const tidakAda = (q.isError && q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400)) || (q.data && !q.data.sah);
  if (q.isError && !tidakAda) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;

  return (
    <Stack gap="md" maw={640}>
      <Title order={1} size="h2">{t('verifikasi.judul')}</Title>
      {tidakAda || !q.data ? (
        <Alert color="red" variant="light" title={t('verifikasi.tidakDitemukan')} role="status" data-testid="verifikasi-tidak-ditemukan">
          {t('verifikasi.tidakDitemukanKet')}
        </Alert>
      ) : (
        <Card withBorder padding="lg" radius="md" data-testid="verifikasi-sah" style={{ borderColor: 'var(--mantine-color-green-7)' }}>
          <Stack gap="sm">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon color="green.8" radius="xl" size="lg" aria-hidden>✓</ThemeIcon>
              <div>
                <Title order={2} size="h3" c={HIJAU_GELAP}>{t('verifikasi.sah')}</Title>
                <Text size="sm" c="gray.8">{t('verifikasi.sahKet')}</Text>
              </div>
            </Group>
            <Table variant="vertical" layout="fixed" withTableBorder>
              <Table.Tbody>
                <Table.Tr><Table.Th w={160}>{t('verifikasi.nomor')}</Table.Th><Table.Td ff="monospace">{q.data.nomor}</Table.Td></Table.Tr>
                <Table.Tr><Table.Th>{t('verifikasi.layanan')}</Table.Th><Table.Td>{q.data.layanan}{q.data.unit ? ` · ${q.data.unit}` : ''}</Table.Td></Table.Tr>
                {q.data.nikSamar && <Table.Tr><Table.Th>{t('verifikasi.nik')}</Table.Th><Table.Td ff="monospace">{q.data.nikSamar}</Table.Td></Table.Tr>}
                {q.data.selesaiAt && <Table.Tr><Table.Th>{t('verifikasi.selesai')}</Table.Th><Table.Td>{formatTanggalJam(q.data.selesaiAt, i18n.language)}</Table.Td></Table.Tr>}
                {q.data.sha256 && (
                  <Table.Tr>
                    <Table.Th>{t('verifikasi.sha256')}</Table.Th>
                    <Table.Td><Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }} data-testid="verifikasi-sha256">{q.data.sha256}</Code></Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="gray.8">{t('verifikasi.sidikKet')}</Text>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
