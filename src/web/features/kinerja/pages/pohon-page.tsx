import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SimpulPohon } from '../../../../contracts/kinerja-skp.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useMe } from '../../../lib/session.ts';
import { usePohonSkp } from '../api/get-pohon-skp.ts';
import { GAYA_LENCANA, StatusSkpLencana } from '../components/lencana.tsx';
import '../i18n.ts';

/** Indent per level (px), capped so a deep tree still fits a 360 px phone. */
const INDEN = 14;
const INDEN_MAKS = 6;

/**
 * /app/kinerja/skp/:id/pohon (kinerja:skp; any relation to the SKP) — the cascade tree around one SKP
 * (kinerja.md §1.2 "Cascading and alignment"): from the top (Wali Kota / kepala OPD) down through the
 * RHK this SKP intervenes in, this SKP's own RHK (marked), and every bawahan RHK below them. Nested lists
 * (screen readers announce the levels), indented with a guide line; each node shows the RHK text, the
 * owner's name and jabatan, and the SKP status. Nodes at or below this SKP link to their SKP (the ones
 * above belong to superiors, whose SKPs the viewer normally may not open — except the viewer's own).
 */
export default function PohonPage() {
  const { t } = useTranslation('kinerja');
  const id = Number(useParams().id) || 0;
  const q = usePohonSkp(id);
  const saya = useMe().data?.pegawaiId ?? null;
  useDocumentTitle(`${t('pohon.judul', { tahun: q.data?.tahun ?? '' })} · SIKAP`);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/app/kinerja/skp/${id}`} size="sm">← {t('pohon.kembali')}</Anchor>
      <div>
        <Title order={1} size="h2">{t('pohon.judul', { tahun: p.tahun })}</Title>
        <Text size="sm" c="gray.8">{t('pohon.ket')}</Text>
      </div>
      {p.akar.length === 0 ? <Text>{t('pohon.kosong')}</Text> : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="pohon">
          {p.akar.map((s) => <Simpul key={s.rhkId} s={s} tingkat={0} bolehBuka={s.fokus} saya={saya} />)}
        </ul>
      )}
    </Stack>
  );
}

/**
 * One RHK and, nested, the RHK that intervene in it. `bolehBuka`: at or below this SKP's own RHK; my own
 * RHK (`saya` = my pegawai id) link too, wherever they sit.
 */
function Simpul({ s, tingkat, bolehBuka, saya }: { s: SimpulPohon; tingkat: number; bolehBuka: boolean; saya: number | null }) {
  const { t } = useTranslation('kinerja');
  const buka = bolehBuka || s.fokus;
  const tautan = !s.fokus && (buka || s.pegawai.id === saya);
  return (
    <li style={{ marginTop: 8 }}>
      <Paper withBorder p="xs" radius="sm" data-testid={`simpul-${s.rhkId}`} data-fokus={s.fokus || undefined}
        bg={s.fokus ? 'cyan.0' : undefined}
        style={{ borderLeft: `4px solid var(--mantine-color-${s.fokus ? 'cyan-7' : s.jenis === 'utama' ? 'gray-5' : 'gray-3'})` }}>
        <Group gap={6} wrap="wrap" mb={2}>
          {s.fokus && <Badge size="sm" color="cyan.9" variant="filled" styles={GAYA_LENCANA}>{t('pohon.skpIni')}</Badge>}
          <StatusSkpLencana status={s.status} size="sm" />
          {s.jenis === 'tambahan' && <Badge size="sm" variant="light" color="gray" styles={GAYA_LENCANA}>{t('pohon.tambahan')}</Badge>}
          {!s.aktif && <Badge size="sm" variant="light" color="gray" styles={GAYA_LENCANA}>{t('pohon.tidakAktif')}</Badge>}
        </Group>
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>{s.uraian}</Text>
        <Text size="xs" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
          {tautan ? (
            <Anchor component={Link} to={`/app/kinerja/skp/${s.skpId}`} size="xs" aria-label={t('pohon.bukaSkp', { nama: s.pegawai.nama })}>{s.pegawai.nama}</Anchor>
          ) : s.pegawai.nama} · {s.pegawai.jabatan}
          {s.anak.length > 0 ? ` · ${t('pohon.jumlahAnak', { count: s.anak.length })}` : ''}
        </Text>
      </Paper>
      {s.anak.length > 0 && (
        <ul style={{
          listStyle: 'none', margin: 0, paddingLeft: tingkat < INDEN_MAKS ? INDEN : 4,
          borderLeft: '2px solid var(--mantine-color-gray-3)', marginLeft: tingkat < INDEN_MAKS ? 6 : 2,
        }}>
          {s.anak.map((a) => <Simpul key={a.rhkId} s={a} tingkat={tingkat + 1} bolehBuka={buka} saya={saya} />)}
        </ul>
      )}
    </li>
  );
}
