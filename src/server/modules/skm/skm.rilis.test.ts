import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveiHasil } from '../../../contracts/skm.ts';
import { buildServices } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { queryRows } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { createTestApp, loginAs, testConfig } from '../../testing/test-app.ts';
import { batasKertas, createSkmService, jaringanIp, jumlahDirilis, tanggalWib, type Pelaku } from './skm.service.ts';

/**
 * Regression tests of the SKM security review (ADR 0005), with the DEFAULT batch size K = 10:
 * 1. de-anonymisation by diffing live aggregates → release in batches of K, keyed order, per-period publication;
 * 2. an admin OPD inflating its own IKM → status rules, bounded paper imports, counts per kanal;
 * 3. stuffing by rotating the user agent → a per-IP daily cap.
 */

type H = Record<string, string>;
const semua = (n: number) => ({ U1: n, U2: n, U3: n, U4: n, U5: n, U6: n, U7: n, U8: n, U9: n });
const csv = (baris: number, nilai = 4) => ({
  namaBerkas: 'kertas.csv',
  isi: Buffer.from(['U1,U2,U3,U4,U5,U6,U7,U8,U9', ...Array.from({ length: baris }, () => Array(9).fill(nilai).join(','))].join('\n'), 'utf8'),
});

/** Expects an AppError with this code and status; returns it. */
async function gagal(p: Promise<unknown>, code: string, status: number) {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  expect((e as AppError).status).toBe(status);
  return e as AppError;
}

describe('SKM security review (default K = 10)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: H;
  let adminOpd: H;
  let pAdmin: Pelaku;
  let pOpd: Pelaku;
  const tahunIni = Number(tanggalWib(new Date()).slice(0, 4));
  let ipSeq = 0;
  /** A fresh client address for every open-link response (the per-IP cap is 4 in this file). */
  const ipBaru = () => { ipSeq += 1; return `10.${(ipSeq >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq & 255}`; };

  beforeAll(async () => {
    // SKM_AMBANG_ANONIM is NOT set: the default K = 10 applies. A low per-IP cap for the stuffing test.
    t = await createTestApp({ config: { SKM_MAX_PER_IP_HARI: '4' } });
    admin = await loginAs(t.app, 'admin');
    adminOpd = await loginAs(t.app, 'admin_opd');
    pAdmin = { akunId: t.fixture.accounts.admin!, roles: ['admin'], opdId: null };
    pOpd = { akunId: t.fixture.accounts.admin_opd!, roles: ['admin_opd'], opdId: t.fixture.opdA.id };
  });
  afterAll(async () => { await t?.close(); });

  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: H = {}, payload?: unknown, remoteAddress?: string) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }), ...(remoteAddress ? { remoteAddress } : {}) });
  const buat = async (body: Record<string, unknown>, headers = adminOpd) => {
    const res = await api('POST', '/skm/survei', headers, { unitId: t.fixture.opdA.id, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; kode: string };
  };
  const jawabWeb = async (kode: string, body: Record<string, unknown>) => {
    const res = await api('POST', `/skm/publik/survei/${kode}/respon`, { 'user-agent': 'Uji/1.0' }, body, ipBaru());
    expect(res.statusCode, res.body).toBe(201);
  };
  const hasil = async (id: number) => (await api('GET', `/skm/survei/${id}/hasil`, adminOpd)).json() as SurveiHasil;

  describe('configuration', () => {
    it('should default SKM_AMBANG_ANONIM to 10 and SKM_MAX_PER_IP_HARI to 300, and refuse values below 1', () => {
      const c = loadConfig({});
      expect(c.SKM_AMBANG_ANONIM).toBe(10);
      expect(c.SKM_MAX_PER_IP_HARI).toBe(300);
      expect(() => loadConfig({ SKM_AMBANG_ANONIM: '0' })).toThrow(/SKM_AMBANG_ANONIM/);
      expect(() => loadConfig({ SKM_MAX_PER_IP_HARI: '0' })).toThrow(/SKM_MAX_PER_IP_HARI/);
      expect(t.config.SKM_AMBANG_ANONIM).toBe(10);
      expect(jumlahDirilis(23, false, 10)).toBe(20);
      expect(jumlahDirilis(23, true, 10)).toBe(23);
      // a final survey below K is held back entirely (F3, minimum count)
      expect(jumlahDirilis(7, true, 10)).toBe(0);
    });
  });

  describe('1. release in batches of K', () => {
    let s: { id: number; kode: string };
    let sebelum: SurveiHasil;
    let daftarSebelum: unknown;

    beforeAll(async () => {
      s = await buat({ layanan: 'Rilis', jenisPeriode: 'tahun', tahun: tahunIni, populasi: 1000 });
      for (let i = 0; i < 10; i++) {
        await jawabWeb(s.kode, { jawaban: semua(i % 2 ? 4 : 3), jenisKelamin: i % 2 ? 'L' : 'P', saran: `Saran awal ${i}` });
      }
      sebelum = await hasil(s.id);
      daftarSebelum = (await api('GET', `/skm/survei?tahun=${tahunIni}`, adminOpd)).json().items.find((x: { id: number }) => x.id === s.id);
    });

    it('should not let one known respondent (invitation 200 → 410) change any result of an active survey', async () => {
      expect(sebelum.hasil.responden).toBe(10);
      // the admin OPD hands out an invitation and watches it being used …
      const [u] = (await api('POST', `/skm/survei/${s.id}/undangan`, adminOpd, { jumlah: 1 })).json() as Array<{ token: string }>;
      expect((await api('GET', `/skm/publik/undangan/${u!.token}`)).statusCode).toBe(200);
      const kirim = await api('POST', `/skm/publik/undangan/${u!.token}/respon`, {}, {
        jawaban: semua(1), jenisKelamin: 'L', usia: '60+', pendidikan: 'S3', pekerjaan: 'Lainnya', saran: 'Saran rahasia si warga',
      });
      expect(kirim.statusCode).toBe(201);
      expect((await api('GET', `/skm/publik/undangan/${u!.token}`)).statusCode).toBe(410);
      // … but nothing it can see moved: IKM, per unsur, demographics, saran, trend, the list, the export rows
      const sesudah = await hasil(s.id);
      expect(sesudah.hasil).toEqual(sebelum.hasil);
      expect(sesudah.progres).toEqual(sebelum.progres);
      expect(sesudah.perKanal).toEqual(sebelum.perKanal);
      expect(sesudah.demografi).toEqual(sebelum.demografi);
      expect(sesudah.saran).toEqual(sebelum.saran);
      expect(sesudah.saran).not.toContain('Saran rahasia si warga');
      expect(sesudah.tren).toEqual(sebelum.tren);
      expect(sebelum.survei.responTertunda).toBe(0);
      expect(sesudah.survei.responTertunda).toBe(1);
      expect(sesudah.survei.ambangAnonim).toBe(10);
      const daftar = (await api('GET', `/skm/survei?tahun=${tahunIni}`, adminOpd)).json().items.find((x: { id: number }) => x.id === s.id);
      expect({ ...daftar, responTertunda: 0 }).toEqual(daftarSebelum);
      const satu = (await api('GET', `/skm/survei/${s.id}`, adminOpd)).json();
      expect([satu.responden, satu.ikm, satu.responTertunda]).toEqual([10, sebelum.hasil.ikm, 1]);
      const laporan = await t.app.services.skm.buildLaporan(pOpd, s.id);
      expect(laporan.responden).toHaveLength(10);
      expect(laporan.responden.some((r) => r.usia === '60+')).toBe(false);
      expect(laporan.saran).not.toContain('Saran rahasia si warga');
      for (const url of [`/skm/survei/${s.id}/ekspor.xlsx`, `/skm/survei/${s.id}/laporan.pdf`]) {
        expect((await api('GET', url, adminOpd)).statusCode).toBe(200);
      }
    });

    it('should release the next batch only when K more responses arrived, the earliest first', async () => {
      for (let i = 0; i < 8; i++) await jawabWeb(s.kode, { jawaban: semua(2) });
      let h = await hasil(s.id);
      expect([h.hasil.responden, h.survei.responTertunda]).toEqual([10, 9]);
      expect(h.hasil).toEqual(sebelum.hasil);
      await jawabWeb(s.kode, { jawaban: semua(2) });
      h = await hasil(s.id);
      expect([h.hasil.responden, h.survei.responTertunda]).toEqual([20, 0]);
      expect(h.hasil.perUnsur.every((u) => u.jumlahJawaban === 20)).toBe(true);
      expect(h.perKanal).toEqual({ web: 19, undangan: 1, kertas: 0, kiosk: 0 });
      expect(h.saran).toContain('Saran rahasia si warga');
      expect(h.demografi.usia).toContainEqual({ nilai: '60+', jumlah: 1 });
      // (10 × 3.5 + 1 + 9 × 2) / 20 = 2.7 → 67.5
      expect(h.hasil.ikm).toBe(67.5);
      expect(h.progres.responden).toBe(20);
    });

    it('should count every response, the final partial batch included, once admin BKPSDM closes the survey early', async () => {
      for (let i = 0; i < 3; i++) await jawabWeb(s.kode, { jawaban: semua(4) });
      expect((await hasil(s.id)).hasil.responden).toBe(20);
      // the admin OPD cannot close a running period (that would release the tail at a moment it chooses)
      const dini = await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { status: 'ditutup' });
      expect(dini.statusCode).toBe(403);
      expect(dini.json()).toMatchObject({ code: 'TUTUP_SEBELUM_BERAKHIR', detail: expect.stringContaining('admin BKPSDM') });
      expect((await api('PATCH', `/skm/survei/${s.id}`, admin, { status: 'ditutup' })).statusCode).toBe(200);
      const h = await hasil(s.id);
      expect([h.hasil.responden, h.survei.responTertunda, h.progres.responden]).toEqual([23, 0, 23]);
      expect((await t.app.services.skm.buildLaporan(pOpd, s.id)).responden).toHaveLength(23);
      // the trend of a later survey of the same unit + layanan shows this one by its own status
      const lanjut = await buat({ layanan: 'Rilis', jenisPeriode: 'tahun', tahun: tahunIni + 1 });
      const dulu = await api('POST', `/skm/publik/survei/${lanjut.kode}/respon`, { 'user-agent': 'Uji/1.0' }, { jawaban: semua(4) }, ipBaru());
      expect(dulu.statusCode).toBe(409); // its period has not started
      const tren = (await hasil(lanjut.id)).tren.map((x) => [x.surveiId, x.responden]);
      expect(tren).toEqual([[s.id, 23], [lanjut.id, 0]]);
    });

    it('should order saran and export rows by a keyed pseudo-random order, not by submission time', async () => {
      const u = await buat({ layanan: 'Urutan', jenisPeriode: 'tahun', tahun: tahunIni, populasi: 500 });
      const skm = t.app.services.skm;
      const saranUrut: string[] = [];
      for (let i = 1; i <= 30; i++) {
        const saran = `Saran ke-${String(i).padStart(2, '0')}`;
        saranUrut.push(saran);
        const hari = new Date(`${tahunIni}-01-${String(i).padStart(2, '0')}T10:00:00+07:00`);
        await skm.kirimRespon(u.kode, { jawaban: semua(1 + (i % 4)), saran }, { ip: ipBaru(), userAgent: 'urut' }, hari);
      }
      const h = await hasil(u.id);
      expect([...h.saran].sort()).toEqual(saranUrut);
      expect(h.saran).not.toEqual(saranUrut);
      expect(h.saran).not.toEqual([...saranUrut].reverse());
      expect((await hasil(u.id)).saran).toEqual(h.saran); // stable
      const rows = (await skm.buildLaporan(pOpd, u.id)).responden;
      expect(rows).toHaveLength(30);
      // per-row date coarsened to the month, electronic channels merged (no day or invitation to pick out)
      expect(rows.every((r) => /^\d{4}-\d{2}$/.test(r.tanggal) && r.kanal === 'elektronik')).toBe(true);
      const u1 = rows.map((r) => r.jawaban.U1);
      const dikirim = Array.from({ length: 30 }, (_, k) => 1 + ((k + 1) % 4));
      expect([...u1].sort()).toEqual([...dikirim].sort());
      expect(u1).not.toEqual(dikirim);
      // the key is the server secret's: another secret gives another order
      const lain = createSkmService(t.db, { org: t.app.services.org, secret: 'rahasia-lain-0123456789abcdef0123456789' });
      expect((await lain.getHasil(pOpd, u.id)).saran).not.toEqual(h.saran);
    });

    it('should publish only surveys whose period has ended — never a running one, even ditutup — with all their responses and the paper share', async () => {
      const [unit] = await queryRows<{ id: number }>(t.db, sql`
        insert into unit_organisasi (kode, nama, jenis, is_unit_layanan, opd_id) values ('T-A-PUB', 'UPT Uji Publikasi', 'UPT', true, ${t.fixture.opdA.id}) returning id`);
      const unitId = Number(unit!.id);
      const skm = t.app.services.skm;
      const lalu = await buat({ unitId, jenisPeriode: 'tahun', tahun: tahunIni - 1, populasi: 100 });
      const kini = await buat({ unitId, jenisPeriode: 'triwulan', tahun: tahunIni, ke: Math.floor((new Date().getMonth()) / 3) + 1 });
      // last year's answers were given during last year; its paper questionnaires typed in during the period
      const tahunLalu = new Date(`${tahunIni - 1}-06-15T10:00:00+07:00`);
      for (let i = 0; i < 7; i++) await skm.kirimRespon(lalu.kode, { jawaban: semua(3) }, { ip: ipBaru(), userAgent: 'lalu' }, tahunLalu);
      await skm.imporKertas(pOpd, lalu.id, csv(5, 4), tahunLalu); // 12 stored: 7 web, then 5 paper
      for (let i = 0; i < 12; i++) await jawabWeb(kini.kode, { jawaban: semua(1) });
      const pub = (await api('GET', '/skm/publik/ikm')).json() as Array<{ surveiId: number; responden: number; kertas: number; ikm: number }>;
      // the running quarter (aktif, period not over) is not published even with a full batch; last year's is
      expect(pub.map((p) => p.surveiId)).not.toContain(kini.id);
      const p = pub.find((x) => x.surveiId === lalu.id)!;
      // the period has ended: ALL 12 responses count (no batching any more), not 10
      expect(p).toMatchObject({ responden: 12, kertas: 5 });
      expect(p.ikm).toBe((await hasil(lalu.id)).hasil.ikm);
      expect((await hasil(lalu.id)).survei).toMatchObject({ responden: 12, responTertunda: 0, ditahan: false });
      // closing the running quarter early (admin BKPSDM) does NOT publish it: its period is not over
      expect((await api('PATCH', `/skm/survei/${kini.id}`, admin, { status: 'ditutup' })).statusCode).toBe(200);
      const pub2 = (await api('GET', '/skm/publik/ikm')).json() as Array<{ surveiId: number; responden: number; kertas: number }>;
      expect(pub2.map((x) => x.surveiId)).not.toContain(kini.id);
      expect(pub2.find((x) => x.surveiId === lalu.id)).toMatchObject({ responden: 12, kertas: 5 });
      // once the quarter has ended it is the latest per unit + layanan
      const selesai = (await skm.getSurvei(pAdmin, kini.id)).selesai;
      const sesudah = await skm.listPublikasi(new Date(Date.parse(`${selesai}T12:00:00+07:00`) + 86_400_000));
      expect(sesudah.find((x) => x.surveiId === kini.id)).toMatchObject({ responden: 12, kertas: 0 });
      expect(sesudah.map((x) => x.surveiId)).not.toContain(lalu.id);
    });
  });

  describe('2. an admin OPD cannot inflate its own IKM', () => {
    it('should let only admin (BKPSDM) reopen a ditutup survey or set it to draf', async () => {
      const s = await buat({ layanan: 'Tutup', jenisPeriode: 'tahun', tahun: tahunIni });
      await jawabWeb(s.kode, { jawaban: semua(2) });
      expect((await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { status: 'ditutup' })).statusCode).toBe(403); // period running
      expect((await api('PATCH', `/skm/survei/${s.id}`, admin, { status: 'ditutup' })).statusCode).toBe(200);
      for (const status of ['aktif', 'draf']) {
        const res = await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { status });
        expect(res.statusCode, status).toBe(403);
        expect(res.json()).toMatchObject({ code: 'STATUS_KHUSUS_ADMIN', detail: expect.stringContaining('admin BKPSDM') });
      }
      expect((await api('GET', `/skm/survei/${s.id}`, adminOpd)).json().status).toBe('ditutup');
      // other fields of a closed survey may still be edited by the OPD
      expect((await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { judul: 'SKM ditutup — judul baru' })).statusCode).toBe(200);
      const buka = await api('PATCH', `/skm/survei/${s.id}`, admin, { status: 'aktif' });
      expect(buka.statusCode).toBe(200);
      const [a] = await queryRows<{ data: unknown }>(t.db, sql`
        select data from audit_log where aksi = 'skm.survei.ubah' and entitas_id = ${String(s.id)} order by id desc limit 1`);
      expect(a!.data).toEqual({ sebelum: { status: 'ditutup' }, sesudah: { status: 'aktif' }, respon: 1 });
    });

    it('should not let an admin OPD hide a survey that has responses by setting it to draf', async () => {
      const s = await buat({ layanan: 'Sembunyi', jenisPeriode: 'tahun', tahun: tahunIni });
      expect((await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { status: 'draf' })).statusCode).toBe(200); // no response yet
      expect((await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { status: 'aktif' })).statusCode).toBe(200);
      await jawabWeb(s.kode, { jawaban: semua(1) });
      const res = await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { status: 'draf' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('STATUS_KHUSUS_ADMIN');
      expect((await api('PATCH', `/skm/survei/${s.id}`, admin, { status: 'draf' })).statusCode).toBe(200);
    });

    it('should bound all paper imports of a survey to 2 × max(target sampel, 100) rows and say so', async () => {
      expect(batasKertas(null)).toEqual({ batas: 200, target: null });
      expect(batasKertas(50)).toEqual({ batas: 200, target: 44 });
      expect(batasKertas(3000)).toEqual({ batas: 682, target: 341 });
      expect(batasKertas(1_000_000)).toEqual({ batas: 768, target: 384 });
      const s = await buat({ layanan: 'Kertas', jenisPeriode: 'tahun', tahun: tahunIni });
      const skm = t.app.services.skm;
      expect(await skm.imporKertas(pOpd, s.id, csv(150))).toEqual({ diimpor: 150 });
      const e = await gagal(skm.imporKertas(pOpd, s.id, csv(51)), 'IMPOR_TIDAK_VALID', 400);
      expect(e.message).toMatch(/paling banyak 200 baris/);
      expect(e.errors).toEqual([{ field: 'file', message: expect.stringMatching(/200 baris.*sudah berisi 150 baris kertas dan berkas ini 51 baris/) }]);
      expect(await skm.imporKertas(pOpd, s.id, csv(50))).toEqual({ diimpor: 50 });
      // a larger population raises the bound, but never above 768 (the Krejcie–Morgan table saturates at 384)
      expect((await api('PATCH', `/skm/survei/${s.id}`, adminOpd, { populasi: 3000 })).statusCode).toBe(200);
      await gagal(skm.imporKertas(pOpd, s.id, csv(483)), 'IMPOR_TIDAK_VALID', 400);
      expect(await skm.imporKertas(pOpd, s.id, csv(482))).toEqual({ diimpor: 482 });
      const [n] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_respon where survei_id = ${s.id}`);
      expect(Number(n!.n)).toBe(682);
      const [a] = await queryRows<{ data: unknown }>(t.db, sql`
        select data from audit_log where aksi = 'skm.respon.impor' and entitas_id = ${String(s.id)} order by id desc limit 1`);
      expect(a!.data).toEqual({ jumlah: 482, barisKosong: 0, totalKertas: 682 });
      // counts per kanal are over the released responses (682 stored → 680 released while aktif)
      expect((await hasil(s.id)).perKanal).toEqual({ web: 0, undangan: 0, kertas: 680, kiosk: 0 });
    });

    it('should refuse a paper import into a ditutup survey with 409, even for admin', async () => {
      const s = await buat({ layanan: 'Kertas tutup', jenisPeriode: 'tahun', tahun: tahunIni });
      await t.app.services.skm.imporKertas(pOpd, s.id, csv(10, 3));
      expect((await api('PATCH', `/skm/survei/${s.id}`, admin, { status: 'ditutup' })).statusCode).toBe(200);
      const e = await gagal(t.app.services.skm.imporKertas(pAdmin, s.id, csv(10)), 'IMPOR_SURVEI_DITUTUP', 409);
      expect(e.message).toMatch(/sudah ditutup/);
      const h = await hasil(s.id);
      expect(h.hasil.responden).toBe(10);
      expect(h.perKanal.kertas).toBe(10);
    });
  });

  describe('3. stuffing by rotating the user agent', () => {
    it('should cap open-link responses per IP per survey per day whatever the user agent, with a 429 in Indonesian', async () => {
      const s = await buat({ layanan: 'Per IP', jenisPeriode: 'tahun', tahun: tahunIni });
      const ip = '198.51.100.44';
      for (let i = 0; i < 4; i++) {
        const ok = await api('POST', `/skm/publik/survei/${s.kode}/respon`, { 'user-agent': `Agen-${i}` }, { jawaban: semua(4) }, ip);
        expect(ok.statusCode, ok.body).toBe(201);
      }
      const res = await api('POST', `/skm/publik/survei/${s.kode}/respon`, { 'user-agent': 'Agen-baru' }, { jawaban: semua(4) }, ip);
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ code: 'BATAS_IP_HARIAN', detail: expect.stringContaining('jaringan Anda hari ini') });
      // another IP, or another survey from the same IP, is counted separately
      expect((await api('POST', `/skm/publik/survei/${s.kode}/respon`, { 'user-agent': 'Agen-baru' }, { jawaban: semua(4) }, '198.51.100.45')).statusCode).toBe(201);
      const lain = await buat({ layanan: 'Per IP lain', jenisPeriode: 'tahun', tahun: tahunIni });
      expect((await api('POST', `/skm/publik/survei/${lain.kode}/respon`, { 'user-agent': 'Agen-baru' }, { jawaban: semua(4) }, ip)).statusCode).toBe(201);
      const [n] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_respon where survei_id = ${s.id}`);
      expect(Number(n!.n)).toBe(5);
      // only keyed hashes are stored
      expect(JSON.stringify(await queryRows(t.db, sql`select * from skm_pembatas`))).not.toContain('198.51.100.44');
    });

    it('should reset the per-IP cap the next day, keep the device cap, and count a refused submission nowhere', async () => {
      const services = buildServices(testConfig(), t.database);
      const skm = createSkmService(t.db, { org: services.org, secret: 'rahasia-uji-per-ip-0123456789abcdef', maxPerHari: 3, maxPerIpHari: 5 });
      const s = await skm.createSurvei(pAdmin, { unitId: t.fixture.opdA.id, layanan: 'Per IP hari', jenisPeriode: 'tahun', tahun: 2041, bobot: 'exact', demografi: true });
      const hari1 = new Date('2041-03-03T09:00:00+07:00');
      const klien = (ua: string) => ({ ip: '203.0.113.9', userAgent: ua });
      for (let i = 0; i < 5; i++) await skm.kirimRespon(s.kode, { jawaban: semua(4) }, klien(`ua-${i}`), hari1);
      for (let i = 0; i < 3; i++) await gagal(skm.kirimRespon(s.kode, { jawaban: semua(4) }, klien(`ua-x${i}`), hari1), 'BATAS_IP_HARIAN', 429);
      // the device cap still applies first for one agent
      const hari2 = new Date('2041-03-04T09:00:00+07:00');
      for (let i = 0; i < 3; i++) await skm.kirimRespon(s.kode, { jawaban: semua(4) }, klien('satu-agen'), hari2);
      await gagal(skm.kirimRespon(s.kode, { jawaban: semua(4) }, klien('satu-agen'), hari2), 'BATAS_HARIAN', 429);
      // the refused device-cap submission did not use up the IP budget: 2 more agents fit on day 2
      await skm.kirimRespon(s.kode, { jawaban: semua(4) }, klien('dua'), hari2);
      await skm.kirimRespon(s.kode, { jawaban: semua(4) }, klien('tiga'), hari2);
      await gagal(skm.kirimRespon(s.kode, { jawaban: semua(4) }, klien('empat'), hari2), 'BATAS_IP_HARIAN', 429);
      const [n] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_respon where survei_id = ${s.id}`);
      expect(Number(n!.n)).toBe(10);
    });

    it('should count a whole IPv6 /64 as one network, so rotating addresses inside it does not help', async () => {
      expect(jaringanIp('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
      expect(jaringanIp('2001:DB8:1:2::1')).toBe('2001:db8:1:2::/64');
      expect(jaringanIp('2001:db8::1')).toBe('2001:db8:0:0::/64');
      expect(jaringanIp('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
      expect(jaringanIp('::ffff:198.51.100.7')).toBe('198.51.100.7');
      expect(jaringanIp('198.51.100.7')).toBe('198.51.100.7');
      const s = await buat({ layanan: 'IPv6', jenisPeriode: 'tahun', tahun: tahunIni });
      const kirim = (ip: string, ua: string) => api('POST', `/skm/publik/survei/${s.kode}/respon`, { 'user-agent': ua }, { jawaban: semua(4) }, ip);
      for (let i = 0; i < 4; i++) expect((await kirim(`2001:db8:aa:bb::${i + 1}`, `v6-${i}`)).statusCode).toBe(201);
      const res = await kirim('2001:db8:aa:bb:ffff::99', 'v6-baru');
      expect(res.statusCode).toBe(429);
      expect(res.json().code).toBe('BATAS_IP_HARIAN');
      expect((await kirim('2001:db8:aa:cc::1', 'v6-baru')).statusCode).toBe(201); // another /64
    });
  });
  describe('4. second review: made-up periods, tiny surveys, unlimited invitations', () => {
    it('should refuse answers outside the survey period on web and invitation (409 before, 410 after), leaving the invitation unused', async () => {
      const depan = await buat({ layanan: 'Masa depan', jenisPeriode: 'triwulan', tahun: tahunIni + 1, ke: 1 });
      const web = await api('POST', `/skm/publik/survei/${depan.kode}/respon`, { 'user-agent': 'Uji/1.0' }, { jawaban: semua(4) }, ipBaru());
      expect(web.statusCode).toBe(409);
      expect(web.json()).toMatchObject({ code: 'SURVEI_BELUM_DIMULAI', detail: expect.stringContaining(`1 Januari ${tahunIni + 1}`) });
      expect((await api('GET', `/skm/publik/survei/${depan.kode}`)).statusCode).toBe(409);
      expect((await api('GET', '/skm/publik/survei')).json().map((x: { kode: string }) => x.kode)).not.toContain(depan.kode);
      const [u] = (await api('POST', `/skm/survei/${depan.id}/undangan`, adminOpd, { jumlah: 1 })).json() as Array<{ token: string }>;
      expect((await api('GET', `/skm/publik/undangan/${u!.token}`)).statusCode).toBe(409);
      expect((await api('POST', `/skm/publik/undangan/${u!.token}/respon`, {}, { jawaban: semua(4) })).statusCode).toBe(409);
      const [d] = await queryRows<{ digunakan: boolean }>(t.db, sql`select digunakan from skm_undangan where survei_id = ${depan.id}`);
      expect(d!.digunakan).toBe(false);
      const lalu = await buat({ layanan: 'Masa lalu', jenisPeriode: 'tahun', tahun: tahunIni - 1 });
      const telat = await api('POST', `/skm/publik/survei/${lalu.kode}/respon`, { 'user-agent': 'Uji/1.0' }, { jawaban: semua(4) }, ipBaru());
      expect(telat.statusCode).toBe(410);
      expect(telat.json()).toMatchObject({ code: 'SURVEI_PERIODE_BERAKHIR', detail: expect.stringContaining(`31 Desember ${tahunIni - 1}`) });
      const [n] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_respon where survei_id in (${depan.id}, ${lalu.id})`);
      expect(Number(n!.n)).toBe(0);
    });

    it('should accept paper imports only from the period start to 30 days after its end, and say so', async () => {
      const skm = t.app.services.skm;
      const s = await skm.createSurvei(pOpd, { unitId: t.fixture.opdA.id, layanan: 'Kertas periode', jenisPeriode: 'triwulan', tahun: 2042, ke: 1, bobot: 'exact', demografi: true });
      const e = await gagal(skm.imporKertas(pOpd, s.id, csv(200), new Date('2041-12-31T10:00:00+07:00')), 'IMPOR_DI_LUAR_PERIODE', 409);
      expect(e.message).toMatch(/1 Januari 2042 sampai 30 April 2042.*30 hari setelah periode berakhir/);
      await gagal(skm.imporKertas(pOpd, s.id, csv(1), new Date('2042-05-01T08:00:00+07:00')), 'IMPOR_DI_LUAR_PERIODE', 409);
      expect(await skm.imporKertas(pOpd, s.id, csv(3), new Date('2042-04-30T20:00:00+07:00'))).toEqual({ diimpor: 3 });
      // via HTTP, today: a future period is refused (the reported attack: a made-up Triwulan I of next year)
      const depan = await buat({ layanan: 'Kertas depan', jenisPeriode: 'triwulan', tahun: tahunIni + 1, ke: 1 });
      const res = await gagal(skm.imporKertas(pOpd, depan.id, csv(200)), 'IMPOR_DI_LUAR_PERIODE', 409);
      expect(res.status).toBe(409);
    });

    it('should let an admin OPD close only an ended period, and change the bobot of a closed survey only as admin', async () => {
      const lalu = await buat({ layanan: 'Tutup lalu', jenisPeriode: 'tahun', tahun: tahunIni - 1 });
      expect((await api('PATCH', `/skm/survei/${lalu.id}`, adminOpd, { status: 'ditutup' })).statusCode).toBe(200);
      const bobot = await api('PATCH', `/skm/survei/${lalu.id}`, adminOpd, { bobot: '0.11' });
      expect(bobot.statusCode).toBe(403);
      expect(bobot.json()).toMatchObject({ code: 'BOBOT_KHUSUS_ADMIN', detail: expect.stringContaining('admin BKPSDM') });
      expect((await api('PATCH', `/skm/survei/${lalu.id}`, admin, { bobot: '0.11' })).json().bobot).toBe('0.11');
      const kini = await buat({ layanan: 'Tutup kini', jenisPeriode: 'tahun', tahun: tahunIni });
      expect((await api('PATCH', `/skm/survei/${kini.id}`, adminOpd, { bobot: '0.111' })).statusCode).toBe(200); // not closed: the OPD may
    });

    it('should count all responses of an ended period, but show only the count below K (hasil, list, export) and not publish it', async () => {
      const skm = t.app.services.skm;
      const s = await buat({ layanan: 'Kecil', jenisPeriode: 'tahun', tahun: tahunIni - 1 });
      const waktu = new Date(`${tahunIni - 1}-03-10T10:00:00+07:00`);
      for (let i = 0; i < 7; i++) {
        await skm.kirimRespon(s.kode, { jawaban: semua(i % 2 ? 4 : 1), jenisKelamin: 'P', saran: `Saran kecil ${i}` }, { ip: ipBaru(), userAgent: 'kecil' }, waktu);
      }
      const h = await hasil(s.id);
      expect(h.survei).toMatchObject({ responden: 7, ikm: null, responTertunda: 0, ditahan: true, alasanDitahan: expect.stringContaining('kurang dari 10') });
      expect(h.hasil).toMatchObject({ responden: 7, ikm: null, mutu: null, unsurTerlemah: null });
      expect(h.hasil.perUnsur.every((u) => u.nrr === null)).toBe(true);
      expect(h.saran).toEqual([]);
      expect(h.demografi.jenisKelamin!.every((d) => d.jumlah === 0)).toBe(true);
      expect(h.perKanal).toEqual({ web: 0, undangan: 0, kertas: 0, kiosk: 0 });
      expect((await skm.buildLaporan(pOpd, s.id)).responden).toEqual([]);
      for (const url of [`/skm/survei/${s.id}/ekspor.xlsx`, `/skm/survei/${s.id}/laporan.pdf`]) {
        expect((await api('GET', url, adminOpd)).statusCode, url).toBe(200);
      }
      const daftar = (await api('GET', `/skm/survei?tahun=${tahunIni - 1}`, adminOpd)).json().items.find((x: { id: number }) => x.id === s.id);
      expect(daftar).toMatchObject({ responden: 7, ikm: null, ditahan: true });
      expect((await api('GET', '/skm/publik/ikm')).json().map((x: { surveiId: number }) => x.surveiId)).not.toContain(s.id);
      // 13 responses (≥ K): every one counts — not the 10 of a batch — and the survey is published
      for (let i = 0; i < 6; i++) await skm.kirimRespon(s.kode, { jawaban: semua(4) }, { ip: ipBaru(), userAgent: 'kecil' }, waktu);
      const h2 = await hasil(s.id);
      expect(h2.survei).toMatchObject({ responden: 13, ditahan: false, alasanDitahan: null });
      expect(h2.saran).toHaveLength(7);
      expect((await skm.buildLaporan(pOpd, s.id)).responden).toHaveLength(13);
      const pub = (await api('GET', '/skm/publik/ikm')).json() as Array<{ surveiId: number; responden: number }>;
      expect(pub.find((x) => x.surveiId === s.id)).toMatchObject({ responden: 13 });
    });

    it('should bound the printed invitations of a survey to 2 × max(target sampel, 100) with a 409 that says so', async () => {
      const s = await buat({ layanan: 'Undangan batas', jenisPeriode: 'tahun', tahun: tahunIni });
      expect((await api('POST', `/skm/survei/${s.id}/undangan`, adminOpd, { jumlah: 150 })).statusCode).toBe(201);
      const lebih = await api('POST', `/skm/survei/${s.id}/undangan`, adminOpd, { jumlah: 51 });
      expect(lebih.statusCode).toBe(409);
      expect(lebih.json()).toMatchObject({ code: 'UNDANGAN_MELEBIHI_BATAS', detail: expect.stringMatching(/paling banyak 200.*sudah memiliki 150 undangan cetak dan permintaan ini 51/) });
      expect((await api('POST', `/skm/survei/${s.id}/undangan`, adminOpd, { jumlah: 50 })).statusCode).toBe(201);
      expect((await api('POST', `/skm/survei/${s.id}/undangan`, admin, { jumlah: 1 })).statusCode).toBe(409);
      const [n] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from skm_undangan where survei_id = ${s.id}`);
      expect(Number(n!.n)).toBe(200);
    });
  });
});
