import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UndanganListSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';

export type Undangan = z.infer<typeof UndanganListSchema>[number];

/** POST /skm/survei/:id/undangan {jumlah} (skm:kelola) → one-time invitation links. */
export const createUndangan = (id: number, jumlah: number) =>
  api<Undangan[]>(`/skm/survei/${id}/undangan`, { method: 'POST', body: { jumlah } });

export const useCreateUndangan = (id: number) => useMutation({ mutationFn: (jumlah: number) => createUndangan(id, jumlah) });
