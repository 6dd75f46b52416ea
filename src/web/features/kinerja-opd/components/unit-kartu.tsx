import {
  Accordion, Alert, Anchor, Blockquote, Button, Card, Group, List, Select, SimpleGrid, Stack, Table, Text, TextInput, Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DistribusiUnit } from '../../../../contracts/kinerja-penilaian.ts';
import { periksaDistribusi, type PredikatOrganisasi } from '../../../../domain/kinerja/distribusi.ts';
import { PREDIKAT } from '../../../../domain/kinerja/predikat.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useDistribusi } from '../api/get-distribusi.ts';
import { useSetPredikatOrganisasi } from '../api/set-predikat-organisasi.ts';
import { beritahu } from '../lib/beritahu.ts';
import { formatAngka, formatPersen, formatWaktu } from '../lib/format.ts';
import { galatPerField } from '../lib/galat.ts';
import { aturanUntuk, opsiPredikatOrganisasi, persenPredikat, ringkasPola, type Bahasa } from '../lib/pola.ts';
import { PertahankanModal } from './pertahankan-modal.tsx';
import { PredikatBadge } from './predikat-badge.tsx';
import { SebaranBar } from './sebaran-bar.tsx';

type Props = { u: DistribusiUnit; opdId: number; tahun: number; periodeKe: number };

/**
 * One unit of the OPD view (kinerja.md §1.7): employees per predikat against the pattern of the unit's
 * predikat organisasi, the predikat organisasi itself (a select for those allowed), warnings in orange
 * (never blocking), "Pertahankan dengan alasan" and the recorded reason, and (for those allowed to see
 * names) the pegawai list, loaded when opened. While the leader picks a different predikat, the warnings
 * are previewed with the same domain check the server runs (`periksaDistribusi`).
 */
export function UnitKartu({ u, opdId, tahun, periodeKe }: Props) {
  const { t, i18n } = useTranslation('kinerjaOpd');
  const lang = i18n.language;
  const bahasa: Bahasa = lang.startsWith('en') ? 'en' : 'id';
  const tersimpan = u.predikatOrganisasi?.predikat ?? null;
  const [pilihan, setPilihan] = useState<PredikatOrganisasi | null>(tersimpan);
  const [modal, setModal] = useState(false);
  const [bukaPegawai, setBukaPegawai] = useState(false);
  const pratinjau = pilihan !== null && pilihan !== tersimpan;
  const peringatan = pratinjau ? periksaDistribusi(pilihan, u.jumlah) : u.peringatan;
  const pola = pilihan ?? tersimpan;
  const persen = persenPredikat(u.jumlah);
  const judulId = `unit-${u.unit.id}-judul`;
  const semua = u.total + u.belumDinilai;

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={judulId} data-testid={`unit-${u.unit.id}`}
      style={u.unit.tingkat > 0 ? { borderLeft: '4px solid var(--mantine-color-cyan-7)' } : undefined}>
      <Stack gap="sm">
        <div>
          <Title order={u.unit.tingkat === 0 ? 2 : 3} size="h4" id={judulId}>{u.unit.nama}</Title>
          <Text size="sm" c="gray.8" data-testid="unit-dinilai">
            {t('unit.dinilai', { dinilai: formatAngka(u.total, lang), total: formatAngka(semua, lang) })}
            {u.belumDinilai > 0 && ` · ${t('unit.belumDinilai', { n: formatAngka(u.belumDinilai, lang) })}`}
          </Text>
        </div>

        <SebaranBar jumlah={u.jumlah} />

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Table withTableBorder striped verticalSpacing={4} data-testid="tabel-sebaran">
            <caption style={{ captionSide: 'top', textAlign: 'left', fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-gray-8)' }}>
              {t('unit.tabelJudul', { unit: u.unit.nama })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('unit.kolomPredikat')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('unit.kolomJumlah')}</Table.Th>
                {pola && <Table.Th scope="col">{t('unit.kolomPola')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PREDIKAT.map((p) => (
                <Table.Tr key={p} data-predikat={p}>
                  <Table.Th scope="row" fw={400}>{t(`predikat.${p}`)}</Table.Th>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <span data-testid={`jumlah-${p}`}>{formatAngka(u.jumlah[p], lang)}</span>
                    {u.total > 0 && <Text span size="xs" c="gray.8"> ({formatPersen(persen[p], lang)})</Text>}
                  </Table.Td>
                  {pola && <Table.Td><Text size="sm" c="gray.8">{aturanUntuk(pola, p, bahasa)}</Text></Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <Stack gap="xs">
            <PredikatOrganisasiBagian
              key={`${u.unit.id}-${u.predikatOrganisasi?.updatedAt ?? 'baru'}`}
              u={u} tahun={tahun} periodeKe={periodeKe} pilihan={pilihan} setPilihan={setPilihan}
            />
            {pola && (
              <div>
                <Text size="sm" fw={600}>{t('unit.pola')}{pratinjau ? ` — ${t('unit.pratinjau', { predikat: t(`predikatOrg.${pola}`) })}` : ''}</Text>
                <Text size="sm" data-testid="pola-teks">{ringkasPola(pola, bahasa)}</Text>
              </div>
            )}
          </Stack>
        </SimpleGrid>

        {!pola ? (
          <Text size="sm" c="gray.8">{t('unit.belumAdaPredikat')}</Text>
        ) : peringatan.length > 0 ? (
          <Alert color="orange" variant="light" title={t('unit.peringatanJudul', { n: peringatan.length })} data-testid="peringatan">
            <Stack gap="xs">
              <List size="sm" spacing={2}>
                {peringatan.map((p, i) => <List.Item key={i}>{p.pesan}</List.Item>)}
              </List>
              <Text size="sm">{t('unit.peringatanKet')}</Text>
              {u.bolehTetapkanPredikat && !pratinjau && tersimpan && (
                <Group>
                  <Button size="xs" variant="default" onClick={() => setModal(true)} data-testid="pertahankan">
                    {t('unit.pertahankan')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        ) : u.total > 0 ? (
          <Text size="sm" c="teal.9" data-testid="sesuai-pola">{t('unit.sesuaiPola')}</Text>
        ) : null}

        {u.predikatOrganisasi?.alasanPertahankan && !pratinjau && (
          <Blockquote color="gray" p="sm" data-testid="alasan-tercatat">
            <Text size="sm" fw={600}>{t('unit.dipertahankan')}</Text>
            <Text size="sm">{u.predikatOrganisasi.alasanPertahankan}</Text>
            {u.predikatOrganisasi.oleh && (
              <Text size="xs" c="gray.8" mt={4}>
                {t('unit.dipertahankanOleh', { oleh: u.predikatOrganisasi.oleh, waktu: formatWaktu(u.predikatOrganisasi.updatedAt, lang) })}
              </Text>
            )}
          </Blockquote>
        )}

        {u.bolehLihatPegawai && (
          <Accordion variant="contained" chevronPosition="left" value={bukaPegawai ? 'pegawai' : null}
            onChange={(v) => setBukaPegawai(v === 'pegawai')}>
            <Accordion.Item value="pegawai">
              <Accordion.Control data-testid="buka-pegawai">{t('unit.pegawai')}</Accordion.Control>
              <Accordion.Panel>
                {bukaPegawai && <PegawaiDaftar opdId={opdId} unitId={u.unit.id} tahun={tahun} periodeKe={periodeKe} awal={u.pegawai} />}
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
      </Stack>
      {tersimpan && (
        <PertahankanModal
          opened={modal} onClose={() => setModal(false)} unit={u.unit} tahun={tahun} periodeKe={periodeKe}
          peringatan={u.peringatan} alasanAwal={u.predikatOrganisasi?.alasanPertahankan ?? null}
        />
      )}
    </Card>
  );
}

type BagianProps = Omit<Props, 'opdId'> & { pilihan: PredikatOrganisasi | null; setPilihan: (p: PredikatOrganisasi | null) => void };

/** The predikat organisasi: read-only text, or (bolehTetapkanPredikat) a select + capaian + save. */
function PredikatOrganisasiBagian({ u, tahun, periodeKe, pilihan, setPilihan }: BagianProps) {
  const { t, i18n } = useTranslation('kinerjaOpd');
  const lang = i18n.language;
  const po = u.predikatOrganisasi;
  const [capaian, setCapaian] = useState(po?.capaian ?? '');
  const m = useSetPredikatOrganisasi();
  const galat = galatPerField(m.error);
  const oleh = po?.oleh ? t('unit.oleh', { oleh: po.oleh, waktu: formatWaktu(po.updatedAt, lang) }) : null;

  if (!u.bolehTetapkanPredikat) {
    return (
      <div data-testid="predikat-organisasi">
        <Text size="sm" fw={600}>{t('unit.predikatOrganisasi')}</Text>
        <Text size="sm">{po ? t(`predikatOrg.${po.predikat}`) : t('umum.tidakAda')}</Text>
        {po?.capaian && <Text size="sm" c="gray.8">{po.capaian}</Text>}
        {oleh && <Text size="xs" c="gray.8">{oleh}</Text>}
      </div>
    );
  }

  const berubah = pilihan !== (po?.predikat ?? null) || capaian.trim() !== (po?.capaian ?? '');
  const simpan = (e: FormEvent) => {
    e.preventDefault();
    if (!pilihan) return;
    m.mutate({ unitId: u.unit.id, tahun, periodeKe, predikat: pilihan, capaian: capaian.trim() || null }, {
      onSuccess: () => beritahu(t('unit.predikatTersimpan', { unit: u.unit.nama })),
    });
  };
  return (
    <form onSubmit={simpan} noValidate data-testid="predikat-organisasi">
      <Stack gap="xs">
        <Select
          label={t('unit.predikatOrganisasi')} description={t('unit.predikatOrganisasiKet')} placeholder={t('umum.tidakAda')}
          data={opsiPredikatOrganisasi().map((o) => ({ value: o.value, label: t(`predikatOrg.${o.value}`) }))}
          value={pilihan} onChange={(v) => setPilihan((v as PredikatOrganisasi | null) ?? null)} allowDeselect={false}
          error={galat.predikat} data-testid="pilih-predikat-organisasi"
        />
        <TextInput label={t('unit.capaian')} description={t('unit.capaianKet')} value={capaian}
          onChange={(e) => setCapaian(e.currentTarget.value)} error={galat.capaian} />
        {m.isError && !galat.predikat && !galat.capaian && <Alert color="red" role="alert">{errorMessage(m.error)}</Alert>}
        <Group justify="space-between" align="center">
          {oleh ? <Text size="xs" c="gray.8">{oleh}</Text> : <span />}
          <Button type="submit" size="xs" disabled={!pilihan || !berubah} loading={m.isPending}>{t('unit.simpanPredikat')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

type DaftarProps = { opdId: number; unitId: number; tahun: number; periodeKe: number; awal: DistribusiUnit['pegawai'] };

/**
 * The pegawai whose SKP unit is exactly this unit, with their predikat of the period and a link to the
 * evaluation; loaded when the panel opens (drill-down `unitId`, `pegawai=true`), unless the overview already
 * carried the list.
 */
function PegawaiDaftar({ opdId, unitId, tahun, periodeKe, awal }: DaftarProps) {
  const { t } = useTranslation('kinerjaOpd');
  const q = useDistribusi({ opdId, tahun, periodeKe, unitId, pegawai: true }, awal === null);
  const pegawai = awal ?? q.data?.unit.find((x) => x.unit.id === unitId)?.pegawai ?? null;
  if (pegawai === null) {
    if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
    return <PageLoader />;
  }
  if (pegawai.length === 0) return <Text size="sm" c="gray.8">{t('unit.pegawaiKosong')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped verticalSpacing={4} data-testid="tabel-pegawai">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('unit.pegawaiNama')}</Table.Th>
            <Table.Th scope="col">{t('unit.pegawaiJabatan')}</Table.Th>
            <Table.Th scope="col">{t('unit.pegawaiPredikat')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pegawai.map((p) => (
            <Table.Tr key={p.skpId}>
              <Table.Td>
                <Anchor component={Link} underline="always" size="sm"
                  to={periodeKe === 0 ? `/app/kinerja/skp/${p.skpId}/tahunan` : `/app/kinerja/skp/${p.skpId}/periode/${periodeKe}`}>
                  {p.nama}
                </Anchor>
              </Table.Td>
              <Table.Td><Text size="sm">{p.jabatan}</Text></Table.Td>
              <Table.Td><PredikatBadge predikat={p.predikat} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
