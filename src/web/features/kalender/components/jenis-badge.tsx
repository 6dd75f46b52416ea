import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JenisLibur } from '../../../../contracts/kalender.ts';

const WARNA: Record<JenisLibur, string> = { libur_nasional: 'red.9', cuti_bersama: 'orange.9', libur_lokal: 'blue.9', tutup_darurat: 'gray.8' };

/** The kind of a closed day as a coloured badge (dark shades: AA contrast with white text). */
export function JenisBadge({ jenis }: { jenis: JenisLibur }) {
  const { t } = useTranslation('kalender');
  return <Badge color={WARNA[jenis]} variant="filled" autoContrast>{t(`jenis.${jenis}`)}</Badge>;
}
