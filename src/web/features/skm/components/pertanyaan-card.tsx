import { Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveiPublik } from '../../../../contracts/skm.ts';
import { visuallyHidden } from '../lib/a11y.ts';
import classes from './pertanyaan-card.module.css';

type UnsurDef = SurveiPublik['unsur'][number];

type Props = {
  unsur: UnsurDef;
  /** 1-based position, for "3 dari 9". */
  nomor: number;
  total: number;
  value: number | undefined;
  onChange: (nilai: number) => void;
  error?: string;
  disabled?: boolean;
};

/**
 * One SKM question as a native radio group (fieldset + legend), so screen readers announce
 * "U3 Waktu Penyelesaian, 3 dari 9" and arrow keys move between the four answers. Each answer uses the
 * unsur's own wording from the API (`pilihan`, e.g. "Sangat cepat"), 1 (worst) to 4 (best).
 */
export function PertanyaanCard({ unsur, nomor, total, value, onChange, error, disabled }: Props) {
  const { t } = useTranslation('skm');
  const id = `pertanyaan-${unsur.kode}`;
  const describedBy = [`${id}-teks`, error ? `${id}-galat` : null].filter(Boolean).join(' ');
  const pilihan = [...unsur.pilihan].sort((a, b) => a.nilai - b.nilai);
  return (
    <Card withBorder padding="md" radius="md" id={id}>
      <fieldset className={classes.fieldset} aria-describedby={describedBy} aria-invalid={error ? true : undefined} disabled={disabled}>
        <legend className={classes.legend}>
          {/* Visible layout is aria-hidden; the hidden copy gives the exact name "U3 Waktu Penyelesaian, 3 dari 9". */}
          <span aria-hidden="true">
            <span className={classes.posisi}>{t('form.posisi', { nomor, total })}</span>
            <span className={classes.kode}>{unsur.kode}</span>
            {unsur.nama}
          </span>
          <span style={visuallyHidden}>{`${unsur.kode} ${unsur.nama}, ${t('form.posisiSingkat', { nomor, total })}`}</span>
        </legend>
        <p className={classes.pertanyaan} id={`${id}-teks`}>{unsur.pertanyaan}</p>
        <div className={classes.options}>
          {pilihan.map((p) => {
            const checked = value === p.nilai;
            return (
              <label key={p.nilai} className={classes.option} data-checked={checked || undefined}>
                <input
                  className={classes.radio}
                  type="radio"
                  name={`jawaban-${unsur.kode}`}
                  value={p.nilai}
                  checked={checked}
                  onChange={() => onChange(p.nilai)}
                  data-testid={`jawaban-${unsur.kode}-${p.nilai}`}
                />
                <span>{p.label}</span>
              </label>
            );
          })}
        </div>
        {error && <p className={classes.error} id={`${id}-galat`}>{error}</p>}
      </fieldset>
    </Card>
  );
}

