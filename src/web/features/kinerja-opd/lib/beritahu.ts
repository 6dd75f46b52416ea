import { notifications } from '@mantine/notifications';
import i18n from '../../../i18n/index.ts';

/**
 * A short success toast. Its close button gets an accessible name (axe button-name: Mantine's toast close
 * button has none by default).
 */
export function beritahu(message: string, color: 'green' | 'red' = 'green'): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('action.tutup', { ns: 'common' }) } });
}
