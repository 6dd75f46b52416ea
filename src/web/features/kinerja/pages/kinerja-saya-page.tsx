import { Alert, Anchor, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { KinerjaSaya, SkpRingkas } from '../../../../contracts/kinerja-skp.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useBuatSkp } from '../api/buat-skp.ts';
import { useKinerjaSaya } from '../api/get-kinerja-saya.ts';
import { StatusSkpLencana } from '../components/lencana.tsx';
import { formatTanggal, pilihanTahun } from '../lib/format.ts';
import { labelTanpaTahun, langkahBerikut, skpUtama } from '../lib/langkah.ts';
import '../i18n.ts';

/**
 * /app/kinerja (kinerja:skp) — my performance year (issue #5 Planning; kinerja.md §1.2, §1.8): a year
 * picker (default the current year, kept in `?tahun=`), my SKP card with its status and the next step in
 * plain words, "Susun SKP <tahun>" (also the new SKP after a mutasi/promosi), the year's evaluation
 * periods linking to the period sheets and the annual evaluation, my pejabat penilai, and a link to my team
 * when I have bawahan. An account without a pegawai (BKPSDM admin) gets a friendly note instead.
 */
export default function KinerjaSayaPage() {
  const { t } = useTranslation('kinerja');
  useDocumentTitle(`${t('saya.judul')} · SIKAP`);
  const [params, setParams] = useSearchParams();
  const tahunParam = Number(params.get('tahun')) || undefined;
  const q = useKinerjaSaya(tahunParam);

  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const gantiTahun = (v: string) => {
    const next = new URLSearchParams(params);
    next.set('tahun', v);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <div>
          <Title order={1} size="h2">{t('saya.judul')}</Title>
          {d.pegawai && (
            <Text size="sm" c="gray.8">
              {d.pegawai.nama} · {t('umum.nip', { nip: d.pegawai.nip })}{d.pegawai.jabatan ? ` · ${d.pegawai.jabatan}` : ''} · {d.pegawai.unit.nama}
            </Text>
          )}
        </div>
        {d.pegawai && (
          <NativeSelect label={t('saya.pilihTahun')} value={String(d.tahun)} onChange={(e) => gantiTahun(e.currentTarget.value)}
            data={pilihanTahun(d.tahun, new Date().getFullYear()).map(String)} w={140} data-testid="pilih-tahun" />
        )}
      </Group>

      {!d.pegawai ? (
        <Alert color="blue" title={t('saya.tanpaPegawai')} data-testid="tanpa-pegawai">
          <Text size="sm">{t('saya.tanpaPegawaiKet')}</Text>
        </Alert>
      ) : (
        <>
          <KartuSkp d={d} />
          <KartuPeriode d={d} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Card withBorder padding="md" radius="md" component="section" aria-labelledby="penilai-judul">
              <Title order={2} size="h4" id="penilai-judul">{t('saya.penilaiJudul')}</Title>
              {d.penilai ? (
                <>
                  <Text fw={600} mt={4} data-testid="penilai-saya">{d.penilai.nama}</Text>
                  {d.penilai.jabatan && <Text size="sm">{d.penilai.jabatan}</Text>}
                  <Text size="sm" c="gray.8" mt={4}>{t('saya.penilaiKet')}</Text>
                </>
              ) : <Text size="sm" mt={4}>{t('saya.tanpaPenilai')}</Text>}
            </Card>
            {d.jumlahBawahan > 0 && (
              <Card withBorder padding="md" radius="md" component="section" aria-labelledby="tim-judul">
                <Title order={2} size="h4" id="tim-judul">{t('saya.timJudul')}</Title>
                <Text size="sm" mt={4}>{t('saya.timKet', { count: d.jumlahBawahan })}</Text>
                <Anchor component={Link} to={`/app/kinerja/tim?tahun=${d.tahun}`} size="sm" mt="xs" display="inline-block">{t('saya.timLink')} →</Anchor>
              </Card>
            )}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** My SKP(s) of the year with the next step; the "Susun SKP" button when one can be made now. */
function KartuSkp({ d }: { d: KinerjaSaya }) {
  const { t, i18n } = useTranslation('kinerja');
  const lang = i18n.language;
  const utama = skpUtama(d.skp);
  const lain = d.skp.filter((s) => s !== utama);
  const langkah = langkahBerikut(utama, d.penilai);
  const belumDisetujui = !d.skp.some((s) => s.status === 'disetujui');

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="skp-judul" data-testid="kartu-skp">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id="skp-judul">{t('saya.skpJudul', { tahun: d.tahun })}</Title>
        <StatusSkpLencana status={utama?.status ?? null} size="lg" data-testid="status-skp-saya" />
      </Group>
      <Stack gap="xs" mt="sm">
        <div>
          <Text size="sm" c="gray.8">{t('saya.langkahBerikut')}</Text>
          <Text fw={600} size="lg" data-testid="langkah-berikut" style={{ overflowWrap: 'anywhere' }}>{t(`langkah.${langkah.kunci}`, langkah.nilai)}</Text>
          {langkah.kunci === 'disetujui' && <Text size="sm">{t('langkah.disetujuiKet')}</Text>}
        </div>
        {utama && <RingkasSkp s={utama} />}
        {utama && (
          <Group gap="xs">
            <Button component={Link} to={`/app/kinerja/skp/${utama.id}`} variant={utama.status === 'disetujui' ? 'light' : 'filled'} data-testid="buka-skp">
              {t('saya.bukaSkp')}
            </Button>
          </Group>
        )}
        {lain.map((s) => (
          <Card key={s.id} withBorder padding="sm" radius="sm" bg="gray.0">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <RingkasSkp s={s} />
              <Group gap="xs">
                <StatusSkpLencana status={s.status} />
                <Anchor component={Link} to={`/app/kinerja/skp/${s.id}`} size="sm">{t('saya.bukaSkp')}</Anchor>
              </Group>
            </Group>
          </Card>
        ))}
        {d.pengaturan.batasPenyusunanSkp && belumDisetujui && (
          <Text size="sm" c="gray.8">{t('saya.batasSusun', { tanggal: formatTanggal(d.pengaturan.batasPenyusunanSkp, lang) })}</Text>
        )}
        {!utama && <Text size="sm">{t('saya.belumAda', { tahun: d.tahun })}</Text>}
        <BuatSkp d={d} />
        {!d.saranBuat && d.saranBuatPesan && <Alert color="gray" data-testid="saran-buat-pesan">{d.saranBuatPesan}</Alert>}
      </Stack>
    </Card>
  );
}

function RingkasSkp({ s }: { s: SkpRingkas }) {
  const { t, i18n } = useTranslation('kinerja');
  const lang = i18n.language;
  return (
    <div>
      <Text size="sm">{t('saya.jabatanSkp', { jabatan: s.jabatan })}</Text>
      <Text size="sm" c="gray.8">
        {t('saya.berlaku', { mulai: formatTanggal(s.periodeMulai, lang), selesai: formatTanggal(s.periodeSelesai, lang) })}
        {' · '}{t('saya.jumlahRhk', { count: s.jumlahRhk })}
        {s.alasanBaru !== 'awal' ? ` · ${t(`alasanBaru.${s.alasanBaru}`)}` : ''}
        {!s.aktif ? ` · ${t('saya.tidakAktif')}` : ''}
      </Text>
    </div>
  );
}

/** "Susun SKP <tahun>" (first SKP of the year) or, after a change of jabatan, the new SKP with its reason. */
function BuatSkp({ d }: { d: KinerjaSaya }) {
  const { t, i18n } = useTranslation('kinerja');
  const lang = i18n.language;
  const buat = useBuatSkp();
  const navigate = useNavigate();
  const [alasan, setAlasan] = useState<'mutasi' | 'promosi'>('mutasi');
  const s = d.saranBuat;
  if (!s) return null;
  const kirim = () => buat.mutate(
    { tahun: d.tahun, pendekatan: 'kuantitatif', ...(s.alasan === 'mutasi' ? { alasanBaru: alasan } : {}) },
    { onSuccess: (skp) => navigate(`/app/kinerja/skp/${skp.id}`) },
  );
  return (
    <Stack gap="xs">
      {s.alasan === 'mutasi' ? (
        <Alert color="blue" title={t('saya.mutasiJudul')} data-testid="saran-mutasi">
          <Stack gap="xs">
            <Text size="sm">{t('saya.mutasiKet', { lamaSelesai: formatTanggal(s.lamaSelesai ?? '', lang), mulai: formatTanggal(s.mulai, lang) })}</Text>
            <NativeSelect label={t('saya.alasanLabel')} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value as 'mutasi' | 'promosi')}
              data={[{ value: 'mutasi', label: t('saya.alasanOpsi.mutasi') }, { value: 'promosi', label: t('saya.alasanOpsi.promosi') }]} maw={320} />
            <Group><Button onClick={kirim} loading={buat.isPending} data-testid="buat-skp">{t('saya.buatBaru')}</Button></Group>
          </Stack>
        </Alert>
      ) : (
        <div>
          <Button size="md" onClick={kirim} loading={buat.isPending} data-testid="buat-skp">{t('saya.buat', { tahun: d.tahun })}</Button>
          <Text size="sm" c="gray.8" mt={4}>{t('saya.buatKet', { mulai: formatTanggal(s.mulai, lang), selesai: formatTanggal(s.selesai, lang) })}</Text>
        </div>
      )}
      {buat.isError && <Alert color="red" role="alert">{errorMessage(buat.error)}</Alert>}
    </Stack>
  );
}

/**
 * The year's evaluation periods per SKP (after a mutasi each SKP covers its own periods): links to the
 * period sheet and to the annual evaluation once the SKP is approved; before that, a note.
 */
function KartuPeriode({ d }: { d: KinerjaSaya }) {
  const { t, i18n } = useTranslation('kinerja');
  const lang = i18n.language;
  if (d.skp.length === 0) return null;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="periode-judul" data-testid="kartu-periode">
      <Title order={2} size="h4" id="periode-judul">{t('saya.periodeJudul', { tahun: d.tahun })}</Title>
      <Text size="sm" c="gray.8">{t(`saya.jenisPeriode.${d.pengaturan.jenisPeriode}`)} · {t('saya.periodeKet')}</Text>
      <Stack gap="md" mt="sm">
        {[...d.skp].reverse().map((s) => {
          const periode = d.periode.filter((p) => p.selesai >= s.periodeMulai && p.mulai <= s.periodeSelesai);
          return (
            <Stack key={s.id} gap={6}>
              {d.skp.length > 1 && (
                <Text size="sm" fw={600}>{t('saya.untukSkp', { jabatan: s.jabatan, mulai: formatTanggal(s.periodeMulai, lang), selesai: formatTanggal(s.periodeSelesai, lang) })}</Text>
              )}
              {s.status !== 'disetujui' ? (
                <Text size="sm">{t('saya.periodeMenunggu')}</Text>
              ) : (
                <>
                  <SimpleGrid cols={{ base: 2, xs: 3, sm: 4, md: 6 }} spacing="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {periode.map((p) => (
                      <li key={p.ke}>
                        <Button component={Link} to={`/app/kinerja/skp/${s.id}/periode/${p.ke}`} variant="default" fullWidth size="sm"
                          styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }} h="auto" py={6} data-testid={`periode-${s.id}-${p.ke}`}>
                          {labelTanpaTahun(p.label, d.tahun)}
                        </Button>
                      </li>
                    ))}
                  </SimpleGrid>
                  <Anchor component={Link} to={`/app/kinerja/skp/${s.id}/tahunan`} fw={600} data-testid={`tahunan-${s.id}`}>
                    {t('saya.tahunan', { tahun: d.tahun })} →
                  </Anchor>
                </>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
