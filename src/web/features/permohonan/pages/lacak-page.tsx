import {
  Alert, Anchor, Button, Card, Group, Stack, Stepper, Text, TextInput, Timeline, Title,
} from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { beritahu } from '../lib/beritahu.ts';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { LacakBody, PermohonanLacak, StatusPermohonan } from '../../../../contracts/permohonan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useLacakPermohonan } from '../api/lacak-permohonan.ts';
import { unduhBerkasLacak } from '../api/unduh-berkas-lacak.ts';
import { SlaLencana, StatusLencana } from '../components/lencana.tsx';
import { PerbaikanWarga } from '../components/perbaikan-warga.tsx';
import { formatTanggalJam, formatUkuran, formatWaktu, jenisNomor, normalisasiKode, normalisasiNomor } from '../lib/format.ts';
import { bacaPasangan, hapusPasangan, simpanPasangan } from '../lib/sesi-lacak.ts';
import '../i18n.ts';

const TAHAP = ['diajukan', 'diverifikasi', 'diproses', 'selesai'] as const;

/** Router state that may carry the pair (after a submission, or from another page) — never the URL. */
function pasanganDariState(state: unknown): LacakBody | null {
  const s = state as { nomor?: unknown; kodeAkses?: unknown } | null;
  return s && typeof s.nomor === 'string' && typeof s.kodeAkses === 'string' ? { nomor: s.nomor, kodeAkses: s.kodeAkses } : null;
}

/**
 * /lacak — public tracking of a case by nomor registrasi + kode akses (plan decision 1). The pair comes
 * from the router state (right after submitting), else this tab's sessionStorage, else the form; it is
 * sent in a POST body and never appears in the URL. A PG- number belongs to a complaint and is handed
 * to /pengaduan/lacak (in router state).
 */
export default function LacakPage() {
  const { t } = useTranslation('permohonan');
  useDocumentTitle(`${t('lacak.judul')} · SIKAP`);
  const location = useLocation();
  const navigate = useNavigate();
  const [pasangan, setPasangan] = useState<LacakBody | null>(() => {
    const p = pasanganDariState(location.state) ?? bacaPasangan();
    return p && jenisNomor(p.nomor) === 'PM' ? { nomor: normalisasiNomor(p.nomor), kodeAkses: normalisasiKode(p.kodeAkses) } : null;
  });
  const [percobaan, setPercobaan] = useState(0);
  const q = useLacakPermohonan(pasangan, percobaan);
  const tidakDitemukan = q.error instanceof ApiError && q.error.status === 404;

  // The pair came in router state: keep it in this tab's sessionStorage instead of the history entry.
  useEffect(() => {
    if (location.state) navigate('.', { replace: true, state: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (q.data && pasangan) simpanPasangan(pasangan);
    if (tidakDitemukan) hapusPasangan();
  }, [q.data, pasangan, tidakDitemukan]);

  const lacakLain = () => {
    hapusPasangan();
    setPasangan(null);
    // Drop the pair from this history entry too (a reload must not bring it back).
    navigate('/lacak', { replace: true, state: null });
  };

  const cari = (p: LacakBody) => {
    if (jenisNomor(p.nomor) === 'PG') {
      navigate('/pengaduan/lacak', { state: { nomor: p.nomor, kodeAkses: p.kodeAkses } });
      return;
    }
    setPasangan(p);
    setPercobaan((n) => n + 1);
  };

  const tampil = pasangan && q.data;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('lacak.judul')}</Title>
        {!tampil && <Text c="gray.8" mt={4}>{t('lacak.pengantar')}</Text>}
      </div>
      {tampil ? (
        <TampilanLacak view={q.data} pasangan={pasangan} onLain={lacakLain} onSegarkan={() => q.refetch()} />
      ) : pasangan && q.isPending ? (
        <PageLoader />
      ) : (
        <>
          {pasangan && q.isError && !tidakDitemukan && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
          <FormLacak awal={pasangan} galat={tidakDitemukan ? t('lacak.tidakDitemukan') : null} onCari={cari} sibuk={!!pasangan && q.isFetching} />
        </>
      )}
    </Stack>
  );
}

function FormLacak({ awal, galat, onCari, sibuk }: { awal: LacakBody | null; galat: string | null; onCari: (p: LacakBody) => void; sibuk: boolean }) {
  const { t } = useTranslation('permohonan');
  const [nomor, setNomor] = useState(awal?.nomor ?? '');
  const [kode, setKode] = useState(awal?.kodeAkses ?? '');
  const [dicoba, setDicoba] = useState(false);
  const galatNomor = !nomor.trim() ? t('lacak.nomorWajib') : jenisNomor(nomor) ? null : t('lacak.nomorSalah');
  const galatKode = kode.trim() ? null : t('lacak.kodeWajib');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDicoba(true);
    if (galatNomor || galatKode) return;
    onCari({ nomor: normalisasiNomor(nomor), kodeAkses: normalisasiKode(kode) });
  };
  return (
    <Card withBorder padding="md" radius="md" component="form" onSubmit={submit} noValidate aria-label={t('lacak.judul')} maw={480}>
      <Stack gap="sm">
        {galat && <Alert color="red" role="alert" data-testid="lacak-galat">{galat}</Alert>}
        <TextInput label={t('lacak.nomor')} description={t('lacak.nomorBantuan')} required autoComplete="off" autoCapitalize="characters"
          value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} error={dicoba ? galatNomor : null} maxLength={30} />
        <TextInput label={t('lacak.kode')} description={t('lacak.kodeBantuan')} required autoComplete="off" autoCapitalize="characters"
          value={kode} onChange={(e) => setKode(e.currentTarget.value)} error={dicoba ? galatKode : null} maxLength={20} />
        <Button type="submit" loading={sibuk} style={{ alignSelf: 'flex-start' }}>{t('lacak.cari')}</Button>
      </Stack>
    </Card>
  );
}

/** The last time each main stage was reached (a resubmission after perbaikan re-enters 'diajukan'). */
function waktuTahap(view: PermohonanLacak): Partial<Record<StatusPermohonan, string>> {
  const out: Partial<Record<StatusPermohonan, string>> = { diajukan: view.diajukanAt };
  for (const r of view.riwayat) if (r.status) out[r.status] = r.at;
  return out;
}

function TampilanLacak({ view, pasangan, onLain, onSegarkan }: {
  view: PermohonanLacak; pasangan: LacakBody; onLain: () => void; onSegarkan: () => void;
}) {
  const { t, i18n } = useTranslation('permohonan');
  const lang = i18n.language;
  const sempit = useMediaQuery('(max-width: 36em)');
  const waktu = waktuTahap(view);
  const idx = TAHAP.indexOf(view.status as (typeof TAHAP)[number]);
  const aktif = view.status === 'selesai' ? TAHAP.length : idx >= 0 ? idx + 1 : view.status === 'perlu_perbaikan' ? 1 : Math.max(
    1, ...TAHAP.map((s, i) => (waktu[s] && s !== 'selesai' ? i + 1 : 0)),
  );
  const berkasWarga = view.berkas.filter((b) => b.jenis === 'persyaratan').sort((a, b) => Number(b.berlaku) - Number(a.berlaku) || b.putaran - a.putaran);
  const namaPersyaratan = new Map(view.persyaratan.map((p) => [p.kode, p.nama]));
  const [unduhGalat, setUnduhGalat] = useState<string | null>(null);

  const unduh = async (berkasId: number, namaFile?: string) => {
    setUnduhGalat(null);
    try {
      await unduhBerkasLacak(pasangan, berkasId, namaFile);
    } catch (e) {
      setUnduhGalat(errorMessage(e));
    }
  };
  const tautan = (to: string, label: string, testId: string, variant: 'filled' | 'light' = 'filled') =>
    /^https?:\/\//.test(to)
      ? <Button component="a" href={to} variant={variant} data-testid={testId}>{label}</Button>
      : <Button component={Link} to={to} variant={variant} data-testid={testId}>{label}</Button>;

  return (
    <Stack gap="md" data-testid="lacak-hasil">
      <Card withBorder padding="md" radius="md">
        <Stack gap={6}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Title order={2} size="h3" ff="monospace" data-testid="lacak-nomor">{view.nomor}</Title>
            <StatusLencana status={view.status} size="lg" />
          </Group>
          <Text fw={600}>{view.layanan.nama}</Text>
          <Text size="sm" c="gray.8">{view.unit.nama}</Text>
          <Text size="sm">{t('lacak.diajukan', { waktu: formatWaktu(view.diajukanAt, lang) })} · {view.pemohon.nama} · NIK {view.pemohon.nikSamar}</Text>
          {view.status !== 'selesai' && view.status !== 'ditolak' && (
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600} data-testid="lacak-jatuh-tempo">
                {view.jatuhTempo ? t('lacak.jatuhTempo', { waktu: formatTanggalJam(view.jatuhTempo, lang) }) : t('lacak.jatuhTempoJeda')}
              </Text>
              <SlaLencana badge={view.sla.badge} teks={view.sla.teks} data-testid="lacak-sla" />
            </Group>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="md" radius="md" component="section" aria-label={t('lacak.riwayat')}>
        <Stepper active={aktif} orientation={sempit ? 'vertical' : 'horizontal'} size="sm" allowNextStepsSelect={false}
          color={view.status === 'ditolak' ? 'red' : undefined}>
          {TAHAP.map((s) => (
            <Stepper.Step key={s} label={t(`lacak.tahap.${s}`)}
              description={view.status === 'perlu_perbaikan' && s === 'diajukan' ? t('status.perlu_perbaikan') : waktu[s] && TAHAP.indexOf(s) < aktif ? formatWaktu(waktu[s]!, lang) : undefined} />
          ))}
        </Stepper>
      </Card>

      {view.status === 'perlu_perbaikan' && (
        <PerbaikanWarga view={view} pasangan={pasangan} onTerkirim={() => {
          beritahu(t('lacak.perbaikanTerkirim'));
          onSegarkan();
        }} />
      )}

      {view.status === 'ditolak' && (
        <Alert color="red" role="status" title={t('lacak.ditolakJudul')} data-testid="lacak-ditolak">
          <Text size="sm"><b>{t('lacak.alasan')}:</b> {view.alasanTolak ?? t('umum.tidakAda')}</Text>
        </Alert>
      )}

      {view.status === 'selesai' && (
        <Card withBorder padding="md" radius="md" component="section" aria-labelledby="selesai-judul" data-testid="lacak-selesai"
          style={{ borderColor: 'var(--mantine-color-green-7)' }}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="selesai-judul">{t('lacak.selesaiJudul')}</Title>
            {view.selesaiAt && <Text size="sm">{formatTanggalJam(view.selesaiAt, lang)}</Text>}
            {view.pengambilan === 'unduh' ? (
              view.dokumenHasil?.tersedia && view.dokumenHasil.berkasId ? (
                <>
                  <Text size="sm">{t('lacak.hasilUnduh')}</Text>
                  <Button onClick={() => unduh(view.dokumenHasil!.berkasId!)} style={{ alignSelf: 'flex-start' }} data-testid="unduh-hasil">{t('lacak.unduhHasil')}</Button>
                </>
              ) : <Text size="sm">{t('lacak.hasilBelum')}</Text>
            ) : (
              <>
                <Text size="sm">{view.pengambilanTeks ?? t('lacak.hasilAmbil')}</Text>
                {view.tautanAntrian && <Group>{tautan(view.tautanAntrian, t('lacak.ambilAntrian'), 'tautan-antrian', 'light')}</Group>}
              </>
            )}
            {view.tautanSurvei && (
              <Alert color="cyan" variant="light" role="note">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('lacak.surveiAjak')}</Text>
                  {tautan(view.tautanSurvei, t('lacak.survei'), 'tautan-survei')}
                </Stack>
              </Alert>
            )}
          </Stack>
        </Card>
      )}

      {unduhGalat && <Alert color="red" role="alert">{unduhGalat}</Alert>}

      {berkasWarga.length > 0 && (
        <Card withBorder padding="md" radius="md" component="section" aria-labelledby="berkas-judul">
          <Title order={2} size="h4" id="berkas-judul">{t('lacak.berkasJudul')}</Title>
          <Stack gap={6} mt="xs">
            {berkasWarga.map((b) => (
              <Group key={b.id} justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={b.berlaku ? 600 : 400} c={b.berlaku ? undefined : 'gray.8'} style={{ overflowWrap: 'anywhere' }}>
                    {(b.persyaratanKode && namaPersyaratan.get(b.persyaratanKode)) ?? b.namaFile}
                  </Text>
                  <Text size="xs" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
                    {b.namaFile} · {formatUkuran(b.ukuran, lang)} · {t('lacak.putaran', { n: b.putaran })}
                  </Text>
                </div>
                <Button size="xs" variant="default" onClick={() => unduh(b.id, b.namaFile)} aria-label={`${t('umum.unduh')} ${b.namaFile}`}>{t('umum.unduh')}</Button>
              </Group>
            ))}
          </Stack>
        </Card>
      )}

      <Card withBorder padding="md" radius="md" component="section" aria-labelledby="riwayat-judul">
        <Title order={2} size="h4" id="riwayat-judul" mb="sm">{t('lacak.riwayat')}</Title>
        <Timeline active={view.riwayat.length - 1} bulletSize={14} lineWidth={2} data-testid="lacak-riwayat">
          {view.riwayat.map((r, i) => (
            <Timeline.Item key={i} title={t(`riwayatAksi.${r.aksi}`, { defaultValue: r.label })}>
              <Text size="xs" c="gray.8">{formatWaktu(r.at, lang)} · {t(`aktor.${r.aktor}`, { defaultValue: r.aktor })}</Text>
              {r.catatan && <Text size="sm" mt={2}>{r.catatan}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>

      <Group justify="space-between" wrap="wrap">
        <Anchor component={Link} to="/pengaduan" state={{ permohonanNomor: view.nomor }} data-testid="tautan-pengaduan">{t('lacak.masalah')}</Anchor>
        <Button variant="default" onClick={onLain}>{t('lacak.lacakLain')}</Button>
      </Group>
    </Stack>
  );
}
