import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BadgeSla, StatusPermohonan } from '../../../../contracts/permohonan.ts';

/**
 * Text/fill colours with ≥ 4.5:1 against white (Mantine's orange.9 #d9480f is 4.29:1, green.9 #2b8a3e 4.33:1):
 * the same shades theme.css gives the light-variant badges.
 */
export const ORANYE_GELAP = '#a13508';
export const HIJAU_GELAP = '#1f6b30';

/* Light variants only in colours whose text shade theme.css lifts to ≥ 4.5:1 (WCAG 1.4.3). */
const WARNA_STATUS: Record<StatusPermohonan, string> = {
  diajukan: 'blue', diverifikasi: 'cyan', diproses: 'violet', perlu_perbaikan: 'orange', selesai: 'green', ditolak: 'red',
};
const WARNA_SLA: Record<BadgeSla, string> = { aman: 'teal', segera: 'orange', terlambat: 'red', jeda: 'gray', selesai: 'gray' };

/** Status of a permohonan, always written out (colour is never the only signal). */
export function StatusLencana({ status, label, ...p }: { status: StatusPermohonan; label?: string } & BadgeProps) {
  const { t } = useTranslation('permohonan');
  return (
    <Badge variant="light" color={WARNA_STATUS[status]} styles={{ root: { flexShrink: 0, minWidth: 'max-content' } }} data-testid="status-permohonan" {...p}>
      {label ?? t(`status.${status}`)}
    </Badge>
  );
}

/**
 * SLA state (plan decision 3): 'terlambat' red, 'segera' orange, 'aman' teal, 'jeda' and 'selesai' gray;
 * the text is the server's "sisa 2 hari kerja" / "terlambat 3 jam kerja" when given, else the badge name.
 */
export function SlaLencana({ badge, teks, ...p }: { badge: BadgeSla; teks?: string } & BadgeProps) {
  const { t } = useTranslation('permohonan');
  return (
    <Badge variant={badge === 'terlambat' ? 'filled' : 'light'} color={badge === 'terlambat' ? 'red.9' : WARNA_SLA[badge]}
      // Long texts ("menunggu perbaikan pemohon (waktu layanan berhenti)") wrap instead of being cut off.
      styles={{ root: { flexShrink: 0, textTransform: 'none', height: 'auto', paddingBlock: 2, maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'left' } }}
      data-badge={badge} {...p}>
      {teks || t(`badge.${badge}`)}
    </Badge>
  );
}
