import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';

/** Public portal for warga: light, mobile-first, no login. */
export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <Box component="header" bg="cyan.9" c="white" py="sm">
        <Container size="md">
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" c="white" underline="never" aria-label={t('nav.beranda')}>
              <Text fw={800} size="lg" lh={1}>{t('appName')}</Text>
              <Text size="xs" lh={1.2}>{t('pemko')}</Text>
            </Anchor>
            <LanguageSwitch />
          </Group>
          <Group component="nav" gap="md" mt="xs" aria-label={t('nav.menuUtama')}>
            <Anchor component={Link} to="/layanan" c="white" size="sm">{t('nav.layanan')}</Anchor>
            <Anchor component={Link} to="/antrian" c="white" size="sm">{t('nav.ambilAntrian')}</Anchor>
            <Anchor component={Link} to="/lacak" c="white" size="sm">{t('nav.lacak')}</Anchor>
            <Anchor component={Link} to="/pengaduan" c="white" size="sm">{t('nav.pengaduanPublik')}</Anchor>
            <Anchor component={Link} to="/survei" c="white" size="sm">{t('nav.survei')}</Anchor>
            <Anchor component={Link} to="/ikm" c="white" size="sm">{t('nav.ikm')}</Anchor>
            <Anchor component={Link} to="/masuk" c="white" size="sm">{t('nav.masuk')}</Anchor>
          </Group>
        </Container>
      </Box>
      <Container component="main" size="md" py="md" w="100%" style={{ flex: 1 }}>
        <Outlet />
      </Container>
      <Box component="footer" py="md" bg="gray.1">
        <Container size="md"><Text size="xs" c="gray.8">{t('footer')}</Text></Container>
      </Box>
    </Box>
  );
}
