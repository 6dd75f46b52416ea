import { Alert, Anchor, Badge, Button, Card, Group, Radio, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Keberatan } from '../../../../contracts/kinerja-penilaian.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useKeberatan } from '../api/get-keberatan.ts';
import { usePutusKeberatan } from '../api/putus-keberatan.ts';
import { FormRating } from '../components/form-rating.tsx';
import { PredikatLencana, RatingLencana } from '../components/predikat-lencana.tsx';
import { beritahu } from '../lib/beritahu.ts';
import { formatWaktu } from '../lib/format.ts';
import { galatPerField, galatUmum } from '../lib/galat.ts';
import '../i18n.ts';

const MIN_CATATAN = 10;

/**
 * /app/kinerja/keberatan — keberatan (appeals) against annual penilaian (kinerja.md §1.3; PermenPANRB
 * 6/2022): the caller's own, and those the caller must decide as atasan pejabat penilai (or BKPSDM when an
 * SKP has none). A decision is `diterima` with new ratings (the predikat shown live from the matrix; the
 * server recomputes it and keeps the old values) or `ditolak` with a reason; both need a note ≥ 10
 * characters, shown to the pegawai.
 */
export default function KeberatanPage() {
  const { t } = useTranslation('kinerjaEvaluasi');
  const q = useKeberatan();
  useDocumentTitle(`${t('keberatan.judul')} · SIKAP`);
  const [tab, setTab] = useState<string | null>(null);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const { milikSaya, untukDiputus } = q.data;
  const menunggu = untukDiputus.filter((k) => k.status === 'diajukan').length;
  const aktif = tab ?? (menunggu > 0 || (untukDiputus.length > 0 && milikSaya.length === 0) ? 'putus' : 'saya');

  return (
    <Stack gap="md">
      <Title order={1} size="h2">{t('keberatan.judul')}</Title>
      <Tabs value={aktif} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="saya">{t('keberatan.milikSaya')} ({milikSaya.length})</Tabs.Tab>
          <Tabs.Tab value="putus">{t('keberatan.untukDiputus')} ({menunggu})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="saya" pt="md">
          <Stack gap="md">
            {milikSaya.length === 0 ? <Text c="gray.8">{t('keberatan.kosongSaya')}</Text> : milikSaya.map((k) => <KartuKeberatan key={k.id} k={k} />)}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="putus" pt="md">
          <Stack gap="md">
            {untukDiputus.length === 0 ? <Text c="gray.8">{t('keberatan.kosongPutus')}</Text> : untukDiputus.map((k) => <KartuKeberatan key={k.id} k={k} />)}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Nilai({ n, label }: { n: Keberatan['penilaian']; label: string }) {
  const { t } = useTranslation('kinerjaEvaluasi');
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>{label}</Text>
      <Group gap={6} wrap="wrap">
        <Text size="xs">{t('tahunan.hasilKerja')}:</Text><RatingLencana rating={n.ratingHasilKerja} size="sm" />
        <Text size="xs">{t('tahunan.perilaku')}:</Text><RatingLencana rating={n.ratingPerilaku} size="sm" />
        <PredikatLencana predikat={n.predikat} size="sm" />
      </Group>
    </Stack>
  );
}

function KartuKeberatan({ k }: { k: Keberatan }) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const lang = i18n.language;
  const judulId = `keberatan-${k.id}-judul`;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={judulId} data-testid={`keberatan-${k.id}`}>
      <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
        <div>
          <Title order={2} size="h4" id={judulId}>{k.pegawai.nama} · {t('keberatan.tahun')} {k.tahun}</Title>
          <Text size="xs" c="gray.8">NIP {k.pegawai.nip} · {k.pegawai.jabatan}</Text>
          <Text size="xs" c="gray.8">{t('keberatan.diajukan', { waktu: formatWaktu(k.diajukanAt, lang) })}</Text>
        </div>
        <Badge variant="light" color={k.status === 'diajukan' ? 'orange' : k.status === 'diterima' ? 'green' : 'gray'} styles={{ root: { textTransform: 'none' } }}>
          {t(`keberatan.status.${k.status}`)}
        </Badge>
      </Group>
      <Stack gap="xs">
        <div>
          <Text size="xs" fw={600}>{t('keberatan.alasan')}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{k.alasan}</Text>
        </div>
        {k.status === 'diterima' && k.sebelum && k.sesudah ? (
          <>
            <Nilai n={k.sebelum} label={t('keberatan.penilaianAwal')} />
            <Nilai n={k.sesudah} label={t('keberatan.penilaianBaru')} />
          </>
        ) : (
          <Nilai n={k.penilaian} label={t('keberatan.penilaianAwal')} />
        )}
        {k.keputusan && (
          <div>
            <Text size="xs" fw={600}>{t('keberatan.catatan')}{k.diputusAt ? ` · ${t('keberatan.diputusPada', { waktu: formatWaktu(k.diputusAt, lang) })}` : ''}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{k.keputusan}</Text>
          </div>
        )}
        <Anchor component={Link} to={`/app/kinerja/skp/${k.skpId}/tahunan`} size="sm">{t('keberatan.bukaEvaluasi')}</Anchor>
        {k.bolehPutus && <FormPutus k={k} />}
      </Stack>
    </Card>
  );
}

/** The decision: diterima (new ratings, live predikat) or ditolak, each with a note ≥ 10 characters. */
function FormPutus({ k }: { k: Keberatan }) {
  const { t } = useTranslation('kinerjaEvaluasi');
  const putus = usePutusKeberatan();
  const [keputusan, setKeputusan] = useState<'diterima' | 'ditolak' | null>(null);
  const [catatan, setCatatan] = useState('');
  const [lokal, setLokal] = useState<string | null>(null);
  const server = galatPerField(putus.error);
  const galatCatatan = lokal ?? server.catatan;
  const umum = keputusan === 'ditolak' ? galatUmum(putus.error, ['catatan', 'keputusan']) : null;
  const prefix = `putus-${k.id}`;

  const cek = () => {
    if (catatan.trim().length < MIN_CATATAN) { setLokal(t('keberatan.catatanWajib')); return false; }
    setLokal(null);
    return true;
  };
  const selesai = { onSuccess: () => beritahu(t('keberatan.diputus')) };
  const kolomCatatan = (
    <Textarea label={t('keberatan.catatan')} withAsterisk autosize minRows={2} maxLength={2000}
      description={keputusan === 'ditolak' ? t('keberatan.catatanTolakKet') : t('keberatan.catatanTerimaKet')}
      value={catatan} onChange={(e) => { setCatatan(e.currentTarget.value); setLokal(null); }} error={galatCatatan} />
  );

  return (
    <Card withBorder padding="sm" radius="md" bg="gray.0" data-testid={`${prefix}-form`}>
      <Stack gap="sm">
        <Radio.Group label={t('keberatan.keputusan')} value={keputusan} withAsterisk error={server.keputusan}
          onChange={(v) => { setKeputusan(v as 'diterima' | 'ditolak'); putus.reset(); }}>
          <Group gap="md" mt={4}>
            <Radio value="diterima" label={t('keberatan.terima')} />
            <Radio value="ditolak" label={t('keberatan.tolak')} />
          </Group>
        </Radio.Group>
        {keputusan === 'diterima' && (
          <FormRating idAwalan={prefix} awal={{ ...k.penilaian, catatan: null }} denganOverride={false} denganCatatan={false}
            labelSimpan={t('keberatan.simpanKeputusan')} sebelumSimpan={kolomCatatan} sibuk={putus.isPending} error={putus.error}
            onSimpan={(n) => { if (cek()) putus.mutate({ id: k.id, keputusan: 'diterima', catatan: catatan.trim(), ratingHasilKerja: n.ratingHasilKerja, ratingPerilaku: n.ratingPerilaku }, selesai); }} />
        )}
        {keputusan === 'ditolak' && (
          <>
            {kolomCatatan}
            {umum && <Alert color="red" role="alert">{umum}</Alert>}
            <Group>
              <Button color="red" variant="light" loading={putus.isPending} data-testid={`${prefix}-simpan`}
                onClick={() => { if (cek()) putus.mutate({ id: k.id, keputusan: 'ditolak', catatan: catatan.trim() }, selesai); }}>
                {t('keberatan.simpanKeputusan')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
