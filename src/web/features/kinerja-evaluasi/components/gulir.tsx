import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A horizontally scrolling wrapper for a wide table on a phone that is reachable by keyboard (tabIndex 0,
 * a named region): axe `scrollable-region-focusable` — tables of plain text have nothing focusable inside.
 */
export function Gulir({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
