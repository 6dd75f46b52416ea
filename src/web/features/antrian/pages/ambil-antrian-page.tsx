import {
  Alert, Button, Card, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Stepper, Text, TextInput, Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITAS, type Prioritas, type TiketPublik } from '../../../../contracts/antrian.ts';
import { validasiNik } from '../../../../domain/shared/nik.ts';
import { normalisasiTelepon } from '../../../../domain/shared/telepon.ts';
import { tanggalWib } from '../../../../domain/shared/tanggal.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCreateBooking } from '../api/create-booking.ts';
import { useJadwal } from '../api/get-jadwal.ts';
import { useLokasiPublik } from '../api/get-lokasi-publik.ts';
import { TiketHasil } from '../components/tiket-hasil.tsx';
import { formatTanggal, formatTanggalPendek, kunciBaru, samarkanTelepon } from '../lib/format.ts';
import '../i18n.ts';

type DataDiri = { nik: string; nama: string; telepon: string; prioritas: Prioritas | ''; setuju: boolean };
const KOSONG: DataDiri = { nik: '', nama: '', telepon: '', prioritas: '', setuju: false };
/** Fields the citizen has left (blur) or tried to submit: only those show their error. */
type Disentuh = Partial<Record<'nik' | 'nama' | 'telepon' | 'setuju', boolean>>;
const SEMUA_DISENTUH: Disentuh = { nik: true, nama: true, telepon: true, setuju: true };

/** Inline message of the NIK field from the shared domain rule (pelayanan.md §5.3); null while typing. */
function pesanNik(nik: string, selesai: boolean): string | null {
  if (!selesai && nik.trim().length < 16) return null;
  const r = validasiNik(nik, { hariIni: tanggalWib(new Date()) });
  return r.ok ? null : r.pesan;
}

/** Inline message of the name field (at least 2 letters, as the server checks); null when fine. */
function kunciGalatNama(nama: string): 'ambil.namaWajib' | 'ambil.namaPendek' | null {
  const n = nama.trim();
  return !n ? 'ambil.namaWajib' : n.length < 2 ? 'ambil.namaPendek' : null;
}

/** Inline message of the WhatsApp field (an Indonesian mobile number, domain/shared/telepon.ts); null when fine. */
function kunciGalatTelepon(telepon: string): 'ambil.teleponWajib' | 'ambil.teleponSalah' | null {
  return !telepon.trim() ? 'ambil.teleponWajib' : normalisasiTelepon(telepon) ? null : 'ambil.teleponSalah';
}

/**
 * Public booking (/antrian), mobile-first: a 4-step stepper — lokasi & layanan → tanggal & sesi (open dates
 * only, places left, full sessions disabled) → data diri with the privacy notice and consent (UU 27/2022) →
 * confirmation; then the ticket with its QR and check-in window.
 */
export default function AmbilAntrianPage() {
  const { t, i18n } = useTranslation('antrian');
  useDocumentTitle(`${t('ambil.judul')} · SIKAP`);
  const lokasiQ = useLokasiPublik();
  const [langkah, setLangkah] = useState(0);
  const [lokasiKode, setLokasiKode] = useState('');
  const [layananId, setLayananId] = useState<number | null>(null);
  const [tanggal, setTanggal] = useState<string | null>(null);
  const [sesiId, setSesiId] = useState<number | null>(null);
  const [data, setData] = useState<DataDiri>(KOSONG);
  const [disentuh, setDisentuh] = useState<Disentuh>({});
  const [galatServer, setGalatServer] = useState<Record<string, string>>({});
  const [hasil, setHasil] = useState<TiketPublik | null>(null);
  const [kunci, setKunci] = useState(kunciBaru);
  const booking = useCreateBooking(kunci);
  const jadwalQ = useJadwal(lokasiKode, layananId);

  const lokasi = lokasiQ.data?.find((l) => l.kode === lokasiKode) ?? null;
  const layanan = lokasi?.layanan.find((l) => l.id === layananId) ?? null;
  const hari = jadwalQ.data?.hari.find((h) => h.tanggal === tanggal) ?? null;
  const sesi = hari?.sesi.find((s) => s.id === sesiId) ?? null;
  const nikGalat = galatServer.nik ?? pesanNik(data.nik, !!disentuh.nik);
  const galatLokal = (kunci: string | null, tampil?: boolean) => (kunci && tampil ? t(kunci) : null);
  const namaGalat = galatServer.nama ?? galatLokal(kunciGalatNama(data.nama), disentuh.nama);
  const teleponGalat = galatServer.telepon ?? galatLokal(kunciGalatTelepon(data.telepon), disentuh.telepon);
  const setujuGalat = galatLokal(data.setuju ? null : 'ambil.setujuWajib', disentuh.setuju);
  const dataLengkap = useMemo(
    () => validasiNik(data.nik, { hariIni: tanggalWib(new Date()) }).ok && !kunciGalatNama(data.nama)
      && !kunciGalatTelepon(data.telepon) && data.setuju,
    [data],
  );
  const sentuh = (k: keyof Disentuh) => setDisentuh((d) => ({ ...d, [k]: true }));
  const hariIniTutup = !!jadwalQ.data?.hari.length && jadwalQ.data.hari[0]!.tanggal !== tanggalWib(new Date());

  const ubah = <K extends keyof DataDiri>(k: K, v: DataDiri[K]) => {
    setData((d) => ({ ...d, [k]: v }));
    setGalatServer((g) => ({ ...g, [k]: undefined as unknown as string }));
  };
  const ulangi = () => {
    setHasil(null); setLangkah(0); setData(KOSONG); setDisentuh({}); setGalatServer({}); setSesiId(null); setKunci(kunciBaru()); booking.reset();
  };
  const kirim = () => {
    if (!layananId || !tanggal || !sesiId) return;
    booking.mutate(
      { layananId, tanggal, sesiId, nik: data.nik.trim(), nama: data.nama.trim(), telepon: data.telepon, prioritas: data.prioritas || null, setuju: true },
      {
        onSuccess: setHasil,
        onError: (e) => {
          if (!(e instanceof ApiError)) return;
          const f = e.fieldErrors();
          setGalatServer(f);
          if (f.nik || f.telepon || f.nama) setLangkah(2);
          else if (f.tanggal || f.sesiId || e.problem.code === 'ANTRIAN_PENUH') { setLangkah(1); void jadwalQ.refetch(); }
          setKunci(kunciBaru());
        },
      },
    );
  };

  if (lokasiQ.isPending) return <PageLoader />;
  if (lokasiQ.isError) return <ErrorState error={lokasiQ.error} onRetry={() => lokasiQ.refetch()} />;
  if (hasil) return <TiketHasil tiket={hasil} onLagi={ulangi} />;

  const lang = i18n.language;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('ambil.judul')}</Title>
        <Text c="gray.8" mt={4}>{t('ambil.pengantar')}</Text>
      </div>
      {lokasiQ.data.length === 0 ? (
        <Alert color="gray" role="note">{t('ambil.tidakAdaLokasi')}</Alert>
      ) : (
        <Stepper active={langkah} onStepClick={(i) => i < langkah && setLangkah(i)} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('ambil.langkah.layanan')}>
            <Stack gap="md" mt="md">
              <NativeSelect
                label={t('ambil.lokasi')} value={lokasiKode}
                data={[{ value: '', label: t('ambil.pilihLokasi') }, ...lokasiQ.data.map((l) => ({ value: l.kode, label: l.nama }))]}
                onChange={(e) => { setLokasiKode(e.currentTarget.value); setLayananId(null); setTanggal(null); setSesiId(null); }}
              />
              {lokasi && (
                <Radio.Group label={t('ambil.layanan')} value={layananId ? String(layananId) : null}
                  onChange={(v) => { setLayananId(Number(v)); setTanggal(null); setSesiId(null); }}>
                  <Stack gap="xs" mt="xs">
                    {lokasi.layanan.map((l) => <Radio key={l.id} value={String(l.id)} label={`${l.prefix} · ${l.nama}`} />)}
                  </Stack>
                </Radio.Group>
              )}
              <Group justify="flex-end"><Button disabled={!layanan} onClick={() => setLangkah(1)}>{t('ambil.lanjut')}</Button></Group>
            </Stack>
          </Stepper.Step>

          <Stepper.Step label={t('ambil.langkah.jadwal')}>
            <Stack gap="md" mt="md">
              {jadwalQ.isPending ? <PageLoader /> : jadwalQ.isError ? <ErrorState error={jadwalQ.error} onRetry={() => jadwalQ.refetch()} /> : (
                jadwalQ.data.hari.length === 0 ? <Alert color="gray" role="note">{t('ambil.tidakAdaTanggal')}</Alert> : (
                  <>
                    {hariIniTutup && <Alert color="yellow" role="note" data-testid="hari-ini-tutup">{t('ambil.hariIniTutup')}</Alert>}
                    <Radio.Group label={t('ambil.tanggal')} value={tanggal} onChange={(v) => { setTanggal(v); setSesiId(null); }}>
                      <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} mt="xs">
                        {jadwalQ.data.hari.map((h) => (
                          <Radio.Card key={h.tanggal} value={h.tanggal} p="sm" radius="md" disabled={!h.sesi.some((s) => s.tersedia)}
                            aria-label={formatTanggal(h.tanggal, lang)}>
                            <Text fw={600} size="sm">{formatTanggalPendek(h.tanggal, lang)}</Text>
                            <Text size="xs" c="gray.8">{h.sesi.some((s) => s.tersedia) ? t('ambil.sisa', { n: h.sisaOnline }) : t('ambil.penuh')}</Text>
                          </Radio.Card>
                        ))}
                      </SimpleGrid>
                    </Radio.Group>
                    {hari && (
                      <Radio.Group label={t('ambil.sesi')} value={sesiId ? String(sesiId) : null} onChange={(v) => setSesiId(Number(v))}
                        error={galatServer.sesiId ?? galatServer.tanggal ?? (booking.error instanceof ApiError && booking.error.problem.code === 'ANTRIAN_PENUH' ? booking.error.message : undefined)}>
                        <Stack gap="xs" mt="xs">
                          {hari.sesi.map((s) => (
                            <Radio key={s.id} value={String(s.id)} disabled={!s.tersedia}
                              label={`${s.mulai}–${s.selesai} WIB · ${s.tersedia ? t('ambil.sisa', { n: s.sisa }) : s.sisa === 0 ? t('ambil.penuh') : t('ambil.lewat')}`} />
                          ))}
                        </Stack>
                      </Radio.Group>
                    )}
                  </>
                )
              )}
              <Group justify="space-between">
                <Button variant="default" onClick={() => setLangkah(0)}>{t('ambil.kembali')}</Button>
                <Button disabled={!sesi?.tersedia} onClick={() => setLangkah(2)}>{t('ambil.lanjut')}</Button>
              </Group>
            </Stack>
          </Stepper.Step>

          <Stepper.Step label={t('ambil.langkah.data')}>
            <Stack gap="md" mt="md">
              <TextInput label={t('ambil.nik')} description={t('ambil.nikBantuan')} inputMode="numeric" autoComplete="off" maxLength={20} required
                value={data.nik} onChange={(e) => ubah('nik', e.currentTarget.value)} onBlur={() => sentuh('nik')} error={nikGalat} />
              <TextInput label={t('ambil.nama')} autoComplete="name" required maxLength={100} value={data.nama}
                onChange={(e) => ubah('nama', e.currentTarget.value)} onBlur={() => sentuh('nama')} error={namaGalat} />
              <TextInput label={t('ambil.telepon')} description={t('ambil.teleponBantuan')} type="tel" inputMode="tel" autoComplete="tel" required
                value={data.telepon} onChange={(e) => ubah('telepon', e.currentTarget.value)} onBlur={() => sentuh('telepon')} error={teleponGalat} />
              <NativeSelect label={t('ambil.prioritasLabel')} description={t('ambil.prioritasBantuan')} value={data.prioritas}
                data={[{ value: '', label: t('ambil.prioritasTidak') }, ...PRIORITAS.map((p) => ({ value: p, label: t(`prioritas.${p}`) }))]}
                onChange={(e) => ubah('prioritas', e.currentTarget.value as Prioritas | '')} />
              <Card withBorder padding="sm" component="section" aria-labelledby="privasi-judul">
                <Title order={2} size="h5" id="privasi-judul">{t('ambil.privasiJudul')}</Title>
                <Text size="sm" mt={4}>{t('ambil.privasi')}</Text>
                <Checkbox mt="sm" checked={data.setuju} onChange={(e) => ubah('setuju', e.currentTarget.checked)} label={t('ambil.setuju')} error={setujuGalat} />
              </Card>
              <Group justify="space-between">
                <Button variant="default" onClick={() => setLangkah(1)}>{t('ambil.kembali')}</Button>
                <Button onClick={() => { setDisentuh(SEMUA_DISENTUH); if (dataLengkap) setLangkah(3); }}>{t('ambil.lanjut')}</Button>
              </Group>
            </Stack>
          </Stepper.Step>

          <Stepper.Step label={t('ambil.langkah.konfirmasi')}>
            <Stack gap="md" mt="md">
              <Title order={2} size="h4">{t('ambil.ringkasan')}</Title>
              <Card withBorder padding="md">
                <Stack gap={4}>
                  <Text><b>{t('tiket.lokasi')}:</b> {lokasi?.nama}</Text>
                  <Text><b>{t('tiket.layanan')}:</b> {layanan?.nama}</Text>
                  <Text><b>{t('tiket.tanggal')}:</b> {tanggal ? formatTanggal(tanggal, lang) : ''}</Text>
                  <Text><b>{t('tiket.sesi')}:</b> {sesi ? `${sesi.mulai}–${sesi.selesai} WIB` : ''}</Text>
                  <Text><b>{t('ambil.nama')}:</b> {data.nama}</Text>
                  <Text><b>{t('tiket.nik')}:</b> {`${data.nik.trim().slice(0, 4)}********${data.nik.trim().slice(-4)}`}</Text>
                  <Text><b>{t('ambil.telepon')}:</b> {samarkanTelepon(data.telepon)}</Text>
                  <Text><b>{t('kiosk.prioritas')}:</b> {data.prioritas ? t(`prioritas.${data.prioritas}`) : t('ambil.prioritasTidak')}</Text>
                </Stack>
              </Card>
              {booking.isError && <Alert color="red" role="alert">{errorMessage(booking.error)}</Alert>}
              <Group justify="space-between">
                <Button variant="default" onClick={() => setLangkah(2)}>{t('ambil.kembali')}</Button>
                <Button onClick={kirim} loading={booking.isPending}>{t('ambil.pesan')}</Button>
              </Group>
            </Stack>
          </Stepper.Step>
        </Stepper>
      )}
    </Stack>
  );
}
