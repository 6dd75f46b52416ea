import { Alert, Anchor, Badge, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { KatalogItem } from '../../../../contracts/layanan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { useKatalog } from '../api/get-katalog.ts';
import '../i18n.ts';

type Kelompok = 'kategori' | 'opd';

/** Case- and accent-insensitive words of a text, for the instant search. */
const normal = (s: string) => s.toLocaleLowerCase('id').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function cocok(l: KatalogItem, kata: string[]): boolean {
  const teks = normal([l.nama, l.kode, l.ringkasan ?? '', l.kategori, l.unit.nama, l.opd?.nama ?? ''].join(' '));
  return kata.every((k) => teks.includes(k));
}

/**
 * The public catalogue (/layanan), mobile-first: every layanan with a standard in force, searchable at
 * once (name, kode, summary, unit), filterable by OPD, grouped by service type or OPD; each card shows
 * the jangka waktu and biaya ("Gratis") and whether it can be applied for online. Search, OPD and grouping
 * live in the URL so a link can be shared.
 */
export default function KatalogPage() {
  const { t, i18n } = useTranslation('layanan');
  useDocumentTitle(`${t('katalog.judul')} · SIKAP`);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const opd = params.get('opd') ?? '';
  const kelompok: Kelompok = params.get('kelompok') === 'opd' ? 'opd' : 'kategori';
  const data = useKatalog({});
  const ubah = (k: string, v: string) => setParams((p) => { if (v) p.set(k, v); else p.delete(k); return p; }, { replace: true });

  const opdPilihan = useMemo(() => {
    const m = new Map<string, string>();
    for (const l of data.data ?? []) if (l.opd) m.set(String(l.opd.id), l.opd.nama);
    return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1], i18n.language)).map(([value, label]) => ({ value, label }));
  }, [data.data, i18n.language]);

  const kelompokList = useMemo(() => {
    const kata = normal(q).split(/\s+/).filter(Boolean);
    const hasil = (data.data ?? []).filter((l) => (!opd || String(l.opd?.id) === opd) && cocok(l, kata));
    const m = new Map<string, KatalogItem[]>();
    for (const l of hasil) {
      const kunci = kelompok === 'opd' ? l.opd?.nama ?? l.unit.nama : l.kategori;
      m.set(kunci, [...(m.get(kunci) ?? []), l]);
    }
    return { jumlah: hasil.length, grup: [...m.entries()] };
  }, [data.data, q, opd, kelompok]);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('katalog.judul')}</Title>
        <Text size="md" c="gray.8" mt={4}>{t('katalog.pengantar')}</Text>
      </div>
      <Stack gap="sm" component="form" role="search" onSubmit={(e: React.FormEvent) => e.preventDefault()}>
        <TextInput
          type="search" label={t('katalog.cari')} placeholder={t('katalog.cariContoh')} value={q}
          onChange={(e) => ubah('q', e.currentTarget.value)} size="md"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('katalog.opd')} value={opd} onChange={(e) => ubah('opd', e.currentTarget.value)}
            data={[{ value: '', label: t('katalog.semuaOpd') }, ...opdPilihan]}
          />
          <div>
            <Text size="sm" fw={500} id="kelompok-label" mb={4}>{t('katalog.kelompok')}</Text>
            <SegmentedControl
              aria-labelledby="kelompok-label" fullWidth value={kelompok} onChange={(v) => ubah('kelompok', v === 'opd' ? 'opd' : '')}
              data={[{ value: 'kategori', label: t('katalog.menurutKategori') }, { value: 'opd', label: t('katalog.menurutOpd') }]}
            />
          </div>
        </SimpleGrid>
      </Stack>
      {data.isPending ? <PageLoader /> : data.isError ? <ErrorState error={data.error} onRetry={() => data.refetch()} /> : (
        <>
          <Text size="sm" c="gray.8" role="status" aria-live="polite">{t('katalog.jumlah', { count: kelompokList.jumlah })}</Text>
          {kelompokList.jumlah === 0 ? (
            <Alert color="gray" variant="light" role="note"><Text c="gray.9">{t('katalog.kosong')}</Text></Alert>
          ) : kelompokList.grup.map(([nama, items]) => <Grup key={nama} nama={nama} items={items} />)}
        </>
      )}
    </Stack>
  );
}

function Grup({ nama, items }: { nama: string; items: KatalogItem[] }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">{nama}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {items.map((l) => <KartuLayanan key={l.id} l={l} />)}
      </SimpleGrid>
    </section>
  );
}

function KartuLayanan({ l }: { l: KatalogItem }) {
  const { t } = useTranslation('layanan');
  return (
    <Card withBorder radius="md" padding="md" component="article" data-testid={`layanan-${l.kode}`}>
      <Stack gap={6} h="100%">
        <Title order={3} size="h5">
          <Anchor component={Link} to={`/layanan/${l.kode}`} aria-label={t('katalog.lihatAria', { nama: l.nama })}>{l.nama}</Anchor>
        </Title>
        <Text size="sm" c="gray.8">{l.unit.nama}</Text>
        {l.ringkasan && <Text size="sm" lineClamp={3}>{l.ringkasan}</Text>}
        <Group gap={6} mt="auto" pt={4}>
          <Badge variant="light" color="blue" size="md" tt="none">{`${t('katalog.jangkaWaktu')}: ${l.jangkaWaktu.teks}`}</Badge>
          <Badge variant="light" color={l.biayaRupiah === 0 ? 'teal' : 'orange'} size="md" tt="none">{`${t('katalog.biaya')}: ${l.biayaTeks}`}</Badge>
          <Badge variant="outline" color={l.online ? 'grape' : 'gray'} size="md" tt="none">{l.online ? t('katalog.online') : t('katalog.datang')}</Badge>
        </Group>
      </Stack>
    </Card>
  );
}
