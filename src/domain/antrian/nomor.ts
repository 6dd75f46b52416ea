/**
 * Ticket numbers `PREFIX-NNN` (pelayanan.md §3.2 "Walk-in tickets"): the layanan prefix and a sequence
 * that restarts every WIB business day, at least 3 digits.
 * @example formatNomor('A', 7) → 'A-007'; formatNomor('KK', 1234) → 'KK-1234'
 */
export function formatNomor(prefix: string, urut: number): string {
  return `${prefix}-${String(urut).padStart(3, '0')}`;
}
