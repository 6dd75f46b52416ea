import { Anchor, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useMe } from '../../lib/session.ts';
import { TombolKeluar } from './shell.tsx';
import classes from './perangkat-layout.module.css';

/**
 * Office screens of a petugas (/loket, /loket/kiosk): a slim top bar — app name, the signed-in name, back
 * to the staff app, "Keluar" — above the full-width page. The pages check the role themselves; the TV
 * board (/layar) has no bar.
 */
export default function PerangkatLayout() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <>
      <Box component="header" bg="cyan.9" c="white" px="md" py={6} className={classes.bar}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={800}>{t('appName')}</Text>
          {me && (
            <Group gap="md" wrap="nowrap">
              <Text size="sm" visibleFrom="xs" data-testid="user-name">{me.nama}</Text>
              <Anchor component={Link} to="/app" c="white" size="sm" underline="always">{t('nav.aplikasi')}</Anchor>
              <TombolKeluar />
            </Group>
          )}
        </Group>
      </Box>
      <Outlet />
    </>
  );
}
