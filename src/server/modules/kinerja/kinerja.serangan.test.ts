import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SkpDetail } from '../../../contracts/kinerja-skp.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { antrianLokasi } from '../antrian/antrian.table.ts';
import { pegawai } from '../org/org.table.ts';
import { skmRespon } from '../skm/skm.table.ts';
import { kinerjaRealisasi } from './kinerja.table.ts';
import { hitungRealisasi, SEKARANG, seedRealisasiUji } from './kinerja.realisasi.testing.ts';
import { hitungSkp, jabatanMutasi, rhkLengkap, sesi, siapkanKinerjaUji, type KinerjaUji } from './kinerja.skp.testing.ts';

type H = Record<string, string>;
type T = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Regression tests of the adversarial review of the kinerja backend (issue #5 "Who may see what", integrity,
 * evidence): each test pins a bug that was found through the HTTP API and fixed. Runs on PGlite and, with
 * DATABASE_URL, on PostgreSQL (the upload race only shows there: PGlite serialises requests).
 */
describe('kinerja — attacks on realisasi, bukti and evidence', () => {
  let t: T;
  let u: Awaited<ReturnType<typeof seedRealisasiUji>>;
  let pegawaiH: H; let rekan: H;
  const api = (method: 'GET' | 'PUT' | 'POST', url: string, headers: H, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: SEKARANG });
    t = await createTestApp();
    u = await seedRealisasiUji(t.db, t.fixture);
    [pegawaiH, rekan] = await Promise.all([loginAs(t.app, 'pegawai'), loginAs(t.app, 'rekan')]);
  }, 60_000);
  afterAll(async () => { vi.useRealTimers(); await t?.close(); });

  it('should refuse binding an indikator to a queue lokasi of another OPD or an unknown one (400 metrikRefId), changing nothing', async () => {
    const [lokasiB] = await t.db.insert(antrianLokasi).values({ kode: 'kin-b', nama: 'Loket Dinas B', unitId: t.fixture.opdB.id, jamLayanan: {} }).returning();
    const draf = await api('POST', '/kinerja/skp', rekan, { tahun: 2026 });
    expect(draf.statusCode, draf.body).toBe(201);
    const s = draf.json() as SkpDetail;
    const rencana = (ind: Record<string, unknown>) => ({
      revisi: s.revisi, pendekatan: 'kuantitatif',
      rhk: [{ jenis: 'utama', uraian: 'Terlayaninya warga di loket', parentRhkId: null, indikator: [{ aspek: 'waktu', uraian: 'Waktu tunggu', targetAngka: 10, ...ind }] }],
    });
    const sebelum = await queryRows(t.db, sql`select (select count(*)::int from skp_indikator) as ind, (select revisi from skp where id = ${s.id}) as revisi`);
    for (const ind of [
      { metrik: 'antrian.tunggu_median_menit', metrikLingkup: 'lokasi', metrikRefId: lokasiB!.id },
      { metrik: 'antrian.tunggu_median_menit', metrikRefId: lokasiB!.id }, // the metric's only lingkup, left out
      { metrik: 'antrian.persen_dalam_standar', metrikLingkup: 'lokasi', metrikRefId: lokasiB!.id },
      { metrik: 'antrian.tunggu_median_menit', metrikLingkup: 'lokasi', metrikRefId: 987_654 },
    ]) {
      const r = await api('PUT', `/kinerja/skp/${s.id}`, rekan, rencana(ind));
      expect(r.statusCode, `${JSON.stringify(ind)}: ${r.body}`).toBe(400);
      expect(r.json()).toMatchObject({ code: 'RENCANA_TIDAK_VALID', errors: [{ field: 'rhk[0].indikator[0].metrikRefId' }] });
    }
    expect(await queryRows(t.db, sql`select (select count(*)::int from skp_indikator) as ind, (select revisi from skp where id = ${s.id}) as revisi`)).toEqual(sebelum);
    // the lokasi of the own OPD is fine
    const ok = await api('PUT', `/kinerja/skp/${s.id}`, rekan, rencana({ metrik: 'antrian.tunggu_median_menit', metrikLingkup: 'lokasi', metrikRefId: u.lokasi.id }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as SkpDetail).rhk[0]!.indikator[0]).toMatchObject({ metrik: 'antrian.tunggu_median_menit', metrikLingkup: 'lokasi', metrikRefId: u.lokasi.id });
  });

  it('should keep at most 20 bukti per indikator and period when 25 uploads race', async () => {
    const n0 = await hitungRealisasi(t.db);
    const r = await Promise.all(Array.from({ length: 25 }, (_, i) =>
      api('POST', `/kinerja/indikator/${u.indikator.kualitatif.id}/periode/11/bukti`, pegawaiH, { tautan: `https://arsip.tanjungbalaikota.go.id/laporan/${i}`, nama: `Laporan ${i}` })));
    const kode = r.map((x) => x.statusCode).sort();
    expect(kode.filter((k) => k === 201)).toHaveLength(20);
    expect(kode.filter((k) => k === 409)).toHaveLength(5);
    expect(r.filter((x) => x.statusCode === 409).every((x) => x.json().code === 'BUKTI_TERLALU_BANYAK')).toBe(true);
    expect((await hitungRealisasi(t.db)).bukti - n0.bukti).toBe(20);
  });

  it('should move an IKM figure only in whole batches of K answers, so a late answer dated in a past period is never revealed by a difference', async () => {
    // Dinas Uji A's Triwulan IV survey (running) already has 12 answers dated November; K = 10.
    const jawab = (tanggal: string, nilai: number) => ({ surveiId: u.survei.id, tanggal, kanal: 'web' as const, u1: nilai, u2: nilai, u3: nilai, u4: nilai, u5: nilai, u6: nilai, u7: nilai, u8: nilai, u9: nilai });
    const oktober = async (menit: number) => {
      await t.app.services.kinerja.realisasi.isiOtomatis({ skpIds: [u.skpStaf.id], tahun: 2026, periodeKe: 10, now: new Date(SEKARANG.getTime() + menit * 60_000) });
      const [r] = await t.db.select().from(kinerjaRealisasi).where(sql`${kinerjaRealisasi.indikatorId} = ${u.indikator.ikm.id} and ${kinerjaRealisasi.periodeKe} = 10`);
      const x = r!.sumber as { rincian: { responden: number } };
      return { angka: r!.angka, responden: x.rincian.responden };
    };
    await t.db.insert(skmRespon).values(Array.from({ length: 10 }, (_, i) => jawab(`2026-10-${String(5 + i).padStart(2, '0')}`, 4)));
    await t.db.insert(skmRespon).values(Array.from({ length: 8 }, (_, i) => jawab(`2026-11-${String(14 + i).padStart(2, '0')}`, 3)));
    const sebelum = await oktober(1);
    expect(sebelum.responden).toBe(10);
    expect(sebelum.angka).not.toBeNull();
    // One very unhappy citizen dated 31 October (a form typed in late, or a batch straddling the months) is
    // released with 9 November answers: October would go from 10 to 11 answers — the difference is that citizen.
    await t.db.insert(skmRespon).values([jawab('2026-10-31', 1), ...Array.from({ length: 9 }, (_, i) => jawab(`2026-11-${String(20 + i).padStart(2, '0')}`, 3))]);
    const sesudah = await oktober(2);
    expect(sesudah).toEqual(sebelum);
    // every figure over the pooled answers counts a multiple of K
    const nov = await t.app.services.skm.faktaIkmUnit({ unitId: t.fixture.opdA.id, dari: '2026-11-01', sampai: '2026-11-30' }, SEKARANG);
    expect(nov.responden % nov.ambangAnonim).toBe(0);
    const semua = await t.app.services.skm.faktaIkmUnit({ unitId: t.fixture.opdA.id, dari: '2026-10-01', sampai: '2026-11-30' }, SEKARANG);
    expect(semua.responden).toBe(40);
  });
});

/** The clock (Date only) sits in March 2026, monthly periods (as kinerja.skp.test.ts). */
const KINI = new Date('2026-03-10T10:00:00+07:00');

describe('kinerja — attacks on the SKP workflow and who may see it', () => {
  let t: T;
  let k: KinerjaUji;
  let as: ReturnType<typeof sesi>;
  let skpKasi: SkpDetail;
  let skpPel1: SkpDetail;
  const minta = async (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: await as(user), ...(payload !== undefined ? { payload: payload as object } : {}) });
  const ok = async (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown, kode = 200): Promise<SkpDetail> => {
    const r = await minta(user, method, url, payload);
    expect(r.statusCode, `${user} ${method} ${url}: ${r.body}`).toBe(kode);
    return r.json() as SkpDetail;
  };
  /** Status of each caller on the SKP's detail, PDF and cascade tree, and their relation. */
  const lihat = async (users: string[], skpId: number) => {
    const out: Record<string, string> = {};
    for (const user of users) {
      const [d, pdf, pohon] = await Promise.all([
        minta(user, 'GET', `/kinerja/skp/${skpId}`), minta(user, 'GET', `/kinerja/skp/${skpId}/pdf`), minta(user, 'GET', `/kinerja/skp/${skpId}/pohon`),
      ]);
      out[user] = `${d.statusCode}/${pdf.statusCode}/${pohon.statusCode}${d.statusCode === 200 ? ` ${d.json().relasi}` : ''}`;
    }
    return out;
  };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: KINI });
    t = await createTestApp();
    k = await siapkanKinerjaUji(t);
    as = sesi(t);
    // Kasi Uji rates Pelaksana Satu; pel1's SKP is submitted.
    skpKasi = await ok('kasi', 'POST', '/kinerja/skp', { tahun: 2026 }, 201);
    skpKasi = await ok('kasi', 'PUT', `/kinerja/skp/${skpKasi.id}`, { revisi: 0, pendekatan: 'kuantitatif', rhk: [rhkLengkap('Terlaksananya layanan seksi', null)] });
    skpPel1 = await ok('pel1', 'POST', '/kinerja/skp', { tahun: 2026 }, 201);
    skpPel1 = await ok('pel1', 'PUT', `/kinerja/skp/${skpPel1.id}`, { revisi: 0, pendekatan: 'kuantitatif', rhk: [rhkLengkap('Terlayaninya antrian loket', skpKasi.rhk[0]!.id)] });
    skpPel1 = await ok('pel1', 'POST', `/kinerja/skp/${skpPel1.id}/ajukan`, { revisi: skpPel1.revisi });
  }, 60_000);
  afterAll(async () => { vi.useRealTimers(); await t?.close(); });

  it('should refuse a return note holding a NIK-, KK- or NIP-like number (400 body.catatan) — it would make the WhatsApp message undeliverable — and change nothing', async () => {
    const sebelum = await hitungSkp(t);
    for (const catatan of [
      'Uraian memuat NIK warga 1274010101010001, hapus.', 'NIK 1274 0101 0101 0001 jangan ditulis.', 'KK 1274.0101.0101.0001', 'Lihat NIP 198504042010012004.',
    ]) {
      const r = await minta('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/kembalikan`, { revisi: skpPel1.revisi, catatan });
      expect(r.statusCode, `${catatan}: ${r.body}`).toBe(400);
      expect(r.json()).toMatchObject({ code: 'CATATAN_MEMUAT_NIK', errors: [{ field: 'body.catatan' }] });
    }
    expect(await hitungSkp(t)).toEqual(sebelum);
    expect((await ok('pel1', 'GET', `/kinerja/skp/${skpPel1.id}`)).status).toBe('diajukan');
    // 15 digits (e.g. a letter number) are fine, and the message is queued with the note
    const d = await ok('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/kembalikan`, { revisi: skpPel1.revisi, catatan: 'Sesuaikan dengan surat 800123456789012.' });
    expect(d).toMatchObject({ status: 'dikembalikan', catatanKembali: 'Sesuaikan dengan surat 800123456789012.' });
    const [o] = await queryRows<{ data: Record<string, unknown> }>(t.db, sql`select data from notifikasi_outbox where kunci = ${`kinerja:skp_diputus:${skpPel1.id}:${d.revisi}`}`);
    expect(o!.data.catatan).toBe('Sesuaikan dengan surat 800123456789012.');
    skpPel1 = await ok('pel1', 'POST', `/kinerja/skp/${skpPel1.id}/ajukan`, { revisi: d.revisi });
    skpPel1 = await ok('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/setujui`, { revisi: skpPel1.revisi });
  });

  it("should not let the penilai's new superiors in another OPD read the SKPs they rated after they move, while the pegawai's own line still reads", async () => {
    // Kasi Uji moves to Dinas Uji B under Kepala Uji B and Staf Uji takes the seksi; pel1's running SKP keeps
    // Kasi as penilai (snapshot) until BKPSDM changes it.
    const [jKepalaB] = await queryRows<{ id: number }>(t.db, sql`select id from jabatan where nama = 'Kepala Dinas Uji B'`);
    const jBaru = await jabatanMutasi(t, k.fx.opdB.id, jKepalaB!.id);
    const [staf] = await t.db.select().from(pegawai).where(eq(pegawai.id, k.orang.staf));
    await t.db.update(pegawai).set({ jabatanId: jBaru, unitId: k.fx.opdB.id }).where(eq(pegawai.id, k.orang.kasi));
    await t.db.update(pegawai).set({ jabatanId: k.jabatan.kasi.id, unitId: k.g.pKasi.unitId }).where(eq(pegawai.id, k.orang.staf));
    try {
      expect(await lihat(['kepalab', 'stafb', 'admin_opd_b', 'kasi', 'pegawai', 'kabid', 'atasan', 'pel2'], skpPel1.id)).toEqual({
        kepalab: '404/404/404', stafb: '404/404/404', admin_opd_b: '404/404/404',
        kasi: '200/200/200 penilai', pegawai: '200/200/200 atasan_atas', kabid: '200/200/200 atasan_penilai', atasan: '200/200/200 atasan_atas',
        pel2: '404/404/404',
      });
      expect((await minta('kepalab', 'GET', `/kinerja/skp/${skpPel1.id}/periode/2`)).statusCode).toBe(404);
    } finally {
      await t.db.update(pegawai).set({ jabatanId: staf!.jabatanId, unitId: staf!.unitId }).where(eq(pegawai.id, k.orang.staf));
      await t.db.update(pegawai).set({ jabatanId: k.jabatan.kasi.id, unitId: k.g.pKasi.unitId }).where(eq(pegawai.id, k.orang.kasi));
    }
  });

  it("should let the pegawai's direct atasan and the line above read (only) after BKPSDM gives the SKP another penilai", async () => {
    const d = await ok('admin', 'PATCH', `/kinerja/skp/${skpPel1.id}/penilai`, { penilaiId: k.orang.kepalaB, alasan: 'Penugasan khusus pada Dinas Uji B selama 2026.' });
    expect(d).toMatchObject({ penilai: { id: k.orang.kepalaB }, atasanPenilai: null });
    expect(await lihat(['kasi', 'kabid', 'atasan', 'kepalab', 'pel2', 'stafb', 'admin_opd_b', 'pimpinan'], skpPel1.id)).toEqual({
      kasi: '200/200/200 atasan_atas', kabid: '200/200/200 atasan_atas', atasan: '200/200/200 atasan_atas', kepalab: '200/200/200 penilai',
      pel2: '404/404/404', stafb: '404/404/404', admin_opd_b: '404/404/404', pimpinan: '404/404/404',
    });
    // read-only: the former penilai cannot act any more
    const sebelum = await hitungSkp(t);
    const r = await minta('kasi', 'PUT', `/kinerja/skp/${skpPel1.id}/perilaku`, { ekspektasi: { akuntabel: 'Tepat waktu.' } });
    expect([r.statusCode, r.json().code]).toEqual([403, 'AKSES_DITOLAK']);
    const u = await minta('kasi', 'POST', `/kinerja/skp/${skpPel1.id}/periode/2/umpan-balik`, { rhkId: null, isi: 'Pertahankan.' });
    expect([u.statusCode, u.json().code]).toEqual([403, 'AKSES_DITOLAK']);
    expect(await hitungSkp(t)).toEqual(sebelum);
  });
});
