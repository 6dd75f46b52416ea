import {
  Alert, Anchor, Badge, Button, Card, Checkbox, Group, List, Radio, Stack, Stepper, Text, TextInput, Textarea, Title,
} from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersyaratanItem } from '../../../../contracts/layanan.ts';
import { PERSETUJUAN_VERSI_PERMOHONAN, type PermohonanDiterima } from '../../../../contracts/permohonan.ts';
import { validasiKk } from '../../../../domain/shared/kk.ts';
import { validasiNik } from '../../../../domain/shared/nik.ts';
import { normalisasiTelepon } from '../../../../domain/shared/telepon.ts';
import { tanggalWib } from '../../../../domain/shared/tanggal.ts';
import { ErrorState, PageLoader } from '../../../components/states.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCreatePermohonan } from '../api/create-permohonan.ts';
import { useStandar } from '../api/get-standar.ts';
import { BerkasPilih } from '../components/berkas-pilih.tsx';
import { HasilAjukan } from '../components/hasil-ajukan.tsx';
import { MAKS_BERKAS_MB } from '../lib/berkas.ts';
import { kunciBaru, samarkan16 } from '../lib/format.ts';
import { galatPerField } from '../lib/galat.ts';
import { perluKk } from '../lib/persyaratan.ts';
import '../i18n.ts';

type Pemohon = { nama: string; nik: string; kk: string; telepon: string; email: string };
const KOSONG: Pemohon = { nama: '', nik: '', kk: '', telepon: '', email: '' };
type Pengambilan = 'ambil' | 'unduh';

const POLA_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Client-side checks mirroring the server (the server is the judge): the shared domain rules validasiNik /
 * validasiKk (pelayanan.md §5.3) and normalisasiTelepon; an i18n message or the domain's message per field.
 */
function periksaPemohon(p: Pemohon, kkWajib: boolean, t: (k: string) => string): Partial<Record<keyof Pemohon, string>> {
  const g: Partial<Record<keyof Pemohon, string>> = {};
  const nama = p.nama.trim();
  if (!nama) g.nama = t('ajukan.namaWajib');
  else if (nama.length < 2) g.nama = t('ajukan.namaPendek');
  const hariIni = tanggalWib(new Date());
  const nik = validasiNik(p.nik, { hariIni });
  if (!nik.ok) g.nik = nik.pesan;
  const kk = p.kk.trim();
  if (!kk && kkWajib) g.kk = t('ajukan.kkWajib');
  else if (kk) {
    const r = validasiKk(kk, { hariIni });
    if (!r.ok) g.kk = r.pesan;
  }
  if (p.telepon.trim() && !normalisasiTelepon(p.telepon)) g.telepon = t('ajukan.teleponSalah');
  if (p.email.trim() && !POLA_EMAIL.test(p.email.trim())) g.email = t('ajukan.emailSalah');
  return g;
}

/** Which step shows a server field error: persetujuan → 0, pemohon/isian → 1, berkas → 2, the rest → 3. */
function langkahUntuk(field: string): number {
  if (field.startsWith('persetujuan')) return 0;
  if (field.startsWith('pemohon') || field.startsWith('isian')) return 1;
  if (field.startsWith('berkas')) return 2;
  return 3;
}

/**
 * /layanan/:kode/ajukan — the citizen's online application, phone-first (pelayanan.md §2; issue #4):
 * a 4-step Mantine Stepper
 * 1. the standar's persyaratan + the personal-data notice (UU 27/2022 Pasal 20–21: legal basis, purpose,
 *    data, retention, rights) with a required consent checkbox;
 * 2. applicant data (nama, NIK, KK when the layanan needs it, HP, email) + the layanan's `isian` fields,
 *    checked as the server checks them (validasiNik, normalisasiTelepon) — the server's per-field errors
 *    are shown next to the fields;
 * 3. one upload per persyaratan item with `unggah: true` (PDF/JPEG/PNG ≤ 5 MB, camera on phones);
 * 4. pengambilan (ambil di kantor / unduh dokumen digital), review, submit (multipart `data` + `berkas.<kode>`,
 *    one Idempotency-Key per attempt).
 * Then the nomor registrasi + kode akses (shown once) and the expected completion in WIB.
 */
export default function AjukanPage() {
  const { t } = useTranslation('permohonan');
  const { kode = '' } = useParams();
  const q = useStandar(kode);
  useDocumentTitle(`${q.data ? t('ajukan.judulLayanan', { nama: q.data.layanan.nama }) : t('ajukan.judul')} · SIKAP`);

  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const { layanan, standar } = q.data;
  if (!layanan.online || !layanan.aktif) {
    return (
      <Stack gap="md">
        <Title order={1} size="h2">{t('ajukan.judulLayanan', { nama: layanan.nama })}</Title>
        <Alert color="gray" role="note">{t('ajukan.tidakOnline')}</Alert>
        <Group>
          <Button component={Link} to={`/layanan/${layanan.kode}`} variant="default">{t('ajukan.lihatStandar')}</Button>
          <Button component={Link} to="/antrian">{t('ajukan.ambilAntrian')}</Button>
        </Group>
      </Stack>
    );
  }
  return <FormAjukan key={`${layanan.kode}-${standar.versi}`} layananKode={layanan.kode} layananNama={layanan.nama} unitNama={layanan.unit.nama}
    persyaratan={standar.persyaratan} jangka={standar.jangkaWaktu.teks} biaya={standar.biayaTeks} biayaRupiah={standar.biayaRupiah} />;
}

function FormAjukan({ layananKode, layananNama, unitNama, persyaratan, jangka, biaya, biayaRupiah }: {
  layananKode: string; layananNama: string; unitNama: string; persyaratan: PersyaratanItem[]; jangka: string; biaya: string; biayaRupiah: number;
}) {
  const { t } = useTranslation('permohonan');
  const [langkah, setLangkah] = useState(0);
  const [setuju, setSetuju] = useState(false);
  const [pemohon, setPemohon] = useState<Pemohon>(KOSONG);
  const [isian, setIsian] = useState<Record<string, string>>({});
  const [berkas, setBerkas] = useState<Record<string, File | null>>({});
  const [galatBerkas, setGalatBerkas] = useState<Record<string, string | null>>({});
  const [pengambilan, setPengambilan] = useState<Pengambilan>('ambil');
  const [disentuh, setDisentuh] = useState<Record<string, boolean>>({});
  const [galatServer, setGalatServer] = useState<Record<string, string>>({});
  const [hasil, setHasil] = useState<PermohonanDiterima | null>(null);
  const [kunci, setKunci] = useState(kunciBaru);
  const kirim = useCreatePermohonan();
  // On a phone the four step labels do not fit in one row: show numbers only, and the current step in words.
  const sempit = useMediaQuery('(max-width: 36em)');
  const LANGKAH = ['persyaratan', 'data', 'berkas', 'kirim'] as const;
  const labelLangkah = (i: number) => (sempit ? undefined : t(`ajukan.langkah.${LANGKAH[i]}`));

  const itemUnggah = useMemo(() => persyaratan.filter((p) => p.unggah), [persyaratan]);
  const itemIsian = useMemo(() => persyaratan.filter((p) => p.jenis === 'isian' && !p.unggah), [persyaratan]);
  const kkWajib = useMemo(() => perluKk(persyaratan), [persyaratan]);
  const galatLokal = periksaPemohon(pemohon, kkWajib, t);
  const galatIsian = Object.fromEntries(itemIsian.map((p) => [p.kode, p.wajib === 'wajib' && !(isian[p.kode] ?? '').trim() ? t('ajukan.isianWajib') : null]));
  const galatUnggah = Object.fromEntries(itemUnggah.map((p) => [
    p.kode,
    galatBerkas[p.kode] ?? (p.wajib === 'wajib' && !berkas[p.kode] ? t('ajukan.berkasWajib') : null),
  ]));

  /** The message shown under a field: the server's first, else the local one once the field was touched. */
  const galat = (field: string, lokal: string | null | undefined) => galatServer[field] ?? (disentuh[field] ? lokal ?? null : null);
  const sentuh = (field: string) => setDisentuh((d) => ({ ...d, [field]: true }));
  const hapusGalatServer = (field: string) => setGalatServer((g) => {
    if (!(field in g)) return g;
    const { [field]: _, ...sisa } = g;
    return sisa;
  });
  const ubahPemohon = (k: keyof Pemohon, v: string) => { setPemohon((p) => ({ ...p, [k]: v })); hapusGalatServer(`pemohon.${k}`); };

  const lanjutDari = (i: number) => {
    if (i === 0) {
      sentuh('persetujuan');
      if (setuju) setLangkah(1);
    } else if (i === 1) {
      setDisentuh((d) => ({ ...d, ...Object.fromEntries([...Object.keys(KOSONG).map((k) => `pemohon.${k}`), ...itemIsian.map((p) => `isian.${p.kode}`)].map((k) => [k, true])) }));
      if (Object.keys(galatLokal).length === 0 && Object.values(galatIsian).every((g) => !g)) setLangkah(2);
    } else if (i === 2) {
      setDisentuh((d) => ({ ...d, ...Object.fromEntries(itemUnggah.map((p) => [`berkas.${p.kode}`, true])) }));
      if (Object.values(galatUnggah).every((g) => !g)) setLangkah(3);
    }
  };

  const submit = () => {
    const files: Record<string, File> = {};
    for (const p of itemUnggah) if (berkas[p.kode]) files[p.kode] = berkas[p.kode]!;
    const isianIsi = Object.fromEntries(itemIsian.map((p) => [p.kode, (isian[p.kode] ?? '').trim()]).filter(([, v]) => v));
    kirim.mutate(
      {
        idempotencyKey: kunci,
        berkas: files,
        data: {
          layananKode,
          pemohon: {
            nama: pemohon.nama.trim(),
            nik: pemohon.nik.trim(),
            ...(pemohon.kk.trim() ? { kk: pemohon.kk.trim() } : {}),
            ...(pemohon.telepon.trim() ? { telepon: pemohon.telepon.trim() } : {}),
            ...(pemohon.email.trim() ? { email: pemohon.email.trim() } : {}),
          },
          ...(Object.keys(isianIsi).length ? { isian: isianIsi } : {}),
          pengambilan,
          persetujuan: true,
          persetujuanVersi: PERSETUJUAN_VERSI_PERMOHONAN,
        },
      },
      {
        onSuccess: setHasil,
        onError: (e) => {
          const f = galatPerField(e);
          setGalatServer(f);
          const langkahGalat = Object.keys(f).map(langkahUntuk);
          if (langkahGalat.length) setLangkah(Math.min(...langkahGalat));
          // A rejected attempt stored nothing: the next attempt is a new request (new key). A network error
          // (no answer) keeps the key, so a retry cannot create a second case.
          if (e instanceof ApiError) setKunci(kunciBaru());
        },
      },
    );
  };

  if (hasil) return <HasilAjukan hasil={hasil} layananNama={layananNama} />;

  const galatTanpaField = kirim.isError && Object.keys(galatServer).length === 0;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('ajukan.judulLayanan', { nama: layananNama })}</Title>
        <Text c="gray.8" mt={4}>{unitNama}</Text>
        <Text size="sm" mt={4}>{t('ajukan.ringkasLayanan', { jangka, biaya: biayaRupiah ? biaya : t('ajukan.gratis') })}</Text>
      </div>
      {kirim.isError && !galatTanpaField && <Alert color="red" role="alert">{t('ajukan.galatServer')}</Alert>}
      {sempit && langkah < 4 && (
        <Text fw={700} data-testid="langkah-sekarang">{t('ajukan.langkahKe', { n: langkah + 1, total: 4, label: t(`ajukan.langkah.${LANGKAH[langkah]}`) })}</Text>
      )}
      <Stepper active={langkah} onStepClick={(i) => i < langkah && setLangkah(i)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={labelLangkah(0)} aria-label={t('ajukan.langkah.persyaratan')}>
          <Stack gap="md" mt="md">
            <Card withBorder padding="md" component="section" aria-labelledby="persyaratan-judul">
              <Title order={2} size="h4" id="persyaratan-judul">{t('ajukan.persyaratanJudul')}</Title>
              <Text size="sm" c="gray.8" mt={4}>{t('ajukan.persyaratanKet')}</Text>
              <List mt="sm" spacing="xs" data-testid="daftar-persyaratan">
                {persyaratan.map((p) => (
                  <List.Item key={p.kode}>
                    <Text size="sm" span>{p.nama}</Text>{' '}
                    {p.jenis !== 'isian' && <Badge size="xs" variant="light" color="gray">{t(`jenisPersyaratan.${p.jenis}`)}</Badge>}{' '}
                    <Badge size="xs" variant="light" color={p.wajib === 'wajib' ? 'red' : 'gray'}>{t(`wajib.${p.wajib}`)}</Badge>{' '}
                    {p.unggah && <Badge size="xs" variant="outline">{t('ajukan.perluUnggah')}</Badge>}
                    {p.keterangan && <Text size="xs" c="gray.8">{p.keterangan}</Text>}
                  </List.Item>
                ))}
              </List>
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="privasi-judul">
              <Title order={2} size="h4" id="privasi-judul">{t('ajukan.privasiJudul')}</Title>
              <Stack gap={6} mt="xs">
                {(['dasar', 'tujuan', 'data', 'akses', 'simpan', 'hak'] as const).map((k) => <Text key={k} size="sm">{t(`ajukan.privasi.${k}`)}</Text>)}
              </Stack>
              <Checkbox mt="md" checked={setuju} label={t('ajukan.setuju')}
                onChange={(e) => { setSetuju(e.currentTarget.checked); hapusGalatServer('persetujuan'); }}
                error={galat('persetujuan', setuju ? null : t('ajukan.setujuWajib'))} />
            </Card>
            <Group justify="space-between">
              <Anchor component={Link} to={`/layanan/${layananKode}`} size="sm">{t('ajukan.lihatStandar')}</Anchor>
              <Button onClick={() => lanjutDari(0)}>{t('umum.lanjut')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={labelLangkah(1)} aria-label={t('ajukan.langkah.data')}>
          <Stack gap="md" mt="md">
            <TextInput label={t('ajukan.nama')} autoComplete="name" required maxLength={100} value={pemohon.nama}
              onChange={(e) => ubahPemohon('nama', e.currentTarget.value)} onBlur={() => sentuh('pemohon.nama')}
              error={galat('pemohon.nama', galatLokal.nama)} />
            <TextInput label={t('ajukan.nik')} description={t('ajukan.nikBantuan')} inputMode="numeric" autoComplete="off" required maxLength={20}
              value={pemohon.nik} onChange={(e) => ubahPemohon('nik', e.currentTarget.value)} onBlur={() => sentuh('pemohon.nik')}
              error={galat('pemohon.nik', galatLokal.nik)} />
            <TextInput label={kkWajib ? t('ajukan.kk') : t('ajukan.kkOpsional')} description={t('ajukan.kkBantuan')} inputMode="numeric" autoComplete="off"
              required={kkWajib} maxLength={20} value={pemohon.kk} onChange={(e) => ubahPemohon('kk', e.currentTarget.value)} onBlur={() => sentuh('pemohon.kk')}
              error={galat('pemohon.kk', galatLokal.kk)} />
            <TextInput label={t('ajukan.telepon')} description={t('ajukan.teleponBantuan')} type="tel" inputMode="tel" autoComplete="tel"
              value={pemohon.telepon} onChange={(e) => ubahPemohon('telepon', e.currentTarget.value)} onBlur={() => sentuh('pemohon.telepon')}
              error={galat('pemohon.telepon', galatLokal.telepon)} />
            <TextInput label={t('ajukan.email')} type="email" inputMode="email" autoComplete="email" maxLength={200}
              value={pemohon.email} onChange={(e) => ubahPemohon('email', e.currentTarget.value)} onBlur={() => sentuh('pemohon.email')}
              error={galat('pemohon.email', galatLokal.email)} />
            {itemIsian.length > 0 && (
              <Stack gap="sm" component="section" aria-labelledby="isian-judul">
                <Title order={2} size="h5" id="isian-judul">{t('ajukan.isianJudul')}</Title>
                {itemIsian.map((p) => (
                  <Textarea key={p.kode} label={p.nama} description={p.keterangan ?? undefined} required={p.wajib === 'wajib'} autosize minRows={1} maxLength={1000}
                    value={isian[p.kode] ?? ''} onChange={(e) => { const v = e.currentTarget.value; setIsian((s) => ({ ...s, [p.kode]: v })); hapusGalatServer(`isian.${p.kode}`); }}
                    onBlur={() => sentuh(`isian.${p.kode}`)} error={galat(`isian.${p.kode}`, galatIsian[p.kode])} />
                ))}
              </Stack>
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setLangkah(0)}>{t('umum.kembali')}</Button>
              <Button onClick={() => lanjutDari(1)}>{t('umum.lanjut')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={labelLangkah(2)} aria-label={t('ajukan.langkah.berkas')}>
          <Stack gap="md" mt="md">
            <div>
              <Title order={2} size="h4">{t('ajukan.berkasJudul')}</Title>
              <Text size="sm" c="gray.8" mt={4}>{t('ajukan.berkasKet', { mb: MAKS_BERKAS_MB })}</Text>
            </div>
            {itemUnggah.length === 0 && <Alert color="gray" role="note">{t('ajukan.tidakPerluUnggah')}</Alert>}
            {itemUnggah.map((p) => (
              <BerkasPilih key={p.kode} item={p} file={berkas[p.kode] ?? null}
                error={galat(`berkas.${p.kode}`, galatUnggah[p.kode])}
                onChange={(f, g) => {
                  setBerkas((b) => ({ ...b, [p.kode]: f }));
                  setGalatBerkas((b) => ({ ...b, [p.kode]: g }));
                  hapusGalatServer(`berkas.${p.kode}`);
                  if (f) sentuh(`berkas.${p.kode}`);
                }} />
            ))}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setLangkah(1)}>{t('umum.kembali')}</Button>
              <Button onClick={() => lanjutDari(2)}>{t('umum.lanjut')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={labelLangkah(3)} aria-label={t('ajukan.langkah.kirim')}>
          <Stack gap="md" mt="md">
            <Radio.Group label={t('ajukan.pengambilanJudul')} value={pengambilan} onChange={(v) => setPengambilan(v as Pengambilan)}
              error={galatServer.pengambilan}>
              <Stack gap="xs" mt="xs">
                <Radio value="ambil" label={t('pengambilan.ambil')} description={t('ajukan.pengambilanAmbilKet')} />
                <Radio value="unduh" label={t('pengambilan.unduh')} description={t('ajukan.pengambilanUnduhKet')} />
              </Stack>
            </Radio.Group>
            <Title order={2} size="h4">{t('ajukan.periksaJudul')}</Title>
            <Card withBorder padding="md" data-testid="ringkasan-permohonan">
              <Stack gap={4}>
                <Text><b>{t('ajukan.layanan')}:</b> {layananNama}</Text>
                <Text><b>{t('ajukan.nama')}:</b> {pemohon.nama.trim()}</Text>
                <Text><b>NIK:</b> {samarkan16(pemohon.nik)}</Text>
                {pemohon.kk.trim() && <Text><b>KK:</b> {samarkan16(pemohon.kk)}</Text>}
                {pemohon.telepon.trim() && <Text><b>{t('ajukan.telepon')}:</b> {pemohon.telepon.trim()}</Text>}
                {pemohon.email.trim() && <Text><b>Email:</b> {pemohon.email.trim()}</Text>}
                {itemIsian.filter((p) => (isian[p.kode] ?? '').trim()).map((p) => (
                  <Text key={p.kode}><b>{p.nama}:</b> {isian[p.kode]!.trim()}</Text>
                ))}
                <Text fw={700} mt="xs">{t('ajukan.berkas')}</Text>
                {itemUnggah.some((p) => berkas[p.kode]) ? (
                  <List size="sm" spacing={2}>
                    {itemUnggah.filter((p) => berkas[p.kode]).map((p) => <List.Item key={p.kode}>{p.nama}: {berkas[p.kode]!.name}</List.Item>)}
                  </List>
                ) : <Text size="sm">{t('ajukan.tanpaBerkas')}</Text>}
              </Stack>
            </Card>
            {galatTanpaField && <Alert color="red" role="alert" title={t('ajukan.galatUmum')}>{errorMessage(kirim.error)}</Alert>}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setLangkah(2)}>{t('umum.kembali')}</Button>
              <Button onClick={submit} loading={kirim.isPending}>{t('ajukan.kirim')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
