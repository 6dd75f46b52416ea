import type { DbOrTx } from '../../db/client.ts';
import { auditLog } from './audit.table.ts';

export type AuditEntry = {
  akunId: number | null;
  aksi: string;
  entitas: string;
  entitasId?: string | number | null;
  data?: unknown;
};

/**
 * Appends one entry to the audit log, inside the caller's transaction so the log and the change
 * commit together. Never pass personal data (NIK, passwords) in `data`.
 */
export async function recordAudit(tx: DbOrTx, e: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    akunId: e.akunId,
    aksi: e.aksi,
    entitas: e.entitas,
    entitasId: e.entitasId == null ? null : String(e.entitasId),
    data: e.data ?? null,
  });
}
