import { z } from 'zod';
import { pageOf } from './common.ts';

/**
 * HTTP contracts of module `notifikasi` (the outbox of messages to citizens), shared by server and web.
 * Admin only (`notifikasi:lihat`). A recipient is never shown in full: only its last 4 digits.
 */

/**
 * Delivery status of a message: `menunggu` (queued or waiting for a retry), `dikirim` (claimed by a
 * worker, being sent), `terkirim` (accepted by the gateway), `gagal` (permanent failure or attempts
 * exhausted), `dilewati` (no phone number: nothing to send).
 */
export const STATUS_NOTIFIKASI = ['menunggu', 'dikirim', 'terkirim', 'gagal', 'dilewati'] as const;
export const StatusNotifikasiSchema = z.enum(STATUS_NOTIFIKASI);
export type StatusNotifikasi = z.infer<typeof StatusNotifikasiSchema>;

/** GET /notifikasi?status=&page=&per_page= */
export const NotifikasiListQuerySchema = z.object({
  status: StatusNotifikasiSchema.optional(),
  page: z.coerce.number().int().min(1, 'halaman minimal 1').default(1),
  per_page: z.coerce.number().int().min(1).max(200, 'paling banyak 200 per halaman').default(50),
});
export type NotifikasiListQuery = z.infer<typeof NotifikasiListQuerySchema>;

/** One outbox row as an admin sees it: no message data, no full number. */
export const NotifikasiItemSchema = z.object({
  id: z.number().int(),
  templat: z.string(),
  kanal: z.enum(['whatsapp', 'sms']),
  status: StatusNotifikasiSchema,
  /** Delivery attempts so far. */
  percobaan: z.number().int(),
  /** Not before this instant (ISO 8601): the first send, or the next retry. */
  jadwal: z.string(),
  /** "…7890" — the last 4 digits of the recipient, or null when there was none. */
  tujuanAkhir: z.string().nullable(),
  /** The last delivery error (gateway answer or network error), if any. */
  galat: z.string().nullable(),
  dibuatPada: z.string(),
  terkirimPada: z.string().nullable(),
});
export type NotifikasiItem = z.infer<typeof NotifikasiItemSchema>;

export const NotifikasiPageSchema = pageOf(NotifikasiItemSchema);
export type NotifikasiPage = z.infer<typeof NotifikasiPageSchema>;

/** GET /notifikasi/ringkasan: number of messages per status (every status present, 0 when none). */
export const RingkasanNotifikasiSchema = z.object({
  menunggu: z.number().int(),
  dikirim: z.number().int(),
  terkirim: z.number().int(),
  gagal: z.number().int(),
  dilewati: z.number().int(),
});
export type RingkasanNotifikasi = z.infer<typeof RingkasanNotifikasiSchema>;
