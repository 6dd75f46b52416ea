import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Maklumat } from '../../../../contracts/layanan.ts';
import { PageLoader, ErrorState } from '../../../components/states.tsx';
import { useMaklumat } from '../api/get-maklumat.ts';
import { useSetMaklumat } from '../api/set-maklumat.ts';
import { formatBerlaku } from '../lib/format.ts';
import { GalatUmum, galatField } from './layanan-form.tsx';
import { MaklumatBox } from './maklumat-box.tsx';

/**
 * The maklumat pelayanan editor (UU 25/2009 Pasal 22) for the layanan's unit or its OPD (a choice when they
 * differ); shows the current text as the public sees it. Changes are audited by the server.
 */
export function MaklumatPanel({ unit, opd }: { unit: { id: number; nama: string }; opd: { id: number; nama: string } | null }) {
  const { t } = useTranslation('layanan');
  const pilihan = [unit, ...(opd && opd.id !== unit.id ? [opd] : [])];
  const [unitId, setUnitId] = useState(opd?.id ?? unit.id);
  const q = useMaklumat(unitId);
  return (
    <Stack gap="md">
      <Text size="sm" c="gray.8">{t('admin.maklumat.pengantar')}</Text>
      {pilihan.length > 1 && (
        <NativeSelect
          label={t('admin.maklumat.unit')} value={String(unitId)} onChange={(e) => setUnitId(Number(e.currentTarget.value))}
          data={pilihan.map((u) => ({ value: String(u.id), label: u.nama }))}
        />
      )}
      {q.isPending ? <PageLoader /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : (
        <MaklumatForm key={unitId} unitId={unitId} maklumat={q.data} />
      )}
    </Stack>
  );
}

function MaklumatForm({ unitId, maklumat }: { unitId: number; maklumat: Maklumat | null }) {
  const { t, i18n } = useTranslation('layanan');
  const [teks, setTeks] = useState(maklumat?.teks ?? '');
  const [penandatangan, setPenandatangan] = useState(maklumat?.penandatangan ?? '');
  const [ditetapkan, setDitetapkan] = useState(maklumat?.ditetapkan ?? '');
  const m = useSetMaklumat();
  const galat = galatField(m.error);
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    m.mutate(
      { unitId, teks, penandatangan: penandatangan.trim() || null, ditetapkan: ditetapkan || null },
      { onSuccess: () => notifications.show({ color: 'green', message: t('admin.tersimpan') }) },
    );
  };
  return (
    <Stack gap="md">
      {maklumat ? (
        <>
          <MaklumatBox maklumat={maklumat} />
          <Text size="xs" c="gray.8">{t('admin.maklumat.terakhir', { waktu: formatBerlaku(maklumat.diubahAt, i18n.language) })}</Text>
        </>
      ) : <Text c="gray.8">{t('admin.maklumat.belumAda')}</Text>}
      <form onSubmit={kirim} noValidate>
        <Stack>
          <Textarea label={t('admin.maklumat.teks')} value={teks} onChange={(e) => setTeks(e.currentTarget.value)} error={galat.teks} autosize minRows={4} required />
          <Group grow align="flex-start">
            <TextInput label={t('admin.maklumat.penandatangan')} value={penandatangan} onChange={(e) => setPenandatangan(e.currentTarget.value)} error={galat.penandatangan} />
            <TextInput type="date" label={t('admin.maklumat.ditetapkan')} value={ditetapkan} onChange={(e) => setDitetapkan(e.currentTarget.value)} error={galat.ditetapkan} />
          </Group>
          <GalatUmum error={m.error} />
          <Group justify="flex-end"><Button type="submit" loading={m.isPending}>{t('admin.simpan')}</Button></Group>
        </Stack>
      </form>
    </Stack>
  );
}
