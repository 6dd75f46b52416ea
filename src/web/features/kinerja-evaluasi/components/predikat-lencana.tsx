import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Predikat, Rating } from '../../../../domain/kinerja/predikat.ts';
import '../i18n.ts';

/** Fill colour with ≥ 4.5:1 against white text (Mantine's orange.6–9 are below it). */
export const ORANYE_GELAP = '#a13508';

/* Light variants in colours whose text shade theme.css lifts to ≥ 4.5:1 against white (WCAG 1.4.3). */
const WARNA_PREDIKAT: Record<Predikat, string> = {
  sangat_baik: 'green', baik: 'teal', butuh_perbaikan: 'yellow', kurang: 'orange', sangat_kurang: 'red',
};
const WARNA_RATING: Record<Rating, string> = { di_atas: 'grape', sesuai: 'blue', di_bawah: 'orange' };

/** A predikat kinerja pegawai (kinerja.md §1.6), always written out (colour is never the only signal). */
export function PredikatLencana({ predikat, ...p }: { predikat: Predikat } & BadgeProps) {
  const { t } = useTranslation('kinerjaEvaluasi');
  return (
    <Badge variant="light" color={WARNA_PREDIKAT[predikat]} styles={{ root: { textTransform: 'none', flexShrink: 0, minWidth: 'max-content' } }}
      data-predikat={predikat} {...p}>
      {t(`predikat.${predikat}`)}
    </Badge>
  );
}

/** A rating (di atas / sesuai / di bawah ekspektasi, kinerja.md §1.5). */
export function RatingLencana({ rating, ...p }: { rating: Rating } & BadgeProps) {
  const { t } = useTranslation('kinerjaEvaluasi');
  return (
    <Badge variant="light" color={WARNA_RATING[rating]} styles={{ root: { textTransform: 'none', flexShrink: 0, minWidth: 'max-content' } }} {...p}>
      {t(`rating.${rating}`)}
    </Badge>
  );
}
