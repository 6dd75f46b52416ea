import type { Db } from '../../db/client.ts';
import type { AuthService } from '../auth/index.ts';

/** Organisation and people (module `org`): wilayah, unit organisasi/OPD, jabatan, pegawai. */
export function createOrgService(db: Db, deps: { auth: AuthService }) {
  void db; void deps;
  return {};
}
export type OrgService = ReturnType<typeof createOrgService>;
