import {
  Alert, Anchor, Button, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../contracts/auth.ts';
import type { PegawaiQuery } from '../../../../contracts/org.ts';
import { GOLONGAN_PNS, GOLONGAN_PPPK, PANGKAT_PNS } from '../../../../domain/org/golongan.ts';
import { JENIS_JABATAN } from '../../../../domain/org/jabatan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/session.ts';
import { useOpdList } from '../api/get-opd-list.ts';
import { usePegawaiList } from '../api/get-pegawai-list.ts';
import { PegawaiDrawer } from '../components/pegawai-drawer.tsx';
import '../i18n.ts';

const PER_PAGE = 25;

type Saringan = { opd: string | null; jenisAsn: string | null; golongan: string | null; jenisJabatan: string | null };
const KOSONG: Saringan = { opd: null, jenisAsn: null, golongan: null, jenisJabatan: null };

/**
 * Admin page /admin/pegawai (permission `org:lihat`): search (debounced, name or NIP prefix), filters,
 * a paginated table with formatted NIPs, and a drawer with details; admin and admin OPD can change the
 * atasan override there. The server applies the scope (all / own OPD / own reporting line).
 */
export default function PegawaiListPage() {
  const { t, i18n } = useTranslation('org');
  const me = useMe();
  const opd = useOpdList();
  const [cari, setCari] = useState('');
  const [cariTunda] = useDebouncedValue(cari.trim(), 300);
  const [saringan, setSaringan] = useState<Saringan>(KOSONG);
  const [dipilih, setDipilih] = useState<number | null>(null);

  const query: Partial<PegawaiQuery> = {
    q: cariTunda || undefined,
    opd_id: saringan.opd ? Number(saringan.opd) : undefined,
    jenis_asn: (saringan.jenisAsn ?? undefined) as PegawaiQuery['jenis_asn'],
    golongan: (saringan.golongan ?? undefined) as PegawaiQuery['golongan'],
    jenis_jabatan: (saringan.jenisJabatan ?? undefined) as PegawaiQuery['jenis_jabatan'],
    per_page: PER_PAGE,
  };
  // Any change of search or filters starts again at page 1 (derived, so no extra request for the old page).
  const kunci = JSON.stringify(query);
  const [halaman, setHalaman] = useState({ kunci, page: 1 });
  const page = halaman.kunci === kunci ? halaman.page : 1;
  const list = usePegawaiList({ ...query, page });

  const ubah = (k: keyof Saringan) => (v: string | null) => setSaringan((s) => ({ ...s, [k]: v }));
  const golonganData = useMemo(() => [
    { group: t('golonganGrup.pns'), items: GOLONGAN_PNS.map((g) => ({ value: g, label: `${g} — ${PANGKAT_PNS[g]}` })) },
    { group: t('golonganGrup.pppk'), items: GOLONGAN_PPPK.map((g) => ({ value: g, label: g })) },
  ], [t]);
  const angka = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const bolehUbah = can(me.data?.roles, 'org:kelola');
  const total = list.data?.total ?? 0;
  const halamanTerakhir = Math.max(1, Math.ceil(total / PER_PAGE));
  const adaSaringan = cari !== '' || Object.values(saringan).some((v) => v != null);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('pegawai.judul')}</Title>
        <Text size="sm" c="gray.7">{t('pegawai.pengantar')}</Text>
      </div>

      <Stack gap="sm" role="search" aria-label={t('pegawai.saringan')}>
        <TextInput
          label={t('pegawai.cari')}
          description={t('pegawai.cariDeskripsi')}
          type="search"
          value={cari}
          onChange={(e) => setCari(e.currentTarget.value)}
          maxLength={100}
          autoComplete="off"
        />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select
            label={t('pegawai.opd')}
            placeholder={t('pegawai.semuaOpd')}
            data={(opd.data ?? []).map((o) => ({ value: String(o.id), label: o.singkatan ? `${o.singkatan} — ${o.nama}` : o.nama }))}
            value={saringan.opd}
            onChange={ubah('opd')}
            searchable
            clearable
          />
          <Select
            label={t('pegawai.jenisAsn')}
            placeholder={t('pegawai.semua')}
            data={['PNS', 'PPPK']}
            value={saringan.jenisAsn}
            onChange={ubah('jenisAsn')}
            clearable
          />
          <Select
            label={t('pegawai.golongan')}
            placeholder={t('pegawai.semua')}
            data={golonganData}
            value={saringan.golongan}
            onChange={ubah('golongan')}
            searchable
            clearable
          />
          <Select
            label={t('pegawai.jenisJabatan')}
            placeholder={t('pegawai.semua')}
            data={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jenisJabatan.${j}`) }))}
            value={saringan.jenisJabatan}
            onChange={ubah('jenisJabatan')}
            clearable
          />
        </SimpleGrid>
        {adaSaringan && (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => { setCari(''); setSaringan(KOSONG); }}>{t('pegawai.reset')}</Button>
          </Group>
        )}
      </Stack>

      {list.isPending && <PageLoader />}
      {list.isError && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <>
          <Text size="sm" role="status" aria-live="polite">
            {total === 0
              ? t('pegawai.kosong')
              : t('pegawai.ringkasan', { dari: angka((page - 1) * PER_PAGE + 1), sampai: angka(Math.min(page * PER_PAGE, total)), total: angka(total) })}
          </Text>
          {total > 0 && (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover verticalSpacing="xs" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
                <VisuallyHidden component="caption">{t('pegawai.caption', { page })}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('pegawai.kolom.nip')}</Table.Th>
                    <Table.Th scope="col">{t('pegawai.kolom.nama')}</Table.Th>
                    <Table.Th scope="col">{t('pegawai.kolom.golongan')}</Table.Th>
                    <Table.Th scope="col">{t('pegawai.kolom.jabatan')}</Table.Th>
                    <Table.Th scope="col">{t('pegawai.kolom.unit')}</Table.Th>
                    <Table.Th scope="col">{t('pegawai.kolom.atasan')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((p) => (
                    <Table.Tr key={p.id} onClick={() => setDipilih(p.id)} style={{ cursor: 'pointer' }}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text ff="monospace" size="sm">{p.nipFormat}</Text>
                        {p.jenisAsn === 'PPPK' && <Text size="xs" c="gray.7">PPPK</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Anchor component="button" type="button" size="sm" ta="left" onClick={(e) => { e.stopPropagation(); setDipilih(p.id); }}
                          aria-label={t('pegawai.lihat', { nama: p.nama })}>
                          {p.nama}
                        </Anchor>
                      </Table.Td>
                      <Table.Td title={p.pangkat ?? undefined}>{p.golongan}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.jabatan ?? '—'}</Text>
                        {p.jenisJabatan && <Text size="xs" c="gray.7">{t(`jenisJabatan.${p.jenisJabatan}`)}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.unitNama}</Text>
                        {p.opdNama && p.opdNama !== p.unitNama && <Text size="xs" c="gray.7">{p.opdNama}</Text>}
                      </Table.Td>
                      <Table.Td><Text size="sm">{p.atasan?.nama ?? t('pegawai.tanpaAtasan')}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {halamanTerakhir > 1 && (
            <Group justify="center">
              <Pagination
                total={halamanTerakhir}
                value={page}
                onChange={(n) => setHalaman({ kunci, page: n })}
                aria-label={t('pegawai.halaman')}
                getControlProps={(c) => (c === 'previous' ? { 'aria-label': t('pegawai.sebelumnya') } : c === 'next' ? { 'aria-label': t('pegawai.berikutnya') } : {})}
                getItemProps={(n) => ({ 'aria-label': t('pegawai.keHalaman', { page: n }) })}
              />
            </Group>
          )}
        </>
      )}
      {opd.isError && <Alert color="yellow" role="alert">{errorMessage(opd.error)}</Alert>}
      <PegawaiDrawer id={dipilih} onClose={() => setDipilih(null)} bolehUbah={bolehUbah} />
    </Stack>
  );
}
