import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KinerjaSaya, PohonOpd, PohonSkp, RhkAtasan, SimpulPohon, SkpDetail, Tim } from '../../../contracts/kinerja-skp.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { pegawai } from '../org/org.table.ts';
import { kinerjaPenetapan, kinerjaPenilaian } from './kinerja.table.ts';
import { hitungSkp, jabatanMutasi, rhkLengkap, sesi, siapkanKinerjaUji, type KinerjaUji } from './kinerja.skp.testing.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

/** The clock (Date only) sits in March 2026: January and February have ended, monthly periods. */
const KINI = new Date('2026-03-10T10:00:00+07:00');

describe('kinerja SKP (service through the API)', () => {
  let t: T;
  let k: KinerjaUji;
  let as: ReturnType<typeof sesi>;
  const minta = async (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: await as(user), ...(payload !== undefined ? { payload: payload as object } : {}) });
  const ok = async <X = SkpDetail>(user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown, kode = 200): Promise<X> => {
    const r = await minta(user, method, url, payload);
    expect(r.statusCode, `${user} ${method} ${url}: ${r.body}`).toBe(kode);
    return r.json() as X;
  };
  const outbox = (skpId: number) => queryRows<{ kunci: string; templat: string; status: string; data: Record<string, unknown> }>(
    t.db, sql`select kunci, templat, status, data from notifikasi_outbox where kunci like ${`kinerja:%:${skpId}:%`} order by id`,
  );
  const audit = (skpId: number) => queryRows<{ aksi: string; data: Record<string, unknown> }>(
    t.db, sql`select aksi, data from audit_log where entitas = 'skp' and entitas_id = ${String(skpId)} order by id`,
  );

  // SKPs made along the way
  let skpKepala: SkpDetail;
  let skpKabid: SkpDetail;
  let skpKasi: SkpDetail;
  let skpPel1: SkpDetail;
  let skpPel2: SkpDetail;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: KINI });
    t = await createTestApp();
    k = await siapkanKinerjaUji(t);
    as = sesi(t);
  });
  afterAll(async () => { vi.useRealTimers(); await t?.close(); });

  describe('my year and creating an SKP', () => {
    it('should show my year before any SKP: pegawai, penilai = effective atasan, periods, suggestion for the whole year', async () => {
      const s = await ok<KinerjaSaya>('pel1', 'GET', '/kinerja/saya');
      expect(s).toMatchObject({
        tahun: 2026, pegawai: { id: k.orang.pel1, nama: 'Pelaksana Satu', jabatan: 'Operator Layanan Operasional', jenisJabatan: 'PELAKSANA' },
        pengaturan: { jenisPeriode: 'bulanan', batasKeberatanHariKerja: 14, batasPenyusunanSkp: '2026-01-31' },
        skp: [], penilai: { id: k.orang.kasi, nama: 'Kasi Uji' }, jumlahBawahan: 0,
        saranBuat: { alasan: 'awal', mulai: '2026-01-01', selesai: '2026-12-31', lamaSelesai: null }, saranBuatPesan: null,
      });
      expect(s.periode).toHaveLength(12);
      expect(s.periode[2]).toEqual({ ke: 3, label: 'Maret 2026', mulai: '2026-03-01', selesai: '2026-03-31' });
      const kasi = await ok<KinerjaSaya>('kasi', 'GET', '/kinerja/saya?tahun=2027');
      expect(kasi).toMatchObject({ tahun: 2027, jumlahBawahan: 2, saranBuat: { alasan: 'awal', mulai: '2027-01-01' } });
    });

    it('should answer an account without a pegawai with pegawai null and nothing to make', async () => {
      for (const u of ['admin', 'pimpinan']) {
        const s = await ok<KinerjaSaya>(u, 'GET', '/kinerja/saya');
        expect(s).toMatchObject({ pegawai: null, skp: [], penilai: null, jumlahBawahan: 0, saranBuat: null });
      }
    });

    it('should make a whole-year draft with snapshots, history, audit — and the kepala OPD (top of the line) gets no penilai', async () => {
      skpKepala = await ok('atasan', 'POST', '/kinerja/skp', { tahun: 2026, pendekatan: 'kuantitatif' }, 201);
      expect(skpKepala).toMatchObject({
        tahun: 2026, periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31', status: 'draft', revisi: 0, alasanBaru: 'awal', aktif: true,
        pegawai: { id: k.orang.kepala, jabatan: 'Kepala Dinas Uji A', jenisJabatan: 'JPT', unit: { id: k.fx.opdA.id, nama: 'Dinas Uji A' }, opd: { id: k.fx.opdA.id } },
        penilai: null, atasanPenilai: null, relasi: 'pemilik', terkunci: false,
        izin: { ubah: true, ajukan: false, putuskan: false, ekspektasi: false, nilai: false, realisasi: false },
        rhk: [],
      });
      expect(skpKepala.periode).toHaveLength(12);
      expect(skpKepala.perilaku.map((p) => p.kode)).toEqual(['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif']);
      expect(skpKepala.perilaku.every((p) => p.panduan.length === 3 && p.ekspektasiKhusus === null)).toBe(true);
      expect(skpKepala.riwayat).toEqual([expect.objectContaining({ aksi: 'dibuat', oleh: 'Kepala Uji' })]);
      expect((await audit(skpKepala.id)).map((a) => a.aksi)).toEqual(['kinerja.skp.dibuat']);

      skpKabid = await ok('kabid', 'POST', '/kinerja/skp', { tahun: 2026, pendekatan: 'kuantitatif' }, 201);
      expect(skpKabid).toMatchObject({ penilai: { id: k.orang.kepala, nama: 'Kepala Uji', jabatan: 'Kepala Dinas Uji A' }, atasanPenilai: null, pegawai: { unit: { nama: 'Bidang Uji A' }, opd: { nama: 'Dinas Uji A' } } });
      skpKasi = await ok('kasi', 'POST', '/kinerja/skp', { tahun: 2026, pendekatan: 'kuantitatif' }, 201);
      expect(skpKasi).toMatchObject({ penilai: { id: k.orang.kabid }, atasanPenilai: { id: k.orang.kepala } });
      skpPel1 = await ok('pel1', 'POST', '/kinerja/skp', { tahun: 2026 }, 201);
      expect(skpPel1).toMatchObject({ pendekatan: 'kuantitatif', penilai: { id: k.orang.kasi }, atasanPenilai: { id: k.orang.kabid } });
      skpPel2 = await ok('pel2', 'POST', '/kinerja/skp', { tahun: 2026, pendekatan: 'kualitatif' }, 201);
      const s = await ok<KinerjaSaya>('pel1', 'GET', '/kinerja/saya');
      expect(s.skp).toEqual([expect.objectContaining({ id: skpPel1.id, status: 'draft', aktif: true, jumlahRhk: 0, penilai: { id: k.orang.kasi, nama: 'Kasi Uji' } })]);
      expect(s.saranBuat).toBeNull();
    });

    it.each([
      ['a second SKP for the same jabatan', 'pel1', { tahun: 2026 }, 409, 'SKP_SUDAH_ADA', null],
      ['a past year', 'pel2', { tahun: 2025 }, 400, 'TAHUN_TIDAK_VALID', 'body.tahun'],
      ['two years ahead', 'pel2', { tahun: 2028 }, 400, 'TAHUN_TIDAK_VALID', 'body.tahun'],
      ['no year', 'pel2', {}, 400, 'VALIDASI', 'body.tahun'],
      ['an unknown pendekatan', 'pel2', { tahun: 2027, pendekatan: 'campuran' }, 400, 'VALIDASI', 'body.pendekatan'],
      ['an account without a pegawai', 'admin', { tahun: 2026 }, 403, 'BUKAN_PEGAWAI', null],
    ])('should refuse %s (%s → %i %s) and change nothing', async (_n, user, body, status, code, field) => {
      const sebelum = await hitungSkp(t);
      const r = await minta(user, 'POST', '/kinerja/skp', body);
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json().code).toBe(code);
      if (field) expect(r.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await hitungSkp(t)).toEqual(sebelum);
    });

    it('should refuse an SKP for a pegawai without jabatan (409 TANPA_JABATAN)', async () => {
      await t.db.update(pegawai).set({ jabatanId: null }).where(eq(pegawai.id, k.orang.stafB));
      const r = await minta('stafb', 'POST', '/kinerja/skp', { tahun: 2026 });
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('TANPA_JABATAN');
      const s = await ok<KinerjaSaya>('stafb', 'GET', '/kinerja/saya');
      expect(s).toMatchObject({ saranBuat: null, saranBuatPesan: expect.stringMatching(/jabatan/i) });
      const [j] = await queryRows<{ id: number }>(t.db, sql`select id from jabatan where nama = 'Pengadministrasi Perkantoran'`);
      await t.db.update(pegawai).set({ jabatanId: j!.id }).where(eq(pegawai.id, k.orang.stafB));
    });
  });

  describe('editing the plan and the cascade', () => {
    it('should save a JPT plan (no parent, perspektif) and keep ids on a second save', async () => {
      const d = await ok('atasan', 'PUT', `/kinerja/skp/${skpKepala.id}`, {
        revisi: 0, pendekatan: 'kuantitatif',
        rhk: [
          { ...rhkLengkap('Meningkatnya kualitas pelayanan publik', null, { sumberPk: 'IKU Renstra 2026' }), indikator: [{ aspek: 'kualitas', uraian: 'Nilai IKM', targetAngka: 85, targetSatuan: 'nilai', perspektif: 'penerima_layanan' }] },
          { ...rhkLengkap('Terkelolanya anggaran', null), indikator: [{ aspek: 'biaya', uraian: 'Realisasi anggaran', targetAngka: 95, targetSatuan: '%', perspektif: 'anggaran' }] },
        ],
      });
      expect(d.revisi).toBe(1);
      expect(d.rhk.map((r) => [r.jenis, r.uraian, r.sumberPk, r.parent])).toEqual([
        ['utama', 'Meningkatnya kualitas pelayanan publik', 'IKU Renstra 2026', null], ['utama', 'Terkelolanya anggaran', null, null],
      ]);
      expect(d.rhk[0]!.indikator[0]).toMatchObject({ aspek: 'kualitas', targetAngka: 85, targetSatuan: 'nilai', perspektif: 'penerima_layanan', metrik: null });
      const [a, b] = d.rhk;
      const d2 = await ok('atasan', 'PUT', `/kinerja/skp/${skpKepala.id}`, {
        revisi: 1, pendekatan: 'kuantitatif',
        rhk: [
          { id: a!.id, jenis: 'utama', uraian: 'Meningkatnya kualitas pelayanan publik', indikator: [{ id: a!.indikator[0]!.id, aspek: 'kualitas', uraian: 'Nilai IKM unit', targetAngka: 88, targetSatuan: 'nilai', perspektif: 'penerima_layanan' }] },
          { id: b!.id, jenis: 'utama', uraian: 'Terkelolanya anggaran dinas', indikator: [{ id: b!.indikator[0]!.id, aspek: 'biaya', uraian: 'Realisasi anggaran', targetAngka: 95, targetSatuan: '%', perspektif: 'anggaran' }] },
        ],
      });
      expect(d2.rhk.map((r) => r.id)).toEqual([a!.id, b!.id]);
      expect(d2.rhk[0]!.indikator[0]).toMatchObject({ id: a!.indikator[0]!.id, uraian: 'Nilai IKM unit', targetAngka: 88 });
      expect(d2.rhk[1]!.uraian).toBe('Terkelolanya anggaran dinas');
      skpKepala = d2;
    });

    it('should list the penilai\'s RHK of the year for the cascade picker (pemilik only)', async () => {
      const r = await ok<RhkAtasan>('kabid', 'GET', `/kinerja/skp/${skpKabid.id}/rhk-atasan`);
      expect(r).toMatchObject({ penilai: { id: k.orang.kepala, nama: 'Kepala Uji' }, skpId: skpKepala.id });
      expect(r.rhk.map((x) => [x.id, x.status])).toEqual(skpKepala.rhk.map((x) => [x.id, 'draft']));
      expect((await minta('atasan', 'GET', `/kinerja/skp/${skpKabid.id}/rhk-atasan`)).statusCode).toBe(403);
      expect((await minta('pel1', 'GET', `/kinerja/skp/${skpKabid.id}/rhk-atasan`)).statusCode).toBe(404);
      const kepala = await ok<RhkAtasan>('atasan', 'GET', `/kinerja/skp/${skpKepala.id}/rhk-atasan`);
      expect(kepala).toEqual({ penilai: null, skpId: null, rhk: [] });
    });

    it('should build the cascade kepala → kabid → kasi → pelaksana', async () => {
      skpKabid = await ok('kabid', 'PUT', `/kinerja/skp/${skpKabid.id}`, {
        revisi: 0, pendekatan: 'kuantitatif',
        rhk: [rhkLengkap('Terlaksananya layanan bidang', skpKepala.rhk[0]!.id), rhkLengkap('Tersusunnya laporan bidang', skpKepala.rhk[1]!.id)],
      });
      expect(skpKabid.rhk[0]!.parent).toEqual({ id: skpKepala.rhk[0]!.id, uraian: 'Meningkatnya kualitas pelayanan publik', pegawaiNama: 'Kepala Uji' });
      skpKasi = await ok('kasi', 'PUT', `/kinerja/skp/${skpKasi.id}`, {
        revisi: 0, pendekatan: 'kuantitatif',
        rhk: [rhkLengkap('Terlaksananya layanan seksi', skpKabid.rhk[0]!.id), rhkLengkap('Terdokumentasinya layanan seksi', skpKabid.rhk[0]!.id)],
      });
      skpPel1 = await ok('pel1', 'PUT', `/kinerja/skp/${skpPel1.id}`, {
        revisi: 0, pendekatan: 'kuantitatif',
        rhk: [
          rhkLengkap('Terlayaninya antrian loket', skpKasi.rhk[0]!.id, {
            indikator: [{ aspek: 'kuantitas', uraian: 'Tiket dilayani', targetAngka: 900, metrik: 'antrian.tiket_dilayani' }],
          }),
          { jenis: 'tambahan', uraian: 'Menjadi panitia kegiatan', indikator: [{ aspek: 'kuantitas', uraian: 'Kegiatan', targetAngka: 1, targetSatuan: 'kegiatan' }] },
        ],
      });
      // the single lingkup of the metric is filled in; satuan may stay empty for a bound indikator
      expect(skpPel1.rhk[0]!.indikator[0]).toMatchObject({ metrik: 'antrian.tiket_dilayani', metrikLingkup: 'pegawai', metrikRefId: null, targetSatuan: null });
      expect(skpPel1.rhk.map((r) => r.jenis)).toEqual(['utama', 'tambahan']);
      skpPel2 = await ok('pel2', 'PUT', `/kinerja/skp/${skpPel2.id}`, {
        revisi: 0, pendekatan: 'kualitatif',
        rhk: [{ jenis: 'utama', uraian: 'Tertatanya arsip', parentRhkId: skpKasi.rhk[1]!.id, indikator: [{ aspek: 'kualitas', uraian: 'Arsip tertata', targetNarasi: 'Arsip seksi tertata dan mudah ditemukan' }] }],
      });
    });

    it.each([
      ['a parent that is not an RHK of the penilai (a colleague\'s)', () => ({ rhk: [rhkLengkap('X', skpPel2.rhk[0]!.id)] }), 400, ['rhk[0].parentRhkId']],
      ['a parent two levels up (the kabid\'s RHK)', () => ({ rhk: [rhkLengkap('X', skpKabid.rhk[0]!.id)] }), 400, ['rhk[0].parentRhkId']],
      ['an RHK id of another SKP', () => ({ rhk: [{ ...rhkLengkap('X', skpKasi.rhk[0]!.id), id: skpPel2.rhk[0]!.id }] }), 400, ['rhk[0].id']],
      ['the same RHK id twice', () => ({ rhk: [{ ...rhkLengkap('X', skpKasi.rhk[0]!.id), id: skpPel1.rhk[0]!.id }, { ...rhkLengkap('Y', skpKasi.rhk[0]!.id), id: skpPel1.rhk[0]!.id }] }), 400, ['rhk[1].id']],
      ['an indikator id of another RHK', () => ({ rhk: [{ ...rhkLengkap('X', skpKasi.rhk[0]!.id), indikator: [{ id: skpPel2.rhk[0]!.indikator[0]!.id, aspek: 'kuantitas', uraian: 'a', targetAngka: 1, targetSatuan: 'b' }] }] }), 400, ['rhk[0].indikator[0].id']],
      ['an unknown metric', () => ({ rhk: [{ ...rhkLengkap('X', skpKasi.rhk[0]!.id), indikator: [{ aspek: 'kuantitas', uraian: 'a', targetAngka: 1, metrik: 'antrian.entah' }] }] }), 400, ['rhk[0].indikator[0].metrik']],
      ['a unit of another OPD for a unit metric', () => ({ rhk: [{ ...rhkLengkap('X', skpKasi.rhk[0]!.id), indikator: [{ aspek: 'kualitas', uraian: 'IKM', targetAngka: 80, metrik: 'skm.ikm', metrikLingkup: 'unit', metrikRefId: k.fx.opdB.id }] }] }), 400, ['rhk[0].indikator[0].metrikRefId']],
      ['an empty RHK uraian (schema)', () => ({ rhk: [{ ...rhkLengkap('X', null), uraian: '  ' }] }), 400, ['body.rhk.0.uraian']],
      ['an unknown aspek (schema)', () => ({ rhk: [{ ...rhkLengkap('X', null), indikator: [{ aspek: 'mutu', uraian: 'a' }] }] }), 400, ['body.rhk.0.indikator.0.aspek']],
      ['a negative target (schema)', () => ({ rhk: [{ ...rhkLengkap('X', null), indikator: [{ aspek: 'kuantitas', uraian: 'a', targetAngka: -1 }] }] }), 400, ['body.rhk.0.indikator.0.targetAngka']],
    ])('should refuse a plan with %s (400, field named, nothing changed)', async (_n, plan, status, fields) => {
      const sebelum = await hitungSkp(t);
      const r = await minta('pel1', 'PUT', `/kinerja/skp/${skpPel1.id}`, { revisi: skpPel1.revisi, pendekatan: 'kuantitatif', ...plan() });
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json().errors.map((e: { field: string }) => e.field)).toEqual(fields);
      expect(await hitungSkp(t)).toEqual(sebelum);
    });

    it('should refuse to remove an RHK a bawahan intervenes in (409 RHK_DIPAKAI, nothing changed)', async () => {
      const sebelum = await hitungSkp(t);
      const r = await minta('kasi', 'PUT', `/kinerja/skp/${skpKasi.id}`, { revisi: skpKasi.revisi, pendekatan: 'kuantitatif', rhk: [] });
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'RHK_DIPAKAI', detail: expect.stringContaining('Pelaksana Satu') });
      expect(await hitungSkp(t)).toEqual(sebelum);
    });
  });

  describe('workflow', () => {
    it('should refuse to submit an incomplete SKP with every field named (400) and change nothing', async () => {
      const d = await ok('kasi', 'PUT', `/kinerja/skp/${skpKasi.id}`, {
        revisi: skpKasi.revisi, pendekatan: 'kuantitatif',
        rhk: [
          { id: skpKasi.rhk[0]!.id, ...rhkLengkap('Terlaksananya layanan seksi', skpKabid.rhk[0]!.id), indikator: [{ id: skpKasi.rhk[0]!.indikator[0]!.id, aspek: 'kuantitas', uraian: 'Layanan', targetAngka: 0 }] },
          { id: skpKasi.rhk[1]!.id, jenis: 'utama', uraian: 'Terdokumentasinya layanan seksi', parentRhkId: null, indikator: [] },
        ],
      });
      const sebelum = await hitungSkp(t);
      const r = await minta('kasi', 'POST', `/kinerja/skp/${skpKasi.id}/ajukan`, { revisi: d.revisi });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().code).toBe('SKP_BELUM_LENGKAP');
      expect(r.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'rhk[0].indikator[0].targetAngka', 'rhk[0].indikator[0].targetSatuan', 'rhk[1].parentRhkId', 'rhk[1].indikator',
      ]);
      expect(await hitungSkp(t)).toEqual(sebelum);
      skpKasi = await ok('kasi', 'PUT', `/kinerja/skp/${skpKasi.id}`, {
        revisi: d.revisi, pendekatan: 'kuantitatif',
        rhk: [
          { id: skpKasi.rhk[0]!.id, ...rhkLengkap('Terlaksananya layanan seksi', skpKabid.rhk[0]!.id), indikator: [{ id: skpKasi.rhk[0]!.indikator[0]!.id, aspek: 'kuantitas', uraian: 'Layanan', targetAngka: 1000, targetSatuan: 'layanan' }] },
          { id: skpKasi.rhk[1]!.id, ...rhkLengkap('Terdokumentasinya layanan seksi', skpKabid.rhk[0]!.id) },
        ],
      });
      expect(skpKasi.rhk[0]!.indikator).toHaveLength(1);
    });

    it('should refuse to submit an SKP without a penilai (409 TANPA_PENILAI)', async () => {
      const r = await minta('atasan', 'POST', `/kinerja/skp/${skpKepala.id}/ajukan`, { revisi: skpKepala.revisi });
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('TANPA_PENILAI');
    });

    it('should submit → notify the penilai → return with a note → resubmit → approve, with history, audit and izin at each step', async () => {
      let d = await ok('pel1', 'POST', `/kinerja/skp/${skpPel1.id}/ajukan`, { revisi: skpPel1.revisi });
      expect(d).toMatchObject({ status: 'diajukan', revisi: skpPel1.revisi + 1, izin: { ubah: false, ajukan: false, putuskan: false } });
      expect(d.diajukanAt).toBe(KINI.toISOString());
      let o = await outbox(skpPel1.id);
      expect(o).toEqual([expect.objectContaining({ kunci: `kinerja:skp_diajukan:${skpPel1.id}:${d.revisi}`, templat: 'kinerja.skp_diajukan', status: 'menunggu' })]);
      expect(o[0]!.data).toEqual({ nama: 'Pelaksana Satu', tahun: 2026, tautan: `/app/kinerja/skp/${skpPel1.id}` });
      // the penilai sees it with putuskan; the atasan penilai reads only
      expect((await ok('kasi', 'GET', `/kinerja/skp/${skpPel1.id}`)).izin).toMatchObject({ putuskan: true, ekspektasi: true, nilai: false });
      expect((await ok('kabid', 'GET', `/kinerja/skp/${skpPel1.id}`))).toMatchObject({ relasi: 'atasan_penilai', izin: { putuskan: false, ekspektasi: false } });
      // pemilik cannot edit while diajukan
      const edit = await minta('pel1', 'PUT', `/kinerja/skp/${skpPel1.id}`, { revisi: d.revisi, pendekatan: 'kuantitatif', rhk: [] });
      expect(edit.statusCode).toBe(409);
      expect(edit.json().code).toBe('STATUS_TIDAK_BOLEH');
      // returning needs a note
      const tanpa = await minta('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/kembalikan`, { revisi: d.revisi, catatan: '  ' });
      expect(tanpa.statusCode).toBe(400);
      expect(tanpa.json().errors[0].field).toBe('body.catatan');
      d = await ok('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/kembalikan`, { revisi: d.revisi, catatan: 'Tambahkan target waktu layanan.' });
      expect(d).toMatchObject({ status: 'dikembalikan', catatanKembali: 'Tambahkan target waktu layanan.', relasi: 'penilai' });
      o = await outbox(skpPel1.id);
      expect(o[1]).toMatchObject({ templat: 'kinerja.skp_diputus', status: 'dilewati', data: { status: 'dikembalikan', catatan: 'Tambahkan target waktu layanan.' } });
      const pemilik = await ok('pel1', 'GET', `/kinerja/skp/${skpPel1.id}`);
      expect(pemilik.izin).toMatchObject({ ubah: true, ajukan: true });
      d = await ok('pel1', 'PUT', `/kinerja/skp/${skpPel1.id}`, {
        revisi: d.revisi, pendekatan: 'kuantitatif',
        rhk: [
          { id: skpPel1.rhk[0]!.id, ...rhkLengkap('Terlayaninya antrian loket', skpKasi.rhk[0]!.id), indikator: [
            { id: skpPel1.rhk[0]!.indikator[0]!.id, aspek: 'kuantitas', uraian: 'Tiket dilayani', targetAngka: 900, metrik: 'antrian.tiket_dilayani' },
            { aspek: 'waktu', uraian: 'Median waktu layanan', targetAngka: 10, metrik: 'antrian.layanan_median_menit', metrikLingkup: 'pegawai' },
          ] },
          { id: skpPel1.rhk[1]!.id, jenis: 'tambahan', uraian: 'Menjadi panitia kegiatan', indikator: [{ id: skpPel1.rhk[1]!.indikator[0]!.id, aspek: 'kuantitas', uraian: 'Kegiatan', targetAngka: 1, targetSatuan: 'kegiatan' }] },
        ],
      });
      d = await ok('pel1', 'POST', `/kinerja/skp/${skpPel1.id}/ajukan`, { revisi: d.revisi });
      expect(d).toMatchObject({ status: 'diajukan', catatanKembali: null });
      d = await ok('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/setujui`, { revisi: d.revisi });
      expect(d).toMatchObject({ status: 'disetujui', disetujuiAt: KINI.toISOString(), izin: { putuskan: false, ekspektasi: true, nilai: true, realisasi: false } });
      expect((await ok('pel1', 'GET', `/kinerja/skp/${skpPel1.id}`)).izin).toMatchObject({ ubah: false, ajukan: false, realisasi: true, nilai: false });
      expect(d.riwayat.map((r) => [r.aksi, r.oleh])).toEqual([
        ['dibuat', 'Pelaksana Satu'], ['diajukan', 'Pelaksana Satu'], ['dikembalikan', 'Kasi Uji'], ['diajukan', 'Pelaksana Satu'], ['disetujui', 'Kasi Uji'],
      ]);
      expect(d.riwayat[2]!.catatan).toBe('Tambahkan target waktu layanan.');
      expect((await audit(skpPel1.id)).map((a) => a.aksi)).toEqual([
        'kinerja.skp.dibuat', 'kinerja.skp.diubah', 'kinerja.skp.diajukan', 'kinerja.skp.dikembalikan', 'kinerja.skp.diubah', 'kinerja.skp.diajukan', 'kinerja.skp.disetujui',
      ]);
      expect((await outbox(skpPel1.id)).map((x) => x.templat)).toEqual(['kinerja.skp_diajukan', 'kinerja.skp_diputus', 'kinerja.skp_diajukan', 'kinerja.skp_diputus']);
      skpPel1 = d;
      // an approved plan is fixed
      const r = await minta('pel1', 'PUT', `/kinerja/skp/${skpPel1.id}`, { revisi: d.revisi, pendekatan: 'kuantitatif', rhk: [] });
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('STATUS_TIDAK_BOLEH');
    });

    it.each([
      // user, action, expected status, code
      ['pel2', 'setujui', 404, 'SKP_TIDAK_DITEMUKAN'], // sibling: no relation
      ['stafb', 'setujui', 404, 'SKP_TIDAK_DITEMUKAN'], // other OPD
      ['admin_opd_b', 'setujui', 404, 'SKP_TIDAK_DITEMUKAN'],
      ['pimpinan', 'setujui', 404, 'SKP_TIDAK_DITEMUKAN'],
      ['pel2', 'ajukan', 404, 'SKP_TIDAK_DITEMUKAN'],
      ['kasi', 'ajukan', 403, 'AKSES_DITOLAK'], // the penilai does not submit for the pegawai
      ['kabid', 'setujui', 403, 'AKSES_DITOLAK'], // atasan penilai reads only
      ['atasan', 'kembalikan', 403, 'AKSES_DITOLAK'], // higher up reads only
      ['admin_opd', 'setujui', 403, 'AKSES_DITOLAK'],
      ['admin', 'kembalikan', 403, 'AKSES_DITOLAK'],
    ])('should answer %s doing %s on another\'s submitted SKP with %i %s, changing nothing', async (user, aksi, status, code) => {
      // pel2's kualitatif SKP is submitted for this table
      if ((await ok('pel2', 'GET', `/kinerja/skp/${skpPel2.id}`)).status === 'draft') {
        skpPel2 = await ok('pel2', 'POST', `/kinerja/skp/${skpPel2.id}/ajukan`, { revisi: skpPel2.revisi });
      }
      const s = skpPel2;
      const target = user === 'pel2' ? skpPel1 : s;
      const sebelum = await hitungSkp(t);
      const r = await minta(user, 'POST', `/kinerja/skp/${target.id}/${aksi}`, { revisi: target.revisi, catatan: 'Catatan uji yang cukup.' });
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json().code).toBe(code);
      expect(await hitungSkp(t)).toEqual(sebelum);
    });

    it('should refuse a stale revisi (409 REVISI_USANG) and the wrong status (409 STATUS_TIDAK_BOLEH), changing nothing', async () => {
      const sebelum = await hitungSkp(t);
      const basi = await minta('kasi', 'POST', `/kinerja/skp/${skpPel2.id}/setujui`, { revisi: skpPel2.revisi - 1 });
      expect(basi.statusCode).toBe(409);
      expect(basi.json().code).toBe('REVISI_USANG');
      const lagi = await minta('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/setujui`, { revisi: skpPel1.revisi });
      expect(lagi.statusCode).toBe(409);
      expect(lagi.json().code).toBe('STATUS_TIDAK_BOLEH');
      const ubahBasi = await minta('kasi', 'PUT', `/kinerja/skp/${skpKasi.id}`, { revisi: skpKasi.revisi - 1, pendekatan: 'kuantitatif', rhk: [] });
      expect(ubahBasi.json().code).toBe('REVISI_USANG');
      expect(await hitungSkp(t)).toEqual(sebelum);
      skpPel2 = await ok('kasi', 'POST', `/kinerja/skp/${skpPel2.id}/setujui`, { revisi: skpPel2.revisi });
      skpKasi = await ok('kasi', 'POST', `/kinerja/skp/${skpKasi.id}/ajukan`, { revisi: skpKasi.revisi });
      expect((await outbox(skpKasi.id))[0]).toMatchObject({ templat: 'kinerja.skp_diajukan', status: 'dilewati' }); // kabid has no phone
    });

    it('should let only the penilai set ekspektasi khusus, until penetapan', async () => {
      const d = await ok('kasi', 'PUT', `/kinerja/skp/${skpPel1.id}/perilaku`, { ekspektasi: { akuntabel: 'Tiket selesai dicatat pada hari yang sama.', kolaboratif: '  ' } });
      expect(d.perilaku.find((p) => p.kode === 'akuntabel')!.ekspektasiKhusus).toBe('Tiket selesai dicatat pada hari yang sama.');
      expect(d.perilaku.filter((p) => p.ekspektasiKhusus).length).toBe(1);
      expect(d.revisi).toBe(skpPel1.revisi); // not bumped
      expect(d.riwayat.at(-1)).toMatchObject({ aksi: 'ekspektasi', oleh: 'Kasi Uji' });
      const kosongkan = await ok('kasi', 'PUT', `/kinerja/skp/${skpPel1.id}/perilaku`, { ekspektasi: { akuntabel: null, kompeten: 'Ikut pelatihan layanan prima.' } });
      expect(kosongkan.perilaku.filter((p) => p.ekspektasiKhusus).map((p) => p.kode)).toEqual(['kompeten']);
      const sebelum = await hitungSkp(t);
      for (const [user, status] of [['pel1', 403], ['kabid', 403], ['admin', 403], ['pel2', 404]] as const) {
        expect((await minta(user, 'PUT', `/kinerja/skp/${skpPel1.id}/perilaku`, { ekspektasi: { loyal: 'x' } })).statusCode).toBe(status);
      }
      const salah = await minta('kasi', 'PUT', `/kinerja/skp/${skpPel1.id}/perilaku`, { ekspektasi: { berakhlak: 'x' } });
      expect(salah.statusCode).toBe(400);
      const basi = await minta('kasi', 'PUT', `/kinerja/skp/${skpPel1.id}/perilaku`, { revisi: 0, ekspektasi: { loyal: 'x' } });
      expect(basi.json().code).toBe('REVISI_USANG');
      await t.db.insert(kinerjaPenetapan).values({ opdId: k.fx.opdA.id, tahun: 2026, batasKeberatan: '2027-01-20', jumlahPegawai: 5 });
      const kunci = await minta('kasi', 'PUT', `/kinerja/skp/${skpPel1.id}/perilaku`, { ekspektasi: { loyal: 'x' } });
      expect(kunci.statusCode).toBe(409);
      expect(kunci.json().code).toBe('TERKUNCI');
      expect((await ok('kasi', 'GET', `/kinerja/skp/${skpPel1.id}`))).toMatchObject({ terkunci: true, izin: { ekspektasi: false, nilai: false } });
      expect(await hitungSkp(t)).toEqual(sebelum);
      await t.db.delete(kinerjaPenetapan);
    });
  });

  describe('trees', () => {
    const rata = (ns: SimpulPohon[], d = 0): string[] => ns.flatMap((n) => [`${'  '.repeat(d)}${n.pegawai.nama}: ${n.uraian}${n.fokus ? ' *' : ''}`, ...rata(n.anak, d + 1)]);

    it('should show the path up from an SKP (no siblings) and everything below it', async () => {
      const p = await ok<PohonSkp>('pel1', 'GET', `/kinerja/skp/${skpPel1.id}/pohon`);
      expect(rata(p.akar)).toEqual([
        'Kepala Uji: Meningkatnya kualitas pelayanan publik',
        '  Kabid Uji, S.E.: Terlaksananya layanan bidang',
        '    Kasi Uji: Terlaksananya layanan seksi',
        '      Pelaksana Satu: Terlayaninya antrian loket *',
        'Pelaksana Satu: Menjadi panitia kegiatan *',
      ]);
      const q = await ok<PohonSkp>('kabid', 'GET', `/kinerja/skp/${skpKasi.id}/pohon`);
      expect(rata(q.akar)).toEqual([
        'Kepala Uji: Meningkatnya kualitas pelayanan publik',
        '  Kabid Uji, S.E.: Terlaksananya layanan bidang',
        '    Kasi Uji: Terlaksananya layanan seksi *',
        '      Pelaksana Satu: Terlayaninya antrian loket',
        '    Kasi Uji: Terdokumentasinya layanan seksi *',
        '      Pelaksana Dua: Tertatanya arsip',
      ]);
      expect(q.akar[0]!.anak[0]!.anak[0]).toMatchObject({ status: 'diajukan', aktif: true, pegawai: { id: k.orang.kasi, jabatan: 'Kepala Seksi Uji' } });
      expect((await minta('pel2', 'GET', `/kinerja/skp/${skpPel1.id}/pohon`)).statusCode).toBe(404);
    });

    it('should give admin any OPD\'s forest, admin OPD their own, an atasan their subtree', async () => {
      const semua = await ok<PohonOpd>('admin', 'GET', `/kinerja/pohon?opdId=${k.fx.opdA.id}&tahun=2026`);
      expect(semua).toMatchObject({ lingkup: 'opd', opd: { id: k.fx.opdA.id, nama: 'Dinas Uji A' }, tahun: 2026 });
      expect(rata(semua.akar)).toEqual([
        'Kepala Uji: Meningkatnya kualitas pelayanan publik',
        '  Kabid Uji, S.E.: Terlaksananya layanan bidang',
        '    Kasi Uji: Terlaksananya layanan seksi',
        '      Pelaksana Satu: Terlayaninya antrian loket',
        '    Kasi Uji: Terdokumentasinya layanan seksi',
        '      Pelaksana Dua: Tertatanya arsip',
        'Kepala Uji: Terkelolanya anggaran dinas',
        '  Kabid Uji, S.E.: Tersusunnya laporan bidang',
        'Pelaksana Satu: Menjadi panitia kegiatan',
      ]);
      expect(await ok<PohonOpd>('admin_opd', 'GET', '/kinerja/pohon')).toEqual(semua);
      const kosong = await ok<PohonOpd>('admin', 'GET', `/kinerja/pohon?opdId=${k.fx.opdB.id}&tahun=2026`);
      expect(kosong.akar).toEqual([]);
      const sub = await ok<PohonOpd>('kasi', 'GET', '/kinerja/pohon');
      expect(sub.lingkup).toBe('subpohon');
      expect(rata(sub.akar)).toEqual([
        'Kasi Uji: Terlaksananya layanan seksi', '  Pelaksana Satu: Terlayaninya antrian loket',
        'Kasi Uji: Terdokumentasinya layanan seksi', '  Pelaksana Dua: Tertatanya arsip',
      ]);
      expect(await ok<PohonOpd>('kasi', 'GET', `/kinerja/pohon?opdId=${k.fx.opdA.id}`)).toEqual(sub);
      const tanpaOpd = await minta('admin', 'GET', '/kinerja/pohon');
      expect([tanpaOpd.statusCode, tanpaOpd.json().errors[0].field]).toEqual([400, 'query.opdId']);
      expect((await minta('admin', 'GET', `/kinerja/pohon?opdId=${k.g.bidang.id}`)).statusCode).toBe(404); // a bidang is not an OPD
      expect((await minta('admin_opd', 'GET', `/kinerja/pohon?opdId=${k.fx.opdB.id}`)).statusCode).toBe(403);
      expect((await minta('kasi', 'GET', `/kinerja/pohon?opdId=${k.fx.opdB.id}`)).statusCode).toBe(403);
      expect((await minta('pel1', 'GET', '/kinerja/pohon')).statusCode).toBe(403); // route permission
    });
  });

  describe('mutasi, team view and BKPSDM penilai change', () => {
    let skpPel2Baru: SkpDetail;

    it('should end the old SKP with the period of the move and start a new one next period with the new atasan', async () => {
      // Pelaksana Dua moves on 10 March to OPD B under Kepala Uji B
      const [jKepalaB] = await queryRows<{ id: number }>(t.db, sql`select id from jabatan where nama = 'Kepala Dinas Uji B'`);
      const jBaru = await jabatanMutasi(t, k.fx.opdB.id, jKepalaB!.id);
      await t.db.update(pegawai).set({ jabatanId: jBaru, unitId: k.fx.opdB.id }).where(eq(pegawai.id, k.orang.pel2));
      const s = await ok<KinerjaSaya>('pel2', 'GET', '/kinerja/saya');
      expect(s).toMatchObject({ penilai: { id: k.orang.kepalaB }, saranBuat: { alasan: 'mutasi', lamaSelesai: '2026-03-31', mulai: '2026-04-01', selesai: '2026-12-31' } });
      skpPel2Baru = await ok('pel2', 'POST', '/kinerja/skp', { tahun: 2026, pendekatan: 'kuantitatif' }, 201);
      expect(skpPel2Baru).toMatchObject({
        periodeMulai: '2026-04-01', periodeSelesai: '2026-12-31', alasanBaru: 'mutasi', menggantikanSkpId: skpPel2.id, status: 'draft',
        pegawai: { jabatan: 'Analis Kebijakan Uji', jenisJabatan: 'FUNGSIONAL', opd: { id: k.fx.opdB.id } },
        penilai: { id: k.orang.kepalaB }, atasanPenilai: null,
      });
      expect(skpPel2Baru.periode.map((p) => p.ke)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const lama = await ok('kasi', 'GET', `/kinerja/skp/${skpPel2.id}`);
      expect(lama).toMatchObject({ periodeSelesai: '2026-03-31', aktif: false, status: 'disetujui', relasi: 'penilai', izin: { nilai: true } });
      expect(lama.periode.map((p) => p.ke)).toEqual([1, 2, 3]);
      expect(lama.riwayat.at(-1)).toMatchObject({ aksi: 'diakhiri', catatan: expect.stringContaining('2026-03-31') });
      // the new atasan rates the new SKP, and has no relation to the old one
      expect((await minta('kepalab', 'GET', `/kinerja/skp/${skpPel2Baru.id}`)).json()).toMatchObject({ relasi: 'penilai' });
      expect((await minta('kepalab', 'GET', `/kinerja/skp/${skpPel2.id}`)).statusCode).toBe(404);
      expect((await minta('kasi', 'GET', `/kinerja/skp/${skpPel2Baru.id}`)).statusCode).toBe(404);
      // once is enough
      const dua = await minta('pel2', 'POST', '/kinerja/skp', { tahun: 2026 });
      expect([dua.statusCode, dua.json().code]).toEqual([409, 'SKP_SUDAH_ADA']);
      const mine = await ok<KinerjaSaya>('pel2', 'GET', '/kinerja/saya');
      expect(mine.skp.map((x) => [x.id, x.aktif, x.periodeSelesai])).toEqual([[skpPel2.id, false, '2026-03-31'], [skpPel2Baru.id, true, '2026-12-31']]);
      expect(mine.saranBuat).toBeNull();
    });

    it('should refuse a new SKP when the move falls in the last period of the year (409 MUTASI_TIDAK_BISA)', async () => {
      const svc = t.app.services.kinerja.skp;
      const [jKasi] = [k.jabatan.kasi];
      await t.db.update(pegawai).set({ jabatanId: jKasi.id }).where(eq(pegawai.id, k.orang.pel1));
      const sebelum = await hitungSkp(t);
      await expect(svc.buat(k.pelaku.pel1!, { tahun: 2026, pendekatan: 'kuantitatif' }, new Date('2026-12-01T09:00:00+07:00')))
        .rejects.toMatchObject({ code: 'MUTASI_TIDAK_BISA', message: expect.stringContaining('2027') });
      expect(await hitungSkp(t)).toEqual(sebelum);
      const s = await svc.saya(k.pelaku.pel1!, {}, new Date('2026-12-01T09:00:00+07:00'));
      expect(s).toMatchObject({ saranBuat: null, saranBuatPesan: expect.stringContaining('periode terakhir') });
      await t.db.update(pegawai).set({ jabatanId: k.jabatan.pel.id }).where(eq(pegawai.id, k.orang.pel1));
    });

    it('should list my team with pending actions (diajukan SKP; ended, unrated periods) and old SKPs I still rate', async () => {
      await t.db.insert(kinerjaPenilaian).values({
        skpId: skpPel1.id, pegawaiId: k.orang.pel1, tahun: 2026, jenisPeriode: 'bulanan', periodeKe: 1, unitId: k.g.bidang.id, opdId: k.fx.opdA.id,
        ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_atas', predikatMatriks: 'baik', predikat: 'baik', penilaiId: k.orang.kasi,
      });
      const kasi = await ok<Tim>('kasi', 'GET', '/kinerja/tim');
      expect(kasi.tahun).toBe(2026);
      expect(kasi.bawahan.map((b) => ({ nama: b.pegawai.nama, langsung: b.langsung, saya: b.penilaiSaya, skp: b.skp?.id, t: b.perluTindakan, belum: b.periodeBelumDinilai, akhir: b.periodeTerakhir }))).toEqual([
        { nama: 'Pelaksana Satu', langsung: true, saya: true, skp: skpPel1.id, t: ['nilai_periode'], belum: [2], akhir: { ke: 1, predikat: 'baik' } },
        // Pelaksana Dua moved away: their old SKP (Jan–Mar) is still mine to rate
        { nama: 'Pelaksana Dua', langsung: false, saya: true, skp: skpPel2.id, t: ['nilai_periode'], belum: [1, 2], akhir: null },
      ]);
      const kabid = await ok<Tim>('kabid', 'GET', '/kinerja/tim');
      expect(kabid.bawahan.map((b) => [b.pegawai.nama, b.langsung, b.penilaiSaya, b.perluTindakan])).toEqual([
        ['Kasi Uji', true, true, ['setujui_skp']],
        ['Pelaksana Satu', false, false, []],
      ]);
      expect(kabid.bawahan[0]!.pegawai).toMatchObject({ nip: '198504042010012004', jabatan: 'Kepala Seksi Uji', unit: 'Bidang Uji A' });
      const kepalaB = await ok<Tim>('kepalab', 'GET', '/kinerja/tim');
      expect(kepalaB.bawahan.map((b) => [b.pegawai.nama, b.skp?.id ?? null])).toEqual([['Pelaksana Dua', skpPel2Baru.id], ['Staf Uji B', null]]);
      expect(await ok<Tim>('admin', 'GET', '/kinerja/tim')).toEqual({ tahun: 2026, bawahan: [] });
      expect((await ok<Tim>('pel1', 'GET', '/kinerja/tim')).bawahan).toEqual([]);
      // the year over: annual rating pending for the running approved SKP
      const akhir = await t.app.services.kinerja.skp.tim(k.pelaku.kasi!, { tahun: 2026 }, new Date('2027-01-05T09:00:00+07:00'));
      expect(akhir.bawahan[0]).toMatchObject({ perluTindakan: ['nilai_periode', 'nilai_tahunan'], periodeBelumDinilai: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    });

    it('should let BKPSDM change the penilai (audited, atasan penilai recomputed) and refuse bad input', async () => {
      const sebelum = await hitungSkp(t);
      for (const [body, status, field] of [
        [{ penilaiId: k.orang.kabid, alasan: 'pendek' }, 400, 'body.alasan'],
        [{ penilaiId: k.orang.pel1, alasan: 'Penilai diganti karena penugasan khusus.' }, 400, 'body.penilaiId'],
        [{ penilaiId: 999999, alasan: 'Penilai diganti karena penugasan khusus.' }, 400, 'body.penilaiId'],
      ] as const) {
        const r = await minta('admin', 'PATCH', `/kinerja/skp/${skpPel1.id}/penilai`, body);
        expect(r.statusCode, r.body).toBe(status);
        expect(r.json().errors[0].field).toBe(field);
      }
      expect((await minta('kasi', 'PATCH', `/kinerja/skp/${skpPel1.id}/penilai`, { penilaiId: k.orang.kabid, alasan: 'Penilai diganti karena penugasan khusus.' })).json().code).toBe('PERAN_TIDAK_CUKUP');
      expect((await minta('admin', 'PATCH', '/kinerja/skp/999999/penilai', { penilaiId: k.orang.kabid, alasan: 'Penilai diganti karena penugasan khusus.' })).statusCode).toBe(404);
      expect(await hitungSkp(t)).toEqual(sebelum);
      const d = await ok('admin', 'PATCH', `/kinerja/skp/${skpPel1.id}/penilai`, { penilaiId: k.orang.kabid, alasan: 'Kasi sedang tugas belajar.', revisi: skpPel1.revisi });
      expect(d).toMatchObject({ relasi: 'admin', penilai: { id: k.orang.kabid }, atasanPenilai: { id: k.orang.kepala }, revisi: skpPel1.revisi + 1 });
      expect(d.riwayat.at(-1)).toMatchObject({ aksi: 'penilai_diubah', oleh: 'Akun admin', catatan: expect.stringContaining('Kasi sedang tugas belajar.') });
      expect((await audit(skpPel1.id)).at(-1)).toMatchObject({
        aksi: 'kinerja.skp.penilai', data: { sebelum: { penilaiId: k.orang.kasi, atasanPenilaiId: k.orang.kabid }, sesudah: { penilaiId: k.orang.kabid, atasanPenilaiId: k.orang.kepala }, alasan: 'Kasi sedang tugas belajar.' },
      });
      expect((await ok('kabid', 'GET', `/kinerja/skp/${skpPel1.id}`))).toMatchObject({ relasi: 'penilai', izin: { nilai: true } });
      // the former penilai is still the pegawai's direct atasan: reads, no longer acts (kinerja.serangan.test.ts)
      expect((await ok('kasi', 'GET', `/kinerja/skp/${skpPel1.id}`))).toMatchObject({ relasi: 'atasan_atas', izin: { putuskan: false, ekspektasi: false, nilai: false } });
      expect((await ok('atasan', 'GET', `/kinerja/skp/${skpPel1.id}`)).relasi).toBe('atasan_penilai');
    });
  });
});
