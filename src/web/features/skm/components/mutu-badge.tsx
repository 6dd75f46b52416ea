import { Badge, VisuallyHidden, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Mutu = 'A' | 'B' | 'C' | 'D';

/** Mutu pelayanan colours (PermenPANRB 14/2017 table, pelayanan.md §1.4): A green, B teal, C yellow, D red. */
export const MUTU_COLOR: Record<Mutu, string> = { A: 'green', B: 'teal', C: 'yellow', D: 'red' };

/**
 * Badge shade and text colour per mutu, chosen for ≥ 4.5:1 contrast (Mantine's autoContrast picks white on
 * green.8/teal.8, which is only 3.5–4:1): black on green.7 7.6, teal.7 6.7, yellow.5 13; white on red.9 5.5.
 */
const BADGE: Record<Mutu, { bg: string; fg: string }> = {
  A: { bg: 'green.7', fg: 'var(--mantine-color-black)' },
  B: { bg: 'teal.7', fg: 'var(--mantine-color-black)' },
  C: { bg: 'yellow.5', fg: 'var(--mantine-color-black)' },
  D: { bg: 'red.9', fg: 'var(--mantine-color-white)' },
};

/** A badge is never cut to "MU…" in a narrow table cell: it is at least as wide as its text. */
const UTUH = { flexShrink: 0, minWidth: 'max-content' } as const;

/**
 * Mutu badge. Colour is never the only signal: the letter is always written, and the kinerja label too unless
 * `withKinerja` is false. `ringkas` shows only the letter (for table cells that write the kinerja beside it);
 * screen readers still hear "Mutu B" and a pointer shows "Mutu B · Baik" as a tooltip.
 */
export function MutuBadge({ mutu, withKinerja = true, ringkas = false, ...props }: { mutu: Mutu | null; withKinerja?: boolean; ringkas?: boolean } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useTranslation('skm');
  if (!mutu) return <Badge color="gray" variant="outline" styles={{ root: UTUH }} {...props}>{t('mutu.belumAda')}</Badge>;
  const lengkap = t('mutu.denganKinerja', { mutu, kinerja: t(`kinerja.${mutu}`) });
  return (
    <Badge
      color={BADGE[mutu].bg}
      variant="filled"
      styles={{ root: { ...UTUH, color: BADGE[mutu].fg } }}
      title={ringkas ? lengkap : undefined}
      {...props}
    >
      {ringkas ? (
        <><VisuallyHidden>{`${t('mutu.label')} `}</VisuallyHidden>{mutu}</>
      ) : withKinerja ? lengkap : t('mutu.saja', { mutu })}
    </Badge>
  );
}
