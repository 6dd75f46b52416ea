import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePengaturanTahun } from '../api/get-pengaturan-tahun.ts';
import { tahunPilihan } from '../lib/periode.ts';

type Props = {
  tahun: number;
  ke: number;
  tahunIni: number;
  onChange: (tahun: number, ke: number | null) => void;
  /** Offer "Tahunan" (periodeKe 0). */
  denganTahunan?: boolean;
};

/**
 * Year and period pickers. The periods come from the year's settings (GET /kinerja/tahun/:tahun: months,
 * quarters or semesters), then "Tahunan <year>". Changing the year keeps nothing of the old period (null:
 * the page chooses its default).
 */
export function PilihPeriode({ tahun, ke, tahunIni, onChange, denganTahunan = true }: Props) {
  const { t } = useTranslation('kinerjaOpd');
  const pengaturan = usePengaturanTahun(tahun);
  const periode = [
    ...(pengaturan.data?.periode ?? []).map((p) => ({ value: String(p.ke), label: p.label })),
    ...(denganTahunan ? [{ value: '0', label: t('umum.tahunan', { tahun }) }] : []),
  ];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('umum.tahun')} w={120} allowDeselect={false} data-testid="pilih-tahun"
        data={tahunPilihan(tahunIni).map((y) => ({ value: String(y), label: String(y) }))}
        value={String(tahun)} onChange={(v) => v && onChange(Number(v), null)}
      />
      <Select
        label={t('umum.periode')} w={220} allowDeselect={false} data-testid="pilih-periode"
        data={periode} value={periode.some((p) => p.value === String(ke)) ? String(ke) : null}
        onChange={(v) => v !== null && onChange(tahun, Number(v))}
        disabled={pengaturan.isPending}
      />
    </Group>
  );
}
