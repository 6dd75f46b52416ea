import {
  Alert, Anchor, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { formatKodeAkses, type PengaduanPublik } from '../../../../contracts/pengaduan.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useBalasPengaduan } from '../api/balas-pengaduan.ts';
import { useKonfirmasiPengaduan } from '../api/konfirmasi-pengaduan.ts';
import { useLacakPengaduan } from '../api/lacak-pengaduan.ts';
import { RiwayatTimeline } from '../components/riwayat-timeline.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { formatWaktu } from '../lib/format.ts';
import { labelDari } from '../lib/label.ts';
import { bacaLacak, dariState, hapusLacak, rapikanNomor, simpanLacak, type PasanganLacak } from '../lib/lacak-sesi.ts';
import '../i18n.ts';

/**
 * /pengaduan/lacak (public): nomor + kode akses (from router state or this tab's sessionStorage, never the
 * URL) → the reporter's view: status, deadlines, the public history with the OPD's answers, the outcome,
 * the one-click "Apakah masalah Anda sudah terselesaikan? Ya / Belum" when the case asks it, and a reply
 * box (a reply reopens a followed-up or resolved case). A PM- number points to /lacak (permohonan).
 */
export default function PengaduanLacakPage() {
  const { t } = useTranslation('pengaduan');
  useDocumentTitle(`${t('lacak.judul')} · SIKAP`);
  const location = useLocation();
  const navigate = useNavigate();
  const [awal] = useState<PasanganLacak | null>(() => dariState(location.state) ?? bacaLacak());
  const [nomor, setNomor] = useState(awal?.nomor ?? '');
  const [kode, setKode] = useState(awal?.kodeAkses ?? '');
  const [pasangan, setPasangan] = useState<PasanganLacak | null>(null);
  const [data, setData] = useState<PengaduanPublik | null>(null);
  const [galat, setGalat] = useState<{ nomor?: string; kode?: string }>({});
  const lacak = useLacakPengaduan();
  const judulRef = useRef<HTMLHeadingElement>(null);

  const cari = (p: PasanganLacak) => {
    setGalat({});
    lacak.mutate(p, {
      onSuccess: (r) => { setData(r); setPasangan(p); simpanLacak(p); },
      onError: (e) => {
        if (e instanceof ApiError) {
          const f = e.fieldErrors();
          setGalat({ nomor: f.nomor, kode: f.kodeAkses });
          if (e.status === 404) hapusLacak(); // a stored pair that no longer opens anything is forgotten
        }
      },
    });
  };

  // A pair handed over in router state (the form's result, /lacak) is used once, then dropped from history.
  useEffect(() => {
    if (location.state) void navigate('.', { replace: true, state: null });
    if (awal) cari({ nomor: rapikanNomor(awal.nomor), kodeAkses: formatKodeAkses(awal.kodeAkses) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => { if (data) judulRef.current?.focus(); }, [data?.nomor]);

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const n = rapikanNomor(nomor);
    const g: { nomor?: string; kode?: string } = {};
    if (/^PM-/.test(n)) g.nomor = t('lacak.bukanPengaduan');
    else if (!/^PG-\d{4}-\d{6}$/.test(n)) g.nomor = t('lacak.nomorSalah');
    if (!kode.trim()) g.kode = t('lacak.kodeWajib');
    setGalat(g);
    if (Object.keys(g).length) return;
    cari({ nomor: n, kodeAkses: formatKodeAkses(kode) });
  };

  const lain = () => {
    hapusLacak(); setData(null); setPasangan(null); setNomor(''); setKode(''); lacak.reset();
  };

  if (data && pasangan) {
    return <TampilanLaporan data={data} pasangan={pasangan} onUbah={setData} onLain={lain} judulRef={judulRef} />;
  }

  const pm = /^PM-/i.test(nomor.trim());
  const tidakDitemukan = lacak.error instanceof ApiError && lacak.error.status === 404;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('lacak.judul')}</Title>
        <Text c="gray.8" mt={4}>{t('lacak.pengantar')}</Text>
      </div>
      <Card withBorder padding="md">
        <form onSubmit={kirim} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('lacak.nomor')} placeholder={t('lacak.nomorContoh')} required autoComplete="off" autoCapitalize="characters"
              maxLength={20} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} error={galat.nomor}
            />
            {pm && (
              <Alert color="blue" role="note" p="xs">
                <Text size="sm">
                  {t('lacak.bukanPengaduan')}{' '}
                  <Anchor component={Link} to="/lacak" state={{ nomor: rapikanNomor(nomor), kodeAkses: kode.trim() }}>{t('lacak.keLacakPermohonan')}</Anchor>
                </Text>
              </Alert>
            )}
            <TextInput
              label={t('lacak.kode')} placeholder={t('lacak.kodeContoh')} required autoComplete="off" autoCapitalize="characters"
              maxLength={12} value={kode} onChange={(e) => setKode(e.currentTarget.value)} error={galat.kode}
              styles={{ input: { fontFamily: 'monospace', letterSpacing: 1 } }}
            />
            {lacak.isError && !galat.nomor && !galat.kode && (
              <Alert color={tidakDitemukan ? 'gray' : 'red'} role="alert">
                {tidakDitemukan ? t('lacak.tidakDitemukan') : errorMessage(lacak.error)}
              </Alert>
            )}
            <Button type="submit" loading={lacak.isPending} w={{ base: '100%', xs: 'auto' }}>{t('lacak.cari')}</Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}

/** The reporter's view of one case, with the confirmation question and the reply box. */
function TampilanLaporan({ data, pasangan, onUbah, onLain, judulRef }: {
  data: PengaduanPublik; pasangan: PasanganLacak; onUbah: (d: PengaduanPublik) => void; onLain: () => void;
  judulRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation('pengaduan');
  const lang = i18n.language;
  const konfirmasi = useKonfirmasiPengaduan();
  const balas = useBalasPengaduan();
  const [isi, setIsi] = useState('');
  const [galatBalas, setGalatBalas] = useState<string | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);

  const jawab = (tuntas: boolean) =>
    konfirmasi.mutate({ ...pasangan, tuntas }, {
      onSuccess: (r) => { onUbah(r); setPesan(tuntas ? t('lacak.terimaKasihYa') : t('lacak.terimaKasihBelum')); },
    });
  const kirimBalas = (e: FormEvent) => {
    e.preventDefault();
    if (isi.trim().length < 5) return setGalatBalas(t('lacak.balasWajib'));
    setGalatBalas(null);
    balas.mutate({ ...pasangan, isi: isi.trim() }, {
      onSuccess: (r) => { onUbah(r); setIsi(''); setPesan(t('lacak.balasTerkirim')); },
      onError: (err) => setGalatBalas(err instanceof ApiError ? (err.fieldErrors().isi ?? null) : null),
    });
  };

  const baris = (label: string, nilai: React.ReactNode, testid?: string) => (
    <div>
      <Text size="sm" c="gray.8">{label}</Text>
      <Text fw={500} data-testid={testid}>{nilai}</Text>
    </div>
  );
  const tertutup = ['selesai', 'ditutup', 'ditolak'].includes(data.status) && !data.bisaBalas;

  return (
    <Stack gap="lg" data-testid="lacak-pengaduan">
      <div>
        <Text size="sm" c="gray.8" ff="monospace" data-testid="lacak-nomor">{data.nomor}</Text>
        <Title order={1} size="h2" ref={judulRef} tabIndex={-1}>{data.judul}</Title>
        <Group gap="xs" mt="xs">
          <StatusBadge status={data.status} label={data.statusLabel} data-testid="lacak-status" />
          <Text size="sm" c="gray.8">{t(`klasifikasi.${data.klasifikasi}`)}</Text>
        </Group>
      </div>

      {pesan && <Alert color="green" role="status" data-testid="lacak-pesan">{pesan}</Alert>}

      {data.bisaKonfirmasi && (
        <Card withBorder padding="md" component="section" aria-labelledby="tanya-selesai" bg="cyan.0" data-testid="tanya-selesai">
          <Title order={2} size="h4" id="tanya-selesai">{t('lacak.tanyaSelesai')}</Title>
          <Text size="sm" c="gray.8" mt={4}>{t('lacak.tanyaSelesaiKet')}</Text>
          {konfirmasi.isError && <Alert color="red" role="alert" mt="sm">{errorMessage(konfirmasi.error)}</Alert>}
          <Group mt="md" grow>
            <Button onClick={() => jawab(true)} loading={konfirmasi.isPending && konfirmasi.variables?.tuntas === true}>{t('lacak.ya')}</Button>
            <Button variant="default" onClick={() => jawab(false)} loading={konfirmasi.isPending && konfirmasi.variables?.tuntas === false}>{t('lacak.belum')}</Button>
          </Group>
        </Card>
      )}

      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {baris(t('lacak.kategori'), data.kategori.nama)}
          {baris(t('lacak.unit'), data.unit?.nama ?? t('lacak.belumDiteruskan'), 'lacak-unit')}
          {baris(t('lacak.diterima'), formatWaktu(data.dibuatAt, lang))}
          {data.hasil && baris(t('lacak.hasil'), labelDari(t, lang, `hasil.${data.hasil}`, data.hasilLabel), 'lacak-hasil')}
          {data.jumlahFoto > 0 && baris(t('lacak.foto'), data.jumlahFoto)}
        </SimpleGrid>
        <Divider my="sm" />
        <Title order={2} size="h5">{t('lacak.batasJudul')}</Title>
        <Stack gap={4} mt={4}>
          <Text size="sm">{t('batas.verifikasi')}: {formatWaktu(data.batasVerifikasi, lang)}</Text>
          {data.batasTindakLanjut && <Text size="sm">{t('batas.tindakLanjut')}: {formatWaktu(data.batasTindakLanjut, lang)}</Text>}
          {data.tutupOtomatisAt && data.status === 'ditindaklanjuti' && (
            <Text size="sm">{t('batas.tutupOtomatis')}: {formatWaktu(data.tutupOtomatisAt, lang)}</Text>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="isi-laporan">
        <Title order={2} size="h4" id="isi-laporan">{t('lacak.isiLaporan')}</Title>
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{data.isi}</Text>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="riwayat-judul">
        <Title order={2} size="h4" id="riwayat-judul" mb="sm">{t('lacak.riwayat')}</Title>
        <RiwayatTimeline riwayat={data.riwayat} kosong={t('lacak.riwayatKosong')} />
      </Card>

      {data.bisaBalas ? (
        <Card withBorder padding="md" component="section" aria-labelledby="balas-judul">
          <form onSubmit={kirimBalas} noValidate>
            <Stack gap="sm">
              <Title order={2} size="h4" id="balas-judul">{t('lacak.balasJudul')}</Title>
              <Text size="sm" c="gray.8">{t('lacak.balasKet')}</Text>
              <Textarea
                label={t('lacak.balasIsi')} autosize minRows={3} maxRows={10} maxLength={3000} value={isi}
                onChange={(e) => { setIsi(e.currentTarget.value); setGalatBalas(null); }} error={galatBalas}
              />
              {balas.isError && !galatBalas && <Alert color="red" role="alert">{errorMessage(balas.error)}</Alert>}
              <Group justify="flex-end"><Button type="submit" loading={balas.isPending}>{t('lacak.kirimBalas')}</Button></Group>
            </Stack>
          </form>
        </Card>
      ) : tertutup ? (
        <Alert color="gray" role="note">{t('lacak.ditutupKet')}</Alert>
      ) : null}

      <Anchor component="button" type="button" onClick={onLain} ta="left">{t('lacak.laporanLain')}</Anchor>
    </Stack>
  );
}
