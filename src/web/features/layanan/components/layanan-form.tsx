import { Alert, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layanan } from '../../../../contracts/layanan.ts';
import type { UnitPohon } from '../../../../contracts/org.ts';
import { ApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/session.ts';
import { useCreateLayanan } from '../api/create-layanan.ts';
import { useUnitPohon } from '../api/get-unit-pohon.ts';
import { useUpdateLayanan } from '../api/update-layanan.ts';

export type UnitPilihan = { value: string; label: string };

/**
 * Units a layanan can belong to: every OPD and its direct sub-units (bidang, UPT, kelurahan), limited to
 * the account's own OPD unless it is an admin (the server enforces the same scope).
 */
export function useUnitPilihan(): { data: UnitPilihan[]; isPending: boolean } {
  const pohon = useUnitPohon();
  const me = useMe();
  const data = useMemo(() => {
    const out: UnitPilihan[] = [];
    const semua = me.data?.roles.includes('admin') ?? false;
    const jalan = (u: UnitPohon) => {
      if (u.isOpd) {
        if (semua || u.id === me.data?.opdId) {
          out.push({ value: String(u.id), label: u.nama });
          for (const a of u.anak) out.push({ value: String(a.id), label: `${a.nama} — ${u.singkatan ?? u.nama}` });
        }
        return;
      }
      u.anak.forEach(jalan);
    };
    (pohon.data ?? []).forEach(jalan);
    return out;
  }, [pohon.data, me.data]);
  return { data, isPending: pohon.isPending };
}

/** Field → message of a failed mutation (server `body.kode` → `kode`). */
export const galatField = (e: unknown): Record<string, string> => (e instanceof ApiError ? e.fieldErrors() : {});

/** The general error when the server named no field (shown once above the buttons). */
export function GalatUmum({ error }: { error: unknown }) {
  if (!error) return null;
  if (Object.keys(galatField(error)).length) return null;
  return <Alert color="red" role="alert">{error instanceof Error ? error.message : String(error)}</Alert>;
}

/**
 * Basic fields of a layanan. Without `layanan` it creates one (kode chosen once) and calls `onTersimpan`
 * with the new id; with it, it updates (kode read-only; online/aktif switches).
 */
export function LayananForm({ layanan, onTersimpan, onBatal }: { layanan?: Layanan; onTersimpan?: (id: number) => void; onBatal?: () => void }) {
  const { t } = useTranslation('layanan');
  const unit = useUnitPilihan();
  const [kode, setKode] = useState(layanan?.kode ?? '');
  const [nama, setNama] = useState(layanan?.nama ?? '');
  const [unitId, setUnitId] = useState<string | null>(layanan ? String(layanan.unit.id) : null);
  const [kategori, setKategori] = useState(layanan?.kategori ?? '');
  const [ringkasan, setRingkasan] = useState(layanan?.ringkasan ?? '');
  const [urutan, setUrutan] = useState<number>(layanan?.urutan ?? 0);
  const [online, setOnline] = useState(layanan?.online ?? true);
  const [aktif, setAktif] = useState(layanan?.aktif ?? true);
  const buat = useCreateLayanan();
  const ubah = useUpdateLayanan();
  const m = layanan ? ubah : buat;
  const galat = galatField(m.error);
  // A unit outside the choices (moved, or another OPD's for an admin) still shows by name.
  const pilihan = layanan && !unit.data.some((u) => u.value === String(layanan.unit.id))
    ? [{ value: String(layanan.unit.id), label: layanan.unit.nama }, ...unit.data] : unit.data;

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const selesai = (id: number) => { notifications.show({ color: 'green', message: t('admin.tersimpan') }); onTersimpan?.(id); };
    const dasar = { nama, unitId: Number(unitId), kategori, ringkasan: ringkasan.trim() || null, urutan, online };
    if (layanan) ubah.mutate({ id: layanan.id, ...dasar, aktif }, { onSuccess: () => selesai(layanan.id) });
    else buat.mutate({ kode, ...dasar }, { onSuccess: (d) => selesai(d.layanan.id) });
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('admin.umum.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
          <TextInput
            label={t('admin.umum.kode')} description={t('admin.umum.kodeKet')} value={kode} error={galat.kode} required
            readOnly={!!layanan} onChange={(e) => setKode(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Select
          label={t('admin.umum.unit')} value={unitId} onChange={setUnitId} error={galat.unitId} required searchable data={pilihan}
          nothingFoundMessage="—"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('admin.umum.kategori')} description={t('admin.umum.kategoriKet')} value={kategori} onChange={(e) => setKategori(e.currentTarget.value)} error={galat.kategori} required />
          <NumberInput label={t('admin.umum.urutan')} value={urutan} min={0} max={10000} allowDecimal={false} onChange={(v) => setUrutan(typeof v === 'number' ? v : Number(v) || 0)} error={galat.urutan} />
        </SimpleGrid>
        <Textarea label={t('admin.umum.ringkasan')} value={ringkasan} onChange={(e) => setRingkasan(e.currentTarget.value)} error={galat.ringkasan} autosize minRows={2} />
        <Checkbox label={t('admin.umum.online')} checked={online} onChange={(e) => setOnline(e.currentTarget.checked)} />
        {layanan && <Checkbox label={t('admin.umum.aktif')} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} />}
        <GalatUmum error={m.error} />
        <Group justify="flex-end">
          {onBatal && <Button variant="default" onClick={onBatal}>{t('admin.batal')}</Button>}
          <Button type="submit" loading={m.isPending}>{t('admin.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
