import {
  Alert, Anchor, Button, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
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

/** Filter → its URL query parameter (the API's names). */
const PARAM = { opd: 'opd_id', jenisAsn: 'jenis_asn', golongan: 'golongan', jenisJabatan: 'jenis_jabatan' } as const;
type Saringan = Record<keyof typeof PARAM, string | null>;
const JENIS_ASN = ['PNS', 'PPPK'] as const;
const GOLONGAN: readonly string[] = [...GOLONGAN_PNS, ...GOLONGAN_PPPK];

/** `v` when it is one of `allowed`, else null (a hand-edited URL must not make the API answer 400). */
const salahSatu = (v: string | null, allowed: readonly string[]) => (v != null && allowed.includes(v) ? v : null);
const bilanganPositif = (v: string | null) => (v != null && /^[1-9]\d{0,8}$/.test(v) ? Number(v) : null);

/**
 * Admin page /admin/pegawai (permission `org:lihat`): search (debounced, name or NIP prefix), filters,
 * a paginated table with formatted NIPs, and a drawer with details; admin and admin OPD can change the
 * atasan override there. The server applies the scope (all / own OPD / own reporting line).
 * Search, filters, page and the opened pegawai live in the URL (?q=&opd_id=&…&page=&pegawai=), so a reload
 * keeps them and Back works: opening a pegawai and changing page add a history entry (Back closes the
 * drawer / returns to the previous page); typing and filtering replace the current one.
 */
export default function PegawaiListPage() {
  const { t, i18n } = useTranslation('org');
  const me = useMe();
  const opd = useOpdList();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();

  const ubahUrl = (ubah: (p: URLSearchParams) => void, opts: { push?: boolean; state?: unknown } = {}) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      ubah(next);
      return next;
    }, { replace: !opts.push, state: opts.state, preventScrollReset: true });

  const saringan: Saringan = {
    opd: bilanganPositif(params.get(PARAM.opd)) != null ? params.get(PARAM.opd) : null,
    jenisAsn: salahSatu(params.get(PARAM.jenisAsn), JENIS_ASN),
    golongan: salahSatu(params.get(PARAM.golongan), GOLONGAN),
    jenisJabatan: salahSatu(params.get(PARAM.jenisJabatan), JENIS_JABATAN),
  };
  const page = bilanganPositif(params.get('page')) ?? 1;
  const dipilih = bilanganPositif(params.get('pegawai'));

  // The search box is local while typing; the debounced text goes to ?q= (replace: no entry per keystroke).
  const qUrl = (params.get('q') ?? '').slice(0, 100);
  const [cari, setCari] = useState(qUrl);
  const [cariTunda] = useDebouncedValue(cari.trim(), 300);
  const qTerakhir = useRef(qUrl);
  useEffect(() => {
    if (cariTunda === qTerakhir.current) return;
    qTerakhir.current = cariTunda;
    ubahUrl((p) => { if (cariTunda) p.set('q', cariTunda); else p.delete('q'); p.delete('page'); });
    // Only a new debounced text writes the URL (ubahUrl is a new function every render).
  }, [cariTunda]);
  useEffect(() => {
    // The URL changed by itself (Back/Forward): show its text in the box.
    if (qUrl !== qTerakhir.current) { qTerakhir.current = qUrl; setCari(qUrl); }
  }, [qUrl]);

  const query: Partial<PegawaiQuery> = {
    q: qUrl.trim() || undefined,
    opd_id: saringan.opd ? Number(saringan.opd) : undefined,
    jenis_asn: (saringan.jenisAsn ?? undefined) as PegawaiQuery['jenis_asn'],
    golongan: (saringan.golongan ?? undefined) as PegawaiQuery['golongan'],
    jenis_jabatan: (saringan.jenisJabatan ?? undefined) as PegawaiQuery['jenis_jabatan'],
    per_page: PER_PAGE,
  };
  const list = usePegawaiList({ ...query, page });

  // Any change of search or filters starts again at page 1.
  const ubah = (k: keyof Saringan) => (v: string | null) => ubahUrl((p) => { if (v) p.set(PARAM[k], v); else p.delete(PARAM[k]); p.delete('page'); });
  const keHalaman = (n: number) => ubahUrl((p) => { if (n > 1) p.set('page', String(n)); else p.delete('page'); }, { push: true });
  const buka = (id: number) => ubahUrl((p) => p.set('pegawai', String(id)), { push: true, state: { drawer: true } });
  // Opened from this list: go back to the entry without ?pegawai= (so Back afterwards does not reopen it);
  // opened from a reloaded or shared URL: just drop the parameter.
  const tutup = () => ((location.state as { drawer?: boolean } | null)?.drawer ? navigate(-1) : ubahUrl((p) => p.delete('pegawai')));
  const hapusSaringan = () => {
    setCari('');
    qTerakhir.current = '';
    ubahUrl((p) => { for (const k of ['q', 'page', ...Object.values(PARAM)]) p.delete(k); });
  };
  const golonganData = useMemo(() => [
    { group: t('golonganGrup.pns'), items: GOLONGAN_PNS.map((g) => ({ value: g, label: `${g} — ${PANGKAT_PNS[g]}` })) },
    { group: t('golonganGrup.pppk'), items: GOLONGAN_PPPK.map((g) => ({ value: g, label: g })) },
  ], [t]);
  const angka = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const bolehUbah = can(me.data?.roles, 'org:kelola');
  const total = list.data?.total ?? 0;
  const halamanTerakhir = Math.max(1, Math.ceil(total / PER_PAGE));
  const adaSaringan = cari !== '' || qUrl !== '' || Object.values(saringan).some((v) => v != null);

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
            data={[...JENIS_ASN]}
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
            <Button variant="subtle" size="xs" onClick={hapusSaringan}>{t('pegawai.reset')}</Button>
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
                    <Table.Tr key={p.id} onClick={() => buka(p.id)} style={{ cursor: 'pointer' }}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text ff="monospace" size="sm">{p.nipFormat}</Text>
                        {p.jenisAsn === 'PPPK' && <Text size="xs" c="gray.7">PPPK</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Anchor component="button" type="button" size="sm" ta="left" onClick={(e) => { e.stopPropagation(); buka(p.id); }}
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
                onChange={keHalaman}
                aria-label={t('pegawai.halaman')}
                getControlProps={(c) => (c === 'previous' ? { 'aria-label': t('pegawai.sebelumnya') } : c === 'next' ? { 'aria-label': t('pegawai.berikutnya') } : {})}
                getItemProps={(n) => ({ 'aria-label': t('pegawai.keHalaman', { page: n }) })}
              />
            </Group>
          )}
        </>
      )}
      {opd.isError && <Alert color="yellow" role="alert">{errorMessage(opd.error)}</Alert>}
      <PegawaiDrawer id={dipilih} onClose={tutup} bolehUbah={bolehUbah} />
    </Stack>
  );
}
