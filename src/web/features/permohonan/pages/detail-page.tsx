import {
  Alert, Anchor, Badge, Button, Card, FileButton, Grid, Group, Image, NativeSelect, Stack, Table, Text, Timeline, Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { beritahu } from '../lib/beritahu.ts';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AksiBody, Berkas, PermohonanDetail } from '../../../../contracts/permohonan.ts';
import type { AksiPetugas } from '../../../../domain/layanan/permohonan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useAksiPermohonan } from '../api/aksi-permohonan.ts';
import { urlBerkasStaf, usePermohonan } from '../api/get-permohonan.ts';
import { usePetugas } from '../api/get-petugas.ts';
import { useTampilkanNik } from '../api/tampilkan-nik.ts';
import { useTugaskan } from '../api/tugaskan.ts';
import { useUnggahHasil } from '../api/unggah-hasil.ts';
import { MintaPerbaikanModal, SelesaikanModal, TolakModal } from '../components/aksi-modal.tsx';
import { HIJAU_GELAP, ORANYE_GELAP, SlaLencana, StatusLencana } from '../components/lencana.tsx';
import { isGambar, periksaBerkas, TERIMA_PDF } from '../lib/berkas.ts';
import { formatTanggalJam, formatUkuran, formatWaktu } from '../lib/format.ts';
import { galatPerField, isKonflik } from '../lib/galat.ts';
import '../i18n.ts';

type Aksi = AksiPetugas;
type Modal = 'minta_perbaikan' | 'tolak' | 'selesaikan' | null;

/**
 * /app/permohonan/:id (layanan:proses, own OPD) — one case for staff: applicant (masked NIK, the audited
 * "Tampilkan NIK lengkap"), form fields, the persyaratan checklist with every uploaded file (images
 * previewed, older rounds kept), history, SLA panel (due date, remaining working time, escalation),
 * assignment (a petugas of the OPD, round-robin, or none), and the actions the status allows
 * (verifikasi, proses, minta perbaikan, tolak, upload hasil for 'unduh', selesaikan). Every change sends
 * the `revisi` the officer saw; a 409 asks to reload ("Data berubah, muat ulang").
 */
export default function DetailPage() {
  const { t } = useTranslation('permohonan');
  const id = Number(useParams().id) || 0;
  const q = usePermohonan(id);
  useDocumentTitle(`${q.data ? t('detail.judul', { nomor: q.data.nomor }) : t('inbox.judul')} · SIKAP`);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return <Detail d={q.data} muatUlang={() => q.refetch()} />;
}

function Detail({ d, muatUlang }: { d: PermohonanDetail; muatUlang: () => void }) {
  const { t, i18n } = useTranslation('permohonan');
  const lang = i18n.language;
  const aksi = useAksiPermohonan();
  const [modal, setModal] = useState<Modal>(null);
  const [konflik, setKonflik] = useState(false);

  const jalankan = (body: Omit<AksiBody, 'revisi'>) => {
    aksi.mutate({ id: d.id, revisi: d.revisi, ...body }, {
      onSuccess: () => {
        setModal(null);
        beritahu(t('detail.aksiBerhasil', { status: t(`detail.aksi.${body.aksi}`) }));
      },
      onError: (e) => {
        if (isKonflik(e)) { setKonflik(true); setModal(null); }
      },
    });
  };
  const ulang = () => { setKonflik(false); aksi.reset(); muatUlang(); };
  const langsung = (a: Aksi) => a === 'verifikasi' || a === 'proses';
  const galatAksi = !modal && aksi.isError && !isKonflik(aksi.error) ? errorMessage(aksi.error) : null;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/app/permohonan" size="sm">← {t('detail.kembali')}</Anchor>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Title order={1} size="h2" ff="monospace">{d.nomor}</Title>
          <Text fw={600}>{d.layanan.nama}</Text>
          <Text size="sm" c="gray.8">{d.unit.nama} · {t('detail.diajukan', { waktu: formatWaktu(d.diajukanAt, lang) })}</Text>
        </div>
        <StatusLencana status={d.status} size="xl" />
      </Group>

      {konflik && (
        <Alert color="orange" role="alert" title={t('detail.konflik')} data-testid="konflik">
          <Button size="xs" variant="white" color="orange" onClick={ulang}>{t('umum.muatUlang')}</Button>
        </Alert>
      )}
      {galatAksi && <Alert color="red" role="alert" withCloseButton closeButtonLabel={t('umum.tutup')} onClose={() => aksi.reset()}>{galatAksi}</Alert>}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <PanelPemohon d={d} />
            <PanelIsian d={d} />
            <PanelPersyaratan d={d} />
            <PanelRiwayat d={d} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Card withBorder padding="md" radius="md" component="section" aria-labelledby="aksi-judul" data-testid="panel-aksi">
              <Title order={2} size="h4" id="aksi-judul" mb="sm">{t('detail.aksiJudul')}</Title>
              {d.aksi.length === 0 ? (
                <Text size="sm" c="gray.8">{t('detail.tidakAdaAksi', { status: t(`status.${d.status}`).toLowerCase() })}</Text>
              ) : (
                <Stack gap="xs">
                  {d.aksi.map((a) => (
                    <Button key={a} fullWidth variant={a === 'tolak' ? 'light' : a === 'minta_perbaikan' ? 'light' : 'filled'}
                      color={a === 'tolak' ? 'red' : a === 'minta_perbaikan' ? 'orange' : a === 'selesaikan' ? HIJAU_GELAP : undefined}
                      loading={aksi.isPending && aksi.variables?.aksi === a && langsung(a)}
                      onClick={() => (langsung(a) ? jalankan({ aksi: a }) : setModal(a as Modal))} data-testid={`aksi-${a}`}>
                      {t(`detail.aksi.${a}`)}
                    </Button>
                  ))}
                </Stack>
              )}
            </Card>
            <PanelSla d={d} />
            <PanelPetugas d={d} onKonflik={() => setKonflik(true)} />
            {d.pengambilan === 'unduh' && <PanelHasil d={d} />}
          </Stack>
        </Grid.Col>
      </Grid>

      {modal === 'minta_perbaikan' && (
        <MintaPerbaikanModal opened onClose={() => { setModal(null); aksi.reset(); }} detail={d} onKirim={jalankan} sibuk={aksi.isPending} error={aksi.error} />
      )}
      {modal === 'tolak' && <TolakModal opened onClose={() => { setModal(null); aksi.reset(); }} onKirim={jalankan} sibuk={aksi.isPending} error={aksi.error} />}
      {modal === 'selesaikan' && (
        <SelesaikanModal opened onClose={() => { setModal(null); aksi.reset(); }} detail={d} onKirim={jalankan} sibuk={aksi.isPending} error={aksi.error} />
      )}
    </Stack>
  );
}

function PanelPemohon({ d }: { d: PermohonanDetail }) {
  const { t } = useTranslation('permohonan');
  const nik = useTampilkanNik();
  const [tampil, setTampil] = useState(false);
  const penuh = tampil ? nik.data : undefined;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="pemohon-judul">
      <Title order={2} size="h4" id="pemohon-judul" mb="xs">{t('detail.pemohon')}</Title>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          <Table.Tr><Table.Th w={140}>{t('detail.nama')}</Table.Th><Table.Td>{d.pemohon.nama}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th>{t('detail.nik')}</Table.Th><Table.Td ff="monospace" data-testid="detail-nik">{penuh?.nik ?? d.pemohon.nikSamar}</Table.Td></Table.Tr>
          {(d.pemohon.kkSamar || penuh?.kk) && <Table.Tr><Table.Th>{t('detail.kk')}</Table.Th><Table.Td ff="monospace">{penuh?.kk ?? d.pemohon.kkSamar}</Table.Td></Table.Tr>}
          {d.pemohon.teleponSamar && <Table.Tr><Table.Th>{t('detail.telepon')}</Table.Th><Table.Td ff="monospace">{d.pemohon.teleponSamar}</Table.Td></Table.Tr>}
          <Table.Tr><Table.Th>{t('ajukan.pengambilanJudul')}</Table.Th><Table.Td>{t(`pengambilan.${d.pengambilan}`)}</Table.Td></Table.Tr>
        </Table.Tbody>
      </Table>
      <Group gap="xs" mt="xs">
        {tampil && nik.data ? (
          <Button size="xs" variant="default" onClick={() => setTampil(false)}>{t('detail.sembunyikanNik')}</Button>
        ) : (
          <Button size="xs" variant="light" loading={nik.isPending} onClick={() => nik.mutate(d.id, { onSuccess: () => setTampil(true) })} data-testid="tampilkan-nik">
            {t('detail.tampilkanNik')}
          </Button>
        )}
        <Text size="xs" c="gray.8">{t('detail.tampilkanNikKet')}</Text>
      </Group>
      {nik.isError && <Text size="sm" c="red.9" role="alert">{errorMessage(nik.error)}</Text>}
    </Card>
  );
}

function PanelIsian({ d }: { d: PermohonanDetail }) {
  const { t } = useTranslation('permohonan');
  const nama = new Map(d.persyaratan.map((p) => [p.kode, p.nama]));
  const isi = Object.entries(d.isian);
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="isian-judul">
      <Title order={2} size="h4" id="isian-judul" mb="xs">{t('detail.isian')}</Title>
      {isi.length === 0 ? <Text size="sm" c="gray.8">{t('detail.tanpaIsian')}</Text> : (
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            {isi.map(([k, v]) => <Table.Tr key={k}><Table.Th w={200}>{nama.get(k) ?? k}</Table.Th><Table.Td style={{ whiteSpace: 'pre-wrap' }}>{v}</Table.Td></Table.Tr>)}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** One file: name, size, round; images previewed (staff get them inline), everything opens/downloads. */
function BerkasBaris({ id, b, lama = false }: { id: number; b: Berkas; lama?: boolean }) {
  const { t, i18n } = useTranslation('permohonan');
  const url = urlBerkasStaf(id, b.id);
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid={`berkas-staf-${b.id}`}>
      {isGambar(b.mime) && !lama && (
        <Anchor href={url} target="_blank" rel="noopener">
          <Image src={url} alt={t('detail.pratinjau', { nama: b.namaFile })} w={96} h={72} fit="cover" radius="sm" />
        </Anchor>
      )}
      <div style={{ minWidth: 0 }}>
        <Anchor href={url} target="_blank" rel="noopener" size="sm" c={lama ? 'gray.8' : undefined} style={{ overflowWrap: 'anywhere' }}>{b.namaFile}</Anchor>
        <Text size="xs" c="gray.8">{b.mime === 'application/pdf' ? 'PDF' : b.mime.replace('image/', '').toUpperCase()} · {formatUkuran(b.ukuran, i18n.language)} · {t('detail.putaran', { n: b.putaran })}</Text>
      </div>
    </Group>
  );
}

function PanelPersyaratan({ d }: { d: PermohonanDetail }) {
  const { t } = useTranslation('permohonan');
  const perbaikan = new Map((d.perbaikan ?? []).filter((p) => p.persyaratanKode).map((p) => [p.persyaratanKode!, p.catatan]));
  const kodeSah = new Set(d.persyaratan.map((p) => p.kode));
  const lain = d.berkas.filter((b) => b.jenis !== 'hasil' && (!b.persyaratanKode || !kodeSah.has(b.persyaratanKode)));
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="persyaratan-judul" data-testid="panel-persyaratan">
      <Title order={2} size="h4" id="persyaratan-judul" mb="xs">{t('detail.persyaratan')}</Title>
      <Stack gap="sm">
        {d.persyaratan.map((p) => {
          const files = d.berkas.filter((b) => b.jenis === 'persyaratan' && b.persyaratanKode === p.kode);
          const berlaku = files.filter((b) => b.berlaku);
          const lama = files.filter((b) => !b.berlaku);
          return (
            <Card key={p.kode} withBorder padding="sm" radius="sm" data-testid={`persyaratan-${p.kode}`}
              style={perbaikan.has(p.kode) ? { borderColor: 'var(--mantine-color-orange-6)' } : undefined}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">{berlaku.length ? '✓ ' : ''}{p.nama}</Text>
                {p.jenis !== 'isian' && <Badge size="xs" variant="light" color="gray">{t(`jenisPersyaratan.${p.jenis}`)}</Badge>}
                <Badge size="xs" variant="light" color={p.wajib === 'wajib' ? 'red' : 'gray'}>{t(`wajib.${p.wajib}`)}</Badge>
              </Group>
              {perbaikan.has(p.kode) && <Text size="sm" c={ORANYE_GELAP} mt={4}>{t('status.perlu_perbaikan')}: {perbaikan.get(p.kode)}</Text>}
              <Stack gap={6} mt={6}>
                {berlaku.map((b) => <BerkasBaris key={b.id} id={d.id} b={b} />)}
                {files.length === 0 && p.jenis !== 'isian' && (
                  <Text size="sm" c="gray.8" fs="italic">{p.unggah ? t('detail.belumDiunggah') : t('detail.berkasTidakDiunggah')}</Text>
                )}
                {p.jenis === 'isian' && d.isian[p.kode] && <Text size="sm">{d.isian[p.kode]}</Text>}
                {lama.length > 0 && (
                  <div>
                    <Text size="xs" c="gray.8" fw={600}>{t('detail.versiLama')}</Text>
                    {lama.map((b) => <BerkasBaris key={b.id} id={d.id} b={b} lama />)}
                  </div>
                )}
              </Stack>
            </Card>
          );
        })}
        {lain.length > 0 && (
          <div>
            <Text fw={600} size="sm">{t('detail.lampiranLain')}</Text>
            <Stack gap={6} mt={4}>{lain.map((b) => <BerkasBaris key={b.id} id={d.id} b={b} />)}</Stack>
          </div>
        )}
        {(d.perbaikan ?? []).filter((p) => !p.persyaratanKode).map((p, i) => (
          <Text key={i} size="sm" c={ORANYE_GELAP}>{t('status.perlu_perbaikan')}: {p.catatan}</Text>
        ))}
      </Stack>
    </Card>
  );
}

function PanelRiwayat({ d }: { d: PermohonanDetail }) {
  const { t, i18n } = useTranslation('permohonan');
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="riwayat-judul">
      <Title order={2} size="h4" id="riwayat-judul" mb="sm">{t('detail.riwayat')}</Title>
      <Timeline active={d.riwayat.length - 1} bulletSize={14} lineWidth={2} data-testid="detail-riwayat">
        {d.riwayat.map((r, i) => (
          <Timeline.Item key={i} title={t(`riwayatAksi.${r.aksi}`, { defaultValue: r.label })}>
            <Text size="xs" c="gray.8">{formatWaktu(r.at, i18n.language)} · {r.aktorNama ?? t(`aktor.${r.aktor}`, { defaultValue: r.aktor })}</Text>
            {r.catatan && <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap' }}>{r.catatan}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

function PanelSla({ d }: { d: PermohonanDetail }) {
  const { t, i18n } = useTranslation('permohonan');
  const lang = i18n.language;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="sla-judul" data-testid="panel-sla">
      <Title order={2} size="h4" id="sla-judul" mb="xs">{t('detail.sla')}</Title>
      <Stack gap={6}>
        <SlaLencana badge={d.sla.badge} teks={d.sla.teks} size="lg" />
        {d.sla.jatuhTempo && <Text size="sm"><b>{t('detail.jatuhTempo')}:</b> {formatTanggalJam(d.sla.jatuhTempo, lang)}</Text>}
        <Text size="sm"><b>{t('detail.jangka')}:</b> {d.jangkaWaktu.teks}</Text>
        <Text size="xs" c="gray.8">{t('detail.standarVersi', { versi: d.standarVersi })}</Text>
        {d.eskalasi && (
          <Badge color="grape" variant="light" style={{ textTransform: 'none', height: 'auto', whiteSpace: 'normal' }}>
            {t('detail.eskalasi', { waktu: formatWaktu(d.eskalasi.at, lang), nama: d.eskalasi.ke?.nama ?? '—' })}
          </Badge>
        )}
        {d.tepatWaktu !== null && d.status === 'selesai' && (
          <Text size="sm" fw={600} c={d.tepatWaktu ? HIJAU_GELAP : 'red.9'}>{d.tepatWaktu ? t('detail.tepatWaktu') : t('detail.tidakTepatWaktu')}</Text>
        )}
      </Stack>
    </Card>
  );
}

function PanelPetugas({ d, onKonflik }: { d: PermohonanDetail; onKonflik: () => void }) {
  const { t } = useTranslation('permohonan');
  const petugasQ = usePetugas();
  const tugaskan = useTugaskan();
  const [pilih, setPilih] = useState('');
  const akhir = d.status === 'selesai' || d.status === 'ditolak';
  const kirim = (body: { petugasId?: number | null; otomatis?: boolean }) =>
    tugaskan.mutate({ id: d.id, revisi: d.revisi, ...body }, {
      onSuccess: () => { setPilih(''); beritahu(t('detail.ditugaskan')); },
      onError: (e) => { if (isKonflik(e)) onKonflik(); },
    });
  const galat = tugaskan.isError && !isKonflik(tugaskan.error) ? (Object.values(galatPerField(tugaskan.error))[0] ?? errorMessage(tugaskan.error)) : null;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="petugas-judul" data-testid="panel-petugas">
      <Title order={2} size="h4" id="petugas-judul" mb="xs">{t('detail.petugas')}</Title>
      <Text size="sm" fw={d.petugas ? 600 : 400} fs={d.petugas ? undefined : 'italic'} data-testid="petugas-nama">
        {d.petugas?.nama ?? t('detail.belumDitugaskan')}
      </Text>
      {!akhir && (
        <Stack gap="xs" mt="sm">
          <NativeSelect label={t('detail.pilihPetugas')} value={pilih} onChange={(e) => setPilih(e.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...(petugasQ.data ?? []).map((p) => ({ value: String(p.id), label: `${p.nama} (${p.jumlahAktif})` }))]}
            data-testid="pilih-petugas" />
          <Group gap="xs">
            <Button size="xs" disabled={!pilih} loading={tugaskan.isPending && !!tugaskan.variables?.petugasId} onClick={() => kirim({ petugasId: Number(pilih) })}>{t('detail.tugaskan')}</Button>
            <Button size="xs" variant="light" loading={tugaskan.isPending && !!tugaskan.variables?.otomatis} onClick={() => kirim({ otomatis: true })}>{t('detail.otomatis')}</Button>
            {d.petugas && <Button size="xs" variant="subtle" color="gray" onClick={() => kirim({ petugasId: null })}>{t('detail.lepas')}</Button>}
          </Group>
          {galat && <Text size="sm" c="red.9" role="alert">{galat}</Text>}
        </Stack>
      )}
    </Card>
  );
}

function PanelHasil({ d }: { d: PermohonanDetail }) {
  const { t } = useTranslation('permohonan');
  const unggah = useUnggahHasil();
  const [galatLokal, setGalatLokal] = useState<string | null>(null);
  const bisa = d.status === 'diproses' || d.status === 'diverifikasi' || d.status === 'diajukan';
  const pilih = (f: File | null) => {
    if (!f) return;
    const k = periksaBerkas(f, { hanyaPdf: true });
    if (k) { setGalatLokal(t(`ajukan.${k}`, { mb: 5 })); return; }
    setGalatLokal(null);
    unggah.mutate({ id: d.id, file: f }, { onSuccess: () => beritahu(t('detail.hasil.terunggah')) });
  };
  const galat = galatLokal ?? (unggah.isError ? (galatPerField(unggah.error).berkas ?? errorMessage(unggah.error)) : null);
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="hasil-judul" data-testid="panel-hasil">
      <Title order={2} size="h4" id="hasil-judul" mb="xs">{t('detail.hasil.judul')}</Title>
      <Text size="sm" c="gray.8">{t('detail.hasil.ket')}</Text>
      {d.dokumenHasil && (
        <Stack gap={4} mt="xs">
          <Text size="sm" fw={600}>✓ {t('detail.hasil.ada')}</Text>
          <Anchor href={urlBerkasStaf(d.id, d.dokumenHasil.berkasId)} target="_blank" rel="noopener" size="sm">{d.dokumenHasil.namaFile}</Anchor>
          <Anchor component={Link} to={d.dokumenHasil.tautanVerifikasi} size="sm" target="_blank">{t('detail.hasil.verifikasi')}</Anchor>
        </Stack>
      )}
      {bisa && (
        <FileButton onChange={pilih} accept={TERIMA_PDF} inputProps={{ 'data-testid': 'hasil-input' } as ComponentProps<'input'>}>
          {(props) => <Button {...props} mt="sm" size="xs" variant="light" loading={unggah.isPending}>{t('detail.hasil.unggah')}</Button>}
        </FileButton>
      )}
      {galat && <Text size="sm" c="red.9" role="alert" mt={4}>{galat}</Text>}
    </Card>
  );
}
