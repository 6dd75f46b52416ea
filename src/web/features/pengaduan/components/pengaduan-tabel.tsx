import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PengaduanRingkas } from '../../../../contracts/pengaduan.ts';
import { formatWaktu } from '../lib/format.ts';
import { BatasBadge } from './batas-badge.tsx';
import { StatusBadge } from './status-badge.tsx';

/**
 * A list of complaints for staff: number (link to /app/pengaduan/:id) with the time received, title with
 * category · kind · source, handling OPD (optional column), status, and the running deadline with its badge.
 * `onTinjau` adds a "Tinjau" button per row (the coordinator's drawer).
 */
export function PengaduanTabel({ items, tampilUnit = true, onTinjau, now = new Date() }: {
  items: PengaduanRingkas[]; tampilUnit?: boolean; onTinjau?: (p: PengaduanRingkas) => void; now?: Date;
}) {
  const { t, i18n } = useTranslation('pengaduan');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={tampilUnit ? 900 : 760}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="tabel-pengaduan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staf.tabel.nomor')}</Table.Th>
            <Table.Th scope="col">{t('staf.tabel.judul')}</Table.Th>
            {tampilUnit && <Table.Th scope="col">{t('staf.tabel.unit')}</Table.Th>}
            <Table.Th scope="col">{t('staf.tabel.status')}</Table.Th>
            <Table.Th scope="col">{t('staf.tabel.batas')}</Table.Th>
            {onTinjau && <Table.Th scope="col"><VisuallyHidden>{t('aksi.judul')}</VisuallyHidden></Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} data-testid={`baris-${p.nomor}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/app/pengaduan/${p.id}`} ff="monospace" size="sm">{p.nomor}</Anchor>
                <Text size="xs" c="gray.8">{formatWaktu(p.dibuatAt, lang)}</Text>
              </Table.Td>
              <Table.Td miw={240}>
                <Text size="sm" fw={500} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>{p.judul}</Text>
                <Text size="xs" c="gray.8">
                  {[p.kategori.nama, t(`klasifikasi.${p.klasifikasi}`), p.sumber !== 'web' ? t(`detail.sumberNama.${p.sumber}`, { defaultValue: p.sumber }) : null]
                    .filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              {tampilUnit && <Table.Td maw={220}><Text size="sm">{p.unit?.nama ?? '—'}</Text></Table.Td>}
              <Table.Td><StatusBadge status={p.status} label={p.statusLabel} /></Table.Td>
              <Table.Td><BatasBadge batas={p.batas} now={now} /></Table.Td>
              {onTinjau && (
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => onTinjau(p)} aria-label={t('koordinasi.bukaAria', { nomor: p.nomor })}>
                    {t('koordinasi.buka')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
