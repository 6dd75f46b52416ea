import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { can, type Permission } from '../../../contracts/auth.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { ErrorState, Forbidden, PageLoader } from '../../components/states.tsx';
import { useLogout, useMe } from '../../lib/session.ts';
import type { NavItem } from '../nav.ts';

/** "Keluar": ends the session and goes to /masuk (the Shell header and the console/kiosk top bar). */
export function TombolKeluar() {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Button size="xs" variant="white" loading={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/masuk') })}>
      {t('nav.keluar')}
    </Button>
  );
}

/** Signed-in shell shared by the staff app and admin: header, side navigation filtered by permission. */
export function Shell({ title, nav, requires }: { title: string; nav: NavItem[]; requires: Permission }) {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to={`/masuk?ke=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const roles = me.data.roles;
  const visible = nav.filter((n) => can(roles, n.permission));
  // The most specific matching item is active (so /admin/pegawai/impor highlights only "Impor pegawai").
  const active = visible
    .map((n) => n.to)
    .filter((to) => location.pathname === to || location.pathname.startsWith(to + '/'))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header bg="cyan.9" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label={t('nav.bukaMenu')} />
            <Text fw={800}>{t('appName')}</Text>
            <Text size="sm" visibleFrom="xs">{title}</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="sm" data-testid="user-name">{me.data.nama}</Text>
            <TombolKeluar />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.navigasi')}>
        <Stack gap={2}>
          {visible.map((n) => (
            <NavLink key={n.to} component={Link} to={n.to} label={n.label} leftSection={n.icon} onClick={close}
              active={n.to === active} />
          ))}
          <NavLink component={Link} to="/" label={t('nav.portal')} onClick={close} />
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        {can(roles, requires) ? <Outlet /> : <Forbidden />}
      </AppShell.Main>
    </AppShell>
  );
}
