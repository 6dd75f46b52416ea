import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survei } from '../../../../contracts/skm.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useCreateSurvei, type SurveiCreateBody } from '../api/create-survei.ts';
import { useUnitList } from '../api/get-unit-list.ts';
import { formatBulat, pemisahAngka } from '../lib/format.ts';
import { targetSampel } from '../lib/sampel.ts';
import { SegmentedField } from './segmented-field.tsx';

type JenisPeriode = SurveiCreateBody['jenisPeriode'];
type Bobot = NonNullable<SurveiCreateBody['bobot']>;
type Errors = Partial<Record<string, string>>;

/** Fields this form shows; a server error on any other field goes to the alert at the top. */
const FIELDS = ['unitId', 'layanan', 'judul', 'jenisPeriode', 'tahun', 'ke', 'populasi', 'bobot', 'demografi'];

/** "Survei baru" (POST /skm/survei), skm:kelola only. Server field errors ('body.ke') land on their field. */
export function SurveiBaruModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (s: Survei) => void }) {
  const { t } = useTranslation('skm');
  return (
    <Modal opened={opened} onClose={onClose} title={t('baru.judul')} size="lg" centered
      closeButtonProps={{ 'aria-label': t('common:action.tutup') }}>
      {/* Mounted only while open, so every opening starts with a clean form. */}
      {opened && <SurveiBaruForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function SurveiBaruForm({ onClose, onCreated }: { onClose: () => void; onCreated: (s: Survei) => void }) {
  const { t, i18n } = useTranslation('skm');
  const units = useUnitList();
  const create = useCreateSurvei();
  const tahunIni = new Date().getFullYear();

  const [unitId, setUnitId] = useState<number | null>(null);
  const [layanan, setLayanan] = useState('');
  const [judul, setJudul] = useState('');
  const [jenisPeriode, setJenisPeriode] = useState<JenisPeriode>('triwulan');
  const [tahun, setTahun] = useState<number | string>(tahunIni);
  const [ke, setKe] = useState<string | null>(String(Math.floor(new Date().getMonth() / 3) + 1));
  const [populasi, setPopulasi] = useState<number | string>('');
  const [bobot, setBobot] = useState<Bobot>('exact');
  const [demografi, setDemografi] = useState(true);
  const [errors, setErrors] = useState<Errors>({});

  const clear = (field: string) => setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  const maxKe = jenisPeriode === 'triwulan' ? 4 : jenisPeriode === 'semester' ? 2 : 0;
  const target = targetSampel(populasi);

  const unitData = (() => {
    const groups = new Map<string, { value: number; label: string }[]>();
    for (const u of units.data ?? []) {
      const g = u.opdNama ?? t('baru.tanpaOpd');
      groups.set(g, [...(groups.get(g) ?? []), { value: u.id, label: u.nama }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  })();

  const validate = (): Errors => {
    const e: Errors = {};
    if (unitId == null) e.unitId = t('baru.galat.unit');
    if (typeof tahun !== 'number' || !Number.isInteger(tahun) || tahun < 2017 || tahun > 2100) e.tahun = t('baru.galat.tahun');
    if (maxKe && (ke == null || Number(ke) < 1 || Number(ke) > maxKe)) e.ke = t('baru.galat.ke', { maks: maxKe });
    if (populasi !== '' && targetSampel(populasi) == null) e.populasi = t('baru.galat.populasi');
    if (judul.trim() && judul.trim().length < 3) e.judul = t('baru.galat.judul');
    return e;
  };

  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length) return;
    const body: SurveiCreateBody = {
      unitId: unitId!,
      layanan: layanan.trim() || null,
      jenisPeriode,
      tahun: tahun as number,
      ke: maxKe ? Number(ke) : null,
      populasi: populasi === '' ? null : (populasi as number),
      bobot,
      demografi,
    };
    if (judul.trim()) body.judul = judul.trim();
    create.mutate(body, {
      onSuccess: (s) => {
        notifications.show({ color: 'green', title: t('baru.berhasil'), message: `${s.unitNama} · ${s.periodeLabel}` });
        onCreated(s);
      },
      onError: (err) => {
        if (err instanceof ApiError) setErrors(err.fieldErrors());
      },
    });
  };

  const unmapped = create.error instanceof ApiError
    ? Object.entries(create.error.fieldErrors()).filter(([f]) => !FIELDS.includes(f))
    : [];
  const showAlert = create.isError && (!(create.error instanceof ApiError) || !create.error.problem.errors?.length || unmapped.length > 0);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {showAlert && (
          <Alert color="red" role="alert" title={t('baru.gagal')}>
            <Text size="sm">{errorMessage(create.error)}</Text>
            {unmapped.map(([f, m]) => <Text size="sm" key={f}>{f}: {m}</Text>)}
          </Alert>
        )}
        <Select<number>
          label={t('baru.unit')}
          placeholder={units.isPending ? t('common:state.loading') : t('baru.unitPlaceholder')}
          data={unitData}
          value={unitId}
          onChange={(v) => { setUnitId(v); clear('unitId'); }}
          searchable
          nothingFoundMessage={t('baru.unitTidakAda')}
          required
          error={errors.unitId ?? (units.isError ? errorMessage(units.error) : undefined)}
          data-autofocus
        />
        <TextInput
          label={t('baru.layanan')}
          description={t('baru.layananKet')}
          value={layanan}
          maxLength={200}
          onChange={(e) => { setLayanan(e.currentTarget.value); clear('layanan'); }}
          error={errors.layanan}
        />
        <TextInput
          label={t('baru.judulSurvei')}
          description={t('baru.judulKet')}
          value={judul}
          maxLength={200}
          onChange={(e) => { setJudul(e.currentTarget.value); clear('judul'); }}
          error={errors.judul}
        />
        <SegmentedField<JenisPeriode>
          label={t('baru.jenisPeriode')}
          value={jenisPeriode}
          onChange={(v) => {
            setJenisPeriode(v);
            clear('jenisPeriode');
            clear('ke');
            if (v === 'semester' && Number(ke) > 2) setKe(null);
          }}
          data={(['triwulan', 'semester', 'tahun'] as const).map((v) => ({ value: v, label: t(`jenisPeriode.${v}`) }))}
          error={errors.jenisPeriode}
          fullWidth
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('baru.tahun')}
            value={tahun}
            onChange={(v) => { setTahun(v); clear('tahun'); }}
            min={2017}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            required
            error={errors.tahun}
          />
          {maxKe > 0 && (
            <Select
              label={t(`baru.ke.${jenisPeriode}`)}
              value={ke}
              onChange={(v) => { setKe(v); clear('ke'); }}
              data={Array.from({ length: maxKe }, (_, i) => ({ value: String(i + 1), label: t(`baru.keOpsi.${jenisPeriode}`, { ke: i + 1 }) }))}
              allowDeselect={false}
              required
              error={errors.ke}
            />
          )}
        </Group>
        <NumberInput
          label={t('baru.populasi')}
          description={target != null
            ? t('baru.targetSampel', { target: formatBulat(target, i18n.language) })
            : t('baru.populasiKet')}
          value={populasi}
          onChange={(v) => { setPopulasi(v); clear('populasi'); }}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...pemisahAngka(i18n.language)}
          error={errors.populasi}
          data-testid="populasi-input"
        />
        <Select<Bobot>
          label={t('baru.bobot')}
          description={t(`bobot.ket.${bobot}`)}
          value={bobot}
          onChange={(v) => { if (v) setBobot(v); clear('bobot'); }}
          data={(['exact', '0.111', '0.11'] as const).map((v) => ({ value: v, label: t(`bobot.label.${v}`) }))}
          allowDeselect={false}
          error={errors.bobot}
        />
        <Switch
          label={t('baru.demografi')}
          description={t('baru.demografiKet')}
          checked={demografi}
          onChange={(e) => setDemografi(e.currentTarget.checked)}
          error={errors.demografi}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose} type="button">{t('common:action.batal')}</Button>
          <Button type="submit" loading={create.isPending}>{t('baru.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
