import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KatalogMetrik } from '../../../../contracts/kinerja-realisasi.ts';
import type { Indikator, Rhk, SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { cariMetrik } from '../../../../domain/kinerja/metrik.ts';
import { formatTarget } from '../lib/format.ts';
import { GAYA_LENCANA } from './lencana.tsx';

/**
 * Part A of an SKP, read-only (everyone with access; the pemilik once submitted or approved): pendekatan,
 * RHK utama and tambahan with the atasan's RHK they intervene in, and per indikator the aspek, target,
 * perspektif (JPT) and — for a bound indikator — which service data fills it. Stacked, so it reads on a phone.
 */
export function HasilKerjaBaca({ d, katalog }: { d: SkpDetail; katalog: KatalogMetrik | undefined }) {
  const { t } = useTranslation('kinerja');
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" c="gray.8">{t('skp.pendekatan')}</Text>
        <Text fw={600} data-testid="pendekatan-baca">{t(`skp.pendekatanOpsi.${d.pendekatan}`)}</Text>
        <Text size="sm">{t(`skp.pendekatanKet.${d.pendekatan}`)}</Text>
      </div>
      {(['utama', 'tambahan'] as const).map((jenis) => {
        const daftar = d.rhk.filter((r) => r.jenis === jenis);
        if (jenis === 'tambahan' && daftar.length === 0) return null;
        return (
          <Stack key={jenis} gap="sm" component="section" aria-labelledby={`baca-${jenis}`}>
            <Title order={3} size="h4" id={`baca-${jenis}`}>{t(`skp.${jenis}`)}</Title>
            {daftar.length === 0 && <Text size="sm" c="gray.8">{t('skp.belumAdaRhk')}</Text>}
            {daftar.map((r, n) => <RhkBaca key={r.id} r={r} n={n + 1} d={d} katalog={katalog} />)}
          </Stack>
        );
      })}
    </Stack>
  );
}

function RhkBaca({ r, n, d, katalog }: { r: Rhk; n: number; d: SkpDetail; katalog: KatalogMetrik | undefined }) {
  const { t } = useTranslation('kinerja');
  return (
    <Card withBorder padding="sm" radius="md" data-testid={`rhk-baca-${r.jenis}-${n}`}>
      <Text size="xs" c="gray.8" fw={600} tt="uppercase">{t('skp.rhkKe', { jenis: t(`jenisRhk.${r.jenis}`), n })}</Text>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{r.uraian}</Text>
      {r.parent ? (
        <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
          <Text span c="gray.8">{t('skp.parentDari', { nama: r.parent.pegawaiNama })}</Text> {r.parent.uraian}
        </Text>
      ) : d.pegawai.jenisJabatan !== 'JPT' && r.jenis === 'utama' ? (
        <Text size="sm" mt={4} c="gray.8">{t('skp.parentTidak')}</Text>
      ) : null}
      {r.sumberPk && <Text size="sm" mt={4}><Text span c="gray.8">{t('skp.sumberPk')}:</Text> {r.sumberPk}</Text>}
      <Stack gap={6} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('skp.indikatorJudul')}>
        {r.indikator.map((x) => <IndikatorBaca key={x.id} x={x} d={d} katalog={katalog} />)}
      </Stack>
    </Card>
  );
}

function IndikatorBaca({ x, d, katalog }: { x: Indikator; d: SkpDetail; katalog: KatalogMetrik | undefined }) {
  const { t, i18n } = useTranslation('kinerja');
  const lang = i18n.language;
  const m = x.metrik ? cariMetrik(x.metrik) : undefined;
  const refNama = x.metrikLingkup === 'unit'
    ? katalog?.unit.find((u) => u.id === x.metrikRefId)?.nama
    : x.metrikLingkup === 'lokasi' ? katalog?.lokasi.find((u) => u.id === x.metrikRefId)?.nama : undefined;
  const lingkup = x.metrikLingkup
    ? `${t(`skp.lingkupBaca.${x.metrikLingkup}`)}${x.metrikLingkup !== 'pegawai' ? `: ${refNama ?? `#${x.metrikRefId ?? '?'}`}` : ''}`
    : '';
  return (
    <li style={{ borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 6 }}>
      <Group gap={6} wrap="wrap">
        <Badge variant="light" color="gray" styles={GAYA_LENCANA}>{t(`aspek.${x.aspek}`)}</Badge>
        {x.perspektif && <Badge variant="light" color="violet" styles={GAYA_LENCANA}>{t(`perspektif.${x.perspektif}`)}</Badge>}
        {x.metrik && <Badge variant="light" color="teal" styles={GAYA_LENCANA}>{t('skp.lencanaOtomatis')}</Badge>}
      </Group>
      <Text size="sm" mt={2} style={{ overflowWrap: 'anywhere' }}>{x.uraian}</Text>
      <Text size="sm"><Text span c="gray.8">{t('skp.target')}:</Text> <Text span fw={600}>{formatTarget(x, d.pendekatan, lang)}</Text></Text>
      {x.metrik && (
        <Text size="xs" c="gray.8">
          {t('skp.otomatisDari', { metrik: m ? (lang.startsWith('en') ? m.label.en : m.label.id) : x.metrik, lingkup })}
        </Text>
      )}
    </li>
  );
}
