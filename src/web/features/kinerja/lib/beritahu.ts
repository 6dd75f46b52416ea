import { notifications } from '@mantine/notifications';
import i18n from '../../../i18n/index.ts';

/** A short toast whose close button has an accessible name (axe button-name: Mantine's has none by default). */
export function beritahu(message: string, color: 'green' | 'red' = 'green'): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('umum.tutup', { ns: 'kinerja' }) } });
}
