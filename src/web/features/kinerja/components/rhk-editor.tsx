import {
  ActionIcon, Button, Card, Group, NativeSelect, Paper, Radio, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KatalogMetrik } from '../../../../contracts/kinerja-realisasi.ts';
import type { RhkAtasan, SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { cariMetrik, type LingkupMetrik } from '../../../../domain/kinerja/metrik.ts';
import { ASPEK, PERSPEKTIF_JPT, type JenisRhk, type PerspektifJpt } from '../../../../domain/kinerja/skp.ts';
import {
  hapusRhk, ikatMetrik, indikatorBaru, pindahRhk, tambahRhk, ubahRhk, type IndikatorForm, type RhkForm, type SkpForm,
} from '../lib/form.ts';

type Props = {
  form: SkpForm;
  onChange: (f: SkpForm, struktur?: boolean) => void;
  d: SkpDetail;
  galat: Record<string, string>;
  rhkAtasan: RhkAtasan | undefined;
  katalog: KatalogMetrik | undefined;
};

/**
 * The editable part A of an SKP (pemilik, draft/dikembalikan): pendekatan with its one-line explanation,
 * the RHK utama and tambahan (add, remove, move up/down within the group), for each RHK the cascade picker
 * "RHK atasan yang diintervensi", and its indikator rows (aspek, indikator, target angka + satuan or
 * narrative, perspektif for JPT, and "Isi otomatis dari data layanan"). Errors sit at their fields.
 * `onChange(f, true)` marks a structural change (rows added/removed/moved: field errors no longer line up).
 */
export function HasilKerjaEditor({ form, onChange, d, galat, rhkAtasan, katalog }: Props) {
  const { t } = useTranslation('kinerja');
  const grup = (jenis: JenisRhk) => form.rhk.map((r, i) => ({ r, i })).filter(({ r }) => r.jenis === jenis);
  return (
    <Stack gap="md">
      <Radio.Group label={t('skp.pendekatan')} value={form.pendekatan} error={galat.pendekatan}
        onChange={(v) => onChange({ ...form, pendekatan: v as SkpForm['pendekatan'] })}>
        <Stack gap={6} mt={6}>
          {(['kuantitatif', 'kualitatif'] as const).map((p) => (
            <Radio key={p} value={p} label={t(`skp.pendekatanOpsi.${p}`)} description={t(`skp.pendekatanKet.${p}`)} data-testid={`pendekatan-${p}`} />
          ))}
        </Stack>
      </Radio.Group>
      {galat.rhk && <Text c="red.9" size="sm" role="alert">{galat.rhk}</Text>}
      {(['utama', 'tambahan'] as const).map((jenis) => {
        const daftar = grup(jenis);
        return (
          <Stack key={jenis} gap="sm" component="section" aria-labelledby={`grup-${jenis}`}>
            <div>
              <Title order={3} size="h4" id={`grup-${jenis}`}>{t(`skp.${jenis}`)}</Title>
              <Text size="sm" c="gray.8">{t(`skp.${jenis}Ket`)}</Text>
            </div>
            {daftar.length === 0 && <Text size="sm" c="gray.8">{t('skp.belumAdaRhk')}</Text>}
            {daftar.map(({ r, i }, n) => (
              <RhkKartu key={r.kunci} r={r} i={i} n={n + 1} jumlah={daftar.length} form={form} onChange={onChange} d={d}
                galat={galat} rhkAtasan={rhkAtasan} katalog={katalog} />
            ))}
            <Group>
              <Button variant="light" onClick={() => onChange(tambahRhk(form, jenis), true)} data-testid={`tambah-rhk-${jenis}`}>
                + {t(jenis === 'utama' ? 'skp.tambahUtama' : 'skp.tambahTambahan')}
              </Button>
            </Group>
          </Stack>
        );
      })}
    </Stack>
  );
}

function RhkKartu({ r, i, n, jumlah, form, onChange, d, galat, rhkAtasan, katalog }: Props & { r: RhkForm; i: number; n: number; jumlah: number }) {
  const { t } = useTranslation('kinerja');
  const jpt = d.pegawai.jenisJabatan === 'JPT';
  const p = `rhk[${i}]`;
  const ubah = (fn: (r: RhkForm) => RhkForm, struktur = false) => onChange(ubahRhk(form, r.kunci, fn), struktur);
  const nama = t('skp.rhkKe', { jenis: t(`jenisRhk.${r.jenis}`), n });

  // The picker's options: the penilai's RHK; a saved parent that is no longer offered stays visible.
  const opsi = (rhkAtasan?.rhk ?? []).map((x) => ({
    value: String(x.id),
    label: x.status === 'disetujui' ? x.uraian : t('skp.parentStatus', { uraian: x.uraian, status: t(`status.${x.status}`).toLowerCase() }),
  }));
  const asal = d.rhk.find((x) => x.id === r.id)?.parent;
  if (r.parentRhkId != null && !opsi.some((o) => o.value === String(r.parentRhkId))) {
    const teks = asal && asal.id === r.parentRhkId ? asal.uraian : `#${r.parentRhkId}`;
    opsi.unshift({ value: String(r.parentRhkId), label: rhkAtasan ? t('skp.parentLama', { uraian: teks }) : teks });
  }
  const bantuanParent = jpt ? t('skp.parentBantuanJpt') : r.jenis === 'tambahan' ? t('skp.parentBantuanTambahan') : t('skp.parentBantuan');

  return (
    <Card withBorder padding="sm" radius="md" role="group" aria-labelledby={`${r.kunci}-judul`} data-testid={`rhk-${r.jenis}-${n}`}
      style={{ borderColor: r.jenis === 'utama' ? 'var(--mantine-color-cyan-3)' : undefined }}>
      <Group justify="space-between" wrap="nowrap" gap="xs" mb="xs">
        <Text fw={700} id={`${r.kunci}-judul`}>{nama}</Text>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="default" size="lg" disabled={n === 1} aria-label={t('skp.naikRhk', { n: nama })} onClick={() => onChange(pindahRhk(form, r.kunci, -1), true)}>↑</ActionIcon>
          <ActionIcon variant="default" size="lg" disabled={n === jumlah} aria-label={t('skp.turunRhk', { n: nama })} onClick={() => onChange(pindahRhk(form, r.kunci, 1), true)}>↓</ActionIcon>
          <ActionIcon variant="light" color="red" size="lg" aria-label={t('skp.hapusRhk', { n: nama })} onClick={() => onChange(hapusRhk(form, r.kunci), true)}
            data-testid="hapus-rhk">✕</ActionIcon>
        </Group>
      </Group>
      <Stack gap="sm">
        <Textarea label={t('skp.rhk')} description={t('skp.rhkBantuan')} autosize minRows={2} maxLength={1000} withAsterisk
          value={r.uraian} onChange={(e) => { const v = e.currentTarget.value; ubah((x) => ({ ...x, uraian: v })); }}
          error={galat[`${p}.uraian`]} data-testid="rhk-uraian" />
        <Select label={t('skp.parent')} description={bantuanParent} placeholder={t('skp.parentPilih')} withAsterisk={!jpt && r.jenis === 'utama'}
          data={opsi} value={r.parentRhkId != null ? String(r.parentRhkId) : null} searchable clearable
          nothingFoundMessage={t('skp.parentKosong')} comboboxProps={{ width: 'target' }} maxDropdownHeight={320}
          onChange={(v) => ubah((x) => ({ ...x, parentRhkId: v ? Number(v) : null }))}
          error={galat[`${p}.parentRhkId`]} data-testid="rhk-parent" />
        {rhkAtasan && rhkAtasan.rhk.length === 0 && <Text size="sm" c="gray.8">{t('skp.parentKosong')}</Text>}
        {jpt && (
          <TextInput label={t('skp.sumberPk')} description={t('skp.sumberPkBantuan')} maxLength={500}
            value={r.sumberPk} onChange={(e) => { const v = e.currentTarget.value; ubah((x) => ({ ...x, sumberPk: v })); }}
            error={galat[`${p}.sumberPk`]} />
        )}
        <Stack gap="xs" role="group" aria-label={`${t('skp.indikatorJudul')} — ${nama}`}>
          <Text fw={600} size="sm">{t('skp.indikatorJudul')}</Text>
          {galat[`${p}.indikator`] && <Text c="red.9" size="sm" role="alert">{galat[`${p}.indikator`]}</Text>}
          {r.indikator.map((x, j) => (
            <IndikatorBaris key={x.kunci} x={x} j={j} awalan={`${p}.indikator[${j}]`} pendekatan={form.pendekatan} jpt={jpt} galat={galat} katalog={katalog}
              onChange={(nx) => ubah((rr) => ({ ...rr, indikator: rr.indikator.map((y) => (y.kunci === x.kunci ? nx : y)) }))}
              onHapus={() => ubah((rr) => ({ ...rr, indikator: rr.indikator.filter((y) => y.kunci !== x.kunci) }), true)} />
          ))}
          <Group>
            <Button variant="subtle" size="sm" onClick={() => ubah((rr) => ({ ...rr, indikator: [...rr.indikator, indikatorBaru(nextAspek(rr))] }), true)}
              disabled={r.indikator.length >= 12} data-testid="tambah-indikator">
              + {t('skp.tambahIndikator')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}

/** The next row's aspek follows the regulation's example (kuantitas, kualitas, waktu), then kuantitas again. */
function nextAspek(r: RhkForm) {
  const ada = new Set(r.indikator.map((x) => x.aspek));
  return (['kuantitas', 'kualitas', 'waktu'] as const).find((a) => !ada.has(a)) ?? 'kuantitas';
}

function IndikatorBaris({ x, j, awalan, pendekatan, jpt, galat, katalog, onChange, onHapus }: {
  x: IndikatorForm; j: number; awalan: string; pendekatan: SkpForm['pendekatan']; jpt: boolean; galat: Record<string, string>;
  katalog: KatalogMetrik | undefined; onChange: (x: IndikatorForm) => void; onHapus: () => void;
}) {
  const { t, i18n } = useTranslation('kinerja');
  const en = i18n.language.startsWith('en');
  const g = (k: string) => galat[`${awalan}.${k}`];
  const m = x.metrik ? cariMetrik(x.metrik) : undefined;
  const tersedia = katalog?.metrik ?? [];
  const otomatis = x.metrik != null;
  const label = t('skp.indikatorKe', { n: j + 1 });
  const set = <K extends keyof IndikatorForm>(k: K, v: IndikatorForm[K]) => onChange({ ...x, [k]: v });

  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" role="group" aria-label={label} data-testid={`indikator-${j + 1}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>{label}</Text>
          <ActionIcon variant="subtle" color="red" aria-label={t('skp.hapusIndikator', { n: j + 1 })} onClick={onHapus} data-testid="hapus-indikator">✕</ActionIcon>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: jpt ? 2 : 1 }} spacing="xs">
          <NativeSelect label={t('skp.aspek')} value={x.aspek} error={g('aspek')}
            data={ASPEK.map((a) => ({ value: a, label: t(`aspek.${a}`) }))}
            onChange={(e) => set('aspek', e.currentTarget.value as IndikatorForm['aspek'])} data-testid="indikator-aspek" />
          {jpt && (
            <NativeSelect label={t('skp.perspektif')} value={x.perspektif ?? ''} error={g('perspektif')} withAsterisk
              data={[{ value: '', label: t('skp.perspektifPilih') }, ...PERSPEKTIF_JPT.map((p) => ({ value: p, label: t(`perspektif.${p}`) }))]}
              onChange={(e) => set('perspektif', (e.currentTarget.value || null) as PerspektifJpt | null)} data-testid="indikator-perspektif" />
          )}
        </SimpleGrid>
        <Textarea label={t('skp.indikator')} description={t('skp.indikatorBantuan')} autosize minRows={1} maxLength={1000} withAsterisk
          value={x.uraian} onChange={(e) => set('uraian', e.currentTarget.value)} error={g('uraian')} data-testid="indikator-uraian" />
        {pendekatan === 'kuantitatif' ? (
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput label={t('skp.targetAngka')} inputMode="decimal" w={120} style={{ flexShrink: 0 }} withAsterisk
              value={x.targetAngka} onChange={(e) => set('targetAngka', e.currentTarget.value)} error={g('targetAngka')} data-testid="indikator-target" />
            {otomatis && m ? (
              <Text size="sm" mt={28} style={{ minWidth: 0 }}>{t('skp.satuanOtomatis', { satuan: m.satuan })}</Text>
            ) : (
              <TextInput label={t('skp.targetSatuan')} placeholder={t('skp.targetSatuanBantuan')} maxLength={60} style={{ flex: 1, minWidth: 0 }} withAsterisk
                value={x.targetSatuan} onChange={(e) => set('targetSatuan', e.currentTarget.value)} error={g('targetSatuan')} data-testid="indikator-satuan" />
            )}
          </Group>
        ) : (
          <Textarea label={t('skp.targetNarasi')} description={t('skp.targetNarasiBantuan')} autosize minRows={2} maxLength={2000} withAsterisk
            value={x.targetNarasi} onChange={(e) => set('targetNarasi', e.currentTarget.value)} error={g('targetNarasi')} data-testid="indikator-narasi" />
        )}
        <Switch label={t('skp.otomatis')} checked={otomatis} disabled={!otomatis && tersedia.length === 0}
          description={!otomatis && katalog && tersedia.length === 0 ? t('skp.metrikKosong') : undefined}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            onChange(on ? ikatMetrik(x, tersedia[0]?.kode ?? null) : ikatMetrik(x, null));
          }} data-testid="indikator-otomatis" />
        {otomatis && (
          <Stack gap="xs" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-cyan-4)' }}>
            <Text size="sm">{t('skp.otomatisKet')}</Text>
            <NativeSelect label={t('skp.metrik')} value={x.metrik ?? ''} error={g('metrik')}
              data={[
                ...(x.metrik && !tersedia.some((k) => k.kode === x.metrik) ? [{ value: x.metrik, label: m ? (en ? m.label.en : m.label.id) : x.metrik }] : []),
                ...tersedia.map((k) => ({ value: k.kode, label: `${en ? k.label.en : k.label.id} (${k.satuan})` })),
              ]}
              onChange={(e) => onChange(ikatMetrik(x, e.currentTarget.value))} data-testid="indikator-metrik" />
            {m && <Text size="xs" c="gray.8">{m.definisi}</Text>}
            {m && m.lingkup.length > 1 && (
              <Radio.Group label={t('skp.lingkup')} value={x.metrikLingkup ?? ''} error={g('metrikLingkup')}
                onChange={(v) => onChange({ ...x, metrikLingkup: v as LingkupMetrik, metrikRefId: null })}>
                <Group gap="md" mt={4}>
                  {m.lingkup.map((l) => <Radio key={l} value={l} label={t(`skp.lingkupOpsi.${l}`)} data-testid={`lingkup-${l}`} />)}
                </Group>
              </Radio.Group>
            )}
            {m && m.lingkup.length === 1 && <Text size="sm">{t('skp.lingkup')}: {t(`skp.lingkupOpsi.${m.lingkup[0]!}`)}</Text>}
            {(x.metrikLingkup === 'unit' || x.metrikLingkup === 'lokasi') && (
              <NativeSelect label={t(x.metrikLingkup === 'unit' ? 'skp.unit' : 'skp.lokasi')} value={x.metrikRefId != null ? String(x.metrikRefId) : ''}
                error={g('metrikRefId')} withAsterisk
                data={[
                  { value: '', label: t(x.metrikLingkup === 'unit' ? 'skp.pilihUnit' : 'skp.pilihLokasi') },
                  ...(x.metrikLingkup === 'unit' ? katalog?.unit ?? [] : katalog?.lokasi ?? []).map((u) => ({ value: String(u.id), label: u.nama })),
                ]}
                onChange={(e) => set('metrikRefId', e.currentTarget.value ? Number(e.currentTarget.value) : null)} data-testid="indikator-ref" />
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
