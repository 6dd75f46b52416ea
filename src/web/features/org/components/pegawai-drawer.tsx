import { Badge, Divider, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../../domain/org/nip.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { usePegawai } from '../api/get-pegawai.ts';
import { AtasanEditor } from './atasan-editor.tsx';

/** "1986-09-26" → "26 September 1986" in the current language; "2015-05" → "Mei 2015". */
function tanggal(iso: string | null, lang: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', opts).format(date);
}

/**
 * Drawer with one pegawai's details (GET /org/pegawai/:id) and, for admin/admin OPD (`bolehUbah`),
 * the atasan override editor.
 */
export function PegawaiDrawer({ id, onClose, bolehUbah }: { id: number | null; onClose: () => void; bolehUbah: boolean }) {
  const { t, i18n } = useTranslation('org');
  const q = usePegawai(id);
  const p = q.data;
  const baris = (label: string, nilai: ReactNode) => (
    <Table.Tr>
      <Table.Th scope="row" w="40%" fw={500} c="gray.7">{label}</Table.Th>
      <Table.Td>{nilai}</Table.Td>
    </Table.Tr>
  );
  return (
    <Drawer opened={id != null} onClose={onClose} position="right" size="lg" title={t('detail.judul')} closeButtonProps={{ 'aria-label': t('action.tutup', { ns: 'common' }) }}>
      {q.isPending && id != null && <PageLoader />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {p && (
        <Stack gap="md">
          <div>
            <Text fw={700} size="lg">{p.nama}</Text>
            <Text size="sm" c="gray.7">{p.jabatan ?? '—'}</Text>
          </div>
          <Table withRowBorders={false} verticalSpacing={4} aria-label={t('detail.identitas')}>
            <Table.Tbody>
              {baris(p.jenisAsn === 'PNS' ? t('detail.nip') : t('detail.niPppk'), <Text ff="monospace" size="sm">{p.nipFormat}</Text>)}
              {baris(t('detail.jenisAsn'), p.jenisAsn)}
              {baris(t('detail.jenisKelamin'), t(`detail.jk.${p.jenisKelamin}`))}
              {baris(t('detail.tanggalLahir'), tanggal(p.tanggalLahir, i18n.language))}
              {p.tmtCpns && baris(t('detail.tmtCpns'), tanggal(p.tmtCpns, i18n.language))}
              {baris(t('detail.golongan'), p.pangkat ? `${p.pangkat} (${p.golongan})` : p.golongan)}
              {baris(t('detail.jabatan'), [p.jabatan ?? '—', p.jenisJabatan ? t(`jenisJabatan.${p.jenisJabatan}`) : null].filter(Boolean).join(' · '))}
              {baris(t('detail.unit'), p.unitNama)}
              {baris(t('detail.opd'), p.opdNama ?? '—')}
            </Table.Tbody>
          </Table>
          <Divider />
          <Stack gap={6} component="section" aria-labelledby="garis-atasan-judul">
            <Text fw={600} id="garis-atasan-judul">{t('detail.garis')}</Text>
            <Text size="sm" c="gray.7">{t('detail.atasan')}</Text>
            {p.atasan ? (
              <Group gap="xs" wrap="wrap">
                <Text>{p.atasan.nama}</Text>
                {p.atasanSumber && (
                  <Badge variant="light" color={p.atasanSumber === 'override' ? 'orange' : 'gray'}>{t(`detail.sumber.${p.atasanSumber}`)}</Badge>
                )}
              </Group>
            ) : (
              <Text size="sm">{t('detail.tanpaAtasan')}</Text>
            )}
            {p.atasan && <Text size="sm" c="gray.7">{[p.atasan.jabatan, /^\d{18}$/.test(p.atasan.nip) ? formatNip(p.atasan.nip) : p.atasan.nip].filter(Boolean).join(' · ')}</Text>}
            {p.atasanSumber === 'override' && p.atasanJabatan && (
              <Text size="sm" c="gray.7">{t('detail.atasanJabatan', { nama: p.atasanJabatan.nama })}</Text>
            )}
            <Text size="sm">
              <Text span c="gray.7">{t('detail.bawahan')}: </Text>
              {t('detail.bawahanNilai', { langsung: p.jumlahBawahan, total: p.jumlahBawahanTotal })}
            </Text>
          </Stack>
          {bolehUbah && (
            <>
              <Divider />
              <AtasanEditor key={p.id} pegawai={p} />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
