import type { AuthContext } from '../../plugins/auth.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { OrgService } from '../org/index.ts';
import { KinerjaErrors } from './kinerja.errors.ts';

/** What the kinerja services know about the caller (from the session). */
export type Pengguna = Pick<AuthContext, 'akunId' | 'roles' | 'pegawaiId' | 'opdId'>;

/** The fields of an SKP that decide who may see or act on it. */
export type SkpAkses = {
  id: number; pegawaiId: number; penilaiId: number | null; atasanPenilaiId: number | null; opdId: number;
  /** false once ended by a mutasi/promosi (then only the line above its penilai reads it); absent = running. */
  aktif?: boolean;
};

/**
 * The caller's relation to one SKP (issue #5 "Who may see what"), strongest first:
 * - `penilai`: the SKP's pejabat penilai (snapshot on the SKP; after a mutasi the NEW SKP has the new
 *   atasan, so the evaluation moves with it from the new period on) — approves, gives feedback, rates;
 * - `pemilik`: the pegawai themself — drafts, fills realisasi, uploads bukti, answers feedback, files keberatan;
 * - `atasan_penilai`: the penilai's atasan — read, decides a keberatan;
 * - `atasan_atas`: read-only — for a running SKP anyone on the pegawai's effective line today (so after a
 *   BKPSDM penilai change the direct atasan still reads, and a penilai's move to another OPD takes nobody's
 *   superiors along); for an SKP ended by a mutasi anyone higher on the line above its penilai;
 * - `admin_opd`: an admin OPD of the SKP's OPD — read-only;
 * - `admin`: BKPSDM — read-only here (settings and penilai changes have their own routes);
 * - null: nothing (pimpinan sees aggregates only; a colleague, another OPD) → callers answer 404.
 */
export type Relasi = 'penilai' | 'pemilik' | 'atasan_penilai' | 'atasan_atas' | 'admin_opd' | 'admin';

/** Relations that may read an SKP and everything under it. */
export const RELASI_BACA: readonly Relasi[] = ['penilai', 'pemilik', 'atasan_penilai', 'atasan_atas', 'admin_opd', 'admin'];

/**
 * Decides the caller's relation to an SKP. Pure apart from one recursive org query (the chain above the
 * pegawai — for an SKP ended by a mutasi above its penilai), made only when the cheaper checks fail.
 * The own position wins over an admin role (a kepala who is also admin OPD rates as penilai).
 */
export async function relasiSkp(org: OrgService, p: Pengguna, s: SkpAkses, tx?: DbOrTx): Promise<Relasi | null> {
  const me = p.pegawaiId;
  if (me != null) {
    if (s.penilaiId === me) return 'penilai';
    if (s.pegawaiId === me) return 'pemilik';
    if (s.atasanPenilaiId === me) return 'atasan_penilai';
  }
  if (p.roles.includes('admin')) return 'admin';
  if (p.roles.includes('admin_opd') && p.opdId != null && p.opdId === s.opdId) return 'admin_opd';
  if (me != null) {
    // A running SKP: the pegawai's own line today ("an atasan sees their direct reports and, below them,
    // read-only") — not the line above the penilai, which after a BKPSDM penilai change or a move of the
    // penilai to another OPD is someone else's (the penilai's new superiors must not read it). An SKP ended
    // by the pegawai's mutasi stays with the line above its penilai.
    const rantai = await org.rantaiAtasan(s.aktif === false ? s.penilaiId ?? s.pegawaiId : s.pegawaiId, tx);
    if (rantai.includes(me)) return 'atasan_atas';
  }
  return null;
}

/**
 * {@link relasiSkp} that throws: 404 SKP_TIDAK_DITEMUKAN when the caller has no relation (never reveal that
 * an SKP exists), 403 AKSES_DITOLAK when the relation is not among `boleh`.
 */
export async function wajibRelasi(
  org: OrgService, p: Pengguna, s: SkpAkses, boleh: readonly Relasi[] = RELASI_BACA, tx?: DbOrTx,
): Promise<Relasi> {
  const r = await relasiSkp(org, p, s, tx);
  if (!r) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
  if (!boleh.includes(r)) throw KinerjaErrors.AKSES_DITOLAK();
  return r;
}
