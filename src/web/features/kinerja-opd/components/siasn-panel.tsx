import { Button, Card, Group, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JENIS_EKSPOR_SIASN } from '../../../../contracts/kinerja-dokumen.ts';
import { useOpdList } from '../api/get-opd-list.ts';
import { usePengaturanTahun } from '../api/get-pengaturan-tahun.ts';
import { siasnUrl, type SiasnUnduh } from '../api/unduh-siasn.ts';
import { tahunPilihan } from '../lib/periode.ts';

/**
 * SIASN export downloads (GET /kinerja/siasn, kinerja:kelola; kinerja.md §5.6): year, record kind
 * (skp22 annual / kinerjaperiodik periodic), JSON or CSV, optionally one OPD and (periodic) one period.
 * A plain link: the browser downloads the attachment with the session cookie.
 */
export function SiasnPanel({ tahunIni }: { tahunIni: number }) {
  const { t } = useTranslation('kinerjaOpd');
  const [q, setQ] = useState<SiasnUnduh>({ tahun: tahunIni, jenis: 'skp22', format: 'csv', opdId: null, periodeKe: null });
  const opd = useOpdList();
  const pengaturan = usePengaturanTahun(q.tahun);
  const ubah = (p: Partial<SiasnUnduh>) => setQ((s) => ({ ...s, ...p }));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="siasn-judul">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="siasn-judul">{t('admin.siasnJudul')}</Title>
          <Text size="sm" c="gray.8">{t('admin.siasnKet')}</Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('umum.tahun')} allowDeselect={false} data-testid="siasn-tahun"
            data={tahunPilihan(tahunIni).map((y) => ({ value: String(y), label: String(y) }))}
            value={String(q.tahun)} onChange={(v) => v && ubah({ tahun: Number(v), periodeKe: null })} />
          <Select label={t('admin.siasnJenis')} allowDeselect={false} data-testid="siasn-jenis"
            data={JENIS_EKSPOR_SIASN.map((j) => ({ value: j, label: t(`admin.siasnJenisOpsi.${j}`) }))}
            value={q.jenis} onChange={(v) => v && ubah({ jenis: v as SiasnUnduh['jenis'] })} />
          <Select label={t('admin.siasnOpd')} placeholder={t('admin.siasnSemuaOpd')} clearable searchable data-testid="siasn-opd"
            data={(opd.data ?? []).map((o) => ({ value: String(o.id), label: o.nama }))}
            value={q.opdId ? String(q.opdId) : null} onChange={(v) => ubah({ opdId: v ? Number(v) : null })} />
          {q.jenis === 'kinerjaperiodik' && (
            <Select label={t('admin.siasnPeriode')} placeholder={t('admin.siasnSemuaPeriode')} clearable data-testid="siasn-periode"
              data={(pengaturan.data?.periode ?? []).map((p) => ({ value: String(p.ke), label: p.label }))}
              value={q.periodeKe ? String(q.periodeKe) : null} onChange={(v) => ubah({ periodeKe: v ? Number(v) : null })} />
          )}
        </SimpleGrid>
        <Radio.Group label={t('admin.siasnFormat')} value={q.format} onChange={(v) => ubah({ format: v as SiasnUnduh['format'] })}>
          <Group gap="lg" mt={4}>
            <Radio value="csv" label="CSV" />
            <Radio value="json" label="JSON" />
          </Group>
        </Radio.Group>
        <Group>
          <Button component="a" href={siasnUrl(q)} download data-testid="unduh-siasn">
            {t('admin.unduh', { jenis: q.jenis, format: q.format })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
