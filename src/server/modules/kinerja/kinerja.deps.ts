import type { Db } from '../../db/client.ts';
import type { OrgService } from '../org/index.ts';
import type { KalenderService } from '../kalender/index.ts';
import type { NotifikasiService } from '../notifikasi/index.ts';
import type { AntrianService } from '../antrian/index.ts';
import type { LayananService } from '../layanan/index.ts';
import type { SkmService } from '../skm/index.ts';

/**
 * What the kinerja services receive from the composition root (app.ts buildServices). Other modules are
 * reached only through their index.ts (ADR 0003). antrian, layanan and skm are optional: without them an
 * indikator cannot be bound to their service metrics (kinerja.metrik.ts says which are available).
 */
export interface KinerjaDeps {
  db: Db;
  org: OrgService;
  kalender: KalenderService;
  notifikasi: NotifikasiService;
  antrian?: AntrianService;
  layanan?: LayananService;
  skm?: SkmService;
  /** Absolute folder for uploaded files (config.uploadsDir = DATA_DIR/uploads); bukti dukung go to `kinerja/`. */
  uploadsDir: string;
  /** Largest accepted bukti dukung file, bytes. */
  maksBerkasByte: number;
}
