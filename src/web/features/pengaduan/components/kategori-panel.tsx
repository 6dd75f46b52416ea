import { Alert, Badge, Button, Card, Group, Modal, NativeSelect, Stack, Switch, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KategoriAdmin } from '../../../../contracts/pengaduan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCreateKategori } from '../api/create-kategori.ts';
import { useKategoriAdmin } from '../api/get-kategori-admin.ts';
import { useOpd } from '../api/get-opd.ts';
import { useUpdateKategori } from '../api/update-kategori.ts';

/**
 * Complaint categories (= Open311 service types): the table with report counts, add / edit (name,
 * description, group, keywords, default OPD) in a modal, and activate / deactivate in one click. The
 * kode (service_code) is fixed once created.
 */
export function KategoriPanel() {
  const { t } = useTranslation('pengaduan');
  const q = useKategoriAdmin();
  const ubah = useUpdateKategori();
  const [modal, setModal] = useState<{ awal: KategoriAdmin | null } | null>(null);

  const alih = (k: KategoriAdmin) =>
    ubah.mutate({ id: k.id, aktif: !k.aktif }, {
      onSuccess: () => notifications.show({ color: 'green', message: t('pengaturan.tersimpan') }),
      onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
    });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="kategori-judul">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="kategori-judul">{t('pengaturan.kategoriJudul')}</Title>
            <Text size="sm" c="gray.8" mt={4}>{t('pengaturan.kategoriKet')}</Text>
          </div>
          <Button onClick={() => setModal({ awal: null })}>{t('pengaturan.tambahKategori')}</Button>
        </Group>
        {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : q.data.length === 0 ? (
          <Text size="sm" c="gray.8">{t('pengaturan.kategoriKosong')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" data-testid="tabel-kategori">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('pengaturan.nama')}</Table.Th>
                  <Table.Th scope="col">{t('pengaturan.kode')}</Table.Th>
                  <Table.Th scope="col">{t('pengaturan.opdBawaan')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('pengaturan.tabel.jumlah')}</Table.Th>
                  <Table.Th scope="col">{t('pengaturan.tabel.status')}</Table.Th>
                  <Table.Th scope="col"><VisuallyHidden>{t('pengaturan.tabel.aksi')}</VisuallyHidden></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.map((k) => (
                  <Table.Tr key={k.id} data-testid={`kategori-${k.kode}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>{k.nama}</Text>
                      {k.grup && <Text size="xs" c="gray.8">{k.grup}</Text>}
                    </Table.Td>
                    <Table.Td><Text size="sm" ff="monospace">{k.kode}</Text></Table.Td>
                    <Table.Td><Text size="sm">{k.unit?.nama ?? t('pengaturan.tanpaOpd')}</Text></Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{k.jumlahPengaduan}</Table.Td>
                    <Table.Td>
                      <Badge color={k.aktif ? 'green' : 'gray'} variant="light" styles={{ root: { textTransform: 'none', flexShrink: 0, minWidth: 'max-content' } }}>
                        {k.aktif ? t('pengaturan.aktif') : t('pengaturan.nonaktif')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button size="xs" variant="light" onClick={() => setModal({ awal: k })} aria-label={t('pengaturan.ubahKategori', { nama: k.nama })}>
                          {t('pengaturan.ubah')}
                        </Button>
                        <Button size="xs" variant="light" color={k.aktif ? 'red' : undefined} onClick={() => alih(k)}
                          loading={ubah.isPending && ubah.variables?.id === k.id}
                          aria-label={`${k.aktif ? t('pengaturan.nonaktifkan') : t('pengaturan.aktifkan')} ${k.nama}`}>
                          {k.aktif ? t('pengaturan.nonaktifkan') : t('pengaturan.aktifkan')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }}
        opened={modal != null} onClose={() => setModal(null)} size="lg"
        title={modal?.awal ? t('pengaturan.ubahKategori', { nama: modal.awal.nama }) : t('pengaturan.kategoriBaru')}
      >
        {modal && <KategoriForm awal={modal.awal} onClose={() => setModal(null)} />}
      </Modal>
    </Card>
  );
}

function KategoriForm({ awal, onClose }: { awal: KategoriAdmin | null; onClose: () => void }) {
  const { t } = useTranslation('pengaduan');
  const opd = useOpd();
  const buat = useCreateKategori();
  const ubah = useUpdateKategori();
  const m = awal ? ubah : buat;
  const [v, setV] = useState({
    kode: awal?.kode ?? '', nama: awal?.nama ?? '', deskripsi: awal?.deskripsi ?? '', grup: awal?.grup ?? '',
    kataKunci: awal?.kataKunci ?? '', unitId: awal?.unit ? String(awal.unit.id) : '', aktif: awal?.aktif ?? true,
  });
  const galat = m.error instanceof ApiError ? m.error.fieldErrors() : {};
  const set = <K extends keyof typeof v>(k: K, x: (typeof v)[K]) => setV((s) => ({ ...s, [k]: x }));
  const kosongNull = (s: string) => (s.trim() ? s.trim() : null);

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const isi = {
      nama: v.nama.trim(), deskripsi: kosongNull(v.deskripsi), grup: kosongNull(v.grup), kataKunci: kosongNull(v.kataKunci),
      unitId: v.unitId ? Number(v.unitId) : null,
    };
    const selesai = { onSuccess: () => { notifications.show({ color: 'green', message: t('pengaturan.tersimpan') }); onClose(); } };
    if (awal) ubah.mutate({ id: awal.id, ...isi, aktif: v.aktif }, selesai);
    else buat.mutate({ kode: v.kode.trim(), ...isi, aktif: v.aktif }, selesai);
  };

  const opdData = [{ value: '', label: t('pengaturan.tanpaOpd') }, ...(opd.data ?? []).map((o) => ({ value: String(o.id), label: o.nama }))];
  if (awal?.unit && !opdData.some((o) => o.value === String(awal.unit!.id))) opdData.push({ value: String(awal.unit.id), label: awal.unit.nama });

  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <TextInput label={t('pengaturan.kode')} description={t('pengaturan.kodeBantuan')} required disabled={!!awal} value={v.kode}
          onChange={(e) => set('kode', e.currentTarget.value)} error={galat.kode} maxLength={64} autoComplete="off" data-autofocus />
        <TextInput label={t('pengaturan.nama')} required value={v.nama} onChange={(e) => set('nama', e.currentTarget.value)} error={galat.nama} maxLength={120} />
        <Textarea label={t('pengaturan.deskripsi')} autosize minRows={2} value={v.deskripsi} onChange={(e) => set('deskripsi', e.currentTarget.value)} error={galat.deskripsi} maxLength={1000} />
        <TextInput label={t('pengaturan.grup')} value={v.grup} onChange={(e) => set('grup', e.currentTarget.value)} error={galat.grup} maxLength={120} />
        <TextInput label={t('pengaturan.kataKunci')} value={v.kataKunci} onChange={(e) => set('kataKunci', e.currentTarget.value)} error={galat.kataKunci} maxLength={300} />
        <NativeSelect label={t('pengaturan.opdBawaan')} data={opdData} value={v.unitId} onChange={(e) => set('unitId', e.currentTarget.value)} error={galat.unitId} />
        <Switch label={t('pengaturan.aktif')} checked={v.aktif} onChange={(e) => set('aktif', e.currentTarget.checked)} />
        {m.isError && !Object.keys(galat).length && <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('pengaturan.batal')}</Button>
          <Button type="submit" loading={m.isPending}>{t('pengaturan.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
