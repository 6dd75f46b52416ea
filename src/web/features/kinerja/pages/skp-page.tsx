import {
  Alert, Anchor, Button, Card, Grid, Group, List, Paper, SimpleGrid, Stack, Text, Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useParams } from 'react-router';
import { can } from '../../../../contracts/auth.ts';
import type { SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/session.ts';
import { useAjukanSkp } from '../api/ajukan-skp.ts';
import { useGantiPenilai } from '../api/ganti-penilai.ts';
import { useKembalikanSkp } from '../api/kembalikan-skp.ts';
import { useMetrik } from '../api/get-metrik.ts';
import { useRhkAtasan } from '../api/get-rhk-atasan.ts';
import { urlPdfSkp, useSkp } from '../api/get-skp.ts';
import { useSetujuiSkp } from '../api/setujui-skp.ts';
import { useUbahSkp } from '../api/ubah-skp.ts';
import { HasilKerjaBaca } from '../components/hasil-kerja-baca.tsx';
import { GantiPenilaiModal } from '../components/ganti-penilai-modal.tsx';
import { KembalikanModal } from '../components/kembalikan-modal.tsx';
import { HIJAU_GELAP, ORANYE_GELAP, StatusSkpLencana } from '../components/lencana.tsx';
import { PerilakuKerja } from '../components/perilaku-kerja.tsx';
import { HasilKerjaEditor } from '../components/rhk-editor.tsx';
import { RiwayatSkp } from '../components/riwayat-skp.tsx';
import { beritahu } from '../lib/beritahu.ts';
import { formatTanggal } from '../lib/format.ts';
import { bodyDariForm, fieldTampil, formDariSkp, periksaForm, tambahRhk, type SkpForm } from '../lib/form.ts';
import { galatPerField, galatTanpaTempat, isRevisiUsang } from '../lib/galat.ts';
import '../i18n.ts';

/**
 * /app/kinerja/skp/:id (kinerja:skp; the API answers 404 without a relation to the SKP) — one SKP
 * (PermenPANRB 6/2022 form, kinerja.md §1.2–§1.4): header snapshots and the people (pegawai, pejabat
 * penilai, atasan penilai), part A hasil kerja — an EDITOR for the pemilik while draft/dikembalikan, else a
 * read view —, part B perilaku kerja (BerAKHLAK with panduan; the penilai edits the ekspektasi khusus), the
 * actions the caller may take (Simpan draf / Ajukan for the pemilik; Setujui / Kembalikan with a required
 * note for the penilai), the history, and links to the cascade tree, the PDF and (once approved) the
 * evaluation periods. BKPSDM (kinerja:kelola) can change the pejabat penilai beside their name (with a
 * reason; kinerja.md §1.3). Every write sends the `revisi` the form started from; 409 REVISI_USANG → a clear
 * message with "Muat ulang". API field errors (`rhk[1].indikator[0].targetSatuan`) show at their fields.
 */
export default function SkpPage() {
  const { t } = useTranslation('kinerja');
  const id = Number(useParams().id) || 0;
  const q = useSkp(id);
  useDocumentTitle(`${q.data ? t('skp.judul', { tahun: q.data.tahun, nama: q.data.pegawai.nama }) : 'SKP'} · SIKAP`);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  // A new status (submitted, returned…) starts a fresh form; edits only exist while the status stays.
  return <Skp key={`${q.data.id}-${q.data.status}`} d={q.data} muatUlang={() => q.refetch()} />;
}

/** The editor's starting form: the saved plan, or one empty RHK utama for a new SKP (nothing to fill otherwise). */
function formAwal(d: SkpDetail, lang: string): SkpForm {
  const f = formDariSkp(d, lang);
  return d.izin.ubah && f.rhk.length === 0 ? tambahRhk(f, 'utama') : f;
}

function Skp({ d, muatUlang }: { d: SkpDetail; muatUlang: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation('kinerja');
  const lang = i18n.language;
  const jenis = d.pegawai.jenisJabatan;
  const bolehUbah = d.izin.ubah;
  const katalog = useMetrik();
  const rhkAtasan = useRhkAtasan(d.id, bolehUbah);
  const ubah = useUbahSkp();
  const ajukan = useAjukanSkp();
  const setujui = useSetujuiSkp();
  const kembalikan = useKembalikanSkp();
  const gantiPenilai = useGantiPenilai();
  const bolehGantiPenilai = can(useMe().data?.roles, 'kinerja:kelola') && !d.terkunci;

  const [form, setForm] = useState<SkpForm>(() => formAwal(d, lang));
  const [basis, setBasis] = useState<SkpDetail>(d);
  // The signature of the form as last loaded/saved: the form is "dirty" when it differs.
  const tanda = (f: SkpForm) => JSON.stringify(bodyDariForm(f, 0, jenis, lang));
  const [acuan, setAcuan] = useState(() => tanda(form));
  const muat = (baru: SkpDetail) => {
    const f = formAwal(baru, lang);
    setBasis(baru);
    setForm(f);
    setAcuan(tanda(f));
  };
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [pesan, setPesan] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [modalKembali, setModalKembali] = useState(false);
  const [modalPenilai, setModalPenilai] = useState(false);

  const kotor = bolehUbah && tanda(form) !== acuan;

  // Someone else moved the SKP on (e.g. the penilai's ekspektasi) while the form is untouched: follow it.
  useEffect(() => {
    if (!kotor && d.revisi !== basis.revisi) muat(d);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [d, kotor, basis.revisi]);

  // Leaving with unsaved changes asks first (in-app navigation and closing the tab).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => kotor && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('skp.tinggalkan'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  useEffect(() => {
    if (!kotor) return;
    const h = (e: BeforeUnloadEvent) => { e.preventDefault(); };
    window.addEventListener('beforeunload', h);
    return () => window.removeEventListener('beforeunload', h);
  }, [kotor]);

  // After a failed save the first field with an error gets the focus (screen readers hear its message),
  // or the summary when no field shows one (e.g. "Tambahkan minimal satu RHK utama").
  useEffect(() => {
    if (Object.keys(galat).length === 0) return;
    const el = document.querySelector<HTMLElement>('[data-kinerja-editor] [aria-invalid="true"]') ?? document.querySelector<HTMLElement>('[data-testid="galat-ringkas"]');
    el?.focus();
  }, [galat]);

  const tanganiGalat = (e: unknown) => {
    if (isRevisiUsang(e)) { setKonflik(true); return; }
    const f = galatPerField(e);
    if (Object.keys(f).length) { setGalat(f); setPesan(null); return; }
    setPesan(errorMessage(e));
  };

  const gantiForm = (f: SkpForm, struktur = false) => {
    setForm(f);
    if (struktur) setGalat({});
  };

  /** Saves the plan when changed, then (optionally) submits it with the revisi the save answered. */
  const simpan = async (lalu?: 'ajukan') => {
    const lokal = periksaForm(form, { angka: t('skp.galatAngka') }, lang);
    if (Object.keys(lokal).length) { setGalat(lokal); return; }
    setGalat({});
    setPesan(null);
    try {
      let revisi = basis.revisi;
      // Also when only the starting blank RHK differs from what is stored (submitting sends the plan first).
      if (kotor || tanda(form) !== tanda(formDariSkp(basis, lang))) {
        const baru = await ubah.mutateAsync({ id: d.id, ...bodyDariForm(form, basis.revisi, jenis, lang) });
        revisi = baru.revisi;
        muat(baru);
      }
      if (lalu === 'ajukan') {
        await ajukan.mutateAsync({ id: d.id, revisi });
        beritahu(t('skp.diajukan', { nama: d.penilai?.nama ?? '' }));
      } else {
        beritahu(t('skp.tersimpan'));
      }
    } catch (e) {
      tanganiGalat(e);
    }
  };

  const putuskan = (aksi: 'setujui' | 'kembalikan', catatan?: string) => {
    setPesan(null);
    if (aksi === 'setujui') {
      setujui.mutate({ id: d.id, revisi: d.revisi }, { onSuccess: () => beritahu(t('skp.disetujui')), onError: tanganiGalat });
    } else {
      kembalikan.mutate({ id: d.id, revisi: d.revisi, catatan: catatan ?? '' }, {
        onSuccess: () => { setModalKembali(false); beritahu(t('skp.dikembalikan')); },
        onError: (e) => { if (isRevisiUsang(e)) { setModalKembali(false); setKonflik(true); } },
      });
    }
  };

  /** BKPSDM's change of penilai with the loaded `revisi`; the answer replaces the cached SKP (the page reloads). */
  const simpanPenilai = (v: { penilaiId: number; alasan: string }) => {
    setPesan(null);
    gantiPenilai.mutate({ id: d.id, revisi: d.revisi, ...v }, {
      onSuccess: (baru) => { setModalPenilai(false); beritahu(t('gantiPenilai.berhasil', { nama: baru.penilai?.nama ?? '' })); },
      onError: (e) => { if (isRevisiUsang(e)) { setModalPenilai(false); setKonflik(true); } },
    });
  };

  const ulang = async () => {
    setKonflik(false);
    setGalat({});
    setPesan(null);
    const r = (await muatUlang()) as { data?: SkpDetail };
    muat(r?.data ?? d);
  };

  const tanpaTempat = galatTanpaTempat(galat, fieldTampil(form));
  const jumlahDiTempat = Object.keys(galat).length - tanpaTempat.length;
  const sibukSimpan = ubah.isPending || ajukan.isPending;
  const kembali = d.relasi === 'pemilik' ? { to: `/app/kinerja?tahun=${d.tahun}`, label: t('skp.kembaliSaya') }
    : d.relasi === 'admin' || d.relasi === 'admin_opd' ? { to: '/app/kinerja/opd', label: t('skp.kembaliOpd') }
      : { to: `/app/kinerja/tim?tahun=${d.tahun}`, label: t('skp.kembaliTim') };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={kembali.to} size="sm">← {kembali.label}</Anchor>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h2">{t('skp.judul', { tahun: d.tahun, nama: d.pegawai.nama })}</Title>
          <Text size="sm">{d.pegawai.jabatan} · {d.pegawai.unit.nama}</Text>
          <Text size="sm" c="gray.8">
            {t('skp.periode', { mulai: formatTanggal(d.periodeMulai, lang), selesai: formatTanggal(d.periodeSelesai, lang) })}
            {d.alasanBaru !== 'awal' ? ` · ${t(`alasanBaru.${d.alasanBaru}`)}` : ''} · {t(`relasi.${d.relasi}`)}
          </Text>
        </div>
        <StatusSkpLencana status={d.status} size="xl" data-testid="status-skp" />
      </Group>

      {konflik && (
        <Alert color="orange" role="alert" title={t('skp.konflikJudul')} data-testid="konflik">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('skp.konflik')}</Text>
            <Button size="xs" variant="white" color={ORANYE_GELAP} onClick={() => void ulang()}>{t('umum.muatUlang')}</Button>
          </Stack>
        </Alert>
      )}
      {!d.aktif && <Alert color="gray">{t('skp.diganti')}</Alert>}
      {d.terkunci && <Alert color="gray">{t('skp.terkunci')}</Alert>}
      {d.status === 'dikembalikan' && d.catatanKembali && (
        <Alert color="orange" title={t('skp.dikembalikanJudul')} data-testid="catatan-dikembalikan">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{d.catatanKembali}</Text>
        </Alert>
      )}
      {pesan && <Alert color="red" role="alert" withCloseButton closeButtonLabel={t('umum.tutup')} onClose={() => setPesan(null)}>{pesan}</Alert>}
      {Object.keys(galat).length > 0 && (
        <Alert color="red" role="alert" title={t('skp.galatJudul')} data-testid="galat-ringkas" tabIndex={-1}>
          {jumlahDiTempat > 0 && <Text size="sm">{t('skp.galatJumlah', { count: jumlahDiTempat })}</Text>}
          {tanpaTempat.length > 0 && <List size="sm" mt={4}>{tanpaTempat.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>}
        </Alert>
      )}

      <PanelAksi d={d} onSetujui={() => putuskan('setujui')} onKembalikan={() => setModalKembali(true)} sibuk={setujui.isPending} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Card withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby="hasil-kerja-judul">
              <Title order={2} size="h3" id="hasil-kerja-judul" mb="xs">{t('skp.hasilKerja')}</Title>
              {bolehUbah ? (
                <div data-kinerja-editor>
                  <Text size="sm" mb="sm">{t('skp.bolehUbahKet')}</Text>
                  <HasilKerjaEditor form={form} onChange={gantiForm} d={d} galat={galat} rhkAtasan={rhkAtasan.data} katalog={katalog.data} />
                  <Text size="sm" c="gray.8" mt="md" id="ajukan-ket">{d.izin.ajukan ? t('skp.ajukanKet') : t('skp.ajukanTanpaPenilai')}</Text>
                </div>
              ) : (
                <HasilKerjaBaca d={d} katalog={katalog.data} />
              )}
            </Card>
            {bolehUbah && (
              <Paper withBorder shadow="md" p="xs" radius="md" data-testid="bilah-simpan"
                style={{ position: 'sticky', bottom: 8, zIndex: 5 }}>
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text size="sm" fw={600} c={kotor ? ORANYE_GELAP : 'gray.8'} role="status" style={{ flex: '1 1 10rem' }}>
                    {kotor ? t('skp.belumTersimpan') : t('skp.sudahTersimpan')}
                  </Text>
                  <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 auto' }} justify="flex-end">
                    <Button variant="default" onClick={() => void simpan()} loading={ubah.isPending && !ajukan.isPending} disabled={sibukSimpan || !kotor} data-testid="simpan-skp">
                      {t('skp.simpanDraf')}
                    </Button>
                    {d.izin.ajukan && (
                      <Button onClick={() => void simpan('ajukan')} loading={ajukan.isPending} disabled={sibukSimpan} data-testid="ajukan-skp"
                        aria-describedby="ajukan-ket">
                        {t('skp.ajukanPendek')}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            )}
            <Card withBorder padding="md" radius="md" component="section" aria-labelledby="perilaku-judul">
              <Title order={2} size="h3" id="perilaku-judul" mb="xs">{t('skp.perilakuJudul')}</Title>
              <PerilakuKerja d={d} onKonflik={() => setKonflik(true)} onTersimpan={() => beritahu(t('skp.ekspektasiTersimpan'))} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <PanelOrang d={d} onGantiPenilai={bolehGantiPenilai ? () => { gantiPenilai.reset(); setModalPenilai(true); } : undefined} />
            <Card withBorder padding="md" radius="md" component="nav" aria-label={t('skp.tautan')}>
              <Stack gap="xs">
                <Anchor component={Link} to={`/app/kinerja/skp/${d.id}/pohon`} data-testid="link-pohon">{t('skp.pohon')}</Anchor>
                <Anchor href={urlPdfSkp(d.id)} target="_blank" rel="noopener" data-testid="link-pdf">{t('skp.pdf')}</Anchor>
              </Stack>
            </Card>
            {d.status === 'disetujui' && d.periode.length > 0 && <PanelPeriode d={d} />}
            <Card withBorder padding="md" radius="md" component="section" aria-labelledby="riwayat-judul">
              <Title order={2} size="h4" id="riwayat-judul" mb="sm">{t('skp.riwayat')}</Title>
              <RiwayatSkp riwayat={d.riwayat} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      {modalKembali && (
        <KembalikanModal opened onClose={() => { setModalKembali(false); kembalikan.reset(); }} sibuk={kembalikan.isPending} error={kembalikan.error}
          onKirim={(c) => putuskan('kembalikan', c)} />
      )}
      {modalPenilai && (
        <GantiPenilaiModal opened d={d} onClose={() => { setModalPenilai(false); gantiPenilai.reset(); }} sibuk={gantiPenilai.isPending}
          error={gantiPenilai.error} onKirim={simpanPenilai} />
      )}
    </Stack>
  );
}

/** The penilai's decision on a submitted SKP (Setujui / Kembalikan); nothing for other relations. */
function PanelAksi({ d, onSetujui, onKembalikan, sibuk }: { d: SkpDetail; onSetujui: () => void; onKembalikan: () => void; sibuk: boolean }) {
  const { t } = useTranslation('kinerja');
  if (!d.izin.putuskan) return null;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="aksi-judul" data-testid="panel-putuskan"
      style={{ borderColor: 'var(--mantine-color-blue-4)' }}>
      <Title order={2} size="h4" id="aksi-judul">{t('skp.aksiJudul')}</Title>
      <Text size="sm" mb="sm">{t('skp.putuskanKet')}</Text>
      <Group gap="xs">
        <Button color={HIJAU_GELAP} onClick={onSetujui} loading={sibuk} data-testid="setujui-skp">{t('skp.setujui')}</Button>
        <Button variant="light" color="orange" onClick={onKembalikan} data-testid="kembalikan-skp">{t('skp.kembalikan')}</Button>
      </Group>
    </Card>
  );
}

/** Pegawai, pejabat penilai and atasan penilai; `onGantiPenilai` (BKPSDM only) adds "Ganti pejabat penilai" to the penilai. */
function PanelOrang({ d, onGantiPenilai }: { d: SkpDetail; onGantiPenilai?: () => void }) {
  const { t } = useTranslation('kinerja');
  const baris = [
    { judul: t('skp.pegawai'), o: { nama: d.pegawai.nama, nip: d.pegawai.nip, jabatan: d.pegawai.jabatan }, id: 'pegawai' },
    { judul: t('skp.penilai'), o: d.penilai, id: 'penilai' },
    { judul: t('skp.atasanPenilai'), o: d.atasanPenilai, id: 'atasan-penilai' },
  ];
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={t('skp.orang')}>
      <Stack gap="sm">
        {baris.map(({ judul, o, id }) => (
          <div key={id} data-testid={`orang-${id}`}>
            <Text size="xs" c="gray.8" fw={600} tt="uppercase">{judul}</Text>
            {o ? (
              <>
                <Text fw={600}>{o.nama}</Text>
                <Text size="sm">{t('umum.nip', { nip: o.nip })}</Text>
                {o.jabatan && <Text size="sm" c="gray.8">{o.jabatan}</Text>}
              </>
            ) : <Text size="sm">{t('skp.tanpaPenilai')}</Text>}
            {id === 'penilai' && onGantiPenilai && (
              <Button size="xs" variant="light" mt={6} onClick={onGantiPenilai} data-testid="ganti-penilai">
                {t('gantiPenilai.tombol')}
              </Button>
            )}
          </div>
        ))}
      </Stack>
    </Card>
  );
}

/** Links to the evaluation sheets of this (approved) SKP's periods and its annual evaluation. */
function PanelPeriode({ d }: { d: SkpDetail }) {
  const { t } = useTranslation('kinerja');
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="evaluasi-judul">
      <Title order={2} size="h4" id="evaluasi-judul" mb="xs">{t('skp.evaluasiJudul')}</Title>
      <SimpleGrid cols={2} spacing={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {d.periode.map((p) => (
          <li key={p.ke}><Anchor component={Link} to={`/app/kinerja/skp/${d.id}/periode/${p.ke}`} size="sm">{p.label}</Anchor></li>
        ))}
      </SimpleGrid>
      <Anchor component={Link} to={`/app/kinerja/skp/${d.id}/tahunan`} size="sm" fw={600} mt="xs" display="inline-block">{t('skp.tahunan')} →</Anchor>
    </Card>
  );
}
