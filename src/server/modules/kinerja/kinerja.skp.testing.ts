import { eq } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/auth.ts';
import type { RhkInput, SkpDetail } from '../../../contracts/kinerja-skp.ts';
import { queryRows } from '../../db/client.ts';
import { hashPassword } from '../../lib/password.ts';
import { createTestApp, loginAs, TEST_PASSWORD } from '../../testing/test-app.ts';
import { akun } from '../auth/auth.table.ts';
import { seedGarisUji } from '../org/org.testing.ts';
import { jabatan, pegawai } from '../org/org.table.ts';
import type { Pengguna } from './kinerja.akses.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type H = Record<string, string>;

/**
 * A kinerja test organisation on top of the shared fixture and org's seedGarisUji. Effective line
 * (→ = atasan), every account named as below (password TEST_PASSWORD):
 *
 *   Dinas Uji A: kepala 'atasan' (JPT, Kepala Uji; no atasan) ← kabid 'kabid' ← kasi 'kasi' ← { pel1 'pel1', pel2 'pel2' }
 *                kepala ← staf 'pegawai' (Staf Uji; a sibling of the kabid)
 *   Dinas Uji B: kepalaB 'kepalab' ← stafB 'stafb'
 *   accounts without a position: 'admin' (BKPSDM), 'admin_opd' (OPD A), 'admin_opd_b' (OPD B), 'pimpinan'
 *
 * Kasi has a phone (notifications are 'menunggu'); the others have none ('dilewati').
 */
export async function siapkanKinerjaUji(t: T) {
  const fx = t.fixture;
  const g = await seedGarisUji(t.db, fx);
  const passwordHash = await hashPassword(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 });
  const tambah = async (username: string, roles: Role[], pegawaiId: number | null, opdId: number | null) => {
    const [a] = await t.db.insert(akun).values({ username, nama: `Akun ${username}`, passwordHash, roles, pegawaiId, opdId }).returning();
    return a!.id;
  };
  const akunId: Record<string, number> = { ...fx.accounts };
  akunId.kasi = await tambah('kasi', ['atasan', 'pegawai'], g.pKasi.id, fx.opdA.id);
  akunId.pel1 = await tambah('pel1', ['pegawai'], g.pPel1.id, fx.opdA.id);
  akunId.pel2 = await tambah('pel2', ['pegawai'], g.pPel2.id, fx.opdA.id);
  akunId.kepalab = await tambah('kepalab', ['atasan', 'pegawai'], g.pKepalaB.id, fx.opdB.id);
  akunId.stafb = await tambah('stafb', ['pegawai'], g.pStafB.id, fx.opdB.id);
  akunId.admin_opd_b = await tambah('admin_opd_b', ['admin_opd'], null, fx.opdB.id);
  const [kabidAkun] = await queryRows<{ id: number }>(t.db, sql`select id from akun where username = 'kabid'`);
  akunId.kabid = kabidAkun!.id;
  await t.db.update(pegawai).set({ telepon: '0812-3456-7890' }).where(eq(pegawai.id, g.pKasi.id));

  const orang = {
    kepala: fx.pKepala.id, staf: fx.pStaf.id, kabid: g.pKabid.id, kasi: g.pKasi.id, pel1: g.pPel1.id, pel2: g.pPel2.id,
    kepalaB: g.pKepalaB.id, stafB: g.pStafB.id,
  };
  /** Service-level caller for an account (as the session would build it). */
  const pelaku: Record<string, Pengguna> = {
    atasan: { akunId: akunId.atasan!, roles: ['atasan'], pegawaiId: orang.kepala, opdId: fx.opdA.id },
    pegawai: { akunId: akunId.pegawai!, roles: ['pegawai'], pegawaiId: orang.staf, opdId: fx.opdA.id },
    kabid: { akunId: akunId.kabid, roles: ['atasan'], pegawaiId: orang.kabid, opdId: fx.opdA.id },
    kasi: { akunId: akunId.kasi, roles: ['atasan', 'pegawai'], pegawaiId: orang.kasi, opdId: fx.opdA.id },
    pel1: { akunId: akunId.pel1, roles: ['pegawai'], pegawaiId: orang.pel1, opdId: fx.opdA.id },
    pel2: { akunId: akunId.pel2, roles: ['pegawai'], pegawaiId: orang.pel2, opdId: fx.opdA.id },
    kepalab: { akunId: akunId.kepalab, roles: ['atasan', 'pegawai'], pegawaiId: orang.kepalaB, opdId: fx.opdB.id },
    stafb: { akunId: akunId.stafb, roles: ['pegawai'], pegawaiId: orang.stafB, opdId: fx.opdB.id },
    admin: { akunId: akunId.admin!, roles: ['admin'], pegawaiId: null, opdId: null },
    admin_opd: { akunId: akunId.admin_opd!, roles: ['admin_opd'], pegawaiId: null, opdId: fx.opdA.id },
    admin_opd_b: { akunId: akunId.admin_opd_b, roles: ['admin_opd'], pegawaiId: null, opdId: fx.opdB.id },
    pimpinan: { akunId: akunId.pimpinan!, roles: ['pimpinan'], pegawaiId: null, opdId: null },
  };
  return { fx, g, orang, akunId, pelaku, jabatan: { kabid: g.jKabid, kasi: g.jKasi, pel: g.jPel } };
}
export type KinerjaUji = Awaited<ReturnType<typeof siapkanKinerjaUji>>;

/** A second jabatan in OPD B under kepalaB, for mutasi tests: returns its id. */
export async function jabatanMutasi(t: T, opdBId: number, atasanJabatanId: number) {
  const [j] = await t.db.insert(jabatan).values({ unitId: opdBId, nama: 'Analis Kebijakan Uji', jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA', atasanJabatanId }).returning();
  return j!.id;
}

/** Logged-in headers per username, cached. */
export function sesi(t: T) {
  const cache = new Map<string, Promise<H>>();
  return (username: string) => {
    if (!cache.has(username)) cache.set(username, loginAs(t.app, username));
    return cache.get(username)!;
  };
}

/** A complete RHK utama (one kuantitatif indikator) intervening in `parentRhkId`. */
export const rhkLengkap = (uraian: string, parentRhkId: number | null, x: Partial<RhkInput> = {}): RhkInput => ({
  jenis: 'utama', uraian, parentRhkId, sumberPk: null,
  indikator: [{ aspek: 'kuantitas', uraian: `Jumlah ${uraian.toLowerCase()}`, targetAngka: 12, targetSatuan: 'dokumen', targetNarasi: null, perspektif: null, metrik: null, metrikLingkup: null, metrikRefId: null }],
  ...x,
});

/** Row counts of the SKP tables (+ audit and outbox) — compared before/after a refused request. */
export async function hitungSkp(t: T) {
  const [r] = await queryRows<Record<string, number>>(t.db, sql`select
    (select count(*)::int from skp) as skp, (select count(*)::int from skp_rhk) as rhk, (select count(*)::int from skp_indikator) as indikator,
    (select count(*)::int from skp_perilaku) as perilaku, (select count(*)::int from skp_riwayat) as riwayat,
    (select coalesce(sum(revisi), 0)::int from skp) as revisi, (select count(*)::int from audit_log where entitas = 'skp') as audit,
    (select count(*)::int from notifikasi_outbox) as outbox`);
  return r!;
}

export type { SkpDetail };
