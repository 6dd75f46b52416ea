import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api.ts';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">{t('state.loading')}</Text>
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('state.error')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && <Button size="xs" variant="light" color="red" onClick={onRetry}>{t('state.retry')}</Button>}
      </Stack>
    </Alert>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <Alert color="gray" title="404">{t('state.notFound')}</Alert>;
}
