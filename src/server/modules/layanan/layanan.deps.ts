import type { Db } from '../../db/client.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { DataPribadi } from '../../lib/data-pribadi.ts';
import type { OrgService } from '../org/index.ts';
import type { KalenderService } from '../kalender/index.ts';
import type { NotifikasiService } from '../notifikasi/index.ts';
import type { AntrianService } from '../antrian/index.ts';

/**
 * What the layanan services receive from the composition root (app.ts buildServices). Other modules are
 * reached only through their index.ts (ADR 0003); the SKM invitation is created with `createUndangan`
 * imported from '../skm/index.ts'.
 */
export interface LayananDeps {
  db: Db;
  org: OrgService;
  kalender: KalenderService;
  notifikasi: NotifikasiService;
  /** Optional: pick-up booking of the product in the queue when the antrian module is present. */
  antrian?: AntrianService;
  bus: EventBus;
  dataPribadi: DataPribadi;
  /** Secret for signing verification tokens (HMAC). */
  secret: string;
  publicUrl?: string;
  /** Absolute folder for uploaded files (config.uploadsDir = DATA_DIR/uploads). */
  uploadsDir: string;
  /** Largest accepted file, bytes. */
  maksBerkasByte: number;
  /** Most files in one submission. */
  maksJumlahBerkas: number;
}
