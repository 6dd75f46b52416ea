import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../../contracts/auth.ts';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { tujuanAman } from '../../lib/redirect.ts';
import { useLogin, useMe } from '../../lib/session.ts';

/** NIP + password sign-in for ASN and admins. */
export default function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const me = useMe();
  const fields = login.error instanceof ApiError ? login.error.fieldErrors() : {};
  // Already signed in (and not in the middle of signing in): go to the workspace instead of a second form.
  if (me.data && !login.isPending && !login.isSuccess) {
    return <Navigate to={tujuanAman(params.get('ke')) ?? (can(me.data.roles, 'org:lihat') ? '/admin' : '/app')} replace />;
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(
      { username, password },
      {
        onSuccess: (me) => {
          navigate(tujuanAman(params.get('ke')) ?? (can(me.roles, 'org:lihat') ? '/admin' : '/app'), { replace: true });
        },
      },
    );
  };
  return (
    <Card withBorder maw={420} mx="auto" padding="lg" component="form" onSubmit={onSubmit} noValidate>
      <Stack>
        <div>
          <Title order={1} size="h3">{t('login.title')}</Title>
          <Text size="sm" c="gray.8" mt={4}>{t('login.subtitle')}</Text>
        </div>
        {login.isError && !Object.keys(fields).length && (
          <Alert color="red" title={t('login.failed')} role="alert">{errorMessage(login.error)}</Alert>
        )}
        <TextInput label={t('login.username')} name="username" autoComplete="username" inputMode="text" required
          value={username} onChange={(e) => setUsername(e.currentTarget.value)} error={fields.username} />
        <PasswordInput label={t('login.password')} visibilityToggleButtonProps={{ 'aria-label': t('login.toggleSandi') }} name="password" autoComplete="current-password" required
          value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={fields.password} />
        <Button type="submit" loading={login.isPending} size="md">{t('login.submit')}</Button>
      </Stack>
    </Card>
  );
}
