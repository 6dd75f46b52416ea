import { useMutation } from '@tanstack/react-query';
import type { BookingBody, TiketPublik } from '../../../../contracts/antrian.ts';
import { api } from '../../../lib/api.ts';

/**
 * POST /antrian/publik/booking — 201 (or 200 for a replay of the same Idempotency-Key) → the ticket;
 * 400 field errors (nik, telepon, tanggal, sesiId); 409 ANTRIAN_PENUH / ANTRIAN_NIK_AKTIF.
 */
export const createBooking = (body: BookingBody, idempotencyKey: string) =>
  api<TiketPublik>('/antrian/publik/booking', { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } });

export const useCreateBooking = (idempotencyKey: string) =>
  useMutation({ mutationFn: (body: BookingBody) => createBooking(body, idempotencyKey) });
