import {
  Alert, Box, Button, Checkbox, Group, NativeSelect, Paper, Radio, Stack, Table, Text, Textarea, VisuallyHidden,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PREDIKAT, predikatKinerja, type Predikat, type Rating } from '../../../../domain/kinerja/predikat.ts';
import { galatPerField, galatUmum } from '../lib/galat.ts';
import { PredikatLencana } from './predikat-lencana.tsx';
import '../i18n.ts';

/** Best first, as the guidance reads (kinerja.md §1.5). */
const URUT_RATING: readonly Rating[] = ['di_atas', 'sesuai', 'di_bawah'];
/** Columns of the matrix as kinerja.md §1.6 prints it: perilaku di bawah → di atas. */
const KOLOM_PERILAKU: readonly Rating[] = ['di_bawah', 'sesuai', 'di_atas'];

/** What the form starts from (an existing penilaian) — null for a first rating. */
export type NilaiAwal = {
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  predikatMatriks: Predikat;
  alasanPredikat: string | null;
  catatan: string | null;
} | null;

/** What the form sends: the two ratings; `predikat` + `alasanPredikat` only when the penilai overrides the matrix. */
export type NilaiKirim = {
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  predikat?: Predikat;
  alasanPredikat?: string;
  catatan?: string | null;
};

const MIN_ALASAN = 10;

/**
 * The penilai's rating form (PermenPANRB 6/2022; kinerja.md §1.5–§1.6): rating hasil kerja and rating
 * perilaku kerja, three choices each with the regulation's guidance beside every choice; the PREDIKAT from
 * the 3×3 matrix ({@link predikatKinerja}) shown live while choosing, with the matrix cell highlighted;
 * optionally a different predikat with a reason (≥ 10 characters, plan "Predikat") and a catatan.
 * Field errors of the server (`ratingHasilKerja`, `ratingPerilaku`, `predikat`, `alasanPredikat`, `catatan`)
 * are shown at their fields. Used by the periodic and annual sheets and by the keberatan decision.
 */
export function FormRating({
  awal, onSimpan, sibuk, error, labelSimpan, denganOverride = true, denganCatatan = true, saran, idAwalan, sebelumSimpan,
}: {
  awal: NilaiAwal;
  onSimpan: (n: NilaiKirim) => void;
  sibuk: boolean;
  error: unknown;
  labelSimpan?: string;
  denganOverride?: boolean;
  denganCatatan?: boolean;
  /** A hint shown above the hasil-kerja choices (the head-of-unit suggestion), with its own button. */
  saran?: { teks: string; rating: Rating } | null;
  /** Prefix of the element ids (two forms on one page must not share ids). */
  idAwalan: string;
  /** Extra fields shown above the save button (e.g. the keberatan decision note). */
  sebelumSimpan?: ReactNode;
}) {
  const { t } = useTranslation('kinerjaEvaluasi');
  const [hk, setHk] = useState<Rating | null>(awal?.ratingHasilKerja ?? null);
  const [pk, setPk] = useState<Rating | null>(awal?.ratingPerilaku ?? null);
  const [lain, setLain] = useState(Boolean(awal && awal.predikat !== awal.predikatMatriks));
  const [predikatLain, setPredikatLain] = useState<Predikat>(awal?.predikat ?? 'baik');
  const [alasan, setAlasan] = useState(awal?.alasanPredikat ?? '');
  const [catatan, setCatatan] = useState(awal?.catatan ?? '');
  const [lokal, setLokal] = useState<Record<string, string>>({});

  const matriks = hk && pk ? predikatKinerja(hk, pk) : null;
  const override = denganOverride && lain && matriks != null && predikatLain !== matriks;
  const akhir = override ? predikatLain : matriks;
  const server = galatPerField(error);
  const g = { ...server, ...lokal };
  const umum = galatUmum(error, ['ratingHasilKerja', 'ratingPerilaku', 'predikat', 'alasanPredikat', 'catatan']);

  const kirim = () => {
    const e: Record<string, string> = {};
    if (!hk) e.ratingHasilKerja = t('nilai.ratingWajib');
    if (!pk) e.ratingPerilaku = t('nilai.ratingWajib');
    if (override && alasan.trim().length < MIN_ALASAN) e.alasanPredikat = t('nilai.alasanWajib');
    setLokal(e);
    if (Object.keys(e).length > 0 || !hk || !pk) return;
    onSimpan({
      ratingHasilKerja: hk,
      ratingPerilaku: pk,
      ...(override ? { predikat: predikatLain, alasanPredikat: alasan.trim() } : {}),
      ...(denganCatatan ? { catatan: catatan.trim() || null } : {}),
    });
  };

  const pilihan = (jenis: 'hasilKerja' | 'perilaku') => URUT_RATING.map((r) => (
    <Radio key={r} value={r} label={t(`rating.${r}`)} description={t(`nilai.panduan.${jenis}.${r}`)}
      styles={{ description: { color: 'var(--mantine-color-gray-8)' } }} />
  ));

  return (
    <Stack gap="md">
      {saran && (
        <Alert color="blue" variant="light" data-testid={`${idAwalan}-saran`}>
          <Stack gap={6} align="flex-start">
            <Text size="sm">{saran.teks}</Text>
            <Button size="xs" variant="white" onClick={() => { setHk(saran.rating); setLokal({}); }}>{t('nilai.pakaiSaran')}</Button>
          </Stack>
        </Alert>
      )}
      <Radio.Group id={`${idAwalan}-hk`} label={t('nilai.ratingHasilKerja')} description={t('nilai.panduan.hasilKerja.catatan')}
        value={hk} onChange={(v) => { setHk(v as Rating); setLokal(({ ratingHasilKerja: _, ...r }) => r); }} error={g.ratingHasilKerja} withAsterisk>
        <Stack gap="xs" mt="xs">{pilihan('hasilKerja')}</Stack>
      </Radio.Group>
      <Radio.Group id={`${idAwalan}-pk`} label={t('nilai.ratingPerilaku')} description={t('nilai.panduan.perilaku.catatan')}
        value={pk} onChange={(v) => { setPk(v as Rating); setLokal(({ ratingPerilaku: _, ...r }) => r); }} error={g.ratingPerilaku} withAsterisk>
        <Stack gap="xs" mt="xs">{pilihan('perilaku')}</Stack>
      </Radio.Group>

      <Paper withBorder p="sm" radius="md" bg="gray.0">
        <Box aria-live="polite" data-testid={`${idAwalan}-predikat-live`}>
          {akhir ? (
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">{override ? t('nilai.predikatLain') : t('nilai.predikatLive')}:</Text>
              <PredikatLencana predikat={akhir} size="lg" />
              {override && matriks && <Text size="xs" c="gray.8">{t('nilai.predikatMatriks', { predikat: t(`predikat.${matriks}`) })}</Text>}
            </Group>
          ) : <Text size="sm" c="gray.8">{t('nilai.pilihKeduanya')}</Text>}
        </Box>
        <MatriksPredikat hk={hk} pk={pk} />
        <Text size="xs" c="gray.8" mt={4}>{t('nilai.sumberPanduan')}</Text>
      </Paper>

      {denganOverride && (
        <Stack gap="xs">
          <Checkbox label={t('nilai.ubahPredikat')} checked={lain} disabled={!matriks}
            onChange={(e) => { setLain(e.currentTarget.checked); if (matriks && predikatLain === matriks) setPredikatLain(matriks === 'baik' ? 'sangat_baik' : 'baik'); }} />
          {lain && matriks && (
            <>
              <NativeSelect label={t('nilai.predikatLain')} value={predikatLain} error={g.predikat}
                onChange={(e) => setPredikatLain(e.currentTarget.value as Predikat)}
                data={PREDIKAT.map((p) => ({ value: p, label: t(`predikat.${p}`) }))} />
              {predikatLain !== matriks && (
                <Textarea label={t('nilai.alasanPredikat')} description={t('nilai.alasanPredikatKet')} withAsterisk autosize minRows={2}
                  value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} error={g.alasanPredikat} maxLength={1000} />
              )}
            </>
          )}
        </Stack>
      )}
      {denganCatatan && (
        <Textarea label={t('nilai.catatan')} autosize minRows={2} value={catatan} onChange={(e) => setCatatan(e.currentTarget.value)}
          error={g.catatan} maxLength={2000} />
      )}
      {sebelumSimpan}
      {umum && <Alert color="red" role="alert">{umum}</Alert>}
      <Group>
        <Button onClick={kirim} loading={sibuk} data-testid={`${idAwalan}-simpan`}>{labelSimpan ?? t('nilai.simpan')}</Button>
      </Group>
    </Stack>
  );
}

/**
 * The 3×3 matrix of kinerja.md §1.6 with the cell of the chosen ratings highlighted (and marked
 * `aria-current`), so the penilai sees why the predikat is what it is.
 */
export function MatriksPredikat({ hk, pk }: { hk: Rating | null; pk: Rating | null }) {
  const { t } = useTranslation('kinerjaEvaluasi');
  return (
    <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4} horizontalSpacing={4} mt="xs">
        <Table.Caption>{t('nilai.matriks')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col"><VisuallyHidden>{t('nilai.ratingHasilKerja')}</VisuallyHidden></Table.Th>
            {KOLOM_PERILAKU.map((c) => <Table.Th key={c} scope="col">{t(`ratingPendek.${c}`)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {URUT_RATING.map((r) => (
            <Table.Tr key={r}>
              <Table.Th scope="row">{t(`ratingPendek.${r}`)}</Table.Th>
              {KOLOM_PERILAKU.map((c) => {
                const aktif = hk === r && pk === c;
                return (
                  <Table.Td key={c} aria-current={aktif ? 'true' : undefined}
                    style={aktif ? { background: 'var(--mantine-color-cyan-1)', fontWeight: 700, outline: '2px solid var(--mantine-color-cyan-9)' } : undefined}>
                    {/* "Kurang/Misconduct" may break after the slash in a narrow column. */}
                    {t(`predikat.${predikatKinerja(r, c)}`).replace('/', '/\u200B')}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
    </Table>
  );
}
