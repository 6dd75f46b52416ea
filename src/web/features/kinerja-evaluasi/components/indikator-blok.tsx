import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndikatorEvaluasi } from '../../../../contracts/kinerja-realisasi.ts';
import { useSimpanRealisasi } from '../api/simpan-realisasi.ts';
import { beritahu } from '../lib/beritahu.ts';
import { bacaAngka, formatAngka, formatAngkaInput, formatTanggal, formatWaktu } from '../lib/format.ts';
import { galatPerField, galatUmum } from '../lib/galat.ts';
import { BuktiPanel } from './bukti-panel.tsx';
import '../i18n.ts';

/** "120 tiket", "95 %", or the narrative target. */
export function teksTarget(i: Pick<IndikatorEvaluasi, 'targetAngka' | 'targetSatuan' | 'targetNarasi'>, lang: string): string {
  if (i.targetAngka != null) return `${formatAngka(i.targetAngka, lang)} ${i.targetSatuan ?? ''}`.trim();
  return i.targetNarasi ?? '—';
}

/** True when the indikator's realisasi is a narrative (kualitatif approach, or a target given only as text). */
export function isNarasi(i: Pick<IndikatorEvaluasi, 'targetAngka' | 'targetNarasi'>, pendekatan: 'kuantitatif' | 'kualitatif'): boolean {
  return pendekatan === 'kualitatif' ? i.targetAngka == null || Boolean(i.targetNarasi) : i.targetAngka == null && Boolean(i.targetNarasi);
}

/**
 * One indikator of the evaluation sheet: uraian, aspek, target and the period's realisasi.
 * - Bound to a service metric: the automatic figure with the badge "Otomatis dari data layanan", when it
 *   was computed, and "Lihat N data sumber" (→ /app/kinerja/realisasi/:id/sumber); only a catatan can be
 *   added (nobody types over it; issue #5).
 * - Manual: the pemilik types the figure (kuantitatif) or a narrative (kualitatif) and a catatan.
 * Then the bukti dukung. Server field errors (`angka`, `narasi`, `catatan`) appear at their field.
 * Rendered as a region named by the indikator's uraian (screen readers and the journey find it by name).
 */
export function IndikatorBlok({ i, skpId, ke, pendekatan, boleh }: {
  i: IndikatorEvaluasi; skpId: number; ke: number; pendekatan: 'kuantitatif' | 'kualitatif'; boleh: boolean;
}) {
  const { t, i18n } = useTranslation('kinerjaEvaluasi');
  const lang = i18n.language;
  const r = i.realisasi;
  const otomatis = i.metrik != null || Boolean(r?.otomatis);
  const narasi = isNarasi(i, pendekatan);
  const simpan = useSimpanRealisasi();
  const [angka, setAngka] = useState(r?.angka != null ? formatAngkaInput(r.angka) : '');
  const [teks, setTeks] = useState(r?.narasi ?? '');
  const [catatan, setCatatan] = useState(r?.catatan ?? '');
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const g = { ...galatPerField(simpan.error), ...lokal };
  const umum = galatUmum(simpan.error, ['angka', 'narasi', 'catatan']);
  const judulId = `indikator-${i.id}-judul`;
  const satuan = r?.sumber?.satuan ?? i.targetSatuan;

  const kirim = () => {
    const body: Parameters<typeof simpan.mutate>[0] = { indikatorId: i.id, periodeKe: ke, catatan: catatan.trim() || null };
    if (!otomatis) {
      if (narasi) body.narasi = teks.trim() || null;
      else {
        const n = bacaAngka(angka);
        if (n != null && Number.isNaN(n)) { setLokal({ angka: t('evaluasi.angkaSalah') }); return; }
        body.angka = n;
      }
    }
    setLokal({});
    simpan.mutate(body, { onSuccess: () => beritahu(t('evaluasi.realisasiTersimpan')) });
  };

  return (
    <Paper component="section" aria-labelledby={judulId} withBorder p="sm" radius="md" data-testid={`indikator-${i.id}`}>
      <Stack gap="xs">
        <div>
          <Text id={judulId} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>{i.uraian}</Text>
          <Group gap={6} mt={2} wrap="wrap">
            <Badge size="xs" variant="light" color="gray">{t(`aspek.${i.aspek}`)}</Badge>
            {i.perspektif && <Badge size="xs" variant="light" color="violet">{t(`perspektif.${i.perspektif}`, { defaultValue: i.perspektif })}</Badge>}
            <Text size="xs" c="gray.8">{t('evaluasi.target')}: <b>{teksTarget(i, lang)}</b></Text>
          </Group>
        </div>

        {otomatis ? (
          <Box data-testid={`realisasi-otomatis-${i.id}`}>
            <Group gap="xs" wrap="wrap" align="baseline">
              <Text size="sm">{t('evaluasi.realisasi')}:</Text>
              <Text fw={700} size="lg" data-testid={`angka-otomatis-${i.id}`}>
                {r?.angka != null ? `${formatAngka(r.angka, lang)} ${satuan ?? ''}`.trim() : '—'}
              </Text>
              <Badge variant="light" color="teal" size="sm" styles={{ root: { textTransform: 'none' } }}>{t('evaluasi.otomatis')}</Badge>
            </Group>
            {r?.sumber ? (
              <Stack gap={2} mt={2}>
                <Text size="xs" c="gray.8">
                  {r.sumber.label}{r.sumber.refNama ? ` · ${r.sumber.refNama}` : ''} · {formatTanggal(r.sumber.dari, lang)} – {formatTanggal(r.sumber.sampai, lang)}
                </Text>
                <Text size="xs" c="gray.8">{t('evaluasi.dihitung', { waktu: formatWaktu(r.sumber.dihitungAt, lang) })}</Text>
                {r.sumber.alasan && <Text size="xs" c="orange.9">{r.sumber.alasan}</Text>}
                {r.sumber.petunjuk && <Text size="xs" c="gray.8">{t('evaluasi.petunjuk', { rating: t(`rating.${r.sumber.petunjuk}`) })}</Text>}
                {r.sumber.jumlahRekaman > 0 && (
                  <Anchor component={Link} to={`/app/kinerja/realisasi/${r.id}/sumber?skp=${skpId}&ke=${ke}`} size="sm" underline="always">
                    {t('evaluasi.lihatSumber', { count: r.sumber.jumlahRekaman })}
                  </Anchor>
                )}
              </Stack>
            ) : (
              <Text size="xs" c="gray.8">{t('evaluasi.otomatisBelum')}</Text>
            )}
            {boleh ? (
              <Stack gap={6} mt="xs">
                <Textarea label={t('evaluasi.catatan')} description={t('evaluasi.catatanOtomatisKet')} autosize minRows={1} maxLength={2000}
                  value={catatan} onChange={(e) => setCatatan(e.currentTarget.value)} error={g.catatan} />
                {umum && <Text size="sm" c="red.9" role="alert">{umum}</Text>}
                <Group><Button size="xs" onClick={kirim} loading={simpan.isPending}>{t('umum.simpan')}</Button></Group>
              </Stack>
            ) : r?.catatan ? <Text size="sm" mt={4}>{t('evaluasi.catatan')}: {r.catatan}</Text> : null}
          </Box>
        ) : boleh ? (
          <Stack gap={6}>
            {narasi ? (
              <Textarea label={t('evaluasi.realisasiNarasi')} description={t('evaluasi.realisasiNarasiKet')} autosize minRows={2} maxLength={4000}
                value={teks} onChange={(e) => setTeks(e.currentTarget.value)} error={g.narasi} />
            ) : (
              <TextInput label={satuan ? t('evaluasi.realisasiAngka', { satuan }) : t('evaluasi.realisasiAngkaTanpaSatuan')} inputMode="decimal"
                value={angka} onChange={(e) => setAngka(e.currentTarget.value)} error={g.angka} maw={260} />
            )}
            <Textarea label={t('evaluasi.catatan')} autosize minRows={1} maxLength={2000} value={catatan}
              onChange={(e) => setCatatan(e.currentTarget.value)} error={g.catatan} />
            {umum && <Text size="sm" c="red.9" role="alert">{umum}</Text>}
            <Group><Button size="xs" onClick={kirim} loading={simpan.isPending}>{t('evaluasi.simpanRealisasi')}</Button></Group>
          </Stack>
        ) : (
          <Box data-testid={`realisasi-${i.id}`}>
            <Text size="sm">
              {t('evaluasi.realisasi')}:{' '}
              <b>{r == null || (r.angka == null && !r.narasi) ? t('evaluasi.belumDiisi') : r.narasi ?? `${formatAngka(r.angka!, lang)} ${satuan ?? ''}`.trim()}</b>
            </Text>
            {r?.catatan && <Text size="sm">{t('evaluasi.catatan')}: {r.catatan}</Text>}
          </Box>
        )}

        {!i.metrik || (r?.bukti.length ?? 0) > 0 || boleh ? (
          <BuktiPanel indikatorId={i.id} ke={ke} bukti={r?.bukti ?? []} boleh={boleh} idAwalan={`bukti-indikator-${i.id}`} />
        ) : null}
      </Stack>
    </Paper>
  );
}
