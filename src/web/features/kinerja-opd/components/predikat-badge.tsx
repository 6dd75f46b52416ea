import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Predikat } from '../../../../domain/kinerja/predikat.ts';
import { WARNA_PREDIKAT } from '../lib/pola.ts';

/** An employee's predikat kinerja as a filled badge (autoContrast keeps the text readable on every shade). */
export function PredikatBadge({ predikat }: { predikat: Predikat | null }) {
  const { t } = useTranslation('kinerjaOpd');
  if (!predikat) return <Badge color="gray.7" variant="outline">{t('unit.belumDinilaiLabel')}</Badge>;
  return <Badge color={WARNA_PREDIKAT[predikat]} variant="filled" autoContrast tt="none">{t(`predikat.${predikat}`)}</Badge>;
}
