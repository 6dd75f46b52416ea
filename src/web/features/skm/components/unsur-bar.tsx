import { MUTU_COLOR } from './mutu-badge.tsx';
import classes from './unsur-bar.module.css';

/** Decorative bar 0–100 for an unsur's converted value, coloured by mutu (the value is always written next to it). */
export function UnsurBar({ nilai, mutu }: { nilai: number | null; mutu: 'A' | 'B' | 'C' | 'D' | null }) {
  const width = nilai == null ? 0 : Math.max(0, Math.min(100, nilai));
  const color = mutu ? `var(--mantine-color-${MUTU_COLOR[mutu]}-7)` : 'var(--mantine-color-gray-5)';
  return (
    <div className={classes.track} aria-hidden="true">
      <div className={classes.fill} style={{ width: `${width}%`, background: color }} />
    </div>
  );
}

export const detailsClass = classes.details;
export const tableClasses = { table: classes.table, angka: classes.angka };
