import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useKinerjaSaya } from '../api/get-kinerja-saya.ts';
import { useTim } from '../api/get-tim.ts';
import { GAYA_LENCANA, ORANYE_GELAP, StatusSkpLencana } from '../components/lencana.tsx';
import { pilihanTahun } from '../lib/format.ts';
import { labelTanpaTahun, tindakanTim, urutkanTim, type BarisTim } from '../lib/langkah.ts';
import '../i18n.ts';

/** Rows rendered at a time: a Sekda's tree holds the whole city (thousands of people). */
const PER_TAMPIL = 50;

/** Case-insensitive match on name, NIP, jabatan or unit. */
const cocokCari = (b: BarisTim, q: string) =>
  [b.pegawai.nama, b.pegawai.nip, b.pegawai.jabatan ?? '', b.pegawai.unit ?? ''].some((x) => x.toLowerCase().includes(q));

/**
 * /app/kinerja/tim (atasan) — my team's SKPs for a year (issue #5 "an atasan sees their direct reports
 * and, read-only, the reports below them"): direct bawahan first, then the indirect ones marked "tidak
 * langsung — hanya lihat"; each with their SKP status, what waits for me as badges ("SKP menunggu
 * persetujuan", "Periode Oktober belum dinilai", the annual rating), the latest predikat, and links to
 * their SKP and the period sheet to rate. `?tahun=` and `?perlu=1` (only rows needing action) stay in the URL;
 * a search box (name, NIP, jabatan, unit) and 50 rows at a time keep a large tree (a Sekda's) usable on a phone.
 */
export default function TimPage() {
  const { t } = useTranslation('kinerja');
  useDocumentTitle(`${t('tim.judul')} · SIKAP`);
  const [params, setParams] = useSearchParams();
  const tahunParam = Number(params.get('tahun')) || undefined;
  const hanyaPerlu = params.get('perlu') === '1';
  const q = useTim(tahunParam);
  const saya = useKinerjaSaya(tahunParam);
  const [cari, setCari] = useState('');
  const cariTunda = useDeferredValue(cari.trim().toLowerCase());
  const [batas, setBatas] = useState(PER_TAMPIL);
  const semua = useMemo(() => urutkanTim(q.data?.bawahan ?? []), [q.data]);

  // The period labels ("Oktober") come from my year; wait for both so badges never flash "1".
  if (q.isPending || saya.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const label = (ke: number) => {
    const p = saya.data?.tahun === d.tahun ? saya.data.periode.find((x) => x.ke === ke) : undefined;
    return p ? labelTanpaTahun(p.label, d.tahun) : t('tim.periodeKe', { ke });
  };
  const cocok = semua.filter((b) => (!hanyaPerlu || b.perluTindakan.length > 0) && (!cariTunda || cocokCari(b, cariTunda)));
  const tampil = cocok.slice(0, batas);
  const jumlahSkp = d.bawahan.filter((b) => b.perluTindakan.includes('setujui_skp')).length;
  const jumlahPeriode = d.bawahan.reduce((n, b) => n + (b.perluTindakan.includes('nilai_periode') ? b.periodeBelumDinilai.length : 0), 0);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <div>
          <Title order={1} size="h2">{t('tim.judul')}</Title>
          <Text size="sm" c="gray.8">{t('tim.ket')}</Text>
        </div>
        <NativeSelect label={t('saya.pilihTahun')} value={String(d.tahun)} onChange={(e) => set('tahun', e.currentTarget.value)}
          data={pilihanTahun(d.tahun, new Date().getFullYear()).map(String)} w={140} data-testid="pilih-tahun" />
      </Group>
      {d.bawahan.length === 0 ? (
        <Alert color="gray">{t('tim.kosong', { tahun: d.tahun })}</Alert>
      ) : (
        <>
          <Text fw={600} data-testid="ringkas-tim">{t('tim.ringkas', { skp: jumlahSkp, periode: jumlahPeriode })}</Text>
          <Group wrap="wrap" gap="md" align="flex-end">
            <TextInput label={t('tim.cari')} value={cari} onChange={(e) => { setCari(e.currentTarget.value); setBatas(PER_TAMPIL); }}
              style={{ flex: '1 1 16rem' }} maw={420} type="search" data-testid="cari-tim" />
            <Checkbox label={t('tim.hanyaPerlu')} checked={hanyaPerlu} mb={8}
              onChange={(e) => { set('perlu', e.currentTarget.checked ? '1' : null); setBatas(PER_TAMPIL); }} />
          </Group>
          <Text size="sm" c="gray.8" role="status">{t('tim.jumlah', { tampil: tampil.length, count: cocok.length })}</Text>
          {cocok.length === 0 && <Text>{hanyaPerlu && !cariTunda ? t('tim.tidakAdaPerlu') : t('tim.tidakCocok')}</Text>}
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="daftar-tim">
            {tampil.map((b) => <BarisBawahan key={`${b.pegawai.id}-${b.skp?.id ?? 0}`} b={b} label={label} />)}
          </Stack>
          {cocok.length > tampil.length && (
            <Group justify="center">
              <Button variant="light" onClick={() => setBatas((n) => n + PER_TAMPIL)} data-testid="tim-lagi">
                {t('tim.lagi', { count: Math.min(PER_TAMPIL, cocok.length - tampil.length) })}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function BarisBawahan({ b, label }: { b: BarisTim; label: (ke: number) => string }) {
  const { t } = useTranslation('kinerja');
  const { lencana, lainnya } = tindakanTim(b, label);
  const nilaiPertama = lencana.find((l) => l.kunci === 'nilaiPeriode');
  return (
    <Card component="li" withBorder padding="sm" radius="md" data-testid={`bawahan-${b.pegawai.id}`} data-langsung={b.langsung}
      bg={b.langsung ? undefined : 'gray.0'}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={600}>{b.pegawai.nama}</Text>
          <Text size="sm">{t('umum.nip', { nip: b.pegawai.nip })}{b.pegawai.jabatan ? ` · ${b.pegawai.jabatan}` : ''}</Text>
          {b.pegawai.unit && <Text size="sm" c="gray.8">{b.pegawai.unit}</Text>}
        </div>
        <Group gap={6}>
          {!b.langsung && !b.penilaiSaya && (
            <Badge variant="outline" color="gray" styles={GAYA_LENCANA}>{t('tim.tidakLangsung')}</Badge>
          )}
          {b.penilaiSaya && !b.langsung && (
            <Badge variant="outline" color="blue.9" styles={GAYA_LENCANA}>{t('tim.penilaiSaya')}</Badge>
          )}
          <StatusSkpLencana status={b.skp?.status ?? null} />
        </Group>
      </Group>
      {(lencana.length > 0 || lainnya > 0) && (
        <Group gap={6} mt="xs" aria-label={t('tim.perluTindakan')} role="group">
          {lencana.map((l) => (
            <Badge key={`${l.kunci}-${l.ke ?? ''}`} color="orange" variant="light" styles={GAYA_LENCANA} data-tindakan={l.kunci}>
              {t(`tim.${l.kunci}`, l.nilai)}
            </Badge>
          ))}
          {lainnya > 0 && <Badge color={ORANYE_GELAP} variant="outline" styles={GAYA_LENCANA}>{t('tim.lainnya', { count: lainnya })}</Badge>}
        </Group>
      )}
      {b.periodeTerakhir && (
        <Text size="sm" mt={6}>{t('tim.terakhir', { periode: label(b.periodeTerakhir.ke), predikat: t(`predikat.${b.periodeTerakhir.predikat}`) })}</Text>
      )}
      {b.skp && (
        <Group gap="md" mt="xs">
          <Anchor component={Link} to={`/app/kinerja/skp/${b.skp.id}`} size="sm" fw={600}>{t('tim.lihatSkp')}</Anchor>
          {nilaiPertama?.ke && (
            <Anchor component={Link} to={`/app/kinerja/skp/${b.skp.id}/periode/${nilaiPertama.ke}`} size="sm">{t('tim.nilai', { periode: label(nilaiPertama.ke) })}</Anchor>
          )}
          {b.perluTindakan.includes('nilai_tahunan') && (
            <Anchor component={Link} to={`/app/kinerja/skp/${b.skp.id}/tahunan`} size="sm">{t('tim.tahunanLink')}</Anchor>
          )}
        </Group>
      )}
    </Card>
  );
}
