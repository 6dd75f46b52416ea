import {
  ActionIcon, Alert, Button, Card, Checkbox, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandarIsi, StandarVersi } from '../../../../contracts/layanan.ts';
import { JENIS_PERSYARATAN, SATUAN_JANGKA_WAKTU, SIFAT_PERSYARATAN, validasiStandar } from '../../../../domain/layanan/standar.ts';
import { GalatUmum, galatField } from './layanan-form.tsx';

type Persyaratan = StandarIsi['persyaratan'][number];
const INTERNAL = ['sarpras', 'kompetensiPelaksana', 'pengawasanInternal', 'jumlahPelaksana', 'jaminanPelayanan', 'jaminanKeamanan', 'evaluasiKinerja'] as const;

/** A new layanan's first draft: the complaint channels and the law every standard cites, one step to edit. */
export const STANDAR_KOSONG: StandarIsi = {
  persyaratan: [],
  prosedur: [{ langkah: 'Pemohon mengajukan permohonan melalui SIKAP dan mengunggah persyaratan', aktor: 'Pemohon' }],
  jangkaWaktuNilai: 1, jangkaWaktuSatuan: 'hari_kerja', biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya.', produk: '',
  pengaduanKanal: ['SIKAP: menu Pengaduan di portal layanan (/pengaduan)', 'SP4N-LAPOR!: www.lapor.go.id atau SMS ke 1708'],
  dasarHukum: ['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik'],
  sarpras: null, kompetensiPelaksana: null, pengawasanInternal: null, jumlahPelaksana: null, jaminanPelayanan: null, jaminanKeamanan: null, evaluasiKinerja: null,
};

/** The editable components of a stored version (to pre-fill a new draft from the latest one). */
export function isiDari(v: StandarVersi): StandarIsi {
  return {
    persyaratan: v.persyaratan.map((p) => ({ ...p, keterangan: p.keterangan ?? null })), prosedur: v.prosedur.map((l) => ({ ...l })),
    jangkaWaktuNilai: v.jangkaWaktuNilai, jangkaWaktuSatuan: v.jangkaWaktuSatuan, biayaRupiah: v.biayaRupiah, biayaKeterangan: v.biayaKeterangan,
    produk: v.produk, pengaduanKanal: [...v.pengaduanKanal], dasarHukum: [...v.dasarHukum],
    sarpras: v.sarpras, kompetensiPelaksana: v.kompetensiPelaksana, pengawasanInternal: v.pengawasanInternal, jumlahPelaksana: v.jumlahPelaksana,
    jaminanPelayanan: v.jaminanPelayanan, jaminanKeamanan: v.jaminanKeamanan, evaluasiKinerja: v.evaluasiKinerja,
  };
}

/** "Surat Pengantar RT/RW" → "surat-pengantar-rt-rw" (a persyaratan code suggestion). */
export function slug(nama: string): string {
  return nama.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

function pindah<T>(list: T[], i: number, arah: -1 | 1): T[] {
  const j = i + arah;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/**
 * The editor of a draft standar pelayanan: the 14 components (PermenPANRB 15/2014) with dynamic lists for
 * persyaratan, prosedur, complaint channels and dasar hukum. The domain rule {@link validasiStandar} runs
 * before sending (instant feedback); server field errors (`body.persyaratan.2.kode`) show on the same fields.
 */
export function StandarForm({ awal, onKirim, onBatal, pending, error }: {
  awal: StandarIsi; onKirim: (isi: StandarIsi) => void; onBatal?: () => void; pending: boolean; error: unknown;
}) {
  const { t } = useTranslation('layanan');
  const [isi, setIsi] = useState<StandarIsi>(awal);
  const [galatLokal, setGalatLokal] = useState<Record<string, string>>({});
  const galat = { ...galatField(error), ...galatLokal };
  const set = <K extends keyof StandarIsi>(k: K, v: StandarIsi[K]) => setIsi((s) => ({ ...s, [k]: v }));
  const setSyarat = (i: number, p: Partial<Persyaratan>) =>
    setIsi((s) => ({ ...s, persyaratan: s.persyaratan.map((x, j) => (j === i ? { ...x, ...p } : x)) }));

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    // An empty code takes the suggestion shown as its placeholder (the slug of the name).
    const bersih: StandarIsi = {
      ...isi,
      persyaratan: isi.persyaratan.map((p) => ({ ...p, kode: p.kode.trim() || slug(p.nama) })),
      pengaduanKanal: isi.pengaduanKanal.map((k) => k.trim()), dasarHukum: isi.dasarHukum.map((k) => k.trim()),
    };
    setIsi(bersih);
    const masalah = validasiStandar(bersih);
    setGalatLokal(Object.fromEntries(masalah.map((m) => [m.field, m.message])));
    if (!masalah.length) onKirim(bersih);
  };

  return (
    <form onSubmit={kirim} noValidate>
      <Stack gap="lg">
        <Fieldset legend={t('admin.form.bagianLayanan')}>
          <Stack gap="md">
            <div>
              <Text fw={600}>{t('admin.form.persyaratan')}</Text>
              <Text size="sm" c="gray.8" mb="xs">{t('admin.form.persyaratanKet')}</Text>
              <Stack gap="xs">
                {isi.persyaratan.map((p, i) => {
                  const n = i + 1;
                  return (
                    <Card key={i} withBorder padding="sm" radius="sm" data-testid={`syarat-${i}`}>
                      <Stack gap="xs">
                        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                          <TextInput
                            label={`${t('admin.form.namaSyarat')} ${n}`} value={p.nama} error={galat[`persyaratan.${i}.nama`]} required
                            onChange={(e) => setSyarat(i, { nama: e.currentTarget.value })}
                            style={{ gridColumn: 'span 2' }}
                          />
                          <TextInput
                            label={`${t('admin.form.kode')} ${n}`} value={p.kode} placeholder={slug(p.nama)} error={galat[`persyaratan.${i}.kode`]} required
                            onChange={(e) => setSyarat(i, { kode: e.currentTarget.value })}
                          />
                        </SimpleGrid>
                        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                          <NativeSelect
                            label={`${t('admin.form.jenis')} ${n}`} value={p.jenis}
                            onChange={(e) => { const jenis = e.currentTarget.value as Persyaratan['jenis']; setSyarat(i, { jenis, ...(jenis === 'isian' ? { unggah: false } : {}) }); }}
                            data={JENIS_PERSYARATAN.map((j) => ({ value: j, label: t(`standar.jenis.${j}`) }))}
                          />
                          <NativeSelect
                            label={`${t('admin.form.sifat')} ${n}`} value={p.wajib} onChange={(e) => setSyarat(i, { wajib: e.currentTarget.value as Persyaratan['wajib'] })}
                            data={SIFAT_PERSYARATAN.map((j) => ({ value: j, label: t(`standar.sifat.${j}`) }))}
                          />
                          <Checkbox
                            mt={28} label={`${t('admin.form.unggah')} (${n})`} checked={p.unggah} disabled={p.jenis === 'isian'}
                            error={galat[`persyaratan.${i}.unggah`]} onChange={(e) => setSyarat(i, { unggah: e.currentTarget.checked })}
                          />
                          <Group gap={4} mt={24} justify="flex-end">
                            <ActionIcon variant="default" aria-label={t('admin.form.naik', { nomor: n })} onClick={() => set('persyaratan', pindah(isi.persyaratan, i, -1))} disabled={i === 0}>↑</ActionIcon>
                            <ActionIcon variant="default" aria-label={t('admin.form.turun', { nomor: n })} onClick={() => set('persyaratan', pindah(isi.persyaratan, i, 1))} disabled={i === isi.persyaratan.length - 1}>↓</ActionIcon>
                            <ActionIcon variant="light" color="red" aria-label={t('admin.form.hapusSyarat', { nomor: n })} onClick={() => set('persyaratan', isi.persyaratan.filter((_, j) => j !== i))}>×</ActionIcon>
                          </Group>
                        </SimpleGrid>
                        <TextInput
                          label={`${t('admin.form.keterangan')} ${n}`} value={p.keterangan ?? ''} error={galat[`persyaratan.${i}.keterangan`]}
                          onChange={(e) => setSyarat(i, { keterangan: e.currentTarget.value || null })}
                        />
                      </Stack>
                    </Card>
                  );
                })}
                <Group>
                  <Button variant="light" size="xs" onClick={() => set('persyaratan', [...isi.persyaratan, { kode: '', nama: '', jenis: 'fotokopi', wajib: 'wajib', keterangan: null, unggah: true }])}>
                    + {t('admin.form.tambahPersyaratan')}
                  </Button>
                </Group>
              </Stack>
            </div>

            <div>
              <Text fw={600} mb="xs">{t('admin.form.prosedur')}</Text>
              {galat.prosedur && <Text c="red.8" size="sm" role="alert" mb="xs">{galat.prosedur}</Text>}
              <Stack gap="xs">
                {isi.prosedur.map((l, i) => {
                  const n = i + 1;
                  const setL = (p: Partial<typeof l>) => setIsi((s) => ({ ...s, prosedur: s.prosedur.map((x, j) => (j === i ? { ...x, ...p } : x)) }));
                  return (
                    <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
                      <Textarea
                        label={t('admin.form.langkah', { nomor: n })} value={l.langkah} autosize minRows={1} style={{ flex: 3 }}
                        error={galat[`prosedur.${i}.langkah`]} onChange={(e) => setL({ langkah: e.currentTarget.value })}
                      />
                      <TextInput
                        label={`${t('admin.form.aktor')} ${n}`} value={l.aktor} style={{ flex: 1 }}
                        error={galat[`prosedur.${i}.aktor`]} onChange={(e) => setL({ aktor: e.currentTarget.value })}
                      />
                      <Group gap={4} mt={26} wrap="nowrap">
                        <ActionIcon variant="default" aria-label={t('admin.form.naik', { nomor: n })} onClick={() => set('prosedur', pindah(isi.prosedur, i, -1))} disabled={i === 0}>↑</ActionIcon>
                        <ActionIcon variant="light" color="red" aria-label={t('admin.form.hapusLangkah', { nomor: n })} onClick={() => set('prosedur', isi.prosedur.filter((_, j) => j !== i))}>×</ActionIcon>
                      </Group>
                    </Group>
                  );
                })}
                <Group>
                  <Button variant="light" size="xs" onClick={() => set('prosedur', [...isi.prosedur, { langkah: '', aktor: '' }])}>+ {t('admin.form.tambahLangkah')}</Button>
                </Group>
              </Stack>
            </div>

            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Group grow align="flex-start" gap="xs">
                <NumberInput
                  label={t('admin.form.jangkaWaktuNilai')} value={isi.jangkaWaktuNilai} min={1} allowDecimal={false} error={galat.jangkaWaktuNilai} required
                  onChange={(v) => set('jangkaWaktuNilai', typeof v === 'number' ? v : Number(v) || 0)}
                />
                <NativeSelect
                  label={t('admin.form.jangkaWaktuSatuan')} value={isi.jangkaWaktuSatuan} error={galat.jangkaWaktuSatuan}
                  onChange={(e) => set('jangkaWaktuSatuan', e.currentTarget.value as StandarIsi['jangkaWaktuSatuan'])}
                  data={SATUAN_JANGKA_WAKTU.map((s) => ({ value: s, label: t(`admin.form.satuan.${s}`) }))}
                />
              </Group>
              <NumberInput
                label={t('admin.form.biayaRupiah')} value={isi.biayaRupiah} min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," error={galat.biayaRupiah}
                onChange={(v) => set('biayaRupiah', typeof v === 'number' ? v : Number(v) || 0)}
              />
            </SimpleGrid>
            <TextInput label={t('admin.form.biayaKeterangan')} value={isi.biayaKeterangan ?? ''} error={galat.biayaKeterangan} onChange={(e) => set('biayaKeterangan', e.currentTarget.value || null)} />
            <Textarea label={t('admin.form.produk')} value={isi.produk} error={galat.produk} required autosize minRows={1} onChange={(e) => set('produk', e.currentTarget.value)} />

            <DaftarTeks
              judul={t('admin.form.pengaduanKanal')} nilai={isi.pengaduanKanal} onChange={(v) => set('pengaduanKanal', v)} galat={galat} field="pengaduanKanal"
              label={(n) => t('admin.form.kanal', { nomor: n })} tambah={t('admin.form.tambahKanal')} hapus={(n) => t('admin.form.hapusKanal', { nomor: n })}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('admin.form.bagianInternal')}>
          <Stack gap="md">
            <DaftarTeks
              judul={t('admin.form.dasarHukum')} nilai={isi.dasarHukum} onChange={(v) => set('dasarHukum', v)} galat={galat} field="dasarHukum"
              label={(n) => t('admin.form.dasar', { nomor: n })} tambah={t('admin.form.tambahDasar')} hapus={(n) => t('admin.form.hapusDasar', { nomor: n })}
            />
            {INTERNAL.map((k) => (
              <Textarea key={k} label={t(`standar.internal.${k}`)} value={isi[k] ?? ''} error={galat[k]} autosize minRows={1} onChange={(e) => set(k, e.currentTarget.value || null)} />
            ))}
          </Stack>
        </Fieldset>

        {Object.keys(galat).length > 0 && <Alert color="red" role="alert">{t('admin.form.perbaiki')}</Alert>}
        <GalatUmum error={error} />
        <Group justify="flex-end">
          {onBatal && <Button variant="default" onClick={onBatal}>{t('admin.batal')}</Button>}
          <Button type="submit" loading={pending}>{t('admin.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** An editable list of one-line texts (complaint channels, dasar hukum) with add/remove. */
function DaftarTeks({ judul, nilai, onChange, galat, field, label, tambah, hapus }: {
  judul: string; nilai: string[]; onChange: (v: string[]) => void; galat: Record<string, string>; field: string;
  label: (n: number) => string; tambah: string; hapus: (n: number) => string;
}) {
  return (
    <div>
      <Text fw={600} mb="xs">{judul}</Text>
      {galat[field] && <Text c="red.8" size="sm" role="alert" mb="xs">{galat[field]}</Text>}
      <Stack gap="xs">
        {nilai.map((v, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={label(i + 1)} value={v} style={{ flex: 1 }} error={galat[`${field}.${i}`]}
              onChange={(e) => onChange(nilai.map((x, j) => (j === i ? e.currentTarget.value : x)))}
            />
            <ActionIcon variant="light" color="red" mt={4} aria-label={hapus(i + 1)} onClick={() => onChange(nilai.filter((_, j) => j !== i))}>×</ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...nilai, ''])}>+ {tambah}</Button>
        </Group>
      </Stack>
    </div>
  );
}
