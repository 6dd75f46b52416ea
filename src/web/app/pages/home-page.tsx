import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Public portal home. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="lg">
        <Title order={1} size="h2">{t('home.hero')}</Title>
        <Text mt="sm" c="gray.8">{t('home.lead')}</Text>
        <Group mt="lg">
          <Button component={Link} to="/antrian" size="md">{t('home.ambilAntrian')}</Button>
          <Button component={Link} to="/survei" size="md">{t('home.isiSurvei')}</Button>
          <Button component={Link} to="/ikm" size="md" variant="light">{t('home.lihatIkm')}</Button>
        </Group>
      </Card>
      <Text size="sm" c="gray.8">{t('appLongName')}</Text>
    </Stack>
  );
}
