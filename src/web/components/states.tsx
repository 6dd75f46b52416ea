import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../lib/api.ts';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">{t('state.loading')}</Text>
    </Center>
  );
}

/**
 * An error from a query: 403 and 404 get their own title and no retry button (retrying cannot help);
 * other errors offer "Coba lagi".
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const title = status === 403 ? t('state.forbiddenTitle') : status === 404 ? t('state.notFoundTitle') : t('state.error');
  const retry = onRetry && status !== 403 && status !== 404 && status !== 401;
  return (
    <Alert color={status === 403 || status === 404 ? 'gray' : 'red'} title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {retry && <Button size="xs" variant="light" color="red" onClick={onRetry}>{t('state.retry')}</Button>}
      </Stack>
    </Alert>
  );
}

/** The access-denied state for a page the account's roles cannot use (same look as a 403 from the API). */
export function Forbidden() {
  const { t } = useTranslation();
  return <ErrorState error={new ApiError(403, { type: 'about:blank', title: t('state.forbiddenTitle'), status: 403, code: 'DILARANG', detail: t('state.forbidden') })} />;
}

/** Not found, with a way back (home for the portal, `back` for the staff app). */
export function NotFound({ back = '/' }: { back?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title="404" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('state.notFound')}</Text>
        <Anchor component={Link} to={back} underline="always">{t('state.backHome')}</Anchor>
      </Stack>
    </Alert>
  );
}
