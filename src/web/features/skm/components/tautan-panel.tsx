import { Button, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Survei } from '../../../../contracts/skm.ts';
import { absoluteUrl, eksporXlsxUrl, laporanPdfUrl, qrSvgUrl, qrUnitSvgUrl, tautanUnit } from '../api/urls.ts';
import { SalinTombol } from '../../../components/salin-tombol.tsx';

/**
 * Downloads (XLSX, PDF), the public link with a copy button, and its QR code. Read-only: every skm:hasil role.
 * The public QR endpoint serves only `aktif` surveys, so a draf or ditutup survey gets a status note instead
 * of a broken image and an empty download.
 */
export function TautanPanel({ survei }: { survei: Survei }) {
  const { t } = useTranslation('skm');
  const tautan = absoluteUrl(survei.tautan);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Button component="a" href={eksporXlsxUrl(survei.id)} download variant="light" data-testid="unduh-xlsx">
          {t('detail.unduhXlsx')}
        </Button>
        <Button component="a" href={laporanPdfUrl(survei.id)} download variant="light" data-testid="unduh-pdf">
          {t('detail.unduhPdf')}
        </Button>
      </Group>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('detail.tautanPublik')}
          value={tautan}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1 }}
          data-testid="tautan-publik"
        />
        <SalinTombol text={tautan} aria-label={t('detail.salinTautan')} />
      </Group>
      {survei.status === 'aktif' ? (
        <Stack gap={4} align="flex-start">
          <Image
            src={qrSvgUrl(survei.kode)}
            alt={t('detail.qrAlt')}
            w={180}
            h={180}
            fit="contain"
            bg="white"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, overflow: 'hidden' }}
            data-testid="qr-survei"
          />
          <Button component="a" href={qrSvgUrl(survei.kode)} download={`qr-survei-${survei.kode}.svg`} variant="subtle" size="compact-sm">
            {t('detail.unduhQr')}
          </Button>
        </Stack>
      ) : (
        <Text size="sm" c="orange.9" data-testid="tautan-tidak-aktif">{t(`detail.tautanStatus.${survei.status}`)}</Text>
      )}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('detail.tautanUnit')}
          description={t('detail.tautanUnitKet')}
          value={absoluteUrl(tautanUnit(survei.unitId))}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1 }}
          data-testid="tautan-unit"
        />
        <SalinTombol text={absoluteUrl(tautanUnit(survei.unitId))} aria-label={t('detail.salinTautanUnit')} />
      </Group>
      <Button component="a" href={qrUnitSvgUrl(survei.unitId)} download={`qr-unit-${survei.unitId}.svg`} variant="subtle" size="compact-sm">
        {t('detail.unduhQrUnit')}
      </Button>
    </Stack>
  );
}
