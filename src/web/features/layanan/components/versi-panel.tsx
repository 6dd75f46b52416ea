import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayananAdminDetail, StandarVersi } from '../../../../contracts/layanan.ts';
import { useCreateDraf } from '../api/create-draf.ts';
import { useDeleteDraf } from '../api/delete-draf.ts';
import { useUpdateDraf } from '../api/update-draf.ts';
import { formatBerlaku } from '../lib/format.ts';
import { isiDari, STANDAR_KOSONG, StandarForm } from './standar-form.tsx';
import { StandarView } from './standar-view.tsx';
import { TerbitForm } from './terbit-form.tsx';

type Keadaan = 'draf' | 'berlaku' | 'akan_berlaku' | 'lama';
type Buka = { jenis: 'lihat' | 'ubah' | 'terbit'; v: StandarVersi } | { jenis: 'baru' } | null;

const WARNA: Record<Keadaan, string> = { draf: 'yellow.9', berlaku: 'teal', akan_berlaku: 'blue', lama: 'gray' };

function keadaan(v: StandarVersi, berlaku: number | null): Keadaan {
  if (!v.terbit) return 'draf';
  if (v.versi === berlaku) return 'berlaku';
  return v.berlakuMulai && new Date(v.berlakuMulai).getTime() > Date.now() ? 'akan_berlaku' : 'lama';
}

/**
 * The versions of a layanan's standar pelayanan (ADR 0013): published ones can only be viewed; the one
 * draft can be edited, published (SK + start) or deleted; "Buat versi baru" pre-fills a draft from the
 * latest version.
 */
export function VersiPanel({ detail }: { detail: LayananAdminDetail }) {
  const { t, i18n } = useTranslation('layanan');
  const [buka, setBuka] = useState<Buka>(null);
  const tutup = () => setBuka(null);
  const id = detail.layanan.id;
  const adaDraf = detail.versi.some((v) => !v.terbit);
  const buat = useCreateDraf();
  const ubah = useUpdateDraf();
  const hapus = useDeleteDraf();

  const konfirmasiHapus = (v: StandarVersi) => {
    if (window.confirm(t('admin.versi.hapusKonfirmasi', { versi: v.versi }))) hapus.mutate({ id, versi: v.versi });
  };

  const judul = !buka ? '' : buka.jenis === 'baru' ? t('admin.versi.judulBaru')
    : buka.jenis === 'lihat' ? t('admin.versi.judulLihat', { versi: buka.v.versi })
      : buka.jenis === 'ubah' ? t('admin.versi.judulUbah', { versi: buka.v.versi }) : t('admin.terbit.judul', { versi: buka.v.versi });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="gray.8">{t('admin.versi.buatKet')}</Text>
        <Button onClick={() => { buat.reset(); setBuka({ jenis: 'baru' }); }} disabled={adaDraf}>{t('admin.versi.buat')}</Button>
      </Group>
      {detail.versi.length === 0 ? <Text c="gray.8">{t('admin.versi.kosong')}</Text> : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.versi.kolom.versi')}</Table.Th><Table.Th>{t('admin.versi.kolom.status')}</Table.Th>
                <Table.Th>{t('admin.versi.kolom.mulai')}</Table.Th><Table.Th>{t('admin.versi.kolom.sk')}</Table.Th>
                <Table.Th>{t('admin.versi.kolom.aksi')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.versi.map((v) => {
                const k = keadaan(v, detail.versiBerlaku);
                return (
                  <Table.Tr key={v.id} data-testid={`versi-${v.versi}`}>
                    <Table.Td>v{v.versi} · {v.jangkaWaktu.teks}</Table.Td>
                    <Table.Td><Badge variant="light" color={WARNA[k]} tt="none">{t(`admin.versi.status.${k}`)}</Badge></Table.Td>
                    <Table.Td>{v.berlakuMulai ? formatBerlaku(v.berlakuMulai, i18n.language) : '—'}</Table.Td>
                    <Table.Td><Text size="sm" lineClamp={2}>{v.skNomor ?? '—'}</Text></Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setBuka({ jenis: 'lihat', v })}>{t('admin.versi.lihat')}</Button>
                        {!v.terbit && (
                          <>
                            <Button size="xs" variant="light" onClick={() => { ubah.reset(); setBuka({ jenis: 'ubah', v }); }}>{t('admin.versi.ubah')}</Button>
                            <Button size="xs" color="teal" onClick={() => setBuka({ jenis: 'terbit', v })}>{t('admin.versi.terbitkan')}</Button>
                            <Button size="xs" variant="subtle" color="red" onClick={() => konfirmasiHapus(v)}>{t('admin.versi.hapus')}</Button>
                          </>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={!!buka} onClose={tutup} title={judul} closeButtonProps={{ 'aria-label': t('admin.tutup') }} size={buka?.jenis === 'terbit' ? 'md' : 'xl'}>
        {buka?.jenis === 'lihat' && (
          <Stack>
            {buka.v.terbit && <Text size="sm" c="gray.8">{t('admin.versi.terkunci')}</Text>}
            <StandarView standar={buka.v} level={3} />
          </Stack>
        )}
        {buka?.jenis === 'baru' && (
          <StandarForm
            awal={detail.versi[0] ? isiDari(detail.versi[0]) : STANDAR_KOSONG} pending={buat.isPending} error={buat.error} onBatal={tutup}
            onKirim={(isi) => buat.mutate({ id, isi }, { onSuccess: tutup })}
          />
        )}
        {buka?.jenis === 'ubah' && (
          <StandarForm
            awal={isiDari(buka.v)} pending={ubah.isPending} error={ubah.error} onBatal={tutup}
            onKirim={(isi) => ubah.mutate({ id, versi: buka.v.versi, isi }, { onSuccess: tutup })}
          />
        )}
        {buka?.jenis === 'terbit' && <TerbitForm layananId={id} versi={buka.v.versi} onSelesai={tutup} onBatal={tutup} />}
      </Modal>
    </Stack>
  );
}
