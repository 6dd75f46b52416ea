import {
  Alert, Anchor, Badge, Button, Card, Container, Group, Menu, Select, SimpleGrid, Stack, Text, Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AksiKonsol, TiketLoket } from '../../../../contracts/antrian-loket.ts';
import { PRIORITAS_OPSI } from '../lib/prioritas.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/session.ts';
import { useAksiKonsol } from '../api/aksi-tiket.ts';
import { useAntrean } from '../api/get-antrean.ts';
import { useLoketSaya } from '../api/get-loket-saya.ts';
import { loketKeys } from '../api/keys.ts';
import { useMasukKeluar } from '../api/masuk-keluar.ts';
import { AlihkanModal } from '../components/alihkan-modal.tsx';
import { DaftarAntrean } from '../components/daftar-antrean.tsx';
import { useEventSource } from '../lib/use-event-source.ts';
import { useQueryClient } from '@tanstack/react-query';
import '../i18n.ts';

/** /loket — the counter console of a petugas (pelayanan.md §3.2): sign in to a loket, call, serve, finish. */
export default function LoketPage() {
  const { t } = useTranslation('loket');
  const me = useMe();
  const bolehKonsol = !!me.data?.roles.includes('petugas');
  const saya = useLoketSaya(bolehKonsol);
  if (me.isPending) return <PageLoader />;
  if (!me.data || !bolehKonsol) {
    return (
      <Container py="xl">
        <Title order={1} mb="md">{t('judul')}</Title>
        {me.data
          ? <Alert color="yellow" role="alert">{t('bukanPetugas')}</Alert>
          : <Text>{t('perluMasuk')} <Anchor component={Link} to="/masuk?ke=%2Floket">{t('masukAkun')}</Anchor></Text>}
      </Container>
    );
  }
  if (saya.isPending) return <PageLoader />;
  if (saya.isError) return <Container py="xl"><ErrorState error={saya.error} onRetry={() => void saya.refetch()} /></Container>;
  return (
    <Container size="xl" py="md">
      <Title order={1} mb="md">{t('judul')}</Title>
      {saya.data.loketSaya ? <Konsol /> : <PilihLoket />}
    </Container>
  );
}

function PilihLoket() {
  const { t } = useTranslation('loket');
  const { data } = useLoketSaya();
  const { masuk } = useMasukKeluar();
  const [lokasiId, setLokasiId] = useState<string | null>(data?.lokasi[0] ? String(data.lokasi[0].id) : null);
  const [loketId, setLoketId] = useState<string | null>(null);
  const lokasi = data?.lokasi.find((l) => String(l.id) === lokasiId);
  if (!data?.lokasi.length) return <Alert color="gray">{t('tidakAdaLokasi')}</Alert>;
  return (
    <Card withBorder maw={480}>
      <Stack>
        <Select label={t('pilihLokasi')} allowDeselect={false} data={data.lokasi.map((l) => ({ value: String(l.id), label: l.nama }))} value={lokasiId} onChange={(v) => { setLokasiId(v); setLoketId(null); }} />
        <Select label={t('pilihLoket')} allowDeselect={false} value={loketId} onChange={setLoketId}
          data={(lokasi?.loket ?? []).map((l) => ({ value: String(l.id), label: l.petugas ? `${l.nama} (${t('dipakai', { nama: l.petugas.nama })})` : l.nama }))} />
        {masuk.isError && <Alert color="red" role="alert">{errorMessage(masuk.error)}</Alert>}
        <Button disabled={!loketId} loading={masuk.isPending} onClick={() => masuk.mutate(Number(loketId))}>{t('masukLoket')}</Button>
      </Stack>
    </Card>
  );
}

/** Keyboard shortcuts: F2 call next, F3 recall, F4 finish. */
function usePintasan(aksi: Record<'F2' | 'F3' | 'F4', (() => void) | null>) {
  useEffect(() => {
    const h = (e: KeyboardEvent) => {
      const f = aksi[e.key as 'F2' | 'F3' | 'F4'];
      if (f === undefined) return;
      e.preventDefault();
      f?.();
    };
    window.addEventListener('keydown', h);
    return () => window.removeEventListener('keydown', h);
  });
}

function Konsol() {
  const { t } = useTranslation('loket');
  const qc = useQueryClient();
  const { data } = useLoketSaya();
  const antrean = useAntrean(true);
  const aksi = useAksiKonsol();
  const { keluar } = useMasukKeluar();
  const [alihkan, setAlihkan] = useState<TiketLoket | null>(null);
  const segarkan = () => void qc.invalidateQueries({ queryKey: loketKeys.semua });
  const { terhubung } = useEventSource('/api/v1/antrian/loket/stream', { panggil: segarkan, antrean: segarkan, tiket: segarkan }, segarkan);
  const s = data!;
  const lokasi = s.lokasi.find((l) => l.id === s.loketSaya!.lokasiId);
  const tk = s.tiketSaya;
  const jalankan = (jenis: AksiKonsol) => tk && aksi.mutate({ jenis, id: tk.id });
  const bisaPanggil = !tk && !aksi.isPending;
  usePintasan({
    F2: bisaPanggil ? () => aksi.mutate({ jenis: 'panggil' }) : null,
    F3: tk?.status === 'dipanggil' ? () => jalankan('panggil-ulang') : null,
    F4: tk?.status === 'dilayani' ? () => jalankan('selesai') : null,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Text fw={600}>{lokasi?.nama} · {s.loketSaya!.nama}</Text>
        <Group>
          {!terhubung && <Badge color="orange" role="status">{t('terputus')}</Badge>}
          <Button variant="default" loading={keluar.isPending} onClick={() => keluar.mutate()}>{t('keluarLoket')}</Button>
        </Group>
      </Group>
      {(aksi.isError || keluar.isError) && <Alert color="red" role="alert">{errorMessage(aksi.error ?? keluar.error)}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text c="dimmed" size="sm">{t('tiketSaatIni')}</Text>
          {tk ? (
            <Stack gap="xs">
              <Text fz={64} fw={800} lh={1} data-testid="loket-tiket-nomor">{tk.nomor}</Text>
              <Group gap="xs">
                <Badge size="lg">{t(`status.${tk.status}`)}</Badge>
                <Text>{tk.layananNama}</Text>
                {tk.prioritas && <Badge color="grape" variant="light">{t(`prioritas.${tk.prioritas}`)}</Badge>}
              </Group>
            </Stack>
          ) : <Text my="md">{t('tidakAdaTiket')}</Text>}
          <Group mt="md" gap="xs">
            <Button onClick={() => aksi.mutate({ jenis: 'panggil' })} disabled={!bisaPanggil}>{t('aksi.panggil')} (F2)</Button>
            {tk && (
              <>
                <Button variant="light" disabled={tk.status !== 'dipanggil'} onClick={() => jalankan('panggil-ulang')}>
                  {t('aksi.panggilUlang', { n: tk.jumlahPanggil, maks: tk.maksPanggil })} (F3)
                </Button>
                <Button color="teal" disabled={tk.status !== 'dipanggil'} onClick={() => jalankan('mulai')}>{t('aksi.mulai')}</Button>
                <Button color="teal" disabled={tk.status !== 'dilayani'} onClick={() => jalankan('selesai')}>{t('aksi.selesai')} (F4)</Button>
                <Button variant="default" onClick={() => jalankan('tahan')}>{t('aksi.tahan')}</Button>
                <Button variant="default" disabled={tk.status !== 'dipanggil'} onClick={() => jalankan('lewati')}>{t('aksi.lewati')}</Button>
                <Button variant="default" onClick={() => setAlihkan(tk)}>{t('aksi.alihkan')}</Button>
                <Menu>
                  <Menu.Target><Button variant="default">{t('aksi.prioritas')}</Button></Menu.Target>
                  <Menu.Dropdown>
                    {PRIORITAS_OPSI.map((p) => (
                      <Menu.Item key={p ?? 'tanpa'} onClick={() => aksi.mutate({ jenis: 'prioritas', id: tk.id, prioritas: p })}>
                        {p ? t(`prioritas.${p}`) : t('tanpaPrioritas')}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              </>
            )}
          </Group>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('ditahan')}</Title>
          {s.ditahan.length === 0 ? <Text c="dimmed">{t('layar.kosong')}</Text> : (
            <Stack gap="xs">
              {s.ditahan.map((d) => (
                <Group key={d.id} justify="space-between">
                  <Text fw={700}>{d.nomor} · {d.layananNama}</Text>
                  <Button size="xs" onClick={() => aksi.mutate({ jenis: 'lanjutkan', id: d.id })}>{t('aksi.lanjutkan')}</Button>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      <Title order={2} size="h4">{t('antrean', { n: antrean.data?.items.length ?? 0 })}</Title>
      {antrean.isError ? <ErrorState error={antrean.error} /> : <DaftarAntrean items={antrean.data?.items ?? []} />}
      <AlihkanModal key={alihkan?.id ?? 0} tiket={alihkan} lokasi={lokasi} onTutup={() => setAlihkan(null)}
        onKirim={(body) => { if (alihkan) aksi.mutate({ jenis: 'alihkan', id: alihkan.id, body }); setAlihkan(null); }} />
    </Stack>
  );
}
