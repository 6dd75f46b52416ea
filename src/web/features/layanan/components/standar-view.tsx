import { Accordion, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandarVersi } from '../../../../contracts/layanan.ts';

type Bagian = 'persyaratan' | 'prosedur' | 'jangkaWaktu' | 'biaya' | 'produk' | 'pengaduan' | 'dasarHukum' | 'internal';

/** A titled section of the standard (h2 by default; `level` 3 inside an admin modal). */
function Seksi({ judul, children, level = 2 }: { judul: string; children: React.ReactNode; level?: 2 | 3 }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Title order={level} size="h4" id={id} mb="xs">{judul}</Title>
      {children}
    </section>
  );
}

const INTERNAL = ['sarpras', 'kompetensiPelaksana', 'pengawasanInternal', 'jumlahPelaksana', 'jaminanPelayanan', 'jaminanKeamanan', 'evaluasiKinerja'] as const;

/**
 * One version of a standar pelayanan in readable sections (UU 25/2009 Pasal 21; PermenPANRB 15/2014): the
 * six service-delivery components for the citizen (persyaratan as a checklist with asli/fotokopi/wajib
 * badges, prosedur as numbered steps, jangka waktu, biaya, produk, complaint channels), dasar hukum, and the
 * internal components folded in an accordion. Shared by the public page and the admin preview.
 */
export function StandarView({ standar, level = 2 }: { standar: StandarVersi; level?: 2 | 3 }) {
  const { t } = useTranslation('layanan');
  const judul = (b: Bagian) => t(`standar.bagian.${b}`);
  const sub = level === 2 ? 3 : 4;

  return (
    <Stack gap="lg">
      <Seksi judul={judul('persyaratan')} level={level}>
        {standar.persyaratan.length === 0 ? <Text c="gray.8">{t('standar.tanpaPersyaratan')}</Text> : (
          <List spacing="sm" listStyleType="none" pl={0} data-testid="persyaratan">
            {standar.persyaratan.map((p) => (
              <List.Item key={p.kode}>
                <Group gap={8} wrap="nowrap" align="flex-start">
                  <Text component="span" aria-hidden fw={700} c={p.wajib === 'wajib' ? 'teal.8' : 'gray.6'} mt={1}>☐</Text>
                  <div>
                    <Text fw={500}>{p.nama}</Text>
                    <Group gap={6} mt={4}>
                      <Badge size="sm" variant="light" color="blue" tt="none">{t(`standar.jenis.${p.jenis}`)}</Badge>
                      <Badge size="sm" tt="none" variant={p.wajib === 'wajib' ? 'filled' : 'outline'} color={p.wajib === 'wajib' ? 'teal.9' : 'gray.7'}>
                        {t(`standar.sifat.${p.wajib}`)}
                      </Badge>
                      {p.unggah && <Badge size="sm" tt="none" variant="outline" color="grape.8">{t('standar.unggah')}</Badge>}
                    </Group>
                    {p.keterangan && <Text size="sm" c="gray.8" mt={4}>{p.keterangan}</Text>}
                  </div>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Seksi>

      <Seksi judul={judul('prosedur')} level={level}>
        <List type="ordered" spacing="xs" data-testid="prosedur">
          {standar.prosedur.map((l, i) => (
            <List.Item key={i}>
              <Text>{l.langkah}</Text>
              <Text size="sm" c="gray.8">{t('standar.aktor', { aktor: l.aktor })}</Text>
            </List.Item>
          ))}
        </List>
      </Seksi>

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Card withBorder padding="sm" radius="md">
          <Title order={sub} size="h6" c="gray.8">{judul('jangkaWaktu')}</Title>
          <Text fz="xl" fw={700} data-testid="jangka-waktu">{standar.jangkaWaktu.teks}</Text>
          <Text size="xs" c="gray.8">{t('standar.jangkaWaktuKet')}</Text>
        </Card>
        <Card withBorder padding="sm" radius="md">
          <Title order={sub} size="h6" c="gray.8">{judul('biaya')}</Title>
          <Text fz="xl" fw={700} data-testid="biaya">{standar.biayaTeks}</Text>
          {standar.biayaKeterangan && <Text size="xs" c="gray.8">{standar.biayaKeterangan}</Text>}
        </Card>
        <Card withBorder padding="sm" radius="md">
          <Title order={sub} size="h6" c="gray.8">{judul('produk')}</Title>
          <Text fw={500}>{standar.produk}</Text>
        </Card>
      </SimpleGrid>

      <Seksi judul={judul('pengaduan')} level={level}>
        <List spacing={4}>
          {standar.pengaduanKanal.map((k, i) => <List.Item key={i}>{k}</List.Item>)}
        </List>
      </Seksi>

      <Seksi judul={judul('dasarHukum')} level={level}>
        <List spacing={4} size="sm">
          {standar.dasarHukum.map((k, i) => <List.Item key={i}>{k}</List.Item>)}
        </List>
      </Seksi>

      <Accordion variant="contained" chevronPosition="right">
        <Accordion.Item value="internal">
          <Accordion.Control>{judul('internal')}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {INTERNAL.map((k) => (
                <div key={k}>
                  <Text size="sm" fw={600}>{t(`standar.internal.${k}`)}</Text>
                  <Text size="sm" c="gray.8">{standar[k] || t('standar.kosong')}</Text>
                </div>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
