import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { galatUmum } from '../lib/galat.ts';

/** The bottom of every set-up form: a general error (when not tied to a field), Batal and Simpan (or `label`). */
export function FormAksi({ error, pending, onBatal, label }: { error: unknown; pending: boolean; onBatal?: () => void; label?: string }) {
  const { t } = useTranslation('antrianAdmin');
  const pesan = galatUmum(error);
  return (
    <>
      {pesan && <Alert color="red" role="alert">{pesan}</Alert>}
      <Group justify="flex-end">
        {onBatal && <Button variant="default" onClick={onBatal}>{t('batal')}</Button>}
        <Button type="submit" loading={pending}>{label ?? t('simpan')}</Button>
      </Group>
    </>
  );
}
