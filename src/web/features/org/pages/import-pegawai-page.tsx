import '@mantine/dropzone/styles.css';
import {
  Accordion, Alert, Anchor, Badge, Button, Code, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title,
} from '@mantine/core';
import { Dropzone, MIME_TYPES, type FileRejection } from '@mantine/dropzone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPOR_MAKS_BYTE, type ImporBarisError } from '../../../../contracts/pegawai-import.ts';
import { KOLOM_IMPOR_PEGAWAI } from '../../../../domain/org/pegawai-row.ts';
import { errorMessage } from '../../../lib/api.ts';
import { barisDariError, useImporPegawai } from '../api/import-pegawai.ts';
import { usePeriksaImporPegawai } from '../api/import-periksa.ts';
import { TEMPLAT_IMPOR_PEGAWAI_URL } from '../api/import-templat.ts';
import type { ProgresUnggah } from '../api/import-upload.ts';
import '../i18n-import.ts';

/** CSV files arrive as text/csv, application/vnd.ms-excel (Windows) or without a type; the extension decides too. */
const ACCEPT = {
  [MIME_TYPES.csv]: ['.csv'],
  [MIME_TYPES.xls]: ['.csv'],
  'text/plain': ['.csv'],
  [MIME_TYPES.xlsx]: ['.xlsx'],
};

function ukuran(byte: number): string {
  if (byte < 1024) return `${byte} B`;
  if (byte < 1024 * 1024) return `${(byte / 1024).toFixed(1)} KB`;
  return `${(byte / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Admin page /admin/pegawai/impor (permission `pegawai:import`): explains the columns, offers the template, and runs
 * check → import. The file is uploaded with a byte progress bar (XHR), checked first (`/periksa`: every bad row is
 * listed with baris, kolom, nilai, pesan), and imported only after the admin confirms a clean check.
 */
export default function ImportPegawaiPage() {
  const { t } = useTranslation('orgImport');
  const [file, setFile] = useState<File | null>(null);
  const [progres, setProgres] = useState<ProgresUnggah | null>(null);
  const [tolak, setTolak] = useState<string | null>(null);
  const periksa = usePeriksaImporPegawai(setProgres);
  const impor = useImporPegawai(setProgres);
  const sibuk = periksa.isPending || impor.isPending;

  const mulai = (f: File) => {
    setTolak(null);
    setFile(f);
    setProgres(null);
    impor.reset();
    periksa.mutate(f);
  };
  const ulang = () => {
    setFile(null);
    setProgres(null);
    setTolak(null);
    periksa.reset();
    impor.reset();
  };
  const onReject = (r: FileRejection[]) => {
    const code = r[0]?.errors[0]?.code;
    setTolak(t('dropTolak', { alasan: code === 'file-too-large' ? t('tolakBesar') : t('tolakJenis') }));
  };

  const errorsImpor = barisDariError(impor.error);
  const hasilPeriksa = periksa.data;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1} size="h2">{t('judul')}</Title>
        <Text c="gray.8" mt={4}>{t('pengantar')}</Text>
      </div>

      <Group>
        <Button component="a" href={TEMPLAT_IMPOR_PEGAWAI_URL} download variant="light">{t('unduhTemplat')}</Button>
      </Group>

      <Accordion variant="contained">
        <Accordion.Item value="format">
          <Accordion.Control>{t('formatJudul')}</Accordion.Control>
          <Accordion.Panel>
            <Text size="sm" mb="sm">{t('formatKeterangan')}</Text>
            <Table.ScrollContainer minWidth={720}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('kolom')}</Table.Th>
                    <Table.Th>{t('wajib')}</Table.Th>
                    <Table.Th>{t('keterangan')}</Table.Th>
                    <Table.Th>{t('contoh')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {KOLOM_IMPOR_PEGAWAI.map((k) => (
                    <Table.Tr key={k.kunci}>
                      <Table.Td><Text fw={600} size="sm">{k.nama}</Text></Table.Td>
                      <Table.Td>{k.wajib ? <Badge size="sm">{t('ya')}</Badge> : <Text size="sm" c="dimmed">{t('tidak')}</Text>}</Table.Td>
                      <Table.Td><Text size="sm">{t(`kolomKet.${k.kunci}`)}</Text></Table.Td>
                      <Table.Td>{k.contoh ? <Code>{k.contoh}</Code> : null}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>

      {!file && (
        <Dropzone onDrop={(files) => files[0] && mulai(files[0])} onReject={onReject} accept={ACCEPT} maxSize={IMPOR_MAKS_BYTE}
          multiple={false} maxFiles={1} aria-label={t('dropJudul')} data-testid="impor-dropzone">
          <Stack align="center" gap={4} py="xl" style={{ pointerEvents: 'none' }}>
            <Text size="lg" fw={600}>{t('dropJudul')}</Text>
            <Text size="sm" c="dimmed">{t('dropKet')}</Text>
          </Stack>
        </Dropzone>
      )}
      {tolak && <Alert color="red" role="alert">{tolak}</Alert>}

      {file && (
        <Paper withBorder p="md">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{t('berkas', { nama: file.name, ukuran: ukuran(file.size) })}</Text>
            {!sibuk && <Button variant="default" size="xs" onClick={ulang}>{t('pilihLain')}</Button>}
          </Group>

          {sibuk && <ProgresView progres={progres} fase={impor.isPending ? 'mengimpor' : 'memeriksa'} />}

          {periksa.isError && <Alert color="red" mt="md" role="alert" title={t('gagal')}>{errorMessage(periksa.error)}</Alert>}

          {hasilPeriksa && !hasilPeriksa.valid && (
            <ErrorTable errors={hasilPeriksa.errors} />
          )}

          {hasilPeriksa?.valid && !impor.isSuccess && !errorsImpor && (
            <Alert color="teal" mt="md" title={t('validJudul')}>
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{t('validKet', { n: hasilPeriksa.jumlahBaris })}</Text>
                {hasilPeriksa.kolomDiabaikan.length > 0 && (
                  <Text size="sm" c="dimmed">{t('kolomDiabaikan', { kolom: hasilPeriksa.kolomDiabaikan.join(', ') })}</Text>
                )}
                <Button onClick={() => impor.mutate(file)} loading={impor.isPending} data-testid="impor-sekarang">
                  {t('imporSekarang', { n: hasilPeriksa.jumlahBaris })}
                </Button>
              </Stack>
            </Alert>
          )}

          {errorsImpor && <ErrorTable errors={errorsImpor} />}
          {impor.isError && !errorsImpor && <Alert color="red" mt="md" role="alert" title={t('gagal')}>{errorMessage(impor.error)}</Alert>}

          {impor.data && (
            <Alert color="teal" mt="md" title={t('selesaiJudul')} role="status">
              <SimpleGrid cols={{ base: 1, xs: 3 }} mt="xs">
                <Stat label={t('dibuat')} value={impor.data.dibuat} />
                <Stat label={t('diperbarui')} value={impor.data.diperbarui} />
                <Stat label={t('jabatanDibuat')} value={impor.data.jabatanDibuat} />
              </SimpleGrid>
            </Alert>
          )}
        </Paper>
      )}

      <Text size="xs" c="dimmed">
        CLI: <Code>sikap import pegawai BERKAS.xlsx</Code> · <Anchor href={TEMPLAT_IMPOR_PEGAWAI_URL} size="xs">templat.csv</Anchor>
      </Text>
    </Stack>
  );
}

/** Byte progress while uploading, then an indeterminate bar while the server checks or imports. */
function ProgresView({ progres, fase }: { progres: ProgresUnggah | null; fase: 'memeriksa' | 'mengimpor' }) {
  const { t } = useTranslation('orgImport');
  const mengunggah = progres === null || progres.fase === 'mengunggah';
  const persen = progres?.fase === 'mengunggah' ? progres.persen : 0;
  return (
    <Stack gap={4} mt="md" role="status" aria-live="polite">
      <Text size="sm">{mengunggah ? t('mengunggah', { persen }) : t(fase)}</Text>
      <Progress value={mengunggah ? persen : 100} animated={!mengunggah} size="lg" aria-label={t('progresLabel')}
        transitionDuration={150} data-testid="impor-progres" />
    </Stack>
  );
}

/** Every row error: baris, kolom, nilai, pesan. */
function ErrorTable({ errors }: { errors: ImporBarisError[] }) {
  const { t } = useTranslation('orgImport');
  return (
    <Alert color="red" mt="md" title={t('tidakValidJudul', { n: errors.length })} role="alert">
      <Text size="sm" mb="sm">{t('tidakValidKet')}</Text>
      <Table.ScrollContainer minWidth={600} maxHeight={480}>
        <Table striped stickyHeader withTableBorder bg="white" data-testid="impor-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('baris')}</Table.Th>
              <Table.Th>{t('kolom')}</Table.Th>
              <Table.Th>{t('nilai')}</Table.Th>
              <Table.Th>{t('pesan')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.baris}-${e.kolom}-${i}`}>
                <Table.Td>{e.baris}</Table.Td>
                <Table.Td>{e.kolom}</Table.Td>
                <Table.Td>{e.nilai === null ? '—' : <Code>{e.nilai}</Code>}</Table.Td>
                <Table.Td>{e.pesan}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  const { i18n } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700}>{value.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'id-ID')}</Text>
    </div>
  );
}
