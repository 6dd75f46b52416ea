import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only audit log of state changes: who, what, when, before/after. Never updated or deleted. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    akunId: integer('akun_id'),
    aksi: text('aksi').notNull(),
    entitas: text('entitas').notNull(),
    entitasId: text('entitas_id'),
    data: jsonb('data'),
  },
  (t) => [index('audit_entitas_idx').on(t.entitas, t.entitasId)],
);
