import { Anchor, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PengaduanStaf } from '../../../../contracts/pengaduan.ts';
import { urlLampiran } from '../api/get-pengaduan.ts';
import { formatKoordinat, formatWaktu, tautanPeta } from '../lib/format.ts';
import { labelDari } from '../lib/label.ts';
import { RiwayatTimeline } from './riwayat-timeline.tsx';

const Baris = ({ label, children, testid }: { label: string; children: ReactNode; testid?: string }) => (
  <div>
    <Text size="sm" c="gray.8">{label}</Text>
    <Text size="sm" fw={500} data-testid={testid} style={{ overflowWrap: 'anywhere' }}>{children}</Text>
  </div>
);

/**
 * What staff read about a case (GET /pengaduan/:id): the report, its facts, photos (opened full size in
 * a new tab), location (kelurahan, address, coordinates with a map link), the reporter — or "Anonim" /
 * "Identitas dirahasiakan" (the server withholds a confidential identity from the OPD) — and the full
 * history incl. internal notes. Used on /app/pengaduan/:id and in the coordinator's drawer.
 */
export function PengaduanRincian({ p }: { p: PengaduanStaf }) {
  const { t, i18n } = useTranslation('pengaduan');
  const lang = i18n.language;
  const l = p.lokasi;
  const adaLokasi = l.kelurahanNama || l.kelurahanKode || l.alamat || (l.lat != null && l.lng != null);

  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-labelledby="rincian-isi">
        <Title order={2} size="h4" id="rincian-isi">{t('detail.isi')}</Title>
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="rincian-isi">{p.isi}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="md">
          <Baris label={t('detail.klasifikasi')}>{t(`klasifikasi.${p.klasifikasi}`)}</Baris>
          <Baris label={t('detail.kategori')}>{p.kategori.nama}</Baris>
          {p.layanan && <Baris label={t('detail.layanan')}>{p.layanan.nama}</Baris>}
          {p.permohonanNomor && <Baris label={t('detail.permohonan')}><span style={{ fontFamily: 'monospace' }}>{p.permohonanNomor}</span></Baris>}
          <Baris label={t('detail.sumber')}>{t(`detail.sumberNama.${p.sumber}`, { defaultValue: p.sumber })}</Baris>
          <Baris label={t('detail.masuk')}>{formatWaktu(p.dibuatAt, lang)}</Baris>
          <Baris label={t('detail.unit')} testid="rincian-unit">{p.unit?.nama ?? '—'}</Baris>
          {p.hasil && <Baris label={t('detail.hasil')} testid="rincian-hasil">{labelDari(t, lang, `hasil.${p.hasil}`, p.hasilLabel)}</Baris>}
          {p.puas != null && <Baris label={t('detail.puas')}>{p.puas ? t('detail.puasYa') : t('detail.puasTidak')}</Baris>}
        </SimpleGrid>
      </Card>

      {p.lampiran.length > 0 && (
        <Card withBorder padding="md" component="section" aria-labelledby="rincian-foto">
          <Title order={2} size="h4" id="rincian-foto">{t('detail.foto')}</Title>
          <Group gap="sm" mt="xs">
            {p.lampiran.map((f, i) => (
              <Anchor key={f.id} href={urlLampiran(p.id, f.id)} target="_blank" rel="noopener" aria-label={t('detail.bukaFoto', { n: i + 1 })}>
                <Image src={urlLampiran(p.id, f.id)} alt={t('detail.fotoAlt', { n: i + 1, nomor: p.nomor })} w={140} h={140} fit="cover" radius="sm" data-testid="rincian-foto" />
              </Anchor>
            ))}
          </Group>
        </Card>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card withBorder padding="md" component="section" aria-labelledby="rincian-lokasi">
          <Title order={2} size="h4" id="rincian-lokasi">{t('detail.lokasi')}</Title>
          {!adaLokasi ? <Text size="sm" c="gray.8" mt="xs">{t('detail.lokasiKosong')}</Text> : (
            <Stack gap={4} mt="xs">
              {(l.kelurahanNama || l.kelurahanKode) && <Text size="sm">{t('form.kelurahan')}: {l.kelurahanNama ?? l.kelurahanKode}</Text>}
              {l.alamat && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{l.alamat}</Text>}
              {l.lat != null && l.lng != null && (
                <Text size="sm">
                  <span style={{ fontFamily: 'monospace' }}>{formatKoordinat(l.lat, l.lng)}</span>{' · '}
                  <Anchor href={tautanPeta(l.lat, l.lng)} target="_blank" rel="noopener noreferrer">{t('detail.bukaPeta')}</Anchor>
                </Text>
              )}
            </Stack>
          )}
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="rincian-pelapor">
          <Title order={2} size="h4" id="rincian-pelapor">{t('detail.pelapor')}</Title>
          <Stack gap={4} mt="xs" data-testid="rincian-pelapor">
            {p.anonim ? <Text size="sm">{t('detail.anonim')}</Text>
              : !p.pelapor ? <Text size="sm">{t('detail.dirahasiakan')}</Text>
                : (
                  <>
                    <Text size="sm" fw={500}>{p.pelapor.nama}</Text>
                    {p.pelapor.teleponSamar && <Text size="sm">{p.pelapor.teleponSamar}</Text>}
                    {p.pelapor.email && <Text size="sm">{p.pelapor.email}</Text>}
                    {p.rahasia && <Text size="sm" c="orange.9">{t('detail.dirahasiakanKoordinator')}</Text>}
                  </>
                )}
          </Stack>
        </Card>
      </SimpleGrid>

      <Card withBorder padding="md" component="section" aria-labelledby="rincian-riwayat">
        <Title order={2} size="h4" id="rincian-riwayat" mb="sm">{t('detail.riwayat')}</Title>
        <RiwayatTimeline riwayat={p.riwayat} kosong={t('lacak.riwayatKosong')} />
      </Card>
    </Stack>
  );
}
