import { Alert, Badge, Button, Card, Code, Group, List, Modal, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Open311Klien } from '../../../../contracts/pengaduan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCabutOpen311Klien } from '../api/cabut-open311-klien.ts';
import { useCreateOpen311Klien } from '../api/create-open311-klien.ts';
import { useOpen311Klien } from '../api/get-open311-klien.ts';
import { formatWaktu } from '../lib/format.ts';
import { SalinTombol } from '../../../components/salin-tombol.tsx';

/**
 * Open311 GeoReport v2 clients: a short explanation with this server's endpoint URLs, the clients with
 * their last use, "Buat kunci API" (the key is shown once in a modal with a copy button; only its hash is
 * stored) and "Cabut" (revokes at once, after a confirmation).
 */
export function Open311Panel() {
  const { t, i18n } = useTranslation('pengaduan');
  const lang = i18n.language;
  const q = useOpen311Klien();
  const buat = useCreateOpen311Klien();
  const cabut = useCabutOpen311Klien();
  const [nama, setNama] = useState('');
  const [kunci, setKunci] = useState<{ nama: string; apiKey: string } | null>(null);
  const [tanyaCabut, setTanyaCabut] = useState<Open311Klien | null>(null);
  const galat = buat.error instanceof ApiError ? buat.error.fieldErrors() : {};
  const dasar = `${window.location.origin}/open311/v2`;

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    buat.mutate({ nama: nama.trim() }, { onSuccess: (r) => { setKunci({ nama: r.klien.nama, apiKey: r.apiKey }); setNama(''); } });
  };

  const endpoint: [string, string, string][] = [
    ['GET', `${dasar}/discovery.json`, t('pengaturan.endpointDaftar.discovery')],
    ['GET', `${dasar}/services.json`, t('pengaturan.endpointDaftar.services')],
    ['GET', `${dasar}/requests.json`, t('pengaturan.endpointDaftar.requests')],
    ['POST', `${dasar}/requests.json`, t('pengaturan.endpointDaftar.requestsPost')],
    ['GET', `${dasar}/requests/{service_request_id}.json`, t('pengaturan.endpointDaftar.request')],
  ];

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="open311-judul">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="open311-judul">{t('pengaturan.open311Judul')}</Title>
          <Text size="sm" c="gray.8" mt={4}>{t('pengaturan.open311Ket')}</Text>
        </div>
        <div>
          <Title order={3} size="h5">{t('pengaturan.endpoint')}</Title>
          <List size="sm" spacing={4} mt={4} data-testid="open311-endpoint">
            {endpoint.map(([metode, url, ket]) => (
              <List.Item key={`${metode} ${url}`}>
                <Code>{metode} {url}</Code> — {ket}
              </List.Item>
            ))}
          </List>
        </div>

        <form onSubmit={kirim} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('pengaturan.namaKlien')} placeholder={t('pengaturan.namaKlienContoh')} required maxLength={120}
              value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} w={{ base: '100%', sm: 360 }} />
            <Button type="submit" loading={buat.isPending}>{t('pengaturan.tambahKlien')}</Button>
          </Group>
          {buat.isError && !galat.nama && <Alert color="red" role="alert" mt="sm">{errorMessage(buat.error)}</Alert>}
        </form>

        {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : q.data.length === 0 ? (
          <Text size="sm" c="gray.8">{t('pengaturan.klienKosong')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="tabel-klien">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('pengaturan.tabel.nama')}</Table.Th>
                  <Table.Th scope="col">{t('pengaturan.tabel.status')}</Table.Th>
                  <Table.Th scope="col">{t('pengaturan.dibuat')}</Table.Th>
                  <Table.Th scope="col">{t('pengaturan.terakhirDipakai')}</Table.Th>
                  <Table.Th scope="col"><VisuallyHidden>{t('pengaturan.tabel.aksi')}</VisuallyHidden></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td><Text size="sm" fw={500}>{k.nama}</Text></Table.Td>
                    <Table.Td>
                      <Badge color={k.aktif ? 'green' : 'gray'} variant="light" styles={{ root: { textTransform: 'none', flexShrink: 0, minWidth: 'max-content' } }}>
                        {k.aktif ? t('pengaturan.aktif') : t('pengaturan.dicabut')}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}><Text size="sm">{formatWaktu(k.createdAt, lang)}</Text></Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}><Text size="sm">{k.terakhirDipakai ? formatWaktu(k.terakhirDipakai, lang) : t('pengaturan.belumDipakai')}</Text></Table.Td>
                    <Table.Td>
                      {k.aktif && (
                        <Button size="xs" variant="light" color="red" onClick={() => setTanyaCabut(k)} aria-label={t('pengaturan.cabutAria', { nama: k.nama })}>
                          {t('pengaturan.cabut')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Modal closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }} opened={kunci != null} onClose={() => setKunci(null)} title={kunci ? t('pengaturan.kunciBaruJudul', { nama: kunci.nama }) : ''} size="lg"
        closeOnClickOutside={false}>
        {kunci && (
          <Stack gap="sm">
            <Alert color="yellow" role="note"><Text size="sm">{t('pengaturan.kunciBaruKet')}</Text></Alert>
            <Code block data-testid="api-key-baru" style={{ wordBreak: 'break-all', fontSize: 16 }}>{kunci.apiKey}</Code>
            <Group justify="flex-end">
              <SalinTombol text={kunci.apiKey} />
              <Button onClick={() => setKunci(null)}>{t('pengaturan.sudahDisalin')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }} opened={tanyaCabut != null} onClose={() => setTanyaCabut(null)} title={t('pengaturan.cabut')}>
        {tanyaCabut && (
          <Stack gap="sm">
            <Text size="sm">{t('pengaturan.cabutTanya', { nama: tanyaCabut.nama })}</Text>
            {cabut.isError && <Alert color="red" role="alert">{errorMessage(cabut.error)}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTanyaCabut(null)}>{t('pengaturan.batal')}</Button>
              <Button color="red.8" loading={cabut.isPending}
                onClick={() => cabut.mutate(tanyaCabut.id, { onSuccess: () => setTanyaCabut(null) })}>
                {t('pengaturan.cabut')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
