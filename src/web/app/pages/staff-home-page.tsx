import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLE_LABEL } from '../../../contracts/auth.ts';
import { useMe } from '../../lib/session.ts';

/** ASN workspace home: who I am and what I can do. */
export default function StaffHomePage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  return (
    <Stack>
      <Title order={1} size="h3">{t('nav.profil')}</Title>
      <Card withBorder>
        <Text fw={700}>{me.nama}</Text>
        <Text size="sm" c="gray.8">{me.username}{me.opdNama ? ` · ${me.opdNama}` : ''}</Text>
        <Group gap="xs" mt="sm">{me.roles.map((r) => <Badge key={r} variant="light">{ROLE_LABEL[r]}</Badge>)}</Group>
      </Card>
    </Stack>
  );
}
