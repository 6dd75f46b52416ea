import { Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PengaturanTahunDetail } from '../../../../contracts/kinerja-dokumen.ts';
import { JENIS_PERIODE, type JenisPeriode } from '../../../../domain/kinerja/periode.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { usePengaturanTahun } from '../api/get-pengaturan-tahun.ts';
import { useUpdatePengaturanTahun } from '../api/update-pengaturan-tahun.ts';
import { beritahu } from '../lib/beritahu.ts';
import { formatWaktu } from '../lib/format.ts';
import { galatPerField, isKonflik } from '../lib/galat.ts';
import { tahunPilihan } from '../lib/periode.ts';

/**
 * Settings of a performance year (PUT /kinerja/tahun/:tahun, kinerja:kelola): jenis periode, keberatan
 * window in WORKING days (1–60), SKP deadline. A year that already has realisasi or penilaian keeps its
 * period kind: the select says so beforehand (`jenisPeriodeTerkunci`) and the server's 409 is explained at
 * the field.
 */
export function PengaturanTahunForm({ tahunIni }: { tahunIni: number }) {
  const { t } = useTranslation('kinerjaOpd');
  const [tahun, setTahun] = useState(tahunIni);
  const q = usePengaturanTahun(tahun);
  return (
    <Stack gap="md">
      <Select
        label={t('umum.tahun')} w={140} allowDeselect={false} data-testid="admin-tahun"
        data={tahunPilihan(tahunIni).map((y) => ({ value: String(y), label: String(y) }))}
        value={String(tahun)} onChange={(v) => v && setTahun(Number(v))}
      />
      {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : (
        <PengaturanIsi key={`${tahun}-${q.data.updatedAt ?? ''}`} awal={q.data} />
      )}
    </Stack>
  );
}

function PengaturanIsi({ awal }: { awal: PengaturanTahunDetail }) {
  const { t, i18n } = useTranslation('kinerjaOpd');
  const [jenis, setJenis] = useState<JenisPeriode>(awal.jenisPeriode);
  const [batas, setBatas] = useState<number | string>(awal.batasKeberatanHariKerja);
  const [batasSkp, setBatasSkp] = useState(awal.batasPenyusunanSkp ?? '');
  const m = useUpdatePengaturanTahun();
  const galat = galatPerField(m.error);
  const konflik = isKonflik(m.error);
  const galatJenis = konflik ? t('admin.konflikPeriode', { tahun: awal.tahun }) : galat.jenisPeriode;

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    m.mutate(
      { tahun: awal.tahun, jenisPeriode: jenis, batasKeberatanHariKerja: typeof batas === 'number' ? batas : Number(batas), batasPenyusunanSkp: batasSkp || null },
      { onSuccess: () => beritahu(t('admin.tersimpan', { tahun: awal.tahun })) },
    );
  };
  const lainnya = m.isError && !konflik && !Object.keys(galat).length;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="pengaturan-judul">
      <form onSubmit={kirim} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="pengaturan-judul">{t('admin.tahunJudul', { tahun: awal.tahun })}</Title>
            {awal.diubahOleh && awal.updatedAt && <Text size="xs" c="gray.8">{awal.diubahOleh} · {formatWaktu(awal.updatedAt, i18n.language)}</Text>}
          </div>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('admin.jenisPeriode')} allowDeselect={false} required data-testid="jenis-periode"
              description={awal.jenisPeriodeTerkunci ? t('admin.jenisTerkunci') : t('admin.jenisPeriodeKet')}
              data={JENIS_PERIODE.map((j) => ({ value: j, label: t(`jenisPeriode.${j}`) }))}
              value={jenis} onChange={(v) => v && setJenis(v as JenisPeriode)} error={galatJenis}
            />
            <NumberInput
              label={t('admin.batasKeberatan')} description={t('admin.batasKeberatanKet')} required min={1} max={60} step={1}
              allowDecimal={false} allowNegative={false} value={batas} onChange={setBatas} error={galat.batasKeberatanHariKerja}
              data-testid="batas-keberatan"
            />
            <TextInput
              type="date" label={t('admin.batasSkp')} description={t('admin.batasSkpKet')} value={batasSkp}
              onChange={(e) => setBatasSkp(e.currentTarget.value)} error={galat.batasPenyusunanSkp}
            />
          </SimpleGrid>
          {lainnya && <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>}
          <Group justify="flex-end"><Button type="submit" loading={m.isPending}>{t('umum.simpan')}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}
