import { Badge, Button, Card, FileButton, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useRef, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { formatUkuran } from '../lib/format.ts';
import { MAKS_BERKAS_MB, periksaBerkas, TERIMA_BERKAS, TERIMA_PDF } from '../lib/berkas.ts';

export type ItemBerkas = {
  kode: string;
  nama: string;
  jenis?: string;
  wajib?: 'wajib' | 'kondisional';
  keterangan?: string | null;
};

/**
 * One upload slot of a persyaratan item (or of a correction): the item's name and badges, the chosen
 * file with its size, "Pilih berkas" (file picker: PDF/JPEG/PNG), "Ambil foto" on touch devices (opens
 * the camera: `capture="environment"`), "Hapus", and the error (client check or the server's message for
 * `berkas.<kode>`). The hidden file inputs carry `data-testid="berkas-input-<kode>"` for the journeys.
 */
export function BerkasPilih({
  item, file, onChange, error, hanyaPdf = false, testId,
}: {
  item: ItemBerkas;
  file: File | null;
  onChange: (f: File | null, galat: string | null) => void;
  error?: string | null;
  hanyaPdf?: boolean;
  testId?: string;
}) {
  const { t, i18n } = useTranslation('permohonan');
  const sentuh = useMediaQuery('(pointer: coarse)');
  const judulId = useId();
  const galatId = useId();
  const pilihId = useId();
  const fotoId = useId();
  const tid = testId ?? item.kode;
  const resetPilih = useRef<() => void>(null);
  const resetFoto = useRef<() => void>(null);

  const pilih = (f: File | null) => {
    if (!f) return;
    const k = periksaBerkas(f, { hanyaPdf });
    onChange(f, k ? t(`ajukan.${k}`, { mb: MAKS_BERKAS_MB }) : null);
  };

  return (
    <Card withBorder padding="sm" radius="md" data-testid={`berkas-${tid}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} id={judulId}>{item.nama}</Text>
          {item.jenis && item.jenis !== 'isian' && <Badge variant="light" color="gray" size="sm">{t(`jenisPersyaratan.${item.jenis}`, { defaultValue: item.jenis })}</Badge>}
          {item.wajib && <Badge variant="light" color={item.wajib === 'wajib' ? 'red' : 'gray'} size="sm">{t(`wajib.${item.wajib}`)}</Badge>}
        </Group>
        {item.keterangan && <Text size="sm" c="gray.8">{item.keterangan}</Text>}
        <Text size="sm" c={file ? undefined : 'gray.8'} data-testid={`berkas-nama-${tid}`}>
          {file ? `${file.name} · ${formatUkuran(file.size, i18n.language)}` : t('ajukan.belumAda')}
        </Text>
        {error && <Text size="sm" c="red.8" id={galatId} role="alert">{error}</Text>}
        <Group gap="xs">
          <FileButton onChange={pilih} accept={hanyaPdf ? TERIMA_PDF : TERIMA_BERKAS} resetRef={resetPilih}
            inputProps={{ 'data-testid': `berkas-input-${tid}` } as ComponentProps<'input'>}>
            {(props) => (
              <Button {...props} size="sm" variant={file ? 'default' : 'light'} id={pilihId}
                aria-labelledby={`${pilihId} ${judulId}`} aria-describedby={error ? galatId : undefined}>
                {file ? t('ajukan.gantiBerkas') : t('ajukan.pilihBerkas')}
              </Button>
            )}
          </FileButton>
          {sentuh && !hanyaPdf && (
            <FileButton onChange={pilih} accept="image/jpeg,image/png" capture="environment" resetRef={resetFoto}>
              {(props) => (
                <Button {...props} size="sm" variant="default" id={fotoId} aria-labelledby={`${fotoId} ${judulId}`}>{t('ajukan.ambilFoto')}</Button>
              )}
            </FileButton>
          )}
          {file && (
            <Button size="sm" variant="subtle" color="red" onClick={() => { resetPilih.current?.(); resetFoto.current?.(); onChange(null, null); }}>{t('ajukan.hapusBerkas')}</Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
