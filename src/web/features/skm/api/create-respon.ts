import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ResponBody, ResponDiterimaSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';

export type ResponDiterima = z.infer<typeof ResponDiterimaSchema>;

/** Where a response goes: an open survey by its code, or a one-time invitation by its token. */
export type ResponTarget = { kode: string } | { token: string };

/**
 * POST /skm/publik/survei/:kode/respon or POST /skm/publik/undangan/:token/respon (same body and answer).
 * 201 → {diterima, pesan}; 400 with field errors; 410 invitation used/expired; 429 too many from this device.
 * The Idempotency-Key makes a retried submit (flaky mobile network) count once.
 */
export const createRespon = (target: ResponTarget, body: ResponBody, idempotencyKey: string) =>
  api<ResponDiterima>(
    'token' in target
      ? `/skm/publik/undangan/${encodeURIComponent(target.token)}/respon`
      : `/skm/publik/survei/${encodeURIComponent(target.kode)}/respon`,
    { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } },
  );

export const useCreateRespon = (target: ResponTarget, idempotencyKey: string) =>
  useMutation({ mutationFn: (body: ResponBody) => createRespon(target, body, idempotencyKey) });
