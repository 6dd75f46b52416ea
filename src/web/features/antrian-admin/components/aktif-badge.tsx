import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Aktif / Nonaktif, in dark shades (AA contrast). */
export function AktifBadge({ aktif }: { aktif: boolean }) {
  const { t } = useTranslation('antrianAdmin');
  return <Badge color={aktif ? 'green.9' : 'gray.7'} variant="filled">{aktif ? t('status.aktif') : t('status.nonaktif')}</Badge>;
}
