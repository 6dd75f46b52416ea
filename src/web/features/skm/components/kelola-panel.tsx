import { Alert, Button, Divider, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survei } from '../../../../contracts/skm.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/session.ts';
import { useUpdateSurvei, type SurveiUpdateBody } from '../api/update-survei.ts';
import { formatBulat, pemisahAngka } from '../lib/format.ts';
import { targetSampel } from '../lib/sampel.ts';
import { StatusBadge } from './status-badge.tsx';

/**
 * Status change (aktif ⇄ ditutup) and populasi edit (PATCH /skm/survei/:id), skm:kelola only. Reopening a
 * closed survey is for role admin (BKPSDM) only (ADR 0005); an admin OPD sees why instead of the button.
 */
export function KelolaPanel({ survei }: { survei: Survei }) {
  const { t, i18n } = useTranslation('skm');
  const lang = i18n.language;
  const ubah = useUpdateSurvei(survei.id);
  const [populasi, setPopulasi] = useState<number | string>(survei.populasi ?? '');
  const [pending, setPending] = useState<'status' | 'populasi' | null>(null);
  const target = targetSampel(populasi);
  const fields = ubah.error instanceof ApiError ? ubah.error.fieldErrors() : {};
  const populasiBerubah = (populasi === '' ? null : populasi) !== survei.populasi;

  const kirim = (body: SurveiUpdateBody, what: 'status' | 'populasi', pesan: string) => {
    setPending(what);
    ubah.mutate(body, {
      onSuccess: () => notifications.show({ color: 'green', message: pesan }),
      onSettled: () => setPending(null),
    });
  };

  const onPopulasi = (e: FormEvent) => {
    e.preventDefault();
    if (populasi !== '' && target == null) return;
    kirim({ populasi: populasi === '' ? null : (populasi as number) }, 'populasi', t('kelola.populasiTersimpan'));
  };

  const nextStatus = survei.status === 'aktif' ? 'ditutup' : 'aktif';
  const me = useMe();
  const bolehUbahStatus = survei.status !== 'ditutup' || (me.data?.roles ?? []).includes('admin');
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm" fw={600}>{t('kelola.statusSaatIni')}</Text>
        <StatusBadge status={survei.status} />
      </Group>
      <Text size="sm" c="gray.8">{bolehUbahStatus ? t(`kelola.statusKet.${nextStatus}`) : t('kelola.khususAdmin')}</Text>
      {bolehUbahStatus && <Group>
        <Button
          color={nextStatus === 'ditutup' ? 'red' : 'green'}
          variant={nextStatus === 'ditutup' ? 'outline' : 'filled'}
          loading={pending === 'status'}
          onClick={() => kirim({ status: nextStatus }, 'status', t(`kelola.statusTersimpan.${nextStatus}`))}
          data-testid={nextStatus === 'ditutup' ? 'tutup-survei' : 'buka-survei'}
        >
          {t(`kelola.aksi.${nextStatus}`)}
        </Button>
      </Group>}
      <Divider />
      <form onSubmit={onPopulasi} noValidate>
        <Stack gap="xs">
          <Group align="flex-end" gap="xs">
            <NumberInput
              label={t('baru.populasi')}
              description={target != null
                ? t('baru.targetSampel', { target: formatBulat(target, lang) })
                : t('baru.populasiKet')}
              value={populasi}
              onChange={setPopulasi}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...pemisahAngka(lang)}
              error={fields.populasi ?? (populasi !== '' && target == null ? t('baru.galat.populasi') : undefined)}
              style={{ flex: 1, minWidth: 180 }}
              data-testid="populasi-edit"
            />
            <Button type="submit" variant="light" disabled={!populasiBerubah} loading={pending === 'populasi'}>
              {t('common:action.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
      {ubah.isError && !Object.keys(fields).length && (
        <Alert color="red" role="alert"><Text size="sm">{errorMessage(ubah.error)}</Text></Alert>
      )}
    </Stack>
  );
}
