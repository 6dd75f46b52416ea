import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PegawaiDetail } from '../../../../contracts/org.ts';
import { errorMessage } from '../../../lib/api.ts';
import { usePegawaiList } from '../api/get-pegawai-list.ts';
import { useUpdateAtasan } from '../api/update-atasan.ts';

type Opsi = { value: string; label: string };

/**
 * Sets or clears the atasan override of one pegawai (admin everywhere, admin OPD within their OPD; the
 * server enforces both). The candidate list is searched on the server (name or NIP, debounced), so it
 * stays within the caller's scope. Loops and self-assignment are refused by the server with a message
 * naming the chain, shown here as an alert.
 */
export function AtasanEditor({ pegawai }: { pegawai: PegawaiDetail }) {
  const { t } = useTranslation('org');
  const [pilihan, setPilihan] = useState<Opsi | null>(null);
  const [cari, setCari] = useState('');
  const [cariTunda] = useDebouncedValue(cari.trim(), 300);
  const aktifCari = cariTunda.length >= 2 && cariTunda !== pilihan?.label;
  const kandidat = usePegawaiList({ q: cariTunda, per_page: 20 }, { enabled: aktifCari });
  const simpan = useUpdateAtasan(pegawai.id);

  const data = useMemo(() => {
    const opsi: Opsi[] = (aktifCari ? kandidat.data?.items ?? [] : [])
      .filter((p) => p.id !== pegawai.id)
      .map((p) => ({ value: String(p.id), label: `${p.nama} — ${p.nipFormat}` }));
    if (pilihan && !opsi.some((o) => o.value === pilihan.value)) opsi.unshift(pilihan);
    return opsi;
  }, [aktifCari, kandidat.data, pegawai.id, pilihan]);

  const kirim = (atasanId: number | null) =>
    simpan.mutate(
      { atasanId },
      {
        onSuccess: (d) => {
          setPilihan(null);
          setCari('');
          notifications.show({ color: 'teal', message: t('detail.berhasil', { nama: d.nama }) });
        },
      },
    );

  return (
    <Stack gap="xs" component="section" aria-labelledby="ubah-atasan-judul">
      <Text fw={600} id="ubah-atasan-judul">{t('detail.ubahAtasan')}</Text>
      <Text size="sm" c="gray.7">{t('detail.ubahPengantar')}</Text>
      <Select
        label={t('detail.pilihAtasan')}
        description={t('detail.pilihAtasanDeskripsi')}
        searchable
        clearable
        data={data}
        value={pilihan?.value ?? null}
        onChange={(value, option) => setPilihan(value && option ? { value, label: option.label } : null)}
        searchValue={cari}
        onSearchChange={setCari}
        filter={({ options }) => options}
        nothingFoundMessage={aktifCari && !kandidat.isFetching ? t('detail.tidakDitemukan') : undefined}
        rightSectionPointerEvents={pilihan ? 'all' : 'none'}
      />
      {simpan.isError && (
        <Alert color="red" title={t('detail.gagal')} role="alert">{errorMessage(simpan.error)}</Alert>
      )}
      <Group gap="xs">
        <Button onClick={() => pilihan && kirim(Number(pilihan.value))} disabled={!pilihan} loading={simpan.isPending}>
          {t('detail.simpan')}
        </Button>
        {pegawai.atasanSumber === 'override' && (
          <Button variant="default" onClick={() => kirim(null)} loading={simpan.isPending}>
            {t('detail.kembalikan')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
