import { Alert, Button, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api.ts';
import { useCreateUndangan } from '../api/create-undangan.ts';
import type { StatusSurvei } from '../api/get-survei-list.ts';
import { absoluteUrl } from '../api/urls.ts';
import { Gulir } from './gulir.tsx';
import { SalinTombol } from '../../../components/salin-tombol.tsx';

/**
 * One-time invitation links (POST /skm/survei/:id/undangan), e.g. to print on queue tickets or hand out at a kiosk.
 * The server creates them only for an `aktif` survey (409 otherwise), so the button is off for draf/ditutup.
 */
export function UndanganPanel({ surveiId, status }: { surveiId: number; status: StatusSurvei }) {
  const { t } = useTranslation('skm');
  const [jumlah, setJumlah] = useState<number | string>(10);
  const buat = useCreateUndangan(surveiId);
  const valid = typeof jumlah === 'number' && Number.isInteger(jumlah) && jumlah >= 1 && jumlah <= 500;
  const links = (buat.data ?? []).map((u) => absoluteUrl(u.tautan));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) buat.mutate(jumlah as number);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="gray.8">{t('undangan.ket')}</Text>
        {status !== 'aktif' && <Text size="sm" c="orange.9">{t(`undangan.status.${status}`)}</Text>}
        <Group align="flex-end" gap="xs">
          <NumberInput
            label={t('undangan.jumlah')}
            value={jumlah}
            onChange={setJumlah}
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            error={!valid ? t('undangan.jumlahGalat') : undefined}
            w={140}
            data-testid="undangan-jumlah"
          />
          <Button type="submit" loading={buat.isPending} disabled={!valid || status !== 'aktif'} data-testid="undangan-buat">{t('undangan.buat')}</Button>
        </Group>
        {buat.isError && <Alert color="red" role="alert"><Text size="sm">{errorMessage(buat.error)}</Text></Alert>}
        {links.length > 0 && (
          <Stack gap={6} role="status">
            <Group justify="space-between">
              <Text size="sm" fw={600}>{t('undangan.hasil', { count: links.length })}</Text>
              <SalinTombol text={links.join('\n')} label={t('undangan.salinSemua')} size="xs" />
            </Group>
            <Gulir label={t('undangan.hasil', { count: links.length })} maxHeight={240}>
              <List size="sm" spacing={2} type="ordered" data-testid="undangan-daftar">
                {links.map((l) => <List.Item key={l} style={{ wordBreak: 'break-all' }}>{l}</List.Item>)}
              </List>
            </Gulir>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
