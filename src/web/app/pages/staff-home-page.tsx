import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, ROLE_LABEL } from '../../../contracts/auth.ts';
import type { PegawaiDetail } from '../../../contracts/org.ts';
import { api, ApiError } from '../../lib/api.ts';
import { useMe } from '../../lib/session.ts';
import { useLoketNav } from '../nav.ts';

/** ASN workspace home: who I am (jabatan, unit, atasan) and my roles; a petugas also finds the console and kiosk. */
export default function StaffHomePage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const profil = useQuery({
    queryKey: ['org', 'saya'],
    queryFn: () => api<PegawaiDetail>('/org/saya'),
    retry: (n, e) => !(e instanceof ApiError && e.status === 404) && n < 2,
  });
  const p = profil.data;
  const row = (label: string, value: string | null | undefined) => (
    <div>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={500}>{value || '—'}</Text>
    </div>
  );
  return (
    <Stack>
      <Title order={1} size="h3">{t('nav.profil')}</Title>
      <Card withBorder>
        <Text fw={700} size="lg">{p?.nama ?? me.nama}</Text>
        <Text size="sm" c="dimmed">{p ? `NIP ${p.nipFormat}` : me.username}{me.opdNama ? ` · ${me.opdNama}` : ''}</Text>
        <Group gap="xs" mt="sm">{me.roles.map((r) => <Badge key={r} variant="light">{ROLE_LABEL[r]}</Badge>)}</Group>
      </Card>
      <KartuLoket roles={me.roles} />
      {p && (
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {row(t('profil.jabatan'), p.jabatan)}
            {row(t('profil.unit'), [p.unitNama, p.opdNama].filter(Boolean).join(' · '))}
            {row(t('profil.golongan'), p.pangkat ? `${p.pangkat} (${p.golongan})` : p.golongan)}
            {row(t('profil.jenisAsn'), p.jenisAsn)}
            {row(t('profil.atasan'), p.atasan ? `${p.atasan.nama}${p.atasan.jabatan ? ` — ${p.atasan.jabatan}` : ''}` : null)}
          </SimpleGrid>
        </Card>
      )}
    </Stack>
  );
}

/** Links to the counter console and the kiosk, for accounts that may use them (antrian:loket). */
function KartuLoket({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const tujuan = useLoketNav().filter((n) => can(roles, n.permission));
  if (!tujuan.length) return null;
  return (
    <Card withBorder component="section" aria-labelledby="kartu-loket" data-testid="kartu-loket">
      <Title order={2} size="h4" id="kartu-loket">{t('loketKartu.judul')}</Title>
      <Text size="sm" c="gray.8" mt={4}>{t('loketKartu.ket')}</Text>
      <Group mt="md">
        {tujuan.map((n, i) => (
          <Button key={n.to} component={Link} to={n.to} variant={i === 0 ? 'filled' : 'light'}>{n.label}</Button>
        ))}
      </Group>
    </Card>
  );
}
