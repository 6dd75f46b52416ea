import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlihkanBody, LoketSaya, TiketLoket } from '../../../../contracts/antrian-loket.ts';

type Lokasi = LoketSaya['lokasi'][number];

/** Transfer a ticket to another layanan and/or a loket of the same lokasi that serves it. */
export function AlihkanModal({ tiket, lokasi, onTutup, onKirim }: {
  tiket: TiketLoket | null; lokasi: Lokasi | undefined; onTutup: () => void; onKirim: (body: AlihkanBody) => void;
}) {
  const { t } = useTranslation('loket');
  const [layananId, setLayananId] = useState<string | null>(null);
  const [loketId, setLoketId] = useState<string | null>(null);
  const layanan = Number(layananId ?? tiket?.layananId ?? 0);
  const layananLain = layananId !== null && layanan !== tiket?.layananId;
  const loketOpsi = (lokasi?.loket ?? []).filter((l) => l.layananIds.includes(layanan)).map((l) => ({ value: String(l.id), label: l.nama }));
  return (
    <Modal opened={!!tiket} onClose={onTutup} title={t('alihkanJudul', { nomor: tiket?.nomor ?? '' })}>
      <Stack>
        <Select label={t('alihkanLayanan')} data={(lokasi?.layanan ?? []).map((l) => ({ value: String(l.id), label: `${l.prefix} · ${l.nama}` }))}
          value={layananId ?? String(tiket?.layananId ?? '')} onChange={(v) => { setLayananId(v); setLoketId(null); }} />
        <Select label={t('alihkanLoket')} data={loketOpsi} value={loketId} onChange={setLoketId} clearable />
        <Group justify="flex-end">
          {/* The server refuses a transfer to the same layanan without a loket (nothing would change). */}
          <Button disabled={!layananLain && !loketId} onClick={() => onKirim({
            ...(layananLain ? { layananId: layanan } : {}),
            ...(loketId ? { loketId: Number(loketId) } : {}),
          })}>{t('simpan')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
