import { Alert, Button, Card, List, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LacakBody, PermohonanLacak } from '../../../../contracts/permohonan.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useKirimPerbaikan } from '../api/kirim-perbaikan.ts';
import { galatPerField } from '../lib/galat.ts';
import { BerkasPilih } from './berkas-pilih.tsx';
import { ORANYE_GELAP } from './lencana.tsx';

/**
 * What the officer asked to fix (status perlu_perbaikan) and the applicant's answer: one replacement
 * upload per listed persyaratan item that is uploaded, a text field per listed `isian` item, notes for
 * the other items, an optional note, and "Kirim perbaikan" (multipart `data` + `berkas.<kode>`). The
 * server resumes the SLA clock (plan decision 3).
 */
export function PerbaikanWarga({ view, pasangan, onTerkirim }: { view: PermohonanLacak; pasangan: LacakBody; onTerkirim: () => void }) {
  const { t } = useTranslation('permohonan');
  const kirim = useKirimPerbaikan();
  const [berkas, setBerkas] = useState<Record<string, File | null>>({});
  const [galatBerkas, setGalatBerkas] = useState<Record<string, string | null>>({});
  const [isian, setIsian] = useState<Record<string, string>>({});
  const [catatan, setCatatan] = useState('');
  const [dicoba, setDicoba] = useState(false);
  const galatServer = galatPerField(kirim.error);

  const items = view.perbaikan ?? [];
  const persyaratan = new Map(view.persyaratan.map((p) => [p.kode, p]));
  const unggah = items.filter((i) => i.persyaratanKode && persyaratan.get(i.persyaratanKode)?.unggah);
  const isianItems = items.filter((i) => i.persyaratanKode && persyaratan.get(i.persyaratanKode)?.jenis === 'isian' && !persyaratan.get(i.persyaratanKode)?.unggah);
  const lain = items.filter((i) => !unggah.includes(i) && !isianItems.includes(i));

  const galatUnggah = (kode: string) =>
    galatServer[`berkas.${kode}`] ?? galatBerkas[kode] ?? (dicoba && !berkas[kode] ? t('ajukan.berkasWajib') : null);
  const galatIsian = (kode: string) =>
    galatServer[`isian.${kode}`] ?? (dicoba && !(isian[kode] ?? view.isian[kode] ?? '').trim() ? t('ajukan.isianWajib') : null);

  const submit = () => {
    setDicoba(true);
    const siap = unggah.every((i) => berkas[i.persyaratanKode!] && !galatBerkas[i.persyaratanKode!])
      && isianItems.every((i) => (isian[i.persyaratanKode!] ?? view.isian[i.persyaratanKode!] ?? '').trim());
    if (!siap) return;
    const files: Record<string, File> = {};
    for (const i of unggah) files[i.persyaratanKode!] = berkas[i.persyaratanKode!]!;
    const isianBaru = Object.fromEntries(isianItems.map((i) => [i.persyaratanKode!, (isian[i.persyaratanKode!] ?? view.isian[i.persyaratanKode!] ?? '').trim()]));
    kirim.mutate(
      { data: { ...pasangan, ...(catatan.trim() ? { catatan: catatan.trim() } : {}), ...(isianItems.length ? { isian: isianBaru } : {}) }, berkas: files },
      { onSuccess: () => { setBerkas({}); setCatatan(''); setDicoba(false); onTerkirim(); } },
    );
  };

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="perbaikan-judul" data-testid="perbaikan-warga"
      style={{ borderColor: 'var(--mantine-color-orange-6)' }}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="perbaikan-judul">{t('lacak.perbaikanJudul')}</Title>
        <Text size="sm">{t('lacak.perbaikanKet')}</Text>
        {lain.length > 0 && (
          <List size="sm" spacing={4}>
            {lain.map((i, n) => (
              <List.Item key={n}>{i.persyaratanNama ? <b>{i.persyaratanNama}: </b> : null}{i.catatan}</List.Item>
            ))}
          </List>
        )}
        {unggah.map((i) => {
          const p = persyaratan.get(i.persyaratanKode!)!;
          return (
            <Stack key={p.kode} gap={4}>
              <Text size="sm" c={ORANYE_GELAP} fw={600}>{i.catatan}</Text>
              <BerkasPilih item={p} file={berkas[p.kode] ?? null} error={galatUnggah(p.kode)} testId={`perbaikan-${p.kode}`}
                onChange={(f, g) => { setBerkas((b) => ({ ...b, [p.kode]: f })); setGalatBerkas((b) => ({ ...b, [p.kode]: g })); }} />
            </Stack>
          );
        })}
        {isianItems.map((i) => {
          const p = persyaratan.get(i.persyaratanKode!)!;
          return (
            <TextInput key={p.kode} label={p.nama} description={i.catatan} required maxLength={500}
              value={isian[p.kode] ?? view.isian[p.kode] ?? ''} error={galatIsian(p.kode)}
              onChange={(e) => { const v = e.currentTarget.value; setIsian((s) => ({ ...s, [p.kode]: v })); }} />
          );
        })}
        <Textarea label={t('lacak.catatanPemohon')} autosize minRows={2} maxLength={1000} value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)} error={galatServer.catatan} />
        {kirim.isError && Object.keys(galatServer).length === 0 && <Alert color="red" role="alert">{errorMessage(kirim.error)}</Alert>}
        <Button onClick={submit} loading={kirim.isPending} style={{ alignSelf: 'flex-start' }}>{t('lacak.kirimPerbaikan')}</Button>
      </Stack>
    </Card>
  );
}
