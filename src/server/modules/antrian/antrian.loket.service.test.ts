import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../lib/app-error.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.table.ts';
import { notifikasiOutbox } from '../notifikasi/notifikasi.table.ts';
import type { Petugas } from './antrian.loket.service.ts';
import { antrianLoketPetugas, antrianTiket } from './antrian.table.ts';
import { buatLayar, buatLokasi, buatTiket, peristiwaTiket, tiketRow } from './antrian.loket.testkit.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

async function gagal(p: Promise<unknown>, code: string, status: number) {
  const e = (await p.then(() => { throw new Error('seharusnya gagal'); }, (x: unknown) => x)) as AppError;
  expect(e.code, e.message).toBe(code);
  expect(e.status).toBe(status);
  return e;
}

describe('antrian loket service', () => {
  let t: T;
  let svc: T['app']['services']['antrian']['loket'];
  let fx: Awaited<ReturnType<typeof buatLokasi>>;
  let nextAkun = 10_000;
  /** A fresh petugas of OPD A (fake account id: the console keys on akunId only). */
  const petugasBaru = (): Petugas => ({ akunId: nextAkun++, pegawaiId: null, opdId: t.fixture.opdA.id });

  beforeAll(async () => {
    t = await createTestApp();
    svc = t.app.services.antrian.loket;
  });
  afterAll(async () => { await t?.close(); });
  beforeEach(async () => {
    fx = await buatLokasi(t.db, t.fixture.opdA.id, { jumlahLoket: 10 });
  });
  const tiket = (menitLalu: number, extra: Partial<Parameters<typeof buatTiket>[1]> = {}) =>
    buatTiket(t.db, { lokasiId: fx.lokasi.id, layananId: fx.layananA.id, menitLalu, ...extra });
  async function diLoket(i = 0) {
    const p = petugasBaru();
    await svc.masuk(p, fx.loket[i]!.id);
    return p;
  }

  describe('masuk / keluar', () => {
    it('should list the OPD lokasi and sign in, naming the holder when the loket is taken', async () => {
      const a = petugasBaru();
      const s = await svc.masuk(a, fx.loket[0]!.id);
      expect(s.loketSaya).toMatchObject({ id: fx.loket[0]!.id, nomor: 1, layananIds: [fx.layananA.id, fx.layananB.id].sort((x, y) => x - y) });
      expect(s.lokasi.find((l) => l.id === fx.lokasi.id)?.loket).toHaveLength(10);
      expect(await svc.masuk(a, fx.loket[0]!.id)).toMatchObject({ loketSaya: { id: fx.loket[0]!.id } }); // idempotent
      // the real petugas account of the fixture, so the name is known
      const b: Petugas = { akunId: t.fixture.accounts.petugas!, pegawaiId: null, opdId: t.fixture.opdA.id };
      await svc.masuk(b, fx.loket[1]!.id);
      const e = await gagal(svc.masuk(a, fx.loket[1]!.id), 'SUDAH_DI_LOKET_LAIN', 409);
      expect(e.message).toContain('Loket 1');
      const c = petugasBaru();
      const e2 = await gagal(svc.masuk(c, fx.loket[1]!.id), 'LOKET_DIPAKAI', 409);
      expect(e2.message).toContain('Akun petugas');
      await svc.keluar(b);
      await svc.keluar(b); // no-op
      expect((await svc.masuk(c, fx.loket[1]!.id)).loketSaya?.id).toBe(fx.loket[1]!.id);
    });

    it('should refuse a loket of another OPD and a petugas without OPD', async () => {
      const lain = await buatLokasi(t.db, t.fixture.opdB.id);
      await gagal(svc.masuk(petugasBaru(), lain.loket[0]!.id), 'DI_LUAR_OPD', 403);
      await gagal(svc.masuk({ akunId: nextAkun++, pegawaiId: null, opdId: null }, fx.loket[0]!.id), 'DI_LUAR_OPD', 403);
      await gagal(svc.masuk(petugasBaru(), 999_999), 'LOKET_TIDAK_DITEMUKAN', 404);
      expect((await svc.saya(petugasBaru())).lokasi.map((l) => l.id)).not.toContain(lain.lokasi.id);
    });

    it('should refuse console actions before signing in', async () => {
      await gagal(svc.panggil(petugasBaru()), 'BELUM_MASUK_LOKET', 409);
    });
  });

  describe('panggil', () => {
    it('should call in order, record the event, and refuse a second call while a ticket is open', async () => {
      const p = await diLoket();
      const t1 = await tiket(10);
      const t2 = await tiket(5);
      const a = await svc.panggil(p);
      expect(a).toMatchObject({ id: t1.id, status: 'dipanggil', jumlahPanggil: 1, loketId: fx.loket[0]!.id });
      await gagal(svc.panggil(p), 'MASIH_MELAYANI', 409);
      await gagal(svc.keluar(p), 'MASIH_MELAYANI', 409);
      expect((await peristiwaTiket(t.db, t1.id)).map((x) => [x.aksi, x.dari, x.ke, x.akunId, x.loketId]))
        .toEqual([['panggil', 'menunggu', 'dipanggil', p.akunId, fx.loket[0]!.id]]);
      expect((await svc.antrean(p)).items.map((x) => x.id)).toEqual([t2.id]);
      expect((await svc.saya(p)).tiketSaya?.id).toBe(t1.id);
    });

    it('should answer ANTRIAN_KOSONG when nobody waits for my layanan', async () => {
      const p = await diLoket(3); // loket 4 serves only A
      await tiket(5, { layananId: fx.layananB.id, prefix: 'B' });
      await gagal(svc.panggil(p), 'ANTRIAN_KOSONG', 404);
    });

    it('should interleave one priority ticket after every 3 regular calls, across calls', async () => {
      const p = await diLoket();
      const r = [await tiket(50), await tiket(40), await tiket(30), await tiket(20)];
      const prio = await tiket(10, { prioritas: 'lansia' });
      const dipanggil: number[] = [];
      for (let i = 0; i < 5; i++) {
        const x = await svc.panggil(p);
        dipanggil.push(x.id);
        await svc.mulai(p, x.id);
        await svc.selesai(p, x.id);
      }
      expect(dipanggil).toEqual([r[0]!.id, r[1]!.id, r[2]!.id, prio.id, r[3]!.id]);
    });

    it.each([2, 10])('should never give the same ticket to %i consoles calling at the same instant', async (n) => {
      const konsol = await Promise.all(Array.from({ length: n }, (_, i) => diLoket(i)));
      for (let i = 0; i < n + 2; i++) await tiket(60 - i);
      const hasil = await Promise.allSettled(konsol.map((p) => svc.panggil(p)));
      const ids = hasil.flatMap((h) => (h.status === 'fulfilled' ? [h.value.id] : []));
      expect(hasil.filter((h) => h.status === 'rejected')).toEqual([]);
      expect(ids).toHaveLength(n);
      expect(new Set(ids).size).toBe(n);
      const rows = await t.db.select().from(antrianTiket).where(eq(antrianTiket.lokasiId, fx.lokasi.id));
      expect(rows.filter((x) => x.status === 'dipanggil')).toHaveLength(n);
    });

    it('should let consoles take the remaining tickets when there are fewer tickets than consoles', async () => {
      const konsol = await Promise.all(Array.from({ length: 4 }, (_, i) => diLoket(i)));
      await tiket(3);
      await tiket(2);
      const hasil = await Promise.allSettled(konsol.map((p) => svc.panggil(p)));
      const ok = hasil.flatMap((h) => (h.status === 'fulfilled' ? [h.value.id] : []));
      expect(new Set(ok).size).toBe(2);
      expect(hasil.filter((h) => h.status === 'rejected').map((h) => ((h as PromiseRejectedResult).reason as AppError).code))
        .toEqual(['ANTRIAN_KOSONG', 'ANTRIAN_KOSONG']);
    });

    it('should queue "N orang lagi" once for the ticket that reaches the threshold, only with a phone', async () => {
      const p = await diLoket();
      const enc = t.app.services.dataPribadi.enkripsi('081234567890');
      const line = [await tiket(50), await tiket(40), await tiket(30), await tiket(20, { teleponEnc: enc }), await tiket(10, { teleponEnc: enc }), await tiket(5, { teleponEnc: enc })];
      const sisa = async () => (await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.templat, 'antrian.sisa'))).map((x) => x.kunci);
      await svc.panggil(p); // line[0] called; line[3] now has 2 ahead, line[4] 3 ahead
      expect(await sisa()).toEqual(expect.arrayContaining([`antrian:sisa:${line[3]!.id}`, `antrian:sisa:${line[4]!.id}`]));
      expect(await sisa()).not.toContain(`antrian:sisa:${line[5]!.id}`);
      const n = (await sisa()).length;
      await svc.lewati(p, line[0]!.id);
      await svc.panggil(p);
      const akhir = await sisa();
      expect(akhir).toContain(`antrian:sisa:${line[5]!.id}`);
      expect(akhir.length).toBe(n + 1);
      const pesan = (await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `antrian:sisa:${line[3]!.id}`)))[0]!;
      expect(JSON.stringify(pesan.data)).not.toMatch(/0812/);
    });
  });

  describe('transitions', () => {
    it('should recall up to maksPanggil, then record tidak_hadir', async () => {
      const p = await diLoket();
      const x = await tiket(5);
      await svc.panggil(p);
      expect((await svc.panggilUlang(p, x.id)).jumlahPanggil).toBe(2);
      expect((await svc.panggilUlang(p, x.id)).jumlahPanggil).toBe(3);
      expect((await svc.panggilUlang(p, x.id)).status).toBe('tidak_hadir');
      const e = await gagal(svc.panggilUlang(p, x.id), 'TRANSISI_DITOLAK', 409);
      expect(e.message).toMatch(/^Tiket A-\d{3} tercatat tidak hadir; tidak dapat dipanggil ulang/);
      expect((await peristiwaTiket(t.db, x.id)).map((r) => r.aksi)).toEqual(['panggil', 'panggil_ulang', 'panggil_ulang', 'tidak_hadir']);
    });

    it('should send a skipped ticket to the end of the line, and make it tidak_hadir at the limit', async () => {
      const p = await diLoket();
      const x = await tiket(30);
      const y = await tiket(20);
      await svc.panggil(p);
      expect((await svc.lewati(p, x.id)).status).toBe('menunggu');
      expect((await svc.antrean(p)).items.map((i) => i.id)).toEqual([y.id, x.id]);
      await t.db.update(antrianTiket).set({ jumlahPanggil: 3 }).where(eq(antrianTiket.id, y.id));
      await t.db.update(antrianTiket).set({ status: 'dipanggil', loketId: fx.loket[0]!.id }).where(eq(antrianTiket.id, y.id));
      await gagal(svc.panggil(p), 'MASIH_MELAYANI', 409);
      expect((await svc.lewati(p, y.id)).status).toBe('tidak_hadir');
    });

    it('should serve and finish, creating one SKM invitation when the unit has an active survey', async () => {
      const p = await diLoket();
      const enc = t.app.services.dataPribadi.enkripsi('081234567890');
      // no active survey: finishing still works, no invitation
      const a = await tiket(9);
      await svc.panggil(p);
      await gagal(svc.selesai(p, a.id), 'TRANSISI_DITOLAK', 409);
      expect((await svc.mulai(p, a.id)).status).toBe('dilayani');
      expect((await svc.selesai(p, a.id)).status).toBe('selesai');
      expect((await tiketRow(t.db, a.id)).undanganToken).toBeNull();

      await t.app.services.skm.createSurvei({ akunId: t.fixture.accounts.admin!, roles: ['admin'], opdId: null }, {
        unitId: t.fixture.opdA.id, jenisPeriode: 'tahun', tahun: new Date().getUTCFullYear(), bobot: 'exact', demografi: false,
      });
      const b = await tiket(8, { teleponEnc: enc });
      await svc.panggil(p);
      await svc.mulai(p, b.id);
      await svc.selesai(p, b.id);
      const row = await tiketRow(t.db, b.id);
      expect(row.undanganToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(row.selesaiPada).not.toBeNull();
      const [survei] = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `antrian:survei:${b.id}`));
      expect(survei?.templat).toBe('antrian.survei');
      expect(String((survei?.data as { tautan: string }).tautan)).toContain(row.undanganToken!);
    });

    it('should park and resume a ticket to the front of the same loket', async () => {
      const p = await diLoket();
      const x = await tiket(30);
      const y = await tiket(20);
      await svc.panggil(p);
      await svc.mulai(p, x.id);
      expect((await svc.tahan(p, x.id)).status).toBe('ditahan');
      expect((await svc.saya(p)).ditahan.map((d) => d.id)).toEqual([x.id]);
      const lain = await diLoket(1);
      await gagal(svc.lanjutkan(lain, x.id), 'BUKAN_TIKET_LOKET_INI', 409);
      expect((await svc.lanjutkan(p, x.id))).toMatchObject({ status: 'menunggu', loketTujuanId: fx.loket[0]!.id });
      expect((await svc.antrean(lain)).items.map((i) => i.id)).toEqual([y.id]);
      expect((await svc.antrean(p)).items.map((i) => [i.id, i.untukLoketIni])).toEqual([[x.id, true], [y.id, false]]);
      expect((await svc.panggil(p)).id).toBe(x.id);
    });

    it('should expire tickets parked longer than maksTahanMenit', async () => {
      const p = await diLoket();
      const x = await tiket(30);
      await svc.panggil(p);
      await svc.tahan(p, x.id);
      expect(await svc.kadaluarsakanTahanan(new Date(Date.now() + 59 * 60_000))).toBe(0);
      expect(await svc.kadaluarsakanTahanan(new Date(Date.now() + 61 * 60_000))).toBe(1);
      expect((await tiketRow(t.db, x.id)).status).toBe('kedaluwarsa');
      expect((await peristiwaTiket(t.db, x.id)).at(-1)).toMatchObject({ aksi: 'kedaluwarsa', dari: 'ditahan', ke: 'kedaluwarsa' });
    });

    it('should transfer to another layanan (keeping the nomor) or to a specific loket', async () => {
      const p = await diLoket(3); // serves A only
      const x = await tiket(30);
      await svc.panggil(p);
      await gagal(svc.alihkan(p, x.id, { layananId: fx.layananB.id, loketId: fx.loket[2]!.id }), 'TUJUAN_TIDAK_VALID', 400);
      const lainLokasi = await buatLokasi(t.db, t.fixture.opdA.id);
      await gagal(svc.alihkan(p, x.id, { layananId: lainLokasi.layananA.id }), 'TUJUAN_TIDAK_VALID', 400);
      // a B ticket with the same nomorUrut as x would collide without the −id rule
      const b = await tiket(1, { layananId: fx.layananB.id, prefix: 'B' });
      await t.db.update(antrianTiket).set({ nomorUrut: x.nomorUrut }).where(eq(antrianTiket.id, b.id));
      const pindah = await svc.alihkan(p, x.id, { layananId: fx.layananB.id });
      expect(pindah).toMatchObject({ status: 'menunggu', layananId: fx.layananB.id, nomor: x.nomor, loketTujuanId: null });
      const loket1 = await diLoket(0);
      // x arrived 30 minutes ago, b 1 minute ago: x keeps its place by original arrival (ADR 0008)
      expect((await svc.antrean(loket1)).items.map((i) => i.id)).toEqual([x.id, b.id]);
      const y = await tiket(20);
      await svc.panggil(p);
      await svc.alihkan(p, y.id, { loketId: fx.loket[4]!.id });
      const loket5 = await diLoket(4);
      expect((await svc.antrean(loket5)).items[0]).toMatchObject({ id: y.id, untukLoketIni: true });
      expect((await svc.antrean(loket1)).items.map((i) => i.id)).not.toContain(y.id);
    });

    it('should transfer only a ticket my loket holds, with an audit entry and no personal data', async () => {
      const p = await diLoket(0); // serves A and B
      const menunggu = await tiket(1, { layananId: fx.layananB.id, prefix: 'B' });
      const x = await tiket(30);
      // a waiting ticket (of any layanan) cannot be pulled to my loket or pushed to another line
      const e = await gagal(svc.alihkan(p, menunggu.id, { loketId: fx.loket[0]!.id }), 'BUKAN_TIKET_LOKET_INI', 409);
      expect(e.message).toContain('masih menunggu');
      await gagal(svc.alihkan(p, menunggu.id, { layananId: fx.layananA.id }), 'BUKAN_TIKET_LOKET_INI', 409);
      expect(await tiketRow(t.db, menunggu.id)).toMatchObject({ status: 'menunggu', layananId: fx.layananB.id, loketTujuanId: null });
      // nor one another loket is serving
      const lain = await diLoket(1);
      expect((await svc.panggil(lain)).id).toBe(x.id);
      await gagal(svc.alihkan(p, x.id, { layananId: fx.layananB.id }), 'BUKAN_TIKET_LOKET_INI', 409);
      // the holder may; a "transfer" to the same layanan without a loket changes nothing and is refused
      await gagal(svc.alihkan(lain, x.id, { layananId: fx.layananA.id }), 'TUJUAN_TIDAK_VALID', 400);
      await svc.mulai(lain, x.id);
      await svc.alihkan(lain, x.id, { layananId: fx.layananB.id });
      const audit = await t.db.select().from(auditLog).where(eq(auditLog.entitasId, String(x.id)));
      expect(audit.map((a) => [a.aksi, a.akunId, a.entitas, a.data])).toEqual([['antrian.tiket.alihkan', lain.akunId, 'antrian_tiket', {
        dariLayananId: fx.layananA.id, keLayananId: fx.layananB.id, dariLoketId: fx.loket[1]!.id, keLoketId: null,
      }]]);
      expect((await peristiwaTiket(t.db, x.id)).at(-1)).toMatchObject({ aksi: 'alihkan', dari: 'dilayani', ke: 'menunggu' });
    });

    it('should put a transferred ticket back by its first check-in, not by a later skip', async () => {
      const p = await diLoket(0);
      const x = await tiket(40);
      const y = await tiket(20, { layananId: fx.layananB.id, prefix: 'B' });
      await t.db.update(antrianTiket).set({ checkInPada: new Date(Date.now() - 40 * 60_000) }).where(eq(antrianTiket.id, x.id));
      await svc.panggil(p);
      await svc.lewati(p, x.id); // back to the end of line A (antriPada = now)
      expect((await svc.panggil(p)).id).toBe(y.id);
      await svc.tahan(p, y.id);
      expect((await svc.panggil(p)).id).toBe(x.id);
      const z = await tiket(10, { layananId: fx.layananB.id, prefix: 'B' });
      await svc.alihkan(p, x.id, { layananId: fx.layananB.id });
      expect((await svc.antrean(p)).items.map((i) => i.id)).toEqual([x.id, z.id]);
      // to a specific loket: that loket calls it next
      expect((await svc.panggil(p)).id).toBe(x.id);
      const w = await tiket(50);
      await svc.alihkan(p, x.id, { layananId: fx.layananA.id, loketId: fx.loket[2]!.id });
      const loket3 = await diLoket(2);
      expect((await svc.antrean(loket3)).items.map((i) => [i.id, i.untukLoketIni])).toEqual([[x.id, true], [w.id, false]]);
    });

    it('should set and clear priority with an audit entry naming who set it', async () => {
      const p = await diLoket();
      const x = await tiket(5);
      expect((await svc.aturPrioritas(p, x.id, 'disabilitas')).prioritas).toBe('disabilitas');
      expect((await tiketRow(t.db, x.id)).prioritasOleh).toBe(p.akunId);
      expect((await svc.aturPrioritas(p, x.id, null)).prioritas).toBeNull();
      const audit = await t.db.select().from(auditLog).where(eq(auditLog.entitasId, String(x.id)));
      expect(audit.map((a) => [a.aksi, a.akunId, a.data])).toEqual([
        ['antrian.prioritas', p.akunId, { nomor: x.nomor, dari: null, ke: 'disabilitas' }],
        ['antrian.prioritas', p.akunId, { nomor: x.nomor, dari: 'disabilitas', ke: null }],
      ]);
      const lain = await buatLokasi(t.db, t.fixture.opdA.id);
      const asing = await buatTiket(t.db, { lokasiId: lain.lokasi.id, layananId: lain.layananA.id });
      await gagal(svc.aturPrioritas(p, asing.id, 'lansia'), 'TIKET_TIDAK_DITEMUKAN', 404);
    });
  });

  describe('layar', () => {
    it('should give the board snapshot only with a valid device token', async () => {
      await buatLayar(t.db, fx.lokasi.id, 'token-tv-1');
      const p = await diLoket(1);
      const x = await tiket(10);
      await tiket(5);
      await svc.panggil(p);
      const s = await svc.layar(fx.lokasi.kode, 'token-tv-1');
      expect(s.lokasi.kode).toBe(fx.lokasi.kode);
      expect(s.loket.find((l) => l.nomor === 2)?.tiket).toMatchObject({ id: x.id, status: 'dipanggil' });
      expect(s.panggilanTerakhir[0]).toMatchObject({ tiketId: x.id, loketNomor: 2, teks: expect.stringMatching(/silakan menuju loket dua$/) });
      expect(s.menunggu.find((m) => m.layananId === fx.layananA.id)?.jumlah).toBe(1);
      await gagal(svc.layar(fx.lokasi.kode, 'salah'), 'TOKEN_LAYAR_TIDAK_VALID', 401);
      await gagal(svc.layar('tidak-ada', 'token-tv-1'), 'LOKASI_TIDAK_DITEMUKAN', 404);
    });
  });

  it('should keep one loket per petugas in the table', async () => {
    const p = await diLoket();
    const rows = await t.db.select().from(antrianLoketPetugas).where(eq(antrianLoketPetugas.akunId, p.akunId));
    expect(rows).toHaveLength(1);
  });
});
