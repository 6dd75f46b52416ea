import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UbahSkpBodySchema, type SkpDetail } from '../../../contracts/kinerja-skp.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { relasiSkp, wajibRelasi, type Pengguna, type Relasi, type SkpAkses } from './kinerja.akses.ts';
import { skp } from './kinerja.table.ts';
import { hitungSkp, rhkLengkap, sesi, siapkanKinerjaUji, type KinerjaUji } from './kinerja.skp.testing.ts';

/**
 * Who may see and do what on an SKP by position in the reporting tree (issue #5 "Who may see what" — the
 * authorisation matrix of the SKP planning routes): every H1 route × every position, through the HTTP API,
 * asserting 200 / 403 / 404 and that a refused request changes nothing.
 *
 * Tree (kinerja.skp.testing.ts): kepala 'atasan' ← kabid ← kasi ← { pel1, pel2 }; kepala ← staf 'pegawai';
 * OPD B: kepalab ← stafb; admin_opd (OPD A), admin_opd_b, admin (BKPSDM), pimpinan (no position).
 * Target T1 = pel1's SKP (penilai kasi, atasan penilai kabid); T2 = kasi's SKP (to test a bawahan).
 */

type T = Awaited<ReturnType<typeof createTestApp>>;
const KINI = new Date('2026-03-10T10:00:00+07:00');

type Posisi = { nama: string; user: string; target: 'T1' | 'T2'; relasi: Relasi | null };
const POSISI: Posisi[] = [
  { nama: 'diri sendiri', user: 'pel1', target: 'T1', relasi: 'pemilik' },
  { nama: 'atasan langsung', user: 'kasi', target: 'T1', relasi: 'penilai' },
  { nama: 'atasan dari atasan', user: 'kabid', target: 'T1', relasi: 'atasan_penilai' },
  { nama: 'lebih atas (kepala OPD)', user: 'atasan', target: 'T1', relasi: 'atasan_atas' },
  { nama: 'rekan seatasan', user: 'pel2', target: 'T1', relasi: null },
  { nama: 'pegawai lain di OPD yang sama', user: 'pegawai', target: 'T1', relasi: null },
  { nama: 'bawahan', user: 'pel1', target: 'T2', relasi: null },
  { nama: 'pegawai OPD lain', user: 'stafb', target: 'T1', relasi: null },
  { nama: 'kepala OPD lain', user: 'kepalab', target: 'T1', relasi: null },
  { nama: 'admin OPD yang sama', user: 'admin_opd', target: 'T1', relasi: 'admin_opd' },
  { nama: 'admin OPD lain', user: 'admin_opd_b', target: 'T1', relasi: null },
  { nama: 'admin BKPSDM', user: 'admin', target: 'T1', relasi: 'admin' },
  { nama: 'pimpinan tanpa jabatan', user: 'pimpinan', target: 'T1', relasi: null },
];

type Status = 'draft' | 'diajukan' | 'disetujui' | 'dikembalikan';
type Rute = {
  rute: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: (id: number) => string;
  /** Relations allowed by the service; 'admin-route' = permission kinerja:kelola (admin only, 403 for every other role). */
  boleh: readonly Relasi[] | 'admin-route';
  /** Status the target is put in before the call. */
  status?: Status;
  body?: (d: SkpDetail, k: KinerjaUji) => unknown;
};
const BACA: readonly Relasi[] = ['penilai', 'pemilik', 'atasan_penilai', 'atasan_atas', 'admin_opd', 'admin'];
const RUTE: Rute[] = [
  { rute: 'GET /kinerja/skp/:id', method: 'GET', path: (id) => `/kinerja/skp/${id}`, boleh: BACA },
  {
    rute: 'PUT /kinerja/skp/:id', method: 'PUT', path: (id) => `/kinerja/skp/${id}`, boleh: ['pemilik'], status: 'draft',
    body: (d) => ({ revisi: d.revisi, pendekatan: d.pendekatan, rhk: d.rhk.map((r) => ({ id: r.id, jenis: r.jenis, uraian: r.uraian, parentRhkId: r.parentRhkId, indikator: r.indikator })) }),
  },
  { rute: 'PUT /kinerja/skp/:id/perilaku', method: 'PUT', path: (id) => `/kinerja/skp/${id}/perilaku`, boleh: ['penilai'], body: () => ({ ekspektasi: { loyal: 'Menjaga kerahasiaan data pemohon.' } }) },
  { rute: 'POST /kinerja/skp/:id/ajukan', method: 'POST', path: (id) => `/kinerja/skp/${id}/ajukan`, boleh: ['pemilik'], status: 'draft', body: (d) => ({ revisi: d.revisi }) },
  { rute: 'POST /kinerja/skp/:id/setujui', method: 'POST', path: (id) => `/kinerja/skp/${id}/setujui`, boleh: ['penilai'], status: 'diajukan', body: (d) => ({ revisi: d.revisi }) },
  { rute: 'POST /kinerja/skp/:id/kembalikan', method: 'POST', path: (id) => `/kinerja/skp/${id}/kembalikan`, boleh: ['penilai'], status: 'diajukan', body: (d) => ({ revisi: d.revisi, catatan: 'Perbaiki target.' }) },
  { rute: 'GET /kinerja/skp/:id/rhk-atasan', method: 'GET', path: (id) => `/kinerja/skp/${id}/rhk-atasan`, boleh: ['pemilik'] },
  { rute: 'GET /kinerja/skp/:id/pohon', method: 'GET', path: (id) => `/kinerja/skp/${id}/pohon`, boleh: BACA },
  {
    rute: 'PATCH /kinerja/skp/:id/penilai', method: 'PATCH', path: (id) => `/kinerja/skp/${id}/penilai`, boleh: 'admin-route',
    body: (d) => ({ penilaiId: d.penilai!.id, alasan: 'Penilai ditetapkan ulang oleh BKPSDM.' }),
  },
];

const harapan = (r: Rute, p: Posisi) => {
  if (r.boleh === 'admin-route') return p.user === 'admin' ? 200 : 403;
  if (p.relasi == null) return 404;
  return r.boleh.includes(p.relasi) ? 200 : 403;
};
const KASUS = RUTE.flatMap((r) => POSISI.map((p) => [r.rute, p.nama, p.user, p.target, harapan(r, p), r, p] as const));

describe('kinerja SKP access by position in the reporting tree', () => {
  let t: T;
  let k: KinerjaUji;
  let as: ReturnType<typeof sesi>;
  const target: Record<'T1' | 'T2', number> = { T1: 0, T2: 0 };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: KINI });
    t = await createTestApp();
    k = await siapkanKinerjaUji(t);
    as = sesi(t);
    const svc = t.app.services.kinerja.skp;
    const P = k.pelaku;
    const kepala = await svc.buat(P.atasan!, { tahun: 2026, pendekatan: 'kuantitatif' }, KINI);
    const kp = await svc.ubah(P.atasan!, kepala.id, UbahSkpBodySchema.parse({ revisi: 0, pendekatan: 'kuantitatif', rhk: [rhkLengkap('Pelayanan publik meningkat', null)] }), KINI);
    const kabid = await svc.buat(P.kabid!, { tahun: 2026, pendekatan: 'kuantitatif' }, KINI);
    const kb = await svc.ubah(P.kabid!, kabid.id, UbahSkpBodySchema.parse({ revisi: 0, pendekatan: 'kuantitatif', rhk: [rhkLengkap('Layanan bidang terlaksana', kp.rhk[0]!.id)] }), KINI);
    const kasi = await svc.buat(P.kasi!, { tahun: 2026, pendekatan: 'kuantitatif' }, KINI);
    const ks = await svc.ubah(P.kasi!, kasi.id, UbahSkpBodySchema.parse({ revisi: 0, pendekatan: 'kuantitatif', rhk: [rhkLengkap('Layanan seksi terlaksana', kb.rhk[0]!.id)] }), KINI);
    const pel1 = await svc.buat(P.pel1!, { tahun: 2026, pendekatan: 'kuantitatif' }, KINI);
    await svc.ubah(P.pel1!, pel1.id, UbahSkpBodySchema.parse({ revisi: 0, pendekatan: 'kuantitatif', rhk: [rhkLengkap('Antrian loket terlayani', ks.rhk[0]!.id)] }), KINI);
    await svc.buat(P.pel2!, { tahun: 2026, pendekatan: 'kuantitatif' }, KINI);
    target.T1 = pel1.id;
    target.T2 = kasi.id;
  });
  afterAll(async () => { vi.useRealTimers(); await t?.close(); });

  describe('relasiSkp for every position', () => {
    it.each(POSISI.map((p) => [p.nama, p.user, p.target, p.relasi] as const))('%s (%s on %s) → %s', async (_n, user, tgt, relasi) => {
      const s = (await queryRows<SkpAkses>(t.db, sql`select id, pegawai_id as "pegawaiId", penilai_id as "penilaiId", atasan_penilai_id as "atasanPenilaiId", opd_id as "opdId" from skp where id = ${target[tgt]}`))[0]!;
      expect(await relasiSkp(t.app.services.org, k.pelaku[user]!, s)).toBe(relasi);
      if (relasi == null) await expect(wajibRelasi(t.app.services.org, k.pelaku[user]!, s)).rejects.toMatchObject({ code: 'SKP_TIDAK_DITEMUKAN', status: 404 });
      else expect(await wajibRelasi(t.app.services.org, k.pelaku[user]!, s)).toBe(relasi);
    });

    it('should let the own position win over an admin role, and refuse a read relation for a write (403)', async () => {
      const s = await t.app.services.kinerja.skp.muatSkpAkses(target.T1);
      const kasiAdmin: Pengguna = { ...k.pelaku.kasi!, roles: ['admin_opd', 'atasan'] };
      expect(await relasiSkp(t.app.services.org, kasiAdmin, s)).toBe('penilai');
      const stafAdmin: Pengguna = { ...k.pelaku.pegawai!, roles: ['admin_opd', 'pegawai'] };
      expect(await relasiSkp(t.app.services.org, stafAdmin, s)).toBe('admin_opd');
      await expect(wajibRelasi(t.app.services.org, k.pelaku.kabid!, s, ['penilai'])).rejects.toMatchObject({ code: 'AKSES_DITOLAK', status: 403 });
      await expect(t.app.services.kinerja.skp.muatSkpAkses(999999)).rejects.toMatchObject({ code: 'SKP_TIDAK_DITEMUKAN' });
    });
  });

  describe('every SKP route × position (HTTP)', () => {
    it.each(KASUS)('%s by %s (%s on %s) → %i', async (_r, _p, user, tgt, kode, r) => {
      const id = target[tgt];
      if (r.status) await t.db.update(skp).set({ status: r.status }).where(eq(skp.id, id));
      const d = (await t.app.services.kinerja.skp.detail(k.pelaku.admin!, id));
      const headers = await as(user);
      const sebelum = await hitungSkp(t);
      const res = await t.app.inject({ method: r.method, url: `/api/v1${r.path(id)}`, headers, ...(r.body ? { payload: r.body(d, k) as object } : {}) });
      expect(res.statusCode, res.body).toBe(kode);
      if (kode === 404) expect(res.json().code).toBe('SKP_TIDAK_DITEMUKAN');
      if (kode === 403) expect(['AKSES_DITOLAK', 'PERAN_TIDAK_CUKUP']).toContain(res.json().code);
      if (kode !== 200) {
        expect(await hitungSkp(t)).toEqual(sebelum);
        expect(res.body).not.toContain(d.pegawai.nama); // a refusal never leaks the SKP
      }
    });
  });

  describe('routes on the caller (no SKP id) × account', () => {
    const AKUN: Array<[string, { saya: number; buat: number; pohon: number; tim: number }]> = [
      ['pel1', { saya: 200, buat: 201, pohon: 403, tim: 200 }],
      ['kasi', { saya: 200, buat: 201, pohon: 200, tim: 200 }],
      ['kabid', { saya: 200, buat: 201, pohon: 200, tim: 200 }],
      ['atasan', { saya: 200, buat: 201, pohon: 200, tim: 200 }],
      ['pegawai', { saya: 200, buat: 201, pohon: 403, tim: 200 }],
      ['stafb', { saya: 200, buat: 201, pohon: 403, tim: 200 }],
      ['kepalab', { saya: 200, buat: 201, pohon: 200, tim: 200 }],
      ['admin_opd', { saya: 200, buat: 403, pohon: 200, tim: 200 }],
      ['admin_opd_b', { saya: 200, buat: 403, pohon: 200, tim: 200 }],
      ['admin', { saya: 200, buat: 403, pohon: 200, tim: 200 }],
      ['pimpinan', { saya: 200, buat: 403, pohon: 403, tim: 200 }],
      ['petugas', { saya: 200, buat: 403, pohon: 403, tim: 200 }],
    ];
    it.each(AKUN)('%s → %o', async (user, h) => {
      const headers = await as(user);
      const go = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
      expect((await go('GET', '/kinerja/saya')).statusCode).toBe(h.saya);
      const buat = await go('POST', '/kinerja/skp', { tahun: 2027 });
      expect(buat.statusCode, buat.body).toBe(h.buat);
      const pohon = await go('GET', user === 'admin' ? `/kinerja/pohon?opdId=${k.fx.opdA.id}` : '/kinerja/pohon');
      expect(pohon.statusCode, pohon.body).toBe(h.pohon);
      expect((await go('GET', '/kinerja/tim')).statusCode).toBe(h.tim);
    });

    it('should show an atasan only their own subtree and a pegawai no team', async () => {
      const kasi = (await t.app.inject({ method: 'GET', url: '/api/v1/kinerja/pohon?tahun=2026', headers: await as('kasi') })).json();
      expect(JSON.stringify(kasi)).not.toContain('Pelayanan publik meningkat'); // the kepala's RHK is above the kasi
      expect(JSON.stringify(kasi)).toContain('Antrian loket terlayani');
      const tim = (await t.app.inject({ method: 'GET', url: '/api/v1/kinerja/tim?tahun=2026', headers: await as('pel2') })).json();
      expect(tim.bawahan).toEqual([]);
      const kepalaB = (await t.app.inject({ method: 'GET', url: '/api/v1/kinerja/tim?tahun=2026', headers: await as('kepalab') })).json();
      expect(kepalaB.bawahan.map((b: { pegawai: { nama: string } }) => b.pegawai.nama)).toEqual(['Staf Uji B']);
    });
  });
});
