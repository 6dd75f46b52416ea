import { Alert, Button, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle, useLocalStorage } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRIORITAS, type Prioritas, type TiketPublik } from '../../../../contracts/antrian.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/session.ts';
import { useCheckIn, useCreateWalkin, useKioskLokasi } from '../api/kiosk.ts';
import { TiketCetak } from '../components/tiket-cetak.tsx';
import classes from './kiosk-page.module.css';
import '../i18n.ts';

/**
 * The office kiosk (/loket/kiosk) for a signed-in petugas: pick the lokasi once (remembered on the device),
 * big buttons per layanan (walk-in places left) that print a 58 mm ticket, a priority choice, and a
 * check-in field (autofocused; USB QR scanners type the payload + Enter).
 */
export default function KioskPage() {
  const { t } = useTranslation('antrian');
  useDocumentTitle(`${t('kiosk.judul')} · SIKAP`);
  const me = useMe();
  const petugas = !!me.data?.roles.includes('petugas');
  if (me.isPending) return <PageLoader />;
  if (!me.data || !petugas) {
    return (
      <Stack p="xl" maw={480} mx="auto" align="flex-start">
        <Title order={1}>{t('kiosk.judul')}</Title>
        <Alert color="yellow" role="alert">{me.data ? t('kiosk.bukanPetugas') : t('kiosk.masuk')}</Alert>
        <Button component={Link} to="/masuk?ke=%2Floket%2Fkiosk">{t('kiosk.tombolMasuk')}</Button>
      </Stack>
    );
  }
  return <Kiosk />;
}

function Kiosk() {
  const { t } = useTranslation('antrian');
  const q = useKioskLokasi(true);
  const [lokasiId, setLokasiId] = useLocalStorage<string>({ key: 'sikap.kiosk.lokasi', defaultValue: '' });
  const [prioritas, setPrioritas] = useState<Prioritas | ''>('');
  const [cetak, setCetak] = useState<TiketPublik | null>(null);
  const walkin = useCreateWalkin();

  useEffect(() => {
    if (cetak) window.print();
  }, [cetak]);

  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const lokasi = q.data.find((l) => String(l.id) === lokasiId);

  const ambil = (layananId: number) => {
    if (!lokasi) return;
    walkin.mutate({ lokasiId: lokasi.id, layananId, prioritas: prioritas || null }, {
      onSuccess: (tiket) => { setCetak(tiket); setPrioritas(''); },
    });
  };

  return (
    <>
      <main className={classes.layar}>
        <Stack gap="lg" maw={960} mx="auto">
          <Group justify="space-between">
            <Title order={1}>{lokasi ? lokasi.nama : t('kiosk.judul')}</Title>
            {lokasi && <Button variant="subtle" onClick={() => setLokasiId('')}>{t('kiosk.gantiLokasi')}</Button>}
          </Group>
          {!lokasi ? (
            q.data.length === 0 ? <Alert color="gray" role="note">{t('kiosk.tidakAdaLokasi')}</Alert> : (
              <NativeSelect label={t('kiosk.pilihLokasi')} value="" size="lg"
                data={[{ value: '', label: '—' }, ...q.data.map((l) => ({ value: String(l.id), label: l.nama }))]}
                onChange={(e) => setLokasiId(e.currentTarget.value)} />
            )
          ) : (
            <>
              <CheckInPanel lokasiId={lokasi.id} />
              <Card withBorder padding="lg" component="section" aria-labelledby="kiosk-ambil">
                <Stack gap="md">
                  <Title order={2} size="h3" id="kiosk-ambil">{t('kiosk.ambil')}</Title>
                  {!lokasi.buka && <Alert color="yellow" role="status">{t('kiosk.tutup')}</Alert>}
                  <div>
                    <Text fw={600} mb={4} id="kiosk-prioritas">{t('kiosk.prioritas')}</Text>
                    <SegmentedControl fullWidth size="md" value={prioritas} onChange={(v) => setPrioritas(v as Prioritas | '')} aria-labelledby="kiosk-prioritas"
                      data={[{ value: '', label: t('ambil.prioritasTidak') }, ...PRIORITAS.map((p) => ({ value: p, label: t(`prioritas.${p}`) }))]} />
                  </div>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                    {lokasi.layanan.map((l) => (
                      <Button key={l.id} size="xl" className={classes.tombolLayanan} disabled={!lokasi.buka || l.sisaWalkin === 0}
                        loading={walkin.isPending && walkin.variables?.layananId === l.id} onClick={() => ambil(l.id)}>
                        <Stack gap={4} align="center">
                          <Text fz={28} fw={800} inherit>{l.prefix}</Text>
                          <Text fz="lg" fw={600} inherit>{l.nama}</Text>
                          <Text fz="sm" inherit>{l.sisaWalkin > 0 ? t('kiosk.sisa', { n: l.sisaWalkin }) : t('kiosk.habis')}</Text>
                        </Stack>
                      </Button>
                    ))}
                  </SimpleGrid>
                  <div aria-live="polite">
                    {walkin.isError && <Alert color="red" role="alert">{errorMessage(walkin.error)}</Alert>}
                    {cetak && !walkin.isError && (
                      <Group justify="space-between">
                        <Text fw={600}>{t('kiosk.tiketBaru', { nomor: cetak.nomor })}</Text>
                        <Button variant="default" onClick={() => window.print()}>{t('kiosk.cetakUlang')}</Button>
                      </Group>
                    )}
                  </div>
                </Stack>
              </Card>
            </>
          )}
        </Stack>
      </main>
      {cetak && <TiketCetak tiket={cetak} />}
    </>
  );
}

function CheckInPanel({ lokasiId }: { lokasiId: number }) {
  const { t } = useTranslation('antrian');
  const [kode, setKode] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const m = useCheckIn();
  const kirim = (e: React.FormEvent) => {
    e.preventDefault();
    if (!kode.trim()) return;
    m.mutate({ lokasiId, kode }, { onSettled: () => { setKode(''); input.current?.focus(); } });
  };
  const warna = m.error instanceof ApiError && m.error.status === 409 ? 'yellow' : 'red';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="kiosk-checkin">
      <form onSubmit={kirim}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="kiosk-checkin">{t('kiosk.checkIn')}</Title>
          <Group align="flex-end" wrap="nowrap">
            <TextInput ref={input} autoFocus size="lg" style={{ flex: 1 }} label={t('kiosk.checkInLabel')} autoComplete="off"
              value={kode} onChange={(e) => setKode(e.currentTarget.value)} />
            <Button type="submit" size="lg" loading={m.isPending}>{t('kiosk.checkInTombol')}</Button>
          </Group>
          <div aria-live="assertive">
            {m.isSuccess && <Alert color="green" role="status" data-testid="checkin-ok"><Text fz="lg" fw={700}>{t('kiosk.checkInBerhasil', { nomor: m.data.nomor })}</Text></Alert>}
            {m.isError && <Alert color={warna} role="alert" data-testid="checkin-galat"><Text fz="lg" fw={700}>{errorMessage(m.error)}</Text></Alert>}
          </div>
        </Stack>
      </form>
    </Card>
  );
}
