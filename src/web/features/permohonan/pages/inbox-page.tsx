import {
  Alert, Anchor, Badge, Button, Card, Checkbox, Group, List, NativeSelect, Pagination, Paper, SimpleGrid, Stack, Table, Text,
  TextInput, Title, UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  TENGGAT_FILTER, TUGAS_FILTER, type InboxItem, type InboxQuery, type MassalBody, type MassalHasil,
} from '../../../../contracts/permohonan.ts';
import { STATUS_PERMOHONAN } from '../../../../domain/layanan/permohonan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/session.ts';
import { useInbox } from '../api/get-inbox.ts';
import { useLayananList } from '../api/get-layanan-list.ts';
import { usePetugas } from '../api/get-petugas.ts';
import { useAksiMassal } from '../api/massal.ts';
import { ORANYE_GELAP, SlaLencana, StatusLencana } from '../components/lencana.tsx';
import { formatWaktu } from '../lib/format.ts';
import '../i18n.ts';

const PER_HALAMAN = 25;
type Tenggat = (typeof TENGGAT_FILTER)[number];

const pilihDari = <T extends string>(daftar: readonly T[], v: string | null): T | undefined =>
  (daftar as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

/** Row tint: overdue red, due soon orange (the badge text says it too — colour is not the only signal). */
const latarBaris = (b: InboxItem['badge']) => (b === 'terlambat' ? 'var(--mantine-color-red-0)' : b === 'segera' ? 'var(--mantine-color-orange-0)' : undefined);

/**
 * /app/permohonan (layanan:proses) — the staff inbox of the own OPD (admin: all; plan decision 6):
 * counts on top (terlambat, segera, belum ditugaskan, eskalasi ke saya — each a shortcut filter), filters
 * kept in the URL (status — default "all not finished" —, layanan, penugasan, tenggat, nomor/name search,
 * sort by due date or newest), pages of 25, overdue/due-soon badges and row tints, and row checkboxes with
 * bulk actions (tugaskan ke…, verifikasi, proses) reporting a result per case.
 */
export default function InboxPage() {
  const { t, i18n } = useTranslation('permohonan');
  useDocumentTitle(`${t('inbox.judul')} · SIKAP`);
  const lang = i18n.language;
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status: InboxQuery['status'] = statusParam === 'semua' ? undefined : pilihDari(STATUS_PERMOHONAN, statusParam) ?? 'aktif';
  const tugas = pilihDari(TUGAS_FILTER, params.get('tugas')) ?? 'semua';
  const tenggat = pilihDari(TENGGAT_FILTER, params.get('tenggat'));
  const layananId = Number(params.get('layananId')) || undefined;
  const urut = params.get('urut') === 'diajukan' ? 'diajukan' : 'jatuhTempo';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [cari, setCari] = useState(params.get('q') ?? '');
  const [cariTunda] = useDebouncedValue(cari.trim(), 300);

  const query: InboxQuery = { status, tugas, tenggat, layananId, urut, q: cariTunda || undefined, page, perHalaman: PER_HALAMAN };
  const q = useInbox(query);
  const layananQ = useLayananList();
  const [dipilih, setDipilih] = useState<Set<number>>(new Set());
  const [hasilMassal, setHasilMassal] = useState<{ hasil: MassalHasil['hasil']; nomor: Map<number, string> } | null>(null);

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== cariTunda) setFilter('q', cariTunda || undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cariTunda]);
  // A new page or filter starts with an empty selection (the rows changed).
  useEffect(() => setDipilih(new Set()), [params]);

  const opsiLayanan = useMemo(() => {
    const semua = layananQ.data ?? [];
    const admin = me.data?.roles.includes('admin');
    const milik = admin || !me.data?.opdId ? semua : semua.filter((l) => l.opd?.id === me.data!.opdId || l.unit.id === me.data!.opdId);
    return milik.map((l) => ({ value: String(l.id), label: l.nama })).sort((a, b) => a.label.localeCompare(b.label, 'id'));
  }, [layananQ.data, me.data]);

  const items = q.data?.items ?? [];
  const semuaDipilih = items.length > 0 && items.every((i) => dipilih.has(i.id));
  const sebagian = !semuaDipilih && items.some((i) => dipilih.has(i.id));
  const halaman = q.data ? Math.max(1, Math.ceil(q.data.total / q.data.perHalaman)) : 1;
  const rk = q.data?.ringkasan;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('inbox.judul')}</Title>
        <Text size="sm" c="gray.8">{t('inbox.pengantar')}</Text>
      </div>

      {rk && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="inbox-ringkasan">
          <Hitung label={t('inbox.ringkasan.terlambat')} n={rk.terlambat} warna="red.9" aktif={tenggat === 'terlambat'}
            onClick={() => setFilter('tenggat', tenggat === 'terlambat' ? undefined : 'terlambat')} testId="hitung-terlambat" />
          <Hitung label={t('inbox.ringkasan.segera')} n={rk.segera} warna={ORANYE_GELAP} aktif={tenggat === 'segera'}
            onClick={() => setFilter('tenggat', tenggat === 'segera' ? undefined : 'segera')} testId="hitung-segera" />
          <Hitung label={t('inbox.ringkasan.belumDitugaskan')} n={rk.belumDitugaskan} aktif={tugas === 'belum'}
            onClick={() => setFilter('tugas', tugas === 'belum' ? undefined : 'belum')} testId="hitung-belum" />
          <Hitung label={t('inbox.tugasOpsi.eskalasi')} n={rk.eskalasiSaya} aktif={tugas === 'eskalasi'}
            onClick={() => setFilter('tugas', tugas === 'eskalasi' ? undefined : 'eskalasi')} testId="hitung-eskalasi" />
        </SimpleGrid>
      )}

      <Group align="flex-end" gap="sm" role="search" aria-label={t('inbox.filter')} wrap="wrap">
        <NativeSelect label={t('inbox.status')} value={statusParam === 'semua' ? 'semua' : status ?? 'aktif'} w={240}
          onChange={(e) => setFilter('status', e.currentTarget.value === 'aktif' ? undefined : e.currentTarget.value)}
          data={[
            { value: 'aktif', label: t('inbox.statusAktif') },
            { value: 'semua', label: t('inbox.semuaStatus') },
            ...STATUS_PERMOHONAN.map((s) => ({ value: s, label: `${t(`status.${s}`)}${rk?.perStatus[s] !== undefined ? ` (${rk.perStatus[s]})` : ''}` })),
          ]} data-testid="filter-status" />
        <NativeSelect label={t('inbox.layanan')} value={layananId ? String(layananId) : ''} w={240}
          onChange={(e) => setFilter('layananId', e.currentTarget.value || undefined)}
          data={[{ value: '', label: t('inbox.semuaLayanan') }, ...opsiLayanan]} data-testid="filter-layanan" />
        <NativeSelect label={t('inbox.tugas')} value={tugas} w={180}
          onChange={(e) => setFilter('tugas', e.currentTarget.value === 'semua' ? undefined : e.currentTarget.value)}
          data={TUGAS_FILTER.map((v) => ({ value: v, label: t(`inbox.tugasOpsi.${v}`) }))} data-testid="filter-tugas" />
        <NativeSelect label={t('inbox.tenggat')} value={tenggat ?? ''} w={180}
          onChange={(e) => setFilter('tenggat', e.currentTarget.value || undefined)}
          data={[{ value: '', label: t('inbox.tenggatOpsi.semua') }, ...TENGGAT_FILTER.map((v: Tenggat) => ({ value: v, label: t(`inbox.tenggatOpsi.${v}`) }))]} data-testid="filter-tenggat" />
        <NativeSelect label={t('inbox.urut')} value={urut} w={200}
          onChange={(e) => setFilter('urut', e.currentTarget.value === 'jatuhTempo' ? undefined : e.currentTarget.value)}
          data={(['jatuhTempo', 'diajukan'] as const).map((v) => ({ value: v, label: t(`inbox.urutOpsi.${v}`) }))} data-testid="urut" />
        <TextInput label={t('inbox.cari')} value={cari} onChange={(e) => setCari(e.currentTarget.value)} w={220} maxLength={100} type="search" />
      </Group>

      {dipilih.size > 0 && (
        <BarMassal ids={[...dipilih]} items={items}
          onSelesai={(hasil, nomor) => {
            setHasilMassal({ hasil, nomor });
            setDipilih(new Set(hasil.filter((h) => !h.ok).map((h) => h.id)));
          }}
          onBatal={() => setDipilih(new Set())} />
      )}

      {hasilMassal && (
        <Alert color={hasilMassal.hasil.every((h) => h.ok) ? 'green' : 'orange'} role="status" withCloseButton onClose={() => setHasilMassal(null)}
          title={`${t('inbox.massal.hasil')}: ${t('inbox.massal.ringkas', { ok: hasilMassal.hasil.filter((h) => h.ok).length, gagal: hasilMassal.hasil.filter((h) => !h.ok).length })}`}
          closeButtonLabel={t('umum.tutup')} data-testid="hasil-massal">
          <List size="sm" spacing={2}>
            {hasilMassal.hasil.map((h) => (
              <List.Item key={h.id}>
                <b>{hasilMassal.nomor.get(h.id) ?? `#${h.id}`}</b>: {h.ok ? t('inbox.massal.ok') : `${t('inbox.massal.gagal')} — ${h.pesan ?? ''}`}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : items.length === 0 ? (
        <Alert color="gray" variant="light" role="note">
          <Text size="sm" c="gray.9">{params.toString() ? t('inbox.kosongFilter') : t('inbox.kosong')}</Text>
        </Alert>
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover aria-describedby="inbox-jumlah" data-testid="inbox-tabel">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={40}>
                    <Checkbox aria-label={t('inbox.pilihSemua')} checked={semuaDipilih} indeterminate={sebagian}
                      onChange={() => setDipilih(semuaDipilih ? new Set() : new Set(items.map((i) => i.id)))} />
                  </Table.Th>
                  <Table.Th scope="col">{t('inbox.kolom.nomor')}</Table.Th>
                  <Table.Th scope="col">{t('inbox.kolom.layanan')}</Table.Th>
                  <Table.Th scope="col">{t('inbox.kolom.pemohon')}</Table.Th>
                  <Table.Th scope="col">{t('inbox.kolom.status')}</Table.Th>
                  <Table.Th scope="col">{t('inbox.kolom.petugas')}</Table.Th>
                  <Table.Th scope="col">{t('inbox.kolom.tempo')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id} data-testid={`baris-${p.nomor}`} style={{ background: latarBaris(p.badge) }}>
                    <Table.Td>
                      <Checkbox aria-label={t('inbox.pilihBaris', { nomor: p.nomor })} checked={dipilih.has(p.id)}
                        onChange={() => setDipilih((s) => { const n = new Set(s); if (n.has(p.id)) n.delete(p.id); else n.add(p.id); return n; })} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/app/permohonan/${p.id}`} ff="monospace" fw={600}>{p.nomor}</Anchor>
                      <Text size="xs" c="gray.8">{formatWaktu(p.diajukanAt, lang)}</Text>
                    </Table.Td>
                    <Table.Td><Text size="sm">{p.layanan.nama}</Text></Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.pemohonNama}</Text>
                      <Text size="xs" c="gray.8" ff="monospace">{p.nikSamar}</Text>
                    </Table.Td>
                    <Table.Td><StatusLencana status={p.status} /></Table.Td>
                    <Table.Td>
                      {p.petugas ? <Text size="sm">{p.petugas.nama}</Text> : <Text size="sm" c="gray.8" fs="italic">{t('inbox.belumDitugaskan')}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        {p.jatuhTempo && <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatWaktu(p.jatuhTempo, lang)}</Text>}
                        <SlaLencana badge={p.badge} teks={p.sisaTeks} />
                        {p.eskalasi && <Badge color="grape" variant="light" size="sm">{t('inbox.eskalasi')}</Badge>}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="gray.8" id="inbox-jumlah">{t('inbox.jumlah', { total: q.data.total.toLocaleString(lang) })}</Text>
            {halaman > 1 && (
              <Pagination total={halaman} value={page} onChange={(p) => setFilter('page', String(p))}
                getItemProps={(p) => ({ 'aria-label': t('inbox.halaman', { p }) })}
                getControlProps={(c) => ({ 'aria-label': t(`inbox.pagination.${c}`) })} />
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

/** A count card that doubles as a filter toggle (aria-pressed tells whether it filters now). */
function Hitung({ label, n, warna, aktif, onClick, testId }: { label: string; n: number; warna?: string; aktif: boolean; onClick: () => void; testId: string }) {
  return (
    <UnstyledButton onClick={onClick} aria-pressed={aktif} data-testid={testId}>
      <Paper component="span" display="block" withBorder p="sm" radius="md" style={aktif ? { borderColor: 'var(--mantine-color-cyan-9)', borderWidth: 2 } : undefined}>
        <Text component="span" display="block" size="xs" c="gray.8">{label}</Text>
        <Text component="span" display="block" fz={28} fw={700} lh={1.1} c={n > 0 ? warna : undefined}>{n.toLocaleString('id-ID')}</Text>
      </Paper>
    </UnstyledButton>
  );
}

/** The bulk-action bar of the selected rows: tugaskan ke (a petugas or round-robin), verifikasi, proses. */
function BarMassal({ ids, items, onSelesai, onBatal }: {
  ids: number[]; items: InboxItem[]; onSelesai: (hasil: MassalHasil['hasil'], nomor: Map<number, string>) => void; onBatal: () => void;
}) {
  const { t } = useTranslation('permohonan');
  const petugasQ = usePetugas();
  const massal = useAksiMassal();
  const [petugas, setPetugas] = useState('');
  const nomor = new Map(items.map((i) => [i.id, i.nomor]));
  const jalankan = (aksi: MassalBody['aksi']) => {
    const body: MassalBody = { ids, aksi, ...(aksi === 'tugaskan' ? { petugasId: petugas === 'otomatis' ? null : Number(petugas) } : {}) };
    massal.mutate(body, { onSuccess: (r) => onSelesai(r.hasil, nomor) });
  };
  return (
    <Card withBorder padding="sm" radius="md" bg="cyan.0" role="region" aria-label={t('inbox.massal.judul', { n: ids.length })} data-testid="bar-massal">
      <Group gap="sm" wrap="wrap" align="flex-end">
        <Text fw={700}>{t('inbox.massal.judul', { n: ids.length })}</Text>
        <NativeSelect label={t('inbox.massal.tugaskanKe')} value={petugas} onChange={(e) => setPetugas(e.currentTarget.value)} w={260}
          data={[
            { value: '', label: t('detail.pilihPetugas') },
            { value: 'otomatis', label: t('detail.otomatis') },
            ...(petugasQ.data ?? []).map((p) => ({ value: String(p.id), label: `${p.nama} (${p.jumlahAktif})` })),
          ]} data-testid="massal-petugas" />
        <Button disabled={!petugas} loading={massal.isPending && massal.variables?.aksi === 'tugaskan'} onClick={() => jalankan('tugaskan')}>{t('inbox.massal.tugaskan')}</Button>
        <Button variant="light" loading={massal.isPending && massal.variables?.aksi === 'verifikasi'} onClick={() => jalankan('verifikasi')}>{t('inbox.massal.verifikasi')}</Button>
        <Button variant="light" loading={massal.isPending && massal.variables?.aksi === 'proses'} onClick={() => jalankan('proses')}>{t('inbox.massal.proses')}</Button>
        <Button variant="subtle" onClick={onBatal}>{t('inbox.massal.batalPilih')}</Button>
      </Group>
      {massal.isError && <Text c="red.9" size="sm" mt="xs" role="alert">{errorMessage(massal.error)}</Text>}
    </Card>
  );
}
