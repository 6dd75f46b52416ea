import { notifications } from '@mantine/notifications';
import i18n from '../../../i18n/index.ts';

/** A short toast; its close button gets an accessible name (axe button-name). */
export function beritahu(message: string, color: 'green' | 'red' = 'green'): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('umum.tutup', { ns: 'kinerjaEvaluasi' }) } });
}
