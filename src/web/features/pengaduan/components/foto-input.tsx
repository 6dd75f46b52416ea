import { ActionIcon, Alert, Box, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kenaliFoto, MAKS_FOTO, MAKS_FOTO_BYTE, saringFoto, type GalatFoto } from '../lib/foto.ts';
import { formatUkuran } from '../lib/format.ts';

/** Reads the first bytes of a file to recognise JPEG/PNG by content (lib/foto.ts), as the server will. */
async function jenisFile(f: File) {
  try {
    return kenaliFoto(new Uint8Array(await f.slice(0, 8).arrayBuffer()));
  } catch {
    return null;
  }
}

/**
 * Up to {@link MAKS_FOTO} photos with previews and a remove button each. Files that are not JPEG/PNG by
 * content, too large, or beyond the count are refused at once with their name (nothing is sent twice:
 * the server checks again). `error` = the server's message for the field `foto`.
 */
export function FotoInput({ value, onChange, error, maksByte = MAKS_FOTO_BYTE }: {
  value: File[]; onChange: (f: File[]) => void; error?: string | null; maksByte?: number;
}) {
  const { t, i18n } = useTranslation('pengaduan');
  const [galat, setGalat] = useState<GalatFoto[]>([]);
  const url = useMemo(() => value.map((f) => URL.createObjectURL(f)), [value]);
  useEffect(() => () => url.forEach((u) => URL.revokeObjectURL(u)), [url]);
  const ukuran = formatUkuran(maksByte, i18n.language);

  const tambah = async (files: File[]) => {
    const calon = await Promise.all(files.map(async (f) => ({ nama: f.name, ukuran: f.size, jenis: await jenisFile(f) })));
    const r = saringFoto(value.length, calon, { maksByte, maksJumlah: MAKS_FOTO });
    setGalat(r.galat);
    if (r.diterima.length) onChange([...value, ...r.diterima.map((i) => files[i]!)]);
  };

  const pesan = (g: GalatFoto) =>
    g.alasan === 'jenis' ? t('form.fotoJenis', { nama: g.nama })
      : g.alasan === 'ukuran' ? t('form.fotoUkuran', { nama: g.nama, ukuran })
        : t('form.fotoJumlah', { nama: g.nama, maks: MAKS_FOTO });

  return (
    <Stack gap="xs">
      <Text size="sm" c="gray.8" id="foto-ket">{t('form.fotoKet', { maks: MAKS_FOTO, ukuran })}</Text>
      {value.length > 0 && (
        <Group gap="sm" data-testid="foto-pratinjau">
          {value.map((f, i) => (
            <Box key={`${f.name}-${i}`} pos="relative" w={96}>
              <Image src={url[i]} alt={t('form.pratinjau', { nama: f.name })} w={96} h={96} fit="cover" radius="sm" />
              <Text size="xs" truncate="end" title={f.name}>{f.name}</Text>
              <ActionIcon
                pos="absolute" top={4} right={4} size="sm" color="red.8" variant="filled" radius="xl"
                aria-label={t('form.hapusFoto', { nama: f.name })}
                onClick={() => { setGalat([]); onChange(value.filter((_, j) => j !== i)); }}
              >
                <span aria-hidden>×</span>
              </ActionIcon>
            </Box>
          ))}
        </Group>
      )}
      {value.length < MAKS_FOTO && (
        <FileButton onChange={(f) => void tambah(f)} accept="image/jpeg,image/png" multiple>
          {(props) => (
            <Button {...props} variant="default" aria-describedby="foto-ket" w={{ base: '100%', xs: 'auto' }} data-testid="tambah-foto">
              {t('form.pilihFoto')}
            </Button>
          )}
        </FileButton>
      )}
      {(galat.length > 0 || error) && (
        <Alert color="red" role="alert" p="xs">
          <Stack gap={2}>
            {error && <Text size="sm">{error}</Text>}
            {galat.map((g, i) => <Text key={i} size="sm">{pesan(g)}</Text>)}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
