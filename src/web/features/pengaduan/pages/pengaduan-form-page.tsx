import {
  Alert, Button, Card, Checkbox, NativeSelect, Radio, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { KLASIFIKASI_PENGADUAN, type KategoriPublik, type PengaduanBaru } from '../../../../contracts/pengaduan.ts';
import type { KlasifikasiPengaduan } from '../../../../domain/layanan/pengaduan.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCreatePengaduan } from '../api/create-pengaduan.ts';
import { useKategori } from '../api/get-kategori.ts';
import { useLayananPublik } from '../api/get-layanan-publik.ts';
import { FotoInput } from '../components/foto-input.tsx';
import { LOKASI_KOSONG, LokasiInput, type Lokasi } from '../components/lokasi-input.tsx';
import { PengaduanTerkirim } from '../components/pengaduan-terkirim.tsx';
import { kunciBaru } from '../lib/format.ts';
import { ISIAN_KOSONG, keData, MAKS_ISI, MAKS_JUDUL, periksaIsian, petakanGalatServer, type FieldIsian, type Isian } from '../lib/isian.ts';
import '../i18n.ts';

/** What another page may pass in router state: the permohonan (or layanan) the complaint is about. */
function awalDariState(state: unknown): Isian {
  const s = (state && typeof state === 'object' ? state : {}) as Record<string, unknown>;
  return {
    ...ISIAN_KOSONG,
    permohonanNomor: typeof s.permohonanNomor === 'string' ? s.permohonanNomor : '',
    layananKode: typeof s.layananKode === 'string' ? s.layananKode : '',
  };
}

/** Categories grouped by their `grup` (in first-seen order); ungrouped ones under "Lainnya". */
function kelompokkan(list: KategoriPublik[]): [string, KategoriPublik[]][] {
  const m = new Map<string, KategoriPublik[]>();
  for (const k of list) {
    const g = k.grup ?? 'Lainnya';
    m.set(g, [...(m.get(g) ?? []), k]);
  }
  return [...m];
}

/**
 * /pengaduan (public, phone-first): one form in sections — the report (kind, category, related layanan
 * and permohonan, title, text), photos (≤ 3 JPEG/PNG with previews), location (kelurahan, address, or
 * the phone's position), identity (anonymous / confidential, each explained; name and contact otherwise)
 * and the privacy notice with consent (UU 27/2022). Sends multipart to POST /pengaduan; the result shows
 * nomor + kode akses once and the verification deadline (SP4N-LAPOR!, pelayanan.md §4.2).
 */
export default function PengaduanFormPage() {
  const { t } = useTranslation('pengaduan');
  useDocumentTitle(`${t('form.judul')} · SIKAP`);
  const location = useLocation();
  const kategoriQ = useKategori();
  const layananQ = useLayananPublik();
  const [isian, setIsian] = useState<Isian>(() => awalDariState(location.state));
  const [foto, setFoto] = useState<File[]>([]);
  const [lokasi, setLokasi] = useState<Lokasi>(LOKASI_KOSONG);
  const [tampilGalat, setTampilGalat] = useState<Partial<Record<FieldIsian, boolean>>>({});
  const [galatServer, setGalatServer] = useState<Record<string, string>>({});
  const [hasil, setHasil] = useState<PengaduanBaru | null>(null);
  const [kunci, setKunci] = useState(kunciBaru);
  const kirimM = useCreatePengaduan(kunci);
  const ringkasanRef = useRef<HTMLDivElement>(null);

  const galatLokal = useMemo(() => periksaIsian(isian), [isian]);
  const galat = (f: FieldIsian) => galatServer[f] ?? (tampilGalat[f] && galatLokal[f] ? t(galatLokal[f]) : null);
  const ubah = <K extends keyof Isian>(k: K, v: Isian[K]) => {
    setIsian((s) => ({ ...s, [k]: v }));
    setGalatServer((g) => { const n = { ...g }; delete n[k]; return n; });
  };
  const sentuh = (f: FieldIsian) => setTampilGalat((s) => ({ ...s, [f]: true }));

  const ulangi = () => {
    setHasil(null); setIsian(ISIAN_KOSONG); setFoto([]); setLokasi(LOKASI_KOSONG); setTampilGalat({}); setGalatServer({});
    setKunci(kunciBaru()); kirimM.reset();
  };

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    const semua = Object.fromEntries(Object.keys(galatLokal).map((k) => [k, true]));
    setTampilGalat((s) => ({ ...s, ...semua }));
    if (Object.keys(galatLokal).length) {
      ringkasanRef.current?.focus();
      return;
    }
    kirimM.mutate(
      { data: keData(isian, lokasi), foto },
      {
        onSuccess: (r) => { setHasil(r); window.scrollTo({ top: 0 }); },
        onError: (err) => {
          if (err instanceof ApiError) setGalatServer(petakanGalatServer(err.fieldErrors()));
          setKunci(kunciBaru());
          ringkasanRef.current?.focus();
        },
      },
    );
  };

  if (hasil) return <PengaduanTerkirim hasil={hasil} onLagi={ulangi} />;
  if (kategoriQ.isPending) return <PageLoader />;
  if (kategoriQ.isError) return <ErrorState error={kategoriQ.error} onRetry={() => kategoriQ.refetch()} />;

  const kategoriData = [
    { value: '', label: t('form.pilihKategori') },
    ...kelompokkan(kategoriQ.data).map(([grup, items]) => ({
      group: grup, items: items.map((k) => ({ value: k.kode, label: k.nama })),
    })),
  ];
  const layananData = [
    { value: '', label: t('form.tanpaLayanan') },
    ...(layananQ.data ?? []).map((l) => ({ value: l.kode, label: `${l.nama} — ${l.opd?.nama ?? l.unit.nama}` })),
  ];
  const kategoriDipilih = kategoriQ.data.find((k) => k.kode === isian.kategoriKode);
  const adaGalatTampil = (Object.keys(galatLokal) as FieldIsian[]).some((f) => tampilGalat[f]) || Object.keys(galatServer).length > 0;
  const galatUmum = kirimM.isError && !(kirimM.error instanceof ApiError && Object.keys(kirimM.error.fieldErrors()).length)
    ? errorMessage(kirimM.error) : null;

  return (
    <form onSubmit={kirim} noValidate aria-labelledby="judul-pengaduan">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2" id="judul-pengaduan">{t('form.judul')}</Title>
          <Text c="gray.8" mt={4}>{t('form.pengantar')}</Text>
        </div>

        <Card withBorder padding="md" component="section" aria-labelledby="bagian-laporan">
          <Stack gap="md">
            <Title order={2} size="h4" id="bagian-laporan">{t('form.bagianLaporan')}</Title>
            <Radio.Group label={t('form.jenis')} value={isian.klasifikasi} onChange={(v) => ubah('klasifikasi', v as KlasifikasiPengaduan)}>
              <Stack gap="xs" mt="xs">
                {KLASIFIKASI_PENGADUAN.map((k) => (
                  <Radio key={k} value={k} label={t(`klasifikasi.${k}`)} description={t(`klasifikasiKet.${k}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <NativeSelect
              label={t('form.kategori')} required data={kategoriData} value={isian.kategoriKode}
              description={kategoriDipilih?.deskripsi ?? undefined}
              onChange={(e) => { ubah('kategoriKode', e.currentTarget.value); sentuh('kategoriKode'); }} error={galat('kategoriKode')}
            />
            <NativeSelect
              label={t('form.layanan')} data={layananData} value={isian.layananKode} disabled={layananQ.isPending}
              onChange={(e) => ubah('layananKode', e.currentTarget.value)} error={galatServer.layananKode}
            />
            <TextInput
              label={t('form.permohonanNomor')} description={t('form.permohonanNomorBantuan')} value={isian.permohonanNomor}
              placeholder="PM-2026-000123" autoComplete="off" maxLength={20}
              onChange={(e) => ubah('permohonanNomor', e.currentTarget.value)} onBlur={() => sentuh('permohonanNomor')} error={galat('permohonanNomor')}
            />
            <TextInput
              label={t('form.judulLaporan')} placeholder={t('form.judulContoh')} required maxLength={MAKS_JUDUL} value={isian.judul}
              onChange={(e) => ubah('judul', e.currentTarget.value)} onBlur={() => sentuh('judul')} error={galat('judul')}
            />
            <Textarea
              label={t('form.isi')} description={t('form.isiBantuan')} required autosize minRows={5} maxRows={14} maxLength={MAKS_ISI}
              value={isian.isi} onChange={(e) => ubah('isi', e.currentTarget.value)} onBlur={() => sentuh('isi')} error={galat('isi')}
              inputWrapperOrder={['label', 'description', 'input', 'error']}
            />
            <Text size="xs" c="gray.8" ta="right" mt={-12} aria-live="polite">
              {t('form.sisaHuruf', { n: isian.isi.length, maks: MAKS_ISI })}
            </Text>
          </Stack>
        </Card>

        <Card withBorder padding="md" component="section" aria-labelledby="bagian-foto">
          <Stack gap="sm">
            <Title order={2} size="h4" id="bagian-foto">{t('form.bagianFoto')}</Title>
            <FotoInput value={foto} onChange={(f) => { setFoto(f); setGalatServer((g) => { const n = { ...g }; delete n.foto; return n; }); }} error={galatServer.foto} />
          </Stack>
        </Card>

        <Card withBorder padding="md" component="section" aria-labelledby="bagian-lokasi">
          <Stack gap="sm">
            <Title order={2} size="h4" id="bagian-lokasi">{t('form.bagianLokasi')}</Title>
            <LokasiInput value={lokasi} onChange={setLokasi} galat={galatServer} />
          </Stack>
        </Card>

        <Card withBorder padding="md" component="section" aria-labelledby="bagian-identitas">
          <Stack gap="md">
            <Title order={2} size="h4" id="bagian-identitas">{t('form.bagianIdentitas')}</Title>
            <Switch
              label={t('form.anonim')} description={t('form.anonimKet')} checked={isian.anonim}
              onChange={(e) => ubah('anonim', e.currentTarget.checked)}
            />
            {!isian.anonim && (
              <>
                <Switch
                  label={t('form.rahasia')} description={t('form.rahasiaKet')} checked={isian.rahasia}
                  onChange={(e) => ubah('rahasia', e.currentTarget.checked)}
                />
                <TextInput
                  label={t('form.nama')} required autoComplete="name" maxLength={100} value={isian.nama}
                  onChange={(e) => ubah('nama', e.currentTarget.value)} onBlur={() => sentuh('nama')} error={galat('nama')}
                />
                <TextInput
                  label={t('form.telepon')} description={t('form.teleponBantuan')} type="tel" inputMode="tel" autoComplete="tel" maxLength={20}
                  value={isian.telepon} onChange={(e) => ubah('telepon', e.currentTarget.value)} onBlur={() => sentuh('telepon')} error={galat('telepon')}
                />
                <TextInput
                  label={t('form.email')} type="email" inputMode="email" autoComplete="email" maxLength={200}
                  value={isian.email} onChange={(e) => ubah('email', e.currentTarget.value)} onBlur={() => sentuh('email')} error={galat('email')}
                />
              </>
            )}
          </Stack>
        </Card>

        <Card withBorder padding="md" component="section" aria-labelledby="privasi-judul">
          <Title order={2} size="h4" id="privasi-judul">{t('form.privasiJudul')}</Title>
          <Text size="sm" mt={4}>{t('form.privasi')}</Text>
          <Checkbox
            mt="sm" checked={isian.setuju} label={t('form.setuju')} error={galat('setuju')}
            onChange={(e) => { ubah('setuju', e.currentTarget.checked); sentuh('setuju'); }}
          />
        </Card>

        <div ref={ringkasanRef} tabIndex={-1} aria-live="assertive">
          {(galatUmum || adaGalatTampil) && (
            <Alert color="red" role="alert" data-testid="galat-form">{galatUmum ?? t('form.adaGalat')}</Alert>
          )}
        </div>
        <Button type="submit" size="md" loading={kirimM.isPending} fullWidth>{t('form.kirim')}</Button>
      </Stack>
    </form>
  );
}
