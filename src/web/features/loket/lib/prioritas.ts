import type { Prioritas } from '../../../../contracts/antrian-loket.ts';

/** The priority choices of the console (UU 25/2009 Pasal 29), null = clear. */
export const PRIORITAS_OPSI: Array<Prioritas | null> = ['lansia', 'disabilitas', 'ibu_hamil', 'anak', null];
