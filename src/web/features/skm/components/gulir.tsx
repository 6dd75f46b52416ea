import type { ReactNode } from 'react';

/**
 * A scrollable box that keyboard users can scroll too (focusable region with a name, WCAG 2.1.1; axe
 * "scrollable-region-focusable"). Mantine's ScrollArea viewport is not focusable, so it is not used here.
 */
export function Gulir({ label, maxHeight, children, ...rest }: { label: string; maxHeight: number | string; children: ReactNode; 'data-testid'?: string }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ maxHeight, overflowY: 'auto', overscrollBehavior: 'contain' }}
      {...rest}
    >
      {children}
    </div>
  );
}
