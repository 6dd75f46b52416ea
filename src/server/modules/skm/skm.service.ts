import type { Db } from '../../db/client.ts';
import type { OrgService } from '../org/index.ts';

/** Survei Kepuasan Masyarakat (module `skm`): surveys, invitations, responses, IKM results. */
export function createSkmService(db: Db, deps: { org: OrgService; secret: string; maxPerHari: number }) {
  void db; void deps;
  return {};
}
export type SkmService = ReturnType<typeof createSkmService>;
