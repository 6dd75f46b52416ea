import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { AuthService } from '../auth/index.ts';
import { unitOrganisasi } from './org.table.ts';

/** Organisation and people (module `org`): wilayah, unit organisasi/OPD, jabatan, pegawai. */
export function createOrgService(db: Db, deps: { auth: AuthService }) {
  void deps;

  /** One unit (OPD or sub-unit) with its OPD's id, or null. */
  async function getUnit(id: number) {
    const [u] = await db.select().from(unitOrganisasi).where(eq(unitOrganisasi.id, id)).limit(1);
    return u ?? null;
  }

  /** Map unit id → nama, for labelling other modules' rows. */
  async function getUnitNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await db.select({ id: unitOrganisasi.id, nama: unitOrganisasi.nama }).from(unitOrganisasi).where(inArray(unitOrganisasi.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r.nama]));
  }

  /**
   * Service units (unit penyelenggara pelayanan) that can run an SKM, optionally only those of one OPD
   * (admin_opd scope): `[{ id, nama, opdId, opdNama }]`.
   */
  async function listUnitLayanan(opts: { opdId?: number | null } = {}) {
    const rows = await db
      .select({ id: unitOrganisasi.id, nama: unitOrganisasi.nama, opdId: unitOrganisasi.opdId })
      .from(unitOrganisasi)
      .where(and(eq(unitOrganisasi.isUnitLayanan, true), eq(unitOrganisasi.aktif, true), opts.opdId ? eq(unitOrganisasi.opdId, opts.opdId) : undefined))
      .orderBy(unitOrganisasi.urutan, unitOrganisasi.nama);
    const names = await getUnitNames(rows.map((r) => r.opdId).filter((x): x is number => x != null));
    return rows.map((r) => ({ ...r, opdNama: r.opdId ? names.get(r.opdId) ?? null : null }));
  }

  return { getUnit, getUnitNames, listUnitLayanan };
}
export type OrgService = ReturnType<typeof createOrgService>;
