import type { Db } from '../../db/client.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { DataPribadi } from '../../lib/data-pribadi.ts';
import type { OrgService } from '../org/index.ts';
import type { KalenderService } from '../kalender/index.ts';
import type { NotifikasiService } from '../notifikasi/index.ts';

/**
 * What the antrian services receive from the composition root (app.ts buildServices).
 * Other modules are reached only through their index.ts (ADR 0003). The SKM invitation is created with
 * `createUndangan` imported from '../skm/index.ts'.
 */
export interface AntrianDeps {
  db: Db;
  org: OrgService;
  kalender: KalenderService;
  notifikasi: NotifikasiService;
  bus: EventBus;
  dataPribadi: DataPribadi;
  /** Secret for signing QR payloads (HMAC). */
  secret: string;
  publicUrl?: string;
  /** Lifetime of the public ticket-view cache, ms (ANTRIAN_CACHE_TIKET_MS; 0 = off, as in tests). */
  cacheTiketMs?: number;
}

/** Event topics (EventBus) of one lokasi: board, consoles and ticket pages subscribe. */
export const topikLokasi = (lokasiId: number) => `antrian:lokasi:${lokasiId}`;
